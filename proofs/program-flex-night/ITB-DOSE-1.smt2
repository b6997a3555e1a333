; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun delivery_factor () Real)
(assert
 (>= delivery_factor 1.0))
(assert
 (>= (/ 11.0 10.0) delivery_factor))
(assert
 (or (> 404.0 1000.0)))
(check-sat)
