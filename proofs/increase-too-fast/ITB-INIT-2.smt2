; itbverify 0.1.0: ITB-INIT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (> 273.0 273.0)))
(let (($x2 (and $x1 (not (<= 24.0 (- 178.0 82.0))))))
(let (($x3 (> 273.0 195.0)))
(let (($x4 (and $x3 (not (<= 24.0 (- 130.0 82.0))))))
(let (($x5 (> 195.0 150.0)))
(let (($x6 (and $x5 (not (<= 24.0 (- 106.0 82.0))))))
(or $x6 $x4 $x2))))))))
(check-sat)
