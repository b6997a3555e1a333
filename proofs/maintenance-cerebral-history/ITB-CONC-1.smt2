; itbverify 0.1.0: ITB-CONC-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x222 (not (and (< 0.0 500.0) (<= 500.0 2000.0)))))
(let (($x271 (not (or (= 500.0 50.0) (= 500.0 500.0) (= 500.0 2000.0)))))
(or $x271 $x222 $x222 $x222 $x222))))
(check-sat)
