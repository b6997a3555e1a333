; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x290 (<= 273.0 (* (+ 1.0 (ite (>= 41.0 18.0) (/ 3.0 10.0) (/ 3.0 20.0))) 273.0))))
(let (($x252 (> 273.0 273.0)))
(let (($x292 (and $x252 (not $x290))))
(let (($x286 (<= 273.0 (* (+ 1.0 (ite (>= 41.0 18.0) (/ 3.0 10.0) (/ 3.0 20.0))) 195.0))))
(let (($x237 (> 273.0 195.0)))
(let (($x288 (and $x237 (not $x286))))
(let (($x282 (<= 195.0 (* (+ 1.0 (ite (>= 41.0 18.0) (/ 3.0 10.0) (/ 3.0 20.0))) 150.0))))
(let (($x191 (> 195.0 150.0)))
(let (($x284 (and $x191 (not $x282))))
(or $x284 $x288 $x292)))))))))))
(check-sat)
