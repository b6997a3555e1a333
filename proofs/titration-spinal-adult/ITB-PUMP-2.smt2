; itbverify 0.1.0: ITB-PUMP-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (let (($x1 (<= (ite (>= 12.0 14.0) 12.0 14.0) (* (/ 6.0 5.0) (ite (<= 12.0 14.0) 12.0 14.0)))))
(or (not $x1))))
(check-sat)
