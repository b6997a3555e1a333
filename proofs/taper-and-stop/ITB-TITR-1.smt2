; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (and (> 240.0 290.0) (not (<= 240.0 (* (/ 13.0 10.0) 290.0))))))
(let (($x2 (and (> 290.0 350.0) (not (<= 290.0 (* (/ 13.0 10.0) 350.0))))))
(let (($x3 (and (> 350.0 420.0) (not (<= 350.0 (* (/ 13.0 10.0) 420.0))))))
(let (($x4 (and (> 420.0 500.0) (not (<= 420.0 (* (/ 13.0 10.0) 500.0))))))
(let (($x5 (and (> 500.0 600.0) (not (<= 500.0 (* (/ 13.0 10.0) 600.0))))))
(or $x5 $x4 $x3 $x2 $x1)))))))
(check-sat)
