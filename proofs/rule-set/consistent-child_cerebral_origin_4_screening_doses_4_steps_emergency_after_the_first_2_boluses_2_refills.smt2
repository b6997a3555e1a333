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
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x37535 (not (or (not (<= 4.0 cerebral_child_l3_age_years))))))
 (=> holds_ITB-PAT-1 $x37535)))
(assert
 (let (($x37529 (not (or (not (<= 12.0 cerebral_child_l3_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x37529)))
(assert
 (let (($x37643 (not (or cerebral_child_l3_infection))))
 (=> holds_ITB-PAT-4 $x37643)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x37037 (* cerebral_child_l3_step_3_rate_ml_day cerebral_child_l3_concentration_ug_ml)))
 (let ((?x36999 (- ?x37037 cerebral_child_l3_step_3_daily_dose_ug)))
 (let (($x37173 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l3_step_3_daily_dose_ug) ?x36999) (<= ?x36999 (* (/ 1.0 100.0) cerebral_child_l3_step_3_daily_dose_ug)))))
 (let ((?x36424 (* cerebral_child_l3_step_2_rate_ml_day cerebral_child_l3_concentration_ug_ml)))
 (let ((?x36315 (- ?x36424 cerebral_child_l3_step_2_daily_dose_ug)))
 (let (($x36873 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l3_step_2_daily_dose_ug) ?x36315) (<= ?x36315 (* (/ 1.0 100.0) cerebral_child_l3_step_2_daily_dose_ug)))))
 (let ((?x36961 (* cerebral_child_l3_step_1_rate_ml_day cerebral_child_l3_concentration_ug_ml)))
 (let ((?x36335 (- ?x36961 cerebral_child_l3_step_1_daily_dose_ug)))
 (let (($x36605 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l3_step_1_daily_dose_ug) ?x36335) (<= ?x36335 (* (/ 1.0 100.0) cerebral_child_l3_step_1_daily_dose_ug)))))
 (let ((?x36951 (* cerebral_child_l3_step_0_rate_ml_day cerebral_child_l3_concentration_ug_ml)))
 (let ((?x36496 (- ?x36951 cerebral_child_l3_step_0_daily_dose_ug)))
 (let (($x36652 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l3_step_0_daily_dose_ug) ?x36496) (<= ?x36496 (* (/ 1.0 100.0) cerebral_child_l3_step_0_daily_dose_ug)))))
 (let (($x36408 (= cerebral_child_l3_concentration_ug_ml cerebral_child_l3_refill_1_concentration_ug_ml)))
 (let (($x36952 (not $x36408)))
 (let (($x36410 (= cerebral_child_l3_concentration_ug_ml cerebral_child_l3_refill_0_concentration_ug_ml)))
 (let (($x37094 (not $x36410)))
 (let (($x32556 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_3_h)))
 (let (($x32555 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_3_h)))
 (let (($x36941 (and (ite $x32555 true (ite $x32556 true false)) (not (ite $x32555 $x36408 (ite $x32556 $x36410 false))))))
 (let (($x32554 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_2_h)))
 (let (($x32553 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_2_h)))
 (let (($x36413 (and (ite $x32553 true (ite $x32554 true false)) (not (ite $x32553 $x36408 (ite $x32554 $x36410 false))))))
 (let (($x32552 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_1_h)))
 (let (($x32551 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_1_h)))
 (let (($x36435 (and (ite $x32551 true (ite $x32552 true false)) (not (ite $x32551 $x36408 (ite $x32552 $x36410 false))))))
 (let (($x32550 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_0_h)))
 (let (($x32549 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_0_h)))
 (let (($x36422 (and (ite $x32549 true (ite $x32550 true false)) (not (ite $x32549 $x36408 (ite $x32550 $x36410 false))))))
 (let (($x36689 (or $x36422 $x36435 $x36413 $x36941 $x37094 $x36952 (not $x36652) (not $x36605) (not $x36873) (not $x37173))))
 (let (($x37644 (not $x36689)))
 (=> holds_ITB-PUMP-3 $x37644))))))))))))))))))))))))))))))))
(assert
 (let ((?x37096 (- cerebral_child_l3_end_h cerebral_child_l3_step_3_h)))
 (let ((?x32563 (/ cerebral_child_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x32564 (/ ?x32563 cerebral_child_l3_concentration_ug_ml)))
 (let ((?x36321 (- cerebral_child_l3_step_3_h cerebral_child_l3_step_2_h)))
 (let ((?x32561 (/ cerebral_child_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x32562 (/ ?x32561 cerebral_child_l3_concentration_ug_ml)))
 (let ((?x36608 (- cerebral_child_l3_step_2_h cerebral_child_l3_step_1_h)))
 (let ((?x32559 (/ cerebral_child_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x32560 (/ ?x32559 cerebral_child_l3_concentration_ug_ml)))
 (let ((?x37039 (- cerebral_child_l3_step_1_h cerebral_child_l3_step_0_h)))
 (let ((?x32557 (/ cerebral_child_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x32558 (/ ?x32557 cerebral_child_l3_concentration_ug_ml)))
 (let ((?x36607 (+ 0.0 (* ?x32558 ?x37039))))
 (let ((?x36586 (+ ?x36607 (* ?x32560 ?x36608))))
 (let ((?x37097 (+ ?x36586 (* ?x32562 ?x36321))))
 (let ((?x37180 (+ ?x37097 (* ?x32564 ?x37096))))
 (let ((?x36861 (+ ?x37097 (* ?x32564 (- cerebral_child_l3_step_0_h cerebral_child_l3_step_3_h)))))
 (let ((?x36649 (+ ?x36586 (* ?x32562 (- cerebral_child_l3_step_0_h cerebral_child_l3_step_2_h)))))
 (let ((?x36557 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_step_3_h) ?x36649 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_end_h) ?x36861 ?x37180))))
 (let ((?x37220 (+ ?x36607 (* ?x32560 (- cerebral_child_l3_step_0_h cerebral_child_l3_step_1_h)))))
 (let ((?x37222 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_step_2_h) ?x37220 ?x36557)))
 (let ((?x37225 (+ 0.0 (* ?x32558 (- cerebral_child_l3_step_0_h cerebral_child_l3_step_0_h)))))
 (let ((?x37227 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_step_1_h) ?x37225 ?x37222)))
 (let ((?x37229 (ite (<= cerebral_child_l3_step_0_h cerebral_child_l3_step_0_h) 0.0 ?x37227)))
 (let (($x37080 (<= t_0 cerebral_child_l3_end_h)))
 (let ((?x36603 (ite $x37080 (+ ?x37097 (* ?x32564 (- t_0 cerebral_child_l3_step_3_h))) ?x37180)))
 (let ((?x36691 (ite (<= t_0 cerebral_child_l3_step_3_h) (+ ?x36586 (* ?x32562 (- t_0 cerebral_child_l3_step_2_h))) ?x36603)))
 (let ((?x36304 (ite (<= t_0 cerebral_child_l3_step_2_h) (+ ?x36607 (* ?x32560 (- t_0 cerebral_child_l3_step_1_h))) ?x36691)))
 (let ((?x36579 (ite (<= t_0 cerebral_child_l3_step_1_h) (+ 0.0 (* ?x32558 (- t_0 cerebral_child_l3_step_0_h))) ?x36304)))
 (let ((?x37161 (ite (<= t_0 cerebral_child_l3_step_0_h) 0.0 ?x36579)))
 (let ((?x37235 (+ ?x37097 (* ?x32564 (- cerebral_child_l3_refill_0_h cerebral_child_l3_step_3_h)))))
 (let (($x32479 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_end_h)))
 (let ((?x37239 (+ ?x36586 (* ?x32562 (- cerebral_child_l3_refill_0_h cerebral_child_l3_step_2_h)))))
 (let (($x32556 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_3_h)))
 (let ((?x37243 (+ ?x36607 (* ?x32560 (- cerebral_child_l3_refill_0_h cerebral_child_l3_step_1_h)))))
 (let (($x32554 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_2_h)))
 (let ((?x37247 (+ 0.0 (* ?x32558 (- cerebral_child_l3_refill_0_h cerebral_child_l3_step_0_h)))))
 (let (($x32552 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_1_h)))
 (let (($x32550 (<= cerebral_child_l3_refill_0_h cerebral_child_l3_step_0_h)))
 (let ((?x37249 (ite $x32550 0.0 (ite $x32552 ?x37247 (ite $x32554 ?x37243 (ite $x32556 ?x37239 (ite $x32479 ?x37235 ?x37180)))))))
 (let ((?x37254 (ite (< cerebral_child_l3_refill_0_h t_0) (- cerebral_child_l3_refill_0_volume_ml (+ (- ?x37161 ?x37249) 0.0)) (- 0.0 (+ (- ?x37161 ?x37229) 0.0)))))
 (let ((?x37257 (+ ?x37097 (* ?x32564 (- cerebral_child_l3_refill_1_h cerebral_child_l3_step_3_h)))))
 (let (($x32495 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_end_h)))
 (let ((?x37261 (+ ?x36586 (* ?x32562 (- cerebral_child_l3_refill_1_h cerebral_child_l3_step_2_h)))))
 (let (($x32555 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_3_h)))
 (let ((?x37265 (+ ?x36607 (* ?x32560 (- cerebral_child_l3_refill_1_h cerebral_child_l3_step_1_h)))))
 (let (($x32553 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_2_h)))
 (let ((?x37269 (+ 0.0 (* ?x32558 (- cerebral_child_l3_refill_1_h cerebral_child_l3_step_0_h)))))
 (let (($x32551 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_1_h)))
 (let (($x32549 (<= cerebral_child_l3_refill_1_h cerebral_child_l3_step_0_h)))
 (let ((?x37271 (ite $x32549 0.0 (ite $x32551 ?x37269 (ite $x32553 ?x37265 (ite $x32555 ?x37261 (ite $x32495 ?x37257 ?x37180)))))))
 (let ((?x37276 (ite (< cerebral_child_l3_refill_1_h t_0) (- cerebral_child_l3_refill_1_volume_ml (+ (- ?x37161 ?x37271) 0.0)) ?x37254)))
 (let ((?x36657 (ite (<= 0.0 cerebral_child_l3_step_0_h) cerebral_child_l3_step_0_h 0.0)))
 (let (($x37280 (or (and (< ?x36657 t_0) $x37080 (not (> ?x37276 cerebral_child_l3_alarm_ml))))))
 (let (($x37645 (not $x37280)))
 (=> holds_ITB-PUMP-4 $x37645)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x37286 (not (>= 1848.0 (- cerebral_child_l3_end_h cerebral_child_l3_refill_1_h)))))
 (let (($x37282 (>= 1848.0 (- cerebral_child_l3_refill_1_h cerebral_child_l3_refill_0_h))))
 (let (($x37646 (not (or (not $x37282) $x37286))))
 (=> holds_ITB-PUMP-5 $x37646)))))
(assert
 (let (($x37293 (and (ite (= cerebral_child_l3_bolus_1_via 0) false true) (not cerebral_child_l3_bolus_1_emergency))))
 (let (($x37290 (and (ite (= cerebral_child_l3_bolus_0_via 0) false true) (not cerebral_child_l3_bolus_0_emergency))))
 (let (($x37647 (not (or $x37290 $x37293))))
 (=> holds_ITB-PUMP-6 $x37647)))))
(assert
 (let (($x37648 (not (or (not (ite (= cerebral_child_l3_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x37648)))
(assert
 (let (($x37348 (and (< 0.0 cerebral_child_l3_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_screening_3_concentration_ug_ml))))
 (let (($x37344 (and (< 0.0 cerebral_child_l3_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_screening_2_concentration_ug_ml))))
 (let (($x37340 (and (< 0.0 cerebral_child_l3_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_screening_1_concentration_ug_ml))))
 (let (($x37336 (and (< 0.0 cerebral_child_l3_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_screening_0_concentration_ug_ml))))
 (let (($x37332 (and (< 0.0 cerebral_child_l3_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_concentration_ug_ml))))
 (let (($x37333 (not $x37332)))
 (let (($x37328 (and (< 0.0 cerebral_child_l3_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_refill_1_concentration_ug_ml))))
 (let (($x37324 (and (< 0.0 cerebral_child_l3_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l3_refill_0_concentration_ug_ml))))
 (let (($x37318 (= 2000.0 cerebral_child_l3_refill_1_concentration_ug_ml)))
 (let (($x37317 (= 500.0 cerebral_child_l3_refill_1_concentration_ug_ml)))
 (let (($x37316 (= 50.0 cerebral_child_l3_refill_1_concentration_ug_ml)))
 (let (($x32508 (= cerebral_child_l3_refill_1_diluent 0)))
 (let (($x37305 (ite $x32508 true (ite (= cerebral_child_l3_refill_1_diluent 1) false false))))
 (let (($x37312 (= 2000.0 cerebral_child_l3_refill_0_concentration_ug_ml)))
 (let (($x37311 (= 500.0 cerebral_child_l3_refill_0_concentration_ug_ml)))
 (let (($x37310 (= 50.0 cerebral_child_l3_refill_0_concentration_ug_ml)))
 (let (($x32491 (= cerebral_child_l3_refill_0_diluent 0)))
 (let (($x37299 (ite $x32491 true (ite (= cerebral_child_l3_refill_0_diluent 1) false false))))
 (let (($x37307 (ite $x32508 false (ite (= cerebral_child_l3_refill_1_diluent 1) true false))))
 (let (($x37301 (ite $x32491 false (ite (= cerebral_child_l3_refill_0_diluent 1) true false))))
 (let (($x37350 (or (not (or $x37299 $x37301)) (not (or $x37305 $x37307)) (and $x37299 (not (or $x37310 $x37311 $x37312))) (and $x37305 (not (or $x37316 $x37317 $x37318))) (not $x37324) (not $x37328) $x37333 $x37333 $x37333 $x37333 (not $x37336) (not $x37340) (not $x37344) (not $x37348))))
 (let (($x37649 (not $x37350)))
 (=> holds_ITB-CONC-1 $x37649))))))))))))))))))))))))
(assert
 (let (($x37359 (or (not (= 50.0 cerebral_child_l3_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l3_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_child_l3_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_child_l3_screening_3_concentration_ug_ml)))))
 (let (($x37650 (not $x37359)))
 (=> holds_ITB-SCR-1 $x37650))))
(assert
 (let (($x37651 (not (or (not (>= 50.0 cerebral_child_l3_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x37651)))
(assert
 (let (($x37371 (or (not (<= 1.0 cerebral_child_l3_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l3_screening_1_duration_min)) (not (<= 1.0 cerebral_child_l3_screening_2_duration_min)) (not (<= 1.0 cerebral_child_l3_screening_3_duration_min)))))
 (let (($x37652 (not $x37371)))
 (=> holds_ITB-SCR-3 $x37652))))
(assert
 (let (($x37399 (<= 24.0 (- cerebral_child_l3_screening_3_h cerebral_child_l3_screening_2_h))))
 (let (($x32410 (= cerebral_child_l3_screening_2_response 0)))
 (let (($x37376 (ite $x32410 true false)))
 (let (($x37395 (<= 24.0 (- cerebral_child_l3_screening_2_h cerebral_child_l3_screening_1_h))))
 (let (($x32390 (= cerebral_child_l3_screening_1_response 0)))
 (let (($x37374 (ite $x32390 true false)))
 (let (($x37391 (<= 24.0 (- cerebral_child_l3_screening_1_h cerebral_child_l3_screening_0_h))))
 (let (($x32370 (= cerebral_child_l3_screening_0_response 0)))
 (let (($x37372 (ite $x32370 true false)))
 (let (($x37387 (<= cerebral_child_l3_screening_3_dose_ug (+ cerebral_child_l3_screening_2_dose_ug 25.0))))
 (let (($x37383 (<= cerebral_child_l3_screening_2_dose_ug (+ cerebral_child_l3_screening_1_dose_ug 25.0))))
 (let (($x37379 (<= cerebral_child_l3_screening_1_dose_ug (+ cerebral_child_l3_screening_0_dose_ug 25.0))))
 (let (($x37402 (or (not $x37372) (not $x37374) (not $x37376) (and $x37372 (not $x37379)) (and $x37374 (not $x37383)) (and $x37376 (not $x37387)) (and $x37372 (not $x37391)) (and $x37374 (not $x37395)) (and $x37376 (not $x37399)))))
 (let (($x37653 (not $x37402)))
 (=> holds_ITB-SCR-4 $x37653))))))))))))))))
(assert
 (let (($x37411 (or (not (>= 100.0 cerebral_child_l3_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l3_screening_1_dose_ug)) (not (>= 100.0 cerebral_child_l3_screening_2_dose_ug)) (not (>= 100.0 cerebral_child_l3_screening_3_dose_ug)))))
 (let (($x37654 (not $x37411)))
 (=> holds_ITB-SCR-5 $x37654))))
(assert
 (let (($x32430 (= cerebral_child_l3_screening_3_response 0)))
 (let (($x37421 (ite $x32430 false true)))
 (let (($x37423 (and $x37421 (<= cerebral_child_l3_screening_3_h cerebral_child_l3_step_0_h))))
 (let (($x32410 (= cerebral_child_l3_screening_2_response 0)))
 (let (($x37418 (ite $x32410 false true)))
 (let (($x37420 (and $x37418 (<= cerebral_child_l3_screening_2_h cerebral_child_l3_step_0_h))))
 (let (($x32390 (= cerebral_child_l3_screening_1_response 0)))
 (let (($x37415 (ite $x32390 false true)))
 (let (($x37417 (and $x37415 (<= cerebral_child_l3_screening_1_h cerebral_child_l3_step_0_h))))
 (let (($x32370 (= cerebral_child_l3_screening_0_response 0)))
 (let (($x37412 (ite $x32370 false true)))
 (let (($x37414 (and $x37412 (<= cerebral_child_l3_screening_0_h cerebral_child_l3_step_0_h))))
 (let (($x37655 (not (or (not (or $x37414 $x37417 $x37420 $x37423))))))
 (=> holds_ITB-SCR-6 $x37655)))))))))))))))
(assert
 (let ((?x37446 (* 2.0 cerebral_child_l3_screening_3_dose_ug)))
 (let ((?x37447 (ite (>= 12.0 cerebral_child_l3_screening_3_effect_h) ?x37446 cerebral_child_l3_screening_3_dose_ug)))
 (let (($x32430 (= cerebral_child_l3_screening_3_response 0)))
 (let (($x37421 (ite $x32430 false true)))
 (let ((?x37440 (* 2.0 cerebral_child_l3_screening_2_dose_ug)))
 (let ((?x37441 (ite (>= 12.0 cerebral_child_l3_screening_2_effect_h) ?x37440 cerebral_child_l3_screening_2_dose_ug)))
 (let (($x32410 (= cerebral_child_l3_screening_2_response 0)))
 (let (($x37418 (ite $x32410 false true)))
 (let ((?x37434 (* 2.0 cerebral_child_l3_screening_1_dose_ug)))
 (let ((?x37435 (ite (>= 12.0 cerebral_child_l3_screening_1_effect_h) ?x37434 cerebral_child_l3_screening_1_dose_ug)))
 (let (($x32390 (= cerebral_child_l3_screening_1_response 0)))
 (let (($x37415 (ite $x32390 false true)))
 (let ((?x37428 (* 2.0 cerebral_child_l3_screening_0_dose_ug)))
 (let ((?x37429 (ite (>= 12.0 cerebral_child_l3_screening_0_effect_h) ?x37428 cerebral_child_l3_screening_0_dose_ug)))
 (let (($x32370 (= cerebral_child_l3_screening_0_response 0)))
 (let (($x37412 (ite $x32370 false true)))
 (let (($x37451 (or (and $x37412 (not (<= cerebral_child_l3_step_0_daily_dose_ug ?x37429))) (and $x37415 (not (<= cerebral_child_l3_step_0_daily_dose_ug ?x37435))) (and $x37418 (not (<= cerebral_child_l3_step_0_daily_dose_ug ?x37441))) (and $x37421 (not (<= cerebral_child_l3_step_0_daily_dose_ug ?x37447))))))
 (let (($x37656 (not $x37451)))
 (=> holds_ITB-INIT-1 $x37656))))))))))))))))))))
(assert
 (let (($x37464 (not (<= 24.0 (- cerebral_child_l3_step_3_h cerebral_child_l3_step_0_h)))))
 (let (($x37461 (> cerebral_child_l3_step_3_daily_dose_ug cerebral_child_l3_step_2_daily_dose_ug)))
 (let (($x37459 (not (<= 24.0 (- cerebral_child_l3_step_2_h cerebral_child_l3_step_0_h)))))
 (let (($x37456 (> cerebral_child_l3_step_2_daily_dose_ug cerebral_child_l3_step_1_daily_dose_ug)))
 (let (($x37454 (not (<= 24.0 (- cerebral_child_l3_step_1_h cerebral_child_l3_step_0_h)))))
 (let (($x37452 (> cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
 (let (($x37657 (not (or (and $x37452 $x37454) (and $x37456 $x37459) (and $x37461 $x37464)))))
 (=> holds_ITB-INIT-2 $x37657)))))))))
(assert
 (let (($x37471 (<= cerebral_child_l3_step_3_daily_dose_ug cerebral_child_l3_step_2_daily_dose_ug)))
 (let (($x37469 (<= cerebral_child_l3_step_2_daily_dose_ug cerebral_child_l3_step_1_daily_dose_ug)))
 (let (($x37467 (<= cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
 (let (($x37658 (not (or (not $x37467) (not $x37469) (not $x37471)))))
 (=> holds_ITB-TITR-1 $x37658))))))
(assert
 (let ((?x37477 (ite cerebral_child_l3_programmable 24.0 48.0)))
 (let (($x37525 (not (>= (- cerebral_child_l3_step_3_h cerebral_child_l3_step_3_h) ?x37477))))
 (let (($x37461 (> cerebral_child_l3_step_3_daily_dose_ug cerebral_child_l3_step_2_daily_dose_ug)))
 (let (($x37526 (and $x37461 (and (< cerebral_child_l3_step_3_h cerebral_child_l3_step_3_h) $x37461) $x37525)))
 (let (($x37519 (not (>= (- cerebral_child_l3_step_3_h cerebral_child_l3_step_2_h) ?x37477))))
 (let (($x37456 (> cerebral_child_l3_step_2_daily_dose_ug cerebral_child_l3_step_1_daily_dose_ug)))
 (let (($x37520 (and $x37461 (and (< cerebral_child_l3_step_2_h cerebral_child_l3_step_3_h) $x37456) $x37519)))
 (let (($x37514 (not (>= (- cerebral_child_l3_step_3_h cerebral_child_l3_step_1_h) ?x37477))))
 (let (($x37452 (> cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
 (let (($x37515 (and $x37461 (and (< cerebral_child_l3_step_1_h cerebral_child_l3_step_3_h) $x37452) $x37514)))
 (let (($x37508 (not (>= (- cerebral_child_l3_step_2_h cerebral_child_l3_step_3_h) ?x37477))))
 (let (($x37509 (and $x37456 (and (< cerebral_child_l3_step_3_h cerebral_child_l3_step_2_h) $x37461) $x37508)))
 (let (($x37502 (not (>= (- cerebral_child_l3_step_2_h cerebral_child_l3_step_2_h) ?x37477))))
 (let (($x37503 (and $x37456 (and (< cerebral_child_l3_step_2_h cerebral_child_l3_step_2_h) $x37456) $x37502)))
 (let (($x37496 (not (>= (- cerebral_child_l3_step_2_h cerebral_child_l3_step_1_h) ?x37477))))
 (let (($x37497 (and $x37456 (and (< cerebral_child_l3_step_1_h cerebral_child_l3_step_2_h) $x37452) $x37496)))
 (let (($x37491 (not (>= (- cerebral_child_l3_step_1_h cerebral_child_l3_step_3_h) ?x37477))))
 (let (($x37492 (and $x37452 (and (< cerebral_child_l3_step_3_h cerebral_child_l3_step_1_h) $x37461) $x37491)))
 (let (($x37485 (not (>= (- cerebral_child_l3_step_1_h cerebral_child_l3_step_2_h) ?x37477))))
 (let (($x37486 (and $x37452 (and (< cerebral_child_l3_step_2_h cerebral_child_l3_step_1_h) $x37456) $x37485)))
 (let (($x37479 (not (>= (- cerebral_child_l3_step_1_h cerebral_child_l3_step_1_h) ?x37477))))
 (let (($x37480 (and $x37452 (and (< cerebral_child_l3_step_1_h cerebral_child_l3_step_1_h) $x37452) $x37479)))
 (let (($x37659 (not (or $x37480 $x37486 $x37492 $x37497 $x37503 $x37509 $x37515 $x37520 $x37526))))
 (=> holds_ITB-TITR-2 $x37659)))))))))))))))))))))))))
(assert
 (let ((?x37634 (ite (<= cerebral_child_l3_step_1_h w_0) cerebral_child_l3_step_1_daily_dose_ug cerebral_child_l3_step_0_daily_dose_ug)))
(let ((?x37635 (ite (<= cerebral_child_l3_step_2_h w_0) cerebral_child_l3_step_2_daily_dose_ug ?x37634)))
(let ((?x37636 (ite (<= cerebral_child_l3_step_3_h w_0) cerebral_child_l3_step_3_daily_dose_ug ?x37635)))
(let (($x37627 (and (<= (- w_0 24.0) cerebral_child_l3_bolus_1_h) (< cerebral_child_l3_bolus_1_h w_0))))
(let (($x37622 (and (<= (- w_0 24.0) cerebral_child_l3_bolus_0_h) (< cerebral_child_l3_bolus_0_h w_0))))
(let ((?x37629 (+ (+ 0.0 (ite $x37622 cerebral_child_l3_bolus_0_dose_ug 0.0)) (ite $x37627 cerebral_child_l3_bolus_1_dose_ug 0.0))))
(let ((?x37096 (- cerebral_child_l3_end_h cerebral_child_l3_step_3_h)))
(let ((?x32563 (/ cerebral_child_l3_step_3_daily_dose_ug 24.0)))
(let ((?x36321 (- cerebral_child_l3_step_3_h cerebral_child_l3_step_2_h)))
(let ((?x32561 (/ cerebral_child_l3_step_2_daily_dose_ug 24.0)))
(let ((?x36608 (- cerebral_child_l3_step_2_h cerebral_child_l3_step_1_h)))
(let ((?x32559 (/ cerebral_child_l3_step_1_daily_dose_ug 24.0)))
(let ((?x37039 (- cerebral_child_l3_step_1_h cerebral_child_l3_step_0_h)))
(let ((?x32557 (/ cerebral_child_l3_step_0_daily_dose_ug 24.0)))
(let ((?x37533 (+ 0.0 (* ?x32557 ?x37039))))
(let ((?x37536 (+ ?x37533 (* ?x32559 ?x36608))))
(let ((?x37538 (+ ?x37536 (* ?x32561 ?x36321))))
(let ((?x37540 (+ ?x37538 (* ?x32563 ?x37096))))
(let ((?x37601 (ite (<= (- w_0 24.0) cerebral_child_l3_end_h) (+ ?x37538 (* ?x32563 (- (- w_0 24.0) cerebral_child_l3_step_3_h))) ?x37540)))
(let ((?x37606 (ite (<= (- w_0 24.0) cerebral_child_l3_step_3_h) (+ ?x37536 (* ?x32561 (- (- w_0 24.0) cerebral_child_l3_step_2_h))) ?x37601)))
(let ((?x37611 (ite (<= (- w_0 24.0) cerebral_child_l3_step_2_h) (+ ?x37533 (* ?x32559 (- (- w_0 24.0) cerebral_child_l3_step_1_h))) ?x37606)))
(let ((?x37616 (ite (<= (- w_0 24.0) cerebral_child_l3_step_1_h) (+ 0.0 (* ?x32557 (- (- w_0 24.0) cerebral_child_l3_step_0_h))) ?x37611)))
(let ((?x37566 (ite (<= w_0 cerebral_child_l3_end_h) (+ ?x37538 (* ?x32563 (- w_0 cerebral_child_l3_step_3_h))) ?x37540)))
(let ((?x37571 (ite (<= w_0 cerebral_child_l3_step_3_h) (+ ?x37536 (* ?x32561 (- w_0 cerebral_child_l3_step_2_h))) ?x37566)))
(let ((?x37576 (ite (<= w_0 cerebral_child_l3_step_2_h) (+ ?x37533 (* ?x32559 (- w_0 cerebral_child_l3_step_1_h))) ?x37571)))
(let ((?x37581 (ite (<= w_0 cerebral_child_l3_step_1_h) (+ 0.0 (* ?x32557 (- w_0 cerebral_child_l3_step_0_h))) ?x37576)))
(let ((?x37583 (ite (<= w_0 cerebral_child_l3_step_0_h) 0.0 ?x37581)))
(let ((?x37619 (- ?x37583 (ite (<= (- w_0 24.0) cerebral_child_l3_step_0_h) 0.0 ?x37616))))
(let ((?x37638 (ite (>= (- w_0 24.0) cerebral_child_l3_step_0_h) (+ ?x37619 ?x37629) (* 1.0 ?x37636))))
(let (($x37592 (and (<= w_0 cerebral_child_l3_bolus_1_h) (< cerebral_child_l3_bolus_1_h (+ w_0 24.0)))))
(let (($x37587 (and (<= w_0 cerebral_child_l3_bolus_0_h) (< cerebral_child_l3_bolus_0_h (+ w_0 24.0)))))
(let ((?x37594 (+ (+ 0.0 (ite $x37587 cerebral_child_l3_bolus_0_dose_ug 0.0)) (ite $x37592 cerebral_child_l3_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x37531 (<= ?x1800 cerebral_child_l3_end_h)))
(let ((?x37549 (ite (<= ?x1800 cerebral_child_l3_step_3_h) (+ ?x37536 (* ?x32561 (- ?x1800 cerebral_child_l3_step_2_h))) (ite $x37531 (+ ?x37538 (* ?x32563 (- ?x1800 cerebral_child_l3_step_3_h))) ?x37540))))
(let ((?x37554 (ite (<= ?x1800 cerebral_child_l3_step_2_h) (+ ?x37533 (* ?x32559 (- ?x1800 cerebral_child_l3_step_1_h))) ?x37549)))
(let ((?x37559 (ite (<= ?x1800 cerebral_child_l3_step_1_h) (+ 0.0 (* ?x32557 (- ?x1800 cerebral_child_l3_step_0_h))) ?x37554)))
(let ((?x37595 (+ (- (ite (<= ?x1800 cerebral_child_l3_step_0_h) 0.0 ?x37559) ?x37583) ?x37594)))
(let (($x37642 (and (<= cerebral_child_l3_step_0_h w_0) $x37531 (not (<= ?x37595 (* (/ 23.0 20.0) ?x37638))))))
(let (($x37660 (not (or $x37642))))
(=> holds_ITB-TITR-3 $x37660))))))))))))))))))))))))))))))))))))))))))
(check-sat)
