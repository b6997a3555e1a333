; itbverify 0.1.0: ITB-STOP-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x134 (not (and (<= 336.0 (- 346.0 10.0)) (>= 672.0 (- 346.0 10.0))))))
(or $x134)))
(check-sat)
