; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (<= 360.0 (* (/ 6.0 5.0) 300.0)))))
(check-sat)
