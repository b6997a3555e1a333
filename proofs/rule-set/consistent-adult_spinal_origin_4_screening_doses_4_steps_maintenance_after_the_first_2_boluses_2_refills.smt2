; itbverify 0.1.0: rule-set consistency, adult, spinal origin; 4 screening doses, 4 steps (maintenance after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_adult_l1_age_years () Real)
(declare-fun spinal_adult_l1_months_since_injury () Real)
(declare-fun spinal_adult_l1_reservoir_ml () Real)
(declare-fun spinal_adult_l1_alarm_ml () Real)
(declare-fun spinal_adult_l1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l1_screening_0_h () Real)
(declare-fun spinal_adult_l1_screening_0_dose_ug () Real)
(declare-fun spinal_adult_l1_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l1_screening_0_duration_min () Real)
(declare-fun spinal_adult_l1_screening_0_response () Int)
(declare-fun spinal_adult_l1_screening_0_effect_h () Real)
(declare-fun spinal_adult_l1_screening_1_h () Real)
(declare-fun spinal_adult_l1_screening_1_dose_ug () Real)
(declare-fun spinal_adult_l1_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l1_screening_1_duration_min () Real)
(declare-fun spinal_adult_l1_screening_1_response () Int)
(declare-fun spinal_adult_l1_screening_1_effect_h () Real)
(declare-fun spinal_adult_l1_screening_2_h () Real)
(declare-fun spinal_adult_l1_screening_2_dose_ug () Real)
(declare-fun spinal_adult_l1_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_adult_l1_screening_2_duration_min () Real)
(declare-fun spinal_adult_l1_screening_2_response () Int)
(declare-fun spinal_adult_l1_screening_2_effect_h () Real)
(declare-fun spinal_adult_l1_screening_3_h () Real)
(declare-fun spinal_adult_l1_screening_3_dose_ug () Real)
(declare-fun spinal_adult_l1_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_adult_l1_screening_3_duration_min () Real)
(declare-fun spinal_adult_l1_screening_3_response () Int)
(declare-fun spinal_adult_l1_screening_3_effect_h () Real)
(declare-fun spinal_adult_l1_step_0_h () Real)
(declare-fun spinal_adult_l1_step_0_daily_dose_ug () Real)
(declare-fun spinal_adult_l1_step_0_rate_ml_day () Real)
(declare-fun spinal_adult_l1_step_1_h () Real)
(declare-fun spinal_adult_l1_step_1_daily_dose_ug () Real)
(declare-fun spinal_adult_l1_step_1_rate_ml_day () Real)
(declare-fun spinal_adult_l1_step_2_h () Real)
(declare-fun spinal_adult_l1_step_2_daily_dose_ug () Real)
(declare-fun spinal_adult_l1_step_2_rate_ml_day () Real)
(declare-fun spinal_adult_l1_step_3_h () Real)
(declare-fun spinal_adult_l1_step_3_daily_dose_ug () Real)
(declare-fun spinal_adult_l1_step_3_rate_ml_day () Real)
(declare-fun spinal_adult_l1_end_h () Real)
(declare-fun spinal_adult_l1_refill_0_h () Real)
(declare-fun spinal_adult_l1_refill_0_volume_ml () Real)
(declare-fun spinal_adult_l1_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l1_refill_0_diluent () Int)
(declare-fun spinal_adult_l1_refill_1_h () Real)
(declare-fun spinal_adult_l1_refill_1_volume_ml () Real)
(declare-fun spinal_adult_l1_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l1_refill_1_diluent () Int)
(declare-fun spinal_adult_l1_bolus_0_h () Real)
(declare-fun spinal_adult_l1_bolus_0_dose_ug () Real)
(declare-fun spinal_adult_l1_bolus_0_via () Int)
(declare-fun spinal_adult_l1_bolus_1_h () Real)
(declare-fun spinal_adult_l1_bolus_1_dose_ug () Real)
(declare-fun spinal_adult_l1_bolus_1_via () Int)
(declare-fun spinal_adult_l1_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_adult_l1_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_adult_l1_bolus_1_emergency () Bool)
(declare-fun spinal_adult_l1_bolus_0_emergency () Bool)
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
(declare-fun spinal_adult_l1_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_adult_l1_age_years 0.0))
(assert
 (<= spinal_adult_l1_age_years 120.0))
(assert
 (>= spinal_adult_l1_age_years 18.0))
(assert
 (>= spinal_adult_l1_months_since_injury 0.0))
(assert
 (<= spinal_adult_l1_months_since_injury 100000.0))
(assert
 (>= spinal_adult_l1_reservoir_ml 0.0))
(assert
 (<= spinal_adult_l1_reservoir_ml 100000.0))
(assert
 (>= spinal_adult_l1_alarm_ml 0.0))
(assert
 (<= spinal_adult_l1_alarm_ml 100000.0))
(assert
 (>= spinal_adult_l1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l1_screening_0_h 0.0))
(assert
 (<= spinal_adult_l1_screening_0_h 100000.0))
(assert
 (>= spinal_adult_l1_screening_0_h 0.0))
(assert
 (>= spinal_adult_l1_screening_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l1_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l1_screening_0_duration_min 0.0))
(assert
 (<= spinal_adult_l1_screening_0_duration_min 100000.0))
(assert
 (>= spinal_adult_l1_screening_0_response 0))
(assert
 (< spinal_adult_l1_screening_0_response 2))
(assert
 (>= spinal_adult_l1_screening_0_effect_h 0.0))
(assert
 (<= spinal_adult_l1_screening_0_effect_h 100000.0))
(assert
 (>= spinal_adult_l1_screening_1_h 0.0))
(assert
 (<= spinal_adult_l1_screening_1_h 100000.0))
(assert
 (>= spinal_adult_l1_screening_1_h spinal_adult_l1_screening_0_h))
(assert
 (>= spinal_adult_l1_screening_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l1_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l1_screening_1_duration_min 0.0))
(assert
 (<= spinal_adult_l1_screening_1_duration_min 100000.0))
(assert
 (>= spinal_adult_l1_screening_1_response 0))
(assert
 (< spinal_adult_l1_screening_1_response 2))
(assert
 (>= spinal_adult_l1_screening_1_effect_h 0.0))
(assert
 (<= spinal_adult_l1_screening_1_effect_h 100000.0))
(assert
 (>= spinal_adult_l1_screening_2_h 0.0))
(assert
 (<= spinal_adult_l1_screening_2_h 100000.0))
(assert
 (>= spinal_adult_l1_screening_2_h spinal_adult_l1_screening_1_h))
(assert
 (>= spinal_adult_l1_screening_2_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l1_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l1_screening_2_duration_min 0.0))
(assert
 (<= spinal_adult_l1_screening_2_duration_min 100000.0))
(assert
 (>= spinal_adult_l1_screening_2_response 0))
(assert
 (< spinal_adult_l1_screening_2_response 2))
(assert
 (>= spinal_adult_l1_screening_2_effect_h 0.0))
(assert
 (<= spinal_adult_l1_screening_2_effect_h 100000.0))
(assert
 (>= spinal_adult_l1_screening_3_h 0.0))
(assert
 (<= spinal_adult_l1_screening_3_h 100000.0))
(assert
 (>= spinal_adult_l1_screening_3_h spinal_adult_l1_screening_2_h))
(assert
 (>= spinal_adult_l1_screening_3_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l1_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l1_screening_3_duration_min 0.0))
(assert
 (<= spinal_adult_l1_screening_3_duration_min 100000.0))
(assert
 (>= spinal_adult_l1_screening_3_response 0))
(assert
 (< spinal_adult_l1_screening_3_response 2))
(assert
 (>= spinal_adult_l1_screening_3_effect_h 0.0))
(assert
 (<= spinal_adult_l1_screening_3_effect_h 100000.0))
(assert
 (>= spinal_adult_l1_step_0_h 0.0))
(assert
 (<= spinal_adult_l1_step_0_h 100000.0))
(assert
 (>= spinal_adult_l1_step_0_h spinal_adult_l1_screening_3_h))
(assert
 (>= spinal_adult_l1_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l1_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l1_step_1_h 0.0))
(assert
 (<= spinal_adult_l1_step_1_h 100000.0))
(assert
 (> spinal_adult_l1_step_1_h spinal_adult_l1_step_0_h))
(assert
 (>= spinal_adult_l1_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l1_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l1_step_2_h 0.0))
(assert
 (<= spinal_adult_l1_step_2_h 100000.0))
(assert
 (> spinal_adult_l1_step_2_h spinal_adult_l1_step_1_h))
(assert
 (>= spinal_adult_l1_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l1_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l1_step_3_h 0.0))
(assert
 (<= spinal_adult_l1_step_3_h 100000.0))
(assert
 (> spinal_adult_l1_step_3_h spinal_adult_l1_step_2_h))
(assert
 (>= spinal_adult_l1_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l1_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_adult_l1_end_h 100000.0))
(assert
 (>= spinal_adult_l1_end_h spinal_adult_l1_step_3_h))
(assert
 (<= spinal_adult_l1_refill_0_h 100000.0))
(assert
 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_end_h))
(assert
 (>= spinal_adult_l1_refill_0_h spinal_adult_l1_step_0_h))
(assert
 (>= spinal_adult_l1_refill_0_volume_ml 0.0))
(assert
 (<= spinal_adult_l1_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_adult_l1_refill_0_volume_ml spinal_adult_l1_reservoir_ml))
(assert
 (>= spinal_adult_l1_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l1_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l1_refill_0_diluent 0))
(assert
 (< spinal_adult_l1_refill_0_diluent 3))
(assert
 (<= spinal_adult_l1_refill_1_h 100000.0))
(assert
 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_end_h))
(assert
 (>= spinal_adult_l1_refill_1_h spinal_adult_l1_step_0_h))
(assert
 (> spinal_adult_l1_refill_1_h spinal_adult_l1_refill_0_h))
(assert
 (>= spinal_adult_l1_refill_1_volume_ml 0.0))
(assert
 (<= spinal_adult_l1_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_adult_l1_refill_1_volume_ml spinal_adult_l1_reservoir_ml))
(assert
 (>= spinal_adult_l1_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l1_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l1_refill_1_diluent 0))
(assert
 (< spinal_adult_l1_refill_1_diluent 3))
(assert
 (= spinal_adult_l1_refill_0_h spinal_adult_l1_step_0_h))
(assert
 (<= spinal_adult_l1_bolus_0_h 100000.0))
(assert
 (>= spinal_adult_l1_bolus_0_h spinal_adult_l1_step_0_h))
(assert
 (<= spinal_adult_l1_bolus_0_h spinal_adult_l1_end_h))
(assert
 (>= spinal_adult_l1_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_bolus_0_via 0))
(assert
 (< spinal_adult_l1_bolus_0_via 2))
(assert
 (<= spinal_adult_l1_bolus_1_h 100000.0))
(assert
 (>= spinal_adult_l1_bolus_1_h spinal_adult_l1_step_0_h))
(assert
 (<= spinal_adult_l1_bolus_1_h spinal_adult_l1_end_h))
(assert
 (>= spinal_adult_l1_bolus_1_h spinal_adult_l1_bolus_0_h))
(assert
 (>= spinal_adult_l1_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l1_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l1_bolus_1_via 0))
(assert
 (< spinal_adult_l1_bolus_1_via 2))
(assert
 (>= spinal_adult_l1_route 0))
(assert
 (< spinal_adult_l1_route 2))
(assert
 (let ((?x3222 (* (/ 4.0 5.0) spinal_adult_l1_step_2_daily_dose_ug)))
 (let (($x3369 (< spinal_adult_l1_step_3_daily_dose_ug spinal_adult_l1_step_2_daily_dose_ug)))
 (let ((?x3068 (* (/ 4.0 5.0) spinal_adult_l1_step_1_daily_dose_ug)))
 (let (($x3424 (< spinal_adult_l1_step_2_daily_dose_ug spinal_adult_l1_step_1_daily_dose_ug)))
 (let ((?x3556 (* (/ 4.0 5.0) spinal_adult_l1_step_0_daily_dose_ug)))
 (let (($x3515 (< spinal_adult_l1_step_1_daily_dose_ug spinal_adult_l1_step_0_daily_dose_ug)))
 (let (($x3330 (or (and $x3515 (not (>= spinal_adult_l1_step_1_daily_dose_ug ?x3556))) (and $x3424 (not (>= spinal_adult_l1_step_2_daily_dose_ug ?x3068))) (and $x3369 (not (>= spinal_adult_l1_step_3_daily_dose_ug ?x3222))))))
 (let (($x3690 (not $x3330)))
 (=> holds_ITB-STOP-1 $x3690))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x3803 (not (or (not (<= 4.0 spinal_adult_l1_age_years))))))
 (=> holds_ITB-PAT-1 $x3803)))
(assert
 (let (($x3804 (not (or (not (<= 12.0 spinal_adult_l1_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x3804)))
(assert
 (let (($x3805 (not (or spinal_adult_l1_infection))))
 (=> holds_ITB-PAT-4 $x3805)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x3441 (* spinal_adult_l1_step_3_rate_ml_day spinal_adult_l1_concentration_ug_ml)))
 (let ((?x3546 (- ?x3441 spinal_adult_l1_step_3_daily_dose_ug)))
 (let (($x3468 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l1_step_3_daily_dose_ug) ?x3546) (<= ?x3546 (* (/ 1.0 100.0) spinal_adult_l1_step_3_daily_dose_ug)))))
 (let ((?x3534 (* spinal_adult_l1_step_2_rate_ml_day spinal_adult_l1_concentration_ug_ml)))
 (let ((?x3571 (- ?x3534 spinal_adult_l1_step_2_daily_dose_ug)))
 (let (($x3141 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l1_step_2_daily_dose_ug) ?x3571) (<= ?x3571 (* (/ 1.0 100.0) spinal_adult_l1_step_2_daily_dose_ug)))))
 (let ((?x3163 (* spinal_adult_l1_step_1_rate_ml_day spinal_adult_l1_concentration_ug_ml)))
 (let ((?x3223 (- ?x3163 spinal_adult_l1_step_1_daily_dose_ug)))
 (let (($x3331 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l1_step_1_daily_dose_ug) ?x3223) (<= ?x3223 (* (/ 1.0 100.0) spinal_adult_l1_step_1_daily_dose_ug)))))
 (let ((?x3273 (* spinal_adult_l1_step_0_rate_ml_day spinal_adult_l1_concentration_ug_ml)))
 (let ((?x3174 (- ?x3273 spinal_adult_l1_step_0_daily_dose_ug)))
 (let (($x3279 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l1_step_0_daily_dose_ug) ?x3174) (<= ?x3174 (* (/ 1.0 100.0) spinal_adult_l1_step_0_daily_dose_ug)))))
 (let (($x3327 (= spinal_adult_l1_concentration_ug_ml spinal_adult_l1_refill_1_concentration_ug_ml)))
 (let (($x3249 (not $x3327)))
 (let (($x3139 (= spinal_adult_l1_concentration_ug_ml spinal_adult_l1_refill_0_concentration_ug_ml)))
 (let (($x3555 (not $x3139)))
 (let (($x461 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_step_3_h)))
 (let (($x460 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_step_3_h)))
 (let (($x3173 (and (ite $x460 true (ite $x461 true false)) (not (ite $x460 $x3327 (ite $x461 $x3139 false))))))
 (let (($x459 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_step_2_h)))
 (let (($x458 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_step_2_h)))
 (let (($x3219 (and (ite $x458 true (ite $x459 true false)) (not (ite $x458 $x3327 (ite $x459 $x3139 false))))))
 (let (($x457 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_step_1_h)))
 (let (($x456 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_step_1_h)))
 (let (($x3067 (and (ite $x456 true (ite $x457 true false)) (not (ite $x456 $x3327 (ite $x457 $x3139 false))))))
 (let (($x455 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_step_0_h)))
 (let (($x454 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_step_0_h)))
 (let (($x3454 (and (ite $x454 true (ite $x455 true false)) (not (ite $x454 $x3327 (ite $x455 $x3139 false))))))
 (let (($x3496 (or $x3454 $x3067 $x3219 $x3173 $x3555 $x3249 (not $x3279) (not $x3331) (not $x3141) (not $x3468))))
 (let (($x3806 (not $x3496)))
 (=> holds_ITB-PUMP-3 $x3806))))))))))))))))))))))))))))))))
(assert
 (let ((?x3517 (- spinal_adult_l1_end_h spinal_adult_l1_step_3_h)))
 (let ((?x468 (/ spinal_adult_l1_step_3_daily_dose_ug 24.0)))
 (let ((?x469 (/ ?x468 spinal_adult_l1_concentration_ug_ml)))
 (let ((?x3013 (- spinal_adult_l1_step_3_h spinal_adult_l1_step_2_h)))
 (let ((?x466 (/ spinal_adult_l1_step_2_daily_dose_ug 24.0)))
 (let ((?x467 (/ ?x466 spinal_adult_l1_concentration_ug_ml)))
 (let ((?x3133 (- spinal_adult_l1_step_2_h spinal_adult_l1_step_1_h)))
 (let ((?x464 (/ spinal_adult_l1_step_1_daily_dose_ug 24.0)))
 (let ((?x465 (/ ?x464 spinal_adult_l1_concentration_ug_ml)))
 (let ((?x3478 (- spinal_adult_l1_step_1_h spinal_adult_l1_step_0_h)))
 (let ((?x462 (/ spinal_adult_l1_step_0_daily_dose_ug 24.0)))
 (let ((?x463 (/ ?x462 spinal_adult_l1_concentration_ug_ml)))
 (let ((?x3436 (+ 0.0 (* ?x463 ?x3478))))
 (let ((?x3317 (+ ?x3436 (* ?x465 ?x3133))))
 (let ((?x3044 (+ ?x3317 (* ?x467 ?x3013))))
 (let ((?x3062 (+ ?x3044 (* ?x469 ?x3517))))
 (let ((?x3079 (+ ?x3044 (* ?x469 (- spinal_adult_l1_step_0_h spinal_adult_l1_step_3_h)))))
 (let ((?x3251 (+ ?x3317 (* ?x467 (- spinal_adult_l1_step_0_h spinal_adult_l1_step_2_h)))))
 (let ((?x3415 (ite (<= spinal_adult_l1_step_0_h spinal_adult_l1_step_3_h) ?x3251 (ite (<= spinal_adult_l1_step_0_h spinal_adult_l1_end_h) ?x3079 ?x3062))))
 (let ((?x3010 (+ ?x3436 (* ?x465 (- spinal_adult_l1_step_0_h spinal_adult_l1_step_1_h)))))
 (let ((?x3470 (+ 0.0 (* ?x463 (- spinal_adult_l1_step_0_h spinal_adult_l1_step_0_h)))))
 (let ((?x3408 (ite (<= spinal_adult_l1_step_0_h spinal_adult_l1_step_1_h) ?x3470 (ite (<= spinal_adult_l1_step_0_h spinal_adult_l1_step_2_h) ?x3010 ?x3415))))
 (let ((?x3326 (ite (<= spinal_adult_l1_step_0_h spinal_adult_l1_step_0_h) 0.0 ?x3408)))
 (let (($x3499 (<= t_0 spinal_adult_l1_end_h)))
 (let ((?x3311 (ite (<= t_0 spinal_adult_l1_step_3_h) (+ ?x3317 (* ?x467 (- t_0 spinal_adult_l1_step_2_h))) (ite $x3499 (+ ?x3044 (* ?x469 (- t_0 spinal_adult_l1_step_3_h))) ?x3062))))
 (let ((?x3193 (ite (<= t_0 spinal_adult_l1_step_2_h) (+ ?x3436 (* ?x465 (- t_0 spinal_adult_l1_step_1_h))) ?x3311)))
 (let ((?x3204 (ite (<= t_0 spinal_adult_l1_step_1_h) (+ 0.0 (* ?x463 (- t_0 spinal_adult_l1_step_0_h))) ?x3193)))
 (let ((?x3048 (ite (<= t_0 spinal_adult_l1_step_0_h) 0.0 ?x3204)))
 (let ((?x3188 (+ ?x3044 (* ?x469 (- spinal_adult_l1_refill_0_h spinal_adult_l1_step_3_h)))))
 (let (($x384 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_end_h)))
 (let ((?x3142 (+ ?x3317 (* ?x467 (- spinal_adult_l1_refill_0_h spinal_adult_l1_step_2_h)))))
 (let (($x461 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_step_3_h)))
 (let ((?x3472 (+ ?x3436 (* ?x465 (- spinal_adult_l1_refill_0_h spinal_adult_l1_step_1_h)))))
 (let (($x459 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_step_2_h)))
 (let ((?x3575 (+ 0.0 (* ?x463 (- spinal_adult_l1_refill_0_h spinal_adult_l1_step_0_h)))))
 (let (($x457 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_step_1_h)))
 (let (($x455 (<= spinal_adult_l1_refill_0_h spinal_adult_l1_step_0_h)))
 (let ((?x3352 (ite $x455 0.0 (ite $x457 ?x3575 (ite $x459 ?x3472 (ite $x461 ?x3142 (ite $x384 ?x3188 ?x3062)))))))
 (let ((?x3297 (ite (< spinal_adult_l1_refill_0_h t_0) (- spinal_adult_l1_refill_0_volume_ml (+ (- ?x3048 ?x3352) 0.0)) (- 0.0 (+ (- ?x3048 ?x3326) 0.0)))))
 (let ((?x3105 (+ ?x3044 (* ?x469 (- spinal_adult_l1_refill_1_h spinal_adult_l1_step_3_h)))))
 (let (($x400 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_end_h)))
 (let ((?x3263 (+ ?x3317 (* ?x467 (- spinal_adult_l1_refill_1_h spinal_adult_l1_step_2_h)))))
 (let (($x460 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_step_3_h)))
 (let ((?x3506 (+ ?x3436 (* ?x465 (- spinal_adult_l1_refill_1_h spinal_adult_l1_step_1_h)))))
 (let (($x458 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_step_2_h)))
 (let ((?x3108 (+ 0.0 (* ?x463 (- spinal_adult_l1_refill_1_h spinal_adult_l1_step_0_h)))))
 (let (($x456 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_step_1_h)))
 (let (($x454 (<= spinal_adult_l1_refill_1_h spinal_adult_l1_step_0_h)))
 (let ((?x3269 (ite $x454 0.0 (ite $x456 ?x3108 (ite $x458 ?x3506 (ite $x460 ?x3263 (ite $x400 ?x3105 ?x3062)))))))
 (let ((?x3170 (ite (< spinal_adult_l1_refill_1_h t_0) (- spinal_adult_l1_refill_1_volume_ml (+ (- ?x3048 ?x3269) 0.0)) ?x3297)))
 (let ((?x3559 (ite (<= 0.0 spinal_adult_l1_step_0_h) spinal_adult_l1_step_0_h 0.0)))
 (let (($x3054 (or (and (< ?x3559 t_0) $x3499 (not (> ?x3170 spinal_adult_l1_alarm_ml))))))
 (let (($x3807 (not $x3054)))
 (=> holds_ITB-PUMP-4 $x3807)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x3162 (not (>= 1848.0 (- spinal_adult_l1_refill_1_h spinal_adult_l1_refill_0_h)))))
 (let (($x3081 (or $x3162 (not (>= 1848.0 (- spinal_adult_l1_end_h spinal_adult_l1_refill_1_h))))))
 (let (($x3808 (not $x3081)))
 (=> holds_ITB-PUMP-5 $x3808)))))
(assert
 (let (($x3413 (and (ite (= spinal_adult_l1_bolus_1_via 0) false true) (not spinal_adult_l1_bolus_1_emergency))))
 (let (($x3192 (and (ite (= spinal_adult_l1_bolus_0_via 0) false true) (not spinal_adult_l1_bolus_0_emergency))))
 (let (($x3809 (not (or $x3192 $x3413))))
 (=> holds_ITB-PUMP-6 $x3809)))))
(assert
 (let (($x3810 (not (or (not (ite (= spinal_adult_l1_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x3810)))
(assert
 (let (($x3563 (and (< 0.0 spinal_adult_l1_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l1_screening_3_concentration_ug_ml))))
 (let (($x3274 (and (< 0.0 spinal_adult_l1_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l1_screening_2_concentration_ug_ml))))
 (let (($x3363 (and (< 0.0 spinal_adult_l1_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l1_screening_1_concentration_ug_ml))))
 (let (($x3396 (and (< 0.0 spinal_adult_l1_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l1_screening_0_concentration_ug_ml))))
 (let (($x3120 (and (< 0.0 spinal_adult_l1_concentration_ug_ml) (>= 2000.0 spinal_adult_l1_concentration_ug_ml))))
 (let (($x3320 (not $x3120)))
 (let (($x3329 (and (< 0.0 spinal_adult_l1_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l1_refill_1_concentration_ug_ml))))
 (let (($x3426 (and (< 0.0 spinal_adult_l1_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l1_refill_0_concentration_ug_ml))))
 (let (($x3332 (or (= 50.0 spinal_adult_l1_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l1_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l1_refill_1_concentration_ug_ml))))
 (let (($x413 (= spinal_adult_l1_refill_1_diluent 0)))
 (let (($x3585 (ite $x413 true (ite (= spinal_adult_l1_refill_1_diluent 1) false false))))
 (let (($x3520 (or (= 50.0 spinal_adult_l1_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l1_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l1_refill_0_concentration_ug_ml))))
 (let (($x396 (= spinal_adult_l1_refill_0_diluent 0)))
 (let (($x3284 (ite $x396 true (ite (= spinal_adult_l1_refill_0_diluent 1) false false))))
 (let (($x3159 (ite $x413 false (ite (= spinal_adult_l1_refill_1_diluent 1) true false))))
 (let (($x3430 (ite $x396 false (ite (= spinal_adult_l1_refill_0_diluent 1) true false))))
 (let (($x3510 (or (not (or $x3284 $x3430)) (not (or $x3585 $x3159)) (and $x3284 (not $x3520)) (and $x3585 (not $x3332)) (not $x3426) (not $x3329) $x3320 $x3320 $x3320 $x3320 (not $x3396) (not $x3363) (not $x3274) (not $x3563))))
 (let (($x3811 (not $x3510)))
 (=> holds_ITB-CONC-1 $x3811))))))))))))))))))))
(assert
 (let (($x3228 (or (not (= 50.0 spinal_adult_l1_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l1_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l1_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l1_screening_3_concentration_ug_ml)))))
 (let (($x3812 (not $x3228)))
 (=> holds_ITB-SCR-1 $x3812))))
(assert
 (let (($x3813 (not (or (not (>= 50.0 spinal_adult_l1_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x3813)))
(assert
 (let (($x3543 (or (not (<= 1.0 spinal_adult_l1_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l1_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l1_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l1_screening_3_duration_min)))))
 (let (($x3814 (not $x3543)))
 (=> holds_ITB-SCR-3 $x3814))))
(assert
 (let (($x3258 (<= 24.0 (- spinal_adult_l1_screening_3_h spinal_adult_l1_screening_2_h))))
 (let (($x315 (= spinal_adult_l1_screening_2_response 0)))
 (let (($x3461 (ite $x315 true false)))
 (let (($x3245 (<= 24.0 (- spinal_adult_l1_screening_2_h spinal_adult_l1_screening_1_h))))
 (let (($x295 (= spinal_adult_l1_screening_1_response 0)))
 (let (($x3579 (ite $x295 true false)))
 (let (($x3115 (<= 24.0 (- spinal_adult_l1_screening_1_h spinal_adult_l1_screening_0_h))))
 (let (($x275 (= spinal_adult_l1_screening_0_response 0)))
 (let (($x3241 (ite $x275 true false)))
 (let (($x3280 (<= spinal_adult_l1_screening_3_dose_ug (+ spinal_adult_l1_screening_2_dose_ug 25.0))))
 (let (($x3347 (<= spinal_adult_l1_screening_2_dose_ug (+ spinal_adult_l1_screening_1_dose_ug 25.0))))
 (let (($x3345 (<= spinal_adult_l1_screening_1_dose_ug (+ spinal_adult_l1_screening_0_dose_ug 25.0))))
 (let (($x3150 (or (not $x3241) (not $x3579) (not $x3461) (and $x3241 (not $x3345)) (and $x3579 (not $x3347)) (and $x3461 (not $x3280)) (and $x3241 (not $x3115)) (and $x3579 (not $x3245)) (and $x3461 (not $x3258)))))
 (let (($x3815 (not $x3150)))
 (=> holds_ITB-SCR-4 $x3815))))))))))))))))
(assert
 (let (($x3143 (or (not (>= 100.0 spinal_adult_l1_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l1_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l1_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l1_screening_3_dose_ug)))))
 (let (($x3816 (not $x3143)))
 (=> holds_ITB-SCR-5 $x3816))))
(assert
 (let (($x335 (= spinal_adult_l1_screening_3_response 0)))
 (let (($x3428 (ite $x335 false true)))
 (let (($x315 (= spinal_adult_l1_screening_2_response 0)))
 (let (($x3124 (ite $x315 false true)))
 (let (($x295 (= spinal_adult_l1_screening_1_response 0)))
 (let (($x3215 (ite $x295 false true)))
 (let (($x275 (= spinal_adult_l1_screening_0_response 0)))
 (let (($x3064 (ite $x275 false true)))
 (let (($x3393 (or (and $x3064 (<= spinal_adult_l1_screening_0_h spinal_adult_l1_step_0_h)) (and $x3215 (<= spinal_adult_l1_screening_1_h spinal_adult_l1_step_0_h)) (and $x3124 (<= spinal_adult_l1_screening_2_h spinal_adult_l1_step_0_h)) (and $x3428 (<= spinal_adult_l1_screening_3_h spinal_adult_l1_step_0_h)))))
 (let (($x3817 (not (or (not $x3393)))))
 (=> holds_ITB-SCR-6 $x3817))))))))))))
(assert
 (let ((?x3598 (* 2.0 spinal_adult_l1_screening_3_dose_ug)))
 (let ((?x3599 (ite (>= 12.0 spinal_adult_l1_screening_3_effect_h) ?x3598 spinal_adult_l1_screening_3_dose_ug)))
 (let (($x335 (= spinal_adult_l1_screening_3_response 0)))
 (let (($x3428 (ite $x335 false true)))
 (let ((?x3592 (* 2.0 spinal_adult_l1_screening_2_dose_ug)))
 (let ((?x3593 (ite (>= 12.0 spinal_adult_l1_screening_2_effect_h) ?x3592 spinal_adult_l1_screening_2_dose_ug)))
 (let (($x315 (= spinal_adult_l1_screening_2_response 0)))
 (let (($x3124 (ite $x315 false true)))
 (let ((?x3512 (* 2.0 spinal_adult_l1_screening_1_dose_ug)))
 (let ((?x3433 (ite (>= 12.0 spinal_adult_l1_screening_1_effect_h) ?x3512 spinal_adult_l1_screening_1_dose_ug)))
 (let (($x295 (= spinal_adult_l1_screening_1_response 0)))
 (let (($x3215 (ite $x295 false true)))
 (let ((?x3226 (* 2.0 spinal_adult_l1_screening_0_dose_ug)))
 (let ((?x3507 (ite (>= 12.0 spinal_adult_l1_screening_0_effect_h) ?x3226 spinal_adult_l1_screening_0_dose_ug)))
 (let (($x275 (= spinal_adult_l1_screening_0_response 0)))
 (let (($x3064 (ite $x275 false true)))
 (let (($x3603 (or (and $x3064 (not (<= spinal_adult_l1_step_0_daily_dose_ug ?x3507))) (and $x3215 (not (<= spinal_adult_l1_step_0_daily_dose_ug ?x3433))) (and $x3124 (not (<= spinal_adult_l1_step_0_daily_dose_ug ?x3593))) (and $x3428 (not (<= spinal_adult_l1_step_0_daily_dose_ug ?x3599))))))
 (let (($x3818 (not $x3603)))
 (=> holds_ITB-INIT-1 $x3818))))))))))))))))))))
(assert
 (let (($x3616 (not (<= 24.0 (- spinal_adult_l1_step_3_h spinal_adult_l1_step_0_h)))))
 (let (($x3613 (> spinal_adult_l1_step_3_daily_dose_ug spinal_adult_l1_step_2_daily_dose_ug)))
 (let (($x3611 (not (<= 24.0 (- spinal_adult_l1_step_2_h spinal_adult_l1_step_0_h)))))
 (let (($x3608 (> spinal_adult_l1_step_2_daily_dose_ug spinal_adult_l1_step_1_daily_dose_ug)))
 (let (($x3606 (not (<= 24.0 (- spinal_adult_l1_step_1_h spinal_adult_l1_step_0_h)))))
 (let (($x3604 (> spinal_adult_l1_step_1_daily_dose_ug spinal_adult_l1_step_0_daily_dose_ug)))
 (let (($x3819 (not (or (and $x3604 $x3606) (and $x3608 $x3611) (and $x3613 $x3616)))))
 (=> holds_ITB-INIT-2 $x3819)))))))))
(assert
 (let ((?x3621 (+ 1.0 (ite (<= 18.0 spinal_adult_l1_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x3631 (<= spinal_adult_l1_step_3_daily_dose_ug (* ?x3621 spinal_adult_l1_step_2_daily_dose_ug))))
 (let (($x3613 (> spinal_adult_l1_step_3_daily_dose_ug spinal_adult_l1_step_2_daily_dose_ug)))
 (let (($x3627 (<= spinal_adult_l1_step_2_daily_dose_ug (* ?x3621 spinal_adult_l1_step_1_daily_dose_ug))))
 (let (($x3608 (> spinal_adult_l1_step_2_daily_dose_ug spinal_adult_l1_step_1_daily_dose_ug)))
 (let (($x3623 (<= spinal_adult_l1_step_1_daily_dose_ug (* ?x3621 spinal_adult_l1_step_0_daily_dose_ug))))
 (let (($x3604 (> spinal_adult_l1_step_1_daily_dose_ug spinal_adult_l1_step_0_daily_dose_ug)))
 (let (($x3634 (or (and $x3604 (not $x3623)) (and $x3608 (not $x3627)) (and $x3613 (not $x3631)))))
 (let (($x3820 (not $x3634)))
 (=> holds_ITB-TITR-1 $x3820)))))))))))
(assert
 (let ((?x3638 (ite spinal_adult_l1_programmable 24.0 48.0)))
 (let (($x3613 (> spinal_adult_l1_step_3_daily_dose_ug spinal_adult_l1_step_2_daily_dose_ug)))
 (let (($x3687 (and $x3613 (and (< spinal_adult_l1_step_3_h spinal_adult_l1_step_3_h) $x3613) (not (>= (- spinal_adult_l1_step_3_h spinal_adult_l1_step_3_h) ?x3638)))))
 (let (($x3608 (> spinal_adult_l1_step_2_daily_dose_ug spinal_adult_l1_step_1_daily_dose_ug)))
 (let (($x3681 (and $x3613 (and (< spinal_adult_l1_step_2_h spinal_adult_l1_step_3_h) $x3608) (not (>= (- spinal_adult_l1_step_3_h spinal_adult_l1_step_2_h) ?x3638)))))
 (let (($x3604 (> spinal_adult_l1_step_1_daily_dose_ug spinal_adult_l1_step_0_daily_dose_ug)))
 (let (($x3676 (and $x3613 (and (< spinal_adult_l1_step_1_h spinal_adult_l1_step_3_h) $x3604) (not (>= (- spinal_adult_l1_step_3_h spinal_adult_l1_step_1_h) ?x3638)))))
 (let (($x3670 (and $x3608 (and (< spinal_adult_l1_step_3_h spinal_adult_l1_step_2_h) $x3613) (not (>= (- spinal_adult_l1_step_2_h spinal_adult_l1_step_3_h) ?x3638)))))
 (let (($x3664 (and $x3608 (and (< spinal_adult_l1_step_2_h spinal_adult_l1_step_2_h) $x3608) (not (>= (- spinal_adult_l1_step_2_h spinal_adult_l1_step_2_h) ?x3638)))))
 (let (($x3658 (and $x3608 (and (< spinal_adult_l1_step_1_h spinal_adult_l1_step_2_h) $x3604) (not (>= (- spinal_adult_l1_step_2_h spinal_adult_l1_step_1_h) ?x3638)))))
 (let (($x3653 (and $x3604 (and (< spinal_adult_l1_step_3_h spinal_adult_l1_step_1_h) $x3613) (not (>= (- spinal_adult_l1_step_1_h spinal_adult_l1_step_3_h) ?x3638)))))
 (let (($x3647 (and $x3604 (and (< spinal_adult_l1_step_2_h spinal_adult_l1_step_1_h) $x3608) (not (>= (- spinal_adult_l1_step_1_h spinal_adult_l1_step_2_h) ?x3638)))))
 (let (($x3641 (and $x3604 (and (< spinal_adult_l1_step_1_h spinal_adult_l1_step_1_h) $x3604) (not (>= (- spinal_adult_l1_step_1_h spinal_adult_l1_step_1_h) ?x3638)))))
 (let (($x3821 (not (or $x3641 $x3647 $x3653 $x3658 $x3664 $x3670 $x3676 $x3681 $x3687))))
 (=> holds_ITB-TITR-2 $x3821))))))))))))))))
(assert
 (let ((?x3794 (ite (<= spinal_adult_l1_step_1_h w_0) spinal_adult_l1_step_1_daily_dose_ug spinal_adult_l1_step_0_daily_dose_ug)))
(let ((?x3795 (ite (<= spinal_adult_l1_step_2_h w_0) spinal_adult_l1_step_2_daily_dose_ug ?x3794)))
(let ((?x3796 (ite (<= spinal_adult_l1_step_3_h w_0) spinal_adult_l1_step_3_daily_dose_ug ?x3795)))
(let (($x3787 (and (<= (- w_0 24.0) spinal_adult_l1_bolus_1_h) (< spinal_adult_l1_bolus_1_h w_0))))
(let (($x3782 (and (<= (- w_0 24.0) spinal_adult_l1_bolus_0_h) (< spinal_adult_l1_bolus_0_h w_0))))
(let ((?x3789 (+ (+ 0.0 (ite $x3782 spinal_adult_l1_bolus_0_dose_ug 0.0)) (ite $x3787 spinal_adult_l1_bolus_1_dose_ug 0.0))))
(let ((?x3517 (- spinal_adult_l1_end_h spinal_adult_l1_step_3_h)))
(let ((?x468 (/ spinal_adult_l1_step_3_daily_dose_ug 24.0)))
(let ((?x3013 (- spinal_adult_l1_step_3_h spinal_adult_l1_step_2_h)))
(let ((?x466 (/ spinal_adult_l1_step_2_daily_dose_ug 24.0)))
(let ((?x3133 (- spinal_adult_l1_step_2_h spinal_adult_l1_step_1_h)))
(let ((?x464 (/ spinal_adult_l1_step_1_daily_dose_ug 24.0)))
(let ((?x3478 (- spinal_adult_l1_step_1_h spinal_adult_l1_step_0_h)))
(let ((?x462 (/ spinal_adult_l1_step_0_daily_dose_ug 24.0)))
(let ((?x3694 (+ 0.0 (* ?x462 ?x3478))))
(let ((?x3696 (+ ?x3694 (* ?x464 ?x3133))))
(let ((?x3698 (+ ?x3696 (* ?x466 ?x3013))))
(let ((?x3700 (+ ?x3698 (* ?x468 ?x3517))))
(let ((?x3761 (ite (<= (- w_0 24.0) spinal_adult_l1_end_h) (+ ?x3698 (* ?x468 (- (- w_0 24.0) spinal_adult_l1_step_3_h))) ?x3700)))
(let ((?x3766 (ite (<= (- w_0 24.0) spinal_adult_l1_step_3_h) (+ ?x3696 (* ?x466 (- (- w_0 24.0) spinal_adult_l1_step_2_h))) ?x3761)))
(let ((?x3771 (ite (<= (- w_0 24.0) spinal_adult_l1_step_2_h) (+ ?x3694 (* ?x464 (- (- w_0 24.0) spinal_adult_l1_step_1_h))) ?x3766)))
(let ((?x3776 (ite (<= (- w_0 24.0) spinal_adult_l1_step_1_h) (+ 0.0 (* ?x462 (- (- w_0 24.0) spinal_adult_l1_step_0_h))) ?x3771)))
(let ((?x3726 (ite (<= w_0 spinal_adult_l1_end_h) (+ ?x3698 (* ?x468 (- w_0 spinal_adult_l1_step_3_h))) ?x3700)))
(let ((?x3731 (ite (<= w_0 spinal_adult_l1_step_3_h) (+ ?x3696 (* ?x466 (- w_0 spinal_adult_l1_step_2_h))) ?x3726)))
(let ((?x3736 (ite (<= w_0 spinal_adult_l1_step_2_h) (+ ?x3694 (* ?x464 (- w_0 spinal_adult_l1_step_1_h))) ?x3731)))
(let ((?x3741 (ite (<= w_0 spinal_adult_l1_step_1_h) (+ 0.0 (* ?x462 (- w_0 spinal_adult_l1_step_0_h))) ?x3736)))
(let ((?x3743 (ite (<= w_0 spinal_adult_l1_step_0_h) 0.0 ?x3741)))
(let ((?x3779 (- ?x3743 (ite (<= (- w_0 24.0) spinal_adult_l1_step_0_h) 0.0 ?x3776))))
(let ((?x3798 (ite (>= (- w_0 24.0) spinal_adult_l1_step_0_h) (+ ?x3779 ?x3789) (* 1.0 ?x3796))))
(let ((?x3621 (+ 1.0 (ite (<= 18.0 spinal_adult_l1_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let (($x3752 (and (<= w_0 spinal_adult_l1_bolus_1_h) (< spinal_adult_l1_bolus_1_h (+ w_0 24.0)))))
(let (($x3747 (and (<= w_0 spinal_adult_l1_bolus_0_h) (< spinal_adult_l1_bolus_0_h (+ w_0 24.0)))))
(let ((?x3754 (+ (+ 0.0 (ite $x3747 spinal_adult_l1_bolus_0_dose_ug 0.0)) (ite $x3752 spinal_adult_l1_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x3692 (<= ?x1800 spinal_adult_l1_end_h)))
(let ((?x3709 (ite (<= ?x1800 spinal_adult_l1_step_3_h) (+ ?x3696 (* ?x466 (- ?x1800 spinal_adult_l1_step_2_h))) (ite $x3692 (+ ?x3698 (* ?x468 (- ?x1800 spinal_adult_l1_step_3_h))) ?x3700))))
(let ((?x3714 (ite (<= ?x1800 spinal_adult_l1_step_2_h) (+ ?x3694 (* ?x464 (- ?x1800 spinal_adult_l1_step_1_h))) ?x3709)))
(let ((?x3719 (ite (<= ?x1800 spinal_adult_l1_step_1_h) (+ 0.0 (* ?x462 (- ?x1800 spinal_adult_l1_step_0_h))) ?x3714)))
(let ((?x3755 (+ (- (ite (<= ?x1800 spinal_adult_l1_step_0_h) 0.0 ?x3719) ?x3743) ?x3754)))
(let (($x3802 (and (<= spinal_adult_l1_step_0_h w_0) $x3692 (not (<= ?x3755 (* ?x3621 ?x3798))))))
(let (($x3822 (not (or $x3802))))
(=> holds_ITB-TITR-3 $x3822)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
