; itbverify 0.1.0: rule-set consistency, adult, cerebral origin; 4 screening doses, 4 steps (maintenance after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_adult_l1_age_years () Real)
(declare-fun cerebral_adult_l1_months_since_injury () Real)
(declare-fun cerebral_adult_l1_reservoir_ml () Real)
(declare-fun cerebral_adult_l1_alarm_ml () Real)
(declare-fun cerebral_adult_l1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l1_screening_0_h () Real)
(declare-fun cerebral_adult_l1_screening_0_dose_ug () Real)
(declare-fun cerebral_adult_l1_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l1_screening_0_duration_min () Real)
(declare-fun cerebral_adult_l1_screening_0_response () Int)
(declare-fun cerebral_adult_l1_screening_0_effect_h () Real)
(declare-fun cerebral_adult_l1_screening_1_h () Real)
(declare-fun cerebral_adult_l1_screening_1_dose_ug () Real)
(declare-fun cerebral_adult_l1_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l1_screening_1_duration_min () Real)
(declare-fun cerebral_adult_l1_screening_1_response () Int)
(declare-fun cerebral_adult_l1_screening_1_effect_h () Real)
(declare-fun cerebral_adult_l1_screening_2_h () Real)
(declare-fun cerebral_adult_l1_screening_2_dose_ug () Real)
(declare-fun cerebral_adult_l1_screening_2_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l1_screening_2_duration_min () Real)
(declare-fun cerebral_adult_l1_screening_2_response () Int)
(declare-fun cerebral_adult_l1_screening_2_effect_h () Real)
(declare-fun cerebral_adult_l1_screening_3_h () Real)
(declare-fun cerebral_adult_l1_screening_3_dose_ug () Real)
(declare-fun cerebral_adult_l1_screening_3_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l1_screening_3_duration_min () Real)
(declare-fun cerebral_adult_l1_screening_3_response () Int)
(declare-fun cerebral_adult_l1_screening_3_effect_h () Real)
(declare-fun cerebral_adult_l1_step_0_h () Real)
(declare-fun cerebral_adult_l1_step_0_daily_dose_ug () Real)
(declare-fun cerebral_adult_l1_step_0_rate_ml_day () Real)
(declare-fun cerebral_adult_l1_step_1_h () Real)
(declare-fun cerebral_adult_l1_step_1_daily_dose_ug () Real)
(declare-fun cerebral_adult_l1_step_1_rate_ml_day () Real)
(declare-fun cerebral_adult_l1_step_2_h () Real)
(declare-fun cerebral_adult_l1_step_2_daily_dose_ug () Real)
(declare-fun cerebral_adult_l1_step_2_rate_ml_day () Real)
(declare-fun cerebral_adult_l1_step_3_h () Real)
(declare-fun cerebral_adult_l1_step_3_daily_dose_ug () Real)
(declare-fun cerebral_adult_l1_step_3_rate_ml_day () Real)
(declare-fun cerebral_adult_l1_end_h () Real)
(declare-fun cerebral_adult_l1_refill_0_h () Real)
(declare-fun cerebral_adult_l1_refill_0_volume_ml () Real)
(declare-fun cerebral_adult_l1_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l1_refill_0_diluent () Int)
(declare-fun cerebral_adult_l1_refill_1_h () Real)
(declare-fun cerebral_adult_l1_refill_1_volume_ml () Real)
(declare-fun cerebral_adult_l1_refill_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l1_refill_1_diluent () Int)
(declare-fun cerebral_adult_l1_bolus_0_h () Real)
(declare-fun cerebral_adult_l1_bolus_0_dose_ug () Real)
(declare-fun cerebral_adult_l1_bolus_0_via () Int)
(declare-fun cerebral_adult_l1_bolus_1_h () Real)
(declare-fun cerebral_adult_l1_bolus_1_dose_ug () Real)
(declare-fun cerebral_adult_l1_bolus_1_via () Int)
(declare-fun cerebral_adult_l1_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_adult_l1_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_adult_l1_bolus_1_emergency () Bool)
(declare-fun cerebral_adult_l1_bolus_0_emergency () Bool)
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
(declare-fun cerebral_adult_l1_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= cerebral_adult_l1_age_years 0.0))
(assert
 (<= cerebral_adult_l1_age_years 120.0))
(assert
 (>= cerebral_adult_l1_age_years 18.0))
(assert
 (>= cerebral_adult_l1_months_since_injury 0.0))
(assert
 (<= cerebral_adult_l1_months_since_injury 100000.0))
(assert
 (>= cerebral_adult_l1_reservoir_ml 0.0))
(assert
 (<= cerebral_adult_l1_reservoir_ml 100000.0))
(assert
 (>= cerebral_adult_l1_alarm_ml 0.0))
(assert
 (<= cerebral_adult_l1_alarm_ml 100000.0))
(assert
 (>= cerebral_adult_l1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l1_screening_0_h 0.0))
(assert
 (<= cerebral_adult_l1_screening_0_h 100000.0))
(assert
 (>= cerebral_adult_l1_screening_0_h 0.0))
(assert
 (>= cerebral_adult_l1_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l1_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l1_screening_0_duration_min 0.0))
(assert
 (<= cerebral_adult_l1_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_adult_l1_screening_0_response 0))
(assert
 (< cerebral_adult_l1_screening_0_response 2))
(assert
 (>= cerebral_adult_l1_screening_0_effect_h 0.0))
(assert
 (<= cerebral_adult_l1_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_adult_l1_screening_1_h 0.0))
(assert
 (<= cerebral_adult_l1_screening_1_h 100000.0))
(assert
 (>= cerebral_adult_l1_screening_1_h cerebral_adult_l1_screening_0_h))
(assert
 (>= cerebral_adult_l1_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l1_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l1_screening_1_duration_min 0.0))
(assert
 (<= cerebral_adult_l1_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_adult_l1_screening_1_response 0))
(assert
 (< cerebral_adult_l1_screening_1_response 2))
(assert
 (>= cerebral_adult_l1_screening_1_effect_h 0.0))
(assert
 (<= cerebral_adult_l1_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_adult_l1_screening_2_h 0.0))
(assert
 (<= cerebral_adult_l1_screening_2_h 100000.0))
(assert
 (>= cerebral_adult_l1_screening_2_h cerebral_adult_l1_screening_1_h))
(assert
 (>= cerebral_adult_l1_screening_2_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_screening_2_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_screening_2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l1_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l1_screening_2_duration_min 0.0))
(assert
 (<= cerebral_adult_l1_screening_2_duration_min 100000.0))
(assert
 (>= cerebral_adult_l1_screening_2_response 0))
(assert
 (< cerebral_adult_l1_screening_2_response 2))
(assert
 (>= cerebral_adult_l1_screening_2_effect_h 0.0))
(assert
 (<= cerebral_adult_l1_screening_2_effect_h 100000.0))
(assert
 (>= cerebral_adult_l1_screening_3_h 0.0))
(assert
 (<= cerebral_adult_l1_screening_3_h 100000.0))
(assert
 (>= cerebral_adult_l1_screening_3_h cerebral_adult_l1_screening_2_h))
(assert
 (>= cerebral_adult_l1_screening_3_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_screening_3_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_screening_3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l1_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l1_screening_3_duration_min 0.0))
(assert
 (<= cerebral_adult_l1_screening_3_duration_min 100000.0))
(assert
 (>= cerebral_adult_l1_screening_3_response 0))
(assert
 (< cerebral_adult_l1_screening_3_response 2))
(assert
 (>= cerebral_adult_l1_screening_3_effect_h 0.0))
(assert
 (<= cerebral_adult_l1_screening_3_effect_h 100000.0))
(assert
 (>= cerebral_adult_l1_step_0_h 0.0))
(assert
 (<= cerebral_adult_l1_step_0_h 100000.0))
(assert
 (>= cerebral_adult_l1_step_0_h cerebral_adult_l1_screening_3_h))
(assert
 (>= cerebral_adult_l1_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l1_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l1_step_1_h 0.0))
(assert
 (<= cerebral_adult_l1_step_1_h 100000.0))
(assert
 (> cerebral_adult_l1_step_1_h cerebral_adult_l1_step_0_h))
(assert
 (>= cerebral_adult_l1_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l1_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l1_step_2_h 0.0))
(assert
 (<= cerebral_adult_l1_step_2_h 100000.0))
(assert
 (> cerebral_adult_l1_step_2_h cerebral_adult_l1_step_1_h))
(assert
 (>= cerebral_adult_l1_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l1_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l1_step_3_h 0.0))
(assert
 (<= cerebral_adult_l1_step_3_h 100000.0))
(assert
 (> cerebral_adult_l1_step_3_h cerebral_adult_l1_step_2_h))
(assert
 (>= cerebral_adult_l1_step_3_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_step_3_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_step_3_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l1_step_3_rate_ml_day 100000.0))
(assert
 (<= cerebral_adult_l1_end_h 100000.0))
(assert
 (>= cerebral_adult_l1_end_h cerebral_adult_l1_step_3_h))
(assert
 (<= cerebral_adult_l1_refill_0_h 100000.0))
(assert
 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_end_h))
(assert
 (>= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_0_h))
(assert
 (>= cerebral_adult_l1_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_adult_l1_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l1_refill_0_volume_ml cerebral_adult_l1_reservoir_ml))
(assert
 (>= cerebral_adult_l1_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l1_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l1_refill_0_diluent 0))
(assert
 (< cerebral_adult_l1_refill_0_diluent 3))
(assert
 (<= cerebral_adult_l1_refill_1_h 100000.0))
(assert
 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_end_h))
(assert
 (>= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_0_h))
(assert
 (> cerebral_adult_l1_refill_1_h cerebral_adult_l1_refill_0_h))
(assert
 (>= cerebral_adult_l1_refill_1_volume_ml 0.0))
(assert
 (<= cerebral_adult_l1_refill_1_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l1_refill_1_volume_ml cerebral_adult_l1_reservoir_ml))
(assert
 (>= cerebral_adult_l1_refill_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l1_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l1_refill_1_diluent 0))
(assert
 (< cerebral_adult_l1_refill_1_diluent 3))
(assert
 (= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_0_h))
(assert
 (<= cerebral_adult_l1_bolus_0_h 100000.0))
(assert
 (>= cerebral_adult_l1_bolus_0_h cerebral_adult_l1_step_0_h))
(assert
 (<= cerebral_adult_l1_bolus_0_h cerebral_adult_l1_end_h))
(assert
 (>= cerebral_adult_l1_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_bolus_0_via 0))
(assert
 (< cerebral_adult_l1_bolus_0_via 2))
(assert
 (<= cerebral_adult_l1_bolus_1_h 100000.0))
(assert
 (>= cerebral_adult_l1_bolus_1_h cerebral_adult_l1_step_0_h))
(assert
 (<= cerebral_adult_l1_bolus_1_h cerebral_adult_l1_end_h))
(assert
 (>= cerebral_adult_l1_bolus_1_h cerebral_adult_l1_bolus_0_h))
(assert
 (>= cerebral_adult_l1_bolus_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l1_bolus_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l1_bolus_1_via 0))
(assert
 (< cerebral_adult_l1_bolus_1_via 2))
(assert
 (>= cerebral_adult_l1_route 0))
(assert
 (< cerebral_adult_l1_route 2))
(assert
 (let (($x1 (>= cerebral_adult_l1_step_3_daily_dose_ug (* (/ 4.0 5.0) cerebral_adult_l1_step_2_daily_dose_ug))))
 (let (($x2 (< cerebral_adult_l1_step_3_daily_dose_ug cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x3 (>= cerebral_adult_l1_step_2_daily_dose_ug (* (/ 4.0 5.0) cerebral_adult_l1_step_1_daily_dose_ug))))
 (let (($x4 (< cerebral_adult_l1_step_2_daily_dose_ug cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x5 (>= cerebral_adult_l1_step_1_daily_dose_ug (* (/ 4.0 5.0) cerebral_adult_l1_step_0_daily_dose_ug))))
 (let (($x6 (< cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x7 (or (and $x6 (not $x5)) (and $x4 (not $x3)) (and $x2 (not $x1)))))
 (=> holds_ITB-STOP-1 (not $x7))))))))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-STOP-2 $x8)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 cerebral_adult_l1_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 cerebral_adult_l1_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or cerebral_adult_l1_infection))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-1 $x8)))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-2 $x8)))
(assert
 (let ((?x9 (* cerebral_adult_l1_step_3_rate_ml_day cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x10 (- ?x9 cerebral_adult_l1_step_3_daily_dose_ug)))
 (let (($x11 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l1_step_3_daily_dose_ug) ?x10)))
 (let (($x12 (and $x11 (<= ?x10 (* (/ 1.0 100.0) cerebral_adult_l1_step_3_daily_dose_ug)))))
 (let ((?x13 (* cerebral_adult_l1_step_2_rate_ml_day cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x14 (- ?x13 cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x15 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l1_step_2_daily_dose_ug) ?x14)))
 (let (($x16 (and $x15 (<= ?x14 (* (/ 1.0 100.0) cerebral_adult_l1_step_2_daily_dose_ug)))))
 (let ((?x17 (* cerebral_adult_l1_step_1_rate_ml_day cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x18 (- ?x17 cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x19 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l1_step_1_daily_dose_ug) ?x18)))
 (let (($x20 (and $x19 (<= ?x18 (* (/ 1.0 100.0) cerebral_adult_l1_step_1_daily_dose_ug)))))
 (let ((?x21 (* cerebral_adult_l1_step_0_rate_ml_day cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x22 (- ?x21 cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x23 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l1_step_0_daily_dose_ug) ?x22)))
 (let (($x24 (and $x23 (<= ?x22 (* (/ 1.0 100.0) cerebral_adult_l1_step_0_daily_dose_ug)))))
 (let (($x25 (= cerebral_adult_l1_concentration_ug_ml cerebral_adult_l1_refill_1_concentration_ug_ml)))
 (let (($x26 (not $x25)))
 (let (($x27 (= cerebral_adult_l1_concentration_ug_ml cerebral_adult_l1_refill_0_concentration_ug_ml)))
 (let (($x28 (not $x27)))
 (let (($x29 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_3_h)))
 (let (($x30 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_3_h)))
 (let (($x31 (and (ite $x30 true (ite $x29 true false)) (not (ite $x30 $x25 (ite $x29 $x27 false))))))
 (let (($x32 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_2_h)))
 (let (($x33 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_2_h)))
 (let (($x34 (and (ite $x33 true (ite $x32 true false)) (not (ite $x33 $x25 (ite $x32 $x27 false))))))
 (let (($x35 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_1_h)))
 (let (($x36 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_1_h)))
 (let (($x37 (and (ite $x36 true (ite $x35 true false)) (not (ite $x36 $x25 (ite $x35 $x27 false))))))
 (let (($x38 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_0_h)))
 (let (($x39 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_0_h)))
 (let (($x40 (and (ite $x39 true (ite $x38 true false)) (not (ite $x39 $x25 (ite $x38 $x27 false))))))
 (let (($x41 (or $x40 $x37 $x34 $x31 $x28 $x26 (not $x24) (not $x20) (not $x16) (not $x12))))
 (=> holds_ITB-PUMP-3 (not $x41))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x42 (- cerebral_adult_l1_end_h cerebral_adult_l1_step_3_h)))
 (let ((?x43 (/ cerebral_adult_l1_step_3_daily_dose_ug 24.0)))
 (let ((?x44 (/ ?x43 cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x45 (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_2_h)))
 (let ((?x46 (/ cerebral_adult_l1_step_2_daily_dose_ug 24.0)))
 (let ((?x47 (/ ?x46 cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x48 (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_1_h)))
 (let ((?x49 (/ cerebral_adult_l1_step_1_daily_dose_ug 24.0)))
 (let ((?x50 (/ ?x49 cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x51 (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_0_h)))
 (let ((?x52 (/ cerebral_adult_l1_step_0_daily_dose_ug 24.0)))
 (let ((?x53 (/ ?x52 cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x54 (+ 0.0 (* ?x53 ?x51))))
 (let ((?x55 (+ ?x54 (* ?x50 ?x48))))
 (let ((?x56 (+ ?x55 (* ?x47 ?x45))))
 (let ((?x57 (+ ?x56 (* ?x44 ?x42))))
 (let ((?x58 (+ ?x56 (* ?x44 (- cerebral_adult_l1_step_0_h cerebral_adult_l1_step_3_h)))))
 (let ((?x59 (+ ?x55 (* ?x47 (- cerebral_adult_l1_step_0_h cerebral_adult_l1_step_2_h)))))
 (let ((?x60 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_step_3_h) ?x59 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_end_h) ?x58 ?x57))))
 (let ((?x61 (+ ?x54 (* ?x50 (- cerebral_adult_l1_step_0_h cerebral_adult_l1_step_1_h)))))
 (let ((?x62 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_step_2_h) ?x61 ?x60)))
 (let ((?x63 (+ 0.0 (* ?x53 (- cerebral_adult_l1_step_0_h cerebral_adult_l1_step_0_h)))))
 (let ((?x64 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_step_1_h) ?x63 ?x62)))
 (let ((?x65 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_step_0_h) 0.0 ?x64)))
 (let (($x66 (<= t_0 cerebral_adult_l1_end_h)))
 (let ((?x67 (ite $x66 (+ ?x56 (* ?x44 (- t_0 cerebral_adult_l1_step_3_h))) ?x57)))
 (let ((?x68 (ite (<= t_0 cerebral_adult_l1_step_3_h) (+ ?x55 (* ?x47 (- t_0 cerebral_adult_l1_step_2_h))) ?x67)))
 (let ((?x69 (ite (<= t_0 cerebral_adult_l1_step_2_h) (+ ?x54 (* ?x50 (- t_0 cerebral_adult_l1_step_1_h))) ?x68)))
 (let ((?x70 (ite (<= t_0 cerebral_adult_l1_step_1_h) (+ 0.0 (* ?x53 (- t_0 cerebral_adult_l1_step_0_h))) ?x69)))
 (let ((?x71 (ite (<= t_0 cerebral_adult_l1_step_0_h) 0.0 ?x70)))
 (let ((?x72 (+ ?x56 (* ?x44 (- cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_3_h)))))
 (let (($x73 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_end_h)))
 (let ((?x74 (+ ?x55 (* ?x47 (- cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_2_h)))))
 (let (($x29 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_3_h)))
 (let ((?x75 (+ ?x54 (* ?x50 (- cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_1_h)))))
 (let (($x32 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_2_h)))
 (let ((?x76 (+ 0.0 (* ?x53 (- cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_0_h)))))
 (let (($x35 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_1_h)))
 (let (($x38 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_0_h)))
 (let ((?x77 (ite $x38 0.0 (ite $x35 ?x76 (ite $x32 ?x75 (ite $x29 ?x74 (ite $x73 ?x72 ?x57)))))))
 (let ((?x78 (ite (< cerebral_adult_l1_refill_0_h t_0) (- cerebral_adult_l1_refill_0_volume_ml (+ (- ?x71 ?x77) 0.0)) (- 0.0 (+ (- ?x71 ?x65) 0.0)))))
 (let ((?x79 (+ ?x56 (* ?x44 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_3_h)))))
 (let (($x80 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_end_h)))
 (let ((?x81 (+ ?x55 (* ?x47 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_2_h)))))
 (let (($x30 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_3_h)))
 (let ((?x82 (+ ?x54 (* ?x50 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_1_h)))))
 (let (($x33 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_2_h)))
 (let ((?x83 (+ 0.0 (* ?x53 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_0_h)))))
 (let (($x36 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_1_h)))
 (let (($x39 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_0_h)))
 (let ((?x84 (ite $x39 0.0 (ite $x36 ?x83 (ite $x33 ?x82 (ite $x30 ?x81 (ite $x80 ?x79 ?x57)))))))
 (let ((?x85 (ite (< cerebral_adult_l1_refill_1_h t_0) (- cerebral_adult_l1_refill_1_volume_ml (+ (- ?x71 ?x84) 0.0)) ?x78)))
 (let ((?x86 (ite (<= 0.0 cerebral_adult_l1_step_0_h) cerebral_adult_l1_step_0_h 0.0)))
 (let (($x87 (or (and (< ?x86 t_0) $x66 (not (> ?x85 cerebral_adult_l1_alarm_ml))))))
 (=> holds_ITB-PUMP-4 (not $x87)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x88 (not (>= 1848.0 (- cerebral_adult_l1_end_h cerebral_adult_l1_refill_1_h)))))
 (let (($x89 (>= 1848.0 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_refill_0_h))))
 (=> holds_ITB-PUMP-5 (not (or (not $x89) $x88))))))
(assert
 (let (($x90 (not cerebral_adult_l1_bolus_1_emergency)))
 (let (($x91 (not cerebral_adult_l1_bolus_0_emergency)))
 (let (($x92 (or (and (ite (= cerebral_adult_l1_bolus_0_via 0) false true) $x91) (and (ite (= cerebral_adult_l1_bolus_1_via 0) false true) $x90))))
 (=> holds_ITB-PUMP-6 (not $x92))))))
(assert
 (let (($x93 (not (or (not (ite (= cerebral_adult_l1_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x93)))
(assert
 (let (($x94 (and (< 0.0 cerebral_adult_l1_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_screening_3_concentration_ug_ml))))
 (let (($x95 (and (< 0.0 cerebral_adult_l1_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_screening_2_concentration_ug_ml))))
 (let (($x96 (and (< 0.0 cerebral_adult_l1_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_screening_1_concentration_ug_ml))))
 (let (($x97 (and (< 0.0 cerebral_adult_l1_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_screening_0_concentration_ug_ml))))
 (let (($x98 (and (< 0.0 cerebral_adult_l1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_concentration_ug_ml))))
 (let (($x99 (not $x98)))
 (let (($x100 (and (< 0.0 cerebral_adult_l1_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_refill_1_concentration_ug_ml))))
 (let (($x101 (and (< 0.0 cerebral_adult_l1_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_refill_0_concentration_ug_ml))))
 (let (($x102 (or (= 50.0 cerebral_adult_l1_refill_1_concentration_ug_ml) (= 500.0 cerebral_adult_l1_refill_1_concentration_ug_ml) (= 2000.0 cerebral_adult_l1_refill_1_concentration_ug_ml))))
 (let (($x103 (= cerebral_adult_l1_refill_1_diluent 0)))
 (let (($x104 (ite $x103 true (ite (= cerebral_adult_l1_refill_1_diluent 1) false false))))
 (let (($x105 (or (= 50.0 cerebral_adult_l1_refill_0_concentration_ug_ml) (= 500.0 cerebral_adult_l1_refill_0_concentration_ug_ml) (= 2000.0 cerebral_adult_l1_refill_0_concentration_ug_ml))))
 (let (($x106 (= cerebral_adult_l1_refill_0_diluent 0)))
 (let (($x107 (ite $x106 true (ite (= cerebral_adult_l1_refill_0_diluent 1) false false))))
 (let (($x108 (ite $x103 false (ite (= cerebral_adult_l1_refill_1_diluent 1) true false))))
 (let (($x109 (ite $x106 false (ite (= cerebral_adult_l1_refill_0_diluent 1) true false))))
 (let (($x110 (or (not (or $x107 $x109)) (not (or $x104 $x108)) (and $x107 (not $x105)) (and $x104 (not $x102)) (not $x101) (not $x100) $x99 $x99 $x99 $x99 (not $x97) (not $x96) (not $x95) (not $x94))))
 (=> holds_ITB-CONC-1 (not $x110))))))))))))))))))))
(assert
 (let (($x111 (or (not (= 50.0 cerebral_adult_l1_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l1_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l1_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l1_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x111))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 cerebral_adult_l1_screening_0_dose_ug))))))
(assert
 (let (($x112 (or (not (<= 1.0 cerebral_adult_l1_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l1_screening_1_duration_min)) (not (<= 1.0 cerebral_adult_l1_screening_2_duration_min)) (not (<= 1.0 cerebral_adult_l1_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x112))))
(assert
 (let (($x113 (<= 24.0 (- cerebral_adult_l1_screening_3_h cerebral_adult_l1_screening_2_h))))
 (let (($x114 (= cerebral_adult_l1_screening_2_response 0)))
 (let (($x115 (ite $x114 true false)))
 (let (($x116 (<= 24.0 (- cerebral_adult_l1_screening_2_h cerebral_adult_l1_screening_1_h))))
 (let (($x117 (= cerebral_adult_l1_screening_1_response 0)))
 (let (($x118 (ite $x117 true false)))
 (let (($x119 (<= 24.0 (- cerebral_adult_l1_screening_1_h cerebral_adult_l1_screening_0_h))))
 (let (($x120 (= cerebral_adult_l1_screening_0_response 0)))
 (let (($x121 (ite $x120 true false)))
 (let (($x122 (<= cerebral_adult_l1_screening_3_dose_ug (+ cerebral_adult_l1_screening_2_dose_ug 25.0))))
 (let (($x123 (<= cerebral_adult_l1_screening_2_dose_ug (+ cerebral_adult_l1_screening_1_dose_ug 25.0))))
 (let (($x124 (<= cerebral_adult_l1_screening_1_dose_ug (+ cerebral_adult_l1_screening_0_dose_ug 25.0))))
 (let (($x125 (or (not $x121) (not $x118) (not $x115) (and $x121 (not $x124)) (and $x118 (not $x123)) (and $x115 (not $x122)) (and $x121 (not $x119)) (and $x118 (not $x116)) (and $x115 (not $x113)))))
 (=> holds_ITB-SCR-4 (not $x125))))))))))))))))
(assert
 (let (($x126 (or (not (>= 100.0 cerebral_adult_l1_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l1_screening_1_dose_ug)) (not (>= 100.0 cerebral_adult_l1_screening_2_dose_ug)) (not (>= 100.0 cerebral_adult_l1_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x126))))
(assert
 (let (($x127 (= cerebral_adult_l1_screening_3_response 0)))
 (let (($x128 (ite $x127 false true)))
 (let (($x129 (and $x128 (<= cerebral_adult_l1_screening_3_h cerebral_adult_l1_step_0_h))))
 (let (($x114 (= cerebral_adult_l1_screening_2_response 0)))
 (let (($x130 (ite $x114 false true)))
 (let (($x131 (and $x130 (<= cerebral_adult_l1_screening_2_h cerebral_adult_l1_step_0_h))))
 (let (($x117 (= cerebral_adult_l1_screening_1_response 0)))
 (let (($x132 (ite $x117 false true)))
 (let (($x133 (and $x132 (<= cerebral_adult_l1_screening_1_h cerebral_adult_l1_step_0_h))))
 (let (($x120 (= cerebral_adult_l1_screening_0_response 0)))
 (let (($x134 (ite $x120 false true)))
 (let (($x135 (and $x134 (<= cerebral_adult_l1_screening_0_h cerebral_adult_l1_step_0_h))))
 (=> holds_ITB-SCR-6 (not (or (not (or $x135 $x133 $x131 $x129))))))))))))))))))
(assert
 (let ((?x136 (* 2.0 cerebral_adult_l1_screening_3_dose_ug)))
 (let ((?x137 (ite (>= 12.0 cerebral_adult_l1_screening_3_effect_h) ?x136 cerebral_adult_l1_screening_3_dose_ug)))
 (let (($x127 (= cerebral_adult_l1_screening_3_response 0)))
 (let (($x128 (ite $x127 false true)))
 (let ((?x138 (* 2.0 cerebral_adult_l1_screening_2_dose_ug)))
 (let ((?x139 (ite (>= 12.0 cerebral_adult_l1_screening_2_effect_h) ?x138 cerebral_adult_l1_screening_2_dose_ug)))
 (let (($x114 (= cerebral_adult_l1_screening_2_response 0)))
 (let (($x130 (ite $x114 false true)))
 (let ((?x140 (* 2.0 cerebral_adult_l1_screening_1_dose_ug)))
 (let ((?x141 (ite (>= 12.0 cerebral_adult_l1_screening_1_effect_h) ?x140 cerebral_adult_l1_screening_1_dose_ug)))
 (let (($x117 (= cerebral_adult_l1_screening_1_response 0)))
 (let (($x132 (ite $x117 false true)))
 (let ((?x142 (* 2.0 cerebral_adult_l1_screening_0_dose_ug)))
 (let ((?x143 (ite (>= 12.0 cerebral_adult_l1_screening_0_effect_h) ?x142 cerebral_adult_l1_screening_0_dose_ug)))
 (let (($x120 (= cerebral_adult_l1_screening_0_response 0)))
 (let (($x134 (ite $x120 false true)))
 (let (($x144 (or (and $x134 (not (<= cerebral_adult_l1_step_0_daily_dose_ug ?x143))) (and $x132 (not (<= cerebral_adult_l1_step_0_daily_dose_ug ?x141))) (and $x130 (not (<= cerebral_adult_l1_step_0_daily_dose_ug ?x139))) (and $x128 (not (<= cerebral_adult_l1_step_0_daily_dose_ug ?x137))))))
 (=> holds_ITB-INIT-1 (not $x144))))))))))))))))))))
(assert
 (let (($x145 (not (<= 24.0 (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_0_h)))))
 (let (($x146 (> cerebral_adult_l1_step_3_daily_dose_ug cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x147 (not (<= 24.0 (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_0_h)))))
 (let (($x148 (> cerebral_adult_l1_step_2_daily_dose_ug cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x149 (not (<= 24.0 (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_0_h)))))
 (let (($x150 (> cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x150 $x149) (and $x148 $x147) (and $x146 $x145)))))))))))
(assert
 (let ((?x151 (/ 3.0 20.0)))
 (let ((?x152 (/ 1.0 5.0)))
 (let (($x153 (<= 18.0 cerebral_adult_l1_age_years)))
 (let ((?x154 (+ 1.0 (ite $x153 ?x152 ?x151))))
 (let (($x155 (<= cerebral_adult_l1_step_3_daily_dose_ug (* ?x154 cerebral_adult_l1_step_2_daily_dose_ug))))
 (let (($x146 (> cerebral_adult_l1_step_3_daily_dose_ug cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x156 (<= cerebral_adult_l1_step_2_daily_dose_ug (* ?x154 cerebral_adult_l1_step_1_daily_dose_ug))))
 (let (($x148 (> cerebral_adult_l1_step_2_daily_dose_ug cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x157 (<= cerebral_adult_l1_step_1_daily_dose_ug (* ?x154 cerebral_adult_l1_step_0_daily_dose_ug))))
 (let (($x150 (> cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x158 (or (and $x150 (not $x157)) (and $x148 (not $x156)) (and $x146 (not $x155)))))
 (=> holds_ITB-TITR-1 (not $x158))))))))))))))
(assert
 (let ((?x159 (ite cerebral_adult_l1_programmable 24.0 48.0)))
 (let (($x160 (not (>= (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_3_h) ?x159))))
 (let (($x146 (> cerebral_adult_l1_step_3_daily_dose_ug cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x161 (and $x146 (and (< cerebral_adult_l1_step_3_h cerebral_adult_l1_step_3_h) $x146) $x160)))
 (let (($x162 (not (>= (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_2_h) ?x159))))
 (let (($x148 (> cerebral_adult_l1_step_2_daily_dose_ug cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x163 (and $x146 (and (< cerebral_adult_l1_step_2_h cerebral_adult_l1_step_3_h) $x148) $x162)))
 (let (($x164 (not (>= (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_1_h) ?x159))))
 (let (($x150 (> cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x165 (and $x146 (and (< cerebral_adult_l1_step_1_h cerebral_adult_l1_step_3_h) $x150) $x164)))
 (let (($x166 (not (>= (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_3_h) ?x159))))
 (let (($x167 (and $x148 (and (< cerebral_adult_l1_step_3_h cerebral_adult_l1_step_2_h) $x146) $x166)))
 (let (($x168 (not (>= (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_2_h) ?x159))))
 (let (($x169 (and $x148 (and (< cerebral_adult_l1_step_2_h cerebral_adult_l1_step_2_h) $x148) $x168)))
 (let (($x170 (not (>= (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_1_h) ?x159))))
 (let (($x171 (and $x148 (and (< cerebral_adult_l1_step_1_h cerebral_adult_l1_step_2_h) $x150) $x170)))
 (let (($x172 (not (>= (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_3_h) ?x159))))
 (let (($x173 (and $x150 (and (< cerebral_adult_l1_step_3_h cerebral_adult_l1_step_1_h) $x146) $x172)))
 (let (($x174 (not (>= (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_2_h) ?x159))))
 (let (($x175 (and $x150 (and (< cerebral_adult_l1_step_2_h cerebral_adult_l1_step_1_h) $x148) $x174)))
 (let (($x176 (not (>= (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_1_h) ?x159))))
 (let (($x177 (and $x150 (and (< cerebral_adult_l1_step_1_h cerebral_adult_l1_step_1_h) $x150) $x176)))
 (=> holds_ITB-TITR-2 (not (or $x177 $x175 $x173 $x171 $x169 $x167 $x165 $x163 $x161))))))))))))))))))))))))))
(assert
 (let ((?x178 (ite (<= cerebral_adult_l1_step_1_h w_0) cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
 (let ((?x179 (ite (<= cerebral_adult_l1_step_2_h w_0) cerebral_adult_l1_step_2_daily_dose_ug ?x178)))
 (let ((?x180 (ite (<= cerebral_adult_l1_step_3_h w_0) cerebral_adult_l1_step_3_daily_dose_ug ?x179)))
 (let (($x181 (and (<= (- w_0 24.0) cerebral_adult_l1_bolus_1_h) (< cerebral_adult_l1_bolus_1_h w_0))))
 (let (($x182 (and (<= (- w_0 24.0) cerebral_adult_l1_bolus_0_h) (< cerebral_adult_l1_bolus_0_h w_0))))
 (let ((?x183 (+ (+ 0.0 (ite $x182 cerebral_adult_l1_bolus_0_dose_ug 0.0)) (ite $x181 cerebral_adult_l1_bolus_1_dose_ug 0.0))))
 (let ((?x42 (- cerebral_adult_l1_end_h cerebral_adult_l1_step_3_h)))
 (let ((?x43 (/ cerebral_adult_l1_step_3_daily_dose_ug 24.0)))
 (let ((?x45 (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_2_h)))
 (let ((?x46 (/ cerebral_adult_l1_step_2_daily_dose_ug 24.0)))
 (let ((?x48 (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_1_h)))
 (let ((?x49 (/ cerebral_adult_l1_step_1_daily_dose_ug 24.0)))
 (let ((?x51 (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_0_h)))
 (let ((?x52 (/ cerebral_adult_l1_step_0_daily_dose_ug 24.0)))
 (let ((?x184 (+ 0.0 (* ?x52 ?x51))))
 (let ((?x185 (+ ?x184 (* ?x49 ?x48))))
 (let ((?x186 (+ ?x185 (* ?x46 ?x45))))
 (let ((?x187 (+ ?x186 (* ?x43 ?x42))))
 (let ((?x188 (ite (<= (- w_0 24.0) cerebral_adult_l1_end_h) (+ ?x186 (* ?x43 (- (- w_0 24.0) cerebral_adult_l1_step_3_h))) ?x187)))
 (let ((?x189 (ite (<= (- w_0 24.0) cerebral_adult_l1_step_3_h) (+ ?x185 (* ?x46 (- (- w_0 24.0) cerebral_adult_l1_step_2_h))) ?x188)))
 (let ((?x190 (ite (<= (- w_0 24.0) cerebral_adult_l1_step_2_h) (+ ?x184 (* ?x49 (- (- w_0 24.0) cerebral_adult_l1_step_1_h))) ?x189)))
 (let ((?x191 (ite (<= (- w_0 24.0) cerebral_adult_l1_step_1_h) (+ 0.0 (* ?x52 (- (- w_0 24.0) cerebral_adult_l1_step_0_h))) ?x190)))
 (let ((?x192 (ite (<= w_0 cerebral_adult_l1_end_h) (+ ?x186 (* ?x43 (- w_0 cerebral_adult_l1_step_3_h))) ?x187)))
 (let ((?x193 (ite (<= w_0 cerebral_adult_l1_step_3_h) (+ ?x185 (* ?x46 (- w_0 cerebral_adult_l1_step_2_h))) ?x192)))
 (let ((?x194 (ite (<= w_0 cerebral_adult_l1_step_2_h) (+ ?x184 (* ?x49 (- w_0 cerebral_adult_l1_step_1_h))) ?x193)))
 (let ((?x195 (ite (<= w_0 cerebral_adult_l1_step_1_h) (+ 0.0 (* ?x52 (- w_0 cerebral_adult_l1_step_0_h))) ?x194)))
 (let ((?x196 (ite (<= w_0 cerebral_adult_l1_step_0_h) 0.0 ?x195)))
 (let ((?x197 (- ?x196 (ite (<= (- w_0 24.0) cerebral_adult_l1_step_0_h) 0.0 ?x191))))
 (let ((?x198 (ite (>= (- w_0 24.0) cerebral_adult_l1_step_0_h) (+ ?x197 ?x183) (* 1.0 ?x180))))
 (let ((?x151 (/ 3.0 20.0)))
 (let ((?x152 (/ 1.0 5.0)))
 (let (($x199 (ite (< cerebral_adult_l1_step_2_h (+ w_0 24.0)) true (ite (< cerebral_adult_l1_step_1_h (+ w_0 24.0)) true false))))
 (let (($x153 (<= 18.0 cerebral_adult_l1_age_years)))
 (let (($x200 (and $x153 (ite (< cerebral_adult_l1_step_3_h (+ w_0 24.0)) true $x199))))
 (let (($x201 (<= w_0 cerebral_adult_l1_bolus_1_h)))
 (let ((?x202 (ite (and $x201 (< cerebral_adult_l1_bolus_1_h (+ w_0 24.0))) cerebral_adult_l1_bolus_1_dose_ug 0.0)))
 (let (($x203 (<= w_0 cerebral_adult_l1_bolus_0_h)))
 (let ((?x204 (ite (and $x203 (< cerebral_adult_l1_bolus_0_h (+ w_0 24.0))) cerebral_adult_l1_bolus_0_dose_ug 0.0)))
 (let ((?x205 (+ w_0 24.0)))
 (let (($x206 (<= ?x205 cerebral_adult_l1_end_h)))
 (let ((?x207 (ite (<= ?x205 cerebral_adult_l1_step_3_h) (+ ?x185 (* ?x46 (- ?x205 cerebral_adult_l1_step_2_h))) (ite $x206 (+ ?x186 (* ?x43 (- ?x205 cerebral_adult_l1_step_3_h))) ?x187))))
 (let ((?x208 (ite (<= ?x205 cerebral_adult_l1_step_2_h) (+ ?x184 (* ?x49 (- ?x205 cerebral_adult_l1_step_1_h))) ?x207)))
 (let ((?x209 (ite (<= ?x205 cerebral_adult_l1_step_1_h) (+ 0.0 (* ?x52 (- ?x205 cerebral_adult_l1_step_0_h))) ?x208)))
 (let ((?x210 (+ (- (ite (<= ?x205 cerebral_adult_l1_step_0_h) 0.0 ?x209) ?x196) (+ (+ 0.0 ?x204) ?x202))))
 (let (($x211 (and (<= cerebral_adult_l1_step_0_h w_0) $x206 (not (<= ?x210 (* (+ 1.0 (ite $x200 ?x152 ?x151)) ?x198))))))
 (=> holds_ITB-TITR-3 (not (or $x211)))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x212 (ite (<= cerebral_adult_l1_step_1_h cerebral_adult_l1_bolus_1_h) cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
(let ((?x213 (ite (<= cerebral_adult_l1_step_2_h cerebral_adult_l1_bolus_1_h) cerebral_adult_l1_step_2_daily_dose_ug ?x212)))
(let ((?x214 (ite (<= cerebral_adult_l1_step_3_h cerebral_adult_l1_bolus_1_h) cerebral_adult_l1_step_3_daily_dose_ug ?x213)))
(let ((?x215 (ite (< cerebral_adult_l1_bolus_1_h cerebral_adult_l1_step_0_h) 0.0 ?x214)))
(let (($x216 (<= cerebral_adult_l1_bolus_1_dose_ug (ite (>= 100.0 ?x215) 100.0 ?x215))))
(let ((?x217 (ite (<= cerebral_adult_l1_step_1_h cerebral_adult_l1_bolus_0_h) cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
(let ((?x218 (ite (<= cerebral_adult_l1_step_2_h cerebral_adult_l1_bolus_0_h) cerebral_adult_l1_step_2_daily_dose_ug ?x217)))
(let ((?x219 (ite (<= cerebral_adult_l1_step_3_h cerebral_adult_l1_bolus_0_h) cerebral_adult_l1_step_3_daily_dose_ug ?x218)))
(let ((?x220 (ite (< cerebral_adult_l1_bolus_0_h cerebral_adult_l1_step_0_h) 0.0 ?x219)))
(let (($x221 (<= cerebral_adult_l1_bolus_0_dose_ug (ite (>= 100.0 ?x220) 100.0 ?x220))))
(=> holds_ITB-DOSE-3 (not (or (not $x221) (not $x216)))))))))))))))
(check-sat)
