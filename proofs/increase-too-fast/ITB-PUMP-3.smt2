; itbverify 0.1.0: ITB-PUMP-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (= 500.0 500.0))))
(check-sat)
