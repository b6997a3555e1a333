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
 (let ((?x42 (/ spinal_adult_l0_bolus_1_dose_ug spinal_adult_l0_concentration_ug_ml)))
 (let (($x43 (= spinal_adult_l0_bolus_1_h spinal_adult_l0_end_h)))
 (let ((?x44 (ite (and (ite (= spinal_adult_l0_bolus_1_via 0) true false) $x43) ?x42 0.0)))
 (let ((?x45 (/ spinal_adult_l0_bolus_0_dose_ug spinal_adult_l0_concentration_ug_ml)))
 (let (($x46 (= spinal_adult_l0_bolus_0_h spinal_adult_l0_end_h)))
 (let ((?x47 (ite (and (ite (= spinal_adult_l0_bolus_0_via 0) true false) $x46) ?x45 0.0)))
 (let ((?x48 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
 (let ((?x49 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x50 (/ ?x49 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x51 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
 (let ((?x52 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x53 (/ ?x52 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x54 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
 (let ((?x55 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x56 (/ ?x55 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x57 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
 (let ((?x58 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x59 (/ ?x58 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x60 (+ 0.0 (* ?x59 ?x57))))
 (let ((?x61 (+ ?x60 (* ?x56 ?x54))))
 (let ((?x62 (+ ?x61 (* ?x53 ?x51))))
 (let ((?x63 (+ ?x62 (* ?x50 ?x48))))
 (let ((?x64 (+ ?x62 (* ?x50 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h)))))
 (let ((?x65 (+ ?x61 (* ?x53 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h)))))
 (let ((?x66 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h) ?x65 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_end_h) ?x64 ?x63))))
 (let ((?x67 (+ ?x60 (* ?x56 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h)))))
 (let ((?x68 (+ 0.0 (* ?x59 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h)))))
 (let ((?x69 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h) ?x68 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h) ?x67 ?x66))))
 (let ((?x70 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h) 0.0 ?x69)))
 (let ((?x71 (ite (<= spinal_adult_l0_end_h spinal_adult_l0_step_3_h) (+ ?x61 (* ?x53 (- spinal_adult_l0_end_h spinal_adult_l0_step_2_h))) (ite (<= spinal_adult_l0_end_h spinal_adult_l0_end_h) ?x63 ?x63))))
 (let ((?x72 (ite (<= spinal_adult_l0_end_h spinal_adult_l0_step_2_h) (+ ?x60 (* ?x56 (- spinal_adult_l0_end_h spinal_adult_l0_step_1_h))) ?x71)))
 (let ((?x73 (+ 0.0 (* ?x59 (- spinal_adult_l0_end_h spinal_adult_l0_step_0_h)))))
 (let ((?x74 (ite (<= spinal_adult_l0_end_h spinal_adult_l0_step_0_h) 0.0 (ite (<= spinal_adult_l0_end_h spinal_adult_l0_step_1_h) ?x73 ?x72))))
 (let ((?x75 (+ ?x62 (* ?x50 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))))
 (let (($x76 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_end_h)))
 (let ((?x77 (+ ?x61 (* ?x53 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))))
 (let (($x29 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))
 (let ((?x78 (+ ?x60 (* ?x56 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))))
 (let (($x32 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))
 (let ((?x79 (+ 0.0 (* ?x59 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))))
 (let (($x35 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))
 (let (($x38 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))
 (let ((?x80 (ite $x38 0.0 (ite $x35 ?x79 (ite $x32 ?x78 (ite $x29 ?x77 (ite $x76 ?x75 ?x63)))))))
 (let ((?x81 (ite (< spinal_adult_l0_refill_0_h spinal_adult_l0_end_h) (- spinal_adult_l0_refill_0_volume_ml (+ (- ?x74 ?x80) 0.0)) (- 0.0 (+ (- ?x74 ?x70) 0.0)))))
 (let ((?x82 (+ ?x62 (* ?x50 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))))
 (let (($x83 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_end_h)))
 (let ((?x84 (+ ?x61 (* ?x53 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))))
 (let (($x30 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))
 (let ((?x85 (+ ?x60 (* ?x56 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))))
 (let (($x33 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))
 (let ((?x86 (+ 0.0 (* ?x59 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))))
 (let (($x36 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))
 (let (($x39 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))
 (let ((?x87 (ite $x39 0.0 (ite $x36 ?x86 (ite $x33 ?x85 (ite $x30 ?x84 (ite $x83 ?x82 ?x63)))))))
 (let ((?x88 (ite (< spinal_adult_l0_refill_1_h spinal_adult_l0_end_h) (- spinal_adult_l0_refill_1_volume_ml (+ (- ?x74 ?x87) 0.0)) ?x81)))
 (let (($x89 (> (- ?x88 (* 1.0 (+ (+ 0.0 ?x47) ?x44))) spinal_adult_l0_alarm_ml)))
 (let (($x90 (or (= spinal_adult_l0_refill_0_h spinal_adult_l0_end_h) (= spinal_adult_l0_refill_1_h spinal_adult_l0_end_h))))
 (let (($x91 (not $x90)))
 (let (($x92 (<= t_0 spinal_adult_l0_end_h)))
 (let ((?x93 (ite (<= t_0 spinal_adult_l0_step_3_h) (+ ?x61 (* ?x53 (- t_0 spinal_adult_l0_step_2_h))) (ite $x92 (+ ?x62 (* ?x50 (- t_0 spinal_adult_l0_step_3_h))) ?x63))))
 (let ((?x94 (ite (<= t_0 spinal_adult_l0_step_2_h) (+ ?x60 (* ?x56 (- t_0 spinal_adult_l0_step_1_h))) ?x93)))
 (let ((?x95 (ite (<= t_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x59 (- t_0 spinal_adult_l0_step_0_h))) ?x94)))
 (let ((?x96 (ite (<= t_0 spinal_adult_l0_step_0_h) 0.0 ?x95)))
 (let ((?x97 (ite (< spinal_adult_l0_refill_0_h t_0) (- spinal_adult_l0_refill_0_volume_ml (+ (- ?x96 ?x80) 0.0)) (- 0.0 (+ (- ?x96 ?x70) 0.0)))))
 (let ((?x98 (ite (< spinal_adult_l0_refill_1_h t_0) (- spinal_adult_l0_refill_1_volume_ml (+ (- ?x96 ?x87) 0.0)) ?x97)))
 (let ((?x99 (ite (<= 0.0 spinal_adult_l0_step_0_h) spinal_adult_l0_step_0_h 0.0)))
 (let (($x100 (or (and (< ?x99 t_0) $x92 (not (> ?x98 spinal_adult_l0_alarm_ml))) (and $x91 (not $x89)))))
 (=> holds_ITB-PUMP-4 (not $x100))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x101 (not (>= 1848.0 (- spinal_adult_l0_refill_1_h spinal_adult_l0_refill_0_h)))))
 (let (($x102 (or $x101 (not (>= 1848.0 (- spinal_adult_l0_end_h spinal_adult_l0_refill_1_h))))))
 (=> holds_ITB-PUMP-5 (not $x102)))))
(assert
 (let (($x103 (not spinal_adult_l0_bolus_1_emergency)))
 (let (($x104 (not spinal_adult_l0_bolus_0_emergency)))
 (let (($x105 (or (and (ite (= spinal_adult_l0_bolus_0_via 0) false true) $x104) (and (ite (= spinal_adult_l0_bolus_1_via 0) false true) $x103))))
 (=> holds_ITB-PUMP-6 (not $x105))))))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_adult_l0_route 0) true false))))))
(assert
 (let (($x106 (and (< 0.0 spinal_adult_l0_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_3_concentration_ug_ml))))
 (let (($x107 (and (< 0.0 spinal_adult_l0_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_2_concentration_ug_ml))))
 (let (($x108 (and (< 0.0 spinal_adult_l0_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_1_concentration_ug_ml))))
 (let (($x109 (and (< 0.0 spinal_adult_l0_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_0_concentration_ug_ml))))
 (let (($x110 (and (< 0.0 spinal_adult_l0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_concentration_ug_ml))))
 (let (($x111 (not $x110)))
 (let (($x112 (and (< 0.0 spinal_adult_l0_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x113 (and (< 0.0 spinal_adult_l0_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x114 (or (= 50.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x115 (= spinal_adult_l0_refill_1_diluent 0)))
 (let (($x116 (ite $x115 true (ite (= spinal_adult_l0_refill_1_diluent 1) false false))))
 (let (($x117 (or (= 50.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x118 (= spinal_adult_l0_refill_0_diluent 0)))
 (let (($x119 (ite $x118 true (ite (= spinal_adult_l0_refill_0_diluent 1) false false))))
 (let (($x120 (ite $x115 false (ite (= spinal_adult_l0_refill_1_diluent 1) true false))))
 (let (($x121 (ite $x118 false (ite (= spinal_adult_l0_refill_0_diluent 1) true false))))
 (let (($x122 (or (not (or $x119 $x121)) (not (or $x116 $x120)) (and $x119 (not $x117)) (and $x116 (not $x114)) (not $x113) (not $x112) $x111 $x111 $x111 $x111 (not $x109) (not $x108) (not $x107) (not $x106))))
 (=> holds_ITB-CONC-1 (not $x122))))))))))))))))))))
(assert
 (let (($x123 (or (not (= 50.0 spinal_adult_l0_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x123))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 spinal_adult_l0_screening_0_dose_ug))))))
(assert
 (let (($x124 (or (not (<= 1.0 spinal_adult_l0_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x124))))
(assert
 (let (($x125 (<= 24.0 (- spinal_adult_l0_screening_3_h spinal_adult_l0_screening_2_h))))
 (let (($x126 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x127 (ite $x126 true false)))
 (let (($x128 (<= 24.0 (- spinal_adult_l0_screening_2_h spinal_adult_l0_screening_1_h))))
 (let (($x129 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x130 (ite $x129 true false)))
 (let (($x131 (<= 24.0 (- spinal_adult_l0_screening_1_h spinal_adult_l0_screening_0_h))))
 (let (($x132 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x133 (ite $x132 true false)))
 (let (($x134 (<= spinal_adult_l0_screening_3_dose_ug (+ spinal_adult_l0_screening_2_dose_ug 25.0))))
 (let (($x135 (<= spinal_adult_l0_screening_2_dose_ug (+ spinal_adult_l0_screening_1_dose_ug 25.0))))
 (let (($x136 (<= spinal_adult_l0_screening_1_dose_ug (+ spinal_adult_l0_screening_0_dose_ug 25.0))))
 (let (($x137 (or (not $x133) (not $x130) (not $x127) (and $x133 (not $x136)) (and $x130 (not $x135)) (and $x127 (not $x134)) (and $x133 (not $x131)) (and $x130 (not $x128)) (and $x127 (not $x125)))))
 (=> holds_ITB-SCR-4 (not $x137))))))))))))))))
(assert
 (let (($x138 (or (not (>= 100.0 spinal_adult_l0_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x138))))
(assert
 (let (($x139 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x140 (ite $x139 false true)))
 (let (($x126 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x141 (ite $x126 false true)))
 (let (($x129 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x142 (ite $x129 false true)))
 (let (($x132 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x143 (ite $x132 false true)))
 (let (($x144 (or (and $x143 (<= spinal_adult_l0_screening_0_h spinal_adult_l0_step_0_h)) (and $x142 (<= spinal_adult_l0_screening_1_h spinal_adult_l0_step_0_h)) (and $x141 (<= spinal_adult_l0_screening_2_h spinal_adult_l0_step_0_h)) (and $x140 (<= spinal_adult_l0_screening_3_h spinal_adult_l0_step_0_h)))))
 (=> holds_ITB-SCR-6 (not (or (not $x144))))))))))))))
(assert
 (let ((?x145 (* 2.0 spinal_adult_l0_screening_3_dose_ug)))
 (let ((?x146 (ite (>= 12.0 spinal_adult_l0_screening_3_effect_h) ?x145 spinal_adult_l0_screening_3_dose_ug)))
 (let (($x139 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x140 (ite $x139 false true)))
 (let ((?x147 (* 2.0 spinal_adult_l0_screening_2_dose_ug)))
 (let ((?x148 (ite (>= 12.0 spinal_adult_l0_screening_2_effect_h) ?x147 spinal_adult_l0_screening_2_dose_ug)))
 (let (($x126 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x141 (ite $x126 false true)))
 (let ((?x149 (* 2.0 spinal_adult_l0_screening_1_dose_ug)))
 (let ((?x150 (ite (>= 12.0 spinal_adult_l0_screening_1_effect_h) ?x149 spinal_adult_l0_screening_1_dose_ug)))
 (let (($x129 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x142 (ite $x129 false true)))
 (let ((?x151 (* 2.0 spinal_adult_l0_screening_0_dose_ug)))
 (let ((?x152 (ite (>= 12.0 spinal_adult_l0_screening_0_effect_h) ?x151 spinal_adult_l0_screening_0_dose_ug)))
 (let (($x132 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x143 (ite $x132 false true)))
 (let (($x153 (or (and $x143 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x152))) (and $x142 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x150))) (and $x141 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x148))) (and $x140 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x146))))))
 (=> holds_ITB-INIT-1 (not $x153))))))))))))))))))))
(assert
 (let (($x154 (not (<= 24.0 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_0_h)))))
 (let (($x155 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x156 (not (<= 24.0 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_0_h)))))
 (let (($x157 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x158 (not (<= 24.0 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))))
 (let (($x159 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x159 $x158) (and $x157 $x156) (and $x155 $x154)))))))))))
(assert
 (let ((?x160 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x161 (+ 1.0 ?x160)))
 (let (($x162 (<= spinal_adult_l0_step_3_daily_dose_ug (* ?x161 spinal_adult_l0_step_2_daily_dose_ug))))
 (let (($x155 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x163 (<= spinal_adult_l0_step_2_daily_dose_ug (* ?x161 spinal_adult_l0_step_1_daily_dose_ug))))
 (let (($x157 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x164 (<= spinal_adult_l0_step_1_daily_dose_ug (* ?x161 spinal_adult_l0_step_0_daily_dose_ug))))
 (let (($x159 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x165 (or (and $x159 (not $x164)) (and $x157 (not $x163)) (and $x155 (not $x162)))))
 (=> holds_ITB-TITR-1 (not $x165))))))))))))
(assert
 (let ((?x166 (ite spinal_adult_l0_programmable 24.0 48.0)))
 (let (($x155 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x167 (and $x155 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) $x155) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) ?x166)))))
 (let (($x157 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x168 (and $x155 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) $x157) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) ?x166)))))
 (let (($x159 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x169 (and $x155 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) $x159) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) ?x166)))))
 (let (($x170 (and $x157 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) $x155) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) ?x166)))))
 (let (($x171 (and $x157 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) $x157) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) ?x166)))))
 (let (($x172 (and $x157 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) $x159) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) ?x166)))))
 (let (($x173 (and $x159 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) $x155) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) ?x166)))))
 (let (($x174 (and $x159 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) $x157) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) ?x166)))))
 (let (($x175 (and $x159 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) $x159) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) ?x166)))))
 (=> holds_ITB-TITR-2 (not (or $x175 $x174 $x173 $x172 $x171 $x170 $x169 $x168 $x167)))))))))))))))))
(assert
 (let ((?x176 (ite (<= spinal_adult_l0_step_1_h w_0) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let ((?x177 (ite (<= spinal_adult_l0_step_2_h w_0) spinal_adult_l0_step_2_daily_dose_ug ?x176)))
 (let ((?x178 (ite (<= spinal_adult_l0_step_3_h w_0) spinal_adult_l0_step_3_daily_dose_ug ?x177)))
 (let (($x179 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_1_h) (< spinal_adult_l0_bolus_1_h w_0))))
 (let (($x180 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_0_h) (< spinal_adult_l0_bolus_0_h w_0))))
 (let ((?x181 (+ (+ 0.0 (ite $x180 spinal_adult_l0_bolus_0_dose_ug 0.0)) (ite $x179 spinal_adult_l0_bolus_1_dose_ug 0.0))))
 (let ((?x48 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
 (let ((?x49 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x51 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
 (let ((?x52 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x54 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
 (let ((?x55 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x57 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
 (let ((?x58 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x182 (+ 0.0 (* ?x58 ?x57))))
 (let ((?x183 (+ ?x182 (* ?x55 ?x54))))
 (let ((?x184 (+ ?x183 (* ?x52 ?x51))))
 (let ((?x185 (+ ?x184 (* ?x49 ?x48))))
 (let ((?x186 (ite (<= (- w_0 24.0) spinal_adult_l0_end_h) (+ ?x184 (* ?x49 (- (- w_0 24.0) spinal_adult_l0_step_3_h))) ?x185)))
 (let ((?x187 (ite (<= (- w_0 24.0) spinal_adult_l0_step_3_h) (+ ?x183 (* ?x52 (- (- w_0 24.0) spinal_adult_l0_step_2_h))) ?x186)))
 (let ((?x188 (ite (<= (- w_0 24.0) spinal_adult_l0_step_2_h) (+ ?x182 (* ?x55 (- (- w_0 24.0) spinal_adult_l0_step_1_h))) ?x187)))
 (let ((?x189 (ite (<= (- w_0 24.0) spinal_adult_l0_step_1_h) (+ 0.0 (* ?x58 (- (- w_0 24.0) spinal_adult_l0_step_0_h))) ?x188)))
 (let ((?x190 (ite (<= w_0 spinal_adult_l0_end_h) (+ ?x184 (* ?x49 (- w_0 spinal_adult_l0_step_3_h))) ?x185)))
 (let ((?x191 (ite (<= w_0 spinal_adult_l0_step_3_h) (+ ?x183 (* ?x52 (- w_0 spinal_adult_l0_step_2_h))) ?x190)))
 (let ((?x192 (ite (<= w_0 spinal_adult_l0_step_2_h) (+ ?x182 (* ?x55 (- w_0 spinal_adult_l0_step_1_h))) ?x191)))
 (let ((?x193 (ite (<= w_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x58 (- w_0 spinal_adult_l0_step_0_h))) ?x192)))
 (let ((?x194 (ite (<= w_0 spinal_adult_l0_step_0_h) 0.0 ?x193)))
 (let ((?x195 (- ?x194 (ite (<= (- w_0 24.0) spinal_adult_l0_step_0_h) 0.0 ?x189))))
 (let ((?x196 (ite (>= (- w_0 24.0) spinal_adult_l0_step_0_h) (+ ?x195 ?x181) (* 1.0 ?x178))))
 (let ((?x160 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x161 (+ 1.0 ?x160)))
 (let (($x197 (<= w_0 spinal_adult_l0_bolus_1_h)))
 (let ((?x198 (ite (and $x197 (< spinal_adult_l0_bolus_1_h (+ w_0 24.0))) spinal_adult_l0_bolus_1_dose_ug 0.0)))
 (let (($x199 (<= w_0 spinal_adult_l0_bolus_0_h)))
 (let ((?x200 (ite (and $x199 (< spinal_adult_l0_bolus_0_h (+ w_0 24.0))) spinal_adult_l0_bolus_0_dose_ug 0.0)))
 (let ((?x201 (+ w_0 24.0)))
 (let (($x202 (<= ?x201 spinal_adult_l0_end_h)))
 (let ((?x203 (ite (<= ?x201 spinal_adult_l0_step_3_h) (+ ?x183 (* ?x52 (- ?x201 spinal_adult_l0_step_2_h))) (ite $x202 (+ ?x184 (* ?x49 (- ?x201 spinal_adult_l0_step_3_h))) ?x185))))
 (let ((?x204 (ite (<= ?x201 spinal_adult_l0_step_2_h) (+ ?x182 (* ?x55 (- ?x201 spinal_adult_l0_step_1_h))) ?x203)))
 (let ((?x205 (ite (<= ?x201 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x58 (- ?x201 spinal_adult_l0_step_0_h))) ?x204)))
 (let ((?x206 (+ (- (ite (<= ?x201 spinal_adult_l0_step_0_h) 0.0 ?x205) ?x194) (+ (+ 0.0 ?x200) ?x198))))
 (let (($x207 (and (<= spinal_adult_l0_step_0_h w_0) $x202 (not (<= ?x206 (* ?x161 ?x196))))))
 (=> holds_ITB-TITR-3 (not (or $x207))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x208 (ite (<= spinal_adult_l0_step_1_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
(let ((?x209 (ite (<= spinal_adult_l0_step_2_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_2_daily_dose_ug ?x208)))
(let ((?x210 (ite (<= spinal_adult_l0_step_3_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_3_daily_dose_ug ?x209)))
(let ((?x211 (ite (< spinal_adult_l0_bolus_1_h spinal_adult_l0_step_0_h) 0.0 ?x210)))
(let (($x212 (not (<= spinal_adult_l0_bolus_1_dose_ug (ite (>= 100.0 ?x211) 100.0 ?x211)))))
(let ((?x213 (ite (<= spinal_adult_l0_step_1_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
(let ((?x214 (ite (<= spinal_adult_l0_step_2_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_2_daily_dose_ug ?x213)))
(let ((?x215 (ite (<= spinal_adult_l0_step_3_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_3_daily_dose_ug ?x214)))
(let ((?x216 (ite (< spinal_adult_l0_bolus_0_h spinal_adult_l0_step_0_h) 0.0 ?x215)))
(let (($x217 (not (<= spinal_adult_l0_bolus_0_dose_ug (ite (>= 100.0 ?x216) 100.0 ?x216)))))
(=> holds_ITB-DOSE-3 (not (or $x217 $x212))))))))))))))
(check-sat)
