; itbverify 0.1.0: ITB-TITR-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x220 (> 360.0 300.0)))
(let (($x234 (and $x220 (not (<= 24.0 (- 34.0 (- 240.0)))))))
(let (($x266 (and $x220 (and (< 34.0 34.0) $x220) (not (<= 24.0 (- 34.0 34.0))))))
(or $x266 $x234)))))
(check-sat)
