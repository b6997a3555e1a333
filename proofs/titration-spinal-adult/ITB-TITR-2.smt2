; itbverify 0.1.0: ITB-TITR-2
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (<= 24.0 (- 130.0 106.0))) (not (<= 24.0 (- 154.0 106.0))) (not (<= 24.0 (- 154.0 130.0))) (not (<= 24.0 (- 490.0 106.0))) (not (<= 24.0 (- 490.0 130.0))) (not (<= 24.0 (- 490.0 154.0)))))
(check-sat)
