; itbverify 0.1.0: ITB-INIT-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (<= 150.0 (* 2.0 75.0)))))
(check-sat)
