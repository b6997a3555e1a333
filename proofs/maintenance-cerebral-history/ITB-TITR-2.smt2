; itbverify 0.1.0: ITB-TITR-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (> 360.0 300.0)))
(let (($x2 (and $x1 (and (< 34.0 34.0) $x1) (not (<= 24.0 (- 34.0 34.0))))))
(or $x2 (and $x1 (not (<= 24.0 (- 34.0 (- 240.0)))))))))
(check-sat)
