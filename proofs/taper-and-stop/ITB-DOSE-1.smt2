; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (> 500.0 1000.0) (> 420.0 1000.0) (> 350.0 1000.0) (> 290.0 1000.0) (> 240.0 1000.0) (> 0.0 1000.0)))
(check-sat)
