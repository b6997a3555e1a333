; itbverify 0.1.0: ITB-CONC-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x229 (not (and (< 0.0 50.0) (<= 50.0 2000.0)))))
(let (($x231 (not (and (< 0.0 500.0) (<= 500.0 2000.0)))))
(let (($x266 (not (or (= 500.0 50.0) (= 500.0 500.0) (= 500.0 2000.0)))))
(or $x266 $x231 $x231 $x231 $x231 $x231 $x229 $x229)))))
(check-sat)
