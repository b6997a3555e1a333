; itbverify 0.1.0: ITB-DOSE-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (> 360.0 1000.0)))
(check-sat)
