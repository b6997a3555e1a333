; itbverify 0.1.0: ITB-PUMP-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let ((?x1 (ite (>= 12.0 14.0) 12.0 14.0)))
(let (($x2 (not (<= ?x1 (* (/ 6.0 5.0) (ite (<= 12.0 14.0) 12.0 14.0))))))
(or $x2))))
(check-sat)
