; itbverify 0.1.0: ITB-PUMP-5
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (not (>= 1848.0 (- 720.0 490.0)))))
(let (($x2 (not (>= 1848.0 (- 490.0 (- 480.0))))))
(or $x2 $x1))))
(check-sat)
