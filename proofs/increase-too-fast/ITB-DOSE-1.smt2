; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1046 (> 273.0 1000.0)))
(let (($x1102 (> 195.0 1000.0)))
(let (($x1047 (> 150.0 1000.0)))
(or $x1047 $x1102 $x1046 $x1046)))))
(check-sat)
