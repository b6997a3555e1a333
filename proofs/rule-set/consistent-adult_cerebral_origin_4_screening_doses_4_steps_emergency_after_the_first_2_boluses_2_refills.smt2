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
 (let ((?x35 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h)))
 (let ((?x36 (/ cerebral_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x37 (/ ?x36 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x38 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h)))
 (let ((?x39 (/ cerebral_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x40 (/ ?x39 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x41 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h)))
 (let ((?x42 (/ cerebral_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x44 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x45 (/ cerebral_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x46 (/ ?x45 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x47 (+ 0.0 (* ?x46 ?x44))))
 (let ((?x48 (+ ?x47 (* ?x43 ?x41))))
 (let ((?x49 (+ ?x48 (* ?x40 ?x38))))
 (let ((?x50 (+ ?x49 (* ?x37 ?x35))))
 (let ((?x51 (+ ?x49 (* ?x37 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_3_h)))))
 (let ((?x52 (+ ?x48 (* ?x40 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_2_h)))))
 (let ((?x53 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_3_h) ?x52 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_end_h) ?x51 ?x50))))
 (let ((?x54 (+ ?x47 (* ?x43 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_1_h)))))
 (let ((?x55 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_2_h) ?x54 ?x53)))
 (let ((?x56 (+ 0.0 (* ?x46 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_0_h)))))
 (let ((?x57 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_1_h) ?x56 ?x55)))
 (let ((?x58 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_0_h) 0.0 ?x57)))
 (let (($x59 (<= t_0 cerebral_adult_l3_end_h)))
 (let ((?x60 (ite $x59 (+ ?x49 (* ?x37 (- t_0 cerebral_adult_l3_step_3_h))) ?x50)))
 (let ((?x61 (ite (<= t_0 cerebral_adult_l3_step_3_h) (+ ?x48 (* ?x40 (- t_0 cerebral_adult_l3_step_2_h))) ?x60)))
 (let ((?x62 (ite (<= t_0 cerebral_adult_l3_step_2_h) (+ ?x47 (* ?x43 (- t_0 cerebral_adult_l3_step_1_h))) ?x61)))
 (let ((?x63 (ite (<= t_0 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x46 (- t_0 cerebral_adult_l3_step_0_h))) ?x62)))
 (let ((?x64 (ite (<= t_0 cerebral_adult_l3_step_0_h) 0.0 ?x63)))
 (let ((?x65 (+ ?x49 (* ?x37 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))))
 (let (($x66 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_end_h)))
 (let ((?x67 (+ ?x48 (* ?x40 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))))
 (let (($x22 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))
 (let ((?x68 (+ ?x47 (* ?x43 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))))
 (let (($x25 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))
 (let ((?x69 (+ 0.0 (* ?x46 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))))
 (let (($x28 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))
 (let (($x31 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))
 (let ((?x70 (ite $x31 0.0 (ite $x28 ?x69 (ite $x25 ?x68 (ite $x22 ?x67 (ite $x66 ?x65 ?x50)))))))
 (let ((?x71 (ite (< cerebral_adult_l3_refill_0_h t_0) (- cerebral_adult_l3_refill_0_volume_ml (+ (- ?x64 ?x70) 0.0)) (- 0.0 (+ (- ?x64 ?x58) 0.0)))))
 (let ((?x72 (+ ?x49 (* ?x37 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))))
 (let (($x73 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_end_h)))
 (let ((?x74 (+ ?x48 (* ?x40 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))))
 (let (($x23 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))
 (let ((?x75 (+ ?x47 (* ?x43 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))))
 (let (($x26 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))
 (let ((?x76 (+ 0.0 (* ?x46 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))))
 (let (($x29 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))
 (let (($x32 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x77 (ite $x32 0.0 (ite $x29 ?x76 (ite $x26 ?x75 (ite $x23 ?x74 (ite $x73 ?x72 ?x50)))))))
 (let ((?x78 (ite (< cerebral_adult_l3_refill_1_h t_0) (- cerebral_adult_l3_refill_1_volume_ml (+ (- ?x64 ?x77) 0.0)) ?x71)))
 (let ((?x79 (ite (<= 0.0 cerebral_adult_l3_step_0_h) cerebral_adult_l3_step_0_h 0.0)))
 (let (($x80 (or (and (< ?x79 t_0) $x59 (not (> ?x78 cerebral_adult_l3_alarm_ml))))))
 (=> holds_ITB-PUMP-4 (not $x80)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x81 (not (>= 1848.0 (- cerebral_adult_l3_end_h cerebral_adult_l3_refill_1_h)))))
 (let (($x82 (>= 1848.0 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_refill_0_h))))
 (=> holds_ITB-PUMP-5 (not (or (not $x82) $x81))))))
(assert
 (let (($x83 (not cerebral_adult_l3_bolus_1_emergency)))
 (let (($x84 (not cerebral_adult_l3_bolus_0_emergency)))
 (let (($x85 (or (and (ite (= cerebral_adult_l3_bolus_0_via 0) false true) $x84) (and (ite (= cerebral_adult_l3_bolus_1_via 0) false true) $x83))))
 (=> holds_ITB-PUMP-6 (not $x85))))))
(assert
 (let (($x86 (not (or (not (ite (= cerebral_adult_l3_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x86)))
(assert
 (let (($x87 (and (< 0.0 cerebral_adult_l3_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_3_concentration_ug_ml))))
 (let (($x88 (and (< 0.0 cerebral_adult_l3_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_2_concentration_ug_ml))))
 (let (($x89 (and (< 0.0 cerebral_adult_l3_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_1_concentration_ug_ml))))
 (let (($x90 (and (< 0.0 cerebral_adult_l3_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_0_concentration_ug_ml))))
 (let (($x91 (and (< 0.0 cerebral_adult_l3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_concentration_ug_ml))))
 (let (($x92 (not $x91)))
 (let (($x93 (and (< 0.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x94 (and (< 0.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x95 (or (= 50.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (= 500.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (= 2000.0 cerebral_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x96 (= cerebral_adult_l3_refill_1_diluent 0)))
 (let (($x97 (ite $x96 true (ite (= cerebral_adult_l3_refill_1_diluent 1) false false))))
 (let (($x98 (or (= 50.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (= 500.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (= 2000.0 cerebral_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x99 (= cerebral_adult_l3_refill_0_diluent 0)))
 (let (($x100 (ite $x99 true (ite (= cerebral_adult_l3_refill_0_diluent 1) false false))))
 (let (($x101 (ite $x96 false (ite (= cerebral_adult_l3_refill_1_diluent 1) true false))))
 (let (($x102 (ite $x99 false (ite (= cerebral_adult_l3_refill_0_diluent 1) true false))))
 (let (($x103 (or (not (or $x100 $x102)) (not (or $x97 $x101)) (and $x100 (not $x98)) (and $x97 (not $x95)) (not $x94) (not $x93) $x92 $x92 $x92 $x92 (not $x90) (not $x89) (not $x88) (not $x87))))
 (=> holds_ITB-CONC-1 (not $x103))))))))))))))))))))
(assert
 (let (($x104 (or (not (= 50.0 cerebral_adult_l3_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x104))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 cerebral_adult_l3_screening_0_dose_ug))))))
(assert
 (let (($x105 (or (not (<= 1.0 cerebral_adult_l3_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_1_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_2_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x105))))
(assert
 (let (($x106 (<= 24.0 (- cerebral_adult_l3_screening_3_h cerebral_adult_l3_screening_2_h))))
 (let (($x107 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x108 (ite $x107 true false)))
 (let (($x109 (<= 24.0 (- cerebral_adult_l3_screening_2_h cerebral_adult_l3_screening_1_h))))
 (let (($x110 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x111 (ite $x110 true false)))
 (let (($x112 (<= 24.0 (- cerebral_adult_l3_screening_1_h cerebral_adult_l3_screening_0_h))))
 (let (($x113 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x114 (ite $x113 true false)))
 (let (($x115 (<= cerebral_adult_l3_screening_3_dose_ug (+ cerebral_adult_l3_screening_2_dose_ug 25.0))))
 (let (($x116 (<= cerebral_adult_l3_screening_2_dose_ug (+ cerebral_adult_l3_screening_1_dose_ug 25.0))))
 (let (($x117 (<= cerebral_adult_l3_screening_1_dose_ug (+ cerebral_adult_l3_screening_0_dose_ug 25.0))))
 (let (($x118 (or (not $x114) (not $x111) (not $x108) (and $x114 (not $x117)) (and $x111 (not $x116)) (and $x108 (not $x115)) (and $x114 (not $x112)) (and $x111 (not $x109)) (and $x108 (not $x106)))))
 (=> holds_ITB-SCR-4 (not $x118))))))))))))))))
(assert
 (let (($x119 (or (not (>= 100.0 cerebral_adult_l3_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_1_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_2_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x119))))
(assert
 (let (($x120 (= cerebral_adult_l3_screening_3_response 0)))
 (let (($x121 (ite $x120 false true)))
 (let (($x122 (and $x121 (<= cerebral_adult_l3_screening_3_h cerebral_adult_l3_step_0_h))))
 (let (($x107 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x123 (ite $x107 false true)))
 (let (($x124 (and $x123 (<= cerebral_adult_l3_screening_2_h cerebral_adult_l3_step_0_h))))
 (let (($x110 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x125 (ite $x110 false true)))
 (let (($x126 (and $x125 (<= cerebral_adult_l3_screening_1_h cerebral_adult_l3_step_0_h))))
 (let (($x113 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x127 (ite $x113 false true)))
 (let (($x128 (and $x127 (<= cerebral_adult_l3_screening_0_h cerebral_adult_l3_step_0_h))))
 (=> holds_ITB-SCR-6 (not (or (not (or $x128 $x126 $x124 $x122))))))))))))))))))
(assert
 (let ((?x129 (* 2.0 cerebral_adult_l3_screening_3_dose_ug)))
 (let ((?x130 (ite (>= 12.0 cerebral_adult_l3_screening_3_effect_h) ?x129 cerebral_adult_l3_screening_3_dose_ug)))
 (let (($x120 (= cerebral_adult_l3_screening_3_response 0)))
 (let (($x121 (ite $x120 false true)))
 (let ((?x131 (* 2.0 cerebral_adult_l3_screening_2_dose_ug)))
 (let ((?x132 (ite (>= 12.0 cerebral_adult_l3_screening_2_effect_h) ?x131 cerebral_adult_l3_screening_2_dose_ug)))
 (let (($x107 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x123 (ite $x107 false true)))
 (let ((?x133 (* 2.0 cerebral_adult_l3_screening_1_dose_ug)))
 (let ((?x134 (ite (>= 12.0 cerebral_adult_l3_screening_1_effect_h) ?x133 cerebral_adult_l3_screening_1_dose_ug)))
 (let (($x110 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x125 (ite $x110 false true)))
 (let ((?x135 (* 2.0 cerebral_adult_l3_screening_0_dose_ug)))
 (let ((?x136 (ite (>= 12.0 cerebral_adult_l3_screening_0_effect_h) ?x135 cerebral_adult_l3_screening_0_dose_ug)))
 (let (($x113 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x127 (ite $x113 false true)))
 (let (($x137 (or (and $x127 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x136))) (and $x125 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x134))) (and $x123 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x132))) (and $x121 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x130))))))
 (=> holds_ITB-INIT-1 (not $x137))))))))))))))))))))
(assert
 (let (($x138 (not (<= 24.0 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_0_h)))))
 (let (($x139 (> cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x140 (not (<= 24.0 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_0_h)))))
 (let (($x141 (> cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x142 (not (<= 24.0 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))))
 (let (($x143 (> cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x143 $x142) (and $x141 $x140) (and $x139 $x138)))))))))))
(assert
 (let (($x144 (<= cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x145 (not $x144)))
 (let (($x146 (<= cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x147 (not $x146)))
 (let (($x148 (<= cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x149 (not $x148)))
 (=> holds_ITB-TITR-1 (not (or $x149 $x147 $x145))))))))))
(assert
 (let ((?x150 (ite cerebral_adult_l3_programmable 24.0 48.0)))
 (let (($x151 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_3_h) ?x150))))
 (let (($x139 (> cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x152 (and $x139 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_3_h) $x139) $x151)))
 (let (($x153 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h) ?x150))))
 (let (($x141 (> cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x154 (and $x139 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_3_h) $x141) $x153)))
 (let (($x155 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_1_h) ?x150))))
 (let (($x143 (> cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x156 (and $x139 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_3_h) $x143) $x155)))
 (let (($x157 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_3_h) ?x150))))
 (let (($x158 (and $x141 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h) $x139) $x157)))
 (let (($x159 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_2_h) ?x150))))
 (let (($x160 (and $x141 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_2_h) $x141) $x159)))
 (let (($x161 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h) ?x150))))
 (let (($x162 (and $x141 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_2_h) $x143) $x161)))
 (let (($x163 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_3_h) ?x150))))
 (let (($x164 (and $x143 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_1_h) $x139) $x163)))
 (let (($x165 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_2_h) ?x150))))
 (let (($x166 (and $x143 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h) $x141) $x165)))
 (let (($x167 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_1_h) ?x150))))
 (let (($x168 (and $x143 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_1_h) $x143) $x167)))
 (=> holds_ITB-TITR-2 (not (or $x168 $x166 $x164 $x162 $x160 $x158 $x156 $x154 $x152))))))))))))))))))))))))))
(assert
 (let ((?x169 (ite (<= cerebral_adult_l3_step_1_h w_0) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let ((?x170 (ite (<= cerebral_adult_l3_step_2_h w_0) cerebral_adult_l3_step_2_daily_dose_ug ?x169)))
 (let ((?x171 (ite (<= cerebral_adult_l3_step_3_h w_0) cerebral_adult_l3_step_3_daily_dose_ug ?x170)))
 (let (($x172 (and (<= (- w_0 24.0) cerebral_adult_l3_bolus_1_h) (< cerebral_adult_l3_bolus_1_h w_0))))
 (let (($x173 (and (<= (- w_0 24.0) cerebral_adult_l3_bolus_0_h) (< cerebral_adult_l3_bolus_0_h w_0))))
 (let ((?x174 (+ (+ 0.0 (ite $x173 cerebral_adult_l3_bolus_0_dose_ug 0.0)) (ite $x172 cerebral_adult_l3_bolus_1_dose_ug 0.0))))
 (let ((?x35 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h)))
 (let ((?x36 (/ cerebral_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x38 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h)))
 (let ((?x39 (/ cerebral_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x41 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h)))
 (let ((?x42 (/ cerebral_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x44 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x45 (/ cerebral_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x175 (+ 0.0 (* ?x45 ?x44))))
 (let ((?x176 (+ ?x175 (* ?x42 ?x41))))
 (let ((?x177 (+ ?x176 (* ?x39 ?x38))))
 (let ((?x178 (+ ?x177 (* ?x36 ?x35))))
 (let ((?x179 (ite (<= (- w_0 24.0) cerebral_adult_l3_end_h) (+ ?x177 (* ?x36 (- (- w_0 24.0) cerebral_adult_l3_step_3_h))) ?x178)))
 (let ((?x180 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_3_h) (+ ?x176 (* ?x39 (- (- w_0 24.0) cerebral_adult_l3_step_2_h))) ?x179)))
 (let ((?x181 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_2_h) (+ ?x175 (* ?x42 (- (- w_0 24.0) cerebral_adult_l3_step_1_h))) ?x180)))
 (let ((?x182 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x45 (- (- w_0 24.0) cerebral_adult_l3_step_0_h))) ?x181)))
 (let ((?x183 (ite (<= w_0 cerebral_adult_l3_end_h) (+ ?x177 (* ?x36 (- w_0 cerebral_adult_l3_step_3_h))) ?x178)))
 (let ((?x184 (ite (<= w_0 cerebral_adult_l3_step_3_h) (+ ?x176 (* ?x39 (- w_0 cerebral_adult_l3_step_2_h))) ?x183)))
 (let ((?x185 (ite (<= w_0 cerebral_adult_l3_step_2_h) (+ ?x175 (* ?x42 (- w_0 cerebral_adult_l3_step_1_h))) ?x184)))
 (let ((?x186 (ite (<= w_0 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x45 (- w_0 cerebral_adult_l3_step_0_h))) ?x185)))
 (let ((?x187 (ite (<= w_0 cerebral_adult_l3_step_0_h) 0.0 ?x186)))
 (let ((?x188 (- ?x187 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_0_h) 0.0 ?x182))))
 (let ((?x189 (ite (>= (- w_0 24.0) cerebral_adult_l3_step_0_h) (+ ?x188 ?x174) (* 1.0 ?x171))))
 (let (($x190 (<= w_0 cerebral_adult_l3_bolus_1_h)))
 (let ((?x191 (ite (and $x190 (< cerebral_adult_l3_bolus_1_h (+ w_0 24.0))) cerebral_adult_l3_bolus_1_dose_ug 0.0)))
 (let (($x192 (<= w_0 cerebral_adult_l3_bolus_0_h)))
 (let ((?x193 (ite (and $x192 (< cerebral_adult_l3_bolus_0_h (+ w_0 24.0))) cerebral_adult_l3_bolus_0_dose_ug 0.0)))
 (let ((?x194 (+ w_0 24.0)))
 (let (($x195 (<= ?x194 cerebral_adult_l3_end_h)))
 (let ((?x196 (ite (<= ?x194 cerebral_adult_l3_step_3_h) (+ ?x176 (* ?x39 (- ?x194 cerebral_adult_l3_step_2_h))) (ite $x195 (+ ?x177 (* ?x36 (- ?x194 cerebral_adult_l3_step_3_h))) ?x178))))
 (let ((?x197 (ite (<= ?x194 cerebral_adult_l3_step_2_h) (+ ?x175 (* ?x42 (- ?x194 cerebral_adult_l3_step_1_h))) ?x196)))
 (let ((?x198 (ite (<= ?x194 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x45 (- ?x194 cerebral_adult_l3_step_0_h))) ?x197)))
 (let ((?x199 (+ (- (ite (<= ?x194 cerebral_adult_l3_step_0_h) 0.0 ?x198) ?x187) (+ (+ 0.0 ?x193) ?x191))))
 (let (($x200 (and (<= cerebral_adult_l3_step_0_h w_0) $x195 (not (<= ?x199 (* (/ 23.0 20.0) ?x189))))))
 (=> holds_ITB-TITR-3 (not (or $x200))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x201 (ite (<= cerebral_adult_l3_step_1_h cerebral_adult_l3_bolus_1_h) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
(let ((?x202 (ite (<= cerebral_adult_l3_step_2_h cerebral_adult_l3_bolus_1_h) cerebral_adult_l3_step_2_daily_dose_ug ?x201)))
(let ((?x203 (ite (<= cerebral_adult_l3_step_3_h cerebral_adult_l3_bolus_1_h) cerebral_adult_l3_step_3_daily_dose_ug ?x202)))
(let ((?x204 (ite (< cerebral_adult_l3_bolus_1_h cerebral_adult_l3_step_0_h) 0.0 ?x203)))
(let (($x205 (<= cerebral_adult_l3_bolus_1_dose_ug (ite (>= 100.0 ?x204) 100.0 ?x204))))
(let ((?x206 (ite (<= cerebral_adult_l3_step_1_h cerebral_adult_l3_bolus_0_h) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
(let ((?x207 (ite (<= cerebral_adult_l3_step_2_h cerebral_adult_l3_bolus_0_h) cerebral_adult_l3_step_2_daily_dose_ug ?x206)))
(let ((?x208 (ite (<= cerebral_adult_l3_step_3_h cerebral_adult_l3_bolus_0_h) cerebral_adult_l3_step_3_daily_dose_ug ?x207)))
(let ((?x209 (ite (< cerebral_adult_l3_bolus_0_h cerebral_adult_l3_step_0_h) 0.0 ?x208)))
(let (($x210 (<= cerebral_adult_l3_bolus_0_dose_ug (ite (>= 100.0 ?x209) 100.0 ?x209))))
(=> holds_ITB-DOSE-3 (not (or (not $x210) (not $x205)))))))))))))))
(check-sat)
