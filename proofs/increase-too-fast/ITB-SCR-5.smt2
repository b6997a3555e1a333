; itbverify 0.1.0: ITB-SCR-5
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (<= 50.0 100.0)) (not (<= 75.0 100.0))))
(check-sat)
