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
 (let (($x2 (not (or (not (<= 4.0 spinal_child_l3_age_years))))))
 (=> holds_ITB-PAT-1 $x2)))
(assert
 (let (($x3 (not (or (not (<= 12.0 spinal_child_l3_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x3)))
(assert
 (let (($x4 (not (or spinal_child_l3_infection))))
 (=> holds_ITB-PAT-4 $x4)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-1 $x1)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-2 $x1)))
(assert
 (let ((?x5 (* spinal_child_l3_step_3_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x6 (- ?x5 spinal_child_l3_step_3_daily_dose_ug)))
 (let (($x7 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_3_daily_dose_ug) ?x6) (<= ?x6 (* (/ 1.0 100.0) spinal_child_l3_step_3_daily_dose_ug)))))
 (let ((?x8 (* spinal_child_l3_step_2_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x9 (- ?x8 spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x10 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_2_daily_dose_ug) ?x9) (<= ?x9 (* (/ 1.0 100.0) spinal_child_l3_step_2_daily_dose_ug)))))
 (let ((?x11 (* spinal_child_l3_step_1_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x12 (- ?x11 spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x13 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_1_daily_dose_ug) ?x12) (<= ?x12 (* (/ 1.0 100.0) spinal_child_l3_step_1_daily_dose_ug)))))
 (let ((?x14 (* spinal_child_l3_step_0_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x15 (- ?x14 spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x16 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_0_daily_dose_ug) ?x15) (<= ?x15 (* (/ 1.0 100.0) spinal_child_l3_step_0_daily_dose_ug)))))
 (let (($x17 (= spinal_child_l3_concentration_ug_ml spinal_child_l3_refill_1_concentration_ug_ml)))
 (let (($x18 (not $x17)))
 (let (($x19 (= spinal_child_l3_concentration_ug_ml spinal_child_l3_refill_0_concentration_ug_ml)))
 (let (($x20 (not $x19)))
 (let (($x21 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_3_h)))
 (let (($x22 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_3_h)))
 (let (($x23 (and (ite $x22 true (ite $x21 true false)) (not (ite $x22 $x17 (ite $x21 $x19 false))))))
 (let (($x24 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_2_h)))
 (let (($x25 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_2_h)))
 (let (($x26 (and (ite $x25 true (ite $x24 true false)) (not (ite $x25 $x17 (ite $x24 $x19 false))))))
 (let (($x27 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_1_h)))
 (let (($x28 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_1_h)))
 (let (($x29 (and (ite $x28 true (ite $x27 true false)) (not (ite $x28 $x17 (ite $x27 $x19 false))))))
 (let (($x30 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h)))
 (let (($x31 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_0_h)))
 (let (($x32 (and (ite $x31 true (ite $x30 true false)) (not (ite $x31 $x17 (ite $x30 $x19 false))))))
 (let (($x33 (or $x32 $x29 $x26 $x23 $x20 $x18 (not $x16) (not $x13) (not $x10) (not $x7))))
 (let (($x34 (not $x33)))
 (=> holds_ITB-PUMP-3 $x34))))))))))))))))))))))))))))))))
(assert
 (let ((?x35 (- spinal_child_l3_end_h spinal_child_l3_step_3_h)))
 (let ((?x36 (/ spinal_child_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x37 (/ ?x36 spinal_child_l3_concentration_ug_ml)))
 (let ((?x38 (- spinal_child_l3_step_3_h spinal_child_l3_step_2_h)))
 (let ((?x39 (/ spinal_child_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x40 (/ ?x39 spinal_child_l3_concentration_ug_ml)))
 (let ((?x41 (- spinal_child_l3_step_2_h spinal_child_l3_step_1_h)))
 (let ((?x42 (/ spinal_child_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 spinal_child_l3_concentration_ug_ml)))
 (let ((?x44 (- spinal_child_l3_step_1_h spinal_child_l3_step_0_h)))
 (let ((?x45 (/ spinal_child_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x46 (/ ?x45 spinal_child_l3_concentration_ug_ml)))
 (let ((?x47 (+ 0.0 (* ?x46 ?x44))))
 (let ((?x48 (+ ?x47 (* ?x43 ?x41))))
 (let ((?x49 (+ ?x48 (* ?x40 ?x38))))
 (let ((?x50 (+ ?x49 (* ?x37 ?x35))))
 (let ((?x51 (+ ?x49 (* ?x37 (- spinal_child_l3_step_0_h spinal_child_l3_step_3_h)))))
 (let ((?x52 (+ ?x48 (* ?x40 (- spinal_child_l3_step_0_h spinal_child_l3_step_2_h)))))
 (let ((?x53 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_3_h) ?x52 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_end_h) ?x51 ?x50))))
 (let ((?x54 (+ ?x47 (* ?x43 (- spinal_child_l3_step_0_h spinal_child_l3_step_1_h)))))
 (let ((?x55 (+ 0.0 (* ?x46 (- spinal_child_l3_step_0_h spinal_child_l3_step_0_h)))))
 (let ((?x56 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_1_h) ?x55 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_2_h) ?x54 ?x53))))
 (let ((?x57 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_0_h) 0.0 ?x56)))
 (let (($x58 (<= t_0 spinal_child_l3_end_h)))
 (let ((?x59 (ite (<= t_0 spinal_child_l3_step_3_h) (+ ?x48 (* ?x40 (- t_0 spinal_child_l3_step_2_h))) (ite $x58 (+ ?x49 (* ?x37 (- t_0 spinal_child_l3_step_3_h))) ?x50))))
 (let ((?x60 (ite (<= t_0 spinal_child_l3_step_2_h) (+ ?x47 (* ?x43 (- t_0 spinal_child_l3_step_1_h))) ?x59)))
 (let ((?x61 (ite (<= t_0 spinal_child_l3_step_1_h) (+ 0.0 (* ?x46 (- t_0 spinal_child_l3_step_0_h))) ?x60)))
 (let ((?x62 (ite (<= t_0 spinal_child_l3_step_0_h) 0.0 ?x61)))
 (let ((?x63 (+ ?x49 (* ?x37 (- spinal_child_l3_refill_0_h spinal_child_l3_step_3_h)))))
 (let (($x64 (<= spinal_child_l3_refill_0_h spinal_child_l3_end_h)))
 (let ((?x65 (+ ?x48 (* ?x40 (- spinal_child_l3_refill_0_h spinal_child_l3_step_2_h)))))
 (let (($x21 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_3_h)))
 (let ((?x66 (+ ?x47 (* ?x43 (- spinal_child_l3_refill_0_h spinal_child_l3_step_1_h)))))
 (let (($x24 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_2_h)))
 (let ((?x67 (+ 0.0 (* ?x46 (- spinal_child_l3_refill_0_h spinal_child_l3_step_0_h)))))
 (let (($x27 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_1_h)))
 (let (($x30 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h)))
 (let ((?x68 (ite $x30 0.0 (ite $x27 ?x67 (ite $x24 ?x66 (ite $x21 ?x65 (ite $x64 ?x63 ?x50)))))))
 (let ((?x69 (ite (< spinal_child_l3_refill_0_h t_0) (- spinal_child_l3_refill_0_volume_ml (+ (- ?x62 ?x68) 0.0)) (- 0.0 (+ (- ?x62 ?x57) 0.0)))))
 (let ((?x70 (+ ?x49 (* ?x37 (- spinal_child_l3_refill_1_h spinal_child_l3_step_3_h)))))
 (let (($x71 (<= spinal_child_l3_refill_1_h spinal_child_l3_end_h)))
 (let ((?x72 (+ ?x48 (* ?x40 (- spinal_child_l3_refill_1_h spinal_child_l3_step_2_h)))))
 (let (($x22 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_3_h)))
 (let ((?x73 (+ ?x47 (* ?x43 (- spinal_child_l3_refill_1_h spinal_child_l3_step_1_h)))))
 (let (($x25 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_2_h)))
 (let ((?x74 (+ 0.0 (* ?x46 (- spinal_child_l3_refill_1_h spinal_child_l3_step_0_h)))))
 (let (($x28 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_1_h)))
 (let (($x31 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_0_h)))
 (let ((?x75 (ite $x31 0.0 (ite $x28 ?x74 (ite $x25 ?x73 (ite $x22 ?x72 (ite $x71 ?x70 ?x50)))))))
 (let ((?x76 (ite (< spinal_child_l3_refill_1_h t_0) (- spinal_child_l3_refill_1_volume_ml (+ (- ?x62 ?x75) 0.0)) ?x69)))
 (let ((?x77 (ite (<= 0.0 spinal_child_l3_step_0_h) spinal_child_l3_step_0_h 0.0)))
 (let (($x78 (or (and (< ?x77 t_0) $x58 (not (> ?x76 spinal_child_l3_alarm_ml))))))
 (let (($x79 (not $x78)))
 (=> holds_ITB-PUMP-4 $x79)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x80 (not (>= 1848.0 (- spinal_child_l3_refill_1_h spinal_child_l3_refill_0_h)))))
 (let (($x81 (or $x80 (not (>= 1848.0 (- spinal_child_l3_end_h spinal_child_l3_refill_1_h))))))
 (let (($x82 (not $x81)))
 (=> holds_ITB-PUMP-5 $x82)))))
(assert
 (let (($x83 (and (ite (= spinal_child_l3_bolus_1_via 0) false true) (not spinal_child_l3_bolus_1_emergency))))
 (let (($x84 (and (ite (= spinal_child_l3_bolus_0_via 0) false true) (not spinal_child_l3_bolus_0_emergency))))
 (let (($x85 (not (or $x84 $x83))))
 (=> holds_ITB-PUMP-6 $x85)))))
(assert
 (let (($x86 (not (or (not (ite (= spinal_child_l3_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x86)))
(assert
 (let (($x87 (and (< 0.0 spinal_child_l3_screening_3_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_3_concentration_ug_ml))))
 (let (($x88 (and (< 0.0 spinal_child_l3_screening_2_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_2_concentration_ug_ml))))
 (let (($x89 (and (< 0.0 spinal_child_l3_screening_1_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_1_concentration_ug_ml))))
 (let (($x90 (and (< 0.0 spinal_child_l3_screening_0_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_0_concentration_ug_ml))))
 (let (($x91 (and (< 0.0 spinal_child_l3_concentration_ug_ml) (>= 2000.0 spinal_child_l3_concentration_ug_ml))))
 (let (($x92 (not $x91)))
 (let (($x93 (and (< 0.0 spinal_child_l3_refill_1_concentration_ug_ml) (>= 2000.0 spinal_child_l3_refill_1_concentration_ug_ml))))
 (let (($x94 (and (< 0.0 spinal_child_l3_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l3_refill_0_concentration_ug_ml))))
 (let (($x95 (= 2000.0 spinal_child_l3_refill_1_concentration_ug_ml)))
 (let (($x96 (= 500.0 spinal_child_l3_refill_1_concentration_ug_ml)))
 (let (($x97 (= 50.0 spinal_child_l3_refill_1_concentration_ug_ml)))
 (let (($x98 (= spinal_child_l3_refill_1_diluent 0)))
 (let (($x99 (ite $x98 true (ite (= spinal_child_l3_refill_1_diluent 1) false false))))
 (let (($x100 (= 2000.0 spinal_child_l3_refill_0_concentration_ug_ml)))
 (let (($x101 (= 500.0 spinal_child_l3_refill_0_concentration_ug_ml)))
 (let (($x102 (= 50.0 spinal_child_l3_refill_0_concentration_ug_ml)))
 (let (($x103 (= spinal_child_l3_refill_0_diluent 0)))
 (let (($x104 (ite $x103 true (ite (= spinal_child_l3_refill_0_diluent 1) false false))))
 (let (($x105 (ite $x98 false (ite (= spinal_child_l3_refill_1_diluent 1) true false))))
 (let (($x106 (ite $x103 false (ite (= spinal_child_l3_refill_0_diluent 1) true false))))
 (let (($x107 (or (not (or $x104 $x106)) (not (or $x99 $x105)) (and $x104 (not (or $x102 $x101 $x100))) (and $x99 (not (or $x97 $x96 $x95))) (not $x94) (not $x93) $x92 $x92 $x92 $x92 (not $x90) (not $x89) (not $x88) (not $x87))))
 (let (($x108 (not $x107)))
 (=> holds_ITB-CONC-1 $x108))))))))))))))))))))))))
(assert
 (let (($x109 (or (not (= 50.0 spinal_child_l3_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_child_l3_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_child_l3_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_child_l3_screening_3_concentration_ug_ml)))))
 (let (($x110 (not $x109)))
 (=> holds_ITB-SCR-1 $x110))))
(assert
 (let (($x111 (not (or (not (>= 50.0 spinal_child_l3_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x111)))
(assert
 (let (($x112 (or (not (<= 1.0 spinal_child_l3_screening_0_duration_min)) (not (<= 1.0 spinal_child_l3_screening_1_duration_min)) (not (<= 1.0 spinal_child_l3_screening_2_duration_min)) (not (<= 1.0 spinal_child_l3_screening_3_duration_min)))))
 (let (($x113 (not $x112)))
 (=> holds_ITB-SCR-3 $x113))))
(assert
 (let (($x114 (<= 24.0 (- spinal_child_l3_screening_3_h spinal_child_l3_screening_2_h))))
 (let (($x115 (= spinal_child_l3_screening_2_response 0)))
 (let (($x116 (ite $x115 true false)))
 (let (($x117 (<= 24.0 (- spinal_child_l3_screening_2_h spinal_child_l3_screening_1_h))))
 (let (($x118 (= spinal_child_l3_screening_1_response 0)))
 (let (($x119 (ite $x118 true false)))
 (let (($x120 (<= 24.0 (- spinal_child_l3_screening_1_h spinal_child_l3_screening_0_h))))
 (let (($x121 (= spinal_child_l3_screening_0_response 0)))
 (let (($x122 (ite $x121 true false)))
 (let (($x123 (<= spinal_child_l3_screening_3_dose_ug (+ spinal_child_l3_screening_2_dose_ug 25.0))))
 (let (($x124 (<= spinal_child_l3_screening_2_dose_ug (+ spinal_child_l3_screening_1_dose_ug 25.0))))
 (let (($x125 (<= spinal_child_l3_screening_1_dose_ug (+ spinal_child_l3_screening_0_dose_ug 25.0))))
 (let (($x126 (or (not $x122) (not $x119) (not $x116) (and $x122 (not $x125)) (and $x119 (not $x124)) (and $x116 (not $x123)) (and $x122 (not $x120)) (and $x119 (not $x117)) (and $x116 (not $x114)))))
 (let (($x127 (not $x126)))
 (=> holds_ITB-SCR-4 $x127))))))))))))))))
(assert
 (let (($x128 (or (not (>= 100.0 spinal_child_l3_screening_0_dose_ug)) (not (>= 100.0 spinal_child_l3_screening_1_dose_ug)) (not (>= 100.0 spinal_child_l3_screening_2_dose_ug)) (not (>= 100.0 spinal_child_l3_screening_3_dose_ug)))))
 (let (($x129 (not $x128)))
 (=> holds_ITB-SCR-5 $x129))))
(assert
 (let (($x130 (= spinal_child_l3_screening_3_response 0)))
 (let (($x131 (ite $x130 false true)))
 (let (($x115 (= spinal_child_l3_screening_2_response 0)))
 (let (($x132 (ite $x115 false true)))
 (let (($x118 (= spinal_child_l3_screening_1_response 0)))
 (let (($x133 (ite $x118 false true)))
 (let (($x121 (= spinal_child_l3_screening_0_response 0)))
 (let (($x134 (ite $x121 false true)))
 (let (($x135 (or (and $x134 (<= spinal_child_l3_screening_0_h spinal_child_l3_step_0_h)) (and $x133 (<= spinal_child_l3_screening_1_h spinal_child_l3_step_0_h)) (and $x132 (<= spinal_child_l3_screening_2_h spinal_child_l3_step_0_h)) (and $x131 (<= spinal_child_l3_screening_3_h spinal_child_l3_step_0_h)))))
 (let (($x136 (not (or (not $x135)))))
 (=> holds_ITB-SCR-6 $x136))))))))))))
(assert
 (let ((?x137 (* 2.0 spinal_child_l3_screening_3_dose_ug)))
 (let ((?x138 (ite (>= 12.0 spinal_child_l3_screening_3_effect_h) ?x137 spinal_child_l3_screening_3_dose_ug)))
 (let (($x130 (= spinal_child_l3_screening_3_response 0)))
 (let (($x131 (ite $x130 false true)))
 (let ((?x139 (* 2.0 spinal_child_l3_screening_2_dose_ug)))
 (let ((?x140 (ite (>= 12.0 spinal_child_l3_screening_2_effect_h) ?x139 spinal_child_l3_screening_2_dose_ug)))
 (let (($x115 (= spinal_child_l3_screening_2_response 0)))
 (let (($x132 (ite $x115 false true)))
 (let ((?x141 (* 2.0 spinal_child_l3_screening_1_dose_ug)))
 (let ((?x142 (ite (>= 12.0 spinal_child_l3_screening_1_effect_h) ?x141 spinal_child_l3_screening_1_dose_ug)))
 (let (($x118 (= spinal_child_l3_screening_1_response 0)))
 (let (($x133 (ite $x118 false true)))
 (let ((?x143 (* 2.0 spinal_child_l3_screening_0_dose_ug)))
 (let ((?x144 (ite (>= 12.0 spinal_child_l3_screening_0_effect_h) ?x143 spinal_child_l3_screening_0_dose_ug)))
 (let (($x121 (= spinal_child_l3_screening_0_response 0)))
 (let (($x134 (ite $x121 false true)))
 (let (($x145 (or (and $x134 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x144))) (and $x133 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x142))) (and $x132 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x140))) (and $x131 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x138))))))
 (let (($x146 (not $x145)))
 (=> holds_ITB-INIT-1 $x146))))))))))))))))))))
(assert
 (let (($x147 (not (<= 24.0 (- spinal_child_l3_step_3_h spinal_child_l3_step_0_h)))))
 (let (($x148 (> spinal_child_l3_step_3_daily_dose_ug spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x149 (not (<= 24.0 (- spinal_child_l3_step_2_h spinal_child_l3_step_0_h)))))
 (let (($x150 (> spinal_child_l3_step_2_daily_dose_ug spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x151 (not (<= 24.0 (- spinal_child_l3_step_1_h spinal_child_l3_step_0_h)))))
 (let (($x152 (> spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x153 (not (or (and $x152 $x151) (and $x150 $x149) (and $x148 $x147)))))
 (=> holds_ITB-INIT-2 $x153)))))))))
(assert
 (let (($x154 (<= spinal_child_l3_step_3_daily_dose_ug spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x155 (<= spinal_child_l3_step_2_daily_dose_ug spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x156 (<= spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x157 (not (or (not $x156) (not $x155) (not $x154)))))
 (=> holds_ITB-TITR-1 $x157))))))
(assert
 (let ((?x158 (ite spinal_child_l3_programmable 24.0 48.0)))
 (let (($x148 (> spinal_child_l3_step_3_daily_dose_ug spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x159 (and $x148 (and (< spinal_child_l3_step_3_h spinal_child_l3_step_3_h) $x148) (not (>= (- spinal_child_l3_step_3_h spinal_child_l3_step_3_h) ?x158)))))
 (let (($x150 (> spinal_child_l3_step_2_daily_dose_ug spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x160 (and $x148 (and (< spinal_child_l3_step_2_h spinal_child_l3_step_3_h) $x150) (not (>= (- spinal_child_l3_step_3_h spinal_child_l3_step_2_h) ?x158)))))
 (let (($x152 (> spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x161 (and $x148 (and (< spinal_child_l3_step_1_h spinal_child_l3_step_3_h) $x152) (not (>= (- spinal_child_l3_step_3_h spinal_child_l3_step_1_h) ?x158)))))
 (let (($x162 (and $x150 (and (< spinal_child_l3_step_3_h spinal_child_l3_step_2_h) $x148) (not (>= (- spinal_child_l3_step_2_h spinal_child_l3_step_3_h) ?x158)))))
 (let (($x163 (and $x150 (and (< spinal_child_l3_step_2_h spinal_child_l3_step_2_h) $x150) (not (>= (- spinal_child_l3_step_2_h spinal_child_l3_step_2_h) ?x158)))))
 (let (($x164 (and $x150 (and (< spinal_child_l3_step_1_h spinal_child_l3_step_2_h) $x152) (not (>= (- spinal_child_l3_step_2_h spinal_child_l3_step_1_h) ?x158)))))
 (let (($x165 (and $x152 (and (< spinal_child_l3_step_3_h spinal_child_l3_step_1_h) $x148) (not (>= (- spinal_child_l3_step_1_h spinal_child_l3_step_3_h) ?x158)))))
 (let (($x166 (and $x152 (and (< spinal_child_l3_step_2_h spinal_child_l3_step_1_h) $x150) (not (>= (- spinal_child_l3_step_1_h spinal_child_l3_step_2_h) ?x158)))))
 (let (($x167 (and $x152 (and (< spinal_child_l3_step_1_h spinal_child_l3_step_1_h) $x152) (not (>= (- spinal_child_l3_step_1_h spinal_child_l3_step_1_h) ?x158)))))
 (let (($x168 (not (or $x167 $x166 $x165 $x164 $x163 $x162 $x161 $x160 $x159))))
 (=> holds_ITB-TITR-2 $x168))))))))))))))))
(assert
 (let ((?x169 (ite (<= spinal_child_l3_step_1_h w_0) spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let ((?x170 (ite (<= spinal_child_l3_step_2_h w_0) spinal_child_l3_step_2_daily_dose_ug ?x169)))
 (let ((?x171 (ite (<= spinal_child_l3_step_3_h w_0) spinal_child_l3_step_3_daily_dose_ug ?x170)))
 (let (($x172 (and (<= (- w_0 24.0) spinal_child_l3_bolus_1_h) (< spinal_child_l3_bolus_1_h w_0))))
 (let (($x173 (and (<= (- w_0 24.0) spinal_child_l3_bolus_0_h) (< spinal_child_l3_bolus_0_h w_0))))
 (let ((?x174 (+ (+ 0.0 (ite $x173 spinal_child_l3_bolus_0_dose_ug 0.0)) (ite $x172 spinal_child_l3_bolus_1_dose_ug 0.0))))
 (let ((?x35 (- spinal_child_l3_end_h spinal_child_l3_step_3_h)))
 (let ((?x36 (/ spinal_child_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x38 (- spinal_child_l3_step_3_h spinal_child_l3_step_2_h)))
 (let ((?x39 (/ spinal_child_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x41 (- spinal_child_l3_step_2_h spinal_child_l3_step_1_h)))
 (let ((?x42 (/ spinal_child_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x44 (- spinal_child_l3_step_1_h spinal_child_l3_step_0_h)))
 (let ((?x45 (/ spinal_child_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x175 (+ 0.0 (* ?x45 ?x44))))
 (let ((?x176 (+ ?x175 (* ?x42 ?x41))))
 (let ((?x177 (+ ?x176 (* ?x39 ?x38))))
 (let ((?x178 (+ ?x177 (* ?x36 ?x35))))
 (let ((?x179 (ite (<= (- w_0 24.0) spinal_child_l3_end_h) (+ ?x177 (* ?x36 (- (- w_0 24.0) spinal_child_l3_step_3_h))) ?x178)))
 (let ((?x180 (ite (<= (- w_0 24.0) spinal_child_l3_step_3_h) (+ ?x176 (* ?x39 (- (- w_0 24.0) spinal_child_l3_step_2_h))) ?x179)))
 (let ((?x181 (ite (<= (- w_0 24.0) spinal_child_l3_step_2_h) (+ ?x175 (* ?x42 (- (- w_0 24.0) spinal_child_l3_step_1_h))) ?x180)))
 (let ((?x182 (ite (<= (- w_0 24.0) spinal_child_l3_step_1_h) (+ 0.0 (* ?x45 (- (- w_0 24.0) spinal_child_l3_step_0_h))) ?x181)))
 (let ((?x183 (ite (<= w_0 spinal_child_l3_end_h) (+ ?x177 (* ?x36 (- w_0 spinal_child_l3_step_3_h))) ?x178)))
 (let ((?x184 (ite (<= w_0 spinal_child_l3_step_3_h) (+ ?x176 (* ?x39 (- w_0 spinal_child_l3_step_2_h))) ?x183)))
 (let ((?x185 (ite (<= w_0 spinal_child_l3_step_2_h) (+ ?x175 (* ?x42 (- w_0 spinal_child_l3_step_1_h))) ?x184)))
 (let ((?x186 (ite (<= w_0 spinal_child_l3_step_1_h) (+ 0.0 (* ?x45 (- w_0 spinal_child_l3_step_0_h))) ?x185)))
 (let ((?x187 (ite (<= w_0 spinal_child_l3_step_0_h) 0.0 ?x186)))
 (let ((?x188 (- ?x187 (ite (<= (- w_0 24.0) spinal_child_l3_step_0_h) 0.0 ?x182))))
 (let ((?x189 (ite (>= (- w_0 24.0) spinal_child_l3_step_0_h) (+ ?x188 ?x174) (* 1.0 ?x171))))
 (let ((?x190 (* (+ 1.0 (ite (<= 18.0 spinal_child_l3_age_years) (/ 3.0 10.0) (/ 3.0 20.0))) ?x189)))
 (let (($x191 (and (<= w_0 spinal_child_l3_bolus_1_h) (< spinal_child_l3_bolus_1_h (+ w_0 24.0)))))
 (let (($x192 (and (<= w_0 spinal_child_l3_bolus_0_h) (< spinal_child_l3_bolus_0_h (+ w_0 24.0)))))
 (let ((?x193 (+ (+ 0.0 (ite $x192 spinal_child_l3_bolus_0_dose_ug 0.0)) (ite $x191 spinal_child_l3_bolus_1_dose_ug 0.0))))
 (let ((?x194 (+ w_0 24.0)))
 (let (($x195 (<= ?x194 spinal_child_l3_end_h)))
 (let ((?x196 (ite (<= ?x194 spinal_child_l3_step_3_h) (+ ?x176 (* ?x39 (- ?x194 spinal_child_l3_step_2_h))) (ite $x195 (+ ?x177 (* ?x36 (- ?x194 spinal_child_l3_step_3_h))) ?x178))))
 (let ((?x197 (ite (<= ?x194 spinal_child_l3_step_2_h) (+ ?x175 (* ?x42 (- ?x194 spinal_child_l3_step_1_h))) ?x196)))
 (let ((?x198 (ite (<= ?x194 spinal_child_l3_step_1_h) (+ 0.0 (* ?x45 (- ?x194 spinal_child_l3_step_0_h))) ?x197)))
 (let ((?x199 (+ (- (ite (<= ?x194 spinal_child_l3_step_0_h) 0.0 ?x198) ?x187) ?x193)))
 (let (($x200 (or (and (<= spinal_child_l3_step_0_h w_0) $x195 (not (<= ?x199 ?x190))))))
 (let (($x201 (not $x200)))
 (=> holds_ITB-TITR-3 $x201)))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x202 (ite (<= spinal_child_l3_step_1_h spinal_child_l3_bolus_1_h) spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
(let ((?x203 (ite (<= spinal_child_l3_step_2_h spinal_child_l3_bolus_1_h) spinal_child_l3_step_2_daily_dose_ug ?x202)))
(let ((?x204 (ite (<= spinal_child_l3_step_3_h spinal_child_l3_bolus_1_h) spinal_child_l3_step_3_daily_dose_ug ?x203)))
(let ((?x205 (ite (< spinal_child_l3_bolus_1_h spinal_child_l3_step_0_h) 0.0 ?x204)))
(let (($x206 (not (<= spinal_child_l3_bolus_1_dose_ug (ite (>= 100.0 ?x205) 100.0 ?x205)))))
(let ((?x207 (ite (<= spinal_child_l3_step_1_h spinal_child_l3_bolus_0_h) spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
(let ((?x208 (ite (<= spinal_child_l3_step_2_h spinal_child_l3_bolus_0_h) spinal_child_l3_step_2_daily_dose_ug ?x207)))
(let ((?x209 (ite (<= spinal_child_l3_step_3_h spinal_child_l3_bolus_0_h) spinal_child_l3_step_3_daily_dose_ug ?x208)))
(let ((?x210 (ite (< spinal_child_l3_bolus_0_h spinal_child_l3_step_0_h) 0.0 ?x209)))
(let (($x211 (not (<= spinal_child_l3_bolus_0_dose_ug (ite (>= 100.0 ?x210) 100.0 ?x210)))))
(let (($x212 (not (or $x211 $x206))))
(=> holds_ITB-DOSE-3 $x212)))))))))))))
(check-sat)
