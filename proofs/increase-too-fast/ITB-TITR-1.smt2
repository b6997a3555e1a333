; itbverify 0.1.0: ITB-TITR-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (<= 195.0 (* (/ 13.0 10.0) 150.0))) (not (<= 273.0 (* (/ 13.0 10.0) 195.0)))))
(check-sat)
