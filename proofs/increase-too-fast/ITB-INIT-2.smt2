; itbverify 0.1.0: ITB-INIT-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (<= 24.0 (- 106.0 82.0))) (not (<= 24.0 (- 130.0 82.0)))))
(check-sat)
