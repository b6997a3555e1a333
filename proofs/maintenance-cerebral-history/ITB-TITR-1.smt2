; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let ((?x1 (+ 1.0 (ite (>= 58.0 18.0) (/ 1.0 5.0) (/ 3.0 20.0)))))
(or (and (> 360.0 300.0) (not (<= 360.0 (* ?x1 300.0)))))))
(check-sat)
