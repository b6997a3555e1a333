; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (and (> 310.0 300.0) (not (<= 310.0 (* (/ 13.0 10.0) 300.0))))))
(let (($x2 (and (> 300.0 300.0) (not (<= 300.0 (* (/ 13.0 10.0) 300.0))))))
(let (($x3 (and (> 300.0 250.0) (not (<= 300.0 (* (/ 13.0 10.0) 250.0))))))
(let (($x4 (and (> 250.0 195.0) (not (<= 250.0 (* (/ 13.0 10.0) 195.0))))))
(let (($x5 (and (> 195.0 150.0) (not (<= 195.0 (* (/ 13.0 10.0) 150.0))))))
(or $x5 $x4 $x3 $x2 $x1)))))))
(check-sat)
