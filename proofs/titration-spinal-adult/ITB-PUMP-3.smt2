; itbverify 0.1.0: ITB-PUMP-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (and (<= (* (- (/ 1.0 100.0)) 150.0) (- (* (/ 3.0 10.0) 500.0) 150.0)) (<= (- (* (/ 3.0 10.0) 500.0) 150.0) (* (/ 1.0 100.0) 150.0)))))
(let (($x2 (not $x1)))
(let (($x3 (= 500.0 500.0)))
(let (($x4 (not $x3)))
(or $x4 $x4 $x4 $x4 $x4 $x4 $x4 $x4 $x2))))))
(check-sat)
