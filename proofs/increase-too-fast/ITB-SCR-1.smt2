; itbverify 0.1.0: ITB-SCR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x216 (not (= 50.0 50.0))))
(or $x216 $x216)))
(check-sat)
