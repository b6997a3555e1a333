; itbverify 0.1.0: ITB-PUMP-4
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t_0 () Real)
(assert
 (let (($x1 (>= 288.0 t_0)))
(let ((?x2 (ite $x1 (+ (/ 891.0 500.0) (* (/ 91.0 4000.0) (- t_0 178.0))) (/ 8569.0 2000.0))))
(let ((?x3 (ite (>= 178.0 t_0) (+ (/ 69.0 100.0) (* (/ 91.0 4000.0) (- t_0 130.0))) ?x2)))
(let ((?x4 (ite (>= 130.0 t_0) (+ (/ 3.0 10.0) (* (/ 13.0 800.0) (- t_0 106.0))) ?x3)))
(let ((?x5 (ite (>= 106.0 t_0) (+ 0.0 (* (/ 1.0 80.0) (- t_0 82.0))) ?x4)))
(let ((?x6 (+ (- (ite (>= 82.0 t_0) 0.0 ?x5) 0.0) 0.0)))
(let (($x7 (not (< 2.0 (ite (< 82.0 t_0) (- 20.0 ?x6) (- 0.0 ?x6))))))
(or (and (< (ite (>= 82.0 0.0) 82.0 0.0) t_0) $x1 $x7))))))))))
(check-sat)
