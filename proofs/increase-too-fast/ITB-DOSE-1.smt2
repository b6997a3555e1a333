; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (> 273.0 1000.0)))
(let (($x2 (> 195.0 1000.0)))
(let (($x3 (> 150.0 1000.0)))
(or $x3 $x2 $x1 $x1)))))
(check-sat)
