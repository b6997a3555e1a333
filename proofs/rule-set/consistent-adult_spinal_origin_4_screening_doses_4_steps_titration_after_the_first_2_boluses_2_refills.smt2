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
 (let (($x1 (>= spinal_adult_l0_step_3_daily_dose_ug (* (/ 4.0 5.0) spinal_adult_l0_step_2_daily_dose_ug))))
 (let (($x2 (< spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x3 (>= spinal_adult_l0_step_2_daily_dose_ug (* (/ 4.0 5.0) spinal_adult_l0_step_1_daily_dose_ug))))
 (let (($x4 (< spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x5 (>= spinal_adult_l0_step_1_daily_dose_ug (* (/ 4.0 5.0) spinal_adult_l0_step_0_daily_dose_ug))))
 (let (($x6 (< spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x7 (or (and $x6 (not $x5)) (and $x4 (not $x3)) (and $x2 (not $x1)))))
 (=> holds_ITB-STOP-1 (not $x7))))))))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-STOP-2 $x8)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 spinal_adult_l0_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 spinal_adult_l0_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or spinal_adult_l0_infection))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-1 $x8)))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-2 $x8)))
(assert
 (let ((?x9 (* spinal_adult_l0_step_3_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x10 (- ?x9 spinal_adult_l0_step_3_daily_dose_ug)))
 (let (($x11 (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_3_daily_dose_ug) ?x10)))
 (let (($x12 (and $x11 (<= ?x10 (* (/ 1.0 100.0) spinal_adult_l0_step_3_daily_dose_ug)))))
 (let ((?x13 (* spinal_adult_l0_step_2_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x14 (- ?x13 spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x15 (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_2_daily_dose_ug) ?x14)))
 (let (($x16 (and $x15 (<= ?x14 (* (/ 1.0 100.0) spinal_adult_l0_step_2_daily_dose_ug)))))
 (let ((?x17 (* spinal_adult_l0_step_1_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x18 (- ?x17 spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x19 (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_1_daily_dose_ug) ?x18)))
 (let (($x20 (and $x19 (<= ?x18 (* (/ 1.0 100.0) spinal_adult_l0_step_1_daily_dose_ug)))))
 (let ((?x21 (* spinal_adult_l0_step_0_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x22 (- ?x21 spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x23 (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_0_daily_dose_ug) ?x22)))
 (let (($x24 (and $x23 (<= ?x22 (* (/ 1.0 100.0) spinal_adult_l0_step_0_daily_dose_ug)))))
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
 (let (($x41 (or $x40 $x37 $x34 $x31 $x28 $x26 (not $x24) (not $x20) (not $x16) (not $x12))))
 (=> holds_ITB-PUMP-3 (not $x41))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x42 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
 (let ((?x43 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x44 (/ ?x43 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x45 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
 (let ((?x46 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x47 (/ ?x46 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x48 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
 (let ((?x49 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x50 (/ ?x49 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x51 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
 (let ((?x52 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x53 (/ ?x52 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x54 (+ 0.0 (* ?x53 ?x51))))
 (let ((?x55 (+ ?x54 (* ?x50 ?x48))))
 (let ((?x56 (+ ?x55 (* ?x47 ?x45))))
 (let ((?x57 (+ ?x56 (* ?x44 ?x42))))
 (let ((?x58 (+ ?x56 (* ?x44 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h)))))
 (let ((?x59 (+ ?x55 (* ?x47 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h)))))
 (let ((?x60 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h) ?x59 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_end_h) ?x58 ?x57))))
 (let ((?x61 (+ ?x54 (* ?x50 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h)))))
 (let ((?x62 (+ 0.0 (* ?x53 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h)))))
 (let ((?x63 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h) ?x62 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h) ?x61 ?x60))))
 (let ((?x64 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h) 0.0 ?x63)))
 (let (($x65 (<= t_0 spinal_adult_l0_end_h)))
 (let ((?x66 (ite (<= t_0 spinal_adult_l0_step_3_h) (+ ?x55 (* ?x47 (- t_0 spinal_adult_l0_step_2_h))) (ite $x65 (+ ?x56 (* ?x44 (- t_0 spinal_adult_l0_step_3_h))) ?x57))))
 (let ((?x67 (ite (<= t_0 spinal_adult_l0_step_2_h) (+ ?x54 (* ?x50 (- t_0 spinal_adult_l0_step_1_h))) ?x66)))
 (let ((?x68 (ite (<= t_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x53 (- t_0 spinal_adult_l0_step_0_h))) ?x67)))
 (let ((?x69 (ite (<= t_0 spinal_adult_l0_step_0_h) 0.0 ?x68)))
 (let ((?x70 (+ ?x56 (* ?x44 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))))
 (let (($x71 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_end_h)))
 (let ((?x72 (+ ?x55 (* ?x47 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))))
 (let (($x29 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))
 (let ((?x73 (+ ?x54 (* ?x50 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))))
 (let (($x32 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))
 (let ((?x74 (+ 0.0 (* ?x53 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))))
 (let (($x35 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))
 (let (($x38 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))
 (let ((?x75 (ite $x38 0.0 (ite $x35 ?x74 (ite $x32 ?x73 (ite $x29 ?x72 (ite $x71 ?x70 ?x57)))))))
 (let ((?x76 (ite (< spinal_adult_l0_refill_0_h t_0) (- spinal_adult_l0_refill_0_volume_ml (+ (- ?x69 ?x75) 0.0)) (- 0.0 (+ (- ?x69 ?x64) 0.0)))))
 (let ((?x77 (+ ?x56 (* ?x44 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))))
 (let (($x78 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_end_h)))
 (let ((?x79 (+ ?x55 (* ?x47 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))))
 (let (($x30 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))
 (let ((?x80 (+ ?x54 (* ?x50 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))))
 (let (($x33 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))
 (let ((?x81 (+ 0.0 (* ?x53 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))))
 (let (($x36 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))
 (let (($x39 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))
 (let ((?x82 (ite $x39 0.0 (ite $x36 ?x81 (ite $x33 ?x80 (ite $x30 ?x79 (ite $x78 ?x77 ?x57)))))))
 (let ((?x83 (ite (< spinal_adult_l0_refill_1_h t_0) (- spinal_adult_l0_refill_1_volume_ml (+ (- ?x69 ?x82) 0.0)) ?x76)))
 (let ((?x84 (ite (<= 0.0 spinal_adult_l0_step_0_h) spinal_adult_l0_step_0_h 0.0)))
 (let (($x85 (or (and (< ?x84 t_0) $x65 (not (> ?x83 spinal_adult_l0_alarm_ml))))))
 (=> holds_ITB-PUMP-4 (not $x85)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x86 (not (>= 1848.0 (- spinal_adult_l0_refill_1_h spinal_adult_l0_refill_0_h)))))
 (let (($x87 (or $x86 (not (>= 1848.0 (- spinal_adult_l0_end_h spinal_adult_l0_refill_1_h))))))
 (=> holds_ITB-PUMP-5 (not $x87)))))
(assert
 (let (($x88 (not spinal_adult_l0_bolus_1_emergency)))
 (let (($x89 (not spinal_adult_l0_bolus_0_emergency)))
 (let (($x90 (or (and (ite (= spinal_adult_l0_bolus_0_via 0) false true) $x89) (and (ite (= spinal_adult_l0_bolus_1_via 0) false true) $x88))))
 (=> holds_ITB-PUMP-6 (not $x90))))))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_adult_l0_route 0) true false))))))
(assert
 (let (($x91 (and (< 0.0 spinal_adult_l0_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_3_concentration_ug_ml))))
 (let (($x92 (and (< 0.0 spinal_adult_l0_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_2_concentration_ug_ml))))
 (let (($x93 (and (< 0.0 spinal_adult_l0_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_1_concentration_ug_ml))))
 (let (($x94 (and (< 0.0 spinal_adult_l0_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_0_concentration_ug_ml))))
 (let (($x95 (and (< 0.0 spinal_adult_l0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_concentration_ug_ml))))
 (let (($x96 (not $x95)))
 (let (($x97 (and (< 0.0 spinal_adult_l0_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x98 (and (< 0.0 spinal_adult_l0_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x99 (or (= 50.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x100 (= spinal_adult_l0_refill_1_diluent 0)))
 (let (($x101 (ite $x100 true (ite (= spinal_adult_l0_refill_1_diluent 1) false false))))
 (let (($x102 (or (= 50.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x103 (= spinal_adult_l0_refill_0_diluent 0)))
 (let (($x104 (ite $x103 true (ite (= spinal_adult_l0_refill_0_diluent 1) false false))))
 (let (($x105 (ite $x100 false (ite (= spinal_adult_l0_refill_1_diluent 1) true false))))
 (let (($x106 (ite $x103 false (ite (= spinal_adult_l0_refill_0_diluent 1) true false))))
 (let (($x107 (or (not (or $x104 $x106)) (not (or $x101 $x105)) (and $x104 (not $x102)) (and $x101 (not $x99)) (not $x98) (not $x97) $x96 $x96 $x96 $x96 (not $x94) (not $x93) (not $x92) (not $x91))))
 (=> holds_ITB-CONC-1 (not $x107))))))))))))))))))))
(assert
 (let (($x108 (or (not (= 50.0 spinal_adult_l0_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x108))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 spinal_adult_l0_screening_0_dose_ug))))))
(assert
 (let (($x109 (or (not (<= 1.0 spinal_adult_l0_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x109))))
(assert
 (let (($x110 (<= 24.0 (- spinal_adult_l0_screening_3_h spinal_adult_l0_screening_2_h))))
 (let (($x111 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x112 (ite $x111 true false)))
 (let (($x113 (<= 24.0 (- spinal_adult_l0_screening_2_h spinal_adult_l0_screening_1_h))))
 (let (($x114 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x115 (ite $x114 true false)))
 (let (($x116 (<= 24.0 (- spinal_adult_l0_screening_1_h spinal_adult_l0_screening_0_h))))
 (let (($x117 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x118 (ite $x117 true false)))
 (let (($x119 (<= spinal_adult_l0_screening_3_dose_ug (+ spinal_adult_l0_screening_2_dose_ug 25.0))))
 (let (($x120 (<= spinal_adult_l0_screening_2_dose_ug (+ spinal_adult_l0_screening_1_dose_ug 25.0))))
 (let (($x121 (<= spinal_adult_l0_screening_1_dose_ug (+ spinal_adult_l0_screening_0_dose_ug 25.0))))
 (let (($x122 (or (not $x118) (not $x115) (not $x112) (and $x118 (not $x121)) (and $x115 (not $x120)) (and $x112 (not $x119)) (and $x118 (not $x116)) (and $x115 (not $x113)) (and $x112 (not $x110)))))
 (=> holds_ITB-SCR-4 (not $x122))))))))))))))))
(assert
 (let (($x123 (or (not (>= 100.0 spinal_adult_l0_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x123))))
(assert
 (let (($x124 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x125 (ite $x124 false true)))
 (let (($x111 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x126 (ite $x111 false true)))
 (let (($x114 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x127 (ite $x114 false true)))
 (let (($x117 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x128 (ite $x117 false true)))
 (let (($x129 (or (and $x128 (<= spinal_adult_l0_screening_0_h spinal_adult_l0_step_0_h)) (and $x127 (<= spinal_adult_l0_screening_1_h spinal_adult_l0_step_0_h)) (and $x126 (<= spinal_adult_l0_screening_2_h spinal_adult_l0_step_0_h)) (and $x125 (<= spinal_adult_l0_screening_3_h spinal_adult_l0_step_0_h)))))
 (=> holds_ITB-SCR-6 (not (or (not $x129))))))))))))))
(assert
 (let ((?x130 (* 2.0 spinal_adult_l0_screening_3_dose_ug)))
 (let ((?x131 (ite (>= 12.0 spinal_adult_l0_screening_3_effect_h) ?x130 spinal_adult_l0_screening_3_dose_ug)))
 (let (($x124 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x125 (ite $x124 false true)))
 (let ((?x132 (* 2.0 spinal_adult_l0_screening_2_dose_ug)))
 (let ((?x133 (ite (>= 12.0 spinal_adult_l0_screening_2_effect_h) ?x132 spinal_adult_l0_screening_2_dose_ug)))
 (let (($x111 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x126 (ite $x111 false true)))
 (let ((?x134 (* 2.0 spinal_adult_l0_screening_1_dose_ug)))
 (let ((?x135 (ite (>= 12.0 spinal_adult_l0_screening_1_effect_h) ?x134 spinal_adult_l0_screening_1_dose_ug)))
 (let (($x114 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x127 (ite $x114 false true)))
 (let ((?x136 (* 2.0 spinal_adult_l0_screening_0_dose_ug)))
 (let ((?x137 (ite (>= 12.0 spinal_adult_l0_screening_0_effect_h) ?x136 spinal_adult_l0_screening_0_dose_ug)))
 (let (($x117 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x128 (ite $x117 false true)))
 (let (($x138 (or (and $x128 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x137))) (and $x127 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x135))) (and $x126 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x133))) (and $x125 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x131))))))
 (=> holds_ITB-INIT-1 (not $x138))))))))))))))))))))
(assert
 (let (($x139 (not (<= 24.0 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_0_h)))))
 (let (($x140 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x141 (not (<= 24.0 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_0_h)))))
 (let (($x142 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x143 (not (<= 24.0 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))))
 (let (($x144 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x144 $x143) (and $x142 $x141) (and $x140 $x139)))))))))))
(assert
 (let ((?x145 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x146 (+ 1.0 ?x145)))
 (let (($x147 (<= spinal_adult_l0_step_3_daily_dose_ug (* ?x146 spinal_adult_l0_step_2_daily_dose_ug))))
 (let (($x140 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x148 (<= spinal_adult_l0_step_2_daily_dose_ug (* ?x146 spinal_adult_l0_step_1_daily_dose_ug))))
 (let (($x142 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x149 (<= spinal_adult_l0_step_1_daily_dose_ug (* ?x146 spinal_adult_l0_step_0_daily_dose_ug))))
 (let (($x144 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x150 (or (and $x144 (not $x149)) (and $x142 (not $x148)) (and $x140 (not $x147)))))
 (=> holds_ITB-TITR-1 (not $x150))))))))))))
(assert
 (let ((?x151 (ite spinal_adult_l0_programmable 24.0 48.0)))
 (let (($x140 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x152 (and $x140 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) $x140) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) ?x151)))))
 (let (($x142 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x153 (and $x140 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) $x142) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) ?x151)))))
 (let (($x144 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x154 (and $x140 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) $x144) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) ?x151)))))
 (let (($x155 (and $x142 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) $x140) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) ?x151)))))
 (let (($x156 (and $x142 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) $x142) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) ?x151)))))
 (let (($x157 (and $x142 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) $x144) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) ?x151)))))
 (let (($x158 (and $x144 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) $x140) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) ?x151)))))
 (let (($x159 (and $x144 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) $x142) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) ?x151)))))
 (let (($x160 (and $x144 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) $x144) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) ?x151)))))
 (=> holds_ITB-TITR-2 (not (or $x160 $x159 $x158 $x157 $x156 $x155 $x154 $x153 $x152)))))))))))))))))
(assert
 (let ((?x161 (ite (<= spinal_adult_l0_step_1_h w_0) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let ((?x162 (ite (<= spinal_adult_l0_step_2_h w_0) spinal_adult_l0_step_2_daily_dose_ug ?x161)))
 (let ((?x163 (ite (<= spinal_adult_l0_step_3_h w_0) spinal_adult_l0_step_3_daily_dose_ug ?x162)))
 (let (($x164 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_1_h) (< spinal_adult_l0_bolus_1_h w_0))))
 (let (($x165 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_0_h) (< spinal_adult_l0_bolus_0_h w_0))))
 (let ((?x166 (+ (+ 0.0 (ite $x165 spinal_adult_l0_bolus_0_dose_ug 0.0)) (ite $x164 spinal_adult_l0_bolus_1_dose_ug 0.0))))
 (let ((?x42 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
 (let ((?x43 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x45 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
 (let ((?x46 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x48 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
 (let ((?x49 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x51 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
 (let ((?x52 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x167 (+ 0.0 (* ?x52 ?x51))))
 (let ((?x168 (+ ?x167 (* ?x49 ?x48))))
 (let ((?x169 (+ ?x168 (* ?x46 ?x45))))
 (let ((?x170 (+ ?x169 (* ?x43 ?x42))))
 (let ((?x171 (ite (<= (- w_0 24.0) spinal_adult_l0_end_h) (+ ?x169 (* ?x43 (- (- w_0 24.0) spinal_adult_l0_step_3_h))) ?x170)))
 (let ((?x172 (ite (<= (- w_0 24.0) spinal_adult_l0_step_3_h) (+ ?x168 (* ?x46 (- (- w_0 24.0) spinal_adult_l0_step_2_h))) ?x171)))
 (let ((?x173 (ite (<= (- w_0 24.0) spinal_adult_l0_step_2_h) (+ ?x167 (* ?x49 (- (- w_0 24.0) spinal_adult_l0_step_1_h))) ?x172)))
 (let ((?x174 (ite (<= (- w_0 24.0) spinal_adult_l0_step_1_h) (+ 0.0 (* ?x52 (- (- w_0 24.0) spinal_adult_l0_step_0_h))) ?x173)))
 (let ((?x175 (ite (<= w_0 spinal_adult_l0_end_h) (+ ?x169 (* ?x43 (- w_0 spinal_adult_l0_step_3_h))) ?x170)))
 (let ((?x176 (ite (<= w_0 spinal_adult_l0_step_3_h) (+ ?x168 (* ?x46 (- w_0 spinal_adult_l0_step_2_h))) ?x175)))
 (let ((?x177 (ite (<= w_0 spinal_adult_l0_step_2_h) (+ ?x167 (* ?x49 (- w_0 spinal_adult_l0_step_1_h))) ?x176)))
 (let ((?x178 (ite (<= w_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x52 (- w_0 spinal_adult_l0_step_0_h))) ?x177)))
 (let ((?x179 (ite (<= w_0 spinal_adult_l0_step_0_h) 0.0 ?x178)))
 (let ((?x180 (- ?x179 (ite (<= (- w_0 24.0) spinal_adult_l0_step_0_h) 0.0 ?x174))))
 (let ((?x181 (ite (>= (- w_0 24.0) spinal_adult_l0_step_0_h) (+ ?x180 ?x166) (* 1.0 ?x163))))
 (let ((?x145 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x146 (+ 1.0 ?x145)))
 (let (($x182 (<= w_0 spinal_adult_l0_bolus_1_h)))
 (let ((?x183 (ite (and $x182 (< spinal_adult_l0_bolus_1_h (+ w_0 24.0))) spinal_adult_l0_bolus_1_dose_ug 0.0)))
 (let (($x184 (<= w_0 spinal_adult_l0_bolus_0_h)))
 (let ((?x185 (ite (and $x184 (< spinal_adult_l0_bolus_0_h (+ w_0 24.0))) spinal_adult_l0_bolus_0_dose_ug 0.0)))
 (let ((?x186 (+ w_0 24.0)))
 (let (($x187 (<= ?x186 spinal_adult_l0_end_h)))
 (let ((?x188 (ite (<= ?x186 spinal_adult_l0_step_3_h) (+ ?x168 (* ?x46 (- ?x186 spinal_adult_l0_step_2_h))) (ite $x187 (+ ?x169 (* ?x43 (- ?x186 spinal_adult_l0_step_3_h))) ?x170))))
 (let ((?x189 (ite (<= ?x186 spinal_adult_l0_step_2_h) (+ ?x167 (* ?x49 (- ?x186 spinal_adult_l0_step_1_h))) ?x188)))
 (let ((?x190 (ite (<= ?x186 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x52 (- ?x186 spinal_adult_l0_step_0_h))) ?x189)))
 (let ((?x191 (+ (- (ite (<= ?x186 spinal_adult_l0_step_0_h) 0.0 ?x190) ?x179) (+ (+ 0.0 ?x185) ?x183))))
 (let (($x192 (and (<= spinal_adult_l0_step_0_h w_0) $x187 (not (<= ?x191 (* ?x146 ?x181))))))
 (=> holds_ITB-TITR-3 (not (or $x192))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x193 (ite (<= spinal_adult_l0_step_1_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
(let ((?x194 (ite (<= spinal_adult_l0_step_2_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_2_daily_dose_ug ?x193)))
(let ((?x195 (ite (<= spinal_adult_l0_step_3_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_3_daily_dose_ug ?x194)))
(let ((?x196 (ite (< spinal_adult_l0_bolus_1_h spinal_adult_l0_step_0_h) 0.0 ?x195)))
(let (($x197 (not (<= spinal_adult_l0_bolus_1_dose_ug (ite (>= 100.0 ?x196) 100.0 ?x196)))))
(let ((?x198 (ite (<= spinal_adult_l0_step_1_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
(let ((?x199 (ite (<= spinal_adult_l0_step_2_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_2_daily_dose_ug ?x198)))
(let ((?x200 (ite (<= spinal_adult_l0_step_3_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_3_daily_dose_ug ?x199)))
(let ((?x201 (ite (< spinal_adult_l0_bolus_0_h spinal_adult_l0_step_0_h) 0.0 ?x200)))
(let (($x202 (not (<= spinal_adult_l0_bolus_0_dose_ug (ite (>= 100.0 ?x201) 100.0 ?x201)))))
(=> holds_ITB-DOSE-3 (not (or $x202 $x197))))))))))))))
(check-sat)
