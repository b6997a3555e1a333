; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1827 (> 0.0 1000.0)))
(let (($x1934 (> 240.0 1000.0)))
(let (($x1829 (> 290.0 1000.0)))
(let (($x1828 (> 350.0 1000.0)))
(let (($x1816 (> 420.0 1000.0)))
(let (($x1285 (> 500.0 1000.0)))
(or $x1285 $x1816 $x1828 $x1829 $x1934 $x1827))))))))
(check-sat)
