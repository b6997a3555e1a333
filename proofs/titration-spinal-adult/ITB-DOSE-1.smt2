; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (> 310.0 1000.0)))
(let (($x2 (> 300.0 1000.0)))
(let (($x3 (> 250.0 1000.0)))
(let (($x4 (> 195.0 1000.0)))
(let (($x5 (> 150.0 1000.0)))
(or $x5 $x4 $x3 $x2 $x2 $x1)))))))
(check-sat)
