; itbverify 0.1.0: ITB-PUMP-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun delivery_factor () Real)
(assert
 (>= delivery_factor 1.0))
(assert
 (>= (/ 11.0 10.0) delivery_factor))
(assert
 (let (($x1 (<= (ite (>= 16.0 18.0) 16.0 18.0) (* (/ 6.0 5.0) (ite (<= 16.0 18.0) 16.0 18.0)))))
(or (not $x1))))
(check-sat)
