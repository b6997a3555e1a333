; itbverify 0.1.0: rule-set consistency, child, cerebral origin; 4 screening doses, 4 steps (emergency after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_child_l3_age_years () Real)
(declare-fun cerebral_child_l3_months_since_injury () Real)
(declare-fun cerebral_child_l3_reservoir_ml () Real)
(declare-fun cerebral_child_l3_alarm_ml () Real)
(declare-fun cerebral_child_l3_concentration_ug_ml () Real)
(declare-fun cerebral_child_l3_screening_0_h () Real)
(declare-fun cerebral_child_l3_screening_0_dose_ug () Real)
(declare-fun cerebral_child_l3_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l3_screening_0_duration_min () Real)
(declare-fun cerebral_child_l3_screening_0_response () Int)
(declare-fun cerebral_child_l3_screening_0_effect_h () Real)
(declare-fun cerebral_child_l3_screening_1_h () Real)
(declare-fun cerebral_child_l3_screening_1_dose_ug () Real)
(declare-fun cerebral_child_l3_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l3_screening_1_duration_min () Real)
(declare-fun cerebral_child_l3_screening_1_response () Int)
(declare-fun cerebral_child_l3_screening_1_effect_h () Real)
(declare-fun cerebral_child_l3_screening_2_h () Real)
(declare-fun cerebral_child_l3_screening_2_dose_ug () Real)
(declare-fun cerebral_child_l3_screening_2_concentration_ug_ml () Real)
(declare-fun cerebral_child_l3_screening_2_duration_min () Real)
(declare-fun cerebral_child_l3_screening_2_response () Int)
(declare-fun cerebral_child_l3_screening_2_effect_h () Real)
(declare-fun cerebral_child_l3_screening_3_h () Real)
(declare-fun cerebral_child_l3_screening_3_dose_ug () Real)
(declare-fun cerebral_child_l3_screening_3_concentration_ug_ml () Real)
(declare-fun cerebral_child_l3_screening_3_duration_min () Real)
(declare-fun cerebral_child_l3_screening_3_response () Int)
(declare-fun cerebral_child_l3_screening_3_effect_h () Real)
(declare-fun cerebral_child_l3_step_0_h () Real)
(declare-fun cerebral_child_l3_step_0_daily_dose_ug () Real)
(declare-fun cerebral_child_l3_step_0_rate_ml_day () Real)
(declare-fun cerebral_child_l3_step_1_h () Real)
(declare-fun cerebral_child_l3_step_1_daily_dose_ug () Real)
(declare-fun cerebral_child_l3_step_1_rate_ml_day () Real)
(declare-fun cerebral_child_l3_step_2_h () Real)
(declare-fun cerebral_child_l3_step_2_daily_dose_ug () Real)
(declare-fun cerebral_child_l3_step_2_rate_ml_day () Real)
(declare-fun cerebral_child_l3_step_3_h () Real)
(declare-fun cerebral_child_l3_step_3_daily_dose_ug () Real)
(declare-fun cerebral_child_l3_step_3_rate_ml_day () Real)
(declare-fun cerebral_child_l3_end_h () Real)
(declare-fun cerebral_child_l3_refill_0_h () Real)
(declare-fun cerebral_child_l3_refill_0_volume_ml () Real)
(declare-fun cerebral_child_l3_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l3_refill_0_diluent () Int)
(declare-fun cerebral_child_l3_refill_1_h () Real)
(declare-fun cerebral_child_l3_refill_1_volume_ml () Real)
(declare-fun cerebral_child_l3_refill_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l3_refill_1_diluent () Int)
(declare-fun cerebral_child_l3_bolus_0_h () Real)
(declare-fun cerebral_child_l3_bolus_0_dose_ug () Real)
(declare-fun cerebral_child_l3_bolus_0_via () Int)
(declare-fun cerebral_child_l3_bolus_1_h () Real)
(declare-fun cerebral_child_l3_bolus_1_dose_ug () Real)
(declare-fun cerebral_child_l3_bolus_1_via () Int)
(declare-fun cerebral_child_l3_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_child_l3_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_child_l3_bolus_1_emergency () Bool)
(declare-fun cerebral_child_l3_bolus_0_emergency () Bool)
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
(declare-fun cerebral_child_l3_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= cerebral_child_l3_age_years 0.0))
(assert
 (<= cerebral_child_l3_age_years 120.0))
(assert
 (< cerebral_child_l3_age_years 18.0))
(assert
 (>= cerebral_child_l3_months_since_injury 0.0))
(assert
 (<= cerebral_child_l3_months_since_injury 100000.0))
(assert
 (>= cerebral_child_l3_reservoir_ml 0.0))
(assert
 (<= cerebral_child_l3_reservoir_ml 100000.0))
(assert
 (>= cerebral_child_l3_alarm_ml 0.0))
(assert
 (<= cerebral_child_l3_alarm_ml 100000.0))
(assert
 (>= cerebral_child_l3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l3_screening_0_h 0.0))
(assert
 (<= cerebral_child_l3_screening_0_h 100000.0))
(assert
 (>= cerebral_child_l3_screening_0_h 0.0))
(assert
 (>= cerebral_child_l3_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l3_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l3_screening_0_duration_min 0.0))
(assert
 (<= cerebral_child_l3_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_child_l3_screening_0_response 0))
(assert
 (< cerebral_child_l3_screening_0_response 2))
(assert
 (>= cerebral_child_l3_screening_0_effect_h 0.0))
(assert
 (<= cerebral_child_l3_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_child_l3_screening_1_h 0.0))
(assert
 (<= cerebral_child_l3_screening_1_h 100000.0))
(assert
 (>= cerebral_child_l3_screening_1_h cerebral_child_l3_screening_0_h))
(assert
 (>= cerebral_child_l3_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l3_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l3_screening_1_duration_min 0.0))
(assert
 (<= cerebral_child_l3_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_child_l3_screening_1_response 0))
(assert
 (< cerebral_child_l3_screening_1_response 2))
(assert
 (>= cerebral_child_l3_screening_1_effect_h 0.0))
(assert
 (<= cerebral_child_l3_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_child_l3_screening_2_h 0.0))
(assert
 (<= cerebral_child_l3_screening_2_h 100000.0))
(assert
 (>= cerebral_child_l3_screening_2_h cerebral_child_l3_screening_1_h))
(assert
 (>= cerebral_child_l3_screening_2_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_screening_2_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_screening_2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l3_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l3_screening_2_duration_min 0.0))
(assert
 (<= cerebral_child_l3_screening_2_duration_min 100000.0))
(assert
 (>= cerebral_child_l3_screening_2_response 0))
(assert
 (< cerebral_child_l3_screening_2_response 2))
(assert
 (>= cerebral_child_l3_screening_2_effect_h 0.0))
(assert
 (<= cerebral_child_l3_screening_2_effect_h 100000.0))
(assert
 (>= cerebral_child_l3_screening_3_h 0.0))
(assert
 (<= cerebral_child_l3_screening_3_h 100000.0))
(assert
 (>= cerebral_child_l3_screening_3_h cerebral_child_l3_screening_2_h))
(assert
 (>= cerebral_child_l3_screening_3_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_screening_3_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_screening_3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l3_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l3_screening_3_duration_min 0.0))
(assert
 (<= cerebral_child_l3_screening_3_duration_min 100000.0))
(assert
 (>= cerebral_child_l3_screening_3_response 0))
(assert
 (< cerebral_child_l3_screening_3_response 2))
(assert
 (>= cerebral_child_l3_screening_3_effect_h 0.0))
(assert
 (<= cerebral_child_l3_screening_3_effect_h 100000.0))
(assert
 (>= cerebral_child_l3_step_0_h 0.0))
(assert
 (<= cerebral_child_l3_step_0_h 100000.0))
(assert
 (>= cerebral_child_l3_step_0_h cerebral_child_l3_screening_3_h))
(assert
 (>= cerebral_child_l3_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l3_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l3_step_1_h 0.0))
(assert
 (<= cerebral_child_l3_step_1_h 100000.0))
(assert
 (> cerebral_child_l3_step_1_h cerebral_child_l3_step_0_h))
(assert
 (>= cerebral_child_l3_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l3_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l3_step_2_h 0.0))
(assert
 (<= cerebral_child_l3_step_2_h 100000.0))
(assert
 (> cerebral_child_l3_step_2_h cerebral_child_l3_step_1_h))
(assert
 (>= cerebral_child_l3_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l3_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l3_step_3_h 0.0))
(assert
 (<= cerebral_child_l3_step_3_h 100000.0))
(assert
 (> cerebral_child_l3_step_3_h cerebral_child_l3_step_2_h))
(assert
 (>= cerebral_child_l3_step_3_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_step_3_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_step_3_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l3_step_3_rate_ml_day 100000.0))
(assert
 (<= cerebral_child_l3_end_h 100000.0))
(assert
 (>= cerebral_child_l3_end_h cerebral_child_l3_step_3_h))
(assert
 (<= cerebral_child_l3_refill_0_h 100000.0))
(assert
 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_end_h))
(assert
 (>= cerebral_child_l3_refill_0_h cerebral_child_l3_step_0_h))
(assert
 (>= cerebral_child_l3_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_child_l3_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_child_l3_refill_0_volume_ml cerebral_child_l3_reservoir_ml))
(assert
 (>= cerebral_child_l3_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l3_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l3_refill_0_diluent 0))
(assert
 (< cerebral_child_l3_refill_0_diluent 3))
(assert
 (<= cerebral_child_l3_refill_1_h 100000.0))
(assert
 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_end_h))
(assert
 (>= cerebral_child_l3_refill_1_h cerebral_child_l3_step_0_h))
(assert
 (> cerebral_child_l3_refill_1_h cerebral_child_l3_refill_0_h))
(assert
 (>= cerebral_child_l3_refill_1_volume_ml 0.0))
(assert
 (<= cerebral_child_l3_refill_1_volume_ml 100000.0))
(assert
 (<= cerebral_child_l3_refill_1_volume_ml cerebral_child_l3_reservoir_ml))
(assert
 (>= cerebral_child_l3_refill_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l3_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l3_refill_1_diluent 0))
(assert
 (< cerebral_child_l3_refill_1_diluent 3))
(assert
 (= cerebral_child_l3_refill_0_h cerebral_child_l3_step_0_h))
(assert
 (<= cerebral_child_l3_bolus_0_h 100000.0))
(assert
 (>= cerebral_child_l3_bolus_0_h cerebral_child_l3_step_0_h))
(assert
 (<= cerebral_child_l3_bolus_0_h cerebral_child_l3_end_h))
(assert
 (>= cerebral_child_l3_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_bolus_0_via 0))
(assert
 (< cerebral_child_l3_bolus_0_via 2))
(assert
 (<= cerebral_child_l3_bolus_1_h 100000.0))
(assert
 (>= cerebral_child_l3_bolus_1_h cerebral_child_l3_step_0_h))
(assert
 (<= cerebral_child_l3_bolus_1_h cerebral_child_l3_end_h))
(assert
 (>= cerebral_child_l3_bolus_1_h cerebral_child_l3_bolus_0_h))
(assert
 (>= cerebral_child_l3_bolus_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l3_bolus_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l3_bolus_1_via 0))
(assert
 (< cerebral_child_l3_bolus_1_via 2))
(assert
 (>= cerebral_child_l3_route 0))
(assert
 (< cerebral_child_l3_route 2))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-STOP-1 $x1)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-STOP-2 $x1)))
(assert
 (let (($x2 (not (or (not (<= 4.0 cerebral_child_l3_age_years))))))
 (=> holds_ITB-PAT-1 $x2)))
(assert
 (let (($x3 (not (or (not (<= 12.0 cerebral_child_l3_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x3)))
(assert
 (let (($x4 (not (or cerebral_child_l3_infection))))
 (=> holds_ITB-PAT-4 $x4)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-1 $x1)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-2 $x1)))
(assert
 (let ((?x5 (* cerebral_child_l3_step_3_rate_ml_day cerebral_child_l3_concentration_ug_ml)))
 (let ((?x6 (- ?x5 cerebral_child_l3_step_3_daily_dose_ug)))
 (let (($x7 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l3_step_3_daily_dose_ug) ?x6) (<= ?x6 (* (/ 1.0 100.0) cerebral_child_l3_step_3_daily_dose_ug)))))
 (let ((?x8 (* cerebral_child_l3_step_2_rate_ml_day cerebral_child_l3_concentration_ug_ml)))
 (let ((?x9 (- ?x8 cerebral_child_l3_step_2_daily_dose_ug)))
 (let (($x10 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l3_step_2_daily_dose_ug) ?x9) (<= ?x9 (* (/ 1.0 100.0) cerebral_child_l3_step_2_daily_dose_ug)))))
 (let ((?x11 (* cerebral_child_l3_step_1_rate_ml_day cerebral_child_l3_concentration_ug_ml)))
 (let ((?x12 (- ?x11 cerebral_child_l3_step_1_daily_dose_ug)))
 (let (($x13 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l3_step_1_daily_dose_ug) ?x12) (<= ?x12 (* (/ 1.0 100.0) cerebral_child_l3_step_1_daily_dose_ug)))))
 (let ((?x14 (* cerebral_child_l3_step_0_rate_ml_day cerebral_child_l3_concentration_ug_ml)))
 (let ((?x15 (- ?x14 cerebral_child_l3_step_0_daily_dose_ug)))
 (let (($x16 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l3_step_0_daily_dose_ug) ?x15) (<= ?x15 (* (/ 1.0 100.0) cerebral_child_l3_step_0_daily_dose_ug)))))
 (let (($x17 (= cerebral_child_l3_concentration_ug_ml cerebral_child_l3_refill_1_concentration_ug_ml)))
 (let (($x18 (not $x17)))
 (let (($x19 (= cerebral_child_l3_concentration_ug_ml cerebral_child_l3_refill_0_concentration_ug_ml)))
 (let (($x20 (not $x19)))
 (let (($x21 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_3_h)))
 (let (($x22 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_3_h)))
 (let (($x23 (and (ite $x22 true (ite $x21 true false)) (not (ite $x22 $x17 (ite $x21 $x19 false))))))
 (let (($x24 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_2_h)))
 (let (($x25 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_2_h)))
 (let (($x26 (and (ite $x25 true (ite $x24 true false)) (not (ite $x25 $x17 (ite $x24 $x19 false))))))
 (let (($x27 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_1_h)))
 (let (($x28 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_1_h)))
 (let (($x29 (and (ite $x28 true (ite $x27 true false)) (not (ite $x28 $x17 (ite $x27 $x19 false))))))
 (let (($x30 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_0_h)))
 (let (($x31 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_0_h)))
 (let (($x32 (and (ite $x31 true (ite $x30 true false)) (not (ite $x31 $x17 (ite $x30 $x19 false))))))
 (let (($x33 (or $x32 $x29 $x26 $x23 $x20 $x18 (not $x16) (not $x13) (not $x10) (not $x7))))
 (let (($x34 (not $x33)))
 (=> holds_ITB-PUMP-3 $x34))))))))))))))))))))))))))))))))
(assert
 (let ((?x35 (- cerebral_child_l3_end_h cerebral_child_l3_step_3_h)))
 (let ((?x36 (/ cerebral_child_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x37 (/ ?x36 cerebral_child_l3_concentration_ug_ml)))
 (let ((?x38 (- cerebral_child_l3_step_3_h cerebral_child_l3_step_2_h)))
 (let ((?x39 (/ cerebral_child_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x40 (/ ?x39 cerebral_child_l3_concentration_ug_ml)))
 (let ((?x41 (- cerebral_child_l3_step_2_h cerebral_child_l3_step_1_h)))
 (let ((?x42 (/ cerebral_child_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 cerebral_child_l3_concentration_ug_ml)))
 (let ((?x44 (- cerebral_child_l3_step_1_h cerebral_child_l3_step_0_h)))
 (let ((?x45 (/ cerebral_child_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x46 (/ ?x45 cerebral_child_l3_concentration_ug_ml)))
 (let ((?x47 (+ 0.0 (* ?x46 ?x44))))
 (let ((?x48 (+ ?x47 (* ?x43 ?x41))))
 (let ((?x49 (+ ?x48 (* ?x40 ?x38))))
 (let ((?x50 (+ ?x49 (* ?x37 ?x35))))
 (let ((?x51 (+ ?x49 (* ?x37 (- cerebral_child_l3_step_0_h cerebral_child_l3_step_3_h)))))
 (let ((?x52 (+ ?x48 (* ?x40 (- cerebral_child_l3_step_0_h cerebral_child_l3_step_2_h)))))
 (let ((?x53 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_step_3_h) ?x52 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_end_h) ?x51 ?x50))))
 (let ((?x54 (+ ?x47 (* ?x43 (- cerebral_child_l3_step_0_h cerebral_child_l3_step_1_h)))))
 (let ((?x55 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_step_2_h) ?x54 ?x53)))
 (let ((?x56 (+ 0.0 (* ?x46 (- cerebral_child_l3_step_0_h cerebral_child_l3_step_0_h)))))
 (let ((?x57 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_step_1_h) ?x56 ?x55)))
 (let ((?x58 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_step_0_h) 0.0 ?x57)))
 (let (($x59 (<= t_0 cerebral_child_l3_end_h)))
 (let ((?x60 (ite $x59 (+ ?x49 (* ?x37 (- t_0 cerebral_child_l3_step_3_h))) ?x50)))
 (let ((?x61 (ite (<= t_0 cerebral_child_l3_step_3_h) (+ ?x48 (* ?x40 (- t_0 cerebral_child_l3_step_2_h))) ?x60)))
 (let ((?x62 (ite (<= t_0 cerebral_child_l3_step_2_h) (+ ?x47 (* ?x43 (- t_0 cerebral_child_l3_step_1_h))) ?x61)))
 (let ((?x63 (ite (<= t_0 cerebral_child_l3_step_1_h) (+ 0.0 (* ?x46 (- t_0 cerebral_child_l3_step_0_h))) ?x62)))
 (let ((?x64 (ite (<= t_0 cerebral_child_l3_step_0_h) 0.0 ?x63)))
 (let ((?x65 (+ ?x49 (* ?x37 (- cerebral_child_l3_refill_0_h cerebral_child_l3_step_3_h)))))
 (let (($x66 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_end_h)))
 (let ((?x67 (+ ?x48 (* ?x40 (- cerebral_child_l3_refill_0_h cerebral_child_l3_step_2_h)))))
 (let (($x21 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_3_h)))
 (let ((?x68 (+ ?x47 (* ?x43 (- cerebral_child_l3_refill_0_h cerebral_child_l3_step_1_h)))))
 (let (($x24 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_2_h)))
 (let ((?x69 (+ 0.0 (* ?x46 (- cerebral_child_l3_refill_0_h cerebral_child_l3_step_0_h)))))
 (let (($x27 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_1_h)))
 (let (($x30 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_0_h)))
 (let ((?x70 (ite $x30 0.0 (ite $x27 ?x69 (ite $x24 ?x68 (ite $x21 ?x67 (ite $x66 ?x65 ?x50)))))))
 (let ((?x71 (ite (< cerebral_child_l3_refill_0_h t_0) (- cerebral_child_l3_refill_0_volume_ml (+ (- ?x64 ?x70) 0.0)) (- 0.0 (+ (- ?x64 ?x58) 0.0)))))
 (let ((?x72 (+ ?x49 (* ?x37 (- cerebral_child_l3_refill_1_h cerebral_child_l3_step_3_h)))))
 (let (($x73 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_end_h)))
 (let ((?x74 (+ ?x48 (* ?x40 (- cerebral_child_l3_refill_1_h cerebral_child_l3_step_2_h)))))
 (let (($x22 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_3_h)))
 (let ((?x75 (+ ?x47 (* ?x43 (- cerebral_child_l3_refill_1_h cerebral_child_l3_step_1_h)))))
 (let (($x25 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_2_h)))
 (let ((?x76 (+ 0.0 (* ?x46 (- cerebral_child_l3_refill_1_h cerebral_child_l3_step_0_h)))))
 (let (($x28 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_1_h)))
 (let (($x31 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_0_h)))
 (let ((?x77 (ite $x31 0.0 (ite $x28 ?x76 (ite $x25 ?x75 (ite $x22 ?x74 (ite $x73 ?x72 ?x50)))))))
 (let ((?x78 (ite (< cerebral_child_l3_refill_1_h t_0) (- cerebral_child_l3_refill_1_volume_ml (+ (- ?x64 ?x77) 0.0)) ?x71)))
 (let ((?x79 (ite (<= 0.0 cerebral_child_l3_step_0_h) cerebral_child_l3_step_0_h 0.0)))
 (let (($x80 (or (and (< ?x79 t_0) $x59 (not (> ?x78 cerebral_child_l3_alarm_ml))))))
 (let (($x81 (not $x80)))
 (=> holds_ITB-PUMP-4 $x81)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x82 (not (>= 1848.0 (- cerebral_child_l3_end_h cerebral_child_l3_refill_1_h)))))
 (let (($x83 (>= 1848.0 (- cerebral_child_l3_refill_1_h cerebral_child_l3_refill_0_h))))
 (let (($x84 (not (or (not $x83) $x82))))
 (=> holds_ITB-PUMP-5 $x84)))))
(assert
 (let (($x85 (and (ite (= cerebral_child_l3_bolus_1_via 0) false true) (not cerebral_child_l3_bolus_1_emergency))))
 (let (($x86 (and (ite (= cerebral_child_l3_bolus_0_via 0) false true) (not cerebral_child_l3_bolus_0_emergency))))
 (let (($x87 (not (or $x86 $x85))))
 (=> holds_ITB-PUMP-6 $x87)))))
(assert
 (let (($x88 (not (or (not (ite (= cerebral_child_l3_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x88)))
(assert
 (let (($x89 (and (< 0.0 cerebral_child_l3_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_screening_3_concentration_ug_ml))))
 (let (($x90 (and (< 0.0 cerebral_child_l3_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_screening_2_concentration_ug_ml))))
 (let (($x91 (and (< 0.0 cerebral_child_l3_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_screening_1_concentration_ug_ml))))
 (let (($x92 (and (< 0.0 cerebral_child_l3_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_screening_0_concentration_ug_ml))))
 (let (($x93 (and (< 0.0 cerebral_child_l3_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_concentration_ug_ml))))
 (let (($x94 (not $x93)))
 (let (($x95 (and (< 0.0 cerebral_child_l3_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_refill_1_concentration_ug_ml))))
 (let (($x96 (and (< 0.0 cerebral_child_l3_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_refill_0_concentration_ug_ml))))
 (let (($x97 (= 2000.0 cerebral_child_l3_refill_1_concentration_ug_ml)))
 (let (($x98 (= 500.0 cerebral_child_l3_refill_1_concentration_ug_ml)))
 (let (($x99 (= 50.0 cerebral_child_l3_refill_1_concentration_ug_ml)))
 (let (($x100 (= cerebral_child_l3_refill_1_diluent 0)))
 (let (($x101 (ite $x100 true (ite (= cerebral_child_l3_refill_1_diluent 1) false false))))
 (let (($x102 (= 2000.0 cerebral_child_l3_refill_0_concentration_ug_ml)))
 (let (($x103 (= 500.0 cerebral_child_l3_refill_0_concentration_ug_ml)))
 (let (($x104 (= 50.0 cerebral_child_l3_refill_0_concentration_ug_ml)))
 (let (($x105 (= cerebral_child_l3_refill_0_diluent 0)))
 (let (($x106 (ite $x105 true (ite (= cerebral_child_l3_refill_0_diluent 1) false false))))
 (let (($x107 (ite $x100 false (ite (= cerebral_child_l3_refill_1_diluent 1) true false))))
 (let (($x108 (ite $x105 false (ite (= cerebral_child_l3_refill_0_diluent 1) true false))))
 (let (($x109 (or (not (or $x106 $x108)) (not (or $x101 $x107)) (and $x106 (not (or $x104 $x103 $x102))) (and $x101 (not (or $x99 $x98 $x97))) (not $x96) (not $x95) $x94 $x94 $x94 $x94 (not $x92) (not $x91) (not $x90) (not $x89))))
 (let (($x110 (not $x109)))
 (=> holds_ITB-CONC-1 $x110))))))))))))))))))))))))
(assert
 (let (($x111 (or (not (= 50.0 cerebral_child_l3_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l3_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_child_l3_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_child_l3_screening_3_concentration_ug_ml)))))
 (let (($x112 (not $x111)))
 (=> holds_ITB-SCR-1 $x112))))
(assert
 (let (($x113 (not (or (not (>= 50.0 cerebral_child_l3_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x113)))
(assert
 (let (($x114 (or (not (<= 1.0 cerebral_child_l3_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l3_screening_1_duration_min)) (not (<= 1.0 cerebral_child_l3_screening_2_duration_min)) (not (<= 1.0 cerebral_child_l3_screening_3_duration_min)))))
 (let (($x115 (not $x114)))
 (=> holds_ITB-SCR-3 $x115))))
(assert
 (let (($x116 (<= 24.0 (- cerebral_child_l3_screening_3_h cerebral_child_l3_screening_2_h))))
 (let (($x117 (= cerebral_child_l3_screening_2_response 0)))
 (let (($x118 (ite $x117 true false)))
 (let (($x119 (<= 24.0 (- cerebral_child_l3_screening_2_h cerebral_child_l3_screening_1_h))))
 (let (($x120 (= cerebral_child_l3_screening_1_response 0)))
 (let (($x121 (ite $x120 true false)))
 (let (($x122 (<= 24.0 (- cerebral_child_l3_screening_1_h cerebral_child_l3_screening_0_h))))
 (let (($x123 (= cerebral_child_l3_screening_0_response 0)))
 (let (($x124 (ite $x123 true false)))
 (let (($x125 (<= cerebral_child_l3_screening_3_dose_ug (+ cerebral_child_l3_screening_2_dose_ug 25.0))))
 (let (($x126 (<= cerebral_child_l3_screening_2_dose_ug (+ cerebral_child_l3_screening_1_dose_ug 25.0))))
 (let (($x127 (<= cerebral_child_l3_screening_1_dose_ug (+ cerebral_child_l3_screening_0_dose_ug 25.0))))
 (let (($x128 (or (not $x124) (not $x121) (not $x118) (and $x124 (not $x127)) (and $x121 (not $x126)) (and $x118 (not $x125)) (and $x124 (not $x122)) (and $x121 (not $x119)) (and $x118 (not $x116)))))
 (let (($x129 (not $x128)))
 (=> holds_ITB-SCR-4 $x129))))))))))))))))
(assert
 (let (($x130 (or (not (>= 100.0 cerebral_child_l3_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l3_screening_1_dose_ug)) (not (>= 100.0 cerebral_child_l3_screening_2_dose_ug)) (not (>= 100.0 cerebral_child_l3_screening_3_dose_ug)))))
 (let (($x131 (not $x130)))
 (=> holds_ITB-SCR-5 $x131))))
(assert
 (let (($x132 (= cerebral_child_l3_screening_3_response 0)))
 (let (($x133 (ite $x132 false true)))
 (let (($x134 (and $x133 (<= cerebral_child_l3_screening_3_h cerebral_child_l3_step_0_h))))
 (let (($x117 (= cerebral_child_l3_screening_2_response 0)))
 (let (($x135 (ite $x117 false true)))
 (let (($x136 (and $x135 (<= cerebral_child_l3_screening_2_h cerebral_child_l3_step_0_h))))
 (let (($x120 (= cerebral_child_l3_screening_1_response 0)))
 (let (($x137 (ite $x120 false true)))
 (let (($x138 (and $x137 (<= cerebral_child_l3_screening_1_h cerebral_child_l3_step_0_h))))
 (let (($x123 (= cerebral_child_l3_screening_0_response 0)))
 (let (($x139 (ite $x123 false true)))
 (let (($x140 (and $x139 (<= cerebral_child_l3_screening_0_h cerebral_child_l3_step_0_h))))
 (let (($x141 (not (or (not (or $x140 $x138 $x136 $x134))))))
 (=> holds_ITB-SCR-6 $x141)))))))))))))))
(assert
 (let ((?x142 (* 2.0 cerebral_child_l3_screening_3_dose_ug)))
 (let ((?x143 (ite (>= 12.0 cerebral_child_l3_screening_3_effect_h) ?x142 cerebral_child_l3_screening_3_dose_ug)))
 (let (($x132 (= cerebral_child_l3_screening_3_response 0)))
 (let (($x133 (ite $x132 false true)))
 (let ((?x144 (* 2.0 cerebral_child_l3_screening_2_dose_ug)))
 (let ((?x145 (ite (>= 12.0 cerebral_child_l3_screening_2_effect_h) ?x144 cerebral_child_l3_screening_2_dose_ug)))
 (let (($x117 (= cerebral_child_l3_screening_2_response 0)))
 (let (($x135 (ite $x117 false true)))
 (let ((?x146 (* 2.0 cerebral_child_l3_screening_1_dose_ug)))
 (let ((?x147 (ite (>= 12.0 cerebral_child_l3_screening_1_effect_h) ?x146 cerebral_child_l3_screening_1_dose_ug)))
 (let (($x120 (= cerebral_child_l3_screening_1_response 0)))
 (let (($x137 (ite $x120 false true)))
 (let ((?x148 (* 2.0 cerebral_child_l3_screening_0_dose_ug)))
 (let ((?x149 (ite (>= 12.0 cerebral_child_l3_screening_0_effect_h) ?x148 cerebral_child_l3_screening_0_dose_ug)))
 (let (($x123 (= cerebral_child_l3_screening_0_response 0)))
 (let (($x139 (ite $x123 false true)))
 (let (($x150 (or (and $x139 (not (<= cerebral_child_l3_step_0_daily_dose_ug ?x149))) (and $x137 (not (<= cerebral_child_l3_step_0_daily_dose_ug ?x147))) (and $x135 (not (<= cerebral_child_l3_step_0_daily_dose_ug ?x145))) (and $x133 (not (<= cerebral_child_l3_step_0_daily_dose_ug ?x143))))))
 (let (($x151 (not $x150)))
 (=> holds_ITB-INIT-1 $x151))))))))))))))))))))
(assert
 (let (($x152 (not (<= 24.0 (- cerebral_child_l3_step_3_h cerebral_child_l3_step_0_h)))))
 (let (($x153 (> cerebral_child_l3_step_3_daily_dose_ug cerebral_child_l3_step_2_daily_dose_ug)))
 (let (($x154 (not (<= 24.0 (- cerebral_child_l3_step_2_h cerebral_child_l3_step_0_h)))))
 (let (($x155 (> cerebral_child_l3_step_2_daily_dose_ug cerebral_child_l3_step_1_daily_dose_ug)))
 (let (($x156 (not (<= 24.0 (- cerebral_child_l3_step_1_h cerebral_child_l3_step_0_h)))))
 (let (($x157 (> cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
 (let (($x158 (not (or (and $x157 $x156) (and $x155 $x154) (and $x153 $x152)))))
 (=> holds_ITB-INIT-2 $x158)))))))))
(assert
 (let (($x159 (<= cerebral_child_l3_step_3_daily_dose_ug cerebral_child_l3_step_2_daily_dose_ug)))
 (let (($x160 (<= cerebral_child_l3_step_2_daily_dose_ug cerebral_child_l3_step_1_daily_dose_ug)))
 (let (($x161 (<= cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
 (let (($x162 (not (or (not $x161) (not $x160) (not $x159)))))
 (=> holds_ITB-TITR-1 $x162))))))
(assert
 (let ((?x163 (ite cerebral_child_l3_programmable 24.0 48.0)))
 (let (($x164 (not (>= (- cerebral_child_l3_step_3_h cerebral_child_l3_step_3_h) ?x163))))
 (let (($x153 (> cerebral_child_l3_step_3_daily_dose_ug cerebral_child_l3_step_2_daily_dose_ug)))
 (let (($x165 (and $x153 (and (< cerebral_child_l3_step_3_h cerebral_child_l3_step_3_h) $x153) $x164)))
 (let (($x166 (not (>= (- cerebral_child_l3_step_3_h cerebral_child_l3_step_2_h) ?x163))))
 (let (($x155 (> cerebral_child_l3_step_2_daily_dose_ug cerebral_child_l3_step_1_daily_dose_ug)))
 (let (($x167 (and $x153 (and (< cerebral_child_l3_step_2_h cerebral_child_l3_step_3_h) $x155) $x166)))
 (let (($x168 (not (>= (- cerebral_child_l3_step_3_h cerebral_child_l3_step_1_h) ?x163))))
 (let (($x157 (> cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
 (let (($x169 (and $x153 (and (< cerebral_child_l3_step_1_h cerebral_child_l3_step_3_h) $x157) $x168)))
 (let (($x170 (not (>= (- cerebral_child_l3_step_2_h cerebral_child_l3_step_3_h) ?x163))))
 (let (($x171 (and $x155 (and (< cerebral_child_l3_step_3_h cerebral_child_l3_step_2_h) $x153) $x170)))
 (let (($x172 (not (>= (- cerebral_child_l3_step_2_h cerebral_child_l3_step_2_h) ?x163))))
 (let (($x173 (and $x155 (and (< cerebral_child_l3_step_2_h cerebral_child_l3_step_2_h) $x155) $x172)))
 (let (($x174 (not (>= (- cerebral_child_l3_step_2_h cerebral_child_l3_step_1_h) ?x163))))
 (let (($x175 (and $x155 (and (< cerebral_child_l3_step_1_h cerebral_child_l3_step_2_h) $x157) $x174)))
 (let (($x176 (not (>= (- cerebral_child_l3_step_1_h cerebral_child_l3_step_3_h) ?x163))))
 (let (($x177 (and $x157 (and (< cerebral_child_l3_step_3_h cerebral_child_l3_step_1_h) $x153) $x176)))
 (let (($x178 (not (>= (- cerebral_child_l3_step_1_h cerebral_child_l3_step_2_h) ?x163))))
 (let (($x179 (and $x157 (and (< cerebral_child_l3_step_2_h cerebral_child_l3_step_1_h) $x155) $x178)))
 (let (($x180 (not (>= (- cerebral_child_l3_step_1_h cerebral_child_l3_step_1_h) ?x163))))
 (let (($x181 (and $x157 (and (< cerebral_child_l3_step_1_h cerebral_child_l3_step_1_h) $x157) $x180)))
 (let (($x182 (not (or $x181 $x179 $x177 $x175 $x173 $x171 $x169 $x167 $x165))))
 (=> holds_ITB-TITR-2 $x182)))))))))))))))))))))))))
(assert
 (let ((?x183 (ite (<= cerebral_child_l3_step_1_h w_0) cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
 (let ((?x184 (ite (<= cerebral_child_l3_step_2_h w_0) cerebral_child_l3_step_2_daily_dose_ug ?x183)))
 (let ((?x185 (ite (<= cerebral_child_l3_step_3_h w_0) cerebral_child_l3_step_3_daily_dose_ug ?x184)))
 (let (($x186 (and (<= (- w_0 24.0) cerebral_child_l3_bolus_1_h) (< cerebral_child_l3_bolus_1_h w_0))))
 (let (($x187 (and (<= (- w_0 24.0) cerebral_child_l3_bolus_0_h) (< cerebral_child_l3_bolus_0_h w_0))))
 (let ((?x188 (+ (+ 0.0 (ite $x187 cerebral_child_l3_bolus_0_dose_ug 0.0)) (ite $x186 cerebral_child_l3_bolus_1_dose_ug 0.0))))
 (let ((?x35 (- cerebral_child_l3_end_h cerebral_child_l3_step_3_h)))
 (let ((?x36 (/ cerebral_child_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x38 (- cerebral_child_l3_step_3_h cerebral_child_l3_step_2_h)))
 (let ((?x39 (/ cerebral_child_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x41 (- cerebral_child_l3_step_2_h cerebral_child_l3_step_1_h)))
 (let ((?x42 (/ cerebral_child_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x44 (- cerebral_child_l3_step_1_h cerebral_child_l3_step_0_h)))
 (let ((?x45 (/ cerebral_child_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x189 (+ 0.0 (* ?x45 ?x44))))
 (let ((?x190 (+ ?x189 (* ?x42 ?x41))))
 (let ((?x191 (+ ?x190 (* ?x39 ?x38))))
 (let ((?x192 (+ ?x191 (* ?x36 ?x35))))
 (let ((?x193 (ite (<= (- w_0 24.0) cerebral_child_l3_end_h) (+ ?x191 (* ?x36 (- (- w_0 24.0) cerebral_child_l3_step_3_h))) ?x192)))
 (let ((?x194 (ite (<= (- w_0 24.0) cerebral_child_l3_step_3_h) (+ ?x190 (* ?x39 (- (- w_0 24.0) cerebral_child_l3_step_2_h))) ?x193)))
 (let ((?x195 (ite (<= (- w_0 24.0) cerebral_child_l3_step_2_h) (+ ?x189 (* ?x42 (- (- w_0 24.0) cerebral_child_l3_step_1_h))) ?x194)))
 (let ((?x196 (ite (<= (- w_0 24.0) cerebral_child_l3_step_1_h) (+ 0.0 (* ?x45 (- (- w_0 24.0) cerebral_child_l3_step_0_h))) ?x195)))
 (let ((?x197 (ite (<= w_0 cerebral_child_l3_end_h) (+ ?x191 (* ?x36 (- w_0 cerebral_child_l3_step_3_h))) ?x192)))
 (let ((?x198 (ite (<= w_0 cerebral_child_l3_step_3_h) (+ ?x190 (* ?x39 (- w_0 cerebral_child_l3_step_2_h))) ?x197)))
 (let ((?x199 (ite (<= w_0 cerebral_child_l3_step_2_h) (+ ?x189 (* ?x42 (- w_0 cerebral_child_l3_step_1_h))) ?x198)))
 (let ((?x200 (ite (<= w_0 cerebral_child_l3_step_1_h) (+ 0.0 (* ?x45 (- w_0 cerebral_child_l3_step_0_h))) ?x199)))
 (let ((?x201 (ite (<= w_0 cerebral_child_l3_step_0_h) 0.0 ?x200)))
 (let ((?x202 (- ?x201 (ite (<= (- w_0 24.0) cerebral_child_l3_step_0_h) 0.0 ?x196))))
 (let ((?x203 (ite (>= (- w_0 24.0) cerebral_child_l3_step_0_h) (+ ?x202 ?x188) (* 1.0 ?x185))))
 (let (($x204 (and (<= w_0 cerebral_child_l3_bolus_1_h) (< cerebral_child_l3_bolus_1_h (+ w_0 24.0)))))
 (let (($x205 (and (<= w_0 cerebral_child_l3_bolus_0_h) (< cerebral_child_l3_bolus_0_h (+ w_0 24.0)))))
 (let ((?x206 (+ (+ 0.0 (ite $x205 cerebral_child_l3_bolus_0_dose_ug 0.0)) (ite $x204 cerebral_child_l3_bolus_1_dose_ug 0.0))))
 (let ((?x207 (+ w_0 24.0)))
 (let (($x208 (<= ?x207 cerebral_child_l3_end_h)))
 (let ((?x209 (ite (<= ?x207 cerebral_child_l3_step_3_h) (+ ?x190 (* ?x39 (- ?x207 cerebral_child_l3_step_2_h))) (ite $x208 (+ ?x191 (* ?x36 (- ?x207 cerebral_child_l3_step_3_h))) ?x192))))
 (let ((?x210 (ite (<= ?x207 cerebral_child_l3_step_2_h) (+ ?x189 (* ?x42 (- ?x207 cerebral_child_l3_step_1_h))) ?x209)))
 (let ((?x211 (ite (<= ?x207 cerebral_child_l3_step_1_h) (+ 0.0 (* ?x45 (- ?x207 cerebral_child_l3_step_0_h))) ?x210)))
 (let ((?x212 (+ (- (ite (<= ?x207 cerebral_child_l3_step_0_h) 0.0 ?x211) ?x201) ?x206)))
 (let (($x213 (and (<= cerebral_child_l3_step_0_h w_0) $x208 (not (<= ?x212 (* (/ 23.0 20.0) ?x203))))))
 (let (($x214 (not (or $x213))))
 (=> holds_ITB-TITR-3 $x214))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x215 (ite (<= cerebral_child_l3_step_1_h cerebral_child_l3_bolus_1_h) cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
(let ((?x216 (ite (<= cerebral_child_l3_step_2_h cerebral_child_l3_bolus_1_h) cerebral_child_l3_step_2_daily_dose_ug ?x215)))
(let ((?x217 (ite (<= cerebral_child_l3_step_3_h cerebral_child_l3_bolus_1_h) cerebral_child_l3_step_3_daily_dose_ug ?x216)))
(let ((?x218 (ite (< cerebral_child_l3_bolus_1_h cerebral_child_l3_step_0_h) 0.0 ?x217)))
(let (($x219 (<= cerebral_child_l3_bolus_1_dose_ug (ite (>= 100.0 ?x218) 100.0 ?x218))))
(let ((?x220 (ite (<= cerebral_child_l3_step_1_h cerebral_child_l3_bolus_0_h) cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
(let ((?x221 (ite (<= cerebral_child_l3_step_2_h cerebral_child_l3_bolus_0_h) cerebral_child_l3_step_2_daily_dose_ug ?x220)))
(let ((?x222 (ite (<= cerebral_child_l3_step_3_h cerebral_child_l3_bolus_0_h) cerebral_child_l3_step_3_daily_dose_ug ?x221)))
(let ((?x223 (ite (< cerebral_child_l3_bolus_0_h cerebral_child_l3_step_0_h) 0.0 ?x222)))
(let (($x224 (<= cerebral_child_l3_bolus_0_dose_ug (ite (>= 100.0 ?x223) 100.0 ?x223))))
(let (($x225 (not (or (not $x224) (not $x219)))))
(=> holds_ITB-DOSE-3 $x225)))))))))))))
(check-sat)
