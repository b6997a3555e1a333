; itbverify 0.1.0: rule-set consistency, child, spinal origin; 4 screening doses, 4 steps (emergency after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_child_l3_age_years () Real)
(declare-fun spinal_child_l3_months_since_injury () Real)
(declare-fun spinal_child_l3_reservoir_ml () Real)
(declare-fun spinal_child_l3_alarm_ml () Real)
(declare-fun spinal_child_l3_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_0_h () Real)
(declare-fun spinal_child_l3_screening_0_dose_ug () Real)
(declare-fun spinal_child_l3_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_0_duration_min () Real)
(declare-fun spinal_child_l3_screening_0_response () Int)
(declare-fun spinal_child_l3_screening_0_effect_h () Real)
(declare-fun spinal_child_l3_screening_1_h () Real)
(declare-fun spinal_child_l3_screening_1_dose_ug () Real)
(declare-fun spinal_child_l3_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_1_duration_min () Real)
(declare-fun spinal_child_l3_screening_1_response () Int)
(declare-fun spinal_child_l3_screening_1_effect_h () Real)
(declare-fun spinal_child_l3_screening_2_h () Real)
(declare-fun spinal_child_l3_screening_2_dose_ug () Real)
(declare-fun spinal_child_l3_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_2_duration_min () Real)
(declare-fun spinal_child_l3_screening_2_response () Int)
(declare-fun spinal_child_l3_screening_2_effect_h () Real)
(declare-fun spinal_child_l3_screening_3_h () Real)
(declare-fun spinal_child_l3_screening_3_dose_ug () Real)
(declare-fun spinal_child_l3_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_3_duration_min () Real)
(declare-fun spinal_child_l3_screening_3_response () Int)
(declare-fun spinal_child_l3_screening_3_effect_h () Real)
(declare-fun spinal_child_l3_step_0_h () Real)
(declare-fun spinal_child_l3_step_0_daily_dose_ug () Real)
(declare-fun spinal_child_l3_step_0_rate_ml_day () Real)
(declare-fun spinal_child_l3_step_1_h () Real)
(declare-fun spinal_child_l3_step_1_daily_dose_ug () Real)
(declare-fun spinal_child_l3_step_1_rate_ml_day () Real)
(declare-fun spinal_child_l3_step_2_h () Real)
(declare-fun spinal_child_l3_step_2_daily_dose_ug () Real)
(declare-fun spinal_child_l3_step_2_rate_ml_day () Real)
(declare-fun spinal_child_l3_step_3_h () Real)
(declare-fun spinal_child_l3_step_3_daily_dose_ug () Real)
(declare-fun spinal_child_l3_step_3_rate_ml_day () Real)
(declare-fun spinal_child_l3_end_h () Real)
(declare-fun spinal_child_l3_refill_0_h () Real)
(declare-fun spinal_child_l3_refill_0_volume_ml () Real)
(declare-fun spinal_child_l3_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_refill_0_diluent () Int)
(declare-fun spinal_child_l3_refill_1_h () Real)
(declare-fun spinal_child_l3_refill_1_volume_ml () Real)
(declare-fun spinal_child_l3_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_refill_1_diluent () Int)
(declare-fun spinal_child_l3_bolus_0_h () Real)
(declare-fun spinal_child_l3_bolus_0_dose_ug () Real)
(declare-fun spinal_child_l3_bolus_0_via () Int)
(declare-fun spinal_child_l3_bolus_1_h () Real)
(declare-fun spinal_child_l3_bolus_1_dose_ug () Real)
(declare-fun spinal_child_l3_bolus_1_via () Int)
(declare-fun spinal_child_l3_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_child_l3_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_child_l3_bolus_1_emergency () Bool)
(declare-fun spinal_child_l3_bolus_0_emergency () Bool)
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
(declare-fun spinal_child_l3_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= spinal_child_l3_age_years 0.0))
(assert
 (<= spinal_child_l3_age_years 120.0))
(assert
 (< spinal_child_l3_age_years 18.0))
(assert
 (>= spinal_child_l3_months_since_injury 0.0))
(assert
 (<= spinal_child_l3_months_since_injury 100000.0))
(assert
 (>= spinal_child_l3_reservoir_ml 0.0))
(assert
 (<= spinal_child_l3_reservoir_ml 100000.0))
(assert
 (>= spinal_child_l3_alarm_ml 0.0))
(assert
 (<= spinal_child_l3_alarm_ml 100000.0))
(assert
 (>= spinal_child_l3_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_0_h 0.0))
(assert
 (<= spinal_child_l3_screening_0_h 100000.0))
(assert
 (>= spinal_child_l3_screening_0_h 0.0))
(assert
 (>= spinal_child_l3_screening_0_dose_ug 0.0))
(assert
 (<= spinal_child_l3_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_0_duration_min 0.0))
(assert
 (<= spinal_child_l3_screening_0_duration_min 100000.0))
(assert
 (>= spinal_child_l3_screening_0_response 0))
(assert
 (< spinal_child_l3_screening_0_response 2))
(assert
 (>= spinal_child_l3_screening_0_effect_h 0.0))
(assert
 (<= spinal_child_l3_screening_0_effect_h 100000.0))
(assert
 (>= spinal_child_l3_screening_1_h 0.0))
(assert
 (<= spinal_child_l3_screening_1_h 100000.0))
(assert
 (>= spinal_child_l3_screening_1_h spinal_child_l3_screening_0_h))
(assert
 (>= spinal_child_l3_screening_1_dose_ug 0.0))
(assert
 (<= spinal_child_l3_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_1_duration_min 0.0))
(assert
 (<= spinal_child_l3_screening_1_duration_min 100000.0))
(assert
 (>= spinal_child_l3_screening_1_response 0))
(assert
 (< spinal_child_l3_screening_1_response 2))
(assert
 (>= spinal_child_l3_screening_1_effect_h 0.0))
(assert
 (<= spinal_child_l3_screening_1_effect_h 100000.0))
(assert
 (>= spinal_child_l3_screening_2_h 0.0))
(assert
 (<= spinal_child_l3_screening_2_h 100000.0))
(assert
 (>= spinal_child_l3_screening_2_h spinal_child_l3_screening_1_h))
(assert
 (>= spinal_child_l3_screening_2_dose_ug 0.0))
(assert
 (<= spinal_child_l3_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_2_duration_min 0.0))
(assert
 (<= spinal_child_l3_screening_2_duration_min 100000.0))
(assert
 (>= spinal_child_l3_screening_2_response 0))
(assert
 (< spinal_child_l3_screening_2_response 2))
(assert
 (>= spinal_child_l3_screening_2_effect_h 0.0))
(assert
 (<= spinal_child_l3_screening_2_effect_h 100000.0))
(assert
 (>= spinal_child_l3_screening_3_h 0.0))
(assert
 (<= spinal_child_l3_screening_3_h 100000.0))
(assert
 (>= spinal_child_l3_screening_3_h spinal_child_l3_screening_2_h))
(assert
 (>= spinal_child_l3_screening_3_dose_ug 0.0))
(assert
 (<= spinal_child_l3_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_3_duration_min 0.0))
(assert
 (<= spinal_child_l3_screening_3_duration_min 100000.0))
(assert
 (>= spinal_child_l3_screening_3_response 0))
(assert
 (< spinal_child_l3_screening_3_response 2))
(assert
 (>= spinal_child_l3_screening_3_effect_h 0.0))
(assert
 (<= spinal_child_l3_screening_3_effect_h 100000.0))
(assert
 (>= spinal_child_l3_step_0_h 0.0))
(assert
 (<= spinal_child_l3_step_0_h 100000.0))
(assert
 (>= spinal_child_l3_step_0_h spinal_child_l3_screening_3_h))
(assert
 (>= spinal_child_l3_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l3_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_child_l3_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l3_step_1_h 0.0))
(assert
 (<= spinal_child_l3_step_1_h 100000.0))
(assert
 (> spinal_child_l3_step_1_h spinal_child_l3_step_0_h))
(assert
 (>= spinal_child_l3_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l3_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_child_l3_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l3_step_2_h 0.0))
(assert
 (<= spinal_child_l3_step_2_h 100000.0))
(assert
 (> spinal_child_l3_step_2_h spinal_child_l3_step_1_h))
(assert
 (>= spinal_child_l3_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l3_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_child_l3_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l3_step_3_h 0.0))
(assert
 (<= spinal_child_l3_step_3_h 100000.0))
(assert
 (> spinal_child_l3_step_3_h spinal_child_l3_step_2_h))
(assert
 (>= spinal_child_l3_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l3_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_child_l3_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_child_l3_end_h 100000.0))
(assert
 (>= spinal_child_l3_end_h spinal_child_l3_step_3_h))
(assert
 (<= spinal_child_l3_refill_0_h 100000.0))
(assert
 (<= spinal_child_l3_refill_0_h spinal_child_l3_end_h))
(assert
 (>= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h))
(assert
 (>= spinal_child_l3_refill_0_volume_ml 0.0))
(assert
 (<= spinal_child_l3_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_child_l3_refill_0_volume_ml spinal_child_l3_reservoir_ml))
(assert
 (>= spinal_child_l3_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_refill_0_diluent 0))
(assert
 (< spinal_child_l3_refill_0_diluent 3))
(assert
 (<= spinal_child_l3_refill_1_h 100000.0))
(assert
 (<= spinal_child_l3_refill_1_h spinal_child_l3_end_h))
(assert
 (>= spinal_child_l3_refill_1_h spinal_child_l3_step_0_h))
(assert
 (> spinal_child_l3_refill_1_h spinal_child_l3_refill_0_h))
(assert
 (>= spinal_child_l3_refill_1_volume_ml 0.0))
(assert
 (<= spinal_child_l3_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_child_l3_refill_1_volume_ml spinal_child_l3_reservoir_ml))
(assert
 (>= spinal_child_l3_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_refill_1_diluent 0))
(assert
 (< spinal_child_l3_refill_1_diluent 3))
(assert
 (= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h))
(assert
 (<= spinal_child_l3_bolus_0_h 100000.0))
(assert
 (>= spinal_child_l3_bolus_0_h spinal_child_l3_step_0_h))
(assert
 (<= spinal_child_l3_bolus_0_h spinal_child_l3_end_h))
(assert
 (>= spinal_child_l3_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_child_l3_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_bolus_0_via 0))
(assert
 (< spinal_child_l3_bolus_0_via 2))
(assert
 (<= spinal_child_l3_bolus_1_h 100000.0))
(assert
 (>= spinal_child_l3_bolus_1_h spinal_child_l3_step_0_h))
(assert
 (<= spinal_child_l3_bolus_1_h spinal_child_l3_end_h))
(assert
 (>= spinal_child_l3_bolus_1_h spinal_child_l3_bolus_0_h))
(assert
 (>= spinal_child_l3_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_child_l3_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_bolus_1_via 0))
(assert
 (< spinal_child_l3_bolus_1_via 2))
(assert
 (>= spinal_child_l3_route 0))
(assert
 (< spinal_child_l3_route 2))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-STOP-1 $x1)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-STOP-2 $x1)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 spinal_child_l3_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 spinal_child_l3_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or spinal_child_l3_infection))))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-1 $x1)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-2 $x1)))
(assert
 (let ((?x2 (* spinal_child_l3_step_3_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x3 (- ?x2 spinal_child_l3_step_3_daily_dose_ug)))
 (let (($x4 (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_3_daily_dose_ug) ?x3)))
 (let (($x5 (and $x4 (<= ?x3 (* (/ 1.0 100.0) spinal_child_l3_step_3_daily_dose_ug)))))
 (let ((?x6 (* spinal_child_l3_step_2_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x7 (- ?x6 spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x8 (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_2_daily_dose_ug) ?x7)))
 (let (($x9 (and $x8 (<= ?x7 (* (/ 1.0 100.0) spinal_child_l3_step_2_daily_dose_ug)))))
 (let ((?x10 (* spinal_child_l3_step_1_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x11 (- ?x10 spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x12 (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_1_daily_dose_ug) ?x11)))
 (let (($x13 (and $x12 (<= ?x11 (* (/ 1.0 100.0) spinal_child_l3_step_1_daily_dose_ug)))))
 (let ((?x14 (* spinal_child_l3_step_0_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x15 (- ?x14 spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x16 (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_0_daily_dose_ug) ?x15)))
 (let (($x17 (and $x16 (<= ?x15 (* (/ 1.0 100.0) spinal_child_l3_step_0_daily_dose_ug)))))
 (let (($x18 (= spinal_child_l3_concentration_ug_ml spinal_child_l3_refill_1_concentration_ug_ml)))
 (let (($x19 (not $x18)))
 (let (($x20 (= spinal_child_l3_concentration_ug_ml spinal_child_l3_refill_0_concentration_ug_ml)))
 (let (($x21 (not $x20)))
 (let (($x22 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_3_h)))
 (let (($x23 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_3_h)))
 (let (($x24 (and (ite $x23 true (ite $x22 true false)) (not (ite $x23 $x18 (ite $x22 $x20 false))))))
 (let (($x25 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_2_h)))
 (let (($x26 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_2_h)))
 (let (($x27 (and (ite $x26 true (ite $x25 true false)) (not (ite $x26 $x18 (ite $x25 $x20 false))))))
 (let (($x28 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_1_h)))
 (let (($x29 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_1_h)))
 (let (($x30 (and (ite $x29 true (ite $x28 true false)) (not (ite $x29 $x18 (ite $x28 $x20 false))))))
 (let (($x31 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h)))
 (let (($x32 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_0_h)))
 (let (($x33 (and (ite $x32 true (ite $x31 true false)) (not (ite $x32 $x18 (ite $x31 $x20 false))))))
 (let (($x34 (or $x33 $x30 $x27 $x24 $x21 $x19 (not $x17) (not $x13) (not $x9) (not $x5))))
 (=> holds_ITB-PUMP-3 (not $x34))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x35 (/ spinal_child_l3_bolus_1_dose_ug spinal_child_l3_concentration_ug_ml)))
 (let (($x36 (= spinal_child_l3_bolus_1_h spinal_child_l3_end_h)))
 (let (($x37 (and (ite (= spinal_child_l3_bolus_1_via 0) true false) $x36)))
 (let ((?x38 (/ spinal_child_l3_bolus_0_dose_ug spinal_child_l3_concentration_ug_ml)))
 (let (($x39 (= spinal_child_l3_bolus_0_h spinal_child_l3_end_h)))
 (let (($x40 (and (ite (= spinal_child_l3_bolus_0_via 0) true false) $x39)))
 (let ((?x41 (* 1.0 (+ (+ 0.0 (ite $x40 ?x38 0.0)) (ite $x37 ?x35 0.0)))))
 (let ((?x42 (- spinal_child_l3_end_h spinal_child_l3_step_3_h)))
 (let ((?x43 (/ spinal_child_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x44 (/ ?x43 spinal_child_l3_concentration_ug_ml)))
 (let ((?x45 (- spinal_child_l3_step_3_h spinal_child_l3_step_2_h)))
 (let ((?x46 (/ spinal_child_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x47 (/ ?x46 spinal_child_l3_concentration_ug_ml)))
 (let ((?x48 (- spinal_child_l3_step_2_h spinal_child_l3_step_1_h)))
 (let ((?x49 (/ spinal_child_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x50 (/ ?x49 spinal_child_l3_concentration_ug_ml)))
 (let ((?x51 (- spinal_child_l3_step_1_h spinal_child_l3_step_0_h)))
 (let ((?x52 (/ spinal_child_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x53 (/ ?x52 spinal_child_l3_concentration_ug_ml)))
 (let ((?x54 (+ 0.0 (* ?x53 ?x51))))
 (let ((?x55 (+ ?x54 (* ?x50 ?x48))))
 (let ((?x56 (+ ?x55 (* ?x47 ?x45))))
 (let ((?x57 (+ ?x56 (* ?x44 ?x42))))
 (let ((?x58 (+ ?x56 (* ?x44 (- spinal_child_l3_step_0_h spinal_child_l3_step_3_h)))))
 (let ((?x59 (+ ?x55 (* ?x47 (- spinal_child_l3_step_0_h spinal_child_l3_step_2_h)))))
 (let ((?x60 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_3_h) ?x59 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_end_h) ?x58 ?x57))))
 (let ((?x61 (+ ?x54 (* ?x50 (- spinal_child_l3_step_0_h spinal_child_l3_step_1_h)))))
 (let ((?x62 (+ 0.0 (* ?x53 (- spinal_child_l3_step_0_h spinal_child_l3_step_0_h)))))
 (let ((?x63 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_1_h) ?x62 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_2_h) ?x61 ?x60))))
 (let ((?x64 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_0_h) 0.0 ?x63)))
 (let ((?x65 (ite (<= spinal_child_l3_end_h spinal_child_l3_step_3_h) (+ ?x55 (* ?x47 (- spinal_child_l3_end_h spinal_child_l3_step_2_h))) (ite (<= spinal_child_l3_end_h spinal_child_l3_end_h) ?x57 ?x57))))
 (let ((?x66 (ite (<= spinal_child_l3_end_h spinal_child_l3_step_2_h) (+ ?x54 (* ?x50 (- spinal_child_l3_end_h spinal_child_l3_step_1_h))) ?x65)))
 (let ((?x67 (+ 0.0 (* ?x53 (- spinal_child_l3_end_h spinal_child_l3_step_0_h)))))
 (let (($x68 (<= spinal_child_l3_end_h spinal_child_l3_step_0_h)))
 (let ((?x69 (ite $x68 0.0 (ite (<= spinal_child_l3_end_h spinal_child_l3_step_1_h) ?x67 ?x66))))
 (let ((?x70 (+ ?x56 (* ?x44 (- spinal_child_l3_refill_0_h spinal_child_l3_step_3_h)))))
 (let (($x71 (<= spinal_child_l3_refill_0_h spinal_child_l3_end_h)))
 (let ((?x72 (+ ?x55 (* ?x47 (- spinal_child_l3_refill_0_h spinal_child_l3_step_2_h)))))
 (let (($x22 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_3_h)))
 (let ((?x73 (+ ?x54 (* ?x50 (- spinal_child_l3_refill_0_h spinal_child_l3_step_1_h)))))
 (let (($x25 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_2_h)))
 (let ((?x74 (+ 0.0 (* ?x53 (- spinal_child_l3_refill_0_h spinal_child_l3_step_0_h)))))
 (let (($x28 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_1_h)))
 (let (($x31 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h)))
 (let ((?x75 (ite $x31 0.0 (ite $x28 ?x74 (ite $x25 ?x73 (ite $x22 ?x72 (ite $x71 ?x70 ?x57)))))))
 (let ((?x76 (ite (< spinal_child_l3_refill_0_h spinal_child_l3_end_h) (- spinal_child_l3_refill_0_volume_ml (+ (- ?x69 ?x75) 0.0)) (- 0.0 (+ (- ?x69 ?x64) 0.0)))))
 (let ((?x77 (+ ?x56 (* ?x44 (- spinal_child_l3_refill_1_h spinal_child_l3_step_3_h)))))
 (let (($x78 (<= spinal_child_l3_refill_1_h spinal_child_l3_end_h)))
 (let ((?x79 (+ ?x55 (* ?x47 (- spinal_child_l3_refill_1_h spinal_child_l3_step_2_h)))))
 (let (($x23 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_3_h)))
 (let ((?x80 (+ ?x54 (* ?x50 (- spinal_child_l3_refill_1_h spinal_child_l3_step_1_h)))))
 (let (($x26 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_2_h)))
 (let ((?x81 (+ 0.0 (* ?x53 (- spinal_child_l3_refill_1_h spinal_child_l3_step_0_h)))))
 (let (($x29 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_1_h)))
 (let (($x32 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_0_h)))
 (let ((?x82 (ite $x32 0.0 (ite $x29 ?x81 (ite $x26 ?x80 (ite $x23 ?x79 (ite $x78 ?x77 ?x57)))))))
 (let ((?x83 (ite (< spinal_child_l3_refill_1_h spinal_child_l3_end_h) (- spinal_child_l3_refill_1_volume_ml (+ (- ?x69 ?x82) 0.0)) ?x76)))
 (let (($x84 (or (= spinal_child_l3_refill_0_h spinal_child_l3_end_h) (= spinal_child_l3_refill_1_h spinal_child_l3_end_h))))
 (let (($x85 (not $x84)))
 (let (($x86 (and (< spinal_child_l3_step_0_h spinal_child_l3_end_h) (and (or $x40 $x37) $x85) (not (> (- ?x83 ?x41) spinal_child_l3_alarm_ml)))))
 (let (($x87 (<= t_0 spinal_child_l3_end_h)))
 (let ((?x88 (ite (<= t_0 spinal_child_l3_step_3_h) (+ ?x55 (* ?x47 (- t_0 spinal_child_l3_step_2_h))) (ite $x87 (+ ?x56 (* ?x44 (- t_0 spinal_child_l3_step_3_h))) ?x57))))
 (let ((?x89 (ite (<= t_0 spinal_child_l3_step_2_h) (+ ?x54 (* ?x50 (- t_0 spinal_child_l3_step_1_h))) ?x88)))
 (let ((?x90 (ite (<= t_0 spinal_child_l3_step_1_h) (+ 0.0 (* ?x53 (- t_0 spinal_child_l3_step_0_h))) ?x89)))
 (let ((?x91 (ite (<= t_0 spinal_child_l3_step_0_h) 0.0 ?x90)))
 (let ((?x92 (ite (< spinal_child_l3_refill_0_h t_0) (- spinal_child_l3_refill_0_volume_ml (+ (- ?x91 ?x75) 0.0)) (- 0.0 (+ (- ?x91 ?x64) 0.0)))))
 (let ((?x93 (ite (< spinal_child_l3_refill_1_h t_0) (- spinal_child_l3_refill_1_volume_ml (+ (- ?x91 ?x82) 0.0)) ?x92)))
 (let ((?x94 (ite (<= 0.0 spinal_child_l3_step_0_h) spinal_child_l3_step_0_h 0.0)))
 (let (($x95 (or (and (< ?x94 t_0) $x87 (not (> ?x93 spinal_child_l3_alarm_ml))) $x86)))
 (=> holds_ITB-PUMP-4 (not $x95))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x96 (not (>= 1848.0 (- spinal_child_l3_refill_1_h spinal_child_l3_refill_0_h)))))
 (let (($x97 (or $x96 (not (>= 1848.0 (- spinal_child_l3_end_h spinal_child_l3_refill_1_h))))))
 (=> holds_ITB-PUMP-5 (not $x97)))))
(assert
 (let (($x98 (not spinal_child_l3_bolus_1_emergency)))
 (let (($x99 (not spinal_child_l3_bolus_0_emergency)))
 (let (($x100 (or (and (ite (= spinal_child_l3_bolus_0_via 0) false true) $x99) (and (ite (= spinal_child_l3_bolus_1_via 0) false true) $x98))))
 (=> holds_ITB-PUMP-6 (not $x100))))))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_child_l3_route 0) true false))))))
(assert
 (let (($x101 (and (< 0.0 spinal_child_l3_screening_3_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_3_concentration_ug_ml))))
 (let (($x102 (and (< 0.0 spinal_child_l3_screening_2_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_2_concentration_ug_ml))))
 (let (($x103 (and (< 0.0 spinal_child_l3_screening_1_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_1_concentration_ug_ml))))
 (let (($x104 (and (< 0.0 spinal_child_l3_screening_0_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_0_concentration_ug_ml))))
 (let (($x105 (and (< 0.0 spinal_child_l3_concentration_ug_ml) (>= 2000.0 spinal_child_l3_concentration_ug_ml))))
 (let (($x106 (not $x105)))
 (let (($x107 (and (< 0.0 spinal_child_l3_refill_1_concentration_ug_ml) (>= 2000.0 spinal_child_l3_refill_1_concentration_ug_ml))))
 (let (($x108 (and (< 0.0 spinal_child_l3_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l3_refill_0_concentration_ug_ml))))
 (let (($x109 (or (= 50.0 spinal_child_l3_refill_1_concentration_ug_ml) (= 500.0 spinal_child_l3_refill_1_concentration_ug_ml) (= 2000.0 spinal_child_l3_refill_1_concentration_ug_ml))))
 (let (($x110 (= spinal_child_l3_refill_1_diluent 0)))
 (let (($x111 (ite $x110 true (ite (= spinal_child_l3_refill_1_diluent 1) false false))))
 (let (($x112 (or (= 50.0 spinal_child_l3_refill_0_concentration_ug_ml) (= 500.0 spinal_child_l3_refill_0_concentration_ug_ml) (= 2000.0 spinal_child_l3_refill_0_concentration_ug_ml))))
 (let (($x113 (= spinal_child_l3_refill_0_diluent 0)))
 (let (($x114 (ite $x113 true (ite (= spinal_child_l3_refill_0_diluent 1) false false))))
 (let (($x115 (ite $x110 false (ite (= spinal_child_l3_refill_1_diluent 1) true false))))
 (let (($x116 (ite $x113 false (ite (= spinal_child_l3_refill_0_diluent 1) true false))))
 (let (($x117 (or (not (or $x114 $x116)) (not (or $x111 $x115)) (and $x114 (not $x112)) (and $x111 (not $x109)) (not $x108) (not $x107) $x106 $x106 $x106 $x106 (not $x104) (not $x103) (not $x102) (not $x101))))
 (=> holds_ITB-CONC-1 (not $x117))))))))))))))))))))
(assert
 (let (($x118 (or (not (= 50.0 spinal_child_l3_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_child_l3_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_child_l3_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_child_l3_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x118))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 spinal_child_l3_screening_0_dose_ug))))))
(assert
 (let (($x119 (or (not (<= 1.0 spinal_child_l3_screening_0_duration_min)) (not (<= 1.0 spinal_child_l3_screening_1_duration_min)) (not (<= 1.0 spinal_child_l3_screening_2_duration_min)) (not (<= 1.0 spinal_child_l3_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x119))))
(assert
 (let (($x120 (<= 24.0 (- spinal_child_l3_screening_3_h spinal_child_l3_screening_2_h))))
 (let (($x121 (= spinal_child_l3_screening_2_response 0)))
 (let (($x122 (ite $x121 true false)))
 (let (($x123 (<= 24.0 (- spinal_child_l3_screening_2_h spinal_child_l3_screening_1_h))))
 (let (($x124 (= spinal_child_l3_screening_1_response 0)))
 (let (($x125 (ite $x124 true false)))
 (let (($x126 (<= 24.0 (- spinal_child_l3_screening_1_h spinal_child_l3_screening_0_h))))
 (let (($x127 (= spinal_child_l3_screening_0_response 0)))
 (let (($x128 (ite $x127 true false)))
 (let (($x129 (<= spinal_child_l3_screening_3_dose_ug (+ spinal_child_l3_screening_2_dose_ug 25.0))))
 (let (($x130 (<= spinal_child_l3_screening_2_dose_ug (+ spinal_child_l3_screening_1_dose_ug 25.0))))
 (let (($x131 (<= spinal_child_l3_screening_1_dose_ug (+ spinal_child_l3_screening_0_dose_ug 25.0))))
 (let (($x132 (or (not $x128) (not $x125) (not $x122) (and $x128 (not $x131)) (and $x125 (not $x130)) (and $x122 (not $x129)) (and $x128 (not $x126)) (and $x125 (not $x123)) (and $x122 (not $x120)))))
 (=> holds_ITB-SCR-4 (not $x132))))))))))))))))
(assert
 (let (($x133 (or (not (>= 100.0 spinal_child_l3_screening_0_dose_ug)) (not (>= 100.0 spinal_child_l3_screening_1_dose_ug)) (not (>= 100.0 spinal_child_l3_screening_2_dose_ug)) (not (>= 100.0 spinal_child_l3_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x133))))
(assert
 (let (($x134 (= spinal_child_l3_screening_3_response 0)))
 (let (($x135 (ite $x134 false true)))
 (let (($x121 (= spinal_child_l3_screening_2_response 0)))
 (let (($x136 (ite $x121 false true)))
 (let (($x124 (= spinal_child_l3_screening_1_response 0)))
 (let (($x137 (ite $x124 false true)))
 (let (($x127 (= spinal_child_l3_screening_0_response 0)))
 (let (($x138 (ite $x127 false true)))
 (let (($x139 (or (and $x138 (<= spinal_child_l3_screening_0_h spinal_child_l3_step_0_h)) (and $x137 (<= spinal_child_l3_screening_1_h spinal_child_l3_step_0_h)) (and $x136 (<= spinal_child_l3_screening_2_h spinal_child_l3_step_0_h)) (and $x135 (<= spinal_child_l3_screening_3_h spinal_child_l3_step_0_h)))))
 (=> holds_ITB-SCR-6 (not (or (not $x139))))))))))))))
(assert
 (let ((?x140 (* 2.0 spinal_child_l3_screening_3_dose_ug)))
 (let ((?x141 (ite (>= 12.0 spinal_child_l3_screening_3_effect_h) ?x140 spinal_child_l3_screening_3_dose_ug)))
 (let (($x134 (= spinal_child_l3_screening_3_response 0)))
 (let (($x135 (ite $x134 false true)))
 (let ((?x142 (* 2.0 spinal_child_l3_screening_2_dose_ug)))
 (let ((?x143 (ite (>= 12.0 spinal_child_l3_screening_2_effect_h) ?x142 spinal_child_l3_screening_2_dose_ug)))
 (let (($x121 (= spinal_child_l3_screening_2_response 0)))
 (let (($x136 (ite $x121 false true)))
 (let ((?x144 (* 2.0 spinal_child_l3_screening_1_dose_ug)))
 (let ((?x145 (ite (>= 12.0 spinal_child_l3_screening_1_effect_h) ?x144 spinal_child_l3_screening_1_dose_ug)))
 (let (($x124 (= spinal_child_l3_screening_1_response 0)))
 (let (($x137 (ite $x124 false true)))
 (let ((?x146 (* 2.0 spinal_child_l3_screening_0_dose_ug)))
 (let ((?x147 (ite (>= 12.0 spinal_child_l3_screening_0_effect_h) ?x146 spinal_child_l3_screening_0_dose_ug)))
 (let (($x127 (= spinal_child_l3_screening_0_response 0)))
 (let (($x138 (ite $x127 false true)))
 (let (($x148 (or (and $x138 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x147))) (and $x137 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x145))) (and $x136 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x143))) (and $x135 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x141))))))
 (=> holds_ITB-INIT-1 (not $x148))))))))))))))))))))
(assert
 (let (($x149 (not (<= 24.0 (- spinal_child_l3_step_3_h spinal_child_l3_step_0_h)))))
 (let (($x150 (> spinal_child_l3_step_3_daily_dose_ug spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x151 (not (<= 24.0 (- spinal_child_l3_step_2_h spinal_child_l3_step_0_h)))))
 (let (($x152 (> spinal_child_l3_step_2_daily_dose_ug spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x153 (not (<= 24.0 (- spinal_child_l3_step_1_h spinal_child_l3_step_0_h)))))
 (let (($x154 (> spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x154 $x153) (and $x152 $x151) (and $x150 $x149)))))))))))
(assert
 (let (($x155 (<= spinal_child_l3_step_3_daily_dose_ug spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x156 (not $x155)))
 (let (($x157 (<= spinal_child_l3_step_2_daily_dose_ug spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x158 (not $x157)))
 (let (($x159 (<= spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x160 (not $x159)))
 (=> holds_ITB-TITR-1 (not (or $x160 $x158 $x156))))))))))
(assert
 (let ((?x161 (ite spinal_child_l3_programmable 24.0 48.0)))
 (let (($x150 (> spinal_child_l3_step_3_daily_dose_ug spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x162 (and $x150 (and (< spinal_child_l3_step_3_h spinal_child_l3_step_3_h) $x150) (not (>= (- spinal_child_l3_step_3_h spinal_child_l3_step_3_h) ?x161)))))
 (let (($x152 (> spinal_child_l3_step_2_daily_dose_ug spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x163 (and $x150 (and (< spinal_child_l3_step_2_h spinal_child_l3_step_3_h) $x152) (not (>= (- spinal_child_l3_step_3_h spinal_child_l3_step_2_h) ?x161)))))
 (let (($x154 (> spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x164 (and $x150 (and (< spinal_child_l3_step_1_h spinal_child_l3_step_3_h) $x154) (not (>= (- spinal_child_l3_step_3_h spinal_child_l3_step_1_h) ?x161)))))
 (let (($x165 (and $x152 (and (< spinal_child_l3_step_3_h spinal_child_l3_step_2_h) $x150) (not (>= (- spinal_child_l3_step_2_h spinal_child_l3_step_3_h) ?x161)))))
 (let (($x166 (and $x152 (and (< spinal_child_l3_step_2_h spinal_child_l3_step_2_h) $x152) (not (>= (- spinal_child_l3_step_2_h spinal_child_l3_step_2_h) ?x161)))))
 (let (($x167 (and $x152 (and (< spinal_child_l3_step_1_h spinal_child_l3_step_2_h) $x154) (not (>= (- spinal_child_l3_step_2_h spinal_child_l3_step_1_h) ?x161)))))
 (let (($x168 (and $x154 (and (< spinal_child_l3_step_3_h spinal_child_l3_step_1_h) $x150) (not (>= (- spinal_child_l3_step_1_h spinal_child_l3_step_3_h) ?x161)))))
 (let (($x169 (and $x154 (and (< spinal_child_l3_step_2_h spinal_child_l3_step_1_h) $x152) (not (>= (- spinal_child_l3_step_1_h spinal_child_l3_step_2_h) ?x161)))))
 (let (($x170 (and $x154 (and (< spinal_child_l3_step_1_h spinal_child_l3_step_1_h) $x154) (not (>= (- spinal_child_l3_step_1_h spinal_child_l3_step_1_h) ?x161)))))
 (=> holds_ITB-TITR-2 (not (or $x170 $x169 $x168 $x167 $x166 $x165 $x164 $x163 $x162)))))))))))))))))
(assert
 (let ((?x171 (ite (<= spinal_child_l3_step_1_h w_0) spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let ((?x172 (ite (<= spinal_child_l3_step_2_h w_0) spinal_child_l3_step_2_daily_dose_ug ?x171)))
 (let ((?x173 (ite (<= spinal_child_l3_step_3_h w_0) spinal_child_l3_step_3_daily_dose_ug ?x172)))
 (let (($x174 (and (<= (- w_0 24.0) spinal_child_l3_bolus_1_h) (< spinal_child_l3_bolus_1_h w_0))))
 (let (($x175 (and (<= (- w_0 24.0) spinal_child_l3_bolus_0_h) (< spinal_child_l3_bolus_0_h w_0))))
 (let ((?x176 (+ (+ 0.0 (ite $x175 spinal_child_l3_bolus_0_dose_ug 0.0)) (ite $x174 spinal_child_l3_bolus_1_dose_ug 0.0))))
 (let ((?x42 (- spinal_child_l3_end_h spinal_child_l3_step_3_h)))
 (let ((?x43 (/ spinal_child_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x45 (- spinal_child_l3_step_3_h spinal_child_l3_step_2_h)))
 (let ((?x46 (/ spinal_child_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x48 (- spinal_child_l3_step_2_h spinal_child_l3_step_1_h)))
 (let ((?x49 (/ spinal_child_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x51 (- spinal_child_l3_step_1_h spinal_child_l3_step_0_h)))
 (let ((?x52 (/ spinal_child_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x177 (+ 0.0 (* ?x52 ?x51))))
 (let ((?x178 (+ ?x177 (* ?x49 ?x48))))
 (let ((?x179 (+ ?x178 (* ?x46 ?x45))))
 (let ((?x180 (+ ?x179 (* ?x43 ?x42))))
 (let ((?x181 (ite (<= (- w_0 24.0) spinal_child_l3_end_h) (+ ?x179 (* ?x43 (- (- w_0 24.0) spinal_child_l3_step_3_h))) ?x180)))
 (let ((?x182 (ite (<= (- w_0 24.0) spinal_child_l3_step_3_h) (+ ?x178 (* ?x46 (- (- w_0 24.0) spinal_child_l3_step_2_h))) ?x181)))
 (let ((?x183 (ite (<= (- w_0 24.0) spinal_child_l3_step_2_h) (+ ?x177 (* ?x49 (- (- w_0 24.0) spinal_child_l3_step_1_h))) ?x182)))
 (let ((?x184 (ite (<= (- w_0 24.0) spinal_child_l3_step_1_h) (+ 0.0 (* ?x52 (- (- w_0 24.0) spinal_child_l3_step_0_h))) ?x183)))
 (let ((?x185 (ite (<= w_0 spinal_child_l3_end_h) (+ ?x179 (* ?x43 (- w_0 spinal_child_l3_step_3_h))) ?x180)))
 (let ((?x186 (ite (<= w_0 spinal_child_l3_step_3_h) (+ ?x178 (* ?x46 (- w_0 spinal_child_l3_step_2_h))) ?x185)))
 (let ((?x187 (ite (<= w_0 spinal_child_l3_step_2_h) (+ ?x177 (* ?x49 (- w_0 spinal_child_l3_step_1_h))) ?x186)))
 (let ((?x188 (ite (<= w_0 spinal_child_l3_step_1_h) (+ 0.0 (* ?x52 (- w_0 spinal_child_l3_step_0_h))) ?x187)))
 (let ((?x189 (ite (<= w_0 spinal_child_l3_step_0_h) 0.0 ?x188)))
 (let ((?x190 (- ?x189 (ite (<= (- w_0 24.0) spinal_child_l3_step_0_h) 0.0 ?x184))))
 (let ((?x191 (ite (>= (- w_0 24.0) spinal_child_l3_step_0_h) (+ ?x190 ?x176) (* 1.0 ?x173))))
 (let (($x192 (<= 18.0 spinal_child_l3_age_years)))
 (let (($x193 (<= w_0 spinal_child_l3_bolus_1_h)))
 (let ((?x194 (ite (and $x193 (< spinal_child_l3_bolus_1_h (+ w_0 24.0))) spinal_child_l3_bolus_1_dose_ug 0.0)))
 (let (($x195 (<= w_0 spinal_child_l3_bolus_0_h)))
 (let ((?x196 (ite (and $x195 (< spinal_child_l3_bolus_0_h (+ w_0 24.0))) spinal_child_l3_bolus_0_dose_ug 0.0)))
 (let ((?x197 (+ w_0 24.0)))
 (let (($x198 (<= ?x197 spinal_child_l3_end_h)))
 (let ((?x199 (ite (<= ?x197 spinal_child_l3_step_3_h) (+ ?x178 (* ?x46 (- ?x197 spinal_child_l3_step_2_h))) (ite $x198 (+ ?x179 (* ?x43 (- ?x197 spinal_child_l3_step_3_h))) ?x180))))
 (let ((?x200 (ite (<= ?x197 spinal_child_l3_step_2_h) (+ ?x177 (* ?x49 (- ?x197 spinal_child_l3_step_1_h))) ?x199)))
 (let ((?x201 (ite (<= ?x197 spinal_child_l3_step_1_h) (+ 0.0 (* ?x52 (- ?x197 spinal_child_l3_step_0_h))) ?x200)))
 (let ((?x202 (+ (- (ite (<= ?x197 spinal_child_l3_step_0_h) 0.0 ?x201) ?x189) (+ (+ 0.0 ?x196) ?x194))))
 (let (($x203 (<= ?x202 (* (+ 1.0 (ite $x192 (/ 3.0 10.0) (/ 3.0 20.0))) ?x191))))
 (=> holds_ITB-TITR-3 (not (or (and (<= spinal_child_l3_step_0_h w_0) $x198 (not $x203)))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x204 (ite (<= spinal_child_l3_step_1_h spinal_child_l3_bolus_1_h) spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
(let ((?x205 (ite (<= spinal_child_l3_step_2_h spinal_child_l3_bolus_1_h) spinal_child_l3_step_2_daily_dose_ug ?x204)))
(let ((?x206 (ite (<= spinal_child_l3_step_3_h spinal_child_l3_bolus_1_h) spinal_child_l3_step_3_daily_dose_ug ?x205)))
(let ((?x207 (ite (< spinal_child_l3_bolus_1_h spinal_child_l3_step_0_h) 0.0 ?x206)))
(let (($x208 (not (<= spinal_child_l3_bolus_1_dose_ug (ite (>= 100.0 ?x207) 100.0 ?x207)))))
(let ((?x209 (ite (<= spinal_child_l3_step_1_h spinal_child_l3_bolus_0_h) spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
(let ((?x210 (ite (<= spinal_child_l3_step_2_h spinal_child_l3_bolus_0_h) spinal_child_l3_step_2_daily_dose_ug ?x209)))
(let ((?x211 (ite (<= spinal_child_l3_step_3_h spinal_child_l3_bolus_0_h) spinal_child_l3_step_3_daily_dose_ug ?x210)))
(let ((?x212 (ite (< spinal_child_l3_bolus_0_h spinal_child_l3_step_0_h) 0.0 ?x211)))
(let (($x213 (not (<= spinal_child_l3_bolus_0_dose_ug (ite (>= 100.0 ?x212) 100.0 ?x212)))))
(=> holds_ITB-DOSE-3 (not (or $x213 $x208))))))))))))))
(check-sat)
