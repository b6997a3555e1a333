; itbverify 0.1.0: ITB-DOSE-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (and (and (<= 4.0 41.0) (< 41.0 18.0)) (not (< 178.0 178.0)) (not (and (<= 35.0 273.0) (<= 273.0 200.0))))))
(or (not (and (<= 12.0 273.0) (<= 273.0 2003.0))) $x1)))
(check-sat)
