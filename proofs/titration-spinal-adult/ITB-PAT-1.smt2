; itbverify 0.1.0: ITB-PAT-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (>= 41.0 4.0))))
(check-sat)
