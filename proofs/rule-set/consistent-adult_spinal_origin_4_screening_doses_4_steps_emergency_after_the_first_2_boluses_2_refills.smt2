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
 (let ((?x35 (/ spinal_adult_l3_bolus_1_dose_ug spinal_adult_l3_concentration_ug_ml)))
 (let (($x36 (= spinal_adult_l3_bolus_1_h spinal_adult_l3_end_h)))
 (let ((?x37 (ite (and (ite (= spinal_adult_l3_bolus_1_via 0) true false) $x36) ?x35 0.0)))
 (let ((?x38 (/ spinal_adult_l3_bolus_0_dose_ug spinal_adult_l3_concentration_ug_ml)))
 (let (($x39 (= spinal_adult_l3_bolus_0_h spinal_adult_l3_end_h)))
 (let ((?x40 (ite (and (ite (= spinal_adult_l3_bolus_0_via 0) true false) $x39) ?x38 0.0)))
 (let ((?x41 (- spinal_adult_l3_end_h spinal_adult_l3_step_3_h)))
 (let ((?x42 (/ spinal_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x44 (- spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h)))
 (let ((?x45 (/ spinal_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x46 (/ ?x45 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x47 (- spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h)))
 (let ((?x48 (/ spinal_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x49 (/ ?x48 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x50 (- spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h)))
 (let ((?x51 (/ spinal_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x52 (/ ?x51 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x53 (+ 0.0 (* ?x52 ?x50))))
 (let ((?x54 (+ ?x53 (* ?x49 ?x47))))
 (let ((?x55 (+ ?x54 (* ?x46 ?x44))))
 (let ((?x56 (+ ?x55 (* ?x43 ?x41))))
 (let ((?x57 (+ ?x55 (* ?x43 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_3_h)))))
 (let ((?x58 (+ ?x54 (* ?x46 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_2_h)))))
 (let ((?x59 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_3_h) ?x58 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_end_h) ?x57 ?x56))))
 (let ((?x60 (+ ?x53 (* ?x49 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_1_h)))))
 (let ((?x61 (+ 0.0 (* ?x52 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_0_h)))))
 (let ((?x62 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_1_h) ?x61 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_2_h) ?x60 ?x59))))
 (let ((?x63 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_0_h) 0.0 ?x62)))
 (let ((?x64 (ite (<= spinal_adult_l3_end_h spinal_adult_l3_step_3_h) (+ ?x54 (* ?x46 (- spinal_adult_l3_end_h spinal_adult_l3_step_2_h))) (ite (<= spinal_adult_l3_end_h spinal_adult_l3_end_h) ?x56 ?x56))))
 (let ((?x65 (ite (<= spinal_adult_l3_end_h spinal_adult_l3_step_2_h) (+ ?x53 (* ?x49 (- spinal_adult_l3_end_h spinal_adult_l3_step_1_h))) ?x64)))
 (let ((?x66 (+ 0.0 (* ?x52 (- spinal_adult_l3_end_h spinal_adult_l3_step_0_h)))))
 (let ((?x67 (ite (<= spinal_adult_l3_end_h spinal_adult_l3_step_0_h) 0.0 (ite (<= spinal_adult_l3_end_h spinal_adult_l3_step_1_h) ?x66 ?x65))))
 (let ((?x68 (+ ?x55 (* ?x43 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_3_h)))))
 (let (($x69 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_end_h)))
 (let ((?x70 (+ ?x54 (* ?x46 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_2_h)))))
 (let (($x22 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_3_h)))
 (let ((?x71 (+ ?x53 (* ?x49 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_1_h)))))
 (let (($x25 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_2_h)))
 (let ((?x72 (+ 0.0 (* ?x52 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h)))))
 (let (($x28 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_1_h)))
 (let (($x31 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h)))
 (let ((?x73 (ite $x31 0.0 (ite $x28 ?x72 (ite $x25 ?x71 (ite $x22 ?x70 (ite $x69 ?x68 ?x56)))))))
 (let ((?x74 (ite (< spinal_adult_l3_refill_0_h spinal_adult_l3_end_h) (- spinal_adult_l3_refill_0_volume_ml (+ (- ?x67 ?x73) 0.0)) (- 0.0 (+ (- ?x67 ?x63) 0.0)))))
 (let ((?x75 (+ ?x55 (* ?x43 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_3_h)))))
 (let (($x76 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_end_h)))
 (let ((?x77 (+ ?x54 (* ?x46 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_2_h)))))
 (let (($x23 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_3_h)))
 (let ((?x78 (+ ?x53 (* ?x49 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_1_h)))))
 (let (($x26 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_2_h)))
 (let ((?x79 (+ 0.0 (* ?x52 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h)))))
 (let (($x29 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_1_h)))
 (let (($x32 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h)))
 (let ((?x80 (ite $x32 0.0 (ite $x29 ?x79 (ite $x26 ?x78 (ite $x23 ?x77 (ite $x76 ?x75 ?x56)))))))
 (let ((?x81 (ite (< spinal_adult_l3_refill_1_h spinal_adult_l3_end_h) (- spinal_adult_l3_refill_1_volume_ml (+ (- ?x67 ?x80) 0.0)) ?x74)))
 (let (($x82 (> (- ?x81 (* 1.0 (+ (+ 0.0 ?x40) ?x37))) spinal_adult_l3_alarm_ml)))
 (let (($x83 (or (= spinal_adult_l3_refill_0_h spinal_adult_l3_end_h) (= spinal_adult_l3_refill_1_h spinal_adult_l3_end_h))))
 (let (($x84 (not $x83)))
 (let (($x85 (<= t_0 spinal_adult_l3_end_h)))
 (let ((?x86 (ite (<= t_0 spinal_adult_l3_step_3_h) (+ ?x54 (* ?x46 (- t_0 spinal_adult_l3_step_2_h))) (ite $x85 (+ ?x55 (* ?x43 (- t_0 spinal_adult_l3_step_3_h))) ?x56))))
 (let ((?x87 (ite (<= t_0 spinal_adult_l3_step_2_h) (+ ?x53 (* ?x49 (- t_0 spinal_adult_l3_step_1_h))) ?x86)))
 (let ((?x88 (ite (<= t_0 spinal_adult_l3_step_1_h) (+ 0.0 (* ?x52 (- t_0 spinal_adult_l3_step_0_h))) ?x87)))
 (let ((?x89 (ite (<= t_0 spinal_adult_l3_step_0_h) 0.0 ?x88)))
 (let ((?x90 (ite (< spinal_adult_l3_refill_0_h t_0) (- spinal_adult_l3_refill_0_volume_ml (+ (- ?x89 ?x73) 0.0)) (- 0.0 (+ (- ?x89 ?x63) 0.0)))))
 (let ((?x91 (ite (< spinal_adult_l3_refill_1_h t_0) (- spinal_adult_l3_refill_1_volume_ml (+ (- ?x89 ?x80) 0.0)) ?x90)))
 (let ((?x92 (ite (<= 0.0 spinal_adult_l3_step_0_h) spinal_adult_l3_step_0_h 0.0)))
 (let (($x93 (or (and (< ?x92 t_0) $x85 (not (> ?x91 spinal_adult_l3_alarm_ml))) (and $x84 (not $x82)))))
 (=> holds_ITB-PUMP-4 (not $x93))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x94 (not (>= 1848.0 (- spinal_adult_l3_refill_1_h spinal_adult_l3_refill_0_h)))))
 (let (($x95 (or $x94 (not (>= 1848.0 (- spinal_adult_l3_end_h spinal_adult_l3_refill_1_h))))))
 (=> holds_ITB-PUMP-5 (not $x95)))))
(assert
 (let (($x96 (not spinal_adult_l3_bolus_1_emergency)))
 (let (($x97 (not spinal_adult_l3_bolus_0_emergency)))
 (let (($x98 (or (and (ite (= spinal_adult_l3_bolus_0_via 0) false true) $x97) (and (ite (= spinal_adult_l3_bolus_1_via 0) false true) $x96))))
 (=> holds_ITB-PUMP-6 (not $x98))))))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_adult_l3_route 0) true false))))))
(assert
 (let (($x99 (and (< 0.0 spinal_adult_l3_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_3_concentration_ug_ml))))
 (let (($x100 (and (< 0.0 spinal_adult_l3_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_2_concentration_ug_ml))))
 (let (($x101 (and (< 0.0 spinal_adult_l3_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_1_concentration_ug_ml))))
 (let (($x102 (and (< 0.0 spinal_adult_l3_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_0_concentration_ug_ml))))
 (let (($x103 (and (< 0.0 spinal_adult_l3_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_concentration_ug_ml))))
 (let (($x104 (not $x103)))
 (let (($x105 (and (< 0.0 spinal_adult_l3_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x106 (and (< 0.0 spinal_adult_l3_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x107 (or (= 50.0 spinal_adult_l3_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l3_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x108 (= spinal_adult_l3_refill_1_diluent 0)))
 (let (($x109 (ite $x108 true (ite (= spinal_adult_l3_refill_1_diluent 1) false false))))
 (let (($x110 (or (= 50.0 spinal_adult_l3_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l3_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x111 (= spinal_adult_l3_refill_0_diluent 0)))
 (let (($x112 (ite $x111 true (ite (= spinal_adult_l3_refill_0_diluent 1) false false))))
 (let (($x113 (ite $x108 false (ite (= spinal_adult_l3_refill_1_diluent 1) true false))))
 (let (($x114 (ite $x111 false (ite (= spinal_adult_l3_refill_0_diluent 1) true false))))
 (let (($x115 (or (not (or $x112 $x114)) (not (or $x109 $x113)) (and $x112 (not $x110)) (and $x109 (not $x107)) (not $x106) (not $x105) $x104 $x104 $x104 $x104 (not $x102) (not $x101) (not $x100) (not $x99))))
 (=> holds_ITB-CONC-1 (not $x115))))))))))))))))))))
(assert
 (let (($x116 (or (not (= 50.0 spinal_adult_l3_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l3_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l3_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l3_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x116))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 spinal_adult_l3_screening_0_dose_ug))))))
(assert
 (let (($x117 (or (not (<= 1.0 spinal_adult_l3_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l3_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l3_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l3_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x117))))
(assert
 (let (($x118 (<= 24.0 (- spinal_adult_l3_screening_3_h spinal_adult_l3_screening_2_h))))
 (let (($x119 (= spinal_adult_l3_screening_2_response 0)))
 (let (($x120 (ite $x119 true false)))
 (let (($x121 (<= 24.0 (- spinal_adult_l3_screening_2_h spinal_adult_l3_screening_1_h))))
 (let (($x122 (= spinal_adult_l3_screening_1_response 0)))
 (let (($x123 (ite $x122 true false)))
 (let (($x124 (<= 24.0 (- spinal_adult_l3_screening_1_h spinal_adult_l3_screening_0_h))))
 (let (($x125 (= spinal_adult_l3_screening_0_response 0)))
 (let (($x126 (ite $x125 true false)))
 (let (($x127 (<= spinal_adult_l3_screening_3_dose_ug (+ spinal_adult_l3_screening_2_dose_ug 25.0))))
 (let (($x128 (<= spinal_adult_l3_screening_2_dose_ug (+ spinal_adult_l3_screening_1_dose_ug 25.0))))
 (let (($x129 (<= spinal_adult_l3_screening_1_dose_ug (+ spinal_adult_l3_screening_0_dose_ug 25.0))))
 (let (($x130 (or (not $x126) (not $x123) (not $x120) (and $x126 (not $x129)) (and $x123 (not $x128)) (and $x120 (not $x127)) (and $x126 (not $x124)) (and $x123 (not $x121)) (and $x120 (not $x118)))))
 (=> holds_ITB-SCR-4 (not $x130))))))))))))))))
(assert
 (let (($x131 (or (not (>= 100.0 spinal_adult_l3_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l3_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l3_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l3_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x131))))
(assert
 (let (($x132 (= spinal_adult_l3_screening_3_response 0)))
 (let (($x133 (ite $x132 false true)))
 (let (($x119 (= spinal_adult_l3_screening_2_response 0)))
 (let (($x134 (ite $x119 false true)))
 (let (($x122 (= spinal_adult_l3_screening_1_response 0)))
 (let (($x135 (ite $x122 false true)))
 (let (($x125 (= spinal_adult_l3_screening_0_response 0)))
 (let (($x136 (ite $x125 false true)))
 (let (($x137 (or (and $x136 (<= spinal_adult_l3_screening_0_h spinal_adult_l3_step_0_h)) (and $x135 (<= spinal_adult_l3_screening_1_h spinal_adult_l3_step_0_h)) (and $x134 (<= spinal_adult_l3_screening_2_h spinal_adult_l3_step_0_h)) (and $x133 (<= spinal_adult_l3_screening_3_h spinal_adult_l3_step_0_h)))))
 (=> holds_ITB-SCR-6 (not (or (not $x137))))))))))))))
(assert
 (let ((?x138 (* 2.0 spinal_adult_l3_screening_3_dose_ug)))
 (let ((?x139 (ite (>= 12.0 spinal_adult_l3_screening_3_effect_h) ?x138 spinal_adult_l3_screening_3_dose_ug)))
 (let (($x132 (= spinal_adult_l3_screening_3_response 0)))
 (let (($x133 (ite $x132 false true)))
 (let ((?x140 (* 2.0 spinal_adult_l3_screening_2_dose_ug)))
 (let ((?x141 (ite (>= 12.0 spinal_adult_l3_screening_2_effect_h) ?x140 spinal_adult_l3_screening_2_dose_ug)))
 (let (($x119 (= spinal_adult_l3_screening_2_response 0)))
 (let (($x134 (ite $x119 false true)))
 (let ((?x142 (* 2.0 spinal_adult_l3_screening_1_dose_ug)))
 (let ((?x143 (ite (>= 12.0 spinal_adult_l3_screening_1_effect_h) ?x142 spinal_adult_l3_screening_1_dose_ug)))
 (let (($x122 (= spinal_adult_l3_screening_1_response 0)))
 (let (($x135 (ite $x122 false true)))
 (let ((?x144 (* 2.0 spinal_adult_l3_screening_0_dose_ug)))
 (let ((?x145 (ite (>= 12.0 spinal_adult_l3_screening_0_effect_h) ?x144 spinal_adult_l3_screening_0_dose_ug)))
 (let (($x125 (= spinal_adult_l3_screening_0_response 0)))
 (let (($x136 (ite $x125 false true)))
 (let (($x146 (or (and $x136 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x145))) (and $x135 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x143))) (and $x134 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x141))) (and $x133 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x139))))))
 (=> holds_ITB-INIT-1 (not $x146))))))))))))))))))))
(assert
 (let (($x147 (not (<= 24.0 (- spinal_adult_l3_step_3_h spinal_adult_l3_step_0_h)))))
 (let (($x148 (> spinal_adult_l3_step_3_daily_dose_ug spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x149 (not (<= 24.0 (- spinal_adult_l3_step_2_h spinal_adult_l3_step_0_h)))))
 (let (($x150 (> spinal_adult_l3_step_2_daily_dose_ug spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x151 (not (<= 24.0 (- spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h)))))
 (let (($x152 (> spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x152 $x151) (and $x150 $x149) (and $x148 $x147)))))))))))
(assert
 (let (($x153 (<= spinal_adult_l3_step_3_daily_dose_ug spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x154 (not $x153)))
 (let (($x155 (<= spinal_adult_l3_step_2_daily_dose_ug spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x156 (not $x155)))
 (let (($x157 (<= spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (let (($x158 (not $x157)))
 (=> holds_ITB-TITR-1 (not (or $x158 $x156 $x154))))))))))
(assert
 (let ((?x159 (ite spinal_adult_l3_programmable 24.0 48.0)))
 (let (($x148 (> spinal_adult_l3_step_3_daily_dose_ug spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x160 (and $x148 (and (< spinal_adult_l3_step_3_h spinal_adult_l3_step_3_h) $x148) (not (>= (- spinal_adult_l3_step_3_h spinal_adult_l3_step_3_h) ?x159)))))
 (let (($x150 (> spinal_adult_l3_step_2_daily_dose_ug spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x161 (and $x148 (and (< spinal_adult_l3_step_2_h spinal_adult_l3_step_3_h) $x150) (not (>= (- spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h) ?x159)))))
 (let (($x152 (> spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (let (($x162 (and $x148 (and (< spinal_adult_l3_step_1_h spinal_adult_l3_step_3_h) $x152) (not (>= (- spinal_adult_l3_step_3_h spinal_adult_l3_step_1_h) ?x159)))))
 (let (($x163 (and $x150 (and (< spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h) $x148) (not (>= (- spinal_adult_l3_step_2_h spinal_adult_l3_step_3_h) ?x159)))))
 (let (($x164 (and $x150 (and (< spinal_adult_l3_step_2_h spinal_adult_l3_step_2_h) $x150) (not (>= (- spinal_adult_l3_step_2_h spinal_adult_l3_step_2_h) ?x159)))))
 (let (($x165 (and $x150 (and (< spinal_adult_l3_step_1_h spinal_adult_l3_step_2_h) $x152) (not (>= (- spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h) ?x159)))))
 (let (($x166 (and $x152 (and (< spinal_adult_l3_step_3_h spinal_adult_l3_step_1_h) $x148) (not (>= (- spinal_adult_l3_step_1_h spinal_adult_l3_step_3_h) ?x159)))))
 (let (($x167 (and $x152 (and (< spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h) $x150) (not (>= (- spinal_adult_l3_step_1_h spinal_adult_l3_step_2_h) ?x159)))))
 (let (($x168 (and $x152 (and (< spinal_adult_l3_step_1_h spinal_adult_l3_step_1_h) $x152) (not (>= (- spinal_adult_l3_step_1_h spinal_adult_l3_step_1_h) ?x159)))))
 (=> holds_ITB-TITR-2 (not (or $x168 $x167 $x166 $x165 $x164 $x163 $x162 $x161 $x160)))))))))))))))))
(assert
 (let ((?x169 (ite (<= spinal_adult_l3_step_1_h w_0) spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (let ((?x170 (ite (<= spinal_adult_l3_step_2_h w_0) spinal_adult_l3_step_2_daily_dose_ug ?x169)))
 (let ((?x171 (ite (<= spinal_adult_l3_step_3_h w_0) spinal_adult_l3_step_3_daily_dose_ug ?x170)))
 (let (($x172 (and (<= (- w_0 24.0) spinal_adult_l3_bolus_1_h) (< spinal_adult_l3_bolus_1_h w_0))))
 (let (($x173 (and (<= (- w_0 24.0) spinal_adult_l3_bolus_0_h) (< spinal_adult_l3_bolus_0_h w_0))))
 (let ((?x174 (+ (+ 0.0 (ite $x173 spinal_adult_l3_bolus_0_dose_ug 0.0)) (ite $x172 spinal_adult_l3_bolus_1_dose_ug 0.0))))
 (let ((?x41 (- spinal_adult_l3_end_h spinal_adult_l3_step_3_h)))
 (let ((?x42 (/ spinal_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x44 (- spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h)))
 (let ((?x45 (/ spinal_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x47 (- spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h)))
 (let ((?x48 (/ spinal_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x50 (- spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h)))
 (let ((?x51 (/ spinal_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x175 (+ 0.0 (* ?x51 ?x50))))
 (let ((?x176 (+ ?x175 (* ?x48 ?x47))))
 (let ((?x177 (+ ?x176 (* ?x45 ?x44))))
 (let ((?x178 (+ ?x177 (* ?x42 ?x41))))
 (let ((?x179 (ite (<= (- w_0 24.0) spinal_adult_l3_end_h) (+ ?x177 (* ?x42 (- (- w_0 24.0) spinal_adult_l3_step_3_h))) ?x178)))
 (let ((?x180 (ite (<= (- w_0 24.0) spinal_adult_l3_step_3_h) (+ ?x176 (* ?x45 (- (- w_0 24.0) spinal_adult_l3_step_2_h))) ?x179)))
 (let ((?x181 (ite (<= (- w_0 24.0) spinal_adult_l3_step_2_h) (+ ?x175 (* ?x48 (- (- w_0 24.0) spinal_adult_l3_step_1_h))) ?x180)))
 (let ((?x182 (ite (<= (- w_0 24.0) spinal_adult_l3_step_1_h) (+ 0.0 (* ?x51 (- (- w_0 24.0) spinal_adult_l3_step_0_h))) ?x181)))
 (let ((?x183 (ite (<= w_0 spinal_adult_l3_end_h) (+ ?x177 (* ?x42 (- w_0 spinal_adult_l3_step_3_h))) ?x178)))
 (let ((?x184 (ite (<= w_0 spinal_adult_l3_step_3_h) (+ ?x176 (* ?x45 (- w_0 spinal_adult_l3_step_2_h))) ?x183)))
 (let ((?x185 (ite (<= w_0 spinal_adult_l3_step_2_h) (+ ?x175 (* ?x48 (- w_0 spinal_adult_l3_step_1_h))) ?x184)))
 (let ((?x186 (ite (<= w_0 spinal_adult_l3_step_1_h) (+ 0.0 (* ?x51 (- w_0 spinal_adult_l3_step_0_h))) ?x185)))
 (let ((?x187 (ite (<= w_0 spinal_adult_l3_step_0_h) 0.0 ?x186)))
 (let ((?x188 (- ?x187 (ite (<= (- w_0 24.0) spinal_adult_l3_step_0_h) 0.0 ?x182))))
 (let ((?x189 (ite (>= (- w_0 24.0) spinal_adult_l3_step_0_h) (+ ?x188 ?x174) (* 1.0 ?x171))))
 (let ((?x190 (ite (<= 18.0 spinal_adult_l3_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let (($x191 (<= w_0 spinal_adult_l3_bolus_1_h)))
 (let ((?x192 (ite (and $x191 (< spinal_adult_l3_bolus_1_h (+ w_0 24.0))) spinal_adult_l3_bolus_1_dose_ug 0.0)))
 (let (($x193 (<= w_0 spinal_adult_l3_bolus_0_h)))
 (let ((?x194 (ite (and $x193 (< spinal_adult_l3_bolus_0_h (+ w_0 24.0))) spinal_adult_l3_bolus_0_dose_ug 0.0)))
 (let ((?x195 (+ w_0 24.0)))
 (let (($x196 (<= ?x195 spinal_adult_l3_end_h)))
 (let ((?x197 (ite (<= ?x195 spinal_adult_l3_step_3_h) (+ ?x176 (* ?x45 (- ?x195 spinal_adult_l3_step_2_h))) (ite $x196 (+ ?x177 (* ?x42 (- ?x195 spinal_adult_l3_step_3_h))) ?x178))))
 (let ((?x198 (ite (<= ?x195 spinal_adult_l3_step_2_h) (+ ?x175 (* ?x48 (- ?x195 spinal_adult_l3_step_1_h))) ?x197)))
 (let ((?x199 (ite (<= ?x195 spinal_adult_l3_step_1_h) (+ 0.0 (* ?x51 (- ?x195 spinal_adult_l3_step_0_h))) ?x198)))
 (let ((?x200 (+ (- (ite (<= ?x195 spinal_adult_l3_step_0_h) 0.0 ?x199) ?x187) (+ (+ 0.0 ?x194) ?x192))))
 (let (($x201 (and (<= spinal_adult_l3_step_0_h w_0) $x196 (not (<= ?x200 (* (+ 1.0 ?x190) ?x189))))))
 (=> holds_ITB-TITR-3 (not (or $x201)))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x202 (ite (<= spinal_adult_l3_step_1_h spinal_adult_l3_bolus_1_h) spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
(let ((?x203 (ite (<= spinal_adult_l3_step_2_h spinal_adult_l3_bolus_1_h) spinal_adult_l3_step_2_daily_dose_ug ?x202)))
(let ((?x204 (ite (<= spinal_adult_l3_step_3_h spinal_adult_l3_bolus_1_h) spinal_adult_l3_step_3_daily_dose_ug ?x203)))
(let ((?x205 (ite (< spinal_adult_l3_bolus_1_h spinal_adult_l3_step_0_h) 0.0 ?x204)))
(let (($x206 (not (<= spinal_adult_l3_bolus_1_dose_ug (ite (>= 100.0 ?x205) 100.0 ?x205)))))
(let ((?x207 (ite (<= spinal_adult_l3_step_1_h spinal_adult_l3_bolus_0_h) spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
(let ((?x208 (ite (<= spinal_adult_l3_step_2_h spinal_adult_l3_bolus_0_h) spinal_adult_l3_step_2_daily_dose_ug ?x207)))
(let ((?x209 (ite (<= spinal_adult_l3_step_3_h spinal_adult_l3_bolus_0_h) spinal_adult_l3_step_3_daily_dose_ug ?x208)))
(let ((?x210 (ite (< spinal_adult_l3_bolus_0_h spinal_adult_l3_step_0_h) 0.0 ?x209)))
(let (($x211 (not (<= spinal_adult_l3_bolus_0_dose_ug (ite (>= 100.0 ?x210) 100.0 ?x210)))))
(=> holds_ITB-DOSE-3 (not (or $x211 $x206))))))))))))))
(check-sat)
