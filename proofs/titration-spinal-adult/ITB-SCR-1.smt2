; itbverify 0.1.0: ITB-SCR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (not (= 50.0 50.0))))
(or $x1 $x1)))
(check-sat)
