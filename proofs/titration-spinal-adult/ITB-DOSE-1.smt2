; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x9746 (> 310.0 1000.0)))
(let (($x9073 (> 300.0 1000.0)))
(let (($x9072 (> 250.0 1000.0)))
(let (($x5122 (> 195.0 1000.0)))
(let (($x5115 (> 150.0 1000.0)))
(or $x5115 $x5122 $x9072 $x9073 $x9073 $x9746)))))))
(check-sat)
