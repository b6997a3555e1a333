; itbverify 0.1.0: ITB-PAT-5
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (> 47.0 65.0)))
(check-sat)
