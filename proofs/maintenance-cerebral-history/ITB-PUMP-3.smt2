; itbverify 0.1.0: ITB-PUMP-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x55 (= 500.0 500.0)))
(let (($x56 (not $x55)))
(or $x56 $x56 $x56 $x56))))
(check-sat)
