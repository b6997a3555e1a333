; itbverify 0.1.0: ITB-PUMP-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (= 500.0 500.0)))
(let (($x2 (not $x1)))
(or $x2 $x2 $x2 $x2 $x2))))
(check-sat)
