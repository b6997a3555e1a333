; itbverify 0.1.0: rule-set consistency, child, spinal origin; 4 screening doses, 4 steps (maintenance after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_child_l1_age_years () Real)
(declare-fun spinal_child_l1_months_since_injury () Real)
(declare-fun spinal_child_l1_reservoir_ml () Real)
(declare-fun spinal_child_l1_alarm_ml () Real)
(declare-fun spinal_child_l1_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_0_h () Real)
(declare-fun spinal_child_l1_screening_0_dose_ug () Real)
(declare-fun spinal_child_l1_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_0_duration_min () Real)
(declare-fun spinal_child_l1_screening_0_response () Int)
(declare-fun spinal_child_l1_screening_0_effect_h () Real)
(declare-fun spinal_child_l1_screening_1_h () Real)
(declare-fun spinal_child_l1_screening_1_dose_ug () Real)
(declare-fun spinal_child_l1_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_1_duration_min () Real)
(declare-fun spinal_child_l1_screening_1_response () Int)
(declare-fun spinal_child_l1_screening_1_effect_h () Real)
(declare-fun spinal_child_l1_screening_2_h () Real)
(declare-fun spinal_child_l1_screening_2_dose_ug () Real)
(declare-fun spinal_child_l1_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_2_duration_min () Real)
(declare-fun spinal_child_l1_screening_2_response () Int)
(declare-fun spinal_child_l1_screening_2_effect_h () Real)
(declare-fun spinal_child_l1_screening_3_h () Real)
(declare-fun spinal_child_l1_screening_3_dose_ug () Real)
(declare-fun spinal_child_l1_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_3_duration_min () Real)
(declare-fun spinal_child_l1_screening_3_response () Int)
(declare-fun spinal_child_l1_screening_3_effect_h () Real)
(declare-fun spinal_child_l1_step_0_h () Real)
(declare-fun spinal_child_l1_step_0_daily_dose_ug () Real)
(declare-fun spinal_child_l1_step_0_rate_ml_day () Real)
(declare-fun spinal_child_l1_step_1_h () Real)
(declare-fun spinal_child_l1_step_1_daily_dose_ug () Real)
(declare-fun spinal_child_l1_step_1_rate_ml_day () Real)
(declare-fun spinal_child_l1_step_2_h () Real)
(declare-fun spinal_child_l1_step_2_daily_dose_ug () Real)
(declare-fun spinal_child_l1_step_2_rate_ml_day () Real)
(declare-fun spinal_child_l1_step_3_h () Real)
(declare-fun spinal_child_l1_step_3_daily_dose_ug () Real)
(declare-fun spinal_child_l1_step_3_rate_ml_day () Real)
(declare-fun spinal_child_l1_end_h () Real)
(declare-fun spinal_child_l1_refill_0_h () Real)
(declare-fun spinal_child_l1_refill_0_volume_ml () Real)
(declare-fun spinal_child_l1_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_refill_0_diluent () Int)
(declare-fun spinal_child_l1_refill_1_h () Real)
(declare-fun spinal_child_l1_refill_1_volume_ml () Real)
(declare-fun spinal_child_l1_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_refill_1_diluent () Int)
(declare-fun spinal_child_l1_bolus_0_h () Real)
(declare-fun spinal_child_l1_bolus_0_dose_ug () Real)
(declare-fun spinal_child_l1_bolus_0_via () Int)
(declare-fun spinal_child_l1_bolus_1_h () Real)
(declare-fun spinal_child_l1_bolus_1_dose_ug () Real)
(declare-fun spinal_child_l1_bolus_1_via () Int)
(declare-fun spinal_child_l1_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_child_l1_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_child_l1_bolus_1_emergency () Bool)
(declare-fun spinal_child_l1_bolus_0_emergency () Bool)
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
(declare-fun spinal_child_l1_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= spinal_child_l1_age_years 0.0))
(assert
 (<= spinal_child_l1_age_years 120.0))
(assert
 (< spinal_child_l1_age_years 18.0))
(assert
 (>= spinal_child_l1_months_since_injury 0.0))
(assert
 (<= spinal_child_l1_months_since_injury 100000.0))
(assert
 (>= spinal_child_l1_reservoir_ml 0.0))
(assert
 (<= spinal_child_l1_reservoir_ml 100000.0))
(assert
 (>= spinal_child_l1_alarm_ml 0.0))
(assert
 (<= spinal_child_l1_alarm_ml 100000.0))
(assert
 (>= spinal_child_l1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_0_h 0.0))
(assert
 (<= spinal_child_l1_screening_0_h 100000.0))
(assert
 (>= spinal_child_l1_screening_0_h 0.0))
(assert
 (>= spinal_child_l1_screening_0_dose_ug 0.0))
(assert
 (<= spinal_child_l1_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_0_duration_min 0.0))
(assert
 (<= spinal_child_l1_screening_0_duration_min 100000.0))
(assert
 (>= spinal_child_l1_screening_0_response 0))
(assert
 (< spinal_child_l1_screening_0_response 2))
(assert
 (>= spinal_child_l1_screening_0_effect_h 0.0))
(assert
 (<= spinal_child_l1_screening_0_effect_h 100000.0))
(assert
 (>= spinal_child_l1_screening_1_h 0.0))
(assert
 (<= spinal_child_l1_screening_1_h 100000.0))
(assert
 (>= spinal_child_l1_screening_1_h spinal_child_l1_screening_0_h))
(assert
 (>= spinal_child_l1_screening_1_dose_ug 0.0))
(assert
 (<= spinal_child_l1_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_1_duration_min 0.0))
(assert
 (<= spinal_child_l1_screening_1_duration_min 100000.0))
(assert
 (>= spinal_child_l1_screening_1_response 0))
(assert
 (< spinal_child_l1_screening_1_response 2))
(assert
 (>= spinal_child_l1_screening_1_effect_h 0.0))
(assert
 (<= spinal_child_l1_screening_1_effect_h 100000.0))
(assert
 (>= spinal_child_l1_screening_2_h 0.0))
(assert
 (<= spinal_child_l1_screening_2_h 100000.0))
(assert
 (>= spinal_child_l1_screening_2_h spinal_child_l1_screening_1_h))
(assert
 (>= spinal_child_l1_screening_2_dose_ug 0.0))
(assert
 (<= spinal_child_l1_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_2_duration_min 0.0))
(assert
 (<= spinal_child_l1_screening_2_duration_min 100000.0))
(assert
 (>= spinal_child_l1_screening_2_response 0))
(assert
 (< spinal_child_l1_screening_2_response 2))
(assert
 (>= spinal_child_l1_screening_2_effect_h 0.0))
(assert
 (<= spinal_child_l1_screening_2_effect_h 100000.0))
(assert
 (>= spinal_child_l1_screening_3_h 0.0))
(assert
 (<= spinal_child_l1_screening_3_h 100000.0))
(assert
 (>= spinal_child_l1_screening_3_h spinal_child_l1_screening_2_h))
(assert
 (>= spinal_child_l1_screening_3_dose_ug 0.0))
(assert
 (<= spinal_child_l1_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_3_duration_min 0.0))
(assert
 (<= spinal_child_l1_screening_3_duration_min 100000.0))
(assert
 (>= spinal_child_l1_screening_3_response 0))
(assert
 (< spinal_child_l1_screening_3_response 2))
(assert
 (>= spinal_child_l1_screening_3_effect_h 0.0))
(assert
 (<= spinal_child_l1_screening_3_effect_h 100000.0))
(assert
 (>= spinal_child_l1_step_0_h 0.0))
(assert
 (<= spinal_child_l1_step_0_h 100000.0))
(assert
 (>= spinal_child_l1_step_0_h spinal_child_l1_screening_3_h))
(assert
 (>= spinal_child_l1_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l1_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_child_l1_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l1_step_1_h 0.0))
(assert
 (<= spinal_child_l1_step_1_h 100000.0))
(assert
 (> spinal_child_l1_step_1_h spinal_child_l1_step_0_h))
(assert
 (>= spinal_child_l1_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l1_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_child_l1_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l1_step_2_h 0.0))
(assert
 (<= spinal_child_l1_step_2_h 100000.0))
(assert
 (> spinal_child_l1_step_2_h spinal_child_l1_step_1_h))
(assert
 (>= spinal_child_l1_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l1_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_child_l1_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l1_step_3_h 0.0))
(assert
 (<= spinal_child_l1_step_3_h 100000.0))
(assert
 (> spinal_child_l1_step_3_h spinal_child_l1_step_2_h))
(assert
 (>= spinal_child_l1_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l1_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_child_l1_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_child_l1_end_h 100000.0))
(assert
 (>= spinal_child_l1_end_h spinal_child_l1_step_3_h))
(assert
 (<= spinal_child_l1_refill_0_h 100000.0))
(assert
 (<= spinal_child_l1_refill_0_h spinal_child_l1_end_h))
(assert
 (>= spinal_child_l1_refill_0_h spinal_child_l1_step_0_h))
(assert
 (>= spinal_child_l1_refill_0_volume_ml 0.0))
(assert
 (<= spinal_child_l1_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_child_l1_refill_0_volume_ml spinal_child_l1_reservoir_ml))
(assert
 (>= spinal_child_l1_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_refill_0_diluent 0))
(assert
 (< spinal_child_l1_refill_0_diluent 3))
(assert
 (<= spinal_child_l1_refill_1_h 100000.0))
(assert
 (<= spinal_child_l1_refill_1_h spinal_child_l1_end_h))
(assert
 (>= spinal_child_l1_refill_1_h spinal_child_l1_step_0_h))
(assert
 (> spinal_child_l1_refill_1_h spinal_child_l1_refill_0_h))
(assert
 (>= spinal_child_l1_refill_1_volume_ml 0.0))
(assert
 (<= spinal_child_l1_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_child_l1_refill_1_volume_ml spinal_child_l1_reservoir_ml))
(assert
 (>= spinal_child_l1_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_refill_1_diluent 0))
(assert
 (< spinal_child_l1_refill_1_diluent 3))
(assert
 (= spinal_child_l1_refill_0_h spinal_child_l1_step_0_h))
(assert
 (<= spinal_child_l1_bolus_0_h 100000.0))
(assert
 (>= spinal_child_l1_bolus_0_h spinal_child_l1_step_0_h))
(assert
 (<= spinal_child_l1_bolus_0_h spinal_child_l1_end_h))
(assert
 (>= spinal_child_l1_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_child_l1_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_bolus_0_via 0))
(assert
 (< spinal_child_l1_bolus_0_via 2))
(assert
 (<= spinal_child_l1_bolus_1_h 100000.0))
(assert
 (>= spinal_child_l1_bolus_1_h spinal_child_l1_step_0_h))
(assert
 (<= spinal_child_l1_bolus_1_h spinal_child_l1_end_h))
(assert
 (>= spinal_child_l1_bolus_1_h spinal_child_l1_bolus_0_h))
(assert
 (>= spinal_child_l1_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_child_l1_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_bolus_1_via 0))
(assert
 (< spinal_child_l1_bolus_1_via 2))
(assert
 (>= spinal_child_l1_route 0))
(assert
 (< spinal_child_l1_route 2))
(assert
 (let (($x1 (>= spinal_child_l1_step_3_daily_dose_ug (* (/ 4.0 5.0) spinal_child_l1_step_2_daily_dose_ug))))
 (let (($x2 (< spinal_child_l1_step_3_daily_dose_ug spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x3 (>= spinal_child_l1_step_2_daily_dose_ug (* (/ 4.0 5.0) spinal_child_l1_step_1_daily_dose_ug))))
 (let (($x4 (< spinal_child_l1_step_2_daily_dose_ug spinal_child_l1_step_1_daily_dose_ug)))
 (let ((?x5 (* (/ 4.0 5.0) spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x6 (< spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x7 (or (and $x6 (not (>= spinal_child_l1_step_1_daily_dose_ug ?x5))) (and $x4 (not $x3)) (and $x2 (not $x1)))))
 (let (($x8 (not $x7)))
 (=> holds_ITB-STOP-1 $x8))))))))))
(assert
 (let (($x9 (not false)))
 (=> holds_ITB-STOP-2 $x9)))
(assert
 (let (($x10 (not (or (not (<= 4.0 spinal_child_l1_age_years))))))
 (=> holds_ITB-PAT-1 $x10)))
(assert
 (let (($x11 (not (or (not (<= 12.0 spinal_child_l1_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x11)))
(assert
 (let (($x12 (not (or spinal_child_l1_infection))))
 (=> holds_ITB-PAT-4 $x12)))
(assert
 (let (($x9 (not false)))
 (=> holds_ITB-PUMP-1 $x9)))
(assert
 (let (($x9 (not false)))
 (=> holds_ITB-PUMP-2 $x9)))
(assert
 (let ((?x13 (* spinal_child_l1_step_3_rate_ml_day spinal_child_l1_concentration_ug_ml)))
 (let ((?x14 (- ?x13 spinal_child_l1_step_3_daily_dose_ug)))
 (let (($x15 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l1_step_3_daily_dose_ug) ?x14) (<= ?x14 (* (/ 1.0 100.0) spinal_child_l1_step_3_daily_dose_ug)))))
 (let ((?x16 (* spinal_child_l1_step_2_rate_ml_day spinal_child_l1_concentration_ug_ml)))
 (let ((?x17 (- ?x16 spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x18 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l1_step_2_daily_dose_ug) ?x17) (<= ?x17 (* (/ 1.0 100.0) spinal_child_l1_step_2_daily_dose_ug)))))
 (let ((?x19 (* spinal_child_l1_step_1_rate_ml_day spinal_child_l1_concentration_ug_ml)))
 (let ((?x20 (- ?x19 spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x21 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l1_step_1_daily_dose_ug) ?x20) (<= ?x20 (* (/ 1.0 100.0) spinal_child_l1_step_1_daily_dose_ug)))))
 (let ((?x22 (* spinal_child_l1_step_0_rate_ml_day spinal_child_l1_concentration_ug_ml)))
 (let ((?x23 (- ?x22 spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x24 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l1_step_0_daily_dose_ug) ?x23) (<= ?x23 (* (/ 1.0 100.0) spinal_child_l1_step_0_daily_dose_ug)))))
 (let (($x25 (= spinal_child_l1_concentration_ug_ml spinal_child_l1_refill_1_concentration_ug_ml)))
 (let (($x26 (not $x25)))
 (let (($x27 (= spinal_child_l1_concentration_ug_ml spinal_child_l1_refill_0_concentration_ug_ml)))
 (let (($x28 (not $x27)))
 (let (($x29 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_3_h)))
 (let (($x30 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_3_h)))
 (let (($x31 (and (ite $x30 true (ite $x29 true false)) (not (ite $x30 $x25 (ite $x29 $x27 false))))))
 (let (($x32 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_2_h)))
 (let (($x33 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_2_h)))
 (let (($x34 (and (ite $x33 true (ite $x32 true false)) (not (ite $x33 $x25 (ite $x32 $x27 false))))))
 (let (($x35 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_1_h)))
 (let (($x36 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_1_h)))
 (let (($x37 (and (ite $x36 true (ite $x35 true false)) (not (ite $x36 $x25 (ite $x35 $x27 false))))))
 (let (($x38 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_0_h)))
 (let (($x39 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_0_h)))
 (let (($x40 (and (ite $x39 true (ite $x38 true false)) (not (ite $x39 $x25 (ite $x38 $x27 false))))))
 (let (($x41 (or $x40 $x37 $x34 $x31 $x28 $x26 (not $x24) (not $x21) (not $x18) (not $x15))))
 (let (($x42 (not $x41)))
 (=> holds_ITB-PUMP-3 $x42))))))))))))))))))))))))))))))))
(assert
 (let ((?x43 (- spinal_child_l1_end_h spinal_child_l1_step_3_h)))
 (let ((?x44 (/ spinal_child_l1_step_3_daily_dose_ug 24.0)))
 (let ((?x45 (/ ?x44 spinal_child_l1_concentration_ug_ml)))
 (let ((?x46 (- spinal_child_l1_step_3_h spinal_child_l1_step_2_h)))
 (let ((?x47 (/ spinal_child_l1_step_2_daily_dose_ug 24.0)))
 (let ((?x48 (/ ?x47 spinal_child_l1_concentration_ug_ml)))
 (let ((?x49 (- spinal_child_l1_step_2_h spinal_child_l1_step_1_h)))
 (let ((?x50 (/ spinal_child_l1_step_1_daily_dose_ug 24.0)))
 (let ((?x51 (/ ?x50 spinal_child_l1_concentration_ug_ml)))
 (let ((?x52 (- spinal_child_l1_step_1_h spinal_child_l1_step_0_h)))
 (let ((?x53 (/ spinal_child_l1_step_0_daily_dose_ug 24.0)))
 (let ((?x54 (/ ?x53 spinal_child_l1_concentration_ug_ml)))
 (let ((?x55 (+ 0.0 (* ?x54 ?x52))))
 (let ((?x56 (+ ?x55 (* ?x51 ?x49))))
 (let ((?x57 (+ ?x56 (* ?x48 ?x46))))
 (let ((?x58 (+ ?x57 (* ?x45 ?x43))))
 (let ((?x59 (+ ?x57 (* ?x45 (- spinal_child_l1_step_0_h spinal_child_l1_step_3_h)))))
 (let ((?x60 (+ ?x56 (* ?x48 (- spinal_child_l1_step_0_h spinal_child_l1_step_2_h)))))
 (let ((?x61 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_step_3_h) ?x60 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_end_h) ?x59 ?x58))))
 (let ((?x62 (+ ?x55 (* ?x51 (- spinal_child_l1_step_0_h spinal_child_l1_step_1_h)))))
 (let ((?x63 (+ 0.0 (* ?x54 (- spinal_child_l1_step_0_h spinal_child_l1_step_0_h)))))
 (let ((?x64 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_step_1_h) ?x63 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_step_2_h) ?x62 ?x61))))
 (let ((?x65 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_step_0_h) 0.0 ?x64)))
 (let (($x66 (<= t_0 spinal_child_l1_end_h)))
 (let ((?x67 (ite (<= t_0 spinal_child_l1_step_3_h) (+ ?x56 (* ?x48 (- t_0 spinal_child_l1_step_2_h))) (ite $x66 (+ ?x57 (* ?x45 (- t_0 spinal_child_l1_step_3_h))) ?x58))))
 (let ((?x68 (ite (<= t_0 spinal_child_l1_step_2_h) (+ ?x55 (* ?x51 (- t_0 spinal_child_l1_step_1_h))) ?x67)))
 (let ((?x69 (ite (<= t_0 spinal_child_l1_step_1_h) (+ 0.0 (* ?x54 (- t_0 spinal_child_l1_step_0_h))) ?x68)))
 (let ((?x70 (ite (<= t_0 spinal_child_l1_step_0_h) 0.0 ?x69)))
 (let ((?x71 (+ ?x57 (* ?x45 (- spinal_child_l1_refill_0_h spinal_child_l1_step_3_h)))))
 (let (($x72 (<= spinal_child_l1_refill_0_h spinal_child_l1_end_h)))
 (let ((?x73 (+ ?x56 (* ?x48 (- spinal_child_l1_refill_0_h spinal_child_l1_step_2_h)))))
 (let (($x29 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_3_h)))
 (let ((?x74 (+ ?x55 (* ?x51 (- spinal_child_l1_refill_0_h spinal_child_l1_step_1_h)))))
 (let (($x32 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_2_h)))
 (let ((?x75 (+ 0.0 (* ?x54 (- spinal_child_l1_refill_0_h spinal_child_l1_step_0_h)))))
 (let (($x35 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_1_h)))
 (let (($x38 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_0_h)))
 (let ((?x76 (ite $x38 0.0 (ite $x35 ?x75 (ite $x32 ?x74 (ite $x29 ?x73 (ite $x72 ?x71 ?x58)))))))
 (let ((?x77 (ite (< spinal_child_l1_refill_0_h t_0) (- spinal_child_l1_refill_0_volume_ml (+ (- ?x70 ?x76) 0.0)) (- 0.0 (+ (- ?x70 ?x65) 0.0)))))
 (let ((?x78 (+ ?x57 (* ?x45 (- spinal_child_l1_refill_1_h spinal_child_l1_step_3_h)))))
 (let (($x79 (<= spinal_child_l1_refill_1_h spinal_child_l1_end_h)))
 (let ((?x80 (+ ?x56 (* ?x48 (- spinal_child_l1_refill_1_h spinal_child_l1_step_2_h)))))
 (let (($x30 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_3_h)))
 (let ((?x81 (+ ?x55 (* ?x51 (- spinal_child_l1_refill_1_h spinal_child_l1_step_1_h)))))
 (let (($x33 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_2_h)))
 (let ((?x82 (+ 0.0 (* ?x54 (- spinal_child_l1_refill_1_h spinal_child_l1_step_0_h)))))
 (let (($x36 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_1_h)))
 (let (($x39 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_0_h)))
 (let ((?x83 (ite $x39 0.0 (ite $x36 ?x82 (ite $x33 ?x81 (ite $x30 ?x80 (ite $x79 ?x78 ?x58)))))))
 (let ((?x84 (ite (< spinal_child_l1_refill_1_h t_0) (- spinal_child_l1_refill_1_volume_ml (+ (- ?x70 ?x83) 0.0)) ?x77)))
 (let ((?x85 (ite (<= 0.0 spinal_child_l1_step_0_h) spinal_child_l1_step_0_h 0.0)))
 (let (($x86 (or (and (< ?x85 t_0) $x66 (not (> ?x84 spinal_child_l1_alarm_ml))))))
 (let (($x87 (not $x86)))
 (=> holds_ITB-PUMP-4 $x87)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x88 (not (>= 1848.0 (- spinal_child_l1_refill_1_h spinal_child_l1_refill_0_h)))))
 (let (($x89 (or $x88 (not (>= 1848.0 (- spinal_child_l1_end_h spinal_child_l1_refill_1_h))))))
 (let (($x90 (not $x89)))
 (=> holds_ITB-PUMP-5 $x90)))))
(assert
 (let (($x91 (and (ite (= spinal_child_l1_bolus_1_via 0) false true) (not spinal_child_l1_bolus_1_emergency))))
 (let (($x92 (and (ite (= spinal_child_l1_bolus_0_via 0) false true) (not spinal_child_l1_bolus_0_emergency))))
 (let (($x93 (not (or $x92 $x91))))
 (=> holds_ITB-PUMP-6 $x93)))))
(assert
 (let (($x94 (not (or (not (ite (= spinal_child_l1_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x94)))
(assert
 (let (($x95 (and (< 0.0 spinal_child_l1_screening_3_concentration_ug_ml) (>= 2000.0 spinal_child_l1_screening_3_concentration_ug_ml))))
 (let (($x96 (and (< 0.0 spinal_child_l1_screening_2_concentration_ug_ml) (>= 2000.0 spinal_child_l1_screening_2_concentration_ug_ml))))
 (let (($x97 (and (< 0.0 spinal_child_l1_screening_1_concentration_ug_ml) (>= 2000.0 spinal_child_l1_screening_1_concentration_ug_ml))))
 (let (($x98 (and (< 0.0 spinal_child_l1_screening_0_concentration_ug_ml) (>= 2000.0 spinal_child_l1_screening_0_concentration_ug_ml))))
 (let (($x99 (and (< 0.0 spinal_child_l1_concentration_ug_ml) (>= 2000.0 spinal_child_l1_concentration_ug_ml))))
 (let (($x100 (not $x99)))
 (let (($x101 (and (< 0.0 spinal_child_l1_refill_1_concentration_ug_ml) (>= 2000.0 spinal_child_l1_refill_1_concentration_ug_ml))))
 (let (($x102 (and (< 0.0 spinal_child_l1_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l1_refill_0_concentration_ug_ml))))
 (let (($x103 (= 2000.0 spinal_child_l1_refill_1_concentration_ug_ml)))
 (let (($x104 (= 500.0 spinal_child_l1_refill_1_concentration_ug_ml)))
 (let (($x105 (= 50.0 spinal_child_l1_refill_1_concentration_ug_ml)))
 (let (($x106 (= spinal_child_l1_refill_1_diluent 0)))
 (let (($x107 (ite $x106 true (ite (= spinal_child_l1_refill_1_diluent 1) false false))))
 (let (($x108 (= 2000.0 spinal_child_l1_refill_0_concentration_ug_ml)))
 (let (($x109 (= 500.0 spinal_child_l1_refill_0_concentration_ug_ml)))
 (let (($x110 (= 50.0 spinal_child_l1_refill_0_concentration_ug_ml)))
 (let (($x111 (= spinal_child_l1_refill_0_diluent 0)))
 (let (($x112 (ite $x111 true (ite (= spinal_child_l1_refill_0_diluent 1) false false))))
 (let (($x113 (ite $x106 false (ite (= spinal_child_l1_refill_1_diluent 1) true false))))
 (let (($x114 (ite $x111 false (ite (= spinal_child_l1_refill_0_diluent 1) true false))))
 (let (($x115 (or (not (or $x112 $x114)) (not (or $x107 $x113)) (and $x112 (not (or $x110 $x109 $x108))) (and $x107 (not (or $x105 $x104 $x103))) (not $x102) (not $x101) $x100 $x100 $x100 $x100 (not $x98) (not $x97) (not $x96) (not $x95))))
 (let (($x116 (not $x115)))
 (=> holds_ITB-CONC-1 $x116))))))))))))))))))))))))
(assert
 (let (($x117 (or (not (= 50.0 spinal_child_l1_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_child_l1_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_child_l1_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_child_l1_screening_3_concentration_ug_ml)))))
 (let (($x118 (not $x117)))
 (=> holds_ITB-SCR-1 $x118))))
(assert
 (let (($x119 (not (or (not (>= 50.0 spinal_child_l1_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x119)))
(assert
 (let (($x120 (or (not (<= 1.0 spinal_child_l1_screening_0_duration_min)) (not (<= 1.0 spinal_child_l1_screening_1_duration_min)) (not (<= 1.0 spinal_child_l1_screening_2_duration_min)) (not (<= 1.0 spinal_child_l1_screening_3_duration_min)))))
 (let (($x121 (not $x120)))
 (=> holds_ITB-SCR-3 $x121))))
(assert
 (let (($x122 (<= 24.0 (- spinal_child_l1_screening_3_h spinal_child_l1_screening_2_h))))
 (let (($x123 (= spinal_child_l1_screening_2_response 0)))
 (let (($x124 (ite $x123 true false)))
 (let (($x125 (<= 24.0 (- spinal_child_l1_screening_2_h spinal_child_l1_screening_1_h))))
 (let (($x126 (= spinal_child_l1_screening_1_response 0)))
 (let (($x127 (ite $x126 true false)))
 (let (($x128 (<= 24.0 (- spinal_child_l1_screening_1_h spinal_child_l1_screening_0_h))))
 (let (($x129 (= spinal_child_l1_screening_0_response 0)))
 (let (($x130 (ite $x129 true false)))
 (let (($x131 (<= spinal_child_l1_screening_3_dose_ug (+ spinal_child_l1_screening_2_dose_ug 25.0))))
 (let (($x132 (<= spinal_child_l1_screening_2_dose_ug (+ spinal_child_l1_screening_1_dose_ug 25.0))))
 (let (($x133 (<= spinal_child_l1_screening_1_dose_ug (+ spinal_child_l1_screening_0_dose_ug 25.0))))
 (let (($x134 (or (not $x130) (not $x127) (not $x124) (and $x130 (not $x133)) (and $x127 (not $x132)) (and $x124 (not $x131)) (and $x130 (not $x128)) (and $x127 (not $x125)) (and $x124 (not $x122)))))
 (let (($x135 (not $x134)))
 (=> holds_ITB-SCR-4 $x135))))))))))))))))
(assert
 (let (($x136 (or (not (>= 100.0 spinal_child_l1_screening_0_dose_ug)) (not (>= 100.0 spinal_child_l1_screening_1_dose_ug)) (not (>= 100.0 spinal_child_l1_screening_2_dose_ug)) (not (>= 100.0 spinal_child_l1_screening_3_dose_ug)))))
 (let (($x137 (not $x136)))
 (=> holds_ITB-SCR-5 $x137))))
(assert
 (let (($x138 (= spinal_child_l1_screening_3_response 0)))
 (let (($x139 (ite $x138 false true)))
 (let (($x123 (= spinal_child_l1_screening_2_response 0)))
 (let (($x140 (ite $x123 false true)))
 (let (($x126 (= spinal_child_l1_screening_1_response 0)))
 (let (($x141 (ite $x126 false true)))
 (let (($x129 (= spinal_child_l1_screening_0_response 0)))
 (let (($x142 (ite $x129 false true)))
 (let (($x143 (or (and $x142 (<= spinal_child_l1_screening_0_h spinal_child_l1_step_0_h)) (and $x141 (<= spinal_child_l1_screening_1_h spinal_child_l1_step_0_h)) (and $x140 (<= spinal_child_l1_screening_2_h spinal_child_l1_step_0_h)) (and $x139 (<= spinal_child_l1_screening_3_h spinal_child_l1_step_0_h)))))
 (let (($x144 (not (or (not $x143)))))
 (=> holds_ITB-SCR-6 $x144))))))))))))
(assert
 (let ((?x145 (* 2.0 spinal_child_l1_screening_3_dose_ug)))
 (let ((?x146 (ite (>= 12.0 spinal_child_l1_screening_3_effect_h) ?x145 spinal_child_l1_screening_3_dose_ug)))
 (let (($x138 (= spinal_child_l1_screening_3_response 0)))
 (let (($x139 (ite $x138 false true)))
 (let ((?x147 (* 2.0 spinal_child_l1_screening_2_dose_ug)))
 (let ((?x148 (ite (>= 12.0 spinal_child_l1_screening_2_effect_h) ?x147 spinal_child_l1_screening_2_dose_ug)))
 (let (($x123 (= spinal_child_l1_screening_2_response 0)))
 (let (($x140 (ite $x123 false true)))
 (let ((?x149 (* 2.0 spinal_child_l1_screening_1_dose_ug)))
 (let ((?x150 (ite (>= 12.0 spinal_child_l1_screening_1_effect_h) ?x149 spinal_child_l1_screening_1_dose_ug)))
 (let (($x126 (= spinal_child_l1_screening_1_response 0)))
 (let (($x141 (ite $x126 false true)))
 (let ((?x151 (* 2.0 spinal_child_l1_screening_0_dose_ug)))
 (let ((?x152 (ite (>= 12.0 spinal_child_l1_screening_0_effect_h) ?x151 spinal_child_l1_screening_0_dose_ug)))
 (let (($x129 (= spinal_child_l1_screening_0_response 0)))
 (let (($x142 (ite $x129 false true)))
 (let (($x153 (or (and $x142 (not (<= spinal_child_l1_step_0_daily_dose_ug ?x152))) (and $x141 (not (<= spinal_child_l1_step_0_daily_dose_ug ?x150))) (and $x140 (not (<= spinal_child_l1_step_0_daily_dose_ug ?x148))) (and $x139 (not (<= spinal_child_l1_step_0_daily_dose_ug ?x146))))))
 (let (($x154 (not $x153)))
 (=> holds_ITB-INIT-1 $x154))))))))))))))))))))
(assert
 (let (($x155 (not (<= 24.0 (- spinal_child_l1_step_3_h spinal_child_l1_step_0_h)))))
 (let (($x156 (> spinal_child_l1_step_3_daily_dose_ug spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x157 (not (<= 24.0 (- spinal_child_l1_step_2_h spinal_child_l1_step_0_h)))))
 (let (($x158 (> spinal_child_l1_step_2_daily_dose_ug spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x159 (not (<= 24.0 (- spinal_child_l1_step_1_h spinal_child_l1_step_0_h)))))
 (let (($x160 (> spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x161 (not (or (and $x160 $x159) (and $x158 $x157) (and $x156 $x155)))))
 (=> holds_ITB-INIT-2 $x161)))))))))
(assert
 (let ((?x162 (+ 1.0 (ite (<= 18.0 spinal_child_l1_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x163 (<= spinal_child_l1_step_3_daily_dose_ug (* ?x162 spinal_child_l1_step_2_daily_dose_ug))))
 (let (($x156 (> spinal_child_l1_step_3_daily_dose_ug spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x164 (<= spinal_child_l1_step_2_daily_dose_ug (* ?x162 spinal_child_l1_step_1_daily_dose_ug))))
 (let (($x158 (> spinal_child_l1_step_2_daily_dose_ug spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x165 (<= spinal_child_l1_step_1_daily_dose_ug (* ?x162 spinal_child_l1_step_0_daily_dose_ug))))
 (let (($x160 (> spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x166 (or (and $x160 (not $x165)) (and $x158 (not $x164)) (and $x156 (not $x163)))))
 (let (($x167 (not $x166)))
 (=> holds_ITB-TITR-1 $x167)))))))))))
(assert
 (let ((?x168 (ite spinal_child_l1_programmable 24.0 48.0)))
 (let (($x156 (> spinal_child_l1_step_3_daily_dose_ug spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x169 (and $x156 (and (< spinal_child_l1_step_3_h spinal_child_l1_step_3_h) $x156) (not (>= (- spinal_child_l1_step_3_h spinal_child_l1_step_3_h) ?x168)))))
 (let (($x158 (> spinal_child_l1_step_2_daily_dose_ug spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x170 (and $x156 (and (< spinal_child_l1_step_2_h spinal_child_l1_step_3_h) $x158) (not (>= (- spinal_child_l1_step_3_h spinal_child_l1_step_2_h) ?x168)))))
 (let (($x160 (> spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x171 (and $x156 (and (< spinal_child_l1_step_1_h spinal_child_l1_step_3_h) $x160) (not (>= (- spinal_child_l1_step_3_h spinal_child_l1_step_1_h) ?x168)))))
 (let (($x172 (and $x158 (and (< spinal_child_l1_step_3_h spinal_child_l1_step_2_h) $x156) (not (>= (- spinal_child_l1_step_2_h spinal_child_l1_step_3_h) ?x168)))))
 (let (($x173 (and $x158 (and (< spinal_child_l1_step_2_h spinal_child_l1_step_2_h) $x158) (not (>= (- spinal_child_l1_step_2_h spinal_child_l1_step_2_h) ?x168)))))
 (let (($x174 (and $x158 (and (< spinal_child_l1_step_1_h spinal_child_l1_step_2_h) $x160) (not (>= (- spinal_child_l1_step_2_h spinal_child_l1_step_1_h) ?x168)))))
 (let (($x175 (and $x160 (and (< spinal_child_l1_step_3_h spinal_child_l1_step_1_h) $x156) (not (>= (- spinal_child_l1_step_1_h spinal_child_l1_step_3_h) ?x168)))))
 (let (($x176 (and $x160 (and (< spinal_child_l1_step_2_h spinal_child_l1_step_1_h) $x158) (not (>= (- spinal_child_l1_step_1_h spinal_child_l1_step_2_h) ?x168)))))
 (let (($x177 (and $x160 (and (< spinal_child_l1_step_1_h spinal_child_l1_step_1_h) $x160) (not (>= (- spinal_child_l1_step_1_h spinal_child_l1_step_1_h) ?x168)))))
 (let (($x178 (not (or $x177 $x176 $x175 $x174 $x173 $x172 $x171 $x170 $x169))))
 (=> holds_ITB-TITR-2 $x178))))))))))))))))
(assert
 (let ((?x179 (ite (<= spinal_child_l1_step_1_h w_0) spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
 (let ((?x180 (ite (<= spinal_child_l1_step_2_h w_0) spinal_child_l1_step_2_daily_dose_ug ?x179)))
 (let ((?x181 (ite (<= spinal_child_l1_step_3_h w_0) spinal_child_l1_step_3_daily_dose_ug ?x180)))
 (let (($x182 (and (<= (- w_0 24.0) spinal_child_l1_bolus_1_h) (< spinal_child_l1_bolus_1_h w_0))))
 (let (($x183 (and (<= (- w_0 24.0) spinal_child_l1_bolus_0_h) (< spinal_child_l1_bolus_0_h w_0))))
 (let ((?x184 (+ (+ 0.0 (ite $x183 spinal_child_l1_bolus_0_dose_ug 0.0)) (ite $x182 spinal_child_l1_bolus_1_dose_ug 0.0))))
 (let ((?x43 (- spinal_child_l1_end_h spinal_child_l1_step_3_h)))
 (let ((?x44 (/ spinal_child_l1_step_3_daily_dose_ug 24.0)))
 (let ((?x46 (- spinal_child_l1_step_3_h spinal_child_l1_step_2_h)))
 (let ((?x47 (/ spinal_child_l1_step_2_daily_dose_ug 24.0)))
 (let ((?x49 (- spinal_child_l1_step_2_h spinal_child_l1_step_1_h)))
 (let ((?x50 (/ spinal_child_l1_step_1_daily_dose_ug 24.0)))
 (let ((?x52 (- spinal_child_l1_step_1_h spinal_child_l1_step_0_h)))
 (let ((?x53 (/ spinal_child_l1_step_0_daily_dose_ug 24.0)))
 (let ((?x185 (+ 0.0 (* ?x53 ?x52))))
 (let ((?x186 (+ ?x185 (* ?x50 ?x49))))
 (let ((?x187 (+ ?x186 (* ?x47 ?x46))))
 (let ((?x188 (+ ?x187 (* ?x44 ?x43))))
 (let ((?x189 (ite (<= (- w_0 24.0) spinal_child_l1_end_h) (+ ?x187 (* ?x44 (- (- w_0 24.0) spinal_child_l1_step_3_h))) ?x188)))
 (let ((?x190 (ite (<= (- w_0 24.0) spinal_child_l1_step_3_h) (+ ?x186 (* ?x47 (- (- w_0 24.0) spinal_child_l1_step_2_h))) ?x189)))
 (let ((?x191 (ite (<= (- w_0 24.0) spinal_child_l1_step_2_h) (+ ?x185 (* ?x50 (- (- w_0 24.0) spinal_child_l1_step_1_h))) ?x190)))
 (let ((?x192 (ite (<= (- w_0 24.0) spinal_child_l1_step_1_h) (+ 0.0 (* ?x53 (- (- w_0 24.0) spinal_child_l1_step_0_h))) ?x191)))
 (let ((?x193 (ite (<= w_0 spinal_child_l1_end_h) (+ ?x187 (* ?x44 (- w_0 spinal_child_l1_step_3_h))) ?x188)))
 (let ((?x194 (ite (<= w_0 spinal_child_l1_step_3_h) (+ ?x186 (* ?x47 (- w_0 spinal_child_l1_step_2_h))) ?x193)))
 (let ((?x195 (ite (<= w_0 spinal_child_l1_step_2_h) (+ ?x185 (* ?x50 (- w_0 spinal_child_l1_step_1_h))) ?x194)))
 (let ((?x196 (ite (<= w_0 spinal_child_l1_step_1_h) (+ 0.0 (* ?x53 (- w_0 spinal_child_l1_step_0_h))) ?x195)))
 (let ((?x197 (ite (<= w_0 spinal_child_l1_step_0_h) 0.0 ?x196)))
 (let ((?x198 (- ?x197 (ite (<= (- w_0 24.0) spinal_child_l1_step_0_h) 0.0 ?x192))))
 (let ((?x199 (ite (>= (- w_0 24.0) spinal_child_l1_step_0_h) (+ ?x198 ?x184) (* 1.0 ?x181))))
 (let ((?x162 (+ 1.0 (ite (<= 18.0 spinal_child_l1_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x200 (and (<= w_0 spinal_child_l1_bolus_1_h) (< spinal_child_l1_bolus_1_h (+ w_0 24.0)))))
 (let (($x201 (and (<= w_0 spinal_child_l1_bolus_0_h) (< spinal_child_l1_bolus_0_h (+ w_0 24.0)))))
 (let ((?x202 (+ (+ 0.0 (ite $x201 spinal_child_l1_bolus_0_dose_ug 0.0)) (ite $x200 spinal_child_l1_bolus_1_dose_ug 0.0))))
 (let ((?x203 (+ w_0 24.0)))
 (let (($x204 (<= ?x203 spinal_child_l1_end_h)))
 (let ((?x205 (ite (<= ?x203 spinal_child_l1_step_3_h) (+ ?x186 (* ?x47 (- ?x203 spinal_child_l1_step_2_h))) (ite $x204 (+ ?x187 (* ?x44 (- ?x203 spinal_child_l1_step_3_h))) ?x188))))
 (let ((?x206 (ite (<= ?x203 spinal_child_l1_step_2_h) (+ ?x185 (* ?x50 (- ?x203 spinal_child_l1_step_1_h))) ?x205)))
 (let ((?x207 (ite (<= ?x203 spinal_child_l1_step_1_h) (+ 0.0 (* ?x53 (- ?x203 spinal_child_l1_step_0_h))) ?x206)))
 (let ((?x208 (+ (- (ite (<= ?x203 spinal_child_l1_step_0_h) 0.0 ?x207) ?x197) ?x202)))
 (let (($x209 (and (<= spinal_child_l1_step_0_h w_0) $x204 (not (<= ?x208 (* ?x162 ?x199))))))
 (let (($x210 (not (or $x209))))
 (=> holds_ITB-TITR-3 $x210)))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x211 (ite (<= spinal_child_l1_step_1_h spinal_child_l1_bolus_1_h) spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
(let ((?x212 (ite (<= spinal_child_l1_step_2_h spinal_child_l1_bolus_1_h) spinal_child_l1_step_2_daily_dose_ug ?x211)))
(let ((?x213 (ite (<= spinal_child_l1_step_3_h spinal_child_l1_bolus_1_h) spinal_child_l1_step_3_daily_dose_ug ?x212)))
(let ((?x214 (ite (< spinal_child_l1_bolus_1_h spinal_child_l1_step_0_h) 0.0 ?x213)))
(let (($x215 (not (<= spinal_child_l1_bolus_1_dose_ug (ite (>= 100.0 ?x214) 100.0 ?x214)))))
(let ((?x216 (ite (<= spinal_child_l1_step_1_h spinal_child_l1_bolus_0_h) spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
(let ((?x217 (ite (<= spinal_child_l1_step_2_h spinal_child_l1_bolus_0_h) spinal_child_l1_step_2_daily_dose_ug ?x216)))
(let ((?x218 (ite (<= spinal_child_l1_step_3_h spinal_child_l1_bolus_0_h) spinal_child_l1_step_3_daily_dose_ug ?x217)))
(let ((?x219 (ite (< spinal_child_l1_bolus_0_h spinal_child_l1_step_0_h) 0.0 ?x218)))
(let (($x220 (not (<= spinal_child_l1_bolus_0_dose_ug (ite (>= 100.0 ?x219) 100.0 ?x219)))))
(let (($x221 (not (or $x220 $x215))))
(=> holds_ITB-DOSE-3 $x221)))))))))))))
(check-sat)
