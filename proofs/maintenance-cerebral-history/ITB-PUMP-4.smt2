; itbverify 0.1.0: ITB-PUMP-4
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t_0 () Real)
(assert
 (let (($x1 (>= 720.0 t_0)))
(let ((?x2 (ite $x1 (+ (/ 137.0 20.0) (* (/ 3.0 100.0) (- t_0 34.0))) (/ 2743.0 100.0))))
(let ((?x3 (ite (>= 34.0 t_0) (+ 0.0 (* (/ 1.0 40.0) (- t_0 (- 240.0)))) ?x2)))
(let ((?x4 (ite (>= (- 240.0) t_0) 0.0 ?x3)))
(let ((?x5 (ite (< 0.0 t_0) (- 30.0 (+ (- ?x4 6.0) 0.0)) (- 0.0 (+ (- ?x4 0.0) 0.0)))))
(let ((?x6 (ite (< 490.0 t_0) (- 40.0 (+ (- ?x4 (/ 2053.0 100.0)) 0.0)) ?x5)))
(let (($x7 (and (< (ite (>= (- 240.0) 0.0) (- 240.0) 0.0) t_0) $x1 (not (< 2.0 ?x6)))))
(or $x7)))))))))
(check-sat)
