; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (<= 273.0 (* (+ 1.0 (ite (>= 41.0 18.0) (/ 3.0 10.0) (/ 3.0 20.0))) 273.0))))
(let (($x2 (> 273.0 273.0)))
(let (($x3 (and $x2 (not $x1))))
(let (($x4 (<= 273.0 (* (+ 1.0 (ite (>= 41.0 18.0) (/ 3.0 10.0) (/ 3.0 20.0))) 195.0))))
(let (($x5 (> 273.0 195.0)))
(let (($x6 (and $x5 (not $x4))))
(let (($x7 (<= 195.0 (* (+ 1.0 (ite (>= 41.0 18.0) (/ 3.0 10.0) (/ 3.0 20.0))) 150.0))))
(let (($x8 (> 195.0 150.0)))
(let (($x9 (and $x8 (not $x7))))
(or $x9 $x6 $x3)))))))))))
(check-sat)
