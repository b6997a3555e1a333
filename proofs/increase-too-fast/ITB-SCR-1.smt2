; itbverify 0.1.0: ITB-SCR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (= 50.0 50.0))))
(check-sat)
