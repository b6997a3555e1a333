; itbverify 0.1.0: ITB-PAT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x55 (<= 4.0 41.0)))
(let (($x58 (and $x55 (< 41.0 6.0))))
(or $x58))))
(check-sat)
