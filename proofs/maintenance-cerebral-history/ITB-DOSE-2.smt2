; itbverify 0.1.0: ITB-DOSE-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (and (<= 22.0 360.0) (<= 360.0 1400.0)))))
(check-sat)
