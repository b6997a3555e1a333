; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (> 300.0 1000.0)))
(or (> 150.0 1000.0) (> 195.0 1000.0) (> 250.0 1000.0) $x1 $x1 (> 310.0 1000.0))))
(check-sat)
