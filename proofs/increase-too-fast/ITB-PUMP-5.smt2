; itbverify 0.1.0: ITB-PUMP-5
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (>= 1848.0 (- 288.0 82.0)))))
(check-sat)
