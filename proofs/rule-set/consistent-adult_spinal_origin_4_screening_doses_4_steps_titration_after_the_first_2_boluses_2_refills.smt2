; itbverify 0.1.0: rule-set consistency, adult, spinal origin; 4 screening doses, 4 steps (titration after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_adult_l0_age_years () Real)
(declare-fun spinal_adult_l0_months_since_injury () Real)
(declare-fun spinal_adult_l0_reservoir_ml () Real)
(declare-fun spinal_adult_l0_alarm_ml () Real)
(declare-fun spinal_adult_l0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_0_h () Real)
(declare-fun spinal_adult_l0_screening_0_dose_ug () Real)
(declare-fun spinal_adult_l0_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_0_duration_min () Real)
(declare-fun spinal_adult_l0_screening_0_response () Int)
(declare-fun spinal_adult_l0_screening_0_effect_h () Real)
(declare-fun spinal_adult_l0_screening_1_h () Real)
(declare-fun spinal_adult_l0_screening_1_dose_ug () Real)
(declare-fun spinal_adult_l0_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_1_duration_min () Real)
(declare-fun spinal_adult_l0_screening_1_response () Int)
(declare-fun spinal_adult_l0_screening_1_effect_h () Real)
(declare-fun spinal_adult_l0_screening_2_h () Real)
(declare-fun spinal_adult_l0_screening_2_dose_ug () Real)
(declare-fun spinal_adult_l0_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_2_duration_min () Real)
(declare-fun spinal_adult_l0_screening_2_response () Int)
(declare-fun spinal_adult_l0_screening_2_effect_h () Real)
(declare-fun spinal_adult_l0_screening_3_h () Real)
(declare-fun spinal_adult_l0_screening_3_dose_ug () Real)
(declare-fun spinal_adult_l0_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_3_duration_min () Real)
(declare-fun spinal_adult_l0_screening_3_response () Int)
(declare-fun spinal_adult_l0_screening_3_effect_h () Real)
(declare-fun spinal_adult_l0_step_0_h () Real)
(declare-fun spinal_adult_l0_step_0_daily_dose_ug () Real)
(declare-fun spinal_adult_l0_step_0_rate_ml_day () Real)
(declare-fun spinal_adult_l0_step_1_h () Real)
(declare-fun spinal_adult_l0_step_1_daily_dose_ug () Real)
(declare-fun spinal_adult_l0_step_1_rate_ml_day () Real)
(declare-fun spinal_adult_l0_step_2_h () Real)
(declare-fun spinal_adult_l0_step_2_daily_dose_ug () Real)
(declare-fun spinal_adult_l0_step_2_rate_ml_day () Real)
(declare-fun spinal_adult_l0_step_3_h () Real)
(declare-fun spinal_adult_l0_step_3_daily_dose_ug () Real)
(declare-fun spinal_adult_l0_step_3_rate_ml_day () Real)
(declare-fun spinal_adult_l0_end_h () Real)
(declare-fun spinal_adult_l0_refill_0_h () Real)
(declare-fun spinal_adult_l0_refill_0_volume_ml () Real)
(declare-fun spinal_adult_l0_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_refill_0_diluent () Int)
(declare-fun spinal_adult_l0_refill_1_h () Real)
(declare-fun spinal_adult_l0_refill_1_volume_ml () Real)
(declare-fun spinal_adult_l0_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_refill_1_diluent () Int)
(declare-fun spinal_adult_l0_bolus_0_h () Real)
(declare-fun spinal_adult_l0_bolus_0_dose_ug () Real)
(declare-fun spinal_adult_l0_bolus_0_via () Int)
(declare-fun spinal_adult_l0_bolus_1_h () Real)
(declare-fun spinal_adult_l0_bolus_1_dose_ug () Real)
(declare-fun spinal_adult_l0_bolus_1_via () Int)
(declare-fun spinal_adult_l0_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_adult_l0_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_adult_l0_bolus_1_emergency () Bool)
(declare-fun spinal_adult_l0_bolus_0_emergency () Bool)
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
(declare-fun spinal_adult_l0_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= spinal_adult_l0_age_years 0.0))
(assert
 (<= spinal_adult_l0_age_years 120.0))
(assert
 (>= spinal_adult_l0_age_years 18.0))
(assert
 (>= spinal_adult_l0_months_since_injury 0.0))
(assert
 (<= spinal_adult_l0_months_since_injury 100000.0))
(assert
 (>= spinal_adult_l0_reservoir_ml 0.0))
(assert
 (<= spinal_adult_l0_reservoir_ml 100000.0))
(assert
 (>= spinal_adult_l0_alarm_ml 0.0))
(assert
 (<= spinal_adult_l0_alarm_ml 100000.0))
(assert
 (>= spinal_adult_l0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_h 0.0))
(assert
 (<= spinal_adult_l0_screening_0_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_h 0.0))
(assert
 (>= spinal_adult_l0_screening_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_duration_min 0.0))
(assert
 (<= spinal_adult_l0_screening_0_duration_min 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_response 0))
(assert
 (< spinal_adult_l0_screening_0_response 2))
(assert
 (>= spinal_adult_l0_screening_0_effect_h 0.0))
(assert
 (<= spinal_adult_l0_screening_0_effect_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_h 0.0))
(assert
 (<= spinal_adult_l0_screening_1_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_h spinal_adult_l0_screening_0_h))
(assert
 (>= spinal_adult_l0_screening_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_duration_min 0.0))
(assert
 (<= spinal_adult_l0_screening_1_duration_min 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_response 0))
(assert
 (< spinal_adult_l0_screening_1_response 2))
(assert
 (>= spinal_adult_l0_screening_1_effect_h 0.0))
(assert
 (<= spinal_adult_l0_screening_1_effect_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_h 0.0))
(assert
 (<= spinal_adult_l0_screening_2_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_h spinal_adult_l0_screening_1_h))
(assert
 (>= spinal_adult_l0_screening_2_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_duration_min 0.0))
(assert
 (<= spinal_adult_l0_screening_2_duration_min 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_response 0))
(assert
 (< spinal_adult_l0_screening_2_response 2))
(assert
 (>= spinal_adult_l0_screening_2_effect_h 0.0))
(assert
 (<= spinal_adult_l0_screening_2_effect_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_h 0.0))
(assert
 (<= spinal_adult_l0_screening_3_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_h spinal_adult_l0_screening_2_h))
(assert
 (>= spinal_adult_l0_screening_3_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_duration_min 0.0))
(assert
 (<= spinal_adult_l0_screening_3_duration_min 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_response 0))
(assert
 (< spinal_adult_l0_screening_3_response 2))
(assert
 (>= spinal_adult_l0_screening_3_effect_h 0.0))
(assert
 (<= spinal_adult_l0_screening_3_effect_h 100000.0))
(assert
 (>= spinal_adult_l0_step_0_h 0.0))
(assert
 (<= spinal_adult_l0_step_0_h 100000.0))
(assert
 (>= spinal_adult_l0_step_0_h spinal_adult_l0_screening_3_h))
(assert
 (>= spinal_adult_l0_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l0_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l0_step_1_h 0.0))
(assert
 (<= spinal_adult_l0_step_1_h 100000.0))
(assert
 (> spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h))
(assert
 (>= spinal_adult_l0_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l0_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l0_step_2_h 0.0))
(assert
 (<= spinal_adult_l0_step_2_h 100000.0))
(assert
 (> spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h))
(assert
 (>= spinal_adult_l0_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l0_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l0_step_3_h 0.0))
(assert
 (<= spinal_adult_l0_step_3_h 100000.0))
(assert
 (> spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h))
(assert
 (>= spinal_adult_l0_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l0_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_adult_l0_end_h 100000.0))
(assert
 (>= spinal_adult_l0_end_h spinal_adult_l0_step_3_h))
(assert
 (<= spinal_adult_l0_refill_0_h 100000.0))
(assert
 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_end_h))
(assert
 (>= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h))
(assert
 (>= spinal_adult_l0_refill_0_volume_ml 0.0))
(assert
 (<= spinal_adult_l0_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_adult_l0_refill_0_volume_ml spinal_adult_l0_reservoir_ml))
(assert
 (>= spinal_adult_l0_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_refill_0_diluent 0))
(assert
 (< spinal_adult_l0_refill_0_diluent 3))
(assert
 (<= spinal_adult_l0_refill_1_h 100000.0))
(assert
 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_end_h))
(assert
 (>= spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h))
(assert
 (> spinal_adult_l0_refill_1_h spinal_adult_l0_refill_0_h))
(assert
 (>= spinal_adult_l0_refill_1_volume_ml 0.0))
(assert
 (<= spinal_adult_l0_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_adult_l0_refill_1_volume_ml spinal_adult_l0_reservoir_ml))
(assert
 (>= spinal_adult_l0_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_refill_1_diluent 0))
(assert
 (< spinal_adult_l0_refill_1_diluent 3))
(assert
 (= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h))
(assert
 (<= spinal_adult_l0_bolus_0_h 100000.0))
(assert
 (>= spinal_adult_l0_bolus_0_h spinal_adult_l0_step_0_h))
(assert
 (<= spinal_adult_l0_bolus_0_h spinal_adult_l0_end_h))
(assert
 (>= spinal_adult_l0_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_bolus_0_via 0))
(assert
 (< spinal_adult_l0_bolus_0_via 2))
(assert
 (<= spinal_adult_l0_bolus_1_h 100000.0))
(assert
 (>= spinal_adult_l0_bolus_1_h spinal_adult_l0_step_0_h))
(assert
 (<= spinal_adult_l0_bolus_1_h spinal_adult_l0_end_h))
(assert
 (>= spinal_adult_l0_bolus_1_h spinal_adult_l0_bolus_0_h))
(assert
 (>= spinal_adult_l0_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_bolus_1_via 0))
(assert
 (< spinal_adult_l0_bolus_1_via 2))
(assert
 (>= spinal_adult_l0_route 0))
(assert
 (< spinal_adult_l0_route 2))
(assert
 (let ((?x1 (* (/ 4.0 5.0) spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x2 (< spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let ((?x3 (* (/ 4.0 5.0) spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x4 (< spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let ((?x5 (* (/ 4.0 5.0) spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x6 (< spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x7 (or (and $x6 (not (>= spinal_adult_l0_step_1_daily_dose_ug ?x5))) (and $x4 (not (>= spinal_adult_l0_step_2_daily_dose_ug ?x3))) (and $x2 (not (>= spinal_adult_l0_step_3_daily_dose_ug ?x1))))))
 (let (($x8 (not $x7)))
 (=> holds_ITB-STOP-1 $x8))))))))))
(assert
 (let (($x9 (not false)))
 (=> holds_ITB-STOP-2 $x9)))
(assert
 (let (($x10 (not (or (not (<= 4.0 spinal_adult_l0_age_years))))))
 (=> holds_ITB-PAT-1 $x10)))
(assert
 (let (($x11 (not (or (not (<= 12.0 spinal_adult_l0_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x11)))
(assert
 (let (($x12 (not (or spinal_adult_l0_infection))))
 (=> holds_ITB-PAT-4 $x12)))
(assert
 (let (($x9 (not false)))
 (=> holds_ITB-PUMP-1 $x9)))
(assert
 (let (($x9 (not false)))
 (=> holds_ITB-PUMP-2 $x9)))
(assert
 (let ((?x13 (* spinal_adult_l0_step_3_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x14 (- ?x13 spinal_adult_l0_step_3_daily_dose_ug)))
 (let (($x15 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_3_daily_dose_ug) ?x14) (<= ?x14 (* (/ 1.0 100.0) spinal_adult_l0_step_3_daily_dose_ug)))))
 (let ((?x16 (* spinal_adult_l0_step_2_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x17 (- ?x16 spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x18 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_2_daily_dose_ug) ?x17) (<= ?x17 (* (/ 1.0 100.0) spinal_adult_l0_step_2_daily_dose_ug)))))
 (let ((?x19 (* spinal_adult_l0_step_1_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x20 (- ?x19 spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x21 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_1_daily_dose_ug) ?x20) (<= ?x20 (* (/ 1.0 100.0) spinal_adult_l0_step_1_daily_dose_ug)))))
 (let ((?x22 (* spinal_adult_l0_step_0_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x23 (- ?x22 spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x24 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_0_daily_dose_ug) ?x23) (<= ?x23 (* (/ 1.0 100.0) spinal_adult_l0_step_0_daily_dose_ug)))))
 (let (($x25 (= spinal_adult_l0_concentration_ug_ml spinal_adult_l0_refill_1_concentration_ug_ml)))
 (let (($x26 (not $x25)))
 (let (($x27 (= spinal_adult_l0_concentration_ug_ml spinal_adult_l0_refill_0_concentration_ug_ml)))
 (let (($x28 (not $x27)))
 (let (($x29 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))
 (let (($x30 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))
 (let (($x31 (and (ite $x30 true (ite $x29 true false)) (not (ite $x30 $x25 (ite $x29 $x27 false))))))
 (let (($x32 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))
 (let (($x33 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))
 (let (($x34 (and (ite $x33 true (ite $x32 true false)) (not (ite $x33 $x25 (ite $x32 $x27 false))))))
 (let (($x35 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))
 (let (($x36 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))
 (let (($x37 (and (ite $x36 true (ite $x35 true false)) (not (ite $x36 $x25 (ite $x35 $x27 false))))))
 (let (($x38 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))
 (let (($x39 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))
 (let (($x40 (and (ite $x39 true (ite $x38 true false)) (not (ite $x39 $x25 (ite $x38 $x27 false))))))
 (let (($x41 (or $x40 $x37 $x34 $x31 $x28 $x26 (not $x24) (not $x21) (not $x18) (not $x15))))
 (let (($x42 (not $x41)))
 (=> holds_ITB-PUMP-3 $x42))))))))))))))))))))))))))))))))
(assert
 (let ((?x43 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
 (let ((?x44 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x45 (/ ?x44 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x46 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
 (let ((?x47 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x48 (/ ?x47 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x49 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
 (let ((?x50 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x51 (/ ?x50 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x52 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
 (let ((?x53 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x54 (/ ?x53 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x55 (+ 0.0 (* ?x54 ?x52))))
 (let ((?x56 (+ ?x55 (* ?x51 ?x49))))
 (let ((?x57 (+ ?x56 (* ?x48 ?x46))))
 (let ((?x58 (+ ?x57 (* ?x45 ?x43))))
 (let ((?x59 (+ ?x57 (* ?x45 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h)))))
 (let ((?x60 (+ ?x56 (* ?x48 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h)))))
 (let ((?x61 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h) ?x60 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_end_h) ?x59 ?x58))))
 (let ((?x62 (+ ?x55 (* ?x51 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h)))))
 (let ((?x63 (+ 0.0 (* ?x54 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h)))))
 (let ((?x64 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h) ?x63 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h) ?x62 ?x61))))
 (let ((?x65 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h) 0.0 ?x64)))
 (let (($x66 (<= t_0 spinal_adult_l0_end_h)))
 (let ((?x67 (ite (<= t_0 spinal_adult_l0_step_3_h) (+ ?x56 (* ?x48 (- t_0 spinal_adult_l0_step_2_h))) (ite $x66 (+ ?x57 (* ?x45 (- t_0 spinal_adult_l0_step_3_h))) ?x58))))
 (let ((?x68 (ite (<= t_0 spinal_adult_l0_step_2_h) (+ ?x55 (* ?x51 (- t_0 spinal_adult_l0_step_1_h))) ?x67)))
 (let ((?x69 (ite (<= t_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x54 (- t_0 spinal_adult_l0_step_0_h))) ?x68)))
 (let ((?x70 (ite (<= t_0 spinal_adult_l0_step_0_h) 0.0 ?x69)))
 (let ((?x71 (+ ?x57 (* ?x45 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))))
 (let (($x72 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_end_h)))
 (let ((?x73 (+ ?x56 (* ?x48 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))))
 (let (($x29 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))
 (let ((?x74 (+ ?x55 (* ?x51 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))))
 (let (($x32 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))
 (let ((?x75 (+ 0.0 (* ?x54 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))))
 (let (($x35 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))
 (let (($x38 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))
 (let ((?x76 (ite $x38 0.0 (ite $x35 ?x75 (ite $x32 ?x74 (ite $x29 ?x73 (ite $x72 ?x71 ?x58)))))))
 (let ((?x77 (ite (< spinal_adult_l0_refill_0_h t_0) (- spinal_adult_l0_refill_0_volume_ml (+ (- ?x70 ?x76) 0.0)) (- 0.0 (+ (- ?x70 ?x65) 0.0)))))
 (let ((?x78 (+ ?x57 (* ?x45 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))))
 (let (($x79 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_end_h)))
 (let ((?x80 (+ ?x56 (* ?x48 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))))
 (let (($x30 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))
 (let ((?x81 (+ ?x55 (* ?x51 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))))
 (let (($x33 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))
 (let ((?x82 (+ 0.0 (* ?x54 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))))
 (let (($x36 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))
 (let (($x39 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))
 (let ((?x83 (ite $x39 0.0 (ite $x36 ?x82 (ite $x33 ?x81 (ite $x30 ?x80 (ite $x79 ?x78 ?x58)))))))
 (let ((?x84 (ite (< spinal_adult_l0_refill_1_h t_0) (- spinal_adult_l0_refill_1_volume_ml (+ (- ?x70 ?x83) 0.0)) ?x77)))
 (let ((?x85 (ite (<= 0.0 spinal_adult_l0_step_0_h) spinal_adult_l0_step_0_h 0.0)))
 (let (($x86 (or (and (< ?x85 t_0) $x66 (not (> ?x84 spinal_adult_l0_alarm_ml))))))
 (let (($x87 (not $x86)))
 (=> holds_ITB-PUMP-4 $x87)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x88 (not (>= 1848.0 (- spinal_adult_l0_refill_1_h spinal_adult_l0_refill_0_h)))))
 (let (($x89 (or $x88 (not (>= 1848.0 (- spinal_adult_l0_end_h spinal_adult_l0_refill_1_h))))))
 (let (($x90 (not $x89)))
 (=> holds_ITB-PUMP-5 $x90)))))
(assert
 (let (($x91 (and (ite (= spinal_adult_l0_bolus_1_via 0) false true) (not spinal_adult_l0_bolus_1_emergency))))
 (let (($x92 (and (ite (= spinal_adult_l0_bolus_0_via 0) false true) (not spinal_adult_l0_bolus_0_emergency))))
 (let (($x93 (not (or $x92 $x91))))
 (=> holds_ITB-PUMP-6 $x93)))))
(assert
 (let (($x94 (not (or (not (ite (= spinal_adult_l0_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x94)))
(assert
 (let (($x95 (and (< 0.0 spinal_adult_l0_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_3_concentration_ug_ml))))
 (let (($x96 (and (< 0.0 spinal_adult_l0_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_2_concentration_ug_ml))))
 (let (($x97 (and (< 0.0 spinal_adult_l0_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_1_concentration_ug_ml))))
 (let (($x98 (and (< 0.0 spinal_adult_l0_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_0_concentration_ug_ml))))
 (let (($x99 (and (< 0.0 spinal_adult_l0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_concentration_ug_ml))))
 (let (($x100 (not $x99)))
 (let (($x101 (and (< 0.0 spinal_adult_l0_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x102 (and (< 0.0 spinal_adult_l0_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x103 (or (= 50.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x104 (= spinal_adult_l0_refill_1_diluent 0)))
 (let (($x105 (ite $x104 true (ite (= spinal_adult_l0_refill_1_diluent 1) false false))))
 (let (($x106 (or (= 50.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x107 (= spinal_adult_l0_refill_0_diluent 0)))
 (let (($x108 (ite $x107 true (ite (= spinal_adult_l0_refill_0_diluent 1) false false))))
 (let (($x109 (ite $x104 false (ite (= spinal_adult_l0_refill_1_diluent 1) true false))))
 (let (($x110 (ite $x107 false (ite (= spinal_adult_l0_refill_0_diluent 1) true false))))
 (let (($x111 (or (not (or $x108 $x110)) (not (or $x105 $x109)) (and $x108 (not $x106)) (and $x105 (not $x103)) (not $x102) (not $x101) $x100 $x100 $x100 $x100 (not $x98) (not $x97) (not $x96) (not $x95))))
 (let (($x112 (not $x111)))
 (=> holds_ITB-CONC-1 $x112))))))))))))))))))))
(assert
 (let (($x113 (or (not (= 50.0 spinal_adult_l0_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_3_concentration_ug_ml)))))
 (let (($x114 (not $x113)))
 (=> holds_ITB-SCR-1 $x114))))
(assert
 (let (($x115 (not (or (not (>= 50.0 spinal_adult_l0_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x115)))
(assert
 (let (($x116 (or (not (<= 1.0 spinal_adult_l0_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_3_duration_min)))))
 (let (($x117 (not $x116)))
 (=> holds_ITB-SCR-3 $x117))))
(assert
 (let (($x118 (<= 24.0 (- spinal_adult_l0_screening_3_h spinal_adult_l0_screening_2_h))))
 (let (($x119 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x120 (ite $x119 true false)))
 (let (($x121 (<= 24.0 (- spinal_adult_l0_screening_2_h spinal_adult_l0_screening_1_h))))
 (let (($x122 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x123 (ite $x122 true false)))
 (let (($x124 (<= 24.0 (- spinal_adult_l0_screening_1_h spinal_adult_l0_screening_0_h))))
 (let (($x125 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x126 (ite $x125 true false)))
 (let (($x127 (<= spinal_adult_l0_screening_3_dose_ug (+ spinal_adult_l0_screening_2_dose_ug 25.0))))
 (let (($x128 (<= spinal_adult_l0_screening_2_dose_ug (+ spinal_adult_l0_screening_1_dose_ug 25.0))))
 (let (($x129 (<= spinal_adult_l0_screening_1_dose_ug (+ spinal_adult_l0_screening_0_dose_ug 25.0))))
 (let (($x130 (or (not $x126) (not $x123) (not $x120) (and $x126 (not $x129)) (and $x123 (not $x128)) (and $x120 (not $x127)) (and $x126 (not $x124)) (and $x123 (not $x121)) (and $x120 (not $x118)))))
 (let (($x131 (not $x130)))
 (=> holds_ITB-SCR-4 $x131))))))))))))))))
(assert
 (let (($x132 (or (not (>= 100.0 spinal_adult_l0_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_3_dose_ug)))))
 (let (($x133 (not $x132)))
 (=> holds_ITB-SCR-5 $x133))))
(assert
 (let (($x134 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x135 (ite $x134 false true)))
 (let (($x119 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x136 (ite $x119 false true)))
 (let (($x122 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x137 (ite $x122 false true)))
 (let (($x125 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x138 (ite $x125 false true)))
 (let (($x139 (or (and $x138 (<= spinal_adult_l0_screening_0_h spinal_adult_l0_step_0_h)) (and $x137 (<= spinal_adult_l0_screening_1_h spinal_adult_l0_step_0_h)) (and $x136 (<= spinal_adult_l0_screening_2_h spinal_adult_l0_step_0_h)) (and $x135 (<= spinal_adult_l0_screening_3_h spinal_adult_l0_step_0_h)))))
 (let (($x140 (not (or (not $x139)))))
 (=> holds_ITB-SCR-6 $x140))))))))))))
(assert
 (let ((?x141 (* 2.0 spinal_adult_l0_screening_3_dose_ug)))
 (let ((?x142 (ite (>= 12.0 spinal_adult_l0_screening_3_effect_h) ?x141 spinal_adult_l0_screening_3_dose_ug)))
 (let (($x134 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x135 (ite $x134 false true)))
 (let ((?x143 (* 2.0 spinal_adult_l0_screening_2_dose_ug)))
 (let ((?x144 (ite (>= 12.0 spinal_adult_l0_screening_2_effect_h) ?x143 spinal_adult_l0_screening_2_dose_ug)))
 (let (($x119 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x136 (ite $x119 false true)))
 (let ((?x145 (* 2.0 spinal_adult_l0_screening_1_dose_ug)))
 (let ((?x146 (ite (>= 12.0 spinal_adult_l0_screening_1_effect_h) ?x145 spinal_adult_l0_screening_1_dose_ug)))
 (let (($x122 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x137 (ite $x122 false true)))
 (let ((?x147 (* 2.0 spinal_adult_l0_screening_0_dose_ug)))
 (let ((?x148 (ite (>= 12.0 spinal_adult_l0_screening_0_effect_h) ?x147 spinal_adult_l0_screening_0_dose_ug)))
 (let (($x125 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x138 (ite $x125 false true)))
 (let (($x149 (or (and $x138 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x148))) (and $x137 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x146))) (and $x136 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x144))) (and $x135 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x142))))))
 (let (($x150 (not $x149)))
 (=> holds_ITB-INIT-1 $x150))))))))))))))))))))
(assert
 (let (($x151 (not (<= 24.0 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_0_h)))))
 (let (($x152 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x153 (not (<= 24.0 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_0_h)))))
 (let (($x154 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x155 (not (<= 24.0 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))))
 (let (($x156 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x157 (not (or (and $x156 $x155) (and $x154 $x153) (and $x152 $x151)))))
 (=> holds_ITB-INIT-2 $x157)))))))))
(assert
 (let ((?x158 (+ 1.0 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x159 (<= spinal_adult_l0_step_3_daily_dose_ug (* ?x158 spinal_adult_l0_step_2_daily_dose_ug))))
 (let (($x152 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x160 (<= spinal_adult_l0_step_2_daily_dose_ug (* ?x158 spinal_adult_l0_step_1_daily_dose_ug))))
 (let (($x154 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x161 (<= spinal_adult_l0_step_1_daily_dose_ug (* ?x158 spinal_adult_l0_step_0_daily_dose_ug))))
 (let (($x156 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x162 (or (and $x156 (not $x161)) (and $x154 (not $x160)) (and $x152 (not $x159)))))
 (let (($x163 (not $x162)))
 (=> holds_ITB-TITR-1 $x163)))))))))))
(assert
 (let ((?x164 (ite spinal_adult_l0_programmable 24.0 48.0)))
 (let (($x152 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x165 (and $x152 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) $x152) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) ?x164)))))
 (let (($x154 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x166 (and $x152 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) $x154) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) ?x164)))))
 (let (($x156 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x167 (and $x152 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) $x156) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) ?x164)))))
 (let (($x168 (and $x154 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) $x152) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) ?x164)))))
 (let (($x169 (and $x154 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) $x154) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) ?x164)))))
 (let (($x170 (and $x154 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) $x156) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) ?x164)))))
 (let (($x171 (and $x156 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) $x152) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) ?x164)))))
 (let (($x172 (and $x156 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) $x154) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) ?x164)))))
 (let (($x173 (and $x156 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) $x156) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) ?x164)))))
 (let (($x174 (not (or $x173 $x172 $x171 $x170 $x169 $x168 $x167 $x166 $x165))))
 (=> holds_ITB-TITR-2 $x174))))))))))))))))
(assert
 (let ((?x175 (ite (<= spinal_adult_l0_step_1_h w_0) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let ((?x176 (ite (<= spinal_adult_l0_step_2_h w_0) spinal_adult_l0_step_2_daily_dose_ug ?x175)))
 (let ((?x177 (ite (<= spinal_adult_l0_step_3_h w_0) spinal_adult_l0_step_3_daily_dose_ug ?x176)))
 (let (($x178 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_1_h) (< spinal_adult_l0_bolus_1_h w_0))))
 (let (($x179 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_0_h) (< spinal_adult_l0_bolus_0_h w_0))))
 (let ((?x180 (+ (+ 0.0 (ite $x179 spinal_adult_l0_bolus_0_dose_ug 0.0)) (ite $x178 spinal_adult_l0_bolus_1_dose_ug 0.0))))
 (let ((?x43 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
 (let ((?x44 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x46 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
 (let ((?x47 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x49 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
 (let ((?x50 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x52 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
 (let ((?x53 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x181 (+ 0.0 (* ?x53 ?x52))))
 (let ((?x182 (+ ?x181 (* ?x50 ?x49))))
 (let ((?x183 (+ ?x182 (* ?x47 ?x46))))
 (let ((?x184 (+ ?x183 (* ?x44 ?x43))))
 (let ((?x185 (ite (<= (- w_0 24.0) spinal_adult_l0_end_h) (+ ?x183 (* ?x44 (- (- w_0 24.0) spinal_adult_l0_step_3_h))) ?x184)))
 (let ((?x186 (ite (<= (- w_0 24.0) spinal_adult_l0_step_3_h) (+ ?x182 (* ?x47 (- (- w_0 24.0) spinal_adult_l0_step_2_h))) ?x185)))
 (let ((?x187 (ite (<= (- w_0 24.0) spinal_adult_l0_step_2_h) (+ ?x181 (* ?x50 (- (- w_0 24.0) spinal_adult_l0_step_1_h))) ?x186)))
 (let ((?x188 (ite (<= (- w_0 24.0) spinal_adult_l0_step_1_h) (+ 0.0 (* ?x53 (- (- w_0 24.0) spinal_adult_l0_step_0_h))) ?x187)))
 (let ((?x189 (ite (<= w_0 spinal_adult_l0_end_h) (+ ?x183 (* ?x44 (- w_0 spinal_adult_l0_step_3_h))) ?x184)))
 (let ((?x190 (ite (<= w_0 spinal_adult_l0_step_3_h) (+ ?x182 (* ?x47 (- w_0 spinal_adult_l0_step_2_h))) ?x189)))
 (let ((?x191 (ite (<= w_0 spinal_adult_l0_step_2_h) (+ ?x181 (* ?x50 (- w_0 spinal_adult_l0_step_1_h))) ?x190)))
 (let ((?x192 (ite (<= w_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x53 (- w_0 spinal_adult_l0_step_0_h))) ?x191)))
 (let ((?x193 (ite (<= w_0 spinal_adult_l0_step_0_h) 0.0 ?x192)))
 (let ((?x194 (- ?x193 (ite (<= (- w_0 24.0) spinal_adult_l0_step_0_h) 0.0 ?x188))))
 (let ((?x195 (ite (>= (- w_0 24.0) spinal_adult_l0_step_0_h) (+ ?x194 ?x180) (* 1.0 ?x177))))
 (let ((?x158 (+ 1.0 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x196 (and (<= w_0 spinal_adult_l0_bolus_1_h) (< spinal_adult_l0_bolus_1_h (+ w_0 24.0)))))
 (let (($x197 (and (<= w_0 spinal_adult_l0_bolus_0_h) (< spinal_adult_l0_bolus_0_h (+ w_0 24.0)))))
 (let ((?x198 (+ (+ 0.0 (ite $x197 spinal_adult_l0_bolus_0_dose_ug 0.0)) (ite $x196 spinal_adult_l0_bolus_1_dose_ug 0.0))))
 (let ((?x199 (+ w_0 24.0)))
 (let (($x200 (<= ?x199 spinal_adult_l0_end_h)))
 (let ((?x201 (ite (<= ?x199 spinal_adult_l0_step_3_h) (+ ?x182 (* ?x47 (- ?x199 spinal_adult_l0_step_2_h))) (ite $x200 (+ ?x183 (* ?x44 (- ?x199 spinal_adult_l0_step_3_h))) ?x184))))
 (let ((?x202 (ite (<= ?x199 spinal_adult_l0_step_2_h) (+ ?x181 (* ?x50 (- ?x199 spinal_adult_l0_step_1_h))) ?x201)))
 (let ((?x203 (ite (<= ?x199 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x53 (- ?x199 spinal_adult_l0_step_0_h))) ?x202)))
 (let ((?x204 (+ (- (ite (<= ?x199 spinal_adult_l0_step_0_h) 0.0 ?x203) ?x193) ?x198)))
 (let (($x205 (and (<= spinal_adult_l0_step_0_h w_0) $x200 (not (<= ?x204 (* ?x158 ?x195))))))
 (let (($x206 (not (or $x205))))
 (=> holds_ITB-TITR-3 $x206)))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x207 (ite (<= spinal_adult_l0_step_1_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
(let ((?x208 (ite (<= spinal_adult_l0_step_2_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_2_daily_dose_ug ?x207)))
(let ((?x209 (ite (<= spinal_adult_l0_step_3_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_3_daily_dose_ug ?x208)))
(let ((?x210 (ite (< spinal_adult_l0_bolus_1_h spinal_adult_l0_step_0_h) 0.0 ?x209)))
(let (($x211 (not (<= spinal_adult_l0_bolus_1_dose_ug (ite (>= 100.0 ?x210) 100.0 ?x210)))))
(let ((?x212 (ite (<= spinal_adult_l0_step_1_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
(let ((?x213 (ite (<= spinal_adult_l0_step_2_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_2_daily_dose_ug ?x212)))
(let ((?x214 (ite (<= spinal_adult_l0_step_3_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_3_daily_dose_ug ?x213)))
(let ((?x215 (ite (< spinal_adult_l0_bolus_0_h spinal_adult_l0_step_0_h) 0.0 ?x214)))
(let (($x216 (not (<= spinal_adult_l0_bolus_0_dose_ug (ite (>= 100.0 ?x215) 100.0 ?x215)))))
(let (($x217 (not (or $x216 $x211))))
(=> holds_ITB-DOSE-3 $x217)))))))))))))
(check-sat)
