; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let ((?x1 (+ 1.0 (ite (>= 41.0 18.0) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let ((?x2 (* ?x1 300.0)))
(or (and (> 195.0 150.0) (not (<= 195.0 (* ?x1 150.0)))) (and (> 250.0 195.0) (not (<= 250.0 (* ?x1 195.0)))) (and (> 300.0 250.0) (not (<= 300.0 (* ?x1 250.0)))) (and (> 300.0 300.0) (not (<= 300.0 ?x2))) (and (> 310.0 300.0) (not (<= 310.0 ?x2)))))))
(check-sat)
