; itbverify 0.1.0: ITB-PAT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (<= 4.0 47.0)))
(let (($x2 (and $x1 (< 47.0 6.0))))
(or $x2))))
(check-sat)
