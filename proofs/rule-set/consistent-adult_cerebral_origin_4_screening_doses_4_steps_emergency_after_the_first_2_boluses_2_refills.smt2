; itbverify 0.1.0: rule-set consistency, adult, cerebral origin; 4 screening doses, 4 steps (emergency after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_adult_l3_age_years () Real)
(declare-fun cerebral_adult_l3_months_since_injury () Real)
(declare-fun cerebral_adult_l3_reservoir_ml () Real)
(declare-fun cerebral_adult_l3_alarm_ml () Real)
(declare-fun cerebral_adult_l3_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l3_screening_0_h () Real)
(declare-fun cerebral_adult_l3_screening_0_dose_ug () Real)
(declare-fun cerebral_adult_l3_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l3_screening_0_duration_min () Real)
(declare-fun cerebral_adult_l3_screening_0_response () Int)
(declare-fun cerebral_adult_l3_screening_0_effect_h () Real)
(declare-fun cerebral_adult_l3_screening_1_h () Real)
(declare-fun cerebral_adult_l3_screening_1_dose_ug () Real)
(declare-fun cerebral_adult_l3_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l3_screening_1_duration_min () Real)
(declare-fun cerebral_adult_l3_screening_1_response () Int)
(declare-fun cerebral_adult_l3_screening_1_effect_h () Real)
(declare-fun cerebral_adult_l3_screening_2_h () Real)
(declare-fun cerebral_adult_l3_screening_2_dose_ug () Real)
(declare-fun cerebral_adult_l3_screening_2_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l3_screening_2_duration_min () Real)
(declare-fun cerebral_adult_l3_screening_2_response () Int)
(declare-fun cerebral_adult_l3_screening_2_effect_h () Real)
(declare-fun cerebral_adult_l3_screening_3_h () Real)
(declare-fun cerebral_adult_l3_screening_3_dose_ug () Real)
(declare-fun cerebral_adult_l3_screening_3_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l3_screening_3_duration_min () Real)
(declare-fun cerebral_adult_l3_screening_3_response () Int)
(declare-fun cerebral_adult_l3_screening_3_effect_h () Real)
(declare-fun cerebral_adult_l3_step_0_h () Real)
(declare-fun cerebral_adult_l3_step_0_daily_dose_ug () Real)
(declare-fun cerebral_adult_l3_step_0_rate_ml_day () Real)
(declare-fun cerebral_adult_l3_step_1_h () Real)
(declare-fun cerebral_adult_l3_step_1_daily_dose_ug () Real)
(declare-fun cerebral_adult_l3_step_1_rate_ml_day () Real)
(declare-fun cerebral_adult_l3_step_2_h () Real)
(declare-fun cerebral_adult_l3_step_2_daily_dose_ug () Real)
(declare-fun cerebral_adult_l3_step_2_rate_ml_day () Real)
(declare-fun cerebral_adult_l3_step_3_h () Real)
(declare-fun cerebral_adult_l3_step_3_daily_dose_ug () Real)
(declare-fun cerebral_adult_l3_step_3_rate_ml_day () Real)
(declare-fun cerebral_adult_l3_end_h () Real)
(declare-fun cerebral_adult_l3_refill_0_h () Real)
(declare-fun cerebral_adult_l3_refill_0_volume_ml () Real)
(declare-fun cerebral_adult_l3_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l3_refill_0_diluent () Int)
(declare-fun cerebral_adult_l3_refill_1_h () Real)
(declare-fun cerebral_adult_l3_refill_1_volume_ml () Real)
(declare-fun cerebral_adult_l3_refill_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l3_refill_1_diluent () Int)
(declare-fun cerebral_adult_l3_bolus_0_h () Real)
(declare-fun cerebral_adult_l3_bolus_0_dose_ug () Real)
(declare-fun cerebral_adult_l3_bolus_0_via () Int)
(declare-fun cerebral_adult_l3_bolus_1_h () Real)
(declare-fun cerebral_adult_l3_bolus_1_dose_ug () Real)
(declare-fun cerebral_adult_l3_bolus_1_via () Int)
(declare-fun cerebral_adult_l3_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_adult_l3_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_adult_l3_bolus_1_emergency () Bool)
(declare-fun cerebral_adult_l3_bolus_0_emergency () Bool)
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
(declare-fun cerebral_adult_l3_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= cerebral_adult_l3_age_years 0.0))
(assert
 (<= cerebral_adult_l3_age_years 120.0))
(assert
 (>= cerebral_adult_l3_age_years 18.0))
(assert
 (>= cerebral_adult_l3_months_since_injury 0.0))
(assert
 (<= cerebral_adult_l3_months_since_injury 100000.0))
(assert
 (>= cerebral_adult_l3_reservoir_ml 0.0))
(assert
 (<= cerebral_adult_l3_reservoir_ml 100000.0))
(assert
 (>= cerebral_adult_l3_alarm_ml 0.0))
(assert
 (<= cerebral_adult_l3_alarm_ml 100000.0))
(assert
 (>= cerebral_adult_l3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l3_screening_0_h 0.0))
(assert
 (<= cerebral_adult_l3_screening_0_h 100000.0))
(assert
 (>= cerebral_adult_l3_screening_0_h 0.0))
(assert
 (>= cerebral_adult_l3_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l3_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l3_screening_0_duration_min 0.0))
(assert
 (<= cerebral_adult_l3_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_adult_l3_screening_0_response 0))
(assert
 (< cerebral_adult_l3_screening_0_response 2))
(assert
 (>= cerebral_adult_l3_screening_0_effect_h 0.0))
(assert
 (<= cerebral_adult_l3_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_adult_l3_screening_1_h 0.0))
(assert
 (<= cerebral_adult_l3_screening_1_h 100000.0))
(assert
 (>= cerebral_adult_l3_screening_1_h cerebral_adult_l3_screening_0_h))
(assert
 (>= cerebral_adult_l3_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l3_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l3_screening_1_duration_min 0.0))
(assert
 (<= cerebral_adult_l3_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_adult_l3_screening_1_response 0))
(assert
 (< cerebral_adult_l3_screening_1_response 2))
(assert
 (>= cerebral_adult_l3_screening_1_effect_h 0.0))
(assert
 (<= cerebral_adult_l3_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_adult_l3_screening_2_h 0.0))
(assert
 (<= cerebral_adult_l3_screening_2_h 100000.0))
(assert
 (>= cerebral_adult_l3_screening_2_h cerebral_adult_l3_screening_1_h))
(assert
 (>= cerebral_adult_l3_screening_2_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_screening_2_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_screening_2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l3_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l3_screening_2_duration_min 0.0))
(assert
 (<= cerebral_adult_l3_screening_2_duration_min 100000.0))
(assert
 (>= cerebral_adult_l3_screening_2_response 0))
(assert
 (< cerebral_adult_l3_screening_2_response 2))
(assert
 (>= cerebral_adult_l3_screening_2_effect_h 0.0))
(assert
 (<= cerebral_adult_l3_screening_2_effect_h 100000.0))
(assert
 (>= cerebral_adult_l3_screening_3_h 0.0))
(assert
 (<= cerebral_adult_l3_screening_3_h 100000.0))
(assert
 (>= cerebral_adult_l3_screening_3_h cerebral_adult_l3_screening_2_h))
(assert
 (>= cerebral_adult_l3_screening_3_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_screening_3_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_screening_3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l3_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l3_screening_3_duration_min 0.0))
(assert
 (<= cerebral_adult_l3_screening_3_duration_min 100000.0))
(assert
 (>= cerebral_adult_l3_screening_3_response 0))
(assert
 (< cerebral_adult_l3_screening_3_response 2))
(assert
 (>= cerebral_adult_l3_screening_3_effect_h 0.0))
(assert
 (<= cerebral_adult_l3_screening_3_effect_h 100000.0))
(assert
 (>= cerebral_adult_l3_step_0_h 0.0))
(assert
 (<= cerebral_adult_l3_step_0_h 100000.0))
(assert
 (>= cerebral_adult_l3_step_0_h cerebral_adult_l3_screening_3_h))
(assert
 (>= cerebral_adult_l3_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l3_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l3_step_1_h 0.0))
(assert
 (<= cerebral_adult_l3_step_1_h 100000.0))
(assert
 (> cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h))
(assert
 (>= cerebral_adult_l3_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l3_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l3_step_2_h 0.0))
(assert
 (<= cerebral_adult_l3_step_2_h 100000.0))
(assert
 (> cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h))
(assert
 (>= cerebral_adult_l3_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l3_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l3_step_3_h 0.0))
(assert
 (<= cerebral_adult_l3_step_3_h 100000.0))
(assert
 (> cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h))
(assert
 (>= cerebral_adult_l3_step_3_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_step_3_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_step_3_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l3_step_3_rate_ml_day 100000.0))
(assert
 (<= cerebral_adult_l3_end_h 100000.0))
(assert
 (>= cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h))
(assert
 (<= cerebral_adult_l3_refill_0_h 100000.0))
(assert
 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_end_h))
(assert
 (>= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h))
(assert
 (>= cerebral_adult_l3_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_adult_l3_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l3_refill_0_volume_ml cerebral_adult_l3_reservoir_ml))
(assert
 (>= cerebral_adult_l3_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l3_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l3_refill_0_diluent 0))
(assert
 (< cerebral_adult_l3_refill_0_diluent 3))
(assert
 (<= cerebral_adult_l3_refill_1_h 100000.0))
(assert
 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_end_h))
(assert
 (>= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h))
(assert
 (> cerebral_adult_l3_refill_1_h cerebral_adult_l3_refill_0_h))
(assert
 (>= cerebral_adult_l3_refill_1_volume_ml 0.0))
(assert
 (<= cerebral_adult_l3_refill_1_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l3_refill_1_volume_ml cerebral_adult_l3_reservoir_ml))
(assert
 (>= cerebral_adult_l3_refill_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l3_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l3_refill_1_diluent 0))
(assert
 (< cerebral_adult_l3_refill_1_diluent 3))
(assert
 (= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h))
(assert
 (<= cerebral_adult_l3_bolus_0_h 100000.0))
(assert
 (>= cerebral_adult_l3_bolus_0_h cerebral_adult_l3_step_0_h))
(assert
 (<= cerebral_adult_l3_bolus_0_h cerebral_adult_l3_end_h))
(assert
 (>= cerebral_adult_l3_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_bolus_0_via 0))
(assert
 (< cerebral_adult_l3_bolus_0_via 2))
(assert
 (<= cerebral_adult_l3_bolus_1_h 100000.0))
(assert
 (>= cerebral_adult_l3_bolus_1_h cerebral_adult_l3_step_0_h))
(assert
 (<= cerebral_adult_l3_bolus_1_h cerebral_adult_l3_end_h))
(assert
 (>= cerebral_adult_l3_bolus_1_h cerebral_adult_l3_bolus_0_h))
(assert
 (>= cerebral_adult_l3_bolus_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l3_bolus_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l3_bolus_1_via 0))
(assert
 (< cerebral_adult_l3_bolus_1_via 2))
(assert
 (>= cerebral_adult_l3_route 0))
(assert
 (< cerebral_adult_l3_route 2))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-STOP-1 $x1)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-STOP-2 $x1)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 cerebral_adult_l3_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 cerebral_adult_l3_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or cerebral_adult_l3_infection))))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-1 $x1)))
(assert
 (let (($x1 (not false)))
 (=> holds_ITB-PUMP-2 $x1)))
(assert
 (let ((?x2 (* cerebral_adult_l3_step_3_rate_ml_day cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x3 (- ?x2 cerebral_adult_l3_step_3_daily_dose_ug)))
 (let (($x4 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l3_step_3_daily_dose_ug) ?x3)))
 (let (($x5 (and $x4 (<= ?x3 (* (/ 1.0 100.0) cerebral_adult_l3_step_3_daily_dose_ug)))))
 (let ((?x6 (* cerebral_adult_l3_step_2_rate_ml_day cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x7 (- ?x6 cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x8 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l3_step_2_daily_dose_ug) ?x7)))
 (let (($x9 (and $x8 (<= ?x7 (* (/ 1.0 100.0) cerebral_adult_l3_step_2_daily_dose_ug)))))
 (let ((?x10 (* cerebral_adult_l3_step_1_rate_ml_day cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x11 (- ?x10 cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x12 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l3_step_1_daily_dose_ug) ?x11)))
 (let (($x13 (and $x12 (<= ?x11 (* (/ 1.0 100.0) cerebral_adult_l3_step_1_daily_dose_ug)))))
 (let ((?x14 (* cerebral_adult_l3_step_0_rate_ml_day cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x15 (- ?x14 cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x16 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l3_step_0_daily_dose_ug) ?x15)))
 (let (($x17 (and $x16 (<= ?x15 (* (/ 1.0 100.0) cerebral_adult_l3_step_0_daily_dose_ug)))))
 (let (($x18 (= cerebral_adult_l3_concentration_ug_ml cerebral_adult_l3_refill_1_concentration_ug_ml)))
 (let (($x19 (not $x18)))
 (let (($x20 (= cerebral_adult_l3_concentration_ug_ml cerebral_adult_l3_refill_0_concentration_ug_ml)))
 (let (($x21 (not $x20)))
 (let (($x22 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))
 (let (($x23 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))
 (let (($x24 (and (ite $x23 true (ite $x22 true false)) (not (ite $x23 $x18 (ite $x22 $x20 false))))))
 (let (($x25 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))
 (let (($x26 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))
 (let (($x27 (and (ite $x26 true (ite $x25 true false)) (not (ite $x26 $x18 (ite $x25 $x20 false))))))
 (let (($x28 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))
 (let (($x29 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))
 (let (($x30 (and (ite $x29 true (ite $x28 true false)) (not (ite $x29 $x18 (ite $x28 $x20 false))))))
 (let (($x31 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))
 (let (($x32 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))
 (let (($x33 (and (ite $x32 true (ite $x31 true false)) (not (ite $x32 $x18 (ite $x31 $x20 false))))))
 (let (($x34 (or $x33 $x30 $x27 $x24 $x21 $x19 (not $x17) (not $x13) (not $x9) (not $x5))))
 (=> holds_ITB-PUMP-3 (not $x34))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x35 (/ cerebral_adult_l3_bolus_1_dose_ug cerebral_adult_l3_concentration_ug_ml)))
 (let (($x36 (= cerebral_adult_l3_bolus_1_h cerebral_adult_l3_end_h)))
 (let ((?x37 (ite (and (ite (= cerebral_adult_l3_bolus_1_via 0) true false) $x36) ?x35 0.0)))
 (let ((?x38 (/ cerebral_adult_l3_bolus_0_dose_ug cerebral_adult_l3_concentration_ug_ml)))
 (let (($x39 (= cerebral_adult_l3_bolus_0_h cerebral_adult_l3_end_h)))
 (let ((?x40 (ite (and (ite (= cerebral_adult_l3_bolus_0_via 0) true false) $x39) ?x38 0.0)))
 (let ((?x41 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h)))
 (let ((?x42 (/ cerebral_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x44 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h)))
 (let ((?x45 (/ cerebral_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x46 (/ ?x45 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x47 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h)))
 (let ((?x48 (/ cerebral_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x49 (/ ?x48 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x50 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x51 (/ cerebral_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x52 (/ ?x51 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x53 (+ 0.0 (* ?x52 ?x50))))
 (let ((?x54 (+ ?x53 (* ?x49 ?x47))))
 (let ((?x55 (+ ?x54 (* ?x46 ?x44))))
 (let ((?x56 (+ ?x55 (* ?x43 ?x41))))
 (let ((?x57 (+ ?x55 (* ?x43 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_3_h)))))
 (let ((?x58 (+ ?x54 (* ?x46 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_2_h)))))
 (let ((?x59 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_3_h) ?x58 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_end_h) ?x57 ?x56))))
 (let ((?x60 (+ ?x53 (* ?x49 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_1_h)))))
 (let ((?x61 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_2_h) ?x60 ?x59)))
 (let ((?x62 (+ 0.0 (* ?x52 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_0_h)))))
 (let ((?x63 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_1_h) ?x62 ?x61)))
 (let ((?x64 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_0_h) 0.0 ?x63)))
 (let ((?x65 (+ ?x54 (* ?x46 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_2_h)))))
 (let ((?x66 (ite (<= cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h) ?x65 (ite (<= cerebral_adult_l3_end_h cerebral_adult_l3_end_h) ?x56 ?x56))))
 (let ((?x67 (+ ?x53 (* ?x49 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_1_h)))))
 (let ((?x68 (+ 0.0 (* ?x52 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_0_h)))))
 (let ((?x69 (ite (<= cerebral_adult_l3_end_h cerebral_adult_l3_step_1_h) ?x68 (ite (<= cerebral_adult_l3_end_h cerebral_adult_l3_step_2_h) ?x67 ?x66))))
 (let ((?x70 (ite (<= cerebral_adult_l3_end_h cerebral_adult_l3_step_0_h) 0.0 ?x69)))
 (let ((?x71 (+ ?x55 (* ?x43 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))))
 (let (($x72 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_end_h)))
 (let ((?x73 (+ ?x54 (* ?x46 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))))
 (let (($x22 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))
 (let ((?x74 (+ ?x53 (* ?x49 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))))
 (let (($x25 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))
 (let ((?x75 (+ 0.0 (* ?x52 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))))
 (let (($x28 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))
 (let (($x31 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))
 (let ((?x76 (ite $x31 0.0 (ite $x28 ?x75 (ite $x25 ?x74 (ite $x22 ?x73 (ite $x72 ?x71 ?x56)))))))
 (let ((?x77 (ite (< cerebral_adult_l3_refill_0_h cerebral_adult_l3_end_h) (- cerebral_adult_l3_refill_0_volume_ml (+ (- ?x70 ?x76) 0.0)) (- 0.0 (+ (- ?x70 ?x64) 0.0)))))
 (let ((?x78 (+ ?x55 (* ?x43 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))))
 (let (($x79 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_end_h)))
 (let ((?x80 (+ ?x54 (* ?x46 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))))
 (let (($x23 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))
 (let ((?x81 (+ ?x53 (* ?x49 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))))
 (let (($x26 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))
 (let ((?x82 (+ 0.0 (* ?x52 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))))
 (let (($x29 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))
 (let (($x32 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x83 (ite $x32 0.0 (ite $x29 ?x82 (ite $x26 ?x81 (ite $x23 ?x80 (ite $x79 ?x78 ?x56)))))))
 (let ((?x84 (ite (< cerebral_adult_l3_refill_1_h cerebral_adult_l3_end_h) (- cerebral_adult_l3_refill_1_volume_ml (+ (- ?x70 ?x83) 0.0)) ?x77)))
 (let (($x85 (> (- ?x84 (* 1.0 (+ (+ 0.0 ?x40) ?x37))) cerebral_adult_l3_alarm_ml)))
 (let (($x86 (or (= cerebral_adult_l3_refill_0_h cerebral_adult_l3_end_h) (= cerebral_adult_l3_refill_1_h cerebral_adult_l3_end_h))))
 (let (($x87 (not $x86)))
 (let (($x88 (<= t_0 cerebral_adult_l3_end_h)))
 (let ((?x89 (ite $x88 (+ ?x55 (* ?x43 (- t_0 cerebral_adult_l3_step_3_h))) ?x56)))
 (let ((?x90 (ite (<= t_0 cerebral_adult_l3_step_3_h) (+ ?x54 (* ?x46 (- t_0 cerebral_adult_l3_step_2_h))) ?x89)))
 (let ((?x91 (ite (<= t_0 cerebral_adult_l3_step_2_h) (+ ?x53 (* ?x49 (- t_0 cerebral_adult_l3_step_1_h))) ?x90)))
 (let ((?x92 (ite (<= t_0 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x52 (- t_0 cerebral_adult_l3_step_0_h))) ?x91)))
 (let ((?x93 (ite (<= t_0 cerebral_adult_l3_step_0_h) 0.0 ?x92)))
 (let ((?x94 (ite (< cerebral_adult_l3_refill_0_h t_0) (- cerebral_adult_l3_refill_0_volume_ml (+ (- ?x93 ?x76) 0.0)) (- 0.0 (+ (- ?x93 ?x64) 0.0)))))
 (let ((?x95 (ite (< cerebral_adult_l3_refill_1_h t_0) (- cerebral_adult_l3_refill_1_volume_ml (+ (- ?x93 ?x83) 0.0)) ?x94)))
 (let ((?x96 (ite (<= 0.0 cerebral_adult_l3_step_0_h) cerebral_adult_l3_step_0_h 0.0)))
 (let (($x97 (or (and (< ?x96 t_0) $x88 (not (> ?x95 cerebral_adult_l3_alarm_ml))) (and $x87 (not $x85)))))
 (=> holds_ITB-PUMP-4 (not $x97))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x98 (not (>= 1848.0 (- cerebral_adult_l3_end_h cerebral_adult_l3_refill_1_h)))))
 (let (($x99 (>= 1848.0 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_refill_0_h))))
 (=> holds_ITB-PUMP-5 (not (or (not $x99) $x98))))))
(assert
 (let (($x100 (not cerebral_adult_l3_bolus_1_emergency)))
 (let (($x101 (not cerebral_adult_l3_bolus_0_emergency)))
 (let (($x102 (or (and (ite (= cerebral_adult_l3_bolus_0_via 0) false true) $x101) (and (ite (= cerebral_adult_l3_bolus_1_via 0) false true) $x100))))
 (=> holds_ITB-PUMP-6 (not $x102))))))
(assert
 (let (($x103 (not (or (not (ite (= cerebral_adult_l3_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x103)))
(assert
 (let (($x104 (and (< 0.0 cerebral_adult_l3_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_3_concentration_ug_ml))))
 (let (($x105 (and (< 0.0 cerebral_adult_l3_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_2_concentration_ug_ml))))
 (let (($x106 (and (< 0.0 cerebral_adult_l3_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_1_concentration_ug_ml))))
 (let (($x107 (and (< 0.0 cerebral_adult_l3_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_0_concentration_ug_ml))))
 (let (($x108 (and (< 0.0 cerebral_adult_l3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_concentration_ug_ml))))
 (let (($x109 (not $x108)))
 (let (($x110 (and (< 0.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x111 (and (< 0.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x112 (or (= 50.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (= 500.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (= 2000.0 cerebral_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x113 (= cerebral_adult_l3_refill_1_diluent 0)))
 (let (($x114 (ite $x113 true (ite (= cerebral_adult_l3_refill_1_diluent 1) false false))))
 (let (($x115 (or (= 50.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (= 500.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (= 2000.0 cerebral_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x116 (= cerebral_adult_l3_refill_0_diluent 0)))
 (let (($x117 (ite $x116 true (ite (= cerebral_adult_l3_refill_0_diluent 1) false false))))
 (let (($x118 (ite $x113 false (ite (= cerebral_adult_l3_refill_1_diluent 1) true false))))
 (let (($x119 (ite $x116 false (ite (= cerebral_adult_l3_refill_0_diluent 1) true false))))
 (let (($x120 (or (not (or $x117 $x119)) (not (or $x114 $x118)) (and $x117 (not $x115)) (and $x114 (not $x112)) (not $x111) (not $x110) $x109 $x109 $x109 $x109 (not $x107) (not $x106) (not $x105) (not $x104))))
 (=> holds_ITB-CONC-1 (not $x120))))))))))))))))))))
(assert
 (let (($x121 (or (not (= 50.0 cerebral_adult_l3_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x121))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 cerebral_adult_l3_screening_0_dose_ug))))))
(assert
 (let (($x122 (or (not (<= 1.0 cerebral_adult_l3_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_1_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_2_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x122))))
(assert
 (let (($x123 (<= 24.0 (- cerebral_adult_l3_screening_3_h cerebral_adult_l3_screening_2_h))))
 (let (($x124 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x125 (ite $x124 true false)))
 (let (($x126 (<= 24.0 (- cerebral_adult_l3_screening_2_h cerebral_adult_l3_screening_1_h))))
 (let (($x127 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x128 (ite $x127 true false)))
 (let (($x129 (<= 24.0 (- cerebral_adult_l3_screening_1_h cerebral_adult_l3_screening_0_h))))
 (let (($x130 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x131 (ite $x130 true false)))
 (let (($x132 (<= cerebral_adult_l3_screening_3_dose_ug (+ cerebral_adult_l3_screening_2_dose_ug 25.0))))
 (let (($x133 (<= cerebral_adult_l3_screening_2_dose_ug (+ cerebral_adult_l3_screening_1_dose_ug 25.0))))
 (let (($x134 (<= cerebral_adult_l3_screening_1_dose_ug (+ cerebral_adult_l3_screening_0_dose_ug 25.0))))
 (let (($x135 (or (not $x131) (not $x128) (not $x125) (and $x131 (not $x134)) (and $x128 (not $x133)) (and $x125 (not $x132)) (and $x131 (not $x129)) (and $x128 (not $x126)) (and $x125 (not $x123)))))
 (=> holds_ITB-SCR-4 (not $x135))))))))))))))))
(assert
 (let (($x136 (or (not (>= 100.0 cerebral_adult_l3_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_1_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_2_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x136))))
(assert
 (let (($x137 (= cerebral_adult_l3_screening_3_response 0)))
 (let (($x138 (ite $x137 false true)))
 (let (($x139 (and $x138 (<= cerebral_adult_l3_screening_3_h cerebral_adult_l3_step_0_h))))
 (let (($x124 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x140 (ite $x124 false true)))
 (let (($x141 (and $x140 (<= cerebral_adult_l3_screening_2_h cerebral_adult_l3_step_0_h))))
 (let (($x127 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x142 (ite $x127 false true)))
 (let (($x143 (and $x142 (<= cerebral_adult_l3_screening_1_h cerebral_adult_l3_step_0_h))))
 (let (($x130 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x144 (ite $x130 false true)))
 (let (($x145 (and $x144 (<= cerebral_adult_l3_screening_0_h cerebral_adult_l3_step_0_h))))
 (=> holds_ITB-SCR-6 (not (or (not (or $x145 $x143 $x141 $x139))))))))))))))))))
(assert
 (let ((?x146 (* 2.0 cerebral_adult_l3_screening_3_dose_ug)))
 (let ((?x147 (ite (>= 12.0 cerebral_adult_l3_screening_3_effect_h) ?x146 cerebral_adult_l3_screening_3_dose_ug)))
 (let (($x137 (= cerebral_adult_l3_screening_3_response 0)))
 (let (($x138 (ite $x137 false true)))
 (let ((?x148 (* 2.0 cerebral_adult_l3_screening_2_dose_ug)))
 (let ((?x149 (ite (>= 12.0 cerebral_adult_l3_screening_2_effect_h) ?x148 cerebral_adult_l3_screening_2_dose_ug)))
 (let (($x124 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x140 (ite $x124 false true)))
 (let ((?x150 (* 2.0 cerebral_adult_l3_screening_1_dose_ug)))
 (let ((?x151 (ite (>= 12.0 cerebral_adult_l3_screening_1_effect_h) ?x150 cerebral_adult_l3_screening_1_dose_ug)))
 (let (($x127 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x142 (ite $x127 false true)))
 (let ((?x152 (* 2.0 cerebral_adult_l3_screening_0_dose_ug)))
 (let ((?x153 (ite (>= 12.0 cerebral_adult_l3_screening_0_effect_h) ?x152 cerebral_adult_l3_screening_0_dose_ug)))
 (let (($x130 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x144 (ite $x130 false true)))
 (let (($x154 (or (and $x144 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x153))) (and $x142 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x151))) (and $x140 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x149))) (and $x138 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x147))))))
 (=> holds_ITB-INIT-1 (not $x154))))))))))))))))))))
(assert
 (let (($x155 (not (<= 24.0 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_0_h)))))
 (let (($x156 (> cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x157 (not (<= 24.0 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_0_h)))))
 (let (($x158 (> cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x159 (not (<= 24.0 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))))
 (let (($x160 (> cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x160 $x159) (and $x158 $x157) (and $x156 $x155)))))))))))
(assert
 (let (($x161 (<= cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x162 (not $x161)))
 (let (($x163 (<= cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x164 (not $x163)))
 (let (($x165 (<= cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x166 (not $x165)))
 (=> holds_ITB-TITR-1 (not (or $x166 $x164 $x162))))))))))
(assert
 (let ((?x167 (ite cerebral_adult_l3_programmable 24.0 48.0)))
 (let (($x168 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_3_h) ?x167))))
 (let (($x156 (> cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x169 (and $x156 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_3_h) $x156) $x168)))
 (let (($x170 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h) ?x167))))
 (let (($x158 (> cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x171 (and $x156 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_3_h) $x158) $x170)))
 (let (($x172 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_1_h) ?x167))))
 (let (($x160 (> cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x173 (and $x156 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_3_h) $x160) $x172)))
 (let (($x174 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_3_h) ?x167))))
 (let (($x175 (and $x158 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h) $x156) $x174)))
 (let (($x176 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_2_h) ?x167))))
 (let (($x177 (and $x158 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_2_h) $x158) $x176)))
 (let (($x178 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h) ?x167))))
 (let (($x179 (and $x158 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_2_h) $x160) $x178)))
 (let (($x180 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_3_h) ?x167))))
 (let (($x181 (and $x160 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_1_h) $x156) $x180)))
 (let (($x182 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_2_h) ?x167))))
 (let (($x183 (and $x160 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h) $x158) $x182)))
 (let (($x184 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_1_h) ?x167))))
 (let (($x185 (and $x160 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_1_h) $x160) $x184)))
 (=> holds_ITB-TITR-2 (not (or $x185 $x183 $x181 $x179 $x177 $x175 $x173 $x171 $x169))))))))))))))))))))))))))
(assert
 (let ((?x186 (ite (<= cerebral_adult_l3_step_1_h w_0) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let ((?x187 (ite (<= cerebral_adult_l3_step_2_h w_0) cerebral_adult_l3_step_2_daily_dose_ug ?x186)))
 (let ((?x188 (ite (<= cerebral_adult_l3_step_3_h w_0) cerebral_adult_l3_step_3_daily_dose_ug ?x187)))
 (let (($x189 (and (<= (- w_0 24.0) cerebral_adult_l3_bolus_1_h) (< cerebral_adult_l3_bolus_1_h w_0))))
 (let (($x190 (and (<= (- w_0 24.0) cerebral_adult_l3_bolus_0_h) (< cerebral_adult_l3_bolus_0_h w_0))))
 (let ((?x191 (+ (+ 0.0 (ite $x190 cerebral_adult_l3_bolus_0_dose_ug 0.0)) (ite $x189 cerebral_adult_l3_bolus_1_dose_ug 0.0))))
 (let ((?x41 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h)))
 (let ((?x42 (/ cerebral_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x44 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h)))
 (let ((?x45 (/ cerebral_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x47 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h)))
 (let ((?x48 (/ cerebral_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x50 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x51 (/ cerebral_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x192 (+ 0.0 (* ?x51 ?x50))))
 (let ((?x193 (+ ?x192 (* ?x48 ?x47))))
 (let ((?x194 (+ ?x193 (* ?x45 ?x44))))
 (let ((?x195 (+ ?x194 (* ?x42 ?x41))))
 (let ((?x196 (ite (<= (- w_0 24.0) cerebral_adult_l3_end_h) (+ ?x194 (* ?x42 (- (- w_0 24.0) cerebral_adult_l3_step_3_h))) ?x195)))
 (let ((?x197 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_3_h) (+ ?x193 (* ?x45 (- (- w_0 24.0) cerebral_adult_l3_step_2_h))) ?x196)))
 (let ((?x198 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_2_h) (+ ?x192 (* ?x48 (- (- w_0 24.0) cerebral_adult_l3_step_1_h))) ?x197)))
 (let ((?x199 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x51 (- (- w_0 24.0) cerebral_adult_l3_step_0_h))) ?x198)))
 (let ((?x200 (ite (<= w_0 cerebral_adult_l3_end_h) (+ ?x194 (* ?x42 (- w_0 cerebral_adult_l3_step_3_h))) ?x195)))
 (let ((?x201 (ite (<= w_0 cerebral_adult_l3_step_3_h) (+ ?x193 (* ?x45 (- w_0 cerebral_adult_l3_step_2_h))) ?x200)))
 (let ((?x202 (ite (<= w_0 cerebral_adult_l3_step_2_h) (+ ?x192 (* ?x48 (- w_0 cerebral_adult_l3_step_1_h))) ?x201)))
 (let ((?x203 (ite (<= w_0 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x51 (- w_0 cerebral_adult_l3_step_0_h))) ?x202)))
 (let ((?x204 (ite (<= w_0 cerebral_adult_l3_step_0_h) 0.0 ?x203)))
 (let ((?x205 (- ?x204 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_0_h) 0.0 ?x199))))
 (let ((?x206 (ite (>= (- w_0 24.0) cerebral_adult_l3_step_0_h) (+ ?x205 ?x191) (* 1.0 ?x188))))
 (let (($x207 (<= w_0 cerebral_adult_l3_bolus_1_h)))
 (let ((?x208 (ite (and $x207 (< cerebral_adult_l3_bolus_1_h (+ w_0 24.0))) cerebral_adult_l3_bolus_1_dose_ug 0.0)))
 (let (($x209 (<= w_0 cerebral_adult_l3_bolus_0_h)))
 (let ((?x210 (ite (and $x209 (< cerebral_adult_l3_bolus_0_h (+ w_0 24.0))) cerebral_adult_l3_bolus_0_dose_ug 0.0)))
 (let ((?x211 (+ w_0 24.0)))
 (let (($x212 (<= ?x211 cerebral_adult_l3_end_h)))
 (let ((?x213 (ite (<= ?x211 cerebral_adult_l3_step_3_h) (+ ?x193 (* ?x45 (- ?x211 cerebral_adult_l3_step_2_h))) (ite $x212 (+ ?x194 (* ?x42 (- ?x211 cerebral_adult_l3_step_3_h))) ?x195))))
 (let ((?x214 (ite (<= ?x211 cerebral_adult_l3_step_2_h) (+ ?x192 (* ?x48 (- ?x211 cerebral_adult_l3_step_1_h))) ?x213)))
 (let ((?x215 (ite (<= ?x211 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x51 (- ?x211 cerebral_adult_l3_step_0_h))) ?x214)))
 (let ((?x216 (+ (- (ite (<= ?x211 cerebral_adult_l3_step_0_h) 0.0 ?x215) ?x204) (+ (+ 0.0 ?x210) ?x208))))
 (let (($x217 (and (<= cerebral_adult_l3_step_0_h w_0) $x212 (not (<= ?x216 (* (/ 23.0 20.0) ?x206))))))
 (=> holds_ITB-TITR-3 (not (or $x217))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x218 (ite (<= cerebral_adult_l3_step_1_h cerebral_adult_l3_bolus_1_h) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
(let ((?x219 (ite (<= cerebral_adult_l3_step_2_h cerebral_adult_l3_bolus_1_h) cerebral_adult_l3_step_2_daily_dose_ug ?x218)))
(let ((?x220 (ite (<= cerebral_adult_l3_step_3_h cerebral_adult_l3_bolus_1_h) cerebral_adult_l3_step_3_daily_dose_ug ?x219)))
(let ((?x221 (ite (< cerebral_adult_l3_bolus_1_h cerebral_adult_l3_step_0_h) 0.0 ?x220)))
(let (($x222 (<= cerebral_adult_l3_bolus_1_dose_ug (ite (>= 100.0 ?x221) 100.0 ?x221))))
(let ((?x223 (ite (<= cerebral_adult_l3_step_1_h cerebral_adult_l3_bolus_0_h) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
(let ((?x224 (ite (<= cerebral_adult_l3_step_2_h cerebral_adult_l3_bolus_0_h) cerebral_adult_l3_step_2_daily_dose_ug ?x223)))
(let ((?x225 (ite (<= cerebral_adult_l3_step_3_h cerebral_adult_l3_bolus_0_h) cerebral_adult_l3_step_3_daily_dose_ug ?x224)))
(let ((?x226 (ite (< cerebral_adult_l3_bolus_0_h cerebral_adult_l3_step_0_h) 0.0 ?x225)))
(let (($x227 (<= cerebral_adult_l3_bolus_0_dose_ug (ite (>= 100.0 ?x226) 100.0 ?x226))))
(=> holds_ITB-DOSE-3 (not (or (not $x227) (not $x222)))))))))))))))
(check-sat)
