; itbverify 0.1.0: ITB-PUMP-5
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (>= 1848.0 (- 490.0 (- 480.0)))) (not (>= 1848.0 (- 720.0 490.0)))))
(check-sat)
