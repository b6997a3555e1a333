; itbverify 0.1.0: ITB-PUMP-4
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t_0 () Real)
(assert
 (let ((?x1 (ite (>= 34.0 t_0) (+ 0.0 (* (/ 1.0 40.0) (- t_0 (- 240.0)))) (ite (>= 720.0 t_0) (+ (/ 137.0 20.0) (* (/ 3.0 100.0) (- t_0 34.0))) (/ 2743.0 100.0)))))
(let ((?x2 (ite (>= (- 240.0) t_0) 0.0 ?x1)))
(let ((?x3 (ite (< 0.0 t_0) (- 30.0 (+ (- ?x2 6.0) 0.0)) (- 0.0 (+ (- ?x2 0.0) 0.0)))))
(let ((?x4 (ite (< 490.0 t_0) (- 40.0 (+ (- ?x2 (/ 2053.0 100.0)) 0.0)) ?x3)))
(let (($x5 (>= 720.0 t_0)))
(let (($x6 (and (< (ite (>= (- 240.0) 0.0) (- 240.0) 0.0) t_0) $x5 (not (< 2.0 ?x4)))))
(or $x6))))))))
(check-sat)
