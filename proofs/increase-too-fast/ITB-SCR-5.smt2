; itbverify 0.1.0: ITB-SCR-5
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (not (<= 75.0 100.0))))
(let (($x2 (not (<= 50.0 100.0))))
(or $x2 $x1))))
(check-sat)
