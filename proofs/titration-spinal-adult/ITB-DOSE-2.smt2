; itbverify 0.1.0: ITB-DOSE-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (and (<= 4.0 41.0) (< 41.0 18.0))))
(let (($x2 (and $x1 (not (or (< 202.0 490.0) (< 490.0 490.0))) (not (and (<= 35.0 310.0) (<= 310.0 200.0))))))
(let (($x3 (and $x1 (not (or (< 202.0 202.0) (< 490.0 202.0))) (not (and (<= 35.0 300.0) (<= 300.0 200.0))))))
(or (not (and (<= 12.0 300.0) (<= 300.0 2003.0))) (not (and (<= 12.0 310.0) (<= 310.0 2003.0))) $x3 $x2)))))
(check-sat)
