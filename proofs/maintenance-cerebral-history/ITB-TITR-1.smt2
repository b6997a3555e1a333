; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x207 (<= 360.0 (* (+ 1.0 (ite (>= 58.0 18.0) (/ 1.0 5.0) (/ 3.0 20.0))) 300.0))))
(let (($x220 (> 360.0 300.0)))
(let (($x243 (and $x220 (not $x207))))
(or $x243)))))
(check-sat)
