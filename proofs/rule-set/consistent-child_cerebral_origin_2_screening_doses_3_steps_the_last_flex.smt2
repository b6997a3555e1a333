; itbverify 0.1.0: rule-set consistency, child, cerebral origin; 2 screening doses, 3 steps, the last flex
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_child_l5_age_years () Real)
(declare-fun cerebral_child_l5_months_since_injury () Real)
(declare-fun cerebral_child_l5_reservoir_ml () Real)
(declare-fun cerebral_child_l5_alarm_ml () Real)
(declare-fun cerebral_child_l5_concentration_ug_ml () Real)
(declare-fun cerebral_child_l5_screening_0_h () Real)
(declare-fun cerebral_child_l5_screening_0_dose_ug () Real)
(declare-fun cerebral_child_l5_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l5_screening_0_duration_min () Real)
(declare-fun cerebral_child_l5_screening_0_response () Int)
(declare-fun cerebral_child_l5_screening_0_effect_h () Real)
(declare-fun cerebral_child_l5_screening_1_h () Real)
(declare-fun cerebral_child_l5_screening_1_dose_ug () Real)
(declare-fun cerebral_child_l5_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l5_screening_1_duration_min () Real)
(declare-fun cerebral_child_l5_screening_1_response () Int)
(declare-fun cerebral_child_l5_screening_1_effect_h () Real)
(declare-fun cerebral_child_l5_step_0_h () Real)
(declare-fun cerebral_child_l5_step_0_daily_dose_ug () Real)
(declare-fun cerebral_child_l5_step_0_rate_ml_day () Real)
(declare-fun cerebral_child_l5_step_1_h () Real)
(declare-fun cerebral_child_l5_step_1_daily_dose_ug () Real)
(declare-fun cerebral_child_l5_step_1_rate_ml_day () Real)
(declare-fun cerebral_child_l5_step_2_phase () Int)
(declare-fun cerebral_child_l5_step_2_h () Real)
(declare-fun cerebral_child_l5_step_2_daily_dose_ug () Real)
(declare-fun cerebral_child_l5_step_2_rate_ml_day () Real)
(declare-fun cerebral_child_l5_step_2_flex_low_ug_h () Real)
(declare-fun cerebral_child_l5_step_2_flex_high_ug_h () Real)
(declare-fun cerebral_child_l5_end_h () Real)
(declare-fun cerebral_child_l5_refill_0_h () Real)
(declare-fun cerebral_child_l5_refill_0_volume_ml () Real)
(declare-fun cerebral_child_l5_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l5_refill_0_diluent () Int)
(declare-fun cerebral_child_l5_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_child_l5_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun holds_ITB-PUMP-6 () Bool)
(declare-fun holds_ITB-ROUTE-1 () Bool)
(declare-fun holds_ITB-CONC-1 () Bool)
(declare-fun holds_ITB-SCR-1 () Bool)
(declare-fun holds_ITB-SCR-2 () Bool)
(declare-fun holds_ITB-SCR-3 () Bool)
(declare-fun holds_ITB-SCR-4 () Bool)
(declare-fun holds_ITB-SCR-5 () Bool)
(declare-fun holds_ITB-SCR-6 () Bool)
(declare-fun holds_ITB-INIT-1 () Bool)
(declare-fun holds_ITB-INIT-2 () Bool)
(declare-fun holds_ITB-TITR-1 () Bool)
(declare-fun cerebral_child_l5_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= cerebral_child_l5_age_years 0.0))
(assert
 (<= cerebral_child_l5_age_years 120.0))
(assert
 (< cerebral_child_l5_age_years 18.0))
(assert
 (>= cerebral_child_l5_months_since_injury 0.0))
(assert
 (<= cerebral_child_l5_months_since_injury 100000.0))
(assert
 (>= cerebral_child_l5_reservoir_ml 0.0))
(assert
 (<= cerebral_child_l5_reservoir_ml 100000.0))
(assert
 (>= cerebral_child_l5_alarm_ml 0.0))
(assert
 (<= cerebral_child_l5_alarm_ml 100000.0))
(assert
 (>= cerebral_child_l5_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l5_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_h 0.0))
(assert
 (<= cerebral_child_l5_screening_0_h 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_h 0.0))
(assert
 (>= cerebral_child_l5_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l5_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_duration_min 0.0))
(assert
 (<= cerebral_child_l5_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_response 0))
(assert
 (< cerebral_child_l5_screening_0_response 2))
(assert
 (>= cerebral_child_l5_screening_0_effect_h 0.0))
(assert
 (<= cerebral_child_l5_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_h 0.0))
(assert
 (<= cerebral_child_l5_screening_1_h 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_h cerebral_child_l5_screening_0_h))
(assert
 (>= cerebral_child_l5_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l5_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_duration_min 0.0))
(assert
 (<= cerebral_child_l5_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_response 0))
(assert
 (< cerebral_child_l5_screening_1_response 2))
(assert
 (>= cerebral_child_l5_screening_1_effect_h 0.0))
(assert
 (<= cerebral_child_l5_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_child_l5_step_0_h 0.0))
(assert
 (<= cerebral_child_l5_step_0_h 100000.0))
(assert
 (>= cerebral_child_l5_step_0_h cerebral_child_l5_screening_1_h))
(assert
 (>= cerebral_child_l5_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l5_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l5_step_1_h 0.0))
(assert
 (<= cerebral_child_l5_step_1_h 100000.0))
(assert
 (> cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h))
(assert
 (>= cerebral_child_l5_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l5_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l5_step_2_phase 0))
(assert
 (< cerebral_child_l5_step_2_phase 2))
(assert
 (>= cerebral_child_l5_step_2_h 0.0))
(assert
 (<= cerebral_child_l5_step_2_h 100000.0))
(assert
 (> cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h))
(assert
 (>= cerebral_child_l5_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l5_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l5_step_2_flex_low_ug_h 0.0))
(assert
 (<= cerebral_child_l5_step_2_flex_low_ug_h 100000.0))
(assert
 (>= cerebral_child_l5_step_2_flex_high_ug_h 0.0))
(assert
 (<= cerebral_child_l5_step_2_flex_high_ug_h 100000.0))
(assert
 (let ((?x32797 (+ (* 12.0 cerebral_child_l5_step_2_flex_low_ug_h) (* 12.0 cerebral_child_l5_step_2_flex_high_ug_h))))
 (= cerebral_child_l5_step_2_daily_dose_ug ?x32797)))
(assert
 (<= cerebral_child_l5_end_h 100000.0))
(assert
 (>= cerebral_child_l5_end_h cerebral_child_l5_step_2_h))
(assert
 (<= cerebral_child_l5_refill_0_h 100000.0))
(assert
 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_end_h))
(assert
 (>= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h))
(assert
 (>= cerebral_child_l5_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_child_l5_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_child_l5_refill_0_volume_ml cerebral_child_l5_reservoir_ml))
(assert
 (>= cerebral_child_l5_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l5_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l5_refill_0_diluent 0))
(assert
 (< cerebral_child_l5_refill_0_diluent 3))
(assert
 (= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h))
(assert
 (>= cerebral_child_l5_route 0))
(assert
 (< cerebral_child_l5_route 2))
(assert
 (let ((?x39532 (* (/ 4.0 5.0) cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x39530 (< cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let ((?x39626 (* (/ 4.0 5.0) cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x39246 (< cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x39662 (or (and $x39246 (not (>= cerebral_child_l5_step_1_daily_dose_ug ?x39626))) (and $x39530 (not (>= cerebral_child_l5_step_2_daily_dose_ug ?x39532))))))
 (let (($x40518 (not $x39662)))
 (=> holds_ITB-STOP-1 $x40518))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x40601 (not (or (not (<= 4.0 cerebral_child_l5_age_years))))))
 (=> holds_ITB-PAT-1 $x40601)))
(assert
 (let (($x40602 (not (or (not (<= 12.0 cerebral_child_l5_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x40602)))
(assert
 (let (($x40603 (not (or cerebral_child_l5_infection))))
 (=> holds_ITB-PAT-4 $x40603)))
(assert
 (let (($x39948 (or (not (ite (= cerebral_child_l5_step_2_phase 0) false true)))))
 (let (($x40604 (not $x39948)))
 (=> holds_ITB-PUMP-1 $x40604))))
(assert
 (let (($x39586 (<= cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let ((?x39583 (ite $x39586 cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let (($x39584 (>= cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let ((?x39353 (ite $x39584 cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let (($x40605 (not (or (not (<= ?x39353 (* (/ 6.0 5.0) ?x39583)))))))
 (=> holds_ITB-PUMP-2 $x40605)))))))
(assert
 (let ((?x39742 (* cerebral_child_l5_step_2_rate_ml_day cerebral_child_l5_concentration_ug_ml)))
 (let ((?x40304 (- ?x39742 cerebral_child_l5_step_2_daily_dose_ug)))
 (let (($x40308 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l5_step_2_daily_dose_ug) ?x40304) (<= ?x40304 (* (/ 1.0 100.0) cerebral_child_l5_step_2_daily_dose_ug)))))
 (let ((?x40060 (* cerebral_child_l5_step_1_rate_ml_day cerebral_child_l5_concentration_ug_ml)))
 (let ((?x39636 (- ?x40060 cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x39271 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l5_step_1_daily_dose_ug) ?x39636) (<= ?x39636 (* (/ 1.0 100.0) cerebral_child_l5_step_1_daily_dose_ug)))))
 (let ((?x39500 (* cerebral_child_l5_step_0_rate_ml_day cerebral_child_l5_concentration_ug_ml)))
 (let ((?x39902 (- ?x39500 cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x39603 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l5_step_0_daily_dose_ug) ?x39902) (<= ?x39902 (* (/ 1.0 100.0) cerebral_child_l5_step_0_daily_dose_ug)))))
 (let (($x39702 (= cerebral_child_l5_concentration_ug_ml cerebral_child_l5_refill_0_concentration_ug_ml)))
 (let (($x39493 (not $x39702)))
 (let (($x32828 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_2_h)))
 (let (($x32827 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_1_h)))
 (let (($x32826 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h)))
 (let (($x40310 (or (and (ite $x32826 true false) (not (ite $x32826 $x39702 false))) (and (ite $x32827 true false) (not (ite $x32827 $x39702 false))) (and (ite $x32828 true false) (not (ite $x32828 $x39702 false))) $x39493 (not $x39603) (not $x39271) (not $x40308))))
 (let (($x40606 (not $x40310)))
 (=> holds_ITB-PUMP-3 $x40606))))))))))))))))))
(assert
 (let ((?x40321 (- cerebral_child_l5_end_h cerebral_child_l5_step_2_h)))
 (let ((?x32833 (/ cerebral_child_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x32834 (/ ?x32833 cerebral_child_l5_concentration_ug_ml)))
 (let ((?x40318 (- cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h)))
 (let ((?x32831 (/ cerebral_child_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x32832 (/ ?x32831 cerebral_child_l5_concentration_ug_ml)))
 (let ((?x40315 (- cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h)))
 (let ((?x32829 (/ cerebral_child_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x32830 (/ ?x32829 cerebral_child_l5_concentration_ug_ml)))
 (let ((?x40317 (+ 0.0 (* ?x32830 ?x40315))))
 (let ((?x40320 (+ ?x40317 (* ?x32832 ?x40318))))
 (let ((?x40323 (+ ?x40320 (* ?x32834 ?x40321))))
 (let ((?x40342 (+ ?x40320 (* ?x32834 (- cerebral_child_l5_step_0_h cerebral_child_l5_step_2_h)))))
 (let ((?x40347 (+ ?x40317 (* ?x32832 (- cerebral_child_l5_step_0_h cerebral_child_l5_step_1_h)))))
 (let ((?x40349 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_step_2_h) ?x40347 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_end_h) ?x40342 ?x40323))))
 (let ((?x40352 (+ 0.0 (* ?x32830 (- cerebral_child_l5_step_0_h cerebral_child_l5_step_0_h)))))
 (let ((?x40354 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_step_1_h) ?x40352 ?x40349)))
 (let ((?x40356 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_step_0_h) 0.0 ?x40354)))
 (let (($x40314 (<= t_0 cerebral_child_l5_end_h)))
 (let ((?x40327 (ite $x40314 (+ ?x40320 (* ?x32834 (- t_0 cerebral_child_l5_step_2_h))) ?x40323)))
 (let ((?x40332 (ite (<= t_0 cerebral_child_l5_step_2_h) (+ ?x40317 (* ?x32832 (- t_0 cerebral_child_l5_step_1_h))) ?x40327)))
 (let ((?x40337 (ite (<= t_0 cerebral_child_l5_step_1_h) (+ 0.0 (* ?x32830 (- t_0 cerebral_child_l5_step_0_h))) ?x40332)))
 (let ((?x40339 (ite (<= t_0 cerebral_child_l5_step_0_h) 0.0 ?x40337)))
 (let ((?x40362 (+ ?x40320 (* ?x32834 (- cerebral_child_l5_refill_0_h cerebral_child_l5_step_2_h)))))
 (let (($x32804 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_end_h)))
 (let ((?x40366 (+ ?x40317 (* ?x32832 (- cerebral_child_l5_refill_0_h cerebral_child_l5_step_1_h)))))
 (let (($x32828 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_2_h)))
 (let ((?x40370 (+ 0.0 (* ?x32830 (- cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h)))))
 (let (($x32827 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_1_h)))
 (let (($x32826 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h)))
 (let ((?x40373 (- ?x40339 (ite $x32826 0.0 (ite $x32827 ?x40370 (ite $x32828 ?x40366 (ite $x32804 ?x40362 ?x40323)))))))
 (let ((?x40377 (ite (< cerebral_child_l5_refill_0_h t_0) (- cerebral_child_l5_refill_0_volume_ml (+ ?x40373 0.0)) (- 0.0 (+ (- ?x40339 ?x40356) 0.0)))))
 (let ((?x40312 (ite (<= 0.0 cerebral_child_l5_step_0_h) cerebral_child_l5_step_0_h 0.0)))
 (let (($x40381 (or (and (< ?x40312 t_0) $x40314 (not (> ?x40377 cerebral_child_l5_alarm_ml))))))
 (let (($x40607 (not $x40381)))
 (=> holds_ITB-PUMP-4 $x40607)))))))))))))))))))))))))))))))))))))
(assert
 (let (($x40384 (not (>= 1848.0 (- cerebral_child_l5_end_h cerebral_child_l5_refill_0_h)))))
 (let (($x40608 (not (or $x40384))))
 (=> holds_ITB-PUMP-5 $x40608))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-6 $x1913)))
(assert
 (let (($x40609 (not (or (not (ite (= cerebral_child_l5_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x40609)))
(assert
 (let (($x40415 (and (< 0.0 cerebral_child_l5_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_screening_1_concentration_ug_ml))))
 (let (($x40411 (and (< 0.0 cerebral_child_l5_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_screening_0_concentration_ug_ml))))
 (let (($x40407 (and (< 0.0 cerebral_child_l5_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_concentration_ug_ml))))
 (let (($x40408 (not $x40407)))
 (let (($x40403 (and (< 0.0 cerebral_child_l5_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_refill_0_concentration_ug_ml))))
 (let (($x40397 (= 2000.0 cerebral_child_l5_refill_0_concentration_ug_ml)))
 (let (($x40396 (= 500.0 cerebral_child_l5_refill_0_concentration_ug_ml)))
 (let (($x40395 (= 50.0 cerebral_child_l5_refill_0_concentration_ug_ml)))
 (let (($x32816 (= cerebral_child_l5_refill_0_diluent 0)))
 (let (($x40390 (ite $x32816 true (ite (= cerebral_child_l5_refill_0_diluent 1) false false))))
 (let (($x40392 (ite $x32816 false (ite (= cerebral_child_l5_refill_0_diluent 1) true false))))
 (let (($x40417 (or (not (or $x40390 $x40392)) (and $x40390 (not (or $x40395 $x40396 $x40397))) (not $x40403) $x40408 $x40408 $x40408 (not $x40411) (not $x40415))))
 (let (($x40610 (not $x40417)))
 (=> holds_ITB-CONC-1 $x40610)))))))))))))))
(assert
 (let (($x40422 (or (not (= 50.0 cerebral_child_l5_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l5_screening_1_concentration_ug_ml)))))
 (let (($x40611 (not $x40422)))
 (=> holds_ITB-SCR-1 $x40611))))
(assert
 (let (($x40612 (not (or (not (>= 50.0 cerebral_child_l5_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x40612)))
(assert
 (let (($x40430 (or (not (<= 1.0 cerebral_child_l5_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l5_screening_1_duration_min)))))
 (let (($x40613 (not $x40430)))
 (=> holds_ITB-SCR-3 $x40613))))
(assert
 (let (($x40438 (<= 24.0 (- cerebral_child_l5_screening_1_h cerebral_child_l5_screening_0_h))))
 (let (($x32731 (= cerebral_child_l5_screening_0_response 0)))
 (let (($x40431 (ite $x32731 true false)))
 (let (($x40434 (<= cerebral_child_l5_screening_1_dose_ug (+ cerebral_child_l5_screening_0_dose_ug 25.0))))
 (let (($x40614 (not (or (not $x40431) (and $x40431 (not $x40434)) (and $x40431 (not $x40438))))))
 (=> holds_ITB-SCR-4 $x40614)))))))
(assert
 (let (($x40446 (or (not (>= 100.0 cerebral_child_l5_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l5_screening_1_dose_ug)))))
 (let (($x40615 (not $x40446)))
 (=> holds_ITB-SCR-5 $x40615))))
(assert
 (let (($x32751 (= cerebral_child_l5_screening_1_response 0)))
 (let (($x40450 (ite $x32751 false true)))
 (let (($x40452 (and $x40450 (<= cerebral_child_l5_screening_1_h cerebral_child_l5_step_0_h))))
 (let (($x32731 (= cerebral_child_l5_screening_0_response 0)))
 (let (($x40447 (ite $x32731 false true)))
 (let (($x40449 (and $x40447 (<= cerebral_child_l5_screening_0_h cerebral_child_l5_step_0_h))))
 (let (($x40616 (not (or (not (or $x40449 $x40452))))))
 (=> holds_ITB-SCR-6 $x40616)))))))))
(assert
 (let ((?x40463 (* 2.0 cerebral_child_l5_screening_1_dose_ug)))
 (let ((?x40464 (ite (>= 12.0 cerebral_child_l5_screening_1_effect_h) ?x40463 cerebral_child_l5_screening_1_dose_ug)))
 (let (($x32751 (= cerebral_child_l5_screening_1_response 0)))
 (let (($x40450 (ite $x32751 false true)))
 (let ((?x40457 (* 2.0 cerebral_child_l5_screening_0_dose_ug)))
 (let ((?x40458 (ite (>= 12.0 cerebral_child_l5_screening_0_effect_h) ?x40457 cerebral_child_l5_screening_0_dose_ug)))
 (let (($x32731 (= cerebral_child_l5_screening_0_response 0)))
 (let (($x40447 (ite $x32731 false true)))
 (let (($x40468 (or (and $x40447 (not (<= cerebral_child_l5_step_0_daily_dose_ug ?x40458))) (and $x40450 (not (<= cerebral_child_l5_step_0_daily_dose_ug ?x40464))))))
 (let (($x40617 (not $x40468)))
 (=> holds_ITB-INIT-1 $x40617))))))))))))
(assert
 (let (($x40476 (not (<= 24.0 (- cerebral_child_l5_step_2_h cerebral_child_l5_step_0_h)))))
 (let (($x40473 (> cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x40471 (not (<= 24.0 (- cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h)))))
 (let (($x40469 (> cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x40618 (not (or (and $x40469 $x40471) (and $x40473 $x40476)))))
 (=> holds_ITB-INIT-2 $x40618)))))))
(assert
 (let (($x32778 (= cerebral_child_l5_step_2_phase 0)))
 (let (($x39693 (ite $x32778 false true)))
 (let (($x40479 (<= 18.0 cerebral_child_l5_age_years)))
 (let ((?x40487 (* (+ 1.0 (ite (and $x40479 $x39693) (/ 1.0 5.0) (/ 3.0 20.0))) cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x40473 (> cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let ((?x40480 (* (/ 23.0 20.0) cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x40469 (> cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x40491 (or (and $x40469 (not (<= cerebral_child_l5_step_1_daily_dose_ug ?x40480))) (and $x40473 (not (<= cerebral_child_l5_step_2_daily_dose_ug ?x40487))))))
 (let (($x40619 (not $x40491)))
 (=> holds_ITB-TITR-1 $x40619)))))))))))
(assert
 (let ((?x40495 (ite cerebral_child_l5_programmable 24.0 48.0)))
 (let (($x40514 (not (>= (- cerebral_child_l5_step_2_h cerebral_child_l5_step_2_h) ?x40495))))
 (let (($x40473 (> cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x40515 (and $x40473 (and (< cerebral_child_l5_step_2_h cerebral_child_l5_step_2_h) $x40473) $x40514)))
 (let (($x40508 (not (>= (- cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h) ?x40495))))
 (let (($x40469 (> cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x40509 (and $x40473 (and (< cerebral_child_l5_step_1_h cerebral_child_l5_step_2_h) $x40469) $x40508)))
 (let (($x40503 (not (>= (- cerebral_child_l5_step_1_h cerebral_child_l5_step_2_h) ?x40495))))
 (let (($x40504 (and $x40469 (and (< cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h) $x40473) $x40503)))
 (let (($x40497 (not (>= (- cerebral_child_l5_step_1_h cerebral_child_l5_step_1_h) ?x40495))))
 (let (($x40498 (and $x40469 (and (< cerebral_child_l5_step_1_h cerebral_child_l5_step_1_h) $x40469) $x40497)))
 (let (($x40620 (not (or $x40498 $x40504 $x40509 $x40515))))
 (=> holds_ITB-TITR-2 $x40620))))))))))))))
(assert
 (let ((?x40592 (ite (<= cerebral_child_l5_step_1_h w_0) cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
(let ((?x40593 (ite (<= cerebral_child_l5_step_2_h w_0) cerebral_child_l5_step_2_daily_dose_ug ?x40592)))
(let ((?x40321 (- cerebral_child_l5_end_h cerebral_child_l5_step_2_h)))
(let ((?x32833 (/ cerebral_child_l5_step_2_daily_dose_ug 24.0)))
(let ((?x40318 (- cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h)))
(let ((?x32831 (/ cerebral_child_l5_step_1_daily_dose_ug 24.0)))
(let ((?x40315 (- cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h)))
(let ((?x32829 (/ cerebral_child_l5_step_0_daily_dose_ug 24.0)))
(let ((?x40530 (+ 0.0 (* ?x32829 ?x40315))))
(let ((?x40532 (+ ?x40530 (* ?x32831 ?x40318))))
(let ((?x40534 (+ ?x40532 (* ?x32833 ?x40321))))
(let ((?x40575 (ite (<= (- w_0 24.0) cerebral_child_l5_end_h) (+ ?x40532 (* ?x32833 (- (- w_0 24.0) cerebral_child_l5_step_2_h))) ?x40534)))
(let ((?x40580 (ite (<= (- w_0 24.0) cerebral_child_l5_step_2_h) (+ ?x40530 (* ?x32831 (- (- w_0 24.0) cerebral_child_l5_step_1_h))) ?x40575)))
(let ((?x40585 (ite (<= (- w_0 24.0) cerebral_child_l5_step_1_h) (+ 0.0 (* ?x32829 (- (- w_0 24.0) cerebral_child_l5_step_0_h))) ?x40580)))
(let ((?x40555 (ite (<= w_0 cerebral_child_l5_end_h) (+ ?x40532 (* ?x32833 (- w_0 cerebral_child_l5_step_2_h))) ?x40534)))
(let ((?x40560 (ite (<= w_0 cerebral_child_l5_step_2_h) (+ ?x40530 (* ?x32831 (- w_0 cerebral_child_l5_step_1_h))) ?x40555)))
(let ((?x40565 (ite (<= w_0 cerebral_child_l5_step_1_h) (+ 0.0 (* ?x32829 (- w_0 cerebral_child_l5_step_0_h))) ?x40560)))
(let ((?x40567 (ite (<= w_0 cerebral_child_l5_step_0_h) 0.0 ?x40565)))
(let ((?x40588 (- ?x40567 (ite (<= (- w_0 24.0) cerebral_child_l5_step_0_h) 0.0 ?x40585))))
(let ((?x40595 (ite (>= (- w_0 24.0) cerebral_child_l5_step_0_h) (+ ?x40588 0.0) (* 1.0 ?x40593))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x40521 (< cerebral_child_l5_step_2_h ?x1800)))
(let (($x40525 (ite $x40521 true (ite (< cerebral_child_l5_step_1_h ?x1800) false false))))
(let (($x40479 (<= 18.0 cerebral_child_l5_age_years)))
(let (($x40527 (and $x40479 (ite (and $x40521 (= cerebral_child_l5_step_2_phase 0)) false $x40525))))
(let (($x40520 (<= ?x1800 cerebral_child_l5_end_h)))
(let ((?x40543 (ite (<= ?x1800 cerebral_child_l5_step_2_h) (+ ?x40530 (* ?x32831 (- ?x1800 cerebral_child_l5_step_1_h))) (ite $x40520 (+ ?x40532 (* ?x32833 (- ?x1800 cerebral_child_l5_step_2_h))) ?x40534))))
(let ((?x40548 (ite (<= ?x1800 cerebral_child_l5_step_1_h) (+ 0.0 (* ?x32829 (- ?x1800 cerebral_child_l5_step_0_h))) ?x40543)))
(let ((?x40569 (+ (- (ite (<= ?x1800 cerebral_child_l5_step_0_h) 0.0 ?x40548) ?x40567) 0.0)))
(let (($x40600 (and (<= cerebral_child_l5_step_0_h w_0) $x40520 (not (<= ?x40569 (* (+ 1.0 (ite $x40527 (/ 1.0 5.0) (/ 3.0 20.0))) ?x40595))))))
(let (($x40621 (not (or $x40600))))
(=> holds_ITB-TITR-3 $x40621)))))))))))))))))))))))))))))))))
(check-sat)
