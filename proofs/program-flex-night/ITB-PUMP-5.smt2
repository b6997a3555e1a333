; itbverify 0.1.0: ITB-PUMP-5
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun delivery_factor () Real)
(assert
 (>= delivery_factor 1.0))
(assert
 (>= (/ 11.0 10.0) delivery_factor))
(assert
 (or (not (>= 1848.0 (- 1440.0 0.0)))))
(check-sat)
