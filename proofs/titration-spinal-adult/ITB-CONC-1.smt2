; itbverify 0.1.0: ITB-CONC-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x3001 (not (and (< 0.0 50.0) (<= 50.0 2000.0)))))
(let (($x3217 (not (and (< 0.0 500.0) (<= 500.0 2000.0)))))
(let (($x1757 (not (or (= 500.0 50.0) (= 500.0 500.0) (= 500.0 2000.0)))))
(or $x1757 $x1757 $x3217 $x3217 $x3217 $x3217 $x3217 $x3217 $x3217 $x3217 $x3001 $x3001)))))
(check-sat)
