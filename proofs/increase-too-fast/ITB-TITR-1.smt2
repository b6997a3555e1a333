; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (and (> 273.0 273.0) (not (<= 273.0 (* (/ 13.0 10.0) 273.0))))))
(let (($x2 (and (> 273.0 195.0) (not (<= 273.0 (* (/ 13.0 10.0) 195.0))))))
(let (($x3 (and (> 195.0 150.0) (not (<= 195.0 (* (/ 13.0 10.0) 150.0))))))
(or $x3 $x2 $x1)))))
(check-sat)
