; itbverify 0.1.0: ITB-TITR-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (<= 24.0 (- 34.0 (- 240.0))))))
(check-sat)
