; itbverify 0.1.0: ITB-PAT-5
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (> 41.0 65.0)))
(or $x1)))
(check-sat)
