; itbverify 0.1.0: ITB-PAT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x140 (<= 4.0 47.0)))
(let (($x143 (and $x140 (< 47.0 6.0))))
(or $x143))))
(check-sat)
