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
 (let (($x6542 (> 404.0 400.0)))
(let (($x6485 (and $x6542 (not (<= 24.0 (- 0.0 (- 336.0)))))))
(let (($x6923 (and $x6542 (and (< 0.0 0.0) $x6542) (not (<= 24.0 (- 0.0 0.0))))))
(or $x6923 $x6485)))))
(check-sat)
