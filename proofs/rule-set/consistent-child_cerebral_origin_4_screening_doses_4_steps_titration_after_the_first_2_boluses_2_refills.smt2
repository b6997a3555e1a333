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
 (let (($x1 (>= cerebral_child_l0_step_3_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l0_step_2_daily_dose_ug))))
 (let (($x2 (< cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x3 (>= cerebral_child_l0_step_2_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l0_step_1_daily_dose_ug))))
 (let (($x4 (< cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x5 (>= cerebral_child_l0_step_1_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l0_step_0_daily_dose_ug))))
 (let (($x6 (< cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x7 (or (and $x6 (not $x5)) (and $x4 (not $x3)) (and $x2 (not $x1)))))
 (=> holds_ITB-STOP-1 (not $x7))))))))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-STOP-2 $x8)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 cerebral_child_l0_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 cerebral_child_l0_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or cerebral_child_l0_infection))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-1 $x8)))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-2 $x8)))
(assert
 (let ((?x9 (* cerebral_child_l0_step_3_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x10 (- ?x9 cerebral_child_l0_step_3_daily_dose_ug)))
 (let (($x11 (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_3_daily_dose_ug) ?x10)))
 (let (($x12 (and $x11 (<= ?x10 (* (/ 1.0 100.0) cerebral_child_l0_step_3_daily_dose_ug)))))
 (let ((?x13 (* cerebral_child_l0_step_2_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x14 (- ?x13 cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x15 (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_2_daily_dose_ug) ?x14)))
 (let (($x16 (and $x15 (<= ?x14 (* (/ 1.0 100.0) cerebral_child_l0_step_2_daily_dose_ug)))))
 (let ((?x17 (* cerebral_child_l0_step_1_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x18 (- ?x17 cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x19 (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_1_daily_dose_ug) ?x18)))
 (let (($x20 (and $x19 (<= ?x18 (* (/ 1.0 100.0) cerebral_child_l0_step_1_daily_dose_ug)))))
 (let ((?x21 (* cerebral_child_l0_step_0_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x22 (- ?x21 cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x23 (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_0_daily_dose_ug) ?x22)))
 (let (($x24 (and $x23 (<= ?x22 (* (/ 1.0 100.0) cerebral_child_l0_step_0_daily_dose_ug)))))
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
 (let (($x41 (or $x40 $x37 $x34 $x31 $x28 $x26 (not $x24) (not $x20) (not $x16) (not $x12))))
 (=> holds_ITB-PUMP-3 (not $x41))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x42 (/ cerebral_child_l0_bolus_1_dose_ug cerebral_child_l0_concentration_ug_ml)))
 (let (($x43 (= cerebral_child_l0_bolus_1_h cerebral_child_l0_end_h)))
 (let ((?x44 (ite (and (ite (= cerebral_child_l0_bolus_1_via 0) true false) $x43) ?x42 0.0)))
 (let ((?x45 (/ cerebral_child_l0_bolus_0_dose_ug cerebral_child_l0_concentration_ug_ml)))
 (let (($x46 (= cerebral_child_l0_bolus_0_h cerebral_child_l0_end_h)))
 (let ((?x47 (ite (and (ite (= cerebral_child_l0_bolus_0_via 0) true false) $x46) ?x45 0.0)))
 (let ((?x48 (- cerebral_child_l0_end_h cerebral_child_l0_step_3_h)))
 (let ((?x49 (/ cerebral_child_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x50 (/ ?x49 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x51 (- cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h)))
 (let ((?x52 (/ cerebral_child_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x53 (/ ?x52 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x54 (- cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h)))
 (let ((?x55 (/ cerebral_child_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x56 (/ ?x55 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x57 (- cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h)))
 (let ((?x58 (/ cerebral_child_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x59 (/ ?x58 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x60 (+ 0.0 (* ?x59 ?x57))))
 (let ((?x61 (+ ?x60 (* ?x56 ?x54))))
 (let ((?x62 (+ ?x61 (* ?x53 ?x51))))
 (let ((?x63 (+ ?x62 (* ?x50 ?x48))))
 (let ((?x64 (+ ?x62 (* ?x50 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_3_h)))))
 (let ((?x65 (+ ?x61 (* ?x53 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_2_h)))))
 (let ((?x66 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_3_h) ?x65 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_end_h) ?x64 ?x63))))
 (let ((?x67 (+ ?x60 (* ?x56 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_1_h)))))
 (let ((?x68 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_2_h) ?x67 ?x66)))
 (let ((?x69 (+ 0.0 (* ?x59 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_0_h)))))
 (let ((?x70 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_1_h) ?x69 ?x68)))
 (let ((?x71 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_0_h) 0.0 ?x70)))
 (let ((?x72 (+ ?x61 (* ?x53 (- cerebral_child_l0_end_h cerebral_child_l0_step_2_h)))))
 (let ((?x73 (ite (<= cerebral_child_l0_end_h cerebral_child_l0_step_3_h) ?x72 (ite (<= cerebral_child_l0_end_h cerebral_child_l0_end_h) ?x63 ?x63))))
 (let ((?x74 (+ ?x60 (* ?x56 (- cerebral_child_l0_end_h cerebral_child_l0_step_1_h)))))
 (let ((?x75 (+ 0.0 (* ?x59 (- cerebral_child_l0_end_h cerebral_child_l0_step_0_h)))))
 (let ((?x76 (ite (<= cerebral_child_l0_end_h cerebral_child_l0_step_1_h) ?x75 (ite (<= cerebral_child_l0_end_h cerebral_child_l0_step_2_h) ?x74 ?x73))))
 (let ((?x77 (ite (<= cerebral_child_l0_end_h cerebral_child_l0_step_0_h) 0.0 ?x76)))
 (let ((?x78 (+ ?x62 (* ?x50 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_3_h)))))
 (let (($x79 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_end_h)))
 (let ((?x80 (+ ?x61 (* ?x53 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_2_h)))))
 (let (($x29 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_3_h)))
 (let ((?x81 (+ ?x60 (* ?x56 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_1_h)))))
 (let (($x32 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_2_h)))
 (let ((?x82 (+ 0.0 (* ?x59 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h)))))
 (let (($x35 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_1_h)))
 (let (($x38 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h)))
 (let ((?x83 (ite $x38 0.0 (ite $x35 ?x82 (ite $x32 ?x81 (ite $x29 ?x80 (ite $x79 ?x78 ?x63)))))))
 (let ((?x84 (ite (< cerebral_child_l0_refill_0_h cerebral_child_l0_end_h) (- cerebral_child_l0_refill_0_volume_ml (+ (- ?x77 ?x83) 0.0)) (- 0.0 (+ (- ?x77 ?x71) 0.0)))))
 (let ((?x85 (+ ?x62 (* ?x50 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_3_h)))))
 (let (($x86 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_end_h)))
 (let ((?x87 (+ ?x61 (* ?x53 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_2_h)))))
 (let (($x30 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_3_h)))
 (let ((?x88 (+ ?x60 (* ?x56 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_1_h)))))
 (let (($x33 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_2_h)))
 (let ((?x89 (+ 0.0 (* ?x59 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_0_h)))))
 (let (($x36 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_1_h)))
 (let (($x39 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_0_h)))
 (let ((?x90 (ite $x39 0.0 (ite $x36 ?x89 (ite $x33 ?x88 (ite $x30 ?x87 (ite $x86 ?x85 ?x63)))))))
 (let ((?x91 (ite (< cerebral_child_l0_refill_1_h cerebral_child_l0_end_h) (- cerebral_child_l0_refill_1_volume_ml (+ (- ?x77 ?x90) 0.0)) ?x84)))
 (let (($x92 (> (- ?x91 (* 1.0 (+ (+ 0.0 ?x47) ?x44))) cerebral_child_l0_alarm_ml)))
 (let (($x93 (or (= cerebral_child_l0_refill_0_h cerebral_child_l0_end_h) (= cerebral_child_l0_refill_1_h cerebral_child_l0_end_h))))
 (let (($x94 (not $x93)))
 (let (($x95 (<= t_0 cerebral_child_l0_end_h)))
 (let ((?x96 (ite $x95 (+ ?x62 (* ?x50 (- t_0 cerebral_child_l0_step_3_h))) ?x63)))
 (let ((?x97 (ite (<= t_0 cerebral_child_l0_step_3_h) (+ ?x61 (* ?x53 (- t_0 cerebral_child_l0_step_2_h))) ?x96)))
 (let ((?x98 (ite (<= t_0 cerebral_child_l0_step_2_h) (+ ?x60 (* ?x56 (- t_0 cerebral_child_l0_step_1_h))) ?x97)))
 (let ((?x99 (ite (<= t_0 cerebral_child_l0_step_1_h) (+ 0.0 (* ?x59 (- t_0 cerebral_child_l0_step_0_h))) ?x98)))
 (let ((?x100 (ite (<= t_0 cerebral_child_l0_step_0_h) 0.0 ?x99)))
 (let ((?x101 (ite (< cerebral_child_l0_refill_0_h t_0) (- cerebral_child_l0_refill_0_volume_ml (+ (- ?x100 ?x83) 0.0)) (- 0.0 (+ (- ?x100 ?x71) 0.0)))))
 (let ((?x102 (ite (< cerebral_child_l0_refill_1_h t_0) (- cerebral_child_l0_refill_1_volume_ml (+ (- ?x100 ?x90) 0.0)) ?x101)))
 (let ((?x103 (ite (<= 0.0 cerebral_child_l0_step_0_h) cerebral_child_l0_step_0_h 0.0)))
 (let (($x104 (or (and (< ?x103 t_0) $x95 (not (> ?x102 cerebral_child_l0_alarm_ml))) (and $x94 (not $x92)))))
 (=> holds_ITB-PUMP-4 (not $x104))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x105 (not (>= 1848.0 (- cerebral_child_l0_end_h cerebral_child_l0_refill_1_h)))))
 (let (($x106 (>= 1848.0 (- cerebral_child_l0_refill_1_h cerebral_child_l0_refill_0_h))))
 (=> holds_ITB-PUMP-5 (not (or (not $x106) $x105))))))
(assert
 (let (($x107 (not cerebral_child_l0_bolus_1_emergency)))
 (let (($x108 (not cerebral_child_l0_bolus_0_emergency)))
 (let (($x109 (or (and (ite (= cerebral_child_l0_bolus_0_via 0) false true) $x108) (and (ite (= cerebral_child_l0_bolus_1_via 0) false true) $x107))))
 (=> holds_ITB-PUMP-6 (not $x109))))))
(assert
 (let (($x110 (not (or (not (ite (= cerebral_child_l0_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x110)))
(assert
 (let (($x111 (and (< 0.0 cerebral_child_l0_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_3_concentration_ug_ml))))
 (let (($x112 (and (< 0.0 cerebral_child_l0_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_2_concentration_ug_ml))))
 (let (($x113 (and (< 0.0 cerebral_child_l0_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_1_concentration_ug_ml))))
 (let (($x114 (and (< 0.0 cerebral_child_l0_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_0_concentration_ug_ml))))
 (let (($x115 (and (< 0.0 cerebral_child_l0_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_concentration_ug_ml))))
 (let (($x116 (not $x115)))
 (let (($x117 (and (< 0.0 cerebral_child_l0_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_refill_1_concentration_ug_ml))))
 (let (($x118 (and (< 0.0 cerebral_child_l0_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_refill_0_concentration_ug_ml))))
 (let (($x119 (or (= 50.0 cerebral_child_l0_refill_1_concentration_ug_ml) (= 500.0 cerebral_child_l0_refill_1_concentration_ug_ml) (= 2000.0 cerebral_child_l0_refill_1_concentration_ug_ml))))
 (let (($x120 (= cerebral_child_l0_refill_1_diluent 0)))
 (let (($x121 (ite $x120 true (ite (= cerebral_child_l0_refill_1_diluent 1) false false))))
 (let (($x122 (or (= 50.0 cerebral_child_l0_refill_0_concentration_ug_ml) (= 500.0 cerebral_child_l0_refill_0_concentration_ug_ml) (= 2000.0 cerebral_child_l0_refill_0_concentration_ug_ml))))
 (let (($x123 (= cerebral_child_l0_refill_0_diluent 0)))
 (let (($x124 (ite $x123 true (ite (= cerebral_child_l0_refill_0_diluent 1) false false))))
 (let (($x125 (ite $x120 false (ite (= cerebral_child_l0_refill_1_diluent 1) true false))))
 (let (($x126 (ite $x123 false (ite (= cerebral_child_l0_refill_0_diluent 1) true false))))
 (let (($x127 (or (not (or $x124 $x126)) (not (or $x121 $x125)) (and $x124 (not $x122)) (and $x121 (not $x119)) (not $x118) (not $x117) $x116 $x116 $x116 $x116 (not $x114) (not $x113) (not $x112) (not $x111))))
 (=> holds_ITB-CONC-1 (not $x127))))))))))))))))))))
(assert
 (let (($x128 (or (not (= 50.0 cerebral_child_l0_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l0_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_child_l0_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_child_l0_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x128))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 cerebral_child_l0_screening_0_dose_ug))))))
(assert
 (let (($x129 (or (not (<= 1.0 cerebral_child_l0_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l0_screening_1_duration_min)) (not (<= 1.0 cerebral_child_l0_screening_2_duration_min)) (not (<= 1.0 cerebral_child_l0_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x129))))
(assert
 (let (($x130 (<= 24.0 (- cerebral_child_l0_screening_3_h cerebral_child_l0_screening_2_h))))
 (let (($x131 (= cerebral_child_l0_screening_2_response 0)))
 (let (($x132 (ite $x131 true false)))
 (let (($x133 (<= 24.0 (- cerebral_child_l0_screening_2_h cerebral_child_l0_screening_1_h))))
 (let (($x134 (= cerebral_child_l0_screening_1_response 0)))
 (let (($x135 (ite $x134 true false)))
 (let (($x136 (<= 24.0 (- cerebral_child_l0_screening_1_h cerebral_child_l0_screening_0_h))))
 (let (($x137 (= cerebral_child_l0_screening_0_response 0)))
 (let (($x138 (ite $x137 true false)))
 (let (($x139 (<= cerebral_child_l0_screening_3_dose_ug (+ cerebral_child_l0_screening_2_dose_ug 25.0))))
 (let (($x140 (<= cerebral_child_l0_screening_2_dose_ug (+ cerebral_child_l0_screening_1_dose_ug 25.0))))
 (let (($x141 (<= cerebral_child_l0_screening_1_dose_ug (+ cerebral_child_l0_screening_0_dose_ug 25.0))))
 (let (($x142 (or (not $x138) (not $x135) (not $x132) (and $x138 (not $x141)) (and $x135 (not $x140)) (and $x132 (not $x139)) (and $x138 (not $x136)) (and $x135 (not $x133)) (and $x132 (not $x130)))))
 (=> holds_ITB-SCR-4 (not $x142))))))))))))))))
(assert
 (let (($x143 (or (not (>= 100.0 cerebral_child_l0_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l0_screening_1_dose_ug)) (not (>= 100.0 cerebral_child_l0_screening_2_dose_ug)) (not (>= 100.0 cerebral_child_l0_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x143))))
(assert
 (let (($x144 (= cerebral_child_l0_screening_3_response 0)))
 (let (($x145 (ite $x144 false true)))
 (let (($x146 (and $x145 (<= cerebral_child_l0_screening_3_h cerebral_child_l0_step_0_h))))
 (let (($x131 (= cerebral_child_l0_screening_2_response 0)))
 (let (($x147 (ite $x131 false true)))
 (let (($x148 (and $x147 (<= cerebral_child_l0_screening_2_h cerebral_child_l0_step_0_h))))
 (let (($x134 (= cerebral_child_l0_screening_1_response 0)))
 (let (($x149 (ite $x134 false true)))
 (let (($x150 (and $x149 (<= cerebral_child_l0_screening_1_h cerebral_child_l0_step_0_h))))
 (let (($x137 (= cerebral_child_l0_screening_0_response 0)))
 (let (($x151 (ite $x137 false true)))
 (let (($x152 (and $x151 (<= cerebral_child_l0_screening_0_h cerebral_child_l0_step_0_h))))
 (=> holds_ITB-SCR-6 (not (or (not (or $x152 $x150 $x148 $x146))))))))))))))))))
(assert
 (let ((?x153 (* 2.0 cerebral_child_l0_screening_3_dose_ug)))
 (let ((?x154 (ite (>= 12.0 cerebral_child_l0_screening_3_effect_h) ?x153 cerebral_child_l0_screening_3_dose_ug)))
 (let (($x144 (= cerebral_child_l0_screening_3_response 0)))
 (let (($x145 (ite $x144 false true)))
 (let ((?x155 (* 2.0 cerebral_child_l0_screening_2_dose_ug)))
 (let ((?x156 (ite (>= 12.0 cerebral_child_l0_screening_2_effect_h) ?x155 cerebral_child_l0_screening_2_dose_ug)))
 (let (($x131 (= cerebral_child_l0_screening_2_response 0)))
 (let (($x147 (ite $x131 false true)))
 (let ((?x157 (* 2.0 cerebral_child_l0_screening_1_dose_ug)))
 (let ((?x158 (ite (>= 12.0 cerebral_child_l0_screening_1_effect_h) ?x157 cerebral_child_l0_screening_1_dose_ug)))
 (let (($x134 (= cerebral_child_l0_screening_1_response 0)))
 (let (($x149 (ite $x134 false true)))
 (let ((?x159 (* 2.0 cerebral_child_l0_screening_0_dose_ug)))
 (let ((?x160 (ite (>= 12.0 cerebral_child_l0_screening_0_effect_h) ?x159 cerebral_child_l0_screening_0_dose_ug)))
 (let (($x137 (= cerebral_child_l0_screening_0_response 0)))
 (let (($x151 (ite $x137 false true)))
 (let (($x161 (or (and $x151 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x160))) (and $x149 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x158))) (and $x147 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x156))) (and $x145 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x154))))))
 (=> holds_ITB-INIT-1 (not $x161))))))))))))))))))))
(assert
 (let (($x162 (not (<= 24.0 (- cerebral_child_l0_step_3_h cerebral_child_l0_step_0_h)))))
 (let (($x163 (> cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x164 (not (<= 24.0 (- cerebral_child_l0_step_2_h cerebral_child_l0_step_0_h)))))
 (let (($x165 (> cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x166 (not (<= 24.0 (- cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h)))))
 (let (($x167 (> cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x167 $x166) (and $x165 $x164) (and $x163 $x162)))))))))))
(assert
 (let (($x168 (<= cerebral_child_l0_step_3_daily_dose_ug (* (/ 23.0 20.0) cerebral_child_l0_step_2_daily_dose_ug))))
 (let (($x163 (> cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x169 (<= cerebral_child_l0_step_2_daily_dose_ug (* (/ 23.0 20.0) cerebral_child_l0_step_1_daily_dose_ug))))
 (let (($x165 (> cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x170 (<= cerebral_child_l0_step_1_daily_dose_ug (* (/ 23.0 20.0) cerebral_child_l0_step_0_daily_dose_ug))))
 (let (($x167 (> cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x171 (or (and $x167 (not $x170)) (and $x165 (not $x169)) (and $x163 (not $x168)))))
 (=> holds_ITB-TITR-1 (not $x171))))))))))
(assert
 (let ((?x172 (ite cerebral_child_l0_programmable 24.0 48.0)))
 (let (($x173 (not (>= (- cerebral_child_l0_step_3_h cerebral_child_l0_step_3_h) ?x172))))
 (let (($x163 (> cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x174 (and $x163 (and (< cerebral_child_l0_step_3_h cerebral_child_l0_step_3_h) $x163) $x173)))
 (let (($x175 (not (>= (- cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h) ?x172))))
 (let (($x165 (> cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x176 (and $x163 (and (< cerebral_child_l0_step_2_h cerebral_child_l0_step_3_h) $x165) $x175)))
 (let (($x177 (not (>= (- cerebral_child_l0_step_3_h cerebral_child_l0_step_1_h) ?x172))))
 (let (($x167 (> cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x178 (and $x163 (and (< cerebral_child_l0_step_1_h cerebral_child_l0_step_3_h) $x167) $x177)))
 (let (($x179 (not (>= (- cerebral_child_l0_step_2_h cerebral_child_l0_step_3_h) ?x172))))
 (let (($x180 (and $x165 (and (< cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h) $x163) $x179)))
 (let (($x181 (not (>= (- cerebral_child_l0_step_2_h cerebral_child_l0_step_2_h) ?x172))))
 (let (($x182 (and $x165 (and (< cerebral_child_l0_step_2_h cerebral_child_l0_step_2_h) $x165) $x181)))
 (let (($x183 (not (>= (- cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h) ?x172))))
 (let (($x184 (and $x165 (and (< cerebral_child_l0_step_1_h cerebral_child_l0_step_2_h) $x167) $x183)))
 (let (($x185 (not (>= (- cerebral_child_l0_step_1_h cerebral_child_l0_step_3_h) ?x172))))
 (let (($x186 (and $x167 (and (< cerebral_child_l0_step_3_h cerebral_child_l0_step_1_h) $x163) $x185)))
 (let (($x187 (not (>= (- cerebral_child_l0_step_1_h cerebral_child_l0_step_2_h) ?x172))))
 (let (($x188 (and $x167 (and (< cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h) $x165) $x187)))
 (let (($x189 (not (>= (- cerebral_child_l0_step_1_h cerebral_child_l0_step_1_h) ?x172))))
 (let (($x190 (and $x167 (and (< cerebral_child_l0_step_1_h cerebral_child_l0_step_1_h) $x167) $x189)))
 (=> holds_ITB-TITR-2 (not (or $x190 $x188 $x186 $x184 $x182 $x180 $x178 $x176 $x174))))))))))))))))))))))))))
(assert
 (let ((?x191 (ite (<= cerebral_child_l0_step_1_h w_0) cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let ((?x192 (ite (<= cerebral_child_l0_step_2_h w_0) cerebral_child_l0_step_2_daily_dose_ug ?x191)))
 (let ((?x193 (ite (<= cerebral_child_l0_step_3_h w_0) cerebral_child_l0_step_3_daily_dose_ug ?x192)))
 (let (($x194 (and (<= (- w_0 24.0) cerebral_child_l0_bolus_1_h) (< cerebral_child_l0_bolus_1_h w_0))))
 (let (($x195 (and (<= (- w_0 24.0) cerebral_child_l0_bolus_0_h) (< cerebral_child_l0_bolus_0_h w_0))))
 (let ((?x196 (+ (+ 0.0 (ite $x195 cerebral_child_l0_bolus_0_dose_ug 0.0)) (ite $x194 cerebral_child_l0_bolus_1_dose_ug 0.0))))
 (let ((?x48 (- cerebral_child_l0_end_h cerebral_child_l0_step_3_h)))
 (let ((?x49 (/ cerebral_child_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x51 (- cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h)))
 (let ((?x52 (/ cerebral_child_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x54 (- cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h)))
 (let ((?x55 (/ cerebral_child_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x57 (- cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h)))
 (let ((?x58 (/ cerebral_child_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x197 (+ 0.0 (* ?x58 ?x57))))
 (let ((?x198 (+ ?x197 (* ?x55 ?x54))))
 (let ((?x199 (+ ?x198 (* ?x52 ?x51))))
 (let ((?x200 (+ ?x199 (* ?x49 ?x48))))
 (let ((?x201 (ite (<= (- w_0 24.0) cerebral_child_l0_end_h) (+ ?x199 (* ?x49 (- (- w_0 24.0) cerebral_child_l0_step_3_h))) ?x200)))
 (let ((?x202 (ite (<= (- w_0 24.0) cerebral_child_l0_step_3_h) (+ ?x198 (* ?x52 (- (- w_0 24.0) cerebral_child_l0_step_2_h))) ?x201)))
 (let ((?x203 (ite (<= (- w_0 24.0) cerebral_child_l0_step_2_h) (+ ?x197 (* ?x55 (- (- w_0 24.0) cerebral_child_l0_step_1_h))) ?x202)))
 (let ((?x204 (ite (<= (- w_0 24.0) cerebral_child_l0_step_1_h) (+ 0.0 (* ?x58 (- (- w_0 24.0) cerebral_child_l0_step_0_h))) ?x203)))
 (let ((?x205 (ite (<= w_0 cerebral_child_l0_end_h) (+ ?x199 (* ?x49 (- w_0 cerebral_child_l0_step_3_h))) ?x200)))
 (let ((?x206 (ite (<= w_0 cerebral_child_l0_step_3_h) (+ ?x198 (* ?x52 (- w_0 cerebral_child_l0_step_2_h))) ?x205)))
 (let ((?x207 (ite (<= w_0 cerebral_child_l0_step_2_h) (+ ?x197 (* ?x55 (- w_0 cerebral_child_l0_step_1_h))) ?x206)))
 (let ((?x208 (ite (<= w_0 cerebral_child_l0_step_1_h) (+ 0.0 (* ?x58 (- w_0 cerebral_child_l0_step_0_h))) ?x207)))
 (let ((?x209 (ite (<= w_0 cerebral_child_l0_step_0_h) 0.0 ?x208)))
 (let ((?x210 (- ?x209 (ite (<= (- w_0 24.0) cerebral_child_l0_step_0_h) 0.0 ?x204))))
 (let ((?x211 (ite (>= (- w_0 24.0) cerebral_child_l0_step_0_h) (+ ?x210 ?x196) (* 1.0 ?x193))))
 (let ((?x212 (/ 23.0 20.0)))
 (let (($x213 (<= w_0 cerebral_child_l0_bolus_1_h)))
 (let ((?x214 (ite (and $x213 (< cerebral_child_l0_bolus_1_h (+ w_0 24.0))) cerebral_child_l0_bolus_1_dose_ug 0.0)))
 (let (($x215 (<= w_0 cerebral_child_l0_bolus_0_h)))
 (let ((?x216 (ite (and $x215 (< cerebral_child_l0_bolus_0_h (+ w_0 24.0))) cerebral_child_l0_bolus_0_dose_ug 0.0)))
 (let ((?x217 (+ w_0 24.0)))
 (let (($x218 (<= ?x217 cerebral_child_l0_end_h)))
 (let ((?x219 (ite (<= ?x217 cerebral_child_l0_step_3_h) (+ ?x198 (* ?x52 (- ?x217 cerebral_child_l0_step_2_h))) (ite $x218 (+ ?x199 (* ?x49 (- ?x217 cerebral_child_l0_step_3_h))) ?x200))))
 (let ((?x220 (ite (<= ?x217 cerebral_child_l0_step_2_h) (+ ?x197 (* ?x55 (- ?x217 cerebral_child_l0_step_1_h))) ?x219)))
 (let ((?x221 (ite (<= ?x217 cerebral_child_l0_step_1_h) (+ 0.0 (* ?x58 (- ?x217 cerebral_child_l0_step_0_h))) ?x220)))
 (let ((?x222 (+ (- (ite (<= ?x217 cerebral_child_l0_step_0_h) 0.0 ?x221) ?x209) (+ (+ 0.0 ?x216) ?x214))))
 (let (($x223 (and (<= cerebral_child_l0_step_0_h w_0) $x218 (not (<= ?x222 (* ?x212 ?x211))))))
 (=> holds_ITB-TITR-3 (not (or $x223)))))))))))))))))))))))))))))))))))))))))))))
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
(=> holds_ITB-DOSE-3 (not (or (not $x233) (not $x228)))))))))))))))
(check-sat)
