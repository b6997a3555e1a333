; itbverify 0.1.0: ITB-PAT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x72 (<= 4.0 41.0)))
(let (($x75 (and $x72 (< 41.0 6.0))))
(or $x75))))
(check-sat)
