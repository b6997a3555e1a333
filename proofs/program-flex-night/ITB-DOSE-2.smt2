; itbverify 0.1.0: ITB-DOSE-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun delivery_factor () Real)
(assert
 (>= delivery_factor 1.0))
(assert
 (>= (/ 11.0 10.0) delivery_factor))
(assert
 (let (($x1 (and (and (<= 4.0 39.0) (< 39.0 18.0)) (not (or (< (- 336.0) 0.0) (< 0.0 0.0))) (not (and (<= 35.0 404.0) (<= 404.0 200.0))))))
(or (not (and (<= 12.0 404.0) (<= 404.0 2003.0))) $x1)))
(check-sat)
