; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let ((?x1 (+ 1.0 (ite (>= 47.0 18.0) (/ 3.0 10.0) (/ 3.0 20.0)))))
(or (and (> 500.0 600.0) (not (<= 500.0 (* ?x1 600.0)))) (and (> 420.0 500.0) (not (<= 420.0 (* ?x1 500.0)))) (and (> 350.0 420.0) (not (<= 350.0 (* ?x1 420.0)))) (and (> 290.0 350.0) (not (<= 290.0 (* ?x1 350.0)))) (and (> 240.0 290.0) (not (<= 240.0 (* ?x1 290.0)))))))
(check-sat)
