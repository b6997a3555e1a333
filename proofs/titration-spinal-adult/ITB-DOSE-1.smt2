; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (> 150.0 1000.0) (> 195.0 1000.0) (> 250.0 1000.0) (> 300.0 1000.0) (> 310.0 1000.0)))
(check-sat)
