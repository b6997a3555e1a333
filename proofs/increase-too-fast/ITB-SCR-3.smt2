; itbverify 0.1.0: ITB-SCR-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (>= 2.0 1.0))))
(check-sat)
