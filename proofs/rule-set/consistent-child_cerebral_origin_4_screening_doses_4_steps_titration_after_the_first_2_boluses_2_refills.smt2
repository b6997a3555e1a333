; itbverify 0.1.0: rule-set consistency, child, cerebral origin; 4 screening doses, 4 steps (titration after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_child_l0_age_years () Real)
(declare-fun cerebral_child_l0_months_since_injury () Real)
(declare-fun cerebral_child_l0_reservoir_ml () Real)
(declare-fun cerebral_child_l0_alarm_ml () Real)
(declare-fun cerebral_child_l0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l0_screening_0_h () Real)
(declare-fun cerebral_child_l0_screening_0_dose_ug () Real)
(declare-fun cerebral_child_l0_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l0_screening_0_duration_min () Real)
(declare-fun cerebral_child_l0_screening_0_response () Int)
(declare-fun cerebral_child_l0_screening_0_effect_h () Real)
(declare-fun cerebral_child_l0_screening_1_h () Real)
(declare-fun cerebral_child_l0_screening_1_dose_ug () Real)
(declare-fun cerebral_child_l0_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l0_screening_1_duration_min () Real)
(declare-fun cerebral_child_l0_screening_1_response () Int)
(declare-fun cerebral_child_l0_screening_1_effect_h () Real)
(declare-fun cerebral_child_l0_screening_2_h () Real)
(declare-fun cerebral_child_l0_screening_2_dose_ug () Real)
(declare-fun cerebral_child_l0_screening_2_concentration_ug_ml () Real)
(declare-fun cerebral_child_l0_screening_2_duration_min () Real)
(declare-fun cerebral_child_l0_screening_2_response () Int)
(declare-fun cerebral_child_l0_screening_2_effect_h () Real)
(declare-fun cerebral_child_l0_screening_3_h () Real)
(declare-fun cerebral_child_l0_screening_3_dose_ug () Real)
(declare-fun cerebral_child_l0_screening_3_concentration_ug_ml () Real)
(declare-fun cerebral_child_l0_screening_3_duration_min () Real)
(declare-fun cerebral_child_l0_screening_3_response () Int)
(declare-fun cerebral_child_l0_screening_3_effect_h () Real)
(declare-fun cerebral_child_l0_step_0_h () Real)
(declare-fun cerebral_child_l0_step_0_daily_dose_ug () Real)
(declare-fun cerebral_child_l0_step_0_rate_ml_day () Real)
(declare-fun cerebral_child_l0_step_1_h () Real)
(declare-fun cerebral_child_l0_step_1_daily_dose_ug () Real)
(declare-fun cerebral_child_l0_step_1_rate_ml_day () Real)
(declare-fun cerebral_child_l0_step_2_h () Real)
(declare-fun cerebral_child_l0_step_2_daily_dose_ug () Real)
(declare-fun cerebral_child_l0_step_2_rate_ml_day () Real)
(declare-fun cerebral_child_l0_step_3_h () Real)
(declare-fun cerebral_child_l0_step_3_daily_dose_ug () Real)
(declare-fun cerebral_child_l0_step_3_rate_ml_day () Real)
(declare-fun cerebral_child_l0_end_h () Real)
(declare-fun cerebral_child_l0_refill_0_h () Real)
(declare-fun cerebral_child_l0_refill_0_volume_ml () Real)
(declare-fun cerebral_child_l0_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l0_refill_0_diluent () Int)
(declare-fun cerebral_child_l0_refill_1_h () Real)
(declare-fun cerebral_child_l0_refill_1_volume_ml () Real)
(declare-fun cerebral_child_l0_refill_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l0_refill_1_diluent () Int)
(declare-fun cerebral_child_l0_bolus_0_h () Real)
(declare-fun cerebral_child_l0_bolus_0_dose_ug () Real)
(declare-fun cerebral_child_l0_bolus_0_via () Int)
(declare-fun cerebral_child_l0_bolus_1_h () Real)
(declare-fun cerebral_child_l0_bolus_1_dose_ug () Real)
(declare-fun cerebral_child_l0_bolus_1_via () Int)
(declare-fun cerebral_child_l0_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_child_l0_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_child_l0_bolus_1_emergency () Bool)
(declare-fun cerebral_child_l0_bolus_0_emergency () Bool)
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
(declare-fun cerebral_child_l0_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= cerebral_child_l0_age_years 0.0))
(assert
 (<= cerebral_child_l0_age_years 120.0))
(assert
 (< cerebral_child_l0_age_years 18.0))
(assert
 (>= cerebral_child_l0_months_since_injury 0.0))
(assert
 (<= cerebral_child_l0_months_since_injury 100000.0))
(assert
 (>= cerebral_child_l0_reservoir_ml 0.0))
(assert
 (<= cerebral_child_l0_reservoir_ml 100000.0))
(assert
 (>= cerebral_child_l0_alarm_ml 0.0))
(assert
 (<= cerebral_child_l0_alarm_ml 100000.0))
(assert
 (>= cerebral_child_l0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l0_screening_0_h 0.0))
(assert
 (<= cerebral_child_l0_screening_0_h 100000.0))
(assert
 (>= cerebral_child_l0_screening_0_h 0.0))
(assert
 (>= cerebral_child_l0_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l0_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l0_screening_0_duration_min 0.0))
(assert
 (<= cerebral_child_l0_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_child_l0_screening_0_response 0))
(assert
 (< cerebral_child_l0_screening_0_response 2))
(assert
 (>= cerebral_child_l0_screening_0_effect_h 0.0))
(assert
 (<= cerebral_child_l0_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_child_l0_screening_1_h 0.0))
(assert
 (<= cerebral_child_l0_screening_1_h 100000.0))
(assert
 (>= cerebral_child_l0_screening_1_h cerebral_child_l0_screening_0_h))
(assert
 (>= cerebral_child_l0_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l0_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l0_screening_1_duration_min 0.0))
(assert
 (<= cerebral_child_l0_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_child_l0_screening_1_response 0))
(assert
 (< cerebral_child_l0_screening_1_response 2))
(assert
 (>= cerebral_child_l0_screening_1_effect_h 0.0))
(assert
 (<= cerebral_child_l0_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_child_l0_screening_2_h 0.0))
(assert
 (<= cerebral_child_l0_screening_2_h 100000.0))
(assert
 (>= cerebral_child_l0_screening_2_h cerebral_child_l0_screening_1_h))
(assert
 (>= cerebral_child_l0_screening_2_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_screening_2_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_screening_2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l0_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l0_screening_2_duration_min 0.0))
(assert
 (<= cerebral_child_l0_screening_2_duration_min 100000.0))
(assert
 (>= cerebral_child_l0_screening_2_response 0))
(assert
 (< cerebral_child_l0_screening_2_response 2))
(assert
 (>= cerebral_child_l0_screening_2_effect_h 0.0))
(assert
 (<= cerebral_child_l0_screening_2_effect_h 100000.0))
(assert
 (>= cerebral_child_l0_screening_3_h 0.0))
(assert
 (<= cerebral_child_l0_screening_3_h 100000.0))
(assert
 (>= cerebral_child_l0_screening_3_h cerebral_child_l0_screening_2_h))
(assert
 (>= cerebral_child_l0_screening_3_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_screening_3_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_screening_3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l0_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l0_screening_3_duration_min 0.0))
(assert
 (<= cerebral_child_l0_screening_3_duration_min 100000.0))
(assert
 (>= cerebral_child_l0_screening_3_response 0))
(assert
 (< cerebral_child_l0_screening_3_response 2))
(assert
 (>= cerebral_child_l0_screening_3_effect_h 0.0))
(assert
 (<= cerebral_child_l0_screening_3_effect_h 100000.0))
(assert
 (>= cerebral_child_l0_step_0_h 0.0))
(assert
 (<= cerebral_child_l0_step_0_h 100000.0))
(assert
 (>= cerebral_child_l0_step_0_h cerebral_child_l0_screening_3_h))
(assert
 (>= cerebral_child_l0_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l0_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l0_step_1_h 0.0))
(assert
 (<= cerebral_child_l0_step_1_h 100000.0))
(assert
 (> cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h))
(assert
 (>= cerebral_child_l0_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l0_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l0_step_2_h 0.0))
(assert
 (<= cerebral_child_l0_step_2_h 100000.0))
(assert
 (> cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h))
(assert
 (>= cerebral_child_l0_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l0_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l0_step_3_h 0.0))
(assert
 (<= cerebral_child_l0_step_3_h 100000.0))
(assert
 (> cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h))
(assert
 (>= cerebral_child_l0_step_3_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_step_3_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_step_3_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l0_step_3_rate_ml_day 100000.0))
(assert
 (<= cerebral_child_l0_end_h 100000.0))
(assert
 (>= cerebral_child_l0_end_h cerebral_child_l0_step_3_h))
(assert
 (<= cerebral_child_l0_refill_0_h 100000.0))
(assert
 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_end_h))
(assert
 (>= cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h))
(assert
 (>= cerebral_child_l0_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_child_l0_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_child_l0_refill_0_volume_ml cerebral_child_l0_reservoir_ml))
(assert
 (>= cerebral_child_l0_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l0_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l0_refill_0_diluent 0))
(assert
 (< cerebral_child_l0_refill_0_diluent 3))
(assert
 (<= cerebral_child_l0_refill_1_h 100000.0))
(assert
 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_end_h))
(assert
 (>= cerebral_child_l0_refill_1_h cerebral_child_l0_step_0_h))
(assert
 (> cerebral_child_l0_refill_1_h cerebral_child_l0_refill_0_h))
(assert
 (>= cerebral_child_l0_refill_1_volume_ml 0.0))
(assert
 (<= cerebral_child_l0_refill_1_volume_ml 100000.0))
(assert
 (<= cerebral_child_l0_refill_1_volume_ml cerebral_child_l0_reservoir_ml))
(assert
 (>= cerebral_child_l0_refill_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l0_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l0_refill_1_diluent 0))
(assert
 (< cerebral_child_l0_refill_1_diluent 3))
(assert
 (= cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h))
(assert
 (<= cerebral_child_l0_bolus_0_h 100000.0))
(assert
 (>= cerebral_child_l0_bolus_0_h cerebral_child_l0_step_0_h))
(assert
 (<= cerebral_child_l0_bolus_0_h cerebral_child_l0_end_h))
(assert
 (>= cerebral_child_l0_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_bolus_0_via 0))
(assert
 (< cerebral_child_l0_bolus_0_via 2))
(assert
 (<= cerebral_child_l0_bolus_1_h 100000.0))
(assert
 (>= cerebral_child_l0_bolus_1_h cerebral_child_l0_step_0_h))
(assert
 (<= cerebral_child_l0_bolus_1_h cerebral_child_l0_end_h))
(assert
 (>= cerebral_child_l0_bolus_1_h cerebral_child_l0_bolus_0_h))
(assert
 (>= cerebral_child_l0_bolus_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l0_bolus_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l0_bolus_1_via 0))
(assert
 (< cerebral_child_l0_bolus_1_via 2))
(assert
 (>= cerebral_child_l0_route 0))
(assert
 (< cerebral_child_l0_route 2))
(assert
 (let ((?x1 (* (/ 4.0 5.0) cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x2 (< cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let ((?x3 (* (/ 4.0 5.0) cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x4 (< cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let ((?x5 (* (/ 4.0 5.0) cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x6 (< cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x7 (or (and $x6 (not (>= cerebral_child_l0_step_1_daily_dose_ug ?x5))) (and $x4 (not (>= cerebral_child_l0_step_2_daily_dose_ug ?x3))) (and $x2 (not (>= cerebral_child_l0_step_3_daily_dose_ug ?x1))))))
 (let (($x8 (not $x7)))
 (=> holds_ITB-STOP-1 $x8))))))))))
(assert
 (let (($x9 (not false)))
 (=> holds_ITB-STOP-2 $x9)))
(assert
 (let (($x10 (not (or (not (<= 4.0 cerebral_child_l0_age_years))))))
 (=> holds_ITB-PAT-1 $x10)))
(assert
 (let (($x11 (not (or (not (<= 12.0 cerebral_child_l0_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x11)))
(assert
 (let (($x12 (not (or cerebral_child_l0_infection))))
 (=> holds_ITB-PAT-4 $x12)))
(assert
 (let (($x9 (not false)))
 (=> holds_ITB-PUMP-1 $x9)))
(assert
 (let (($x9 (not false)))
 (=> holds_ITB-PUMP-2 $x9)))
(assert
 (let ((?x13 (* cerebral_child_l0_step_3_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x14 (- ?x13 cerebral_child_l0_step_3_daily_dose_ug)))
 (let (($x15 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_3_daily_dose_ug) ?x14) (<= ?x14 (* (/ 1.0 100.0) cerebral_child_l0_step_3_daily_dose_ug)))))
 (let ((?x16 (* cerebral_child_l0_step_2_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x17 (- ?x16 cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x18 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_2_daily_dose_ug) ?x17) (<= ?x17 (* (/ 1.0 100.0) cerebral_child_l0_step_2_daily_dose_ug)))))
 (let ((?x19 (* cerebral_child_l0_step_1_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x20 (- ?x19 cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x21 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_1_daily_dose_ug) ?x20) (<= ?x20 (* (/ 1.0 100.0) cerebral_child_l0_step_1_daily_dose_ug)))))
 (let ((?x22 (* cerebral_child_l0_step_0_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x23 (- ?x22 cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x24 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_0_daily_dose_ug) ?x23) (<= ?x23 (* (/ 1.0 100.0) cerebral_child_l0_step_0_daily_dose_ug)))))
 (let (($x25 (= cerebral_child_l0_concentration_ug_ml cerebral_child_l0_refill_1_concentration_ug_ml)))
 (let (($x26 (not $x25)))
 (let (($x27 (= cerebral_child_l0_concentration_ug_ml cerebral_child_l0_refill_0_concentration_ug_ml)))
 (let (($x28 (not $x27)))
 (let (($x29 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_3_h)))
 (let (($x30 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_3_h)))
 (let (($x31 (and (ite $x30 true (ite $x29 true false)) (not (ite $x30 $x25 (ite $x29 $x27 false))))))
 (let (($x32 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_2_h)))
 (let (($x33 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_2_h)))
 (let (($x34 (and (ite $x33 true (ite $x32 true false)) (not (ite $x33 $x25 (ite $x32 $x27 false))))))
 (let (($x35 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_1_h)))
 (let (($x36 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_1_h)))
 (let (($x37 (and (ite $x36 true (ite $x35 true false)) (not (ite $x36 $x25 (ite $x35 $x27 false))))))
 (let (($x38 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h)))
 (let (($x39 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_0_h)))
 (let (($x40 (and (ite $x39 true (ite $x38 true false)) (not (ite $x39 $x25 (ite $x38 $x27 false))))))
 (let (($x41 (or $x40 $x37 $x34 $x31 $x28 $x26 (not $x24) (not $x21) (not $x18) (not $x15))))
 (let (($x42 (not $x41)))
 (=> holds_ITB-PUMP-3 $x42))))))))))))))))))))))))))))))))
(assert
 (let ((?x43 (- cerebral_child_l0_end_h cerebral_child_l0_step_3_h)))
 (let ((?x44 (/ cerebral_child_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x45 (/ ?x44 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x46 (- cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h)))
 (let ((?x47 (/ cerebral_child_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x48 (/ ?x47 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x49 (- cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h)))
 (let ((?x50 (/ cerebral_child_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x51 (/ ?x50 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x52 (- cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h)))
 (let ((?x53 (/ cerebral_child_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x54 (/ ?x53 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x55 (+ 0.0 (* ?x54 ?x52))))
 (let ((?x56 (+ ?x55 (* ?x51 ?x49))))
 (let ((?x57 (+ ?x56 (* ?x48 ?x46))))
 (let ((?x58 (+ ?x57 (* ?x45 ?x43))))
 (let ((?x59 (+ ?x57 (* ?x45 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_3_h)))))
 (let ((?x60 (+ ?x56 (* ?x48 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_2_h)))))
 (let ((?x61 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_3_h) ?x60 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_end_h) ?x59 ?x58))))
 (let ((?x62 (+ ?x55 (* ?x51 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_1_h)))))
 (let ((?x63 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_2_h) ?x62 ?x61)))
 (let ((?x64 (+ 0.0 (* ?x54 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_0_h)))))
 (let ((?x65 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_1_h) ?x64 ?x63)))
 (let ((?x66 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_0_h) 0.0 ?x65)))
 (let (($x67 (<= t_0 cerebral_child_l0_end_h)))
 (let ((?x68 (ite $x67 (+ ?x57 (* ?x45 (- t_0 cerebral_child_l0_step_3_h))) ?x58)))
 (let ((?x69 (ite (<= t_0 cerebral_child_l0_step_3_h) (+ ?x56 (* ?x48 (- t_0 cerebral_child_l0_step_2_h))) ?x68)))
 (let ((?x70 (ite (<= t_0 cerebral_child_l0_step_2_h) (+ ?x55 (* ?x51 (- t_0 cerebral_child_l0_step_1_h))) ?x69)))
 (let ((?x71 (ite (<= t_0 cerebral_child_l0_step_1_h) (+ 0.0 (* ?x54 (- t_0 cerebral_child_l0_step_0_h))) ?x70)))
 (let ((?x72 (ite (<= t_0 cerebral_child_l0_step_0_h) 0.0 ?x71)))
 (let ((?x73 (+ ?x57 (* ?x45 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_3_h)))))
 (let (($x74 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_end_h)))
 (let ((?x75 (+ ?x56 (* ?x48 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_2_h)))))
 (let (($x29 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_3_h)))
 (let ((?x76 (+ ?x55 (* ?x51 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_1_h)))))
 (let (($x32 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_2_h)))
 (let ((?x77 (+ 0.0 (* ?x54 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h)))))
 (let (($x35 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_1_h)))
 (let (($x38 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h)))
 (let ((?x78 (ite $x38 0.0 (ite $x35 ?x77 (ite $x32 ?x76 (ite $x29 ?x75 (ite $x74 ?x73 ?x58)))))))
 (let ((?x79 (ite (< cerebral_child_l0_refill_0_h t_0) (- cerebral_child_l0_refill_0_volume_ml (+ (- ?x72 ?x78) 0.0)) (- 0.0 (+ (- ?x72 ?x66) 0.0)))))
 (let ((?x80 (+ ?x57 (* ?x45 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_3_h)))))
 (let (($x81 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_end_h)))
 (let ((?x82 (+ ?x56 (* ?x48 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_2_h)))))
 (let (($x30 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_3_h)))
 (let ((?x83 (+ ?x55 (* ?x51 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_1_h)))))
 (let (($x33 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_2_h)))
 (let ((?x84 (+ 0.0 (* ?x54 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_0_h)))))
 (let (($x36 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_1_h)))
 (let (($x39 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_0_h)))
 (let ((?x85 (ite $x39 0.0 (ite $x36 ?x84 (ite $x33 ?x83 (ite $x30 ?x82 (ite $x81 ?x80 ?x58)))))))
 (let ((?x86 (ite (< cerebral_child_l0_refill_1_h t_0) (- cerebral_child_l0_refill_1_volume_ml (+ (- ?x72 ?x85) 0.0)) ?x79)))
 (let ((?x87 (ite (<= 0.0 cerebral_child_l0_step_0_h) cerebral_child_l0_step_0_h 0.0)))
 (let (($x88 (or (and (< ?x87 t_0) $x67 (not (> ?x86 cerebral_child_l0_alarm_ml))))))
 (let (($x89 (not $x88)))
 (=> holds_ITB-PUMP-4 $x89)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x90 (not (>= 1848.0 (- cerebral_child_l0_end_h cerebral_child_l0_refill_1_h)))))
 (let (($x91 (>= 1848.0 (- cerebral_child_l0_refill_1_h cerebral_child_l0_refill_0_h))))
 (let (($x92 (not (or (not $x91) $x90))))
 (=> holds_ITB-PUMP-5 $x92)))))
(assert
 (let (($x93 (and (ite (= cerebral_child_l0_bolus_1_via 0) false true) (not cerebral_child_l0_bolus_1_emergency))))
 (let (($x94 (and (ite (= cerebral_child_l0_bolus_0_via 0) false true) (not cerebral_child_l0_bolus_0_emergency))))
 (let (($x95 (not (or $x94 $x93))))
 (=> holds_ITB-PUMP-6 $x95)))))
(assert
 (let (($x96 (not (or (not (ite (= cerebral_child_l0_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x96)))
(assert
 (let (($x97 (and (< 0.0 cerebral_child_l0_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_3_concentration_ug_ml))))
 (let (($x98 (and (< 0.0 cerebral_child_l0_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_2_concentration_ug_ml))))
 (let (($x99 (and (< 0.0 cerebral_child_l0_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_1_concentration_ug_ml))))
 (let (($x100 (and (< 0.0 cerebral_child_l0_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_0_concentration_ug_ml))))
 (let (($x101 (and (< 0.0 cerebral_child_l0_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_concentration_ug_ml))))
 (let (($x102 (not $x101)))
 (let (($x103 (and (< 0.0 cerebral_child_l0_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_refill_1_concentration_ug_ml))))
 (let (($x104 (and (< 0.0 cerebral_child_l0_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_refill_0_concentration_ug_ml))))
 (let (($x105 (= 2000.0 cerebral_child_l0_refill_1_concentration_ug_ml)))
 (let (($x106 (= 500.0 cerebral_child_l0_refill_1_concentration_ug_ml)))
 (let (($x107 (= 50.0 cerebral_child_l0_refill_1_concentration_ug_ml)))
 (let (($x108 (= cerebral_child_l0_refill_1_diluent 0)))
 (let (($x109 (ite $x108 true (ite (= cerebral_child_l0_refill_1_diluent 1) false false))))
 (let (($x110 (= 2000.0 cerebral_child_l0_refill_0_concentration_ug_ml)))
 (let (($x111 (= 500.0 cerebral_child_l0_refill_0_concentration_ug_ml)))
 (let (($x112 (= 50.0 cerebral_child_l0_refill_0_concentration_ug_ml)))
 (let (($x113 (= cerebral_child_l0_refill_0_diluent 0)))
 (let (($x114 (ite $x113 true (ite (= cerebral_child_l0_refill_0_diluent 1) false false))))
 (let (($x115 (ite $x108 false (ite (= cerebral_child_l0_refill_1_diluent 1) true false))))
 (let (($x116 (ite $x113 false (ite (= cerebral_child_l0_refill_0_diluent 1) true false))))
 (let (($x117 (or (not (or $x114 $x116)) (not (or $x109 $x115)) (and $x114 (not (or $x112 $x111 $x110))) (and $x109 (not (or $x107 $x106 $x105))) (not $x104) (not $x103) $x102 $x102 $x102 $x102 (not $x100) (not $x99) (not $x98) (not $x97))))
 (let (($x118 (not $x117)))
 (=> holds_ITB-CONC-1 $x118))))))))))))))))))))))))
(assert
 (let (($x119 (or (not (= 50.0 cerebral_child_l0_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l0_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_child_l0_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_child_l0_screening_3_concentration_ug_ml)))))
 (let (($x120 (not $x119)))
 (=> holds_ITB-SCR-1 $x120))))
(assert
 (let (($x121 (not (or (not (>= 50.0 cerebral_child_l0_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x121)))
(assert
 (let (($x122 (or (not (<= 1.0 cerebral_child_l0_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l0_screening_1_duration_min)) (not (<= 1.0 cerebral_child_l0_screening_2_duration_min)) (not (<= 1.0 cerebral_child_l0_screening_3_duration_min)))))
 (let (($x123 (not $x122)))
 (=> holds_ITB-SCR-3 $x123))))
(assert
 (let (($x124 (<= 24.0 (- cerebral_child_l0_screening_3_h cerebral_child_l0_screening_2_h))))
 (let (($x125 (= cerebral_child_l0_screening_2_response 0)))
 (let (($x126 (ite $x125 true false)))
 (let (($x127 (<= 24.0 (- cerebral_child_l0_screening_2_h cerebral_child_l0_screening_1_h))))
 (let (($x128 (= cerebral_child_l0_screening_1_response 0)))
 (let (($x129 (ite $x128 true false)))
 (let (($x130 (<= 24.0 (- cerebral_child_l0_screening_1_h cerebral_child_l0_screening_0_h))))
 (let (($x131 (= cerebral_child_l0_screening_0_response 0)))
 (let (($x132 (ite $x131 true false)))
 (let (($x133 (<= cerebral_child_l0_screening_3_dose_ug (+ cerebral_child_l0_screening_2_dose_ug 25.0))))
 (let (($x134 (<= cerebral_child_l0_screening_2_dose_ug (+ cerebral_child_l0_screening_1_dose_ug 25.0))))
 (let (($x135 (<= cerebral_child_l0_screening_1_dose_ug (+ cerebral_child_l0_screening_0_dose_ug 25.0))))
 (let (($x136 (or (not $x132) (not $x129) (not $x126) (and $x132 (not $x135)) (and $x129 (not $x134)) (and $x126 (not $x133)) (and $x132 (not $x130)) (and $x129 (not $x127)) (and $x126 (not $x124)))))
 (let (($x137 (not $x136)))
 (=> holds_ITB-SCR-4 $x137))))))))))))))))
(assert
 (let (($x138 (or (not (>= 100.0 cerebral_child_l0_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l0_screening_1_dose_ug)) (not (>= 100.0 cerebral_child_l0_screening_2_dose_ug)) (not (>= 100.0 cerebral_child_l0_screening_3_dose_ug)))))
 (let (($x139 (not $x138)))
 (=> holds_ITB-SCR-5 $x139))))
(assert
 (let (($x140 (= cerebral_child_l0_screening_3_response 0)))
 (let (($x141 (ite $x140 false true)))
 (let (($x142 (and $x141 (<= cerebral_child_l0_screening_3_h cerebral_child_l0_step_0_h))))
 (let (($x125 (= cerebral_child_l0_screening_2_response 0)))
 (let (($x143 (ite $x125 false true)))
 (let (($x144 (and $x143 (<= cerebral_child_l0_screening_2_h cerebral_child_l0_step_0_h))))
 (let (($x128 (= cerebral_child_l0_screening_1_response 0)))
 (let (($x145 (ite $x128 false true)))
 (let (($x146 (and $x145 (<= cerebral_child_l0_screening_1_h cerebral_child_l0_step_0_h))))
 (let (($x131 (= cerebral_child_l0_screening_0_response 0)))
 (let (($x147 (ite $x131 false true)))
 (let (($x148 (and $x147 (<= cerebral_child_l0_screening_0_h cerebral_child_l0_step_0_h))))
 (let (($x149 (not (or (not (or $x148 $x146 $x144 $x142))))))
 (=> holds_ITB-SCR-6 $x149)))))))))))))))
(assert
 (let ((?x150 (* 2.0 cerebral_child_l0_screening_3_dose_ug)))
 (let ((?x151 (ite (>= 12.0 cerebral_child_l0_screening_3_effect_h) ?x150 cerebral_child_l0_screening_3_dose_ug)))
 (let (($x140 (= cerebral_child_l0_screening_3_response 0)))
 (let (($x141 (ite $x140 false true)))
 (let ((?x152 (* 2.0 cerebral_child_l0_screening_2_dose_ug)))
 (let ((?x153 (ite (>= 12.0 cerebral_child_l0_screening_2_effect_h) ?x152 cerebral_child_l0_screening_2_dose_ug)))
 (let (($x125 (= cerebral_child_l0_screening_2_response 0)))
 (let (($x143 (ite $x125 false true)))
 (let ((?x154 (* 2.0 cerebral_child_l0_screening_1_dose_ug)))
 (let ((?x155 (ite (>= 12.0 cerebral_child_l0_screening_1_effect_h) ?x154 cerebral_child_l0_screening_1_dose_ug)))
 (let (($x128 (= cerebral_child_l0_screening_1_response 0)))
 (let (($x145 (ite $x128 false true)))
 (let ((?x156 (* 2.0 cerebral_child_l0_screening_0_dose_ug)))
 (let ((?x157 (ite (>= 12.0 cerebral_child_l0_screening_0_effect_h) ?x156 cerebral_child_l0_screening_0_dose_ug)))
 (let (($x131 (= cerebral_child_l0_screening_0_response 0)))
 (let (($x147 (ite $x131 false true)))
 (let (($x158 (or (and $x147 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x157))) (and $x145 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x155))) (and $x143 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x153))) (and $x141 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x151))))))
 (let (($x159 (not $x158)))
 (=> holds_ITB-INIT-1 $x159))))))))))))))))))))
(assert
 (let (($x160 (not (<= 24.0 (- cerebral_child_l0_step_3_h cerebral_child_l0_step_0_h)))))
 (let (($x161 (> cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x162 (not (<= 24.0 (- cerebral_child_l0_step_2_h cerebral_child_l0_step_0_h)))))
 (let (($x163 (> cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x164 (not (<= 24.0 (- cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h)))))
 (let (($x165 (> cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x166 (not (or (and $x165 $x164) (and $x163 $x162) (and $x161 $x160)))))
 (=> holds_ITB-INIT-2 $x166)))))))))
(assert
 (let ((?x167 (* (/ 23.0 20.0) cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x161 (> cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let ((?x168 (* (/ 23.0 20.0) cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x163 (> cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let ((?x169 (* (/ 23.0 20.0) cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x165 (> cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x170 (or (and $x165 (not (<= cerebral_child_l0_step_1_daily_dose_ug ?x169))) (and $x163 (not (<= cerebral_child_l0_step_2_daily_dose_ug ?x168))) (and $x161 (not (<= cerebral_child_l0_step_3_daily_dose_ug ?x167))))))
 (let (($x171 (not $x170)))
 (=> holds_ITB-TITR-1 $x171))))))))))
(assert
 (let ((?x172 (ite cerebral_child_l0_programmable 24.0 48.0)))
 (let (($x173 (not (>= (- cerebral_child_l0_step_3_h cerebral_child_l0_step_3_h) ?x172))))
 (let (($x161 (> cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x174 (and $x161 (and (< cerebral_child_l0_step_3_h cerebral_child_l0_step_3_h) $x161) $x173)))
 (let (($x175 (not (>= (- cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h) ?x172))))
 (let (($x163 (> cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x176 (and $x161 (and (< cerebral_child_l0_step_2_h cerebral_child_l0_step_3_h) $x163) $x175)))
 (let (($x177 (not (>= (- cerebral_child_l0_step_3_h cerebral_child_l0_step_1_h) ?x172))))
 (let (($x165 (> cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x178 (and $x161 (and (< cerebral_child_l0_step_1_h cerebral_child_l0_step_3_h) $x165) $x177)))
 (let (($x179 (not (>= (- cerebral_child_l0_step_2_h cerebral_child_l0_step_3_h) ?x172))))
 (let (($x180 (and $x163 (and (< cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h) $x161) $x179)))
 (let (($x181 (not (>= (- cerebral_child_l0_step_2_h cerebral_child_l0_step_2_h) ?x172))))
 (let (($x182 (and $x163 (and (< cerebral_child_l0_step_2_h cerebral_child_l0_step_2_h) $x163) $x181)))
 (let (($x183 (not (>= (- cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h) ?x172))))
 (let (($x184 (and $x163 (and (< cerebral_child_l0_step_1_h cerebral_child_l0_step_2_h) $x165) $x183)))
 (let (($x185 (not (>= (- cerebral_child_l0_step_1_h cerebral_child_l0_step_3_h) ?x172))))
 (let (($x186 (and $x165 (and (< cerebral_child_l0_step_3_h cerebral_child_l0_step_1_h) $x161) $x185)))
 (let (($x187 (not (>= (- cerebral_child_l0_step_1_h cerebral_child_l0_step_2_h) ?x172))))
 (let (($x188 (and $x165 (and (< cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h) $x163) $x187)))
 (let (($x189 (not (>= (- cerebral_child_l0_step_1_h cerebral_child_l0_step_1_h) ?x172))))
 (let (($x190 (and $x165 (and (< cerebral_child_l0_step_1_h cerebral_child_l0_step_1_h) $x165) $x189)))
 (let (($x191 (not (or $x190 $x188 $x186 $x184 $x182 $x180 $x178 $x176 $x174))))
 (=> holds_ITB-TITR-2 $x191)))))))))))))))))))))))))
(assert
 (let ((?x192 (ite (<= cerebral_child_l0_step_1_h w_0) cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let ((?x193 (ite (<= cerebral_child_l0_step_2_h w_0) cerebral_child_l0_step_2_daily_dose_ug ?x192)))
 (let ((?x194 (ite (<= cerebral_child_l0_step_3_h w_0) cerebral_child_l0_step_3_daily_dose_ug ?x193)))
 (let (($x195 (and (<= (- w_0 24.0) cerebral_child_l0_bolus_1_h) (< cerebral_child_l0_bolus_1_h w_0))))
 (let (($x196 (and (<= (- w_0 24.0) cerebral_child_l0_bolus_0_h) (< cerebral_child_l0_bolus_0_h w_0))))
 (let ((?x197 (+ (+ 0.0 (ite $x196 cerebral_child_l0_bolus_0_dose_ug 0.0)) (ite $x195 cerebral_child_l0_bolus_1_dose_ug 0.0))))
 (let ((?x43 (- cerebral_child_l0_end_h cerebral_child_l0_step_3_h)))
 (let ((?x44 (/ cerebral_child_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x46 (- cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h)))
 (let ((?x47 (/ cerebral_child_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x49 (- cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h)))
 (let ((?x50 (/ cerebral_child_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x52 (- cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h)))
 (let ((?x53 (/ cerebral_child_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x198 (+ 0.0 (* ?x53 ?x52))))
 (let ((?x199 (+ ?x198 (* ?x50 ?x49))))
 (let ((?x200 (+ ?x199 (* ?x47 ?x46))))
 (let ((?x201 (+ ?x200 (* ?x44 ?x43))))
 (let ((?x202 (ite (<= (- w_0 24.0) cerebral_child_l0_end_h) (+ ?x200 (* ?x44 (- (- w_0 24.0) cerebral_child_l0_step_3_h))) ?x201)))
 (let ((?x203 (ite (<= (- w_0 24.0) cerebral_child_l0_step_3_h) (+ ?x199 (* ?x47 (- (- w_0 24.0) cerebral_child_l0_step_2_h))) ?x202)))
 (let ((?x204 (ite (<= (- w_0 24.0) cerebral_child_l0_step_2_h) (+ ?x198 (* ?x50 (- (- w_0 24.0) cerebral_child_l0_step_1_h))) ?x203)))
 (let ((?x205 (ite (<= (- w_0 24.0) cerebral_child_l0_step_1_h) (+ 0.0 (* ?x53 (- (- w_0 24.0) cerebral_child_l0_step_0_h))) ?x204)))
 (let ((?x206 (ite (<= w_0 cerebral_child_l0_end_h) (+ ?x200 (* ?x44 (- w_0 cerebral_child_l0_step_3_h))) ?x201)))
 (let ((?x207 (ite (<= w_0 cerebral_child_l0_step_3_h) (+ ?x199 (* ?x47 (- w_0 cerebral_child_l0_step_2_h))) ?x206)))
 (let ((?x208 (ite (<= w_0 cerebral_child_l0_step_2_h) (+ ?x198 (* ?x50 (- w_0 cerebral_child_l0_step_1_h))) ?x207)))
 (let ((?x209 (ite (<= w_0 cerebral_child_l0_step_1_h) (+ 0.0 (* ?x53 (- w_0 cerebral_child_l0_step_0_h))) ?x208)))
 (let ((?x210 (ite (<= w_0 cerebral_child_l0_step_0_h) 0.0 ?x209)))
 (let ((?x211 (- ?x210 (ite (<= (- w_0 24.0) cerebral_child_l0_step_0_h) 0.0 ?x205))))
 (let ((?x212 (ite (>= (- w_0 24.0) cerebral_child_l0_step_0_h) (+ ?x211 ?x197) (* 1.0 ?x194))))
 (let (($x213 (and (<= w_0 cerebral_child_l0_bolus_1_h) (< cerebral_child_l0_bolus_1_h (+ w_0 24.0)))))
 (let (($x214 (and (<= w_0 cerebral_child_l0_bolus_0_h) (< cerebral_child_l0_bolus_0_h (+ w_0 24.0)))))
 (let ((?x215 (+ (+ 0.0 (ite $x214 cerebral_child_l0_bolus_0_dose_ug 0.0)) (ite $x213 cerebral_child_l0_bolus_1_dose_ug 0.0))))
 (let ((?x216 (+ w_0 24.0)))
 (let (($x217 (<= ?x216 cerebral_child_l0_end_h)))
 (let ((?x218 (ite (<= ?x216 cerebral_child_l0_step_3_h) (+ ?x199 (* ?x47 (- ?x216 cerebral_child_l0_step_2_h))) (ite $x217 (+ ?x200 (* ?x44 (- ?x216 cerebral_child_l0_step_3_h))) ?x201))))
 (let ((?x219 (ite (<= ?x216 cerebral_child_l0_step_2_h) (+ ?x198 (* ?x50 (- ?x216 cerebral_child_l0_step_1_h))) ?x218)))
 (let ((?x220 (ite (<= ?x216 cerebral_child_l0_step_1_h) (+ 0.0 (* ?x53 (- ?x216 cerebral_child_l0_step_0_h))) ?x219)))
 (let ((?x221 (+ (- (ite (<= ?x216 cerebral_child_l0_step_0_h) 0.0 ?x220) ?x210) ?x215)))
 (let (($x222 (and (<= cerebral_child_l0_step_0_h w_0) $x217 (not (<= ?x221 (* (/ 23.0 20.0) ?x212))))))
 (let (($x223 (not (or $x222))))
 (=> holds_ITB-TITR-3 $x223))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x224 (ite (<= cerebral_child_l0_step_1_h cerebral_child_l0_bolus_1_h) cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
(let ((?x225 (ite (<= cerebral_child_l0_step_2_h cerebral_child_l0_bolus_1_h) cerebral_child_l0_step_2_daily_dose_ug ?x224)))
(let ((?x226 (ite (<= cerebral_child_l0_step_3_h cerebral_child_l0_bolus_1_h) cerebral_child_l0_step_3_daily_dose_ug ?x225)))
(let ((?x227 (ite (< cerebral_child_l0_bolus_1_h cerebral_child_l0_step_0_h) 0.0 ?x226)))
(let (($x228 (<= cerebral_child_l0_bolus_1_dose_ug (ite (>= 100.0 ?x227) 100.0 ?x227))))
(let ((?x229 (ite (<= cerebral_child_l0_step_1_h cerebral_child_l0_bolus_0_h) cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
(let ((?x230 (ite (<= cerebral_child_l0_step_2_h cerebral_child_l0_bolus_0_h) cerebral_child_l0_step_2_daily_dose_ug ?x229)))
(let ((?x231 (ite (<= cerebral_child_l0_step_3_h cerebral_child_l0_bolus_0_h) cerebral_child_l0_step_3_daily_dose_ug ?x230)))
(let ((?x232 (ite (< cerebral_child_l0_bolus_0_h cerebral_child_l0_step_0_h) 0.0 ?x231)))
(let (($x233 (<= cerebral_child_l0_bolus_0_dose_ug (ite (>= 100.0 ?x232) 100.0 ?x232))))
(let (($x234 (not (or (not $x233) (not $x228)))))
(=> holds_ITB-DOSE-3 $x234)))))))))))))
(check-sat)
