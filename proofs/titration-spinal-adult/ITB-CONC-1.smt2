; itbverify 0.1.0: ITB-CONC-1
(set-option :produce-models true)
; benchmark generated from python API
(set-info :status unknown)
(assert
 (or (not (or (= 500.0 50.0) (= 500.0 500.0) (= 500.0 2000.0))) (not (and (< 0.0 500.0) (<= 500.0 2000.0))) (not (and (< 0.0 50.0) (<= 50.0 2000.0)))))
(check-sat)
