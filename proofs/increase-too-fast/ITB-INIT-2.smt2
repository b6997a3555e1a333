; itbverify 0.1.0: ITB-INIT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x252 (> 273.0 273.0)))
(let (($x260 (and $x252 (not (<= 24.0 (- 178.0 82.0))))))
(let (($x237 (> 273.0 195.0)))
(let (($x251 (and $x237 (not (<= 24.0 (- 130.0 82.0))))))
(let (($x191 (> 195.0 150.0)))
(let (($x227 (and $x191 (not (<= 24.0 (- 106.0 82.0))))))
(or $x227 $x251 $x260))))))))
(check-sat)
