; itbverify 0.1.0: ITB-SCR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x3002 (not (= 50.0 50.0))))
(or $x3002 $x3002)))
(check-sat)
