; itbverify 0.1.0: ITB-INIT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1717 (> 310.0 300.0)))
(let (($x3199 (and $x1717 (not (<= 24.0 (- 490.0 82.0))))))
(let (($x2916 (> 300.0 300.0)))
(let (($x3200 (and $x2916 (not (<= 24.0 (- 202.0 82.0))))))
(let (($x3203 (> 300.0 250.0)))
(let (($x2905 (and $x3203 (not (<= 24.0 (- 154.0 82.0))))))
(let (($x3204 (> 250.0 195.0)))
(let (($x2928 (and $x3204 (not (<= 24.0 (- 130.0 82.0))))))
(let (($x2929 (> 195.0 150.0)))
(let (($x2939 (and $x2929 (not (<= 24.0 (- 106.0 82.0))))))
(or $x2939 $x2928 $x2905 $x3200 $x3199))))))))))))
(check-sat)
