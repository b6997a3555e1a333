; itbverify 0.1.0: ITB-DOSE-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (and (and (<= 4.0 58.0) (< 58.0 18.0)) (not (or (< (- 240.0) 34.0) (< 34.0 34.0))) (not (and (<= 35.0 360.0) (<= 360.0 200.0))))))
(or (not (and (<= 22.0 360.0) (<= 360.0 1400.0))) $x1)))
(check-sat)
