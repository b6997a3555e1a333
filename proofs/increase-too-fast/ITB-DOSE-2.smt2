; itbverify 0.1.0: ITB-DOSE-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (and (<= 12.0 273.0) (<= 273.0 2003.0)))))
(check-sat)
