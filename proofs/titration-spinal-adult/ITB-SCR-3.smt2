; itbverify 0.1.0: ITB-SCR-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1732 (not (>= 2.0 1.0))))
(or $x1732 $x1732)))
(check-sat)
