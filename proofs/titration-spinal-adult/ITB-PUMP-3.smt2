; itbverify 0.1.0: ITB-PUMP-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x110 (and (<= (* (- (/ 1.0 100.0)) 150.0) (- (* (/ 3.0 10.0) 500.0) 150.0)) (<= (- (* (/ 3.0 10.0) 500.0) 150.0) (* (/ 1.0 100.0) 150.0)))))
(let (($x111 (not $x110)))
(let (($x97 (= 500.0 500.0)))
(let (($x98 (not $x97)))
(or $x98 $x98 $x98 $x98 $x98 $x98 $x98 $x98 $x111))))))
(check-sat)
