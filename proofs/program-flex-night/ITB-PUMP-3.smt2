; itbverify 0.1.0: ITB-PUMP-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun delivery_factor () Real)
(assert
 (>= delivery_factor 1.0))
(assert
 (>= (/ 11.0 10.0) delivery_factor))
(assert
 (or (not (= 2000.0 2000.0))))
(check-sat)
