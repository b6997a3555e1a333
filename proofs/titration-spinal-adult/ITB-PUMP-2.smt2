; itbverify 0.1.0: ITB-PUMP-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let ((?x89 (ite (>= 12.0 14.0) 12.0 14.0)))
(let (($x93 (not (<= ?x89 (* (/ 6.0 5.0) (ite (<= 12.0 14.0) 12.0 14.0))))))
(or $x93))))
(check-sat)
