; itbverify 0.1.0: ITB-SCR-3
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x258 (not (>= 2.0 1.0))))
(or $x258 $x258)))
(check-sat)
