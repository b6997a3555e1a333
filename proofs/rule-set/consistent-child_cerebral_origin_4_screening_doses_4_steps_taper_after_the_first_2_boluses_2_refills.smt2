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
 (let ((?x35235 (* (/ 4.0 5.0) cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x35263 (< cerebral_child_l2_step_3_daily_dose_ug cerebral_child_l2_step_2_daily_dose_ug)))
 (let ((?x35303 (* (/ 4.0 5.0) cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x35305 (< cerebral_child_l2_step_2_daily_dose_ug cerebral_child_l2_step_1_daily_dose_ug)))
 (let ((?x35287 (* (/ 4.0 5.0) cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x35696 (< cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x33923 (or (and $x35696 (not (>= cerebral_child_l2_step_1_daily_dose_ug ?x35287))) (and $x35305 (not (>= cerebral_child_l2_step_2_daily_dose_ug ?x35303))) (and $x35263 (not (>= cerebral_child_l2_step_3_daily_dose_ug ?x35235))))))
 (let (($x36169 (not $x33923)))
 (=> holds_ITB-STOP-1 $x36169))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x36163 (not (or (not (<= 4.0 cerebral_child_l2_age_years))))))
 (=> holds_ITB-PAT-1 $x36163)))
(assert
 (let (($x36277 (not (or (not (<= 12.0 cerebral_child_l2_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x36277)))
(assert
 (let (($x36278 (not (or cerebral_child_l2_infection))))
 (=> holds_ITB-PAT-4 $x36278)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x35710 (* cerebral_child_l2_step_3_rate_ml_day cerebral_child_l2_concentration_ug_ml)))
 (let ((?x35641 (- ?x35710 cerebral_child_l2_step_3_daily_dose_ug)))
 (let (($x35199 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l2_step_3_daily_dose_ug) ?x35641) (<= ?x35641 (* (/ 1.0 100.0) cerebral_child_l2_step_3_daily_dose_ug)))))
 (let ((?x35525 (* cerebral_child_l2_step_2_rate_ml_day cerebral_child_l2_concentration_ug_ml)))
 (let ((?x34734 (- ?x35525 cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x35192 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l2_step_2_daily_dose_ug) ?x34734) (<= ?x34734 (* (/ 1.0 100.0) cerebral_child_l2_step_2_daily_dose_ug)))))
 (let ((?x34353 (* cerebral_child_l2_step_1_rate_ml_day cerebral_child_l2_concentration_ug_ml)))
 (let ((?x34748 (- ?x34353 cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x24307 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l2_step_1_daily_dose_ug) ?x34748) (<= ?x34748 (* (/ 1.0 100.0) cerebral_child_l2_step_1_daily_dose_ug)))))
 (let ((?x35676 (* cerebral_child_l2_step_0_rate_ml_day cerebral_child_l2_concentration_ug_ml)))
 (let ((?x35783 (- ?x35676 cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x35196 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l2_step_0_daily_dose_ug) ?x35783) (<= ?x35783 (* (/ 1.0 100.0) cerebral_child_l2_step_0_daily_dose_ug)))))
 (let (($x35489 (= cerebral_child_l2_concentration_ug_ml cerebral_child_l2_refill_1_concentration_ug_ml)))
 (let (($x35452 (not $x35489)))
 (let (($x35490 (= cerebral_child_l2_concentration_ug_ml cerebral_child_l2_refill_0_concentration_ug_ml)))
 (let (($x35453 (not $x35490)))
 (let (($x32328 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_3_h)))
 (let (($x32327 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_3_h)))
 (let (($x35270 (and (ite $x32327 true (ite $x32328 true false)) (not (ite $x32327 $x35489 (ite $x32328 $x35490 false))))))
 (let (($x32326 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_2_h)))
 (let (($x32325 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_2_h)))
 (let (($x35557 (and (ite $x32325 true (ite $x32326 true false)) (not (ite $x32325 $x35489 (ite $x32326 $x35490 false))))))
 (let (($x32324 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_1_h)))
 (let (($x32323 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_1_h)))
 (let (($x34532 (and (ite $x32323 true (ite $x32324 true false)) (not (ite $x32323 $x35489 (ite $x32324 $x35490 false))))))
 (let (($x32322 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_0_h)))
 (let (($x32321 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_0_h)))
 (let (($x35626 (and (ite $x32321 true (ite $x32322 true false)) (not (ite $x32321 $x35489 (ite $x32322 $x35490 false))))))
 (let (($x33870 (or $x35626 $x34532 $x35557 $x35270 $x35453 $x35452 (not $x35196) (not $x24307) (not $x35192) (not $x35199))))
 (let (($x36279 (not $x33870)))
 (=> holds_ITB-PUMP-3 $x36279))))))))))))))))))))))))))))))))
(assert
 (let ((?x35338 (- cerebral_child_l2_end_h cerebral_child_l2_step_3_h)))
 (let ((?x32335 (/ cerebral_child_l2_step_3_daily_dose_ug 24.0)))
 (let ((?x32336 (/ ?x32335 cerebral_child_l2_concentration_ug_ml)))
 (let ((?x34368 (- cerebral_child_l2_step_3_h cerebral_child_l2_step_2_h)))
 (let ((?x32333 (/ cerebral_child_l2_step_2_daily_dose_ug 24.0)))
 (let ((?x32334 (/ ?x32333 cerebral_child_l2_concentration_ug_ml)))
 (let ((?x34258 (- cerebral_child_l2_step_2_h cerebral_child_l2_step_1_h)))
 (let ((?x32331 (/ cerebral_child_l2_step_1_daily_dose_ug 24.0)))
 (let ((?x32332 (/ ?x32331 cerebral_child_l2_concentration_ug_ml)))
 (let ((?x35792 (- cerebral_child_l2_step_1_h cerebral_child_l2_step_0_h)))
 (let ((?x32329 (/ cerebral_child_l2_step_0_daily_dose_ug 24.0)))
 (let ((?x32330 (/ ?x32329 cerebral_child_l2_concentration_ug_ml)))
 (let ((?x34642 (+ 0.0 (* ?x32330 ?x35792))))
 (let ((?x35546 (+ ?x34642 (* ?x32332 ?x34258))))
 (let ((?x35190 (+ ?x35546 (* ?x32334 ?x34368))))
 (let ((?x35243 (+ ?x35190 (* ?x32336 ?x35338))))
 (let ((?x35838 (+ ?x35190 (* ?x32336 (- cerebral_child_l2_step_0_h cerebral_child_l2_step_3_h)))))
 (let ((?x35843 (+ ?x35546 (* ?x32334 (- cerebral_child_l2_step_0_h cerebral_child_l2_step_2_h)))))
 (let ((?x35845 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_step_3_h) ?x35843 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_end_h) ?x35838 ?x35243))))
 (let ((?x35848 (+ ?x34642 (* ?x32332 (- cerebral_child_l2_step_0_h cerebral_child_l2_step_1_h)))))
 (let ((?x35850 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_step_2_h) ?x35848 ?x35845)))
 (let ((?x35853 (+ 0.0 (* ?x32330 (- cerebral_child_l2_step_0_h cerebral_child_l2_step_0_h)))))
 (let ((?x35855 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_step_1_h) ?x35853 ?x35850)))
 (let ((?x35857 (ite (<= cerebral_child_l2_step_0_h cerebral_child_l2_step_0_h) 0.0 ?x35855)))
 (let (($x35692 (<= t_0 cerebral_child_l2_end_h)))
 (let ((?x33798 (ite $x35692 (+ ?x35190 (* ?x32336 (- t_0 cerebral_child_l2_step_3_h))) ?x35243)))
 (let ((?x35280 (ite (<= t_0 cerebral_child_l2_step_3_h) (+ ?x35546 (* ?x32334 (- t_0 cerebral_child_l2_step_2_h))) ?x33798)))
 (let ((?x35739 (ite (<= t_0 cerebral_child_l2_step_2_h) (+ ?x34642 (* ?x32332 (- t_0 cerebral_child_l2_step_1_h))) ?x35280)))
 (let ((?x35617 (ite (<= t_0 cerebral_child_l2_step_1_h) (+ 0.0 (* ?x32330 (- t_0 cerebral_child_l2_step_0_h))) ?x35739)))
 (let ((?x35223 (ite (<= t_0 cerebral_child_l2_step_0_h) 0.0 ?x35617)))
 (let ((?x35863 (+ ?x35190 (* ?x32336 (- cerebral_child_l2_refill_0_h cerebral_child_l2_step_3_h)))))
 (let (($x32251 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_end_h)))
 (let ((?x35867 (+ ?x35546 (* ?x32334 (- cerebral_child_l2_refill_0_h cerebral_child_l2_step_2_h)))))
 (let (($x32328 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_3_h)))
 (let ((?x35871 (+ ?x34642 (* ?x32332 (- cerebral_child_l2_refill_0_h cerebral_child_l2_step_1_h)))))
 (let (($x32326 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_2_h)))
 (let ((?x35875 (+ 0.0 (* ?x32330 (- cerebral_child_l2_refill_0_h cerebral_child_l2_step_0_h)))))
 (let (($x32324 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_1_h)))
 (let (($x32322 (<= cerebral_child_l2_refill_0_h cerebral_child_l2_step_0_h)))
 (let ((?x35877 (ite $x32322 0.0 (ite $x32324 ?x35875 (ite $x32326 ?x35871 (ite $x32328 ?x35867 (ite $x32251 ?x35863 ?x35243)))))))
 (let ((?x35882 (ite (< cerebral_child_l2_refill_0_h t_0) (- cerebral_child_l2_refill_0_volume_ml (+ (- ?x35223 ?x35877) 0.0)) (- 0.0 (+ (- ?x35223 ?x35857) 0.0)))))
 (let ((?x35885 (+ ?x35190 (* ?x32336 (- cerebral_child_l2_refill_1_h cerebral_child_l2_step_3_h)))))
 (let (($x32267 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_end_h)))
 (let ((?x35889 (+ ?x35546 (* ?x32334 (- cerebral_child_l2_refill_1_h cerebral_child_l2_step_2_h)))))
 (let (($x32327 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_3_h)))
 (let ((?x35893 (+ ?x34642 (* ?x32332 (- cerebral_child_l2_refill_1_h cerebral_child_l2_step_1_h)))))
 (let (($x32325 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_2_h)))
 (let ((?x35897 (+ 0.0 (* ?x32330 (- cerebral_child_l2_refill_1_h cerebral_child_l2_step_0_h)))))
 (let (($x32323 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_1_h)))
 (let (($x32321 (<= cerebral_child_l2_refill_1_h cerebral_child_l2_step_0_h)))
 (let ((?x35899 (ite $x32321 0.0 (ite $x32323 ?x35897 (ite $x32325 ?x35893 (ite $x32327 ?x35889 (ite $x32267 ?x35885 ?x35243)))))))
 (let ((?x35904 (ite (< cerebral_child_l2_refill_1_h t_0) (- cerebral_child_l2_refill_1_volume_ml (+ (- ?x35223 ?x35899) 0.0)) ?x35882)))
 (let ((?x35274 (ite (<= 0.0 cerebral_child_l2_step_0_h) cerebral_child_l2_step_0_h 0.0)))
 (let (($x35908 (or (and (< ?x35274 t_0) $x35692 (not (> ?x35904 cerebral_child_l2_alarm_ml))))))
 (let (($x36280 (not $x35908)))
 (=> holds_ITB-PUMP-4 $x36280)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x35914 (not (>= 1848.0 (- cerebral_child_l2_end_h cerebral_child_l2_refill_1_h)))))
 (let (($x35910 (>= 1848.0 (- cerebral_child_l2_refill_1_h cerebral_child_l2_refill_0_h))))
 (let (($x36281 (not (or (not $x35910) $x35914))))
 (=> holds_ITB-PUMP-5 $x36281)))))
(assert
 (let (($x35921 (and (ite (= cerebral_child_l2_bolus_1_via 0) false true) (not cerebral_child_l2_bolus_1_emergency))))
 (let (($x35918 (and (ite (= cerebral_child_l2_bolus_0_via 0) false true) (not cerebral_child_l2_bolus_0_emergency))))
 (let (($x36282 (not (or $x35918 $x35921))))
 (=> holds_ITB-PUMP-6 $x36282)))))
(assert
 (let (($x36283 (not (or (not (ite (= cerebral_child_l2_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x36283)))
(assert
 (let (($x35976 (and (< 0.0 cerebral_child_l2_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_screening_3_concentration_ug_ml))))
 (let (($x35972 (and (< 0.0 cerebral_child_l2_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_screening_2_concentration_ug_ml))))
 (let (($x35968 (and (< 0.0 cerebral_child_l2_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_screening_1_concentration_ug_ml))))
 (let (($x35964 (and (< 0.0 cerebral_child_l2_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_screening_0_concentration_ug_ml))))
 (let (($x35960 (and (< 0.0 cerebral_child_l2_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_concentration_ug_ml))))
 (let (($x35961 (not $x35960)))
 (let (($x35956 (and (< 0.0 cerebral_child_l2_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_refill_1_concentration_ug_ml))))
 (let (($x35952 (and (< 0.0 cerebral_child_l2_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l2_refill_0_concentration_ug_ml))))
 (let (($x35946 (= 2000.0 cerebral_child_l2_refill_1_concentration_ug_ml)))
 (let (($x35945 (= 500.0 cerebral_child_l2_refill_1_concentration_ug_ml)))
 (let (($x35944 (= 50.0 cerebral_child_l2_refill_1_concentration_ug_ml)))
 (let (($x32280 (= cerebral_child_l2_refill_1_diluent 0)))
 (let (($x35933 (ite $x32280 true (ite (= cerebral_child_l2_refill_1_diluent 1) false false))))
 (let (($x35940 (= 2000.0 cerebral_child_l2_refill_0_concentration_ug_ml)))
 (let (($x35939 (= 500.0 cerebral_child_l2_refill_0_concentration_ug_ml)))
 (let (($x35938 (= 50.0 cerebral_child_l2_refill_0_concentration_ug_ml)))
 (let (($x32263 (= cerebral_child_l2_refill_0_diluent 0)))
 (let (($x35927 (ite $x32263 true (ite (= cerebral_child_l2_refill_0_diluent 1) false false))))
 (let (($x35935 (ite $x32280 false (ite (= cerebral_child_l2_refill_1_diluent 1) true false))))
 (let (($x35929 (ite $x32263 false (ite (= cerebral_child_l2_refill_0_diluent 1) true false))))
 (let (($x35978 (or (not (or $x35927 $x35929)) (not (or $x35933 $x35935)) (and $x35927 (not (or $x35938 $x35939 $x35940))) (and $x35933 (not (or $x35944 $x35945 $x35946))) (not $x35952) (not $x35956) $x35961 $x35961 $x35961 $x35961 (not $x35964) (not $x35968) (not $x35972) (not $x35976))))
 (let (($x36284 (not $x35978)))
 (=> holds_ITB-CONC-1 $x36284))))))))))))))))))))))))
(assert
 (let (($x35987 (or (not (= 50.0 cerebral_child_l2_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l2_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_child_l2_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_child_l2_screening_3_concentration_ug_ml)))))
 (let (($x36285 (not $x35987)))
 (=> holds_ITB-SCR-1 $x36285))))
(assert
 (let (($x36286 (not (or (not (>= 50.0 cerebral_child_l2_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x36286)))
(assert
 (let (($x35999 (or (not (<= 1.0 cerebral_child_l2_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l2_screening_1_duration_min)) (not (<= 1.0 cerebral_child_l2_screening_2_duration_min)) (not (<= 1.0 cerebral_child_l2_screening_3_duration_min)))))
 (let (($x36287 (not $x35999)))
 (=> holds_ITB-SCR-3 $x36287))))
(assert
 (let (($x36027 (<= 24.0 (- cerebral_child_l2_screening_3_h cerebral_child_l2_screening_2_h))))
 (let (($x32182 (= cerebral_child_l2_screening_2_response 0)))
 (let (($x36004 (ite $x32182 true false)))
 (let (($x36023 (<= 24.0 (- cerebral_child_l2_screening_2_h cerebral_child_l2_screening_1_h))))
 (let (($x32162 (= cerebral_child_l2_screening_1_response 0)))
 (let (($x36002 (ite $x32162 true false)))
 (let (($x36019 (<= 24.0 (- cerebral_child_l2_screening_1_h cerebral_child_l2_screening_0_h))))
 (let (($x32142 (= cerebral_child_l2_screening_0_response 0)))
 (let (($x36000 (ite $x32142 true false)))
 (let (($x36015 (<= cerebral_child_l2_screening_3_dose_ug (+ cerebral_child_l2_screening_2_dose_ug 25.0))))
 (let (($x36011 (<= cerebral_child_l2_screening_2_dose_ug (+ cerebral_child_l2_screening_1_dose_ug 25.0))))
 (let (($x36007 (<= cerebral_child_l2_screening_1_dose_ug (+ cerebral_child_l2_screening_0_dose_ug 25.0))))
 (let (($x36030 (or (not $x36000) (not $x36002) (not $x36004) (and $x36000 (not $x36007)) (and $x36002 (not $x36011)) (and $x36004 (not $x36015)) (and $x36000 (not $x36019)) (and $x36002 (not $x36023)) (and $x36004 (not $x36027)))))
 (let (($x36288 (not $x36030)))
 (=> holds_ITB-SCR-4 $x36288))))))))))))))))
(assert
 (let (($x36039 (or (not (>= 100.0 cerebral_child_l2_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l2_screening_1_dose_ug)) (not (>= 100.0 cerebral_child_l2_screening_2_dose_ug)) (not (>= 100.0 cerebral_child_l2_screening_3_dose_ug)))))
 (let (($x36289 (not $x36039)))
 (=> holds_ITB-SCR-5 $x36289))))
(assert
 (let (($x32202 (= cerebral_child_l2_screening_3_response 0)))
 (let (($x36049 (ite $x32202 false true)))
 (let (($x36051 (and $x36049 (<= cerebral_child_l2_screening_3_h cerebral_child_l2_step_0_h))))
 (let (($x32182 (= cerebral_child_l2_screening_2_response 0)))
 (let (($x36046 (ite $x32182 false true)))
 (let (($x36048 (and $x36046 (<= cerebral_child_l2_screening_2_h cerebral_child_l2_step_0_h))))
 (let (($x32162 (= cerebral_child_l2_screening_1_response 0)))
 (let (($x36043 (ite $x32162 false true)))
 (let (($x36045 (and $x36043 (<= cerebral_child_l2_screening_1_h cerebral_child_l2_step_0_h))))
 (let (($x32142 (= cerebral_child_l2_screening_0_response 0)))
 (let (($x36040 (ite $x32142 false true)))
 (let (($x36042 (and $x36040 (<= cerebral_child_l2_screening_0_h cerebral_child_l2_step_0_h))))
 (let (($x36290 (not (or (not (or $x36042 $x36045 $x36048 $x36051))))))
 (=> holds_ITB-SCR-6 $x36290)))))))))))))))
(assert
 (let ((?x36074 (* 2.0 cerebral_child_l2_screening_3_dose_ug)))
 (let ((?x36075 (ite (>= 12.0 cerebral_child_l2_screening_3_effect_h) ?x36074 cerebral_child_l2_screening_3_dose_ug)))
 (let (($x32202 (= cerebral_child_l2_screening_3_response 0)))
 (let (($x36049 (ite $x32202 false true)))
 (let ((?x36068 (* 2.0 cerebral_child_l2_screening_2_dose_ug)))
 (let ((?x36069 (ite (>= 12.0 cerebral_child_l2_screening_2_effect_h) ?x36068 cerebral_child_l2_screening_2_dose_ug)))
 (let (($x32182 (= cerebral_child_l2_screening_2_response 0)))
 (let (($x36046 (ite $x32182 false true)))
 (let ((?x36062 (* 2.0 cerebral_child_l2_screening_1_dose_ug)))
 (let ((?x36063 (ite (>= 12.0 cerebral_child_l2_screening_1_effect_h) ?x36062 cerebral_child_l2_screening_1_dose_ug)))
 (let (($x32162 (= cerebral_child_l2_screening_1_response 0)))
 (let (($x36043 (ite $x32162 false true)))
 (let ((?x36056 (* 2.0 cerebral_child_l2_screening_0_dose_ug)))
 (let ((?x36057 (ite (>= 12.0 cerebral_child_l2_screening_0_effect_h) ?x36056 cerebral_child_l2_screening_0_dose_ug)))
 (let (($x32142 (= cerebral_child_l2_screening_0_response 0)))
 (let (($x36040 (ite $x32142 false true)))
 (let (($x36079 (or (and $x36040 (not (<= cerebral_child_l2_step_0_daily_dose_ug ?x36057))) (and $x36043 (not (<= cerebral_child_l2_step_0_daily_dose_ug ?x36063))) (and $x36046 (not (<= cerebral_child_l2_step_0_daily_dose_ug ?x36069))) (and $x36049 (not (<= cerebral_child_l2_step_0_daily_dose_ug ?x36075))))))
 (let (($x36291 (not $x36079)))
 (=> holds_ITB-INIT-1 $x36291))))))))))))))))))))
(assert
 (let (($x36092 (not (<= 24.0 (- cerebral_child_l2_step_3_h cerebral_child_l2_step_0_h)))))
 (let (($x36089 (> cerebral_child_l2_step_3_daily_dose_ug cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x36087 (not (<= 24.0 (- cerebral_child_l2_step_2_h cerebral_child_l2_step_0_h)))))
 (let (($x36084 (> cerebral_child_l2_step_2_daily_dose_ug cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x36082 (not (<= 24.0 (- cerebral_child_l2_step_1_h cerebral_child_l2_step_0_h)))))
 (let (($x36080 (> cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x36292 (not (or (and $x36080 $x36082) (and $x36084 $x36087) (and $x36089 $x36092)))))
 (=> holds_ITB-INIT-2 $x36292)))))))))
(assert
 (let ((?x36104 (* (/ 23.0 20.0) cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x36089 (> cerebral_child_l2_step_3_daily_dose_ug cerebral_child_l2_step_2_daily_dose_ug)))
 (let ((?x36100 (* (/ 23.0 20.0) cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x36084 (> cerebral_child_l2_step_2_daily_dose_ug cerebral_child_l2_step_1_daily_dose_ug)))
 (let ((?x36096 (* (/ 23.0 20.0) cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x36080 (> cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x36108 (or (and $x36080 (not (<= cerebral_child_l2_step_1_daily_dose_ug ?x36096))) (and $x36084 (not (<= cerebral_child_l2_step_2_daily_dose_ug ?x36100))) (and $x36089 (not (<= cerebral_child_l2_step_3_daily_dose_ug ?x36104))))))
 (let (($x36293 (not $x36108)))
 (=> holds_ITB-TITR-1 $x36293))))))))))
(assert
 (let ((?x36111 (ite cerebral_child_l2_programmable 24.0 48.0)))
 (let (($x36159 (not (>= (- cerebral_child_l2_step_3_h cerebral_child_l2_step_3_h) ?x36111))))
 (let (($x36089 (> cerebral_child_l2_step_3_daily_dose_ug cerebral_child_l2_step_2_daily_dose_ug)))
 (let (($x36160 (and $x36089 (and (< cerebral_child_l2_step_3_h cerebral_child_l2_step_3_h) $x36089) $x36159)))
 (let (($x36153 (not (>= (- cerebral_child_l2_step_3_h cerebral_child_l2_step_2_h) ?x36111))))
 (let (($x36084 (> cerebral_child_l2_step_2_daily_dose_ug cerebral_child_l2_step_1_daily_dose_ug)))
 (let (($x36154 (and $x36089 (and (< cerebral_child_l2_step_2_h cerebral_child_l2_step_3_h) $x36084) $x36153)))
 (let (($x36148 (not (>= (- cerebral_child_l2_step_3_h cerebral_child_l2_step_1_h) ?x36111))))
 (let (($x36080 (> cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
 (let (($x36149 (and $x36089 (and (< cerebral_child_l2_step_1_h cerebral_child_l2_step_3_h) $x36080) $x36148)))
 (let (($x36142 (not (>= (- cerebral_child_l2_step_2_h cerebral_child_l2_step_3_h) ?x36111))))
 (let (($x36143 (and $x36084 (and (< cerebral_child_l2_step_3_h cerebral_child_l2_step_2_h) $x36089) $x36142)))
 (let (($x36136 (not (>= (- cerebral_child_l2_step_2_h cerebral_child_l2_step_2_h) ?x36111))))
 (let (($x36137 (and $x36084 (and (< cerebral_child_l2_step_2_h cerebral_child_l2_step_2_h) $x36084) $x36136)))
 (let (($x36130 (not (>= (- cerebral_child_l2_step_2_h cerebral_child_l2_step_1_h) ?x36111))))
 (let (($x36131 (and $x36084 (and (< cerebral_child_l2_step_1_h cerebral_child_l2_step_2_h) $x36080) $x36130)))
 (let (($x36125 (not (>= (- cerebral_child_l2_step_1_h cerebral_child_l2_step_3_h) ?x36111))))
 (let (($x36126 (and $x36080 (and (< cerebral_child_l2_step_3_h cerebral_child_l2_step_1_h) $x36089) $x36125)))
 (let (($x36119 (not (>= (- cerebral_child_l2_step_1_h cerebral_child_l2_step_2_h) ?x36111))))
 (let (($x36120 (and $x36080 (and (< cerebral_child_l2_step_2_h cerebral_child_l2_step_1_h) $x36084) $x36119)))
 (let (($x36113 (not (>= (- cerebral_child_l2_step_1_h cerebral_child_l2_step_1_h) ?x36111))))
 (let (($x36114 (and $x36080 (and (< cerebral_child_l2_step_1_h cerebral_child_l2_step_1_h) $x36080) $x36113)))
 (let (($x36294 (not (or $x36114 $x36120 $x36126 $x36131 $x36137 $x36143 $x36149 $x36154 $x36160))))
 (=> holds_ITB-TITR-2 $x36294)))))))))))))))))))))))))
(assert
 (let ((?x36268 (ite (<= cerebral_child_l2_step_1_h w_0) cerebral_child_l2_step_1_daily_dose_ug cerebral_child_l2_step_0_daily_dose_ug)))
(let ((?x36269 (ite (<= cerebral_child_l2_step_2_h w_0) cerebral_child_l2_step_2_daily_dose_ug ?x36268)))
(let ((?x36270 (ite (<= cerebral_child_l2_step_3_h w_0) cerebral_child_l2_step_3_daily_dose_ug ?x36269)))
(let (($x36261 (and (<= (- w_0 24.0) cerebral_child_l2_bolus_1_h) (< cerebral_child_l2_bolus_1_h w_0))))
(let (($x36256 (and (<= (- w_0 24.0) cerebral_child_l2_bolus_0_h) (< cerebral_child_l2_bolus_0_h w_0))))
(let ((?x36263 (+ (+ 0.0 (ite $x36256 cerebral_child_l2_bolus_0_dose_ug 0.0)) (ite $x36261 cerebral_child_l2_bolus_1_dose_ug 0.0))))
(let ((?x35338 (- cerebral_child_l2_end_h cerebral_child_l2_step_3_h)))
(let ((?x32335 (/ cerebral_child_l2_step_3_daily_dose_ug 24.0)))
(let ((?x34368 (- cerebral_child_l2_step_3_h cerebral_child_l2_step_2_h)))
(let ((?x32333 (/ cerebral_child_l2_step_2_daily_dose_ug 24.0)))
(let ((?x34258 (- cerebral_child_l2_step_2_h cerebral_child_l2_step_1_h)))
(let ((?x32331 (/ cerebral_child_l2_step_1_daily_dose_ug 24.0)))
(let ((?x35792 (- cerebral_child_l2_step_1_h cerebral_child_l2_step_0_h)))
(let ((?x32329 (/ cerebral_child_l2_step_0_daily_dose_ug 24.0)))
(let ((?x36167 (+ 0.0 (* ?x32329 ?x35792))))
(let ((?x36170 (+ ?x36167 (* ?x32331 ?x34258))))
(let ((?x36172 (+ ?x36170 (* ?x32333 ?x34368))))
(let ((?x36174 (+ ?x36172 (* ?x32335 ?x35338))))
(let ((?x36235 (ite (<= (- w_0 24.0) cerebral_child_l2_end_h) (+ ?x36172 (* ?x32335 (- (- w_0 24.0) cerebral_child_l2_step_3_h))) ?x36174)))
(let ((?x36240 (ite (<= (- w_0 24.0) cerebral_child_l2_step_3_h) (+ ?x36170 (* ?x32333 (- (- w_0 24.0) cerebral_child_l2_step_2_h))) ?x36235)))
(let ((?x36245 (ite (<= (- w_0 24.0) cerebral_child_l2_step_2_h) (+ ?x36167 (* ?x32331 (- (- w_0 24.0) cerebral_child_l2_step_1_h))) ?x36240)))
(let ((?x36250 (ite (<= (- w_0 24.0) cerebral_child_l2_step_1_h) (+ 0.0 (* ?x32329 (- (- w_0 24.0) cerebral_child_l2_step_0_h))) ?x36245)))
(let ((?x36200 (ite (<= w_0 cerebral_child_l2_end_h) (+ ?x36172 (* ?x32335 (- w_0 cerebral_child_l2_step_3_h))) ?x36174)))
(let ((?x36205 (ite (<= w_0 cerebral_child_l2_step_3_h) (+ ?x36170 (* ?x32333 (- w_0 cerebral_child_l2_step_2_h))) ?x36200)))
(let ((?x36210 (ite (<= w_0 cerebral_child_l2_step_2_h) (+ ?x36167 (* ?x32331 (- w_0 cerebral_child_l2_step_1_h))) ?x36205)))
(let ((?x36215 (ite (<= w_0 cerebral_child_l2_step_1_h) (+ 0.0 (* ?x32329 (- w_0 cerebral_child_l2_step_0_h))) ?x36210)))
(let ((?x36217 (ite (<= w_0 cerebral_child_l2_step_0_h) 0.0 ?x36215)))
(let ((?x36253 (- ?x36217 (ite (<= (- w_0 24.0) cerebral_child_l2_step_0_h) 0.0 ?x36250))))
(let ((?x36272 (ite (>= (- w_0 24.0) cerebral_child_l2_step_0_h) (+ ?x36253 ?x36263) (* 1.0 ?x36270))))
(let (($x36226 (and (<= w_0 cerebral_child_l2_bolus_1_h) (< cerebral_child_l2_bolus_1_h (+ w_0 24.0)))))
(let (($x36221 (and (<= w_0 cerebral_child_l2_bolus_0_h) (< cerebral_child_l2_bolus_0_h (+ w_0 24.0)))))
(let ((?x36228 (+ (+ 0.0 (ite $x36221 cerebral_child_l2_bolus_0_dose_ug 0.0)) (ite $x36226 cerebral_child_l2_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x36165 (<= ?x1800 cerebral_child_l2_end_h)))
(let ((?x36183 (ite (<= ?x1800 cerebral_child_l2_step_3_h) (+ ?x36170 (* ?x32333 (- ?x1800 cerebral_child_l2_step_2_h))) (ite $x36165 (+ ?x36172 (* ?x32335 (- ?x1800 cerebral_child_l2_step_3_h))) ?x36174))))
(let ((?x36188 (ite (<= ?x1800 cerebral_child_l2_step_2_h) (+ ?x36167 (* ?x32331 (- ?x1800 cerebral_child_l2_step_1_h))) ?x36183)))
(let ((?x36193 (ite (<= ?x1800 cerebral_child_l2_step_1_h) (+ 0.0 (* ?x32329 (- ?x1800 cerebral_child_l2_step_0_h))) ?x36188)))
(let ((?x36229 (+ (- (ite (<= ?x1800 cerebral_child_l2_step_0_h) 0.0 ?x36193) ?x36217) ?x36228)))
(let (($x36276 (and (<= cerebral_child_l2_step_0_h w_0) $x36165 (not (<= ?x36229 (* (/ 23.0 20.0) ?x36272))))))
(let (($x36295 (not (or $x36276))))
(=> holds_ITB-TITR-3 $x36295))))))))))))))))))))))))))))))))))))))))))
(check-sat)
