; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (> 0.0 1000.0)))
(let (($x2 (> 240.0 1000.0)))
(let (($x3 (> 290.0 1000.0)))
(let (($x4 (> 350.0 1000.0)))
(let (($x5 (> 420.0 1000.0)))
(let (($x6 (> 500.0 1000.0)))
(or $x6 $x5 $x4 $x3 $x2 $x1))))))))
(check-sat)
