; itbverify 0.1.0: rule-set consistency, child, cerebral origin; 4 screening doses, 4 steps (taper after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_child_l2_age_years () Real)
(declare-fun cerebral_child_l2_months_since_injury () Real)
(declare-fun cerebral_child_l2_reservoir_ml () Real)
(declare-fun cerebral_child_l2_alarm_ml () Real)
(declare-fun cerebral_child_l2_concentration_ug_ml () Real)
(declare-fun cerebral_child_l2_screening_0_h () Real)
(declare-fun cerebral_child_l2_screening_0_dose_ug () Real)
(declare-fun cerebral_child_l2_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l2_screening_0_duration_min () Real)
(declare-fun cerebral_child_l2_screening_0_response () Int)
(declare-fun cerebral_child_l2_screening_0_effect_h () Real)
(declare-fun cerebral_child_l2_screening_1_h () Real)
(declare-fun cerebral_child_l2_screening_1_dose_ug () Real)
(declare-fun cerebral_child_l2_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l2_screening_1_duration_min () Real)
(declare-fun cerebral_child_l2_screening_1_response () Int)
(declare-fun cerebral_child_l2_screening_1_effect_h () Real)
(declare-fun cerebral_child_l2_screening_2_h () Real)
(declare-fun cerebral_child_l2_screening_2_dose_ug () Real)
(declare-fun cerebral_child_l2_screening_2_concentration_ug_ml () Real)
(declare-fun cerebral_child_l2_screening_2_duration_min () Real)
(declare-fun cerebral_child_l2_screening_2_response () Int)
(declare-fun cerebral_child_l2_screening_2_effect_h () Real)
(declare-fun cerebral_child_l2_screening_3_h () Real)
(declare-fun cerebral_child_l2_screening_3_dose_ug () Real)
(declare-fun cerebral_child_l2_screening_3_concentration_ug_ml () Real)
(declare-fun cerebral_child_l2_screening_3_duration_min () Real)
(declare-fun cerebral_child_l2_screening_3_response () Int)
(declare-fun cerebral_child_l2_screening_3_effect_h () Real)
(declare-fun cerebral_child_l2_step_0_h () Real)
(declare-fun cerebral_child_l2_step_0_daily_dose_ug () Real)
(declare-fun cerebral_child_l2_step_0_rate_ml_day () Real)
(declare-fun cerebral_child_l2_step_1_h () Real)
(declare-fun cerebral_child_l2_step_1_daily_dose_ug () Real)
(declare-fun cerebral_child_l2_step_1_rate_ml_day () Real)
(declare-fun cerebral_child_l2_step_2_h () Real)
(declare-fun cerebral_child_l2_step_2_daily_dose_ug () Real)
(declare-fun cerebral_child_l2_step_2_rate_ml_day () Real)
(declare-fun cerebral_child_l2_step_3_h () Real)
(declare-fun cerebral_child_l2_step_3_daily_dose_ug () Real)
(declare-fun cerebral_child_l2_step_3_rate_ml_day () Real)
(declare-fun cerebral_child_l2_end_h () Real)
(declare-fun cerebral_child_l2_refill_0_h () Real)
(declare-fun cerebral_child_l2_refill_0_volume_ml () Real)
(declare-fun cerebral_child_l2_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l2_refill_0_diluent () Int)
(declare-fun cerebral_child_l2_refill_1_h () Real)
(declare-fun cerebral_child_l2_refill_1_volume_ml () Real)
(declare-fun cerebral_child_l2_refill_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l2_refill_1_diluent () Int)
(declare-fun cerebral_child_l2_bolus_0_h () Real)
(declare-fun cerebral_child_l2_bolus_0_dose_ug () Real)
(declare-fun cerebral_child_l2_bolus_0_via () Int)
(declare-fun cerebral_child_l2_bolus_1_h () Real)
(declare-fun cerebral_child_l2_bolus_1_dose_ug () Real)
(declare-fun cerebral_child_l2_bolus_1_via () Int)
(declare-fun cerebral_child_l2_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_child_l2_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_child_l2_bolus_1_emergency () Bool)
(declare-fun cerebral_child_l2_bolus_0_emergency () Bool)
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
(declare-fun cerebral_child_l2_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= cerebral_child_l2_age_years 0.0))
(assert
 (<= cerebral_child_l2_age_years 120.0))
(assert
 (< cerebral_child_l2_age_years 18.0))
(assert
 (>= cerebral_child_l2_months_since_injury 0.0))
(assert
 (<= cerebral_child_l2_months_since_injury 100000.0))
(assert
 (>= cerebral_child_l2_reservoir_ml 0.0))
(assert
 (<= cerebral_child_l2_reservoir_ml 100000.0))
(assert
 (>= cerebral_child_l2_alarm_ml 0.0))
(assert
 (<= cerebral_child_l2_alarm_ml 100000.0))
(assert
 (>= cerebral_child_l2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l2_screening_0_h 0.0))
(assert
 (<= cerebral_child_l2_screening_0_h 100000.0))
(assert
 (>= cerebral_child_l2_screening_0_h 0.0))
(assert
 (>= cerebral_child_l2_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l2_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l2_screening_0_duration_min 0.0))
(assert
 (<= cerebral_child_l2_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_child_l2_screening_0_response 0))
(assert
 (< cerebral_child_l2_screening_0_response 2))
(assert
 (>= cerebral_child_l2_screening_0_effect_h 0.0))
(assert
 (<= cerebral_child_l2_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_child_l2_screening_1_h 0.0))
(assert
 (<= cerebral_child_l2_screening_1_h 100000.0))
(assert
 (>= cerebral_child_l2_screening_1_h cerebral_child_l2_screening_0_h))
(assert
 (>= cerebral_child_l2_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l2_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l2_screening_1_duration_min 0.0))
(assert
 (<= cerebral_child_l2_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_child_l2_screening_1_response 0))
(assert
 (< cerebral_child_l2_screening_1_response 2))
(assert
 (>= cerebral_child_l2_screening_1_effect_h 0.0))
(assert
 (<= cerebral_child_l2_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_child_l2_screening_2_h 0.0))
(assert
 (<= cerebral_child_l2_screening_2_h 100000.0))
(assert
 (>= cerebral_child_l2_screening_2_h cerebral_child_l2_screening_1_h))
(assert
 (>= cerebral_child_l2_screening_2_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_screening_2_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_screening_2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l2_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l2_screening_2_duration_min 0.0))
(assert
 (<= cerebral_child_l2_screening_2_duration_min 100000.0))
(assert
 (>= cerebral_child_l2_screening_2_response 0))
(assert
 (< cerebral_child_l2_screening_2_response 2))
(assert
 (>= cerebral_child_l2_screening_2_effect_h 0.0))
(assert
 (<= cerebral_child_l2_screening_2_effect_h 100000.0))
(assert
 (>= cerebral_child_l2_screening_3_h 0.0))
(assert
 (<= cerebral_child_l2_screening_3_h 100000.0))
(assert
 (>= cerebral_child_l2_screening_3_h cerebral_child_l2_screening_2_h))
(assert
 (>= cerebral_child_l2_screening_3_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_screening_3_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_screening_3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l2_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l2_screening_3_duration_min 0.0))
(assert
 (<= cerebral_child_l2_screening_3_duration_min 100000.0))
(assert
 (>= cerebral_child_l2_screening_3_response 0))
(assert
 (< cerebral_child_l2_screening_3_response 2))
(assert
 (>= cerebral_child_l2_screening_3_effect_h 0.0))
(assert
 (<= cerebral_child_l2_screening_3_effect_h 100000.0))
(assert
 (>= cerebral_child_l2_step_0_h 0.0))
(assert
 (<= cerebral_child_l2_step_0_h 100000.0))
(assert
 (>= cerebral_child_l2_step_0_h cerebral_child_l2_screening_3_h))
(assert
 (>= cerebral_child_l2_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l2_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l2_step_1_h 0.0))
(assert
 (<= cerebral_child_l2_step_1_h 100000.0))
(assert
 (> cerebral_child_l2_step_1_h cerebral_child_l2_step_0_h))
(assert
 (>= cerebral_child_l2_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l2_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l2_step_2_h 0.0))
(assert
 (<= cerebral_child_l2_step_2_h 100000.0))
(assert
 (> cerebral_child_l2_step_2_h cerebral_child_l2_step_1_h))
(assert
 (>= cerebral_child_l2_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l2_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l2_step_3_h 0.0))
(assert
 (<= cerebral_child_l2_step_3_h 100000.0))
(assert
 (> cerebral_child_l2_step_3_h cerebral_child_l2_step_2_h))
(assert
 (>= cerebral_child_l2_step_3_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_step_3_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_step_3_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l2_step_3_rate_ml_day 100000.0))
(assert
 (<= cerebral_child_l2_end_h 100000.0))
(assert
 (>= cerebral_child_l2_end_h cerebral_child_l2_step_3_h))
(assert
 (<= cerebral_child_l2_refill_0_h 100000.0))
(assert
 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_end_h))
(assert
 (>= cerebral_child_l2_refill_0_h cerebral_child_l2_step_0_h))
(assert
 (>= cerebral_child_l2_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_child_l2_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_child_l2_refill_0_volume_ml cerebral_child_l2_reservoir_ml))
(assert
 (>= cerebral_child_l2_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l2_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l2_refill_0_diluent 0))
(assert
 (< cerebral_child_l2_refill_0_diluent 3))
(assert
 (<= cerebral_child_l2_refill_1_h 100000.0))
(assert
 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_end_h))
(assert
 (>= cerebral_child_l2_refill_1_h cerebral_child_l2_step_0_h))
(assert
 (> cerebral_child_l2_refill_1_h cerebral_child_l2_refill_0_h))
(assert
 (>= cerebral_child_l2_refill_1_volume_ml 0.0))
(assert
 (<= cerebral_child_l2_refill_1_volume_ml 100000.0))
(assert
 (<= cerebral_child_l2_refill_1_volume_ml cerebral_child_l2_reservoir_ml))
(assert
 (>= cerebral_child_l2_refill_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l2_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l2_refill_1_diluent 0))
(assert
 (< cerebral_child_l2_refill_1_diluent 3))
(assert
 (= cerebral_child_l2_refill_0_h cerebral_child_l2_step_0_h))
(assert
 (<= cerebral_child_l2_bolus_0_h 100000.0))
(assert
 (>= cerebral_child_l2_bolus_0_h cerebral_child_l2_step_0_h))
(assert
 (<= cerebral_child_l2_bolus_0_h cerebral_child_l2_end_h))
(assert
 (>= cerebral_child_l2_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_bolus_0_via 0))
(assert
 (< cerebral_child_l2_bolus_0_via 2))
(assert
 (<= cerebral_child_l2_bolus_1_h 100000.0))
(assert
 (>= cerebral_child_l2_bolus_1_h cerebral_child_l2_step_0_h))
(assert
 (<= cerebral_child_l2_bolus_1_h cerebral_child_l2_end_h))
(assert
 (>= cerebral_child_l2_bolus_1_h cerebral_child_l2_bolus_0_h))
(assert
 (>= cerebral_child_l2_bolus_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l2_bolus_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l2_bolus_1_via 0))
(assert
 (< cerebral_child_l2_bolus_1_via 2))
(assert
 (>= cerebral_child_l2_route 0))
(assert
 (< cerebral_child_l2_route 2))
(assert
 (let (($x1 (>= cerebral_child_l2_step_3_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l2_step_2_daily_dose_ug))))
 (let (($x2 (< cerebral_child_l2_step_3_daily_dose_ug cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x3 (>= cerebral_child_l2_step_2_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l2_step_1_daily_dose_ug))))
 (let (($x4 (< cerebral_child_l2_step_2_daily_dose_ug cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x5 (>= cerebral_child_l2_step_1_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l2_step_0_daily_dose_ug))))
 (let (($x6 (< cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x7 (or (and $x6 (not $x5)) (and $x4 (not $x3)) (and $x2 (not $x1)))))
 (=> holds_ITB-STOP-1 (not $x7))))))))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-STOP-2 $x8)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 cerebral_child_l2_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 cerebral_child_l2_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or cerebral_child_l2_infection))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-1 $x8)))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-2 $x8)))
(assert
 (let ((?x9 (* cerebral_child_l2_step_3_rate_ml_day cerebral_child_l2_concentration_ug_ml)))
 (let ((?x10 (- ?x9 cerebral_child_l2_step_3_daily_dose_ug)))
 (let (($x11 (<= (* (- (/ 1.0 100.0)) cerebral_child_l2_step_3_daily_dose_ug) ?x10)))
 (let (($x12 (and $x11 (<= ?x10 (* (/ 1.0 100.0) cerebral_child_l2_step_3_daily_dose_ug)))))
 (let ((?x13 (* cerebral_child_l2_step_2_rate_ml_day cerebral_child_l2_concentration_ug_ml)))
 (let ((?x14 (- ?x13 cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x15 (<= (* (- (/ 1.0 100.0)) cerebral_child_l2_step_2_daily_dose_ug) ?x14)))
 (let (($x16 (and $x15 (<= ?x14 (* (/ 1.0 100.0) cerebral_child_l2_step_2_daily_dose_ug)))))
 (let ((?x17 (* cerebral_child_l2_step_1_rate_ml_day cerebral_child_l2_concentration_ug_ml)))
 (let ((?x18 (- ?x17 cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x19 (<= (* (- (/ 1.0 100.0)) cerebral_child_l2_step_1_daily_dose_ug) ?x18)))
 (let (($x20 (and $x19 (<= ?x18 (* (/ 1.0 100.0) cerebral_child_l2_step_1_daily_dose_ug)))))
 (let ((?x21 (* cerebral_child_l2_step_0_rate_ml_day cerebral_child_l2_concentration_ug_ml)))
 (let ((?x22 (- ?x21 cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x23 (<= (* (- (/ 1.0 100.0)) cerebral_child_l2_step_0_daily_dose_ug) ?x22)))
 (let (($x24 (and $x23 (<= ?x22 (* (/ 1.0 100.0) cerebral_child_l2_step_0_daily_dose_ug)))))
 (let (($x25 (= cerebral_child_l2_concentration_ug_ml cerebral_child_l2_refill_1_concentration_ug_ml)))
 (let (($x26 (not $x25)))
 (let (($x27 (= cerebral_child_l2_concentration_ug_ml cerebral_child_l2_refill_0_concentration_ug_ml)))
 (let (($x28 (not $x27)))
 (let (($x29 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_3_h)))
 (let (($x30 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_3_h)))
 (let (($x31 (and (ite $x30 true (ite $x29 true false)) (not (ite $x30 $x25 (ite $x29 $x27 false))))))
 (let (($x32 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_2_h)))
 (let (($x33 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_2_h)))
 (let (($x34 (and (ite $x33 true (ite $x32 true false)) (not (ite $x33 $x25 (ite $x32 $x27 false))))))
 (let (($x35 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_1_h)))
 (let (($x36 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_1_h)))
 (let (($x37 (and (ite $x36 true (ite $x35 true false)) (not (ite $x36 $x25 (ite $x35 $x27 false))))))
 (let (($x38 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_0_h)))
 (let (($x39 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_0_h)))
 (let (($x40 (and (ite $x39 true (ite $x38 true false)) (not (ite $x39 $x25 (ite $x38 $x27 false))))))
 (let (($x41 (or $x40 $x37 $x34 $x31 $x28 $x26 (not $x24) (not $x20) (not $x16) (not $x12))))
 (=> holds_ITB-PUMP-3 (not $x41))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x42 (/ cerebral_child_l2_bolus_1_dose_ug cerebral_child_l2_concentration_ug_ml)))
 (let (($x43 (= cerebral_child_l2_bolus_1_h cerebral_child_l2_end_h)))
 (let (($x44 (and (ite (= cerebral_child_l2_bolus_1_via 0) true false) $x43)))
 (let ((?x45 (/ cerebral_child_l2_bolus_0_dose_ug cerebral_child_l2_concentration_ug_ml)))
 (let (($x46 (= cerebral_child_l2_bolus_0_h cerebral_child_l2_end_h)))
 (let (($x47 (and (ite (= cerebral_child_l2_bolus_0_via 0) true false) $x46)))
 (let ((?x48 (* 1.0 (+ (+ 0.0 (ite $x47 ?x45 0.0)) (ite $x44 ?x42 0.0)))))
 (let ((?x49 (- cerebral_child_l2_end_h cerebral_child_l2_step_3_h)))
 (let ((?x50 (/ cerebral_child_l2_step_3_daily_dose_ug 24.0)))
 (let ((?x51 (/ ?x50 cerebral_child_l2_concentration_ug_ml)))
 (let ((?x52 (- cerebral_child_l2_step_3_h cerebral_child_l2_step_2_h)))
 (let ((?x53 (/ cerebral_child_l2_step_2_daily_dose_ug 24.0)))
 (let ((?x54 (/ ?x53 cerebral_child_l2_concentration_ug_ml)))
 (let ((?x55 (- cerebral_child_l2_step_2_h cerebral_child_l2_step_1_h)))
 (let ((?x56 (/ cerebral_child_l2_step_1_daily_dose_ug 24.0)))
 (let ((?x57 (/ ?x56 cerebral_child_l2_concentration_ug_ml)))
 (let ((?x58 (- cerebral_child_l2_step_1_h cerebral_child_l2_step_0_h)))
 (let ((?x59 (/ cerebral_child_l2_step_0_daily_dose_ug 24.0)))
 (let ((?x60 (/ ?x59 cerebral_child_l2_concentration_ug_ml)))
 (let ((?x61 (+ 0.0 (* ?x60 ?x58))))
 (let ((?x62 (+ ?x61 (* ?x57 ?x55))))
 (let ((?x63 (+ ?x62 (* ?x54 ?x52))))
 (let ((?x64 (+ ?x63 (* ?x51 ?x49))))
 (let ((?x65 (+ ?x63 (* ?x51 (- cerebral_child_l2_step_0_h cerebral_child_l2_step_3_h)))))
 (let ((?x66 (+ ?x62 (* ?x54 (- cerebral_child_l2_step_0_h cerebral_child_l2_step_2_h)))))
 (let ((?x67 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_step_3_h) ?x66 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_end_h) ?x65 ?x64))))
 (let ((?x68 (+ ?x61 (* ?x57 (- cerebral_child_l2_step_0_h cerebral_child_l2_step_1_h)))))
 (let ((?x69 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_step_2_h) ?x68 ?x67)))
 (let ((?x70 (+ 0.0 (* ?x60 (- cerebral_child_l2_step_0_h cerebral_child_l2_step_0_h)))))
 (let ((?x71 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_step_1_h) ?x70 ?x69)))
 (let ((?x72 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_step_0_h) 0.0 ?x71)))
 (let ((?x73 (+ ?x62 (* ?x54 (- cerebral_child_l2_end_h cerebral_child_l2_step_2_h)))))
 (let ((?x74 (ite (<= cerebral_child_l2_end_h cerebral_child_l2_step_3_h) ?x73 (ite (<= cerebral_child_l2_end_h cerebral_child_l2_end_h) ?x64 ?x64))))
 (let ((?x75 (+ ?x61 (* ?x57 (- cerebral_child_l2_end_h cerebral_child_l2_step_1_h)))))
 (let ((?x76 (+ 0.0 (* ?x60 (- cerebral_child_l2_end_h cerebral_child_l2_step_0_h)))))
 (let ((?x77 (ite (<= cerebral_child_l2_end_h cerebral_child_l2_step_1_h) ?x76 (ite (<= cerebral_child_l2_end_h cerebral_child_l2_step_2_h) ?x75 ?x74))))
 (let (($x78 (<= cerebral_child_l2_end_h cerebral_child_l2_step_0_h)))
 (let ((?x79 (ite $x78 0.0 ?x77)))
 (let ((?x80 (+ ?x63 (* ?x51 (- cerebral_child_l2_refill_0_h cerebral_child_l2_step_3_h)))))
 (let (($x81 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_end_h)))
 (let ((?x82 (+ ?x62 (* ?x54 (- cerebral_child_l2_refill_0_h cerebral_child_l2_step_2_h)))))
 (let (($x29 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_3_h)))
 (let ((?x83 (+ ?x61 (* ?x57 (- cerebral_child_l2_refill_0_h cerebral_child_l2_step_1_h)))))
 (let (($x32 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_2_h)))
 (let ((?x84 (+ 0.0 (* ?x60 (- cerebral_child_l2_refill_0_h cerebral_child_l2_step_0_h)))))
 (let (($x35 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_1_h)))
 (let (($x38 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_0_h)))
 (let ((?x85 (ite $x38 0.0 (ite $x35 ?x84 (ite $x32 ?x83 (ite $x29 ?x82 (ite $x81 ?x80 ?x64)))))))
 (let ((?x86 (ite (< cerebral_child_l2_refill_0_h cerebral_child_l2_end_h) (- cerebral_child_l2_refill_0_volume_ml (+ (- ?x79 ?x85) 0.0)) (- 0.0 (+ (- ?x79 ?x72) 0.0)))))
 (let ((?x87 (+ ?x63 (* ?x51 (- cerebral_child_l2_refill_1_h cerebral_child_l2_step_3_h)))))
 (let (($x88 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_end_h)))
 (let ((?x89 (+ ?x62 (* ?x54 (- cerebral_child_l2_refill_1_h cerebral_child_l2_step_2_h)))))
 (let (($x30 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_3_h)))
 (let ((?x90 (+ ?x61 (* ?x57 (- cerebral_child_l2_refill_1_h cerebral_child_l2_step_1_h)))))
 (let (($x33 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_2_h)))
 (let ((?x91 (+ 0.0 (* ?x60 (- cerebral_child_l2_refill_1_h cerebral_child_l2_step_0_h)))))
 (let (($x36 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_1_h)))
 (let (($x39 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_0_h)))
 (let ((?x92 (ite $x39 0.0 (ite $x36 ?x91 (ite $x33 ?x90 (ite $x30 ?x89 (ite $x88 ?x87 ?x64)))))))
 (let ((?x93 (ite (< cerebral_child_l2_refill_1_h cerebral_child_l2_end_h) (- cerebral_child_l2_refill_1_volume_ml (+ (- ?x79 ?x92) 0.0)) ?x86)))
 (let (($x94 (or (= cerebral_child_l2_refill_0_h cerebral_child_l2_end_h) (= cerebral_child_l2_refill_1_h cerebral_child_l2_end_h))))
 (let (($x95 (not $x94)))
 (let (($x96 (and (< cerebral_child_l2_step_0_h cerebral_child_l2_end_h) (and (or $x47 $x44) $x95) (not (> (- ?x93 ?x48) cerebral_child_l2_alarm_ml)))))
 (let (($x97 (<= t_0 cerebral_child_l2_end_h)))
 (let ((?x98 (ite $x97 (+ ?x63 (* ?x51 (- t_0 cerebral_child_l2_step_3_h))) ?x64)))
 (let ((?x99 (ite (<= t_0 cerebral_child_l2_step_3_h) (+ ?x62 (* ?x54 (- t_0 cerebral_child_l2_step_2_h))) ?x98)))
 (let ((?x100 (ite (<= t_0 cerebral_child_l2_step_2_h) (+ ?x61 (* ?x57 (- t_0 cerebral_child_l2_step_1_h))) ?x99)))
 (let ((?x101 (ite (<= t_0 cerebral_child_l2_step_1_h) (+ 0.0 (* ?x60 (- t_0 cerebral_child_l2_step_0_h))) ?x100)))
 (let ((?x102 (ite (<= t_0 cerebral_child_l2_step_0_h) 0.0 ?x101)))
 (let ((?x103 (ite (< cerebral_child_l2_refill_0_h t_0) (- cerebral_child_l2_refill_0_volume_ml (+ (- ?x102 ?x85) 0.0)) (- 0.0 (+ (- ?x102 ?x72) 0.0)))))
 (let ((?x104 (ite (< cerebral_child_l2_refill_1_h t_0) (- cerebral_child_l2_refill_1_volume_ml (+ (- ?x102 ?x92) 0.0)) ?x103)))
 (let ((?x105 (ite (<= 0.0 cerebral_child_l2_step_0_h) cerebral_child_l2_step_0_h 0.0)))
 (let (($x106 (or (and (< ?x105 t_0) $x97 (not (> ?x104 cerebral_child_l2_alarm_ml))) $x96)))
 (=> holds_ITB-PUMP-4 (not $x106))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x107 (not (>= 1848.0 (- cerebral_child_l2_end_h cerebral_child_l2_refill_1_h)))))
 (let (($x108 (>= 1848.0 (- cerebral_child_l2_refill_1_h cerebral_child_l2_refill_0_h))))
 (=> holds_ITB-PUMP-5 (not (or (not $x108) $x107))))))
(assert
 (let (($x109 (not cerebral_child_l2_bolus_1_emergency)))
 (let (($x110 (not cerebral_child_l2_bolus_0_emergency)))
 (let (($x111 (or (and (ite (= cerebral_child_l2_bolus_0_via 0) false true) $x110) (and (ite (= cerebral_child_l2_bolus_1_via 0) false true) $x109))))
 (=> holds_ITB-PUMP-6 (not $x111))))))
(assert
 (let (($x112 (not (or (not (ite (= cerebral_child_l2_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x112)))
(assert
 (let (($x113 (and (< 0.0 cerebral_child_l2_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_screening_3_concentration_ug_ml))))
 (let (($x114 (and (< 0.0 cerebral_child_l2_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_screening_2_concentration_ug_ml))))
 (let (($x115 (and (< 0.0 cerebral_child_l2_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_screening_1_concentration_ug_ml))))
 (let (($x116 (and (< 0.0 cerebral_child_l2_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_screening_0_concentration_ug_ml))))
 (let (($x117 (and (< 0.0 cerebral_child_l2_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_concentration_ug_ml))))
 (let (($x118 (not $x117)))
 (let (($x119 (and (< 0.0 cerebral_child_l2_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_refill_1_concentration_ug_ml))))
 (let (($x120 (and (< 0.0 cerebral_child_l2_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_refill_0_concentration_ug_ml))))
 (let (($x121 (or (= 50.0 cerebral_child_l2_refill_1_concentration_ug_ml) (= 500.0 cerebral_child_l2_refill_1_concentration_ug_ml) (= 2000.0 cerebral_child_l2_refill_1_concentration_ug_ml))))
 (let (($x122 (= cerebral_child_l2_refill_1_diluent 0)))
 (let (($x123 (ite $x122 true (ite (= cerebral_child_l2_refill_1_diluent 1) false false))))
 (let (($x124 (or (= 50.0 cerebral_child_l2_refill_0_concentration_ug_ml) (= 500.0 cerebral_child_l2_refill_0_concentration_ug_ml) (= 2000.0 cerebral_child_l2_refill_0_concentration_ug_ml))))
 (let (($x125 (= cerebral_child_l2_refill_0_diluent 0)))
 (let (($x126 (ite $x125 true (ite (= cerebral_child_l2_refill_0_diluent 1) false false))))
 (let (($x127 (ite $x122 false (ite (= cerebral_child_l2_refill_1_diluent 1) true false))))
 (let (($x128 (ite $x125 false (ite (= cerebral_child_l2_refill_0_diluent 1) true false))))
 (let (($x129 (or (not (or $x126 $x128)) (not (or $x123 $x127)) (and $x126 (not $x124)) (and $x123 (not $x121)) (not $x120) (not $x119) $x118 $x118 $x118 $x118 (not $x116) (not $x115) (not $x114) (not $x113))))
 (=> holds_ITB-CONC-1 (not $x129))))))))))))))))))))
(assert
 (let (($x130 (or (not (= 50.0 cerebral_child_l2_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l2_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_child_l2_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_child_l2_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x130))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 cerebral_child_l2_screening_0_dose_ug))))))
(assert
 (let (($x131 (or (not (<= 1.0 cerebral_child_l2_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l2_screening_1_duration_min)) (not (<= 1.0 cerebral_child_l2_screening_2_duration_min)) (not (<= 1.0 cerebral_child_l2_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x131))))
(assert
 (let (($x132 (<= 24.0 (- cerebral_child_l2_screening_3_h cerebral_child_l2_screening_2_h))))
 (let (($x133 (= cerebral_child_l2_screening_2_response 0)))
 (let (($x134 (ite $x133 true false)))
 (let (($x135 (<= 24.0 (- cerebral_child_l2_screening_2_h cerebral_child_l2_screening_1_h))))
 (let (($x136 (= cerebral_child_l2_screening_1_response 0)))
 (let (($x137 (ite $x136 true false)))
 (let (($x138 (<= 24.0 (- cerebral_child_l2_screening_1_h cerebral_child_l2_screening_0_h))))
 (let (($x139 (= cerebral_child_l2_screening_0_response 0)))
 (let (($x140 (ite $x139 true false)))
 (let (($x141 (<= cerebral_child_l2_screening_3_dose_ug (+ cerebral_child_l2_screening_2_dose_ug 25.0))))
 (let (($x142 (<= cerebral_child_l2_screening_2_dose_ug (+ cerebral_child_l2_screening_1_dose_ug 25.0))))
 (let (($x143 (<= cerebral_child_l2_screening_1_dose_ug (+ cerebral_child_l2_screening_0_dose_ug 25.0))))
 (let (($x144 (or (not $x140) (not $x137) (not $x134) (and $x140 (not $x143)) (and $x137 (not $x142)) (and $x134 (not $x141)) (and $x140 (not $x138)) (and $x137 (not $x135)) (and $x134 (not $x132)))))
 (=> holds_ITB-SCR-4 (not $x144))))))))))))))))
(assert
 (let (($x145 (or (not (>= 100.0 cerebral_child_l2_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l2_screening_1_dose_ug)) (not (>= 100.0 cerebral_child_l2_screening_2_dose_ug)) (not (>= 100.0 cerebral_child_l2_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x145))))
(assert
 (let (($x146 (= cerebral_child_l2_screening_3_response 0)))
 (let (($x147 (ite $x146 false true)))
 (let (($x148 (and $x147 (<= cerebral_child_l2_screening_3_h cerebral_child_l2_step_0_h))))
 (let (($x133 (= cerebral_child_l2_screening_2_response 0)))
 (let (($x149 (ite $x133 false true)))
 (let (($x150 (and $x149 (<= cerebral_child_l2_screening_2_h cerebral_child_l2_step_0_h))))
 (let (($x136 (= cerebral_child_l2_screening_1_response 0)))
 (let (($x151 (ite $x136 false true)))
 (let (($x152 (and $x151 (<= cerebral_child_l2_screening_1_h cerebral_child_l2_step_0_h))))
 (let (($x139 (= cerebral_child_l2_screening_0_response 0)))
 (let (($x153 (ite $x139 false true)))
 (let (($x154 (and $x153 (<= cerebral_child_l2_screening_0_h cerebral_child_l2_step_0_h))))
 (=> holds_ITB-SCR-6 (not (or (not (or $x154 $x152 $x150 $x148))))))))))))))))))
(assert
 (let ((?x155 (* 2.0 cerebral_child_l2_screening_3_dose_ug)))
 (let ((?x156 (ite (>= 12.0 cerebral_child_l2_screening_3_effect_h) ?x155 cerebral_child_l2_screening_3_dose_ug)))
 (let (($x146 (= cerebral_child_l2_screening_3_response 0)))
 (let (($x147 (ite $x146 false true)))
 (let ((?x157 (* 2.0 cerebral_child_l2_screening_2_dose_ug)))
 (let ((?x158 (ite (>= 12.0 cerebral_child_l2_screening_2_effect_h) ?x157 cerebral_child_l2_screening_2_dose_ug)))
 (let (($x133 (= cerebral_child_l2_screening_2_response 0)))
 (let (($x149 (ite $x133 false true)))
 (let ((?x159 (* 2.0 cerebral_child_l2_screening_1_dose_ug)))
 (let ((?x160 (ite (>= 12.0 cerebral_child_l2_screening_1_effect_h) ?x159 cerebral_child_l2_screening_1_dose_ug)))
 (let (($x136 (= cerebral_child_l2_screening_1_response 0)))
 (let (($x151 (ite $x136 false true)))
 (let ((?x161 (* 2.0 cerebral_child_l2_screening_0_dose_ug)))
 (let ((?x162 (ite (>= 12.0 cerebral_child_l2_screening_0_effect_h) ?x161 cerebral_child_l2_screening_0_dose_ug)))
 (let (($x139 (= cerebral_child_l2_screening_0_response 0)))
 (let (($x153 (ite $x139 false true)))
 (let (($x163 (or (and $x153 (not (<= cerebral_child_l2_step_0_daily_dose_ug ?x162))) (and $x151 (not (<= cerebral_child_l2_step_0_daily_dose_ug ?x160))) (and $x149 (not (<= cerebral_child_l2_step_0_daily_dose_ug ?x158))) (and $x147 (not (<= cerebral_child_l2_step_0_daily_dose_ug ?x156))))))
 (=> holds_ITB-INIT-1 (not $x163))))))))))))))))))))
(assert
 (let (($x164 (not (<= 24.0 (- cerebral_child_l2_step_3_h cerebral_child_l2_step_0_h)))))
 (let (($x165 (> cerebral_child_l2_step_3_daily_dose_ug cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x166 (not (<= 24.0 (- cerebral_child_l2_step_2_h cerebral_child_l2_step_0_h)))))
 (let (($x167 (> cerebral_child_l2_step_2_daily_dose_ug cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x168 (not (<= 24.0 (- cerebral_child_l2_step_1_h cerebral_child_l2_step_0_h)))))
 (let (($x169 (> cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x169 $x168) (and $x167 $x166) (and $x165 $x164)))))))))))
(assert
 (let (($x170 (<= cerebral_child_l2_step_3_daily_dose_ug (* (/ 23.0 20.0) cerebral_child_l2_step_2_daily_dose_ug))))
 (let (($x165 (> cerebral_child_l2_step_3_daily_dose_ug cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x171 (<= cerebral_child_l2_step_2_daily_dose_ug (* (/ 23.0 20.0) cerebral_child_l2_step_1_daily_dose_ug))))
 (let (($x167 (> cerebral_child_l2_step_2_daily_dose_ug cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x172 (<= cerebral_child_l2_step_1_daily_dose_ug (* (/ 23.0 20.0) cerebral_child_l2_step_0_daily_dose_ug))))
 (let (($x169 (> cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x173 (or (and $x169 (not $x172)) (and $x167 (not $x171)) (and $x165 (not $x170)))))
 (=> holds_ITB-TITR-1 (not $x173))))))))))
(assert
 (let ((?x174 (ite cerebral_child_l2_programmable 24.0 48.0)))
 (let (($x175 (not (>= (- cerebral_child_l2_step_3_h cerebral_child_l2_step_3_h) ?x174))))
 (let (($x165 (> cerebral_child_l2_step_3_daily_dose_ug cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x176 (and $x165 (and (< cerebral_child_l2_step_3_h cerebral_child_l2_step_3_h) $x165) $x175)))
 (let (($x177 (not (>= (- cerebral_child_l2_step_3_h cerebral_child_l2_step_2_h) ?x174))))
 (let (($x167 (> cerebral_child_l2_step_2_daily_dose_ug cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x178 (and $x165 (and (< cerebral_child_l2_step_2_h cerebral_child_l2_step_3_h) $x167) $x177)))
 (let (($x179 (not (>= (- cerebral_child_l2_step_3_h cerebral_child_l2_step_1_h) ?x174))))
 (let (($x169 (> cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x180 (and $x165 (and (< cerebral_child_l2_step_1_h cerebral_child_l2_step_3_h) $x169) $x179)))
 (let (($x181 (not (>= (- cerebral_child_l2_step_2_h cerebral_child_l2_step_3_h) ?x174))))
 (let (($x182 (and $x167 (and (< cerebral_child_l2_step_3_h cerebral_child_l2_step_2_h) $x165) $x181)))
 (let (($x183 (not (>= (- cerebral_child_l2_step_2_h cerebral_child_l2_step_2_h) ?x174))))
 (let (($x184 (and $x167 (and (< cerebral_child_l2_step_2_h cerebral_child_l2_step_2_h) $x167) $x183)))
 (let (($x185 (not (>= (- cerebral_child_l2_step_2_h cerebral_child_l2_step_1_h) ?x174))))
 (let (($x186 (and $x167 (and (< cerebral_child_l2_step_1_h cerebral_child_l2_step_2_h) $x169) $x185)))
 (let (($x187 (not (>= (- cerebral_child_l2_step_1_h cerebral_child_l2_step_3_h) ?x174))))
 (let (($x188 (and $x169 (and (< cerebral_child_l2_step_3_h cerebral_child_l2_step_1_h) $x165) $x187)))
 (let (($x189 (not (>= (- cerebral_child_l2_step_1_h cerebral_child_l2_step_2_h) ?x174))))
 (let (($x190 (and $x169 (and (< cerebral_child_l2_step_2_h cerebral_child_l2_step_1_h) $x167) $x189)))
 (let (($x191 (not (>= (- cerebral_child_l2_step_1_h cerebral_child_l2_step_1_h) ?x174))))
 (let (($x192 (and $x169 (and (< cerebral_child_l2_step_1_h cerebral_child_l2_step_1_h) $x169) $x191)))
 (=> holds_ITB-TITR-2 (not (or $x192 $x190 $x188 $x186 $x184 $x182 $x180 $x178 $x176))))))))))))))))))))))))))
(assert
 (let ((?x193 (ite (<= cerebral_child_l2_step_1_h w_0) cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
 (let ((?x194 (ite (<= cerebral_child_l2_step_2_h w_0) cerebral_child_l2_step_2_daily_dose_ug ?x193)))
 (let ((?x195 (ite (<= cerebral_child_l2_step_3_h w_0) cerebral_child_l2_step_3_daily_dose_ug ?x194)))
 (let (($x196 (and (<= (- w_0 24.0) cerebral_child_l2_bolus_1_h) (< cerebral_child_l2_bolus_1_h w_0))))
 (let (($x197 (and (<= (- w_0 24.0) cerebral_child_l2_bolus_0_h) (< cerebral_child_l2_bolus_0_h w_0))))
 (let ((?x198 (+ (+ 0.0 (ite $x197 cerebral_child_l2_bolus_0_dose_ug 0.0)) (ite $x196 cerebral_child_l2_bolus_1_dose_ug 0.0))))
 (let ((?x49 (- cerebral_child_l2_end_h cerebral_child_l2_step_3_h)))
 (let ((?x50 (/ cerebral_child_l2_step_3_daily_dose_ug 24.0)))
 (let ((?x52 (- cerebral_child_l2_step_3_h cerebral_child_l2_step_2_h)))
 (let ((?x53 (/ cerebral_child_l2_step_2_daily_dose_ug 24.0)))
 (let ((?x55 (- cerebral_child_l2_step_2_h cerebral_child_l2_step_1_h)))
 (let ((?x56 (/ cerebral_child_l2_step_1_daily_dose_ug 24.0)))
 (let ((?x58 (- cerebral_child_l2_step_1_h cerebral_child_l2_step_0_h)))
 (let ((?x59 (/ cerebral_child_l2_step_0_daily_dose_ug 24.0)))
 (let ((?x199 (+ 0.0 (* ?x59 ?x58))))
 (let ((?x200 (+ ?x199 (* ?x56 ?x55))))
 (let ((?x201 (+ ?x200 (* ?x53 ?x52))))
 (let ((?x202 (+ ?x201 (* ?x50 ?x49))))
 (let ((?x203 (ite (<= (- w_0 24.0) cerebral_child_l2_end_h) (+ ?x201 (* ?x50 (- (- w_0 24.0) cerebral_child_l2_step_3_h))) ?x202)))
 (let ((?x204 (ite (<= (- w_0 24.0) cerebral_child_l2_step_3_h) (+ ?x200 (* ?x53 (- (- w_0 24.0) cerebral_child_l2_step_2_h))) ?x203)))
 (let ((?x205 (ite (<= (- w_0 24.0) cerebral_child_l2_step_2_h) (+ ?x199 (* ?x56 (- (- w_0 24.0) cerebral_child_l2_step_1_h))) ?x204)))
 (let ((?x206 (ite (<= (- w_0 24.0) cerebral_child_l2_step_1_h) (+ 0.0 (* ?x59 (- (- w_0 24.0) cerebral_child_l2_step_0_h))) ?x205)))
 (let ((?x207 (ite (<= w_0 cerebral_child_l2_end_h) (+ ?x201 (* ?x50 (- w_0 cerebral_child_l2_step_3_h))) ?x202)))
 (let ((?x208 (ite (<= w_0 cerebral_child_l2_step_3_h) (+ ?x200 (* ?x53 (- w_0 cerebral_child_l2_step_2_h))) ?x207)))
 (let ((?x209 (ite (<= w_0 cerebral_child_l2_step_2_h) (+ ?x199 (* ?x56 (- w_0 cerebral_child_l2_step_1_h))) ?x208)))
 (let ((?x210 (ite (<= w_0 cerebral_child_l2_step_1_h) (+ 0.0 (* ?x59 (- w_0 cerebral_child_l2_step_0_h))) ?x209)))
 (let ((?x211 (ite (<= w_0 cerebral_child_l2_step_0_h) 0.0 ?x210)))
 (let ((?x212 (- ?x211 (ite (<= (- w_0 24.0) cerebral_child_l2_step_0_h) 0.0 ?x206))))
 (let ((?x213 (ite (>= (- w_0 24.0) cerebral_child_l2_step_0_h) (+ ?x212 ?x198) (* 1.0 ?x195))))
 (let ((?x214 (/ 23.0 20.0)))
 (let (($x215 (<= w_0 cerebral_child_l2_bolus_1_h)))
 (let ((?x216 (ite (and $x215 (< cerebral_child_l2_bolus_1_h (+ w_0 24.0))) cerebral_child_l2_bolus_1_dose_ug 0.0)))
 (let (($x217 (<= w_0 cerebral_child_l2_bolus_0_h)))
 (let ((?x218 (ite (and $x217 (< cerebral_child_l2_bolus_0_h (+ w_0 24.0))) cerebral_child_l2_bolus_0_dose_ug 0.0)))
 (let ((?x219 (+ w_0 24.0)))
 (let (($x220 (<= ?x219 cerebral_child_l2_end_h)))
 (let ((?x221 (ite (<= ?x219 cerebral_child_l2_step_3_h) (+ ?x200 (* ?x53 (- ?x219 cerebral_child_l2_step_2_h))) (ite $x220 (+ ?x201 (* ?x50 (- ?x219 cerebral_child_l2_step_3_h))) ?x202))))
 (let ((?x222 (ite (<= ?x219 cerebral_child_l2_step_2_h) (+ ?x199 (* ?x56 (- ?x219 cerebral_child_l2_step_1_h))) ?x221)))
 (let ((?x223 (ite (<= ?x219 cerebral_child_l2_step_1_h) (+ 0.0 (* ?x59 (- ?x219 cerebral_child_l2_step_0_h))) ?x222)))
 (let ((?x224 (+ (- (ite (<= ?x219 cerebral_child_l2_step_0_h) 0.0 ?x223) ?x211) (+ (+ 0.0 ?x218) ?x216))))
 (let (($x225 (and (<= cerebral_child_l2_step_0_h w_0) $x220 (not (<= ?x224 (* ?x214 ?x213))))))
 (=> holds_ITB-TITR-3 (not (or $x225)))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x226 (ite (<= cerebral_child_l2_step_1_h cerebral_child_l2_bolus_1_h) cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
(let ((?x227 (ite (<= cerebral_child_l2_step_2_h cerebral_child_l2_bolus_1_h) cerebral_child_l2_step_2_daily_dose_ug ?x226)))
(let ((?x228 (ite (<= cerebral_child_l2_step_3_h cerebral_child_l2_bolus_1_h) cerebral_child_l2_step_3_daily_dose_ug ?x227)))
(let ((?x229 (ite (< cerebral_child_l2_bolus_1_h cerebral_child_l2_step_0_h) 0.0 ?x228)))
(let (($x230 (<= cerebral_child_l2_bolus_1_dose_ug (ite (>= 100.0 ?x229) 100.0 ?x229))))
(let ((?x231 (ite (<= cerebral_child_l2_step_1_h cerebral_child_l2_bolus_0_h) cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
(let ((?x232 (ite (<= cerebral_child_l2_step_2_h cerebral_child_l2_bolus_0_h) cerebral_child_l2_step_2_daily_dose_ug ?x231)))
(let ((?x233 (ite (<= cerebral_child_l2_step_3_h cerebral_child_l2_bolus_0_h) cerebral_child_l2_step_3_daily_dose_ug ?x232)))
(let ((?x234 (ite (< cerebral_child_l2_bolus_0_h cerebral_child_l2_step_0_h) 0.0 ?x233)))
(let (($x235 (<= cerebral_child_l2_bolus_0_dose_ug (ite (>= 100.0 ?x234) 100.0 ?x234))))
(=> holds_ITB-DOSE-3 (not (or (not $x235) (not $x230)))))))))))))))
(check-sat)
