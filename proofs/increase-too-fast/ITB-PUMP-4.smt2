; itbverify 0.1.0: ITB-PUMP-4
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t_0 () Real)
(assert
 (let ((?x91 (ite (>= 178.0 t_0) (+ (/ 69.0 100.0) (* (/ 91.0 4000.0) (- t_0 130.0))) (ite (>= 288.0 t_0) (+ (/ 891.0 500.0) (* (/ 91.0 4000.0) (- t_0 178.0))) (/ 8569.0 2000.0)))))
(let ((?x110 (ite (>= 106.0 t_0) (+ 0.0 (* (/ 1.0 80.0) (- t_0 82.0))) (ite (>= 130.0 t_0) (+ (/ 3.0 10.0) (* (/ 13.0 800.0) (- t_0 106.0))) ?x91))))
(let ((?x114 (+ (- (ite (>= 82.0 t_0) 0.0 ?x110) 0.0) 0.0)))
(let ((?x119 (ite (< 82.0 t_0) (- 20.0 ?x114) (- 0.0 ?x114))))
(let (($x77 (>= 288.0 t_0)))
(let (($x123 (and (< (ite (>= 82.0 0.0) 82.0 0.0) t_0) $x77 (not (< 2.0 ?x119)))))
(or $x123))))))))
(check-sat)
