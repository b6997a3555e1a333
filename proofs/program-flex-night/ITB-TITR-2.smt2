; itbverify 0.1.0: ITB-TITR-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun delivery_factor () Real)
(assert
 (>= delivery_factor 1.0))
(assert
 (>= (/ 11.0 10.0) delivery_factor))
(assert
 (let (($x1 (> 404.0 400.0)))
(let (($x2 (and $x1 (and (< 0.0 0.0) $x1) (not (<= 24.0 (- 0.0 0.0))))))
(or $x2 (and $x1 (not (<= 24.0 (- 0.0 (- 336.0)))))))))
(check-sat)
