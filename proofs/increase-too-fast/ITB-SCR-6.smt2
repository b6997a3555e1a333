; itbverify 0.1.0: ITB-SCR-6
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (<= 33.0 82.0))))
(check-sat)
