; itbverify 0.1.0: ITB-PAT-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (not (>= 41.0 4.0))))
(or $x1)))
(check-sat)
