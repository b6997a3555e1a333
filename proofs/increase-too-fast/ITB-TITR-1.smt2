; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let ((?x1 (+ 1.0 (ite (>= 41.0 18.0) (/ 3.0 10.0) (/ 3.0 20.0)))))
(or (and (> 195.0 150.0) (not (<= 195.0 (* ?x1 150.0)))) (and (> 273.0 195.0) (not (<= 273.0 (* ?x1 195.0)))) (and (> 273.0 273.0) (not (<= 273.0 (* ?x1 273.0)))))))
(check-sat)
