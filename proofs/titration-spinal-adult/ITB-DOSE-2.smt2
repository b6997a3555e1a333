; itbverify 0.1.0: ITB-DOSE-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (<= 4.0 41.0)))
(let (($x2 (and $x1 (< 41.0 18.0))))
(let (($x3 (and $x2 (not (or (< 202.0 490.0) (< 490.0 490.0))) (not (and (<= 35.0 310.0) (<= 310.0 200.0))))))
(let (($x4 (and $x2 (not (or (< 202.0 202.0) (< 490.0 202.0))) (not (and (<= 35.0 300.0) (<= 300.0 200.0))))))
(let (($x5 (not (and (<= 12.0 310.0) (<= 310.0 2003.0)))))
(let (($x6 (not (and (<= 12.0 300.0) (<= 300.0 2003.0)))))
(or $x6 $x5 $x4 $x3))))))))
(check-sat)
