; itbverify 0.1.0: ITB-SCR-4
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (<= 75.0 (+ 50.0 25.0))) (not (<= 24.0 (- 33.0 9.0)))))
(check-sat)
