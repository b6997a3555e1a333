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
 (let (($x37 (and (ite (= cerebral_adult_l3_bolus_1_via 0) true false) $x36)))
 (let ((?x38 (/ cerebral_adult_l3_bolus_0_dose_ug cerebral_adult_l3_concentration_ug_ml)))
 (let (($x39 (= cerebral_adult_l3_bolus_0_h cerebral_adult_l3_end_h)))
 (let (($x40 (and (ite (= cerebral_adult_l3_bolus_0_via 0) true false) $x39)))
 (let ((?x41 (* 1.0 (+ (+ 0.0 (ite $x40 ?x38 0.0)) (ite $x37 ?x35 0.0)))))
 (let ((?x42 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h)))
 (let ((?x43 (/ cerebral_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x44 (/ ?x43 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x45 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h)))
 (let ((?x46 (/ cerebral_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x47 (/ ?x46 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x48 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h)))
 (let ((?x49 (/ cerebral_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x50 (/ ?x49 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x51 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x52 (/ cerebral_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x53 (/ ?x52 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x54 (+ 0.0 (* ?x53 ?x51))))
 (let ((?x55 (+ ?x54 (* ?x50 ?x48))))
 (let ((?x56 (+ ?x55 (* ?x47 ?x45))))
 (let ((?x57 (+ ?x56 (* ?x44 ?x42))))
 (let ((?x58 (+ ?x56 (* ?x44 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_3_h)))))
 (let ((?x59 (+ ?x55 (* ?x47 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_2_h)))))
 (let ((?x60 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_3_h) ?x59 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_end_h) ?x58 ?x57))))
 (let ((?x61 (+ ?x54 (* ?x50 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_1_h)))))
 (let ((?x62 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_2_h) ?x61 ?x60)))
 (let ((?x63 (+ 0.0 (* ?x53 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_0_h)))))
 (let ((?x64 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_1_h) ?x63 ?x62)))
 (let ((?x65 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_0_h) 0.0 ?x64)))
 (let ((?x66 (+ ?x55 (* ?x47 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_2_h)))))
 (let ((?x67 (ite (<= cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h) ?x66 (ite (<= cerebral_adult_l3_end_h cerebral_adult_l3_end_h) ?x57 ?x57))))
 (let ((?x68 (+ ?x54 (* ?x50 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_1_h)))))
 (let ((?x69 (+ 0.0 (* ?x53 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_0_h)))))
 (let ((?x70 (ite (<= cerebral_adult_l3_end_h cerebral_adult_l3_step_1_h) ?x69 (ite (<= cerebral_adult_l3_end_h cerebral_adult_l3_step_2_h) ?x68 ?x67))))
 (let (($x71 (<= cerebral_adult_l3_end_h cerebral_adult_l3_step_0_h)))
 (let ((?x72 (ite $x71 0.0 ?x70)))
 (let ((?x73 (+ ?x56 (* ?x44 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))))
 (let (($x74 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_end_h)))
 (let ((?x75 (+ ?x55 (* ?x47 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))))
 (let (($x22 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))
 (let ((?x76 (+ ?x54 (* ?x50 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))))
 (let (($x25 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))
 (let ((?x77 (+ 0.0 (* ?x53 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))))
 (let (($x28 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))
 (let (($x31 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))
 (let ((?x78 (ite $x31 0.0 (ite $x28 ?x77 (ite $x25 ?x76 (ite $x22 ?x75 (ite $x74 ?x73 ?x57)))))))
 (let ((?x79 (ite (< cerebral_adult_l3_refill_0_h cerebral_adult_l3_end_h) (- cerebral_adult_l3_refill_0_volume_ml (+ (- ?x72 ?x78) 0.0)) (- 0.0 (+ (- ?x72 ?x65) 0.0)))))
 (let ((?x80 (+ ?x56 (* ?x44 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))))
 (let (($x81 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_end_h)))
 (let ((?x82 (+ ?x55 (* ?x47 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))))
 (let (($x23 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))
 (let ((?x83 (+ ?x54 (* ?x50 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))))
 (let (($x26 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))
 (let ((?x84 (+ 0.0 (* ?x53 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))))
 (let (($x29 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))
 (let (($x32 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x85 (ite $x32 0.0 (ite $x29 ?x84 (ite $x26 ?x83 (ite $x23 ?x82 (ite $x81 ?x80 ?x57)))))))
 (let ((?x86 (ite (< cerebral_adult_l3_refill_1_h cerebral_adult_l3_end_h) (- cerebral_adult_l3_refill_1_volume_ml (+ (- ?x72 ?x85) 0.0)) ?x79)))
 (let (($x87 (or (= cerebral_adult_l3_refill_0_h cerebral_adult_l3_end_h) (= cerebral_adult_l3_refill_1_h cerebral_adult_l3_end_h))))
 (let (($x88 (not $x87)))
 (let (($x89 (and (< cerebral_adult_l3_step_0_h cerebral_adult_l3_end_h) (and (or $x40 $x37) $x88) (not (> (- ?x86 ?x41) cerebral_adult_l3_alarm_ml)))))
 (let (($x90 (<= t_0 cerebral_adult_l3_end_h)))
 (let ((?x91 (ite $x90 (+ ?x56 (* ?x44 (- t_0 cerebral_adult_l3_step_3_h))) ?x57)))
 (let ((?x92 (ite (<= t_0 cerebral_adult_l3_step_3_h) (+ ?x55 (* ?x47 (- t_0 cerebral_adult_l3_step_2_h))) ?x91)))
 (let ((?x93 (ite (<= t_0 cerebral_adult_l3_step_2_h) (+ ?x54 (* ?x50 (- t_0 cerebral_adult_l3_step_1_h))) ?x92)))
 (let ((?x94 (ite (<= t_0 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x53 (- t_0 cerebral_adult_l3_step_0_h))) ?x93)))
 (let ((?x95 (ite (<= t_0 cerebral_adult_l3_step_0_h) 0.0 ?x94)))
 (let ((?x96 (ite (< cerebral_adult_l3_refill_0_h t_0) (- cerebral_adult_l3_refill_0_volume_ml (+ (- ?x95 ?x78) 0.0)) (- 0.0 (+ (- ?x95 ?x65) 0.0)))))
 (let ((?x97 (ite (< cerebral_adult_l3_refill_1_h t_0) (- cerebral_adult_l3_refill_1_volume_ml (+ (- ?x95 ?x85) 0.0)) ?x96)))
 (let ((?x98 (ite (<= 0.0 cerebral_adult_l3_step_0_h) cerebral_adult_l3_step_0_h 0.0)))
 (let (($x99 (or (and (< ?x98 t_0) $x90 (not (> ?x97 cerebral_adult_l3_alarm_ml))) $x89)))
 (=> holds_ITB-PUMP-4 (not $x99))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x100 (not (>= 1848.0 (- cerebral_adult_l3_end_h cerebral_adult_l3_refill_1_h)))))
 (let (($x101 (>= 1848.0 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_refill_0_h))))
 (=> holds_ITB-PUMP-5 (not (or (not $x101) $x100))))))
(assert
 (let (($x102 (not cerebral_adult_l3_bolus_1_emergency)))
 (let (($x103 (not cerebral_adult_l3_bolus_0_emergency)))
 (let (($x104 (or (and (ite (= cerebral_adult_l3_bolus_0_via 0) false true) $x103) (and (ite (= cerebral_adult_l3_bolus_1_via 0) false true) $x102))))
 (=> holds_ITB-PUMP-6 (not $x104))))))
(assert
 (let (($x105 (not (or (not (ite (= cerebral_adult_l3_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x105)))
(assert
 (let (($x106 (and (< 0.0 cerebral_adult_l3_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_3_concentration_ug_ml))))
 (let (($x107 (and (< 0.0 cerebral_adult_l3_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_2_concentration_ug_ml))))
 (let (($x108 (and (< 0.0 cerebral_adult_l3_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_1_concentration_ug_ml))))
 (let (($x109 (and (< 0.0 cerebral_adult_l3_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_0_concentration_ug_ml))))
 (let (($x110 (and (< 0.0 cerebral_adult_l3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_concentration_ug_ml))))
 (let (($x111 (not $x110)))
 (let (($x112 (and (< 0.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x113 (and (< 0.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x114 (or (= 50.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (= 500.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (= 2000.0 cerebral_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x115 (= cerebral_adult_l3_refill_1_diluent 0)))
 (let (($x116 (ite $x115 true (ite (= cerebral_adult_l3_refill_1_diluent 1) false false))))
 (let (($x117 (or (= 50.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (= 500.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (= 2000.0 cerebral_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x118 (= cerebral_adult_l3_refill_0_diluent 0)))
 (let (($x119 (ite $x118 true (ite (= cerebral_adult_l3_refill_0_diluent 1) false false))))
 (let (($x120 (ite $x115 false (ite (= cerebral_adult_l3_refill_1_diluent 1) true false))))
 (let (($x121 (ite $x118 false (ite (= cerebral_adult_l3_refill_0_diluent 1) true false))))
 (let (($x122 (or (not (or $x119 $x121)) (not (or $x116 $x120)) (and $x119 (not $x117)) (and $x116 (not $x114)) (not $x113) (not $x112) $x111 $x111 $x111 $x111 (not $x109) (not $x108) (not $x107) (not $x106))))
 (=> holds_ITB-CONC-1 (not $x122))))))))))))))))))))
(assert
 (let (($x123 (or (not (= 50.0 cerebral_adult_l3_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_3_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x123))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 cerebral_adult_l3_screening_0_dose_ug))))))
(assert
 (let (($x124 (or (not (<= 1.0 cerebral_adult_l3_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_1_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_2_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_3_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x124))))
(assert
 (let (($x125 (<= 24.0 (- cerebral_adult_l3_screening_3_h cerebral_adult_l3_screening_2_h))))
 (let (($x126 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x127 (ite $x126 true false)))
 (let (($x128 (<= 24.0 (- cerebral_adult_l3_screening_2_h cerebral_adult_l3_screening_1_h))))
 (let (($x129 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x130 (ite $x129 true false)))
 (let (($x131 (<= 24.0 (- cerebral_adult_l3_screening_1_h cerebral_adult_l3_screening_0_h))))
 (let (($x132 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x133 (ite $x132 true false)))
 (let (($x134 (<= cerebral_adult_l3_screening_3_dose_ug (+ cerebral_adult_l3_screening_2_dose_ug 25.0))))
 (let (($x135 (<= cerebral_adult_l3_screening_2_dose_ug (+ cerebral_adult_l3_screening_1_dose_ug 25.0))))
 (let (($x136 (<= cerebral_adult_l3_screening_1_dose_ug (+ cerebral_adult_l3_screening_0_dose_ug 25.0))))
 (let (($x137 (or (not $x133) (not $x130) (not $x127) (and $x133 (not $x136)) (and $x130 (not $x135)) (and $x127 (not $x134)) (and $x133 (not $x131)) (and $x130 (not $x128)) (and $x127 (not $x125)))))
 (=> holds_ITB-SCR-4 (not $x137))))))))))))))))
(assert
 (let (($x138 (or (not (>= 100.0 cerebral_adult_l3_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_1_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_2_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_3_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x138))))
(assert
 (let (($x139 (= cerebral_adult_l3_screening_3_response 0)))
 (let (($x140 (ite $x139 false true)))
 (let (($x141 (and $x140 (<= cerebral_adult_l3_screening_3_h cerebral_adult_l3_step_0_h))))
 (let (($x126 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x142 (ite $x126 false true)))
 (let (($x143 (and $x142 (<= cerebral_adult_l3_screening_2_h cerebral_adult_l3_step_0_h))))
 (let (($x129 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x144 (ite $x129 false true)))
 (let (($x145 (and $x144 (<= cerebral_adult_l3_screening_1_h cerebral_adult_l3_step_0_h))))
 (let (($x132 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x146 (ite $x132 false true)))
 (let (($x147 (and $x146 (<= cerebral_adult_l3_screening_0_h cerebral_adult_l3_step_0_h))))
 (=> holds_ITB-SCR-6 (not (or (not (or $x147 $x145 $x143 $x141))))))))))))))))))
(assert
 (let ((?x148 (* 2.0 cerebral_adult_l3_screening_3_dose_ug)))
 (let ((?x149 (ite (>= 12.0 cerebral_adult_l3_screening_3_effect_h) ?x148 cerebral_adult_l3_screening_3_dose_ug)))
 (let (($x139 (= cerebral_adult_l3_screening_3_response 0)))
 (let (($x140 (ite $x139 false true)))
 (let ((?x150 (* 2.0 cerebral_adult_l3_screening_2_dose_ug)))
 (let ((?x151 (ite (>= 12.0 cerebral_adult_l3_screening_2_effect_h) ?x150 cerebral_adult_l3_screening_2_dose_ug)))
 (let (($x126 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x142 (ite $x126 false true)))
 (let ((?x152 (* 2.0 cerebral_adult_l3_screening_1_dose_ug)))
 (let ((?x153 (ite (>= 12.0 cerebral_adult_l3_screening_1_effect_h) ?x152 cerebral_adult_l3_screening_1_dose_ug)))
 (let (($x129 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x144 (ite $x129 false true)))
 (let ((?x154 (* 2.0 cerebral_adult_l3_screening_0_dose_ug)))
 (let ((?x155 (ite (>= 12.0 cerebral_adult_l3_screening_0_effect_h) ?x154 cerebral_adult_l3_screening_0_dose_ug)))
 (let (($x132 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x146 (ite $x132 false true)))
 (let (($x156 (or (and $x146 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x155))) (and $x144 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x153))) (and $x142 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x151))) (and $x140 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x149))))))
 (=> holds_ITB-INIT-1 (not $x156))))))))))))))))))))
(assert
 (let (($x157 (not (<= 24.0 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_0_h)))))
 (let (($x158 (> cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x159 (not (<= 24.0 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_0_h)))))
 (let (($x160 (> cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x161 (not (<= 24.0 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))))
 (let (($x162 (> cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x162 $x161) (and $x160 $x159) (and $x158 $x157)))))))))))
(assert
 (let (($x163 (<= cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x164 (not $x163)))
 (let (($x165 (<= cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x166 (not $x165)))
 (let (($x167 (<= cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x168 (not $x167)))
 (=> holds_ITB-TITR-1 (not (or $x168 $x166 $x164))))))))))
(assert
 (let ((?x169 (ite cerebral_adult_l3_programmable 24.0 48.0)))
 (let (($x170 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_3_h) ?x169))))
 (let (($x158 (> cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x171 (and $x158 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_3_h) $x158) $x170)))
 (let (($x172 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h) ?x169))))
 (let (($x160 (> cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x173 (and $x158 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_3_h) $x160) $x172)))
 (let (($x174 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_1_h) ?x169))))
 (let (($x162 (> cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x175 (and $x158 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_3_h) $x162) $x174)))
 (let (($x176 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_3_h) ?x169))))
 (let (($x177 (and $x160 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h) $x158) $x176)))
 (let (($x178 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_2_h) ?x169))))
 (let (($x179 (and $x160 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_2_h) $x160) $x178)))
 (let (($x180 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h) ?x169))))
 (let (($x181 (and $x160 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_2_h) $x162) $x180)))
 (let (($x182 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_3_h) ?x169))))
 (let (($x183 (and $x162 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_1_h) $x158) $x182)))
 (let (($x184 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_2_h) ?x169))))
 (let (($x185 (and $x162 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h) $x160) $x184)))
 (let (($x186 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_1_h) ?x169))))
 (let (($x187 (and $x162 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_1_h) $x162) $x186)))
 (=> holds_ITB-TITR-2 (not (or $x187 $x185 $x183 $x181 $x179 $x177 $x175 $x173 $x171))))))))))))))))))))))))))
(assert
 (let ((?x188 (ite (<= cerebral_adult_l3_step_1_h w_0) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let ((?x189 (ite (<= cerebral_adult_l3_step_2_h w_0) cerebral_adult_l3_step_2_daily_dose_ug ?x188)))
 (let ((?x190 (ite (<= cerebral_adult_l3_step_3_h w_0) cerebral_adult_l3_step_3_daily_dose_ug ?x189)))
 (let (($x191 (and (<= (- w_0 24.0) cerebral_adult_l3_bolus_1_h) (< cerebral_adult_l3_bolus_1_h w_0))))
 (let (($x192 (and (<= (- w_0 24.0) cerebral_adult_l3_bolus_0_h) (< cerebral_adult_l3_bolus_0_h w_0))))
 (let ((?x193 (+ (+ 0.0 (ite $x192 cerebral_adult_l3_bolus_0_dose_ug 0.0)) (ite $x191 cerebral_adult_l3_bolus_1_dose_ug 0.0))))
 (let ((?x42 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h)))
 (let ((?x43 (/ cerebral_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x45 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h)))
 (let ((?x46 (/ cerebral_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x48 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h)))
 (let ((?x49 (/ cerebral_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x51 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x52 (/ cerebral_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x194 (+ 0.0 (* ?x52 ?x51))))
 (let ((?x195 (+ ?x194 (* ?x49 ?x48))))
 (let ((?x196 (+ ?x195 (* ?x46 ?x45))))
 (let ((?x197 (+ ?x196 (* ?x43 ?x42))))
 (let ((?x198 (ite (<= (- w_0 24.0) cerebral_adult_l3_end_h) (+ ?x196 (* ?x43 (- (- w_0 24.0) cerebral_adult_l3_step_3_h))) ?x197)))
 (let ((?x199 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_3_h) (+ ?x195 (* ?x46 (- (- w_0 24.0) cerebral_adult_l3_step_2_h))) ?x198)))
 (let ((?x200 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_2_h) (+ ?x194 (* ?x49 (- (- w_0 24.0) cerebral_adult_l3_step_1_h))) ?x199)))
 (let ((?x201 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x52 (- (- w_0 24.0) cerebral_adult_l3_step_0_h))) ?x200)))
 (let ((?x202 (ite (<= w_0 cerebral_adult_l3_end_h) (+ ?x196 (* ?x43 (- w_0 cerebral_adult_l3_step_3_h))) ?x197)))
 (let ((?x203 (ite (<= w_0 cerebral_adult_l3_step_3_h) (+ ?x195 (* ?x46 (- w_0 cerebral_adult_l3_step_2_h))) ?x202)))
 (let ((?x204 (ite (<= w_0 cerebral_adult_l3_step_2_h) (+ ?x194 (* ?x49 (- w_0 cerebral_adult_l3_step_1_h))) ?x203)))
 (let ((?x205 (ite (<= w_0 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x52 (- w_0 cerebral_adult_l3_step_0_h))) ?x204)))
 (let ((?x206 (ite (<= w_0 cerebral_adult_l3_step_0_h) 0.0 ?x205)))
 (let ((?x207 (- ?x206 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_0_h) 0.0 ?x201))))
 (let ((?x208 (ite (>= (- w_0 24.0) cerebral_adult_l3_step_0_h) (+ ?x207 ?x193) (* 1.0 ?x190))))
 (let (($x209 (<= w_0 cerebral_adult_l3_bolus_1_h)))
 (let ((?x210 (ite (and $x209 (< cerebral_adult_l3_bolus_1_h (+ w_0 24.0))) cerebral_adult_l3_bolus_1_dose_ug 0.0)))
 (let (($x211 (<= w_0 cerebral_adult_l3_bolus_0_h)))
 (let ((?x212 (ite (and $x211 (< cerebral_adult_l3_bolus_0_h (+ w_0 24.0))) cerebral_adult_l3_bolus_0_dose_ug 0.0)))
 (let ((?x213 (+ w_0 24.0)))
 (let (($x214 (<= ?x213 cerebral_adult_l3_end_h)))
 (let ((?x215 (ite (<= ?x213 cerebral_adult_l3_step_3_h) (+ ?x195 (* ?x46 (- ?x213 cerebral_adult_l3_step_2_h))) (ite $x214 (+ ?x196 (* ?x43 (- ?x213 cerebral_adult_l3_step_3_h))) ?x197))))
 (let ((?x216 (ite (<= ?x213 cerebral_adult_l3_step_2_h) (+ ?x194 (* ?x49 (- ?x213 cerebral_adult_l3_step_1_h))) ?x215)))
 (let ((?x217 (ite (<= ?x213 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x52 (- ?x213 cerebral_adult_l3_step_0_h))) ?x216)))
 (let ((?x218 (+ (- (ite (<= ?x213 cerebral_adult_l3_step_0_h) 0.0 ?x217) ?x206) (+ (+ 0.0 ?x212) ?x210))))
 (let (($x219 (and (<= cerebral_adult_l3_step_0_h w_0) $x214 (not (<= ?x218 (* (/ 23.0 20.0) ?x208))))))
 (=> holds_ITB-TITR-3 (not (or $x219))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x220 (ite (<= cerebral_adult_l3_step_1_h cerebral_adult_l3_bolus_1_h) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
(let ((?x221 (ite (<= cerebral_adult_l3_step_2_h cerebral_adult_l3_bolus_1_h) cerebral_adult_l3_step_2_daily_dose_ug ?x220)))
(let ((?x222 (ite (<= cerebral_adult_l3_step_3_h cerebral_adult_l3_bolus_1_h) cerebral_adult_l3_step_3_daily_dose_ug ?x221)))
(let ((?x223 (ite (< cerebral_adult_l3_bolus_1_h cerebral_adult_l3_step_0_h) 0.0 ?x222)))
(let (($x224 (<= cerebral_adult_l3_bolus_1_dose_ug (ite (>= 100.0 ?x223) 100.0 ?x223))))
(let ((?x225 (ite (<= cerebral_adult_l3_step_1_h cerebral_adult_l3_bolus_0_h) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
(let ((?x226 (ite (<= cerebral_adult_l3_step_2_h cerebral_adult_l3_bolus_0_h) cerebral_adult_l3_step_2_daily_dose_ug ?x225)))
(let ((?x227 (ite (<= cerebral_adult_l3_step_3_h cerebral_adult_l3_bolus_0_h) cerebral_adult_l3_step_3_daily_dose_ug ?x226)))
(let ((?x228 (ite (< cerebral_adult_l3_bolus_0_h cerebral_adult_l3_step_0_h) 0.0 ?x227)))
(let (($x229 (<= cerebral_adult_l3_bolus_0_dose_ug (ite (>= 100.0 ?x228) 100.0 ?x228))))
(=> holds_ITB-DOSE-3 (not (or (not $x229) (not $x224)))))))))))))))
(check-sat)
