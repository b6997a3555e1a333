; itbverify 0.1.0: ITB-PUMP-4
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t_0 () Real)
(assert
 (let ((?x1 (+ (/ 137.0 20.0) (* (/ 3.0 100.0) (+ t_0 (- 34.0))))))
(let ((?x2 (- 30.0 (+ (- ?x1 6.0) 0.0))))
(let ((?x3 (ite (< 490.0 t_0) (- 40.0 (+ (- ?x1 (/ 2053.0 100.0)) 0.0)) ?x2)))
(let (($x4 (>= 720.0 t_0)))
(let (($x5 (< (ite (>= (- 240.0) 0.0) (- 240.0) 0.0) t_0)))
(let (($x6 (and $x5 $x4 (<= 34.0 t_0) (>= 490.0 t_0) (not (< 2.0 ?x2)))))
(let ((?x7 (+ (- (+ 0.0 (* (/ 1.0 40.0) (+ t_0 240.0))) 0.0) 0.0)))
(let ((?x8 (+ (- (+ 0.0 (* (/ 1.0 40.0) (+ t_0 240.0))) 6.0) 0.0)))
(let (($x9 (not (< 2.0 (ite (< 0.0 t_0) (- 30.0 ?x8) (- 0.0 ?x7))))))
(let (($x10 (or (and $x5 $x4 (<= 0.0 t_0) (>= 34.0 t_0) $x9) $x6 (and $x5 $x4 (<= 490.0 t_0) $x4 (not (< 2.0 ?x3))))))
(or $x10))))))))))))
(check-sat)
