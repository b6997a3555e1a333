; itbverify 0.1.0: ITB-INIT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (> 310.0 300.0)))
(let (($x2 (and $x1 (not (<= 24.0 (- 490.0 82.0))))))
(let (($x3 (> 300.0 300.0)))
(let (($x4 (and $x3 (not (<= 24.0 (- 202.0 82.0))))))
(let (($x5 (> 300.0 250.0)))
(let (($x6 (and $x5 (not (<= 24.0 (- 154.0 82.0))))))
(let (($x7 (> 250.0 195.0)))
(let (($x8 (and $x7 (not (<= 24.0 (- 130.0 82.0))))))
(let (($x9 (> 195.0 150.0)))
(let (($x10 (and $x9 (not (<= 24.0 (- 106.0 82.0))))))
(or $x10 $x8 $x6 $x4 $x2))))))))))))
(check-sat)
