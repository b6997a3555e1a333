; itbverify 0.1.0: rule-set consistency, adult, spinal origin; 4 screening doses, 4 steps (emergency after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_adult_l3_age_years () Real)
(declare-fun spinal_adult_l3_months_since_injury () Real)
(declare-fun spinal_adult_l3_reservoir_ml () Real)
(declare-fun spinal_adult_l3_alarm_ml () Real)
(declare-fun spinal_adult_l3_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_0_h () Real)
(declare-fun spinal_adult_l3_screening_0_dose_ug () Real)
(declare-fun spinal_adult_l3_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_0_duration_min () Real)
(declare-fun spinal_adult_l3_screening_0_response () Int)
(declare-fun spinal_adult_l3_screening_0_effect_h () Real)
(declare-fun spinal_adult_l3_screening_1_h () Real)
(declare-fun spinal_adult_l3_screening_1_dose_ug () Real)
(declare-fun spinal_adult_l3_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_1_duration_min () Real)
(declare-fun spinal_adult_l3_screening_1_response () Int)
(declare-fun spinal_adult_l3_screening_1_effect_h () Real)
(declare-fun spinal_adult_l3_screening_2_h () Real)
(declare-fun spinal_adult_l3_screening_2_dose_ug () Real)
(declare-fun spinal_adult_l3_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_2_duration_min () Real)
(declare-fun spinal_adult_l3_screening_2_response () Int)
(declare-fun spinal_adult_l3_screening_2_effect_h () Real)
(declare-fun spinal_adult_l3_screening_3_h () Real)
(declare-fun spinal_adult_l3_screening_3_dose_ug () Real)
(declare-fun spinal_adult_l3_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_3_duration_min () Real)
(declare-fun spinal_adult_l3_screening_3_response () Int)
(declare-fun spinal_adult_l3_screening_3_effect_h () Real)
(declare-fun spinal_adult_l3_step_0_h () Real)
(declare-fun spinal_adult_l3_step_0_daily_dose_ug () Real)
(declare-fun spinal_adult_l3_step_0_rate_ml_day () Real)
(declare-fun spinal_adult_l3_step_1_h () Real)
(declare-fun spinal_adult_l3_step_1_daily_dose_ug () Real)
(declare-fun spinal_adult_l3_step_1_rate_ml_day () Real)
(declare-fun spinal_adult_l3_step_2_h () Real)
(declare-fun spinal_adult_l3_step_2_daily_dose_ug () Real)
(declare-fun spinal_adult_l3_step_2_rate_ml_day () Real)
(declare-fun spinal_adult_l3_step_3_h () Real)
(declare-fun spinal_adult_l3_step_3_daily_dose_ug () Real)
(declare-fun spinal_adult_l3_step_3_rate_ml_day () Real)
(declare-fun spinal_adult_l3_end_h () Real)
(declare-fun spinal_adult_l3_refill_0_h () Real)
(declare-fun spinal_adult_l3_refill_0_volume_ml () Real)
(declare-fun spinal_adult_l3_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_refill_0_diluent () Int)
(declare-fun spinal_adult_l3_refill_1_h () Real)
(declare-fun spinal_adult_l3_refill_1_volume_ml () Real)
(declare-fun spinal_adult_l3_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_refill_1_diluent () Int)
(declare-fun spinal_adult_l3_bolus_0_h () Real)
(declare-fun spinal_adult_l3_bolus_0_dose_ug () Real)
(declare-fun spinal_adult_l3_bolus_0_via () Int)
(declare-fun spinal_adult_l3_bolus_1_h () Real)
(declare-fun spinal_adult_l3_bolus_1_dose_ug () Real)
(declare-fun spinal_adult_l3_bolus_1_via () Int)
(declare-fun spinal_adult_l3_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_adult_l3_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_adult_l3_bolus_1_emergency () Bool)
(declare-fun spinal_adult_l3_bolus_0_emergency () Bool)
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
(declare-fun spinal_adult_l3_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= spinal_adult_l3_age_years 0.0))
(assert
 (<= spinal_adult_l3_age_years 120.0))
(assert
 (>= spinal_adult_l3_age_years 18.0))
(assert
 (>= spinal_adult_l3_months_since_injury 0.0))
(assert
 (<= spinal_adult_l3_months_since_injury 100000.0))
(assert
 (>= spinal_adult_l3_reservoir_ml 0.0))
(assert
 (<= spinal_adult_l3_reservoir_ml 100000.0))
(assert
 (>= spinal_adult_l3_alarm_ml 0.0))
(assert
 (<= spinal_adult_l3_alarm_ml 100000.0))
(assert
 (>= spinal_adult_l3_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_h 0.0))
(assert
 (<= spinal_adult_l3_screening_0_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_h 0.0))
(assert
 (>= spinal_adult_l3_screening_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_duration_min 0.0))
(assert
 (<= spinal_adult_l3_screening_0_duration_min 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_response 0))
(assert
 (< spinal_adult_l3_screening_0_response 2))
(assert
 (>= spinal_adult_l3_screening_0_effect_h 0.0))
(assert
 (<= spinal_adult_l3_screening_0_effect_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_h 0.0))
(assert
 (<= spinal_adult_l3_screening_1_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_h spinal_adult_l3_screening_0_h))
(assert
 (>= spinal_adult_l3_screening_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_duration_min 0.0))
(assert
 (<= spinal_adult_l3_screening_1_duration_min 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_response 0))
(assert
 (< spinal_adult_l3_screening_1_response 2))
(assert
 (>= spinal_adult_l3_screening_1_effect_h 0.0))
(assert
 (<= spinal_adult_l3_screening_1_effect_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_h 0.0))
(assert
 (<= spinal_adult_l3_screening_2_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_h spinal_adult_l3_screening_1_h))
(assert
 (>= spinal_adult_l3_screening_2_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_duration_min 0.0))
(assert
 (<= spinal_adult_l3_screening_2_duration_min 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_response 0))
(assert
 (< spinal_adult_l3_screening_2_response 2))
(assert
 (>= spinal_adult_l3_screening_2_effect_h 0.0))
(assert
 (<= spinal_adult_l3_screening_2_effect_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_h 0.0))
(assert
 (<= spinal_adult_l3_screening_3_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_h spinal_adult_l3_screening_2_h))
(assert
 (>= spinal_adult_l3_screening_3_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_duration_min 0.0))
(assert
 (<= spinal_adult_l3_screening_3_duration_min 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_response 0))
(assert
 (< spinal_adult_l3_screening_3_response 2))
(assert
 (>= spinal_adult_l3_screening_3_effect_h 0.0))
(assert
 (<= spinal_adult_l3_screening_3_effect_h 100000.0))
(assert
 (>= spinal_adult_l3_step_0_h 0.0))
(assert
 (<= spinal_adult_l3_step_0_h 100000.0))
(assert
 (>= spinal_adult_l3_step_0_h spinal_adult_l3_screening_3_h))
(assert
 (>= spinal_adult_l3_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l3_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l3_step_1_h 0.0))
(assert
 (<= spinal_adult_l3_step_1_h 100000.0))
(assert
 (> spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h))
(assert
 (>= spinal_adult_l3_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l3_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l3_step_2_h 0.0))
(assert
 (<= spinal_adult_l3_step_2_h 100000.0))
(assert
 (> spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h))
(assert
 (>= spinal_adult_l3_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l3_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l3_step_3_h 0.0))
(assert
 (<= spinal_adult_l3_step_3_h 100000.0))
(assert
 (> spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h))
(assert
 (>= spinal_adult_l3_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l3_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_adult_l3_end_h 100000.0))
(assert
 (>= spinal_adult_l3_end_h spinal_adult_l3_step_3_h))
(assert
 (<= spinal_adult_l3_refill_0_h 100000.0))
(assert
 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_end_h))
(assert
 (>= spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h))
(assert
 (>= spinal_adult_l3_refill_0_volume_ml 0.0))
(assert
 (<= spinal_adult_l3_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_adult_l3_refill_0_volume_ml spinal_adult_l3_reservoir_ml))
(assert
 (>= spinal_adult_l3_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_refill_0_diluent 0))
(assert
 (< spinal_adult_l3_refill_0_diluent 3))
(assert
 (<= spinal_adult_l3_refill_1_h 100000.0))
(assert
 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_end_h))
(assert
 (>= spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h))
(assert
 (> spinal_adult_l3_refill_1_h spinal_adult_l3_refill_0_h))
(assert
 (>= spinal_adult_l3_refill_1_volume_ml 0.0))
(assert
 (<= spinal_adult_l3_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_adult_l3_refill_1_volume_ml spinal_adult_l3_reservoir_ml))
(assert
 (>= spinal_adult_l3_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_refill_1_diluent 0))
(assert
 (< spinal_adult_l3_refill_1_diluent 3))
(assert
 (= spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h))
(assert
 (<= spinal_adult_l3_bolus_0_h 100000.0))
(assert
 (>= spinal_adult_l3_bolus_0_h spinal_adult_l3_step_0_h))
(assert
 (<= spinal_adult_l3_bolus_0_h spinal_adult_l3_end_h))
(assert
 (>= spinal_adult_l3_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_bolus_0_via 0))
(assert
 (< spinal_adult_l3_bolus_0_via 2))
(assert
 (<= spinal_adult_l3_bolus_1_h 100000.0))
(assert
 (>= spinal_adult_l3_bolus_1_h spinal_adult_l3_step_0_h))
(assert
 (<= spinal_adult_l3_bolus_1_h spinal_adult_l3_end_h))
(assert
 (>= spinal_adult_l3_bolus_1_h spinal_adult_l3_bolus_0_h))
(assert
 (>= spinal_adult_l3_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_bolus_1_via 0))
(assert
 (< spinal_adult_l3_bolus_1_via 2))
(assert
 (>= spinal_adult_l3_route 0))
(assert
 (< spinal_adult_l3_route 2))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-STOP-1 $x1)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-STOP-2 $x1)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 spinal_adult_l3_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 spinal_adult_l3_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or spinal_adult_l3_infection))))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-1 $x1)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-2 $x1)))
(assert
 (let ((?x2 (* spinal_adult_l3_step_3_rate_ml_day spinal_adult_l3_concentration_ug_ml)))
 (let ((?x3 (- ?x2 spinal_adult_l3_step_3_daily_dose_ug)))
 (let (($x4 (<= (* (- (/ 1.0 100.0)) spinal_adult_l3_step_3_daily_dose_ug) ?x3)))
 (let (($x5 (and $x4 (<= ?x3 (* (/ 1.0 100.0) spinal_adult_l3_step_3_daily_dose_ug)))))
 (let ((?x6 (* spinal_adult_l3_step_2_rate_ml_day spinal_adult_l3_concentration_ug_ml)))
 (let ((?x7 (- ?x6 spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x8 (<= (* (- (/ 1.0 100.0)) spinal_adult_l3_step_2_daily_dose_ug) ?x7)))
 (let (($x9 (and $x8 (<= ?x7 (* (/ 1.0 100.0) spinal_adult_l3_step_2_daily_dose_ug)))))
 (let ((?x10 (* spinal_adult_l3_step_1_rate_ml_day spinal_adult_l3_concentration_ug_ml)))
 (let ((?x11 (- ?x10 spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x12 (<= (* (- (/ 1.0 100.0)) spinal_adult_l3_step_1_daily_dose_ug) ?x11)))
 (let (($x13 (and $x12 (<= ?x11 (* (/ 1.0 100.0) spinal_adult_l3_step_1_daily_dose_ug)))))
 (let ((?x14 (* spinal_adult_l3_step_0_rate_ml_day spinal_adult_l3_concentration_ug_ml)))
 (let ((?x15 (- ?x14 spinal_adult_l3_step_0_daily_dose_ug)))
 (let (($x16 (<= (* (- (/ 1.0 100.0)) spinal_adult_l3_step_0_daily_dose_ug) ?x15)))
 (let (($x17 (and $x16 (<= ?x15 (* (/ 1.0 100.0) spinal_adult_l3_step_0_daily_dose_ug)))))
 (let (($x18 (= spinal_adult_l3_concentration_ug_ml spinal_adult_l3_refill_1_concentration_ug_ml)))
 (let (($x19 (not $x18)))
 (let (($x20 (= spinal_adult_l3_concentration_ug_ml spinal_adult_l3_refill_0_concentration_ug_ml)))
 (let (($x21 (not $x20)))
 (let (($x22 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_3_h)))
 (let (($x23 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_3_h)))
 (let (($x24 (and (ite $x23 true (ite $x22 true false)) (not (ite $x23 $x18 (ite $x22 $x20 false))))))
 (let (($x25 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_2_h)))
 (let (($x26 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_2_h)))
 (let (($x27 (and (ite $x26 true (ite $x25 true false)) (not (ite $x26 $x18 (ite $x25 $x20 false))))))
 (let (($x28 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_1_h)))
 (let (($x29 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_1_h)))
 (let (($x30 (and (ite $x29 true (ite $x28 true false)) (not (ite $x29 $x18 (ite $x28 $x20 false))))))
 (let (($x31 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h)))
 (let (($x32 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h)))
 (let (($x33 (and (ite $x32 true (ite $x31 true false)) (not (ite $x32 $x18 (ite $x31 $x20 false))))))
 (let (($x34 (or $x33 $x30 $x27 $x24 $x21 $x19 (not $x17) (not $x13) (not $x9) (not $x5))))
 (=> holds_ITB-PUMP-3 (not $x34))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x35 (- spinal_adult_l3_end_h spinal_adult_l3_step_3_h)))
 (let ((?x36 (/ spinal_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x37 (/ ?x36 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x38 (- spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h)))
 (let ((?x39 (/ spinal_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x40 (/ ?x39 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x41 (- spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h)))
 (let ((?x42 (/ spinal_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x44 (- spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h)))
 (let ((?x45 (/ spinal_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x46 (/ ?x45 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x47 (+ 0.0 (* ?x46 ?x44))))
 (let ((?x48 (+ ?x47 (* ?x43 ?x41))))
 (let ((?x49 (+ ?x48 (* ?x40 ?x38))))
 (let ((?x50 (+ ?x49 (* ?x37 ?x35))))
 (let ((?x51 (+ ?x49 (* ?x37 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_3_h)))))
 (let ((?x52 (+ ?x48 (* ?x40 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_2_h)))))
 (let ((?x53 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_3_h) ?x52 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_end_h) ?x51 ?x50))))
 (let ((?x54 (+ ?x47 (* ?x43 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_1_h)))))
 (let ((?x55 (+ 0.0 (* ?x46 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_0_h)))))
 (let ((?x56 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_1_h) ?x55 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_2_h) ?x54 ?x53))))
 (let ((?x57 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_0_h) 0.0 ?x56)))
 (let (($x58 (<= t_0 spinal_adult_l3_end_h)))
 (let ((?x59 (ite (<= t_0 spinal_adult_l3_step_3_h) (+ ?x48 (* ?x40 (- t_0 spinal_adult_l3_step_2_h))) (ite $x58 (+ ?x49 (* ?x37 (- t_0 spinal_adult_l3_step_3_h))) ?x50))))
 (let ((?x60 (ite (<= t_0 spinal_adult_l3_step_2_h) (+ ?x47 (* ?x43 (- t_0 spinal_adult_l3_step_1_h))) ?x59)))
 (let ((?x61 (ite (<= t_0 spinal_adult_l3_step_1_h) (+ 0.0 (* ?x46 (- t_0 spinal_adult_l3_step_0_h))) ?x60)))
 (let ((?x62 (ite (<= t_0 spinal_adult_l3_step_0_h) 0.0 ?x61)))
 (let ((?x63 (+ ?x49 (* ?x37 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_3_h)))))
 (let (($x64 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_end_h)))
 (let ((?x65 (+ ?x48 (* ?x40 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_2_h)))))
 (let (($x22 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_3_h)))
 (let ((?x66 (+ ?x47 (* ?x43 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_1_h)))))
 (let (($x25 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_2_h)))
 (let ((?x67 (+ 0.0 (* ?x46 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h)))))
 (let (($x28 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_1_h)))
 (let (($x31 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h)))
 (let ((?x68 (ite $x31 0.0 (ite $x28 ?x67 (ite $x25 ?x66 (ite $x22 ?x65 (ite $x64 ?x63 ?x50)))))))
 (let ((?x69 (ite (< spinal_adult_l3_refill_0_h t_0) (- spinal_adult_l3_refill_0_volume_ml (+ (- ?x62 ?x68) 0.0)) (- 0.0 (+ (- ?x62 ?x57) 0.0)))))
 (let ((?x70 (+ ?x49 (* ?x37 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_3_h)))))
 (let (($x71 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_end_h)))
 (let ((?x72 (+ ?x48 (* ?x40 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_2_h)))))
 (let (($x23 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_3_h)))
 (let ((?x73 (+ ?x47 (* ?x43 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_1_h)))))
 (let (($x26 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_2_h)))
 (let ((?x74 (+ 0.0 (* ?x46 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h)))))
 (let (($x29 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_1_h)))
 (let (($x32 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h)))
 (let ((?x75 (ite $x32 0.0 (ite $x29 ?x74 (ite $x26 ?x73 (ite $x23 ?x72 (ite $x71 ?x70 ?x50)))))))
 (let ((?x76 (ite (< spinal_adult_l3_refill_1_h t_0) (- spinal_adult_l3_refill_1_volume_ml (+ (- ?x62 ?x75) 0.0)) ?x69)))
 (let ((?x77 (ite (<= 0.0 spinal_adult_l3_step_0_h) spinal_adult_l3_step_0_h 0.0)))
 (let (($x78 (or (and (< ?x77 t_0) $x58 (not (> ?x76 spinal_adult_l3_alarm_ml))))))
 (=> holds_ITB-PUMP-4 (not $x78)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x79 (not (>= 1848.0 (- spinal_adult_l3_refill_1_h spinal_adult_l3_refill_0_h)))))
 (let (($x80 (or $x79 (not (>= 1848.0 (- spinal_adult_l3_end_h spinal_adult_l3_refill_1_h))))))
 (=> holds_ITB-PUMP-5 (not $x80)))))
(assert
 (let (($x81 (not spinal_adult_l3_bolus_1_emergency)))
 (let (($x82 (not spinal_adult_l3_bolus_0_emergency)))
 (let (($x83 (or (and (ite (= spinal_adult_l3_bolus_0_via 0) false true) $x82) (and (ite (= spinal_adult_l3_bolus_1_via 0) false true) $x81))))
 (=> holds_ITB-PUMP-6 (not $x83))))))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_adult_l3_route 0) true false))))))
(assert
 (let (($x84 (and (< 0.0 spinal_adult_l3_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_3_concentration_ug_ml))))
 (let (($x85 (and (< 0.0 spinal_adult_l3_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_2_concentration_ug_ml))))
 (let (($x86 (and (< 0.0 spinal_adult_l3_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_1_concentration_ug_ml))))
 (let (($x87 (and (< 0.0 spinal_adult_l3_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_0_concentration_ug_ml))))
 (let (($x88 (and (< 0.0 spinal_adult_l3_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_concentration_ug_ml))))
 (let (($x89 (not $x88)))
 (let (($x90 (and (< 0.0 spinal_adult_l3_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x91 (and (< 0.0 spinal_adult_l3_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x92 (or (= 50.0 spinal_adult_l3_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l3_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x93 (= spinal_adult_l3_refill_1_diluent 0)))
 (let (($x94 (ite $x93 true (ite (= spinal_adult_l3_refill_1_diluent 1) false false))))
 (let (($x95 (or (= 50.0 spinal_adult_l3_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l3_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x96 (= spinal_adult_l3_refill_0_diluent 0)))
 (let (($x97 (ite $x96 true (ite (= spinal_adult_l3_refill_0_diluent 1) false false))))
 (let (($x98 (ite $x93 false (ite (= spinal_adult_l3_refill_1_diluent 1) true false))))
 (let (($x99 (ite $x96 false (ite (= spinal_adult_l3_refill_0_diluent 1) true false))))
 (let (($x100 (or (not (or $x97 $x99)) (not (or $x94 $x98)) (and $x97 (not $x95)) (and $x94 (not $x92)) (not $x91) (not $x90) $x89 $x89 $x89 $x89 (not $x87) (not $x86) (not $x85) (not $x84))))
 (=> holds_ITB-CONC-1 (not $x100))))))))))))))))))))
(assert
 (let (($x101 (or (not (= 50.0 spinal_adult_l3_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l3_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l3_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l3_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x101))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 spinal_adult_l3_screening_0_dose_ug))))))
(assert
 (let (($x102 (or (not (<= 1.0 spinal_adult_l3_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l3_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l3_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l3_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x102))))
(assert
 (let (($x103 (<= 24.0 (- spinal_adult_l3_screening_3_h spinal_adult_l3_screening_2_h))))
 (let (($x104 (= spinal_adult_l3_screening_2_response 0)))
 (let (($x105 (ite $x104 true false)))
 (let (($x106 (<= 24.0 (- spinal_adult_l3_screening_2_h spinal_adult_l3_screening_1_h))))
 (let (($x107 (= spinal_adult_l3_screening_1_response 0)))
 (let (($x108 (ite $x107 true false)))
 (let (($x109 (<= 24.0 (- spinal_adult_l3_screening_1_h spinal_adult_l3_screening_0_h))))
 (let (($x110 (= spinal_adult_l3_screening_0_response 0)))
 (let (($x111 (ite $x110 true false)))
 (let (($x112 (<= spinal_adult_l3_screening_3_dose_ug (+ spinal_adult_l3_screening_2_dose_ug 25.0))))
 (let (($x113 (<= spinal_adult_l3_screening_2_dose_ug (+ spinal_adult_l3_screening_1_dose_ug 25.0))))
 (let (($x114 (<= spinal_adult_l3_screening_1_dose_ug (+ spinal_adult_l3_screening_0_dose_ug 25.0))))
 (let (($x115 (or (not $x111) (not $x108) (not $x105) (and $x111 (not $x114)) (and $x108 (not $x113)) (and $x105 (not $x112)) (and $x111 (not $x109)) (and $x108 (not $x106)) (and $x105 (not $x103)))))
 (=> holds_ITB-SCR-4 (not $x115))))))))))))))))
(assert
 (let (($x116 (or (not (>= 100.0 spinal_adult_l3_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l3_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l3_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l3_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x116))))
(assert
 (let (($x117 (= spinal_adult_l3_screening_3_response 0)))
 (let (($x118 (ite $x117 false true)))
 (let (($x104 (= spinal_adult_l3_screening_2_response 0)))
 (let (($x119 (ite $x104 false true)))
 (let (($x107 (= spinal_adult_l3_screening_1_response 0)))
 (let (($x120 (ite $x107 false true)))
 (let (($x110 (= spinal_adult_l3_screening_0_response 0)))
 (let (($x121 (ite $x110 false true)))
 (let (($x122 (or (and $x121 (<= spinal_adult_l3_screening_0_h spinal_adult_l3_step_0_h)) (and $x120 (<= spinal_adult_l3_screening_1_h spinal_adult_l3_step_0_h)) (and $x119 (<= spinal_adult_l3_screening_2_h spinal_adult_l3_step_0_h)) (and $x118 (<= spinal_adult_l3_screening_3_h spinal_adult_l3_step_0_h)))))
 (=> holds_ITB-SCR-6 (not (or (not $x122))))))))))))))
(assert
 (let ((?x123 (* 2.0 spinal_adult_l3_screening_3_dose_ug)))
 (let ((?x124 (ite (>= 12.0 spinal_adult_l3_screening_3_effect_h) ?x123 spinal_adult_l3_screening_3_dose_ug)))
 (let (($x117 (= spinal_adult_l3_screening_3_response 0)))
 (let (($x118 (ite $x117 false true)))
 (let ((?x125 (* 2.0 spinal_adult_l3_screening_2_dose_ug)))
 (let ((?x126 (ite (>= 12.0 spinal_adult_l3_screening_2_effect_h) ?x125 spinal_adult_l3_screening_2_dose_ug)))
 (let (($x104 (= spinal_adult_l3_screening_2_response 0)))
 (let (($x119 (ite $x104 false true)))
 (let ((?x127 (* 2.0 spinal_adult_l3_screening_1_dose_ug)))
 (let ((?x128 (ite (>= 12.0 spinal_adult_l3_screening_1_effect_h) ?x127 spinal_adult_l3_screening_1_dose_ug)))
 (let (($x107 (= spinal_adult_l3_screening_1_response 0)))
 (let (($x120 (ite $x107 false true)))
 (let ((?x129 (* 2.0 spinal_adult_l3_screening_0_dose_ug)))
 (let ((?x130 (ite (>= 12.0 spinal_adult_l3_screening_0_effect_h) ?x129 spinal_adult_l3_screening_0_dose_ug)))
 (let (($x110 (= spinal_adult_l3_screening_0_response 0)))
 (let (($x121 (ite $x110 false true)))
 (let (($x131 (or (and $x121 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x130))) (and $x120 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x128))) (and $x119 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x126))) (and $x118 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x124))))))
 (=> holds_ITB-INIT-1 (not $x131))))))))))))))))))))
(assert
 (let (($x132 (not (<= 24.0 (- spinal_adult_l3_step_3_h spinal_adult_l3_step_0_h)))))
 (let (($x133 (> spinal_adult_l3_step_3_daily_dose_ug spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x134 (not (<= 24.0 (- spinal_adult_l3_step_2_h spinal_adult_l3_step_0_h)))))
 (let (($x135 (> spinal_adult_l3_step_2_daily_dose_ug spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x136 (not (<= 24.0 (- spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h)))))
 (let (($x137 (> spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x137 $x136) (and $x135 $x134) (and $x133 $x132)))))))))))
(assert
 (let (($x138 (<= spinal_adult_l3_step_3_daily_dose_ug spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x139 (not $x138)))
 (let (($x140 (<= spinal_adult_l3_step_2_daily_dose_ug spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x141 (not $x140)))
 (let (($x142 (<= spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (let (($x143 (not $x142)))
 (=> holds_ITB-TITR-1 (not (or $x143 $x141 $x139))))))))))
(assert
 (let ((?x144 (ite spinal_adult_l3_programmable 24.0 48.0)))
 (let (($x133 (> spinal_adult_l3_step_3_daily_dose_ug spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x145 (and $x133 (and (< spinal_adult_l3_step_3_h spinal_adult_l3_step_3_h) $x133) (not (>= (- spinal_adult_l3_step_3_h spinal_adult_l3_step_3_h) ?x144)))))
 (let (($x135 (> spinal_adult_l3_step_2_daily_dose_ug spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x146 (and $x133 (and (< spinal_adult_l3_step_2_h spinal_adult_l3_step_3_h) $x135) (not (>= (- spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h) ?x144)))))
 (let (($x137 (> spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (let (($x147 (and $x133 (and (< spinal_adult_l3_step_1_h spinal_adult_l3_step_3_h) $x137) (not (>= (- spinal_adult_l3_step_3_h spinal_adult_l3_step_1_h) ?x144)))))
 (let (($x148 (and $x135 (and (< spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h) $x133) (not (>= (- spinal_adult_l3_step_2_h spinal_adult_l3_step_3_h) ?x144)))))
 (let (($x149 (and $x135 (and (< spinal_adult_l3_step_2_h spinal_adult_l3_step_2_h) $x135) (not (>= (- spinal_adult_l3_step_2_h spinal_adult_l3_step_2_h) ?x144)))))
 (let (($x150 (and $x135 (and (< spinal_adult_l3_step_1_h spinal_adult_l3_step_2_h) $x137) (not (>= (- spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h) ?x144)))))
 (let (($x151 (and $x137 (and (< spinal_adult_l3_step_3_h spinal_adult_l3_step_1_h) $x133) (not (>= (- spinal_adult_l3_step_1_h spinal_adult_l3_step_3_h) ?x144)))))
 (let (($x152 (and $x137 (and (< spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h) $x135) (not (>= (- spinal_adult_l3_step_1_h spinal_adult_l3_step_2_h) ?x144)))))
 (let (($x153 (and $x137 (and (< spinal_adult_l3_step_1_h spinal_adult_l3_step_1_h) $x137) (not (>= (- spinal_adult_l3_step_1_h spinal_adult_l3_step_1_h) ?x144)))))
 (=> holds_ITB-TITR-2 (not (or $x153 $x152 $x151 $x150 $x149 $x148 $x147 $x146 $x145)))))))))))))))))
(assert
 (let ((?x154 (ite (<= spinal_adult_l3_step_1_h w_0) spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (let ((?x155 (ite (<= spinal_adult_l3_step_2_h w_0) spinal_adult_l3_step_2_daily_dose_ug ?x154)))
 (let ((?x156 (ite (<= spinal_adult_l3_step_3_h w_0) spinal_adult_l3_step_3_daily_dose_ug ?x155)))
 (let (($x157 (and (<= (- w_0 24.0) spinal_adult_l3_bolus_1_h) (< spinal_adult_l3_bolus_1_h w_0))))
 (let (($x158 (and (<= (- w_0 24.0) spinal_adult_l3_bolus_0_h) (< spinal_adult_l3_bolus_0_h w_0))))
 (let ((?x159 (+ (+ 0.0 (ite $x158 spinal_adult_l3_bolus_0_dose_ug 0.0)) (ite $x157 spinal_adult_l3_bolus_1_dose_ug 0.0))))
 (let ((?x35 (- spinal_adult_l3_end_h spinal_adult_l3_step_3_h)))
 (let ((?x36 (/ spinal_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x38 (- spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h)))
 (let ((?x39 (/ spinal_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x41 (- spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h)))
 (let ((?x42 (/ spinal_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x44 (- spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h)))
 (let ((?x45 (/ spinal_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x160 (+ 0.0 (* ?x45 ?x44))))
 (let ((?x161 (+ ?x160 (* ?x42 ?x41))))
 (let ((?x162 (+ ?x161 (* ?x39 ?x38))))
 (let ((?x163 (+ ?x162 (* ?x36 ?x35))))
 (let ((?x164 (ite (<= (- w_0 24.0) spinal_adult_l3_end_h) (+ ?x162 (* ?x36 (- (- w_0 24.0) spinal_adult_l3_step_3_h))) ?x163)))
 (let ((?x165 (ite (<= (- w_0 24.0) spinal_adult_l3_step_3_h) (+ ?x161 (* ?x39 (- (- w_0 24.0) spinal_adult_l3_step_2_h))) ?x164)))
 (let ((?x166 (ite (<= (- w_0 24.0) spinal_adult_l3_step_2_h) (+ ?x160 (* ?x42 (- (- w_0 24.0) spinal_adult_l3_step_1_h))) ?x165)))
 (let ((?x167 (ite (<= (- w_0 24.0) spinal_adult_l3_step_1_h) (+ 0.0 (* ?x45 (- (- w_0 24.0) spinal_adult_l3_step_0_h))) ?x166)))
 (let ((?x168 (ite (<= w_0 spinal_adult_l3_end_h) (+ ?x162 (* ?x36 (- w_0 spinal_adult_l3_step_3_h))) ?x163)))
 (let ((?x169 (ite (<= w_0 spinal_adult_l3_step_3_h) (+ ?x161 (* ?x39 (- w_0 spinal_adult_l3_step_2_h))) ?x168)))
 (let ((?x170 (ite (<= w_0 spinal_adult_l3_step_2_h) (+ ?x160 (* ?x42 (- w_0 spinal_adult_l3_step_1_h))) ?x169)))
 (let ((?x171 (ite (<= w_0 spinal_adult_l3_step_1_h) (+ 0.0 (* ?x45 (- w_0 spinal_adult_l3_step_0_h))) ?x170)))
 (let ((?x172 (ite (<= w_0 spinal_adult_l3_step_0_h) 0.0 ?x171)))
 (let ((?x173 (- ?x172 (ite (<= (- w_0 24.0) spinal_adult_l3_step_0_h) 0.0 ?x167))))
 (let ((?x174 (ite (>= (- w_0 24.0) spinal_adult_l3_step_0_h) (+ ?x173 ?x159) (* 1.0 ?x156))))
 (let ((?x175 (ite (<= 18.0 spinal_adult_l3_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let (($x176 (<= w_0 spinal_adult_l3_bolus_1_h)))
 (let ((?x177 (ite (and $x176 (< spinal_adult_l3_bolus_1_h (+ w_0 24.0))) spinal_adult_l3_bolus_1_dose_ug 0.0)))
 (let (($x178 (<= w_0 spinal_adult_l3_bolus_0_h)))
 (let ((?x179 (ite (and $x178 (< spinal_adult_l3_bolus_0_h (+ w_0 24.0))) spinal_adult_l3_bolus_0_dose_ug 0.0)))
 (let ((?x180 (+ w_0 24.0)))
 (let (($x181 (<= ?x180 spinal_adult_l3_end_h)))
 (let ((?x182 (ite (<= ?x180 spinal_adult_l3_step_3_h) (+ ?x161 (* ?x39 (- ?x180 spinal_adult_l3_step_2_h))) (ite $x181 (+ ?x162 (* ?x36 (- ?x180 spinal_adult_l3_step_3_h))) ?x163))))
 (let ((?x183 (ite (<= ?x180 spinal_adult_l3_step_2_h) (+ ?x160 (* ?x42 (- ?x180 spinal_adult_l3_step_1_h))) ?x182)))
 (let ((?x184 (ite (<= ?x180 spinal_adult_l3_step_1_h) (+ 0.0 (* ?x45 (- ?x180 spinal_adult_l3_step_0_h))) ?x183)))
 (let ((?x185 (+ (- (ite (<= ?x180 spinal_adult_l3_step_0_h) 0.0 ?x184) ?x172) (+ (+ 0.0 ?x179) ?x177))))
 (let (($x186 (and (<= spinal_adult_l3_step_0_h w_0) $x181 (not (<= ?x185 (* (+ 1.0 ?x175) ?x174))))))
 (=> holds_ITB-TITR-3 (not (or $x186)))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x187 (ite (<= spinal_adult_l3_step_1_h spinal_adult_l3_bolus_1_h) spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
(let ((?x188 (ite (<= spinal_adult_l3_step_2_h spinal_adult_l3_bolus_1_h) spinal_adult_l3_step_2_daily_dose_ug ?x187)))
(let ((?x189 (ite (<= spinal_adult_l3_step_3_h spinal_adult_l3_bolus_1_h) spinal_adult_l3_step_3_daily_dose_ug ?x188)))
(let ((?x190 (ite (< spinal_adult_l3_bolus_1_h spinal_adult_l3_step_0_h) 0.0 ?x189)))
(let (($x191 (not (<= spinal_adult_l3_bolus_1_dose_ug (ite (>= 100.0 ?x190) 100.0 ?x190)))))
(let ((?x192 (ite (<= spinal_adult_l3_step_1_h spinal_adult_l3_bolus_0_h) spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
(let ((?x193 (ite (<= spinal_adult_l3_step_2_h spinal_adult_l3_bolus_0_h) spinal_adult_l3_step_2_daily_dose_ug ?x192)))
(let ((?x194 (ite (<= spinal_adult_l3_step_3_h spinal_adult_l3_bolus_0_h) spinal_adult_l3_step_3_daily_dose_ug ?x193)))
(let ((?x195 (ite (< spinal_adult_l3_bolus_0_h spinal_adult_l3_step_0_h) 0.0 ?x194)))
(let (($x196 (not (<= spinal_adult_l3_bolus_0_dose_ug (ite (>= 100.0 ?x195) 100.0 ?x195)))))
(=> holds_ITB-DOSE-3 (not (or $x196 $x191))))))))))))))
(check-sat)
