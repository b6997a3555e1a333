; itbverify 0.1.0: ITB-PUMP-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let ((?x1 (- (* (/ 3.0 10.0) 500.0) 150.0)))
(let (($x2 (and (<= (* (- (/ 1.0 100.0)) 150.0) ?x1) (<= ?x1 (* (/ 1.0 100.0) 150.0)))))
(or (not (= 500.0 500.0)) (not $x2)))))
(check-sat)
