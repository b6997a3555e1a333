; itbverify 0.1.0: ITB-PUMP-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x68 (= 500.0 500.0)))
(let (($x69 (not $x68)))
(or $x69 $x69 $x69 $x69 $x69))))
(check-sat)
