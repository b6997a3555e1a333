; itbverify 0.1.0: ITB-PUMP-4
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t_0 () Real)
(assert
 (let ((?x80 (ite (>= 34.0 t_0) (+ 0.0 (* (/ 1.0 40.0) (- t_0 (- 240.0)))) (ite (>= 720.0 t_0) (+ (/ 137.0 20.0) (* (/ 3.0 100.0) (- t_0 34.0))) (/ 2743.0 100.0)))))
(let ((?x82 (ite (>= (- 240.0) t_0) 0.0 ?x80)))
(let ((?x91 (ite (< 0.0 t_0) (- 30.0 (+ (- ?x82 6.0) 0.0)) (- 0.0 (+ (- ?x82 0.0) 0.0)))))
(let ((?x99 (ite (< 490.0 t_0) (- 40.0 (+ (- ?x82 (/ 2053.0 100.0)) 0.0)) ?x91)))
(let (($x64 (>= 720.0 t_0)))
(let (($x103 (and (< (ite (>= (- 240.0) 0.0) (- 240.0) 0.0) t_0) $x64 (not (< 2.0 ?x99)))))
(or $x103))))))))
(check-sat)
