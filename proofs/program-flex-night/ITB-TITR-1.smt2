; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun delivery_factor () Real)
(assert
 (>= delivery_factor 1.0))
(assert
 (>= (/ 11.0 10.0) delivery_factor))
(assert
 (let (($x1 (and (> 404.0 400.0) (not (<= 404.0 (* (/ 13.0 10.0) 400.0))))))
(or $x1)))
(check-sat)
