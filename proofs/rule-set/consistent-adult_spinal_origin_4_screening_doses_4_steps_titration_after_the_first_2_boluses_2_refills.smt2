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
 (let (($x44 (and (ite (= spinal_adult_l0_bolus_1_via 0) true false) $x43)))
 (let ((?x45 (/ spinal_adult_l0_bolus_0_dose_ug spinal_adult_l0_concentration_ug_ml)))
 (let (($x46 (= spinal_adult_l0_bolus_0_h spinal_adult_l0_end_h)))
 (let (($x47 (and (ite (= spinal_adult_l0_bolus_0_via 0) true false) $x46)))
 (let ((?x48 (* 1.0 (+ (+ 0.0 (ite $x47 ?x45 0.0)) (ite $x44 ?x42 0.0)))))
 (let ((?x49 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
 (let ((?x50 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x51 (/ ?x50 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x52 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
 (let ((?x53 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x54 (/ ?x53 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x55 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
 (let ((?x56 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x57 (/ ?x56 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x58 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
 (let ((?x59 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x60 (/ ?x59 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x61 (+ 0.0 (* ?x60 ?x58))))
 (let ((?x62 (+ ?x61 (* ?x57 ?x55))))
 (let ((?x63 (+ ?x62 (* ?x54 ?x52))))
 (let ((?x64 (+ ?x63 (* ?x51 ?x49))))
 (let ((?x65 (+ ?x63 (* ?x51 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h)))))
 (let ((?x66 (+ ?x62 (* ?x54 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h)))))
 (let ((?x67 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h) ?x66 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_end_h) ?x65 ?x64))))
 (let ((?x68 (+ ?x61 (* ?x57 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h)))))
 (let ((?x69 (+ 0.0 (* ?x60 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h)))))
 (let ((?x70 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h) ?x69 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h) ?x68 ?x67))))
 (let ((?x71 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h) 0.0 ?x70)))
 (let ((?x72 (ite (<= spinal_adult_l0_end_h spinal_adult_l0_step_3_h) (+ ?x62 (* ?x54 (- spinal_adult_l0_end_h spinal_adult_l0_step_2_h))) (ite (<= spinal_adult_l0_end_h spinal_adult_l0_end_h) ?x64 ?x64))))
 (let ((?x73 (ite (<= spinal_adult_l0_end_h spinal_adult_l0_step_2_h) (+ ?x61 (* ?x57 (- spinal_adult_l0_end_h spinal_adult_l0_step_1_h))) ?x72)))
 (let ((?x74 (+ 0.0 (* ?x60 (- spinal_adult_l0_end_h spinal_adult_l0_step_0_h)))))
 (let (($x75 (<= spinal_adult_l0_end_h spinal_adult_l0_step_0_h)))
 (let ((?x76 (ite $x75 0.0 (ite (<= spinal_adult_l0_end_h spinal_adult_l0_step_1_h) ?x74 ?x73))))
 (let ((?x77 (+ ?x63 (* ?x51 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))))
 (let (($x78 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_end_h)))
 (let ((?x79 (+ ?x62 (* ?x54 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))))
 (let (($x29 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))
 (let ((?x80 (+ ?x61 (* ?x57 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))))
 (let (($x32 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))
 (let ((?x81 (+ 0.0 (* ?x60 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))))
 (let (($x35 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))
 (let (($x38 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))
 (let ((?x82 (ite $x38 0.0 (ite $x35 ?x81 (ite $x32 ?x80 (ite $x29 ?x79 (ite $x78 ?x77 ?x64)))))))
 (let ((?x83 (ite (< spinal_adult_l0_refill_0_h spinal_adult_l0_end_h) (- spinal_adult_l0_refill_0_volume_ml (+ (- ?x76 ?x82) 0.0)) (- 0.0 (+ (- ?x76 ?x71) 0.0)))))
 (let ((?x84 (+ ?x63 (* ?x51 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))))
 (let (($x85 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_end_h)))
 (let ((?x86 (+ ?x62 (* ?x54 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))))
 (let (($x30 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))
 (let ((?x87 (+ ?x61 (* ?x57 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))))
 (let (($x33 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))
 (let ((?x88 (+ 0.0 (* ?x60 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))))
 (let (($x36 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))
 (let (($x39 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))
 (let ((?x89 (ite $x39 0.0 (ite $x36 ?x88 (ite $x33 ?x87 (ite $x30 ?x86 (ite $x85 ?x84 ?x64)))))))
 (let ((?x90 (ite (< spinal_adult_l0_refill_1_h spinal_adult_l0_end_h) (- spinal_adult_l0_refill_1_volume_ml (+ (- ?x76 ?x89) 0.0)) ?x83)))
 (let (($x91 (or (= spinal_adult_l0_refill_0_h spinal_adult_l0_end_h) (= spinal_adult_l0_refill_1_h spinal_adult_l0_end_h))))
 (let (($x92 (not $x91)))
 (let (($x93 (and (< spinal_adult_l0_step_0_h spinal_adult_l0_end_h) (and (or $x47 $x44) $x92) (not (> (- ?x90 ?x48) spinal_adult_l0_alarm_ml)))))
 (let (($x94 (<= t_0 spinal_adult_l0_end_h)))
 (let ((?x95 (ite (<= t_0 spinal_adult_l0_step_3_h) (+ ?x62 (* ?x54 (- t_0 spinal_adult_l0_step_2_h))) (ite $x94 (+ ?x63 (* ?x51 (- t_0 spinal_adult_l0_step_3_h))) ?x64))))
 (let ((?x96 (ite (<= t_0 spinal_adult_l0_step_2_h) (+ ?x61 (* ?x57 (- t_0 spinal_adult_l0_step_1_h))) ?x95)))
 (let ((?x97 (ite (<= t_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x60 (- t_0 spinal_adult_l0_step_0_h))) ?x96)))
 (let ((?x98 (ite (<= t_0 spinal_adult_l0_step_0_h) 0.0 ?x97)))
 (let ((?x99 (ite (< spinal_adult_l0_refill_0_h t_0) (- spinal_adult_l0_refill_0_volume_ml (+ (- ?x98 ?x82) 0.0)) (- 0.0 (+ (- ?x98 ?x71) 0.0)))))
 (let ((?x100 (ite (< spinal_adult_l0_refill_1_h t_0) (- spinal_adult_l0_refill_1_volume_ml (+ (- ?x98 ?x89) 0.0)) ?x99)))
 (let ((?x101 (ite (<= 0.0 spinal_adult_l0_step_0_h) spinal_adult_l0_step_0_h 0.0)))
 (let (($x102 (or (and (< ?x101 t_0) $x94 (not (> ?x100 spinal_adult_l0_alarm_ml))) $x93)))
 (=> holds_ITB-PUMP-4 (not $x102))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x103 (not (>= 1848.0 (- spinal_adult_l0_refill_1_h spinal_adult_l0_refill_0_h)))))
 (let (($x104 (or $x103 (not (>= 1848.0 (- spinal_adult_l0_end_h spinal_adult_l0_refill_1_h))))))
 (=> holds_ITB-PUMP-5 (not $x104)))))
(assert
 (let (($x105 (not spinal_adult_l0_bolus_1_emergency)))
 (let (($x106 (not spinal_adult_l0_bolus_0_emergency)))
 (let (($x107 (or (and (ite (= spinal_adult_l0_bolus_0_via 0) false true) $x106) (and (ite (= spinal_adult_l0_bolus_1_via 0) false true) $x105))))
 (=> holds_ITB-PUMP-6 (not $x107))))))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_adult_l0_route 0) true false))))))
(assert
 (let (($x108 (and (< 0.0 spinal_adult_l0_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_3_concentration_ug_ml))))
 (let (($x109 (and (< 0.0 spinal_adult_l0_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_2_concentration_ug_ml))))
 (let (($x110 (and (< 0.0 spinal_adult_l0_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_1_concentration_ug_ml))))
 (let (($x111 (and (< 0.0 spinal_adult_l0_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_0_concentration_ug_ml))))
 (let (($x112 (and (< 0.0 spinal_adult_l0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_concentration_ug_ml))))
 (let (($x113 (not $x112)))
 (let (($x114 (and (< 0.0 spinal_adult_l0_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x115 (and (< 0.0 spinal_adult_l0_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x116 (or (= 50.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x117 (= spinal_adult_l0_refill_1_diluent 0)))
 (let (($x118 (ite $x117 true (ite (= spinal_adult_l0_refill_1_diluent 1) false false))))
 (let (($x119 (or (= 50.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x120 (= spinal_adult_l0_refill_0_diluent 0)))
 (let (($x121 (ite $x120 true (ite (= spinal_adult_l0_refill_0_diluent 1) false false))))
 (let (($x122 (ite $x117 false (ite (= spinal_adult_l0_refill_1_diluent 1) true false))))
 (let (($x123 (ite $x120 false (ite (= spinal_adult_l0_refill_0_diluent 1) true false))))
 (let (($x124 (or (not (or $x121 $x123)) (not (or $x118 $x122)) (and $x121 (not $x119)) (and $x118 (not $x116)) (not $x115) (not $x114) $x113 $x113 $x113 $x113 (not $x111) (not $x110) (not $x109) (not $x108))))
 (=> holds_ITB-CONC-1 (not $x124))))))))))))))))))))
(assert
 (let (($x125 (or (not (= 50.0 spinal_adult_l0_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x125))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 spinal_adult_l0_screening_0_dose_ug))))))
(assert
 (let (($x126 (or (not (<= 1.0 spinal_adult_l0_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x126))))
(assert
 (let (($x127 (<= 24.0 (- spinal_adult_l0_screening_3_h spinal_adult_l0_screening_2_h))))
 (let (($x128 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x129 (ite $x128 true false)))
 (let (($x130 (<= 24.0 (- spinal_adult_l0_screening_2_h spinal_adult_l0_screening_1_h))))
 (let (($x131 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x132 (ite $x131 true false)))
 (let (($x133 (<= 24.0 (- spinal_adult_l0_screening_1_h spinal_adult_l0_screening_0_h))))
 (let (($x134 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x135 (ite $x134 true false)))
 (let (($x136 (<= spinal_adult_l0_screening_3_dose_ug (+ spinal_adult_l0_screening_2_dose_ug 25.0))))
 (let (($x137 (<= spinal_adult_l0_screening_2_dose_ug (+ spinal_adult_l0_screening_1_dose_ug 25.0))))
 (let (($x138 (<= spinal_adult_l0_screening_1_dose_ug (+ spinal_adult_l0_screening_0_dose_ug 25.0))))
 (let (($x139 (or (not $x135) (not $x132) (not $x129) (and $x135 (not $x138)) (and $x132 (not $x137)) (and $x129 (not $x136)) (and $x135 (not $x133)) (and $x132 (not $x130)) (and $x129 (not $x127)))))
 (=> holds_ITB-SCR-4 (not $x139))))))))))))))))
(assert
 (let (($x140 (or (not (>= 100.0 spinal_adult_l0_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x140))))
(assert
 (let (($x141 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x142 (ite $x141 false true)))
 (let (($x128 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x143 (ite $x128 false true)))
 (let (($x131 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x144 (ite $x131 false true)))
 (let (($x134 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x145 (ite $x134 false true)))
 (let (($x146 (or (and $x145 (<= spinal_adult_l0_screening_0_h spinal_adult_l0_step_0_h)) (and $x144 (<= spinal_adult_l0_screening_1_h spinal_adult_l0_step_0_h)) (and $x143 (<= spinal_adult_l0_screening_2_h spinal_adult_l0_step_0_h)) (and $x142 (<= spinal_adult_l0_screening_3_h spinal_adult_l0_step_0_h)))))
 (=> holds_ITB-SCR-6 (not (or (not $x146))))))))))))))
(assert
 (let ((?x147 (* 2.0 spinal_adult_l0_screening_3_dose_ug)))
 (let ((?x148 (ite (>= 12.0 spinal_adult_l0_screening_3_effect_h) ?x147 spinal_adult_l0_screening_3_dose_ug)))
 (let (($x141 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x142 (ite $x141 false true)))
 (let ((?x149 (* 2.0 spinal_adult_l0_screening_2_dose_ug)))
 (let ((?x150 (ite (>= 12.0 spinal_adult_l0_screening_2_effect_h) ?x149 spinal_adult_l0_screening_2_dose_ug)))
 (let (($x128 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x143 (ite $x128 false true)))
 (let ((?x151 (* 2.0 spinal_adult_l0_screening_1_dose_ug)))
 (let ((?x152 (ite (>= 12.0 spinal_adult_l0_screening_1_effect_h) ?x151 spinal_adult_l0_screening_1_dose_ug)))
 (let (($x131 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x144 (ite $x131 false true)))
 (let ((?x153 (* 2.0 spinal_adult_l0_screening_0_dose_ug)))
 (let ((?x154 (ite (>= 12.0 spinal_adult_l0_screening_0_effect_h) ?x153 spinal_adult_l0_screening_0_dose_ug)))
 (let (($x134 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x145 (ite $x134 false true)))
 (let (($x155 (or (and $x145 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x154))) (and $x144 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x152))) (and $x143 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x150))) (and $x142 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x148))))))
 (=> holds_ITB-INIT-1 (not $x155))))))))))))))))))))
(assert
 (let (($x156 (not (<= 24.0 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_0_h)))))
 (let (($x157 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x158 (not (<= 24.0 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_0_h)))))
 (let (($x159 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x160 (not (<= 24.0 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))))
 (let (($x161 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x161 $x160) (and $x159 $x158) (and $x157 $x156)))))))))))
(assert
 (let ((?x162 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x163 (+ 1.0 ?x162)))
 (let (($x164 (<= spinal_adult_l0_step_3_daily_dose_ug (* ?x163 spinal_adult_l0_step_2_daily_dose_ug))))
 (let (($x157 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x165 (<= spinal_adult_l0_step_2_daily_dose_ug (* ?x163 spinal_adult_l0_step_1_daily_dose_ug))))
 (let (($x159 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x166 (<= spinal_adult_l0_step_1_daily_dose_ug (* ?x163 spinal_adult_l0_step_0_daily_dose_ug))))
 (let (($x161 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x167 (or (and $x161 (not $x166)) (and $x159 (not $x165)) (and $x157 (not $x164)))))
 (=> holds_ITB-TITR-1 (not $x167))))))))))))
(assert
 (let ((?x168 (ite spinal_adult_l0_programmable 24.0 48.0)))
 (let (($x157 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x169 (and $x157 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) $x157) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) ?x168)))))
 (let (($x159 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x170 (and $x157 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) $x159) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) ?x168)))))
 (let (($x161 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x171 (and $x157 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) $x161) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) ?x168)))))
 (let (($x172 (and $x159 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) $x157) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) ?x168)))))
 (let (($x173 (and $x159 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) $x159) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) ?x168)))))
 (let (($x174 (and $x159 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) $x161) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) ?x168)))))
 (let (($x175 (and $x161 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) $x157) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) ?x168)))))
 (let (($x176 (and $x161 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) $x159) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) ?x168)))))
 (let (($x177 (and $x161 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) $x161) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) ?x168)))))
 (=> holds_ITB-TITR-2 (not (or $x177 $x176 $x175 $x174 $x173 $x172 $x171 $x170 $x169)))))))))))))))))
(assert
 (let ((?x178 (ite (<= spinal_adult_l0_step_1_h w_0) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let ((?x179 (ite (<= spinal_adult_l0_step_2_h w_0) spinal_adult_l0_step_2_daily_dose_ug ?x178)))
 (let ((?x180 (ite (<= spinal_adult_l0_step_3_h w_0) spinal_adult_l0_step_3_daily_dose_ug ?x179)))
 (let (($x181 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_1_h) (< spinal_adult_l0_bolus_1_h w_0))))
 (let (($x182 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_0_h) (< spinal_adult_l0_bolus_0_h w_0))))
 (let ((?x183 (+ (+ 0.0 (ite $x182 spinal_adult_l0_bolus_0_dose_ug 0.0)) (ite $x181 spinal_adult_l0_bolus_1_dose_ug 0.0))))
 (let ((?x49 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
 (let ((?x50 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x52 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
 (let ((?x53 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x55 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
 (let ((?x56 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x58 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
 (let ((?x59 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x184 (+ 0.0 (* ?x59 ?x58))))
 (let ((?x185 (+ ?x184 (* ?x56 ?x55))))
 (let ((?x186 (+ ?x185 (* ?x53 ?x52))))
 (let ((?x187 (+ ?x186 (* ?x50 ?x49))))
 (let ((?x188 (ite (<= (- w_0 24.0) spinal_adult_l0_end_h) (+ ?x186 (* ?x50 (- (- w_0 24.0) spinal_adult_l0_step_3_h))) ?x187)))
 (let ((?x189 (ite (<= (- w_0 24.0) spinal_adult_l0_step_3_h) (+ ?x185 (* ?x53 (- (- w_0 24.0) spinal_adult_l0_step_2_h))) ?x188)))
 (let ((?x190 (ite (<= (- w_0 24.0) spinal_adult_l0_step_2_h) (+ ?x184 (* ?x56 (- (- w_0 24.0) spinal_adult_l0_step_1_h))) ?x189)))
 (let ((?x191 (ite (<= (- w_0 24.0) spinal_adult_l0_step_1_h) (+ 0.0 (* ?x59 (- (- w_0 24.0) spinal_adult_l0_step_0_h))) ?x190)))
 (let ((?x192 (ite (<= w_0 spinal_adult_l0_end_h) (+ ?x186 (* ?x50 (- w_0 spinal_adult_l0_step_3_h))) ?x187)))
 (let ((?x193 (ite (<= w_0 spinal_adult_l0_step_3_h) (+ ?x185 (* ?x53 (- w_0 spinal_adult_l0_step_2_h))) ?x192)))
 (let ((?x194 (ite (<= w_0 spinal_adult_l0_step_2_h) (+ ?x184 (* ?x56 (- w_0 spinal_adult_l0_step_1_h))) ?x193)))
 (let ((?x195 (ite (<= w_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x59 (- w_0 spinal_adult_l0_step_0_h))) ?x194)))
 (let ((?x196 (ite (<= w_0 spinal_adult_l0_step_0_h) 0.0 ?x195)))
 (let ((?x197 (- ?x196 (ite (<= (- w_0 24.0) spinal_adult_l0_step_0_h) 0.0 ?x191))))
 (let ((?x198 (ite (>= (- w_0 24.0) spinal_adult_l0_step_0_h) (+ ?x197 ?x183) (* 1.0 ?x180))))
 (let ((?x162 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x163 (+ 1.0 ?x162)))
 (let (($x199 (<= w_0 spinal_adult_l0_bolus_1_h)))
 (let ((?x200 (ite (and $x199 (< spinal_adult_l0_bolus_1_h (+ w_0 24.0))) spinal_adult_l0_bolus_1_dose_ug 0.0)))
 (let (($x201 (<= w_0 spinal_adult_l0_bolus_0_h)))
 (let ((?x202 (ite (and $x201 (< spinal_adult_l0_bolus_0_h (+ w_0 24.0))) spinal_adult_l0_bolus_0_dose_ug 0.0)))
 (let ((?x203 (+ w_0 24.0)))
 (let (($x204 (<= ?x203 spinal_adult_l0_end_h)))
 (let ((?x205 (ite (<= ?x203 spinal_adult_l0_step_3_h) (+ ?x185 (* ?x53 (- ?x203 spinal_adult_l0_step_2_h))) (ite $x204 (+ ?x186 (* ?x50 (- ?x203 spinal_adult_l0_step_3_h))) ?x187))))
 (let ((?x206 (ite (<= ?x203 spinal_adult_l0_step_2_h) (+ ?x184 (* ?x56 (- ?x203 spinal_adult_l0_step_1_h))) ?x205)))
 (let ((?x207 (ite (<= ?x203 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x59 (- ?x203 spinal_adult_l0_step_0_h))) ?x206)))
 (let ((?x208 (+ (- (ite (<= ?x203 spinal_adult_l0_step_0_h) 0.0 ?x207) ?x196) (+ (+ 0.0 ?x202) ?x200))))
 (let (($x209 (and (<= spinal_adult_l0_step_0_h w_0) $x204 (not (<= ?x208 (* ?x163 ?x198))))))
 (=> holds_ITB-TITR-3 (not (or $x209))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x210 (ite (<= spinal_adult_l0_step_1_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
(let ((?x211 (ite (<= spinal_adult_l0_step_2_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_2_daily_dose_ug ?x210)))
(let ((?x212 (ite (<= spinal_adult_l0_step_3_h spinal_adult_l0_bolus_1_h) spinal_adult_l0_step_3_daily_dose_ug ?x211)))
(let ((?x213 (ite (< spinal_adult_l0_bolus_1_h spinal_adult_l0_step_0_h) 0.0 ?x212)))
(let (($x214 (not (<= spinal_adult_l0_bolus_1_dose_ug (ite (>= 100.0 ?x213) 100.0 ?x213)))))
(let ((?x215 (ite (<= spinal_adult_l0_step_1_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
(let ((?x216 (ite (<= spinal_adult_l0_step_2_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_2_daily_dose_ug ?x215)))
(let ((?x217 (ite (<= spinal_adult_l0_step_3_h spinal_adult_l0_bolus_0_h) spinal_adult_l0_step_3_daily_dose_ug ?x216)))
(let ((?x218 (ite (< spinal_adult_l0_bolus_0_h spinal_adult_l0_step_0_h) 0.0 ?x217)))
(let (($x219 (not (<= spinal_adult_l0_bolus_0_dose_ug (ite (>= 100.0 ?x218) 100.0 ?x218)))))
(=> holds_ITB-DOSE-3 (not (or $x219 $x214))))))))))))))
(check-sat)
