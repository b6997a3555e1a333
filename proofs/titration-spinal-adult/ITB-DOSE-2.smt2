; itbverify 0.1.0: ITB-DOSE-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x72 (<= 4.0 41.0)))
(let (($x5094 (and $x72 (< 41.0 18.0))))
(let (($x9005 (and $x5094 (not (or (< 202.0 490.0) (< 490.0 490.0))) (not (and (<= 35.0 310.0) (<= 310.0 200.0))))))
(let (($x9015 (and $x5094 (not (or (< 202.0 202.0) (< 490.0 202.0))) (not (and (<= 35.0 300.0) (<= 300.0 200.0))))))
(let (($x9040 (not (and (<= 12.0 310.0) (<= 310.0 2003.0)))))
(let (($x9043 (not (and (<= 12.0 300.0) (<= 300.0 2003.0)))))
(or $x9043 $x9040 $x9015 $x9005))))))))
(check-sat)
