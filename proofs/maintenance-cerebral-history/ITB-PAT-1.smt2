; itbverify 0.1.0: ITB-PAT-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x38 (not (>= 58.0 4.0))))
(or $x38)))
(check-sat)
