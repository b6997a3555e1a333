; itbverify 0.1.0: ITB-PAT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (and (<= 4.0 58.0) (< 58.0 6.0))))
(check-sat)
