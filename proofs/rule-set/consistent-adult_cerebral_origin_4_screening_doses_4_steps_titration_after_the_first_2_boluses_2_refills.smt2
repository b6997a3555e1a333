; itbverify 0.1.0: rule-set consistency, adult, cerebral origin; 4 screening doses, 4 steps (titration after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_adult_l0_age_years () Real)
(declare-fun cerebral_adult_l0_months_since_injury () Real)
(declare-fun cerebral_adult_l0_reservoir_ml () Real)
(declare-fun cerebral_adult_l0_alarm_ml () Real)
(declare-fun cerebral_adult_l0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l0_screening_0_h () Real)
(declare-fun cerebral_adult_l0_screening_0_dose_ug () Real)
(declare-fun cerebral_adult_l0_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l0_screening_0_duration_min () Real)
(declare-fun cerebral_adult_l0_screening_0_response () Int)
(declare-fun cerebral_adult_l0_screening_0_effect_h () Real)
(declare-fun cerebral_adult_l0_screening_1_h () Real)
(declare-fun cerebral_adult_l0_screening_1_dose_ug () Real)
(declare-fun cerebral_adult_l0_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l0_screening_1_duration_min () Real)
(declare-fun cerebral_adult_l0_screening_1_response () Int)
(declare-fun cerebral_adult_l0_screening_1_effect_h () Real)
(declare-fun cerebral_adult_l0_screening_2_h () Real)
(declare-fun cerebral_adult_l0_screening_2_dose_ug () Real)
(declare-fun cerebral_adult_l0_screening_2_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l0_screening_2_duration_min () Real)
(declare-fun cerebral_adult_l0_screening_2_response () Int)
(declare-fun cerebral_adult_l0_screening_2_effect_h () Real)
(declare-fun cerebral_adult_l0_screening_3_h () Real)
(declare-fun cerebral_adult_l0_screening_3_dose_ug () Real)
(declare-fun cerebral_adult_l0_screening_3_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l0_screening_3_duration_min () Real)
(declare-fun cerebral_adult_l0_screening_3_response () Int)
(declare-fun cerebral_adult_l0_screening_3_effect_h () Real)
(declare-fun cerebral_adult_l0_step_0_h () Real)
(declare-fun cerebral_adult_l0_step_0_daily_dose_ug () Real)
(declare-fun cerebral_adult_l0_step_0_rate_ml_day () Real)
(declare-fun cerebral_adult_l0_step_1_h () Real)
(declare-fun cerebral_adult_l0_step_1_daily_dose_ug () Real)
(declare-fun cerebral_adult_l0_step_1_rate_ml_day () Real)
(declare-fun cerebral_adult_l0_step_2_h () Real)
(declare-fun cerebral_adult_l0_step_2_daily_dose_ug () Real)
(declare-fun cerebral_adult_l0_step_2_rate_ml_day () Real)
(declare-fun cerebral_adult_l0_step_3_h () Real)
(declare-fun cerebral_adult_l0_step_3_daily_dose_ug () Real)
(declare-fun cerebral_adult_l0_step_3_rate_ml_day () Real)
(declare-fun cerebral_adult_l0_end_h () Real)
(declare-fun cerebral_adult_l0_refill_0_h () Real)
(declare-fun cerebral_adult_l0_refill_0_volume_ml () Real)
(declare-fun cerebral_adult_l0_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l0_refill_0_diluent () Int)
(declare-fun cerebral_adult_l0_refill_1_h () Real)
(declare-fun cerebral_adult_l0_refill_1_volume_ml () Real)
(declare-fun cerebral_adult_l0_refill_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l0_refill_1_diluent () Int)
(declare-fun cerebral_adult_l0_bolus_0_h () Real)
(declare-fun cerebral_adult_l0_bolus_0_dose_ug () Real)
(declare-fun cerebral_adult_l0_bolus_0_via () Int)
(declare-fun cerebral_adult_l0_bolus_1_h () Real)
(declare-fun cerebral_adult_l0_bolus_1_dose_ug () Real)
(declare-fun cerebral_adult_l0_bolus_1_via () Int)
(declare-fun cerebral_adult_l0_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_adult_l0_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_adult_l0_bolus_1_emergency () Bool)
(declare-fun cerebral_adult_l0_bolus_0_emergency () Bool)
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
(declare-fun cerebral_adult_l0_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= cerebral_adult_l0_age_years 0.0))
(assert
 (<= cerebral_adult_l0_age_years 120.0))
(assert
 (>= cerebral_adult_l0_age_years 18.0))
(assert
 (>= cerebral_adult_l0_months_since_injury 0.0))
(assert
 (<= cerebral_adult_l0_months_since_injury 100000.0))
(assert
 (>= cerebral_adult_l0_reservoir_ml 0.0))
(assert
 (<= cerebral_adult_l0_reservoir_ml 100000.0))
(assert
 (>= cerebral_adult_l0_alarm_ml 0.0))
(assert
 (<= cerebral_adult_l0_alarm_ml 100000.0))
(assert
 (>= cerebral_adult_l0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l0_screening_0_h 0.0))
(assert
 (<= cerebral_adult_l0_screening_0_h 100000.0))
(assert
 (>= cerebral_adult_l0_screening_0_h 0.0))
(assert
 (>= cerebral_adult_l0_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l0_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l0_screening_0_duration_min 0.0))
(assert
 (<= cerebral_adult_l0_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_adult_l0_screening_0_response 0))
(assert
 (< cerebral_adult_l0_screening_0_response 2))
(assert
 (>= cerebral_adult_l0_screening_0_effect_h 0.0))
(assert
 (<= cerebral_adult_l0_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_adult_l0_screening_1_h 0.0))
(assert
 (<= cerebral_adult_l0_screening_1_h 100000.0))
(assert
 (>= cerebral_adult_l0_screening_1_h cerebral_adult_l0_screening_0_h))
(assert
 (>= cerebral_adult_l0_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l0_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l0_screening_1_duration_min 0.0))
(assert
 (<= cerebral_adult_l0_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_adult_l0_screening_1_response 0))
(assert
 (< cerebral_adult_l0_screening_1_response 2))
(assert
 (>= cerebral_adult_l0_screening_1_effect_h 0.0))
(assert
 (<= cerebral_adult_l0_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_adult_l0_screening_2_h 0.0))
(assert
 (<= cerebral_adult_l0_screening_2_h 100000.0))
(assert
 (>= cerebral_adult_l0_screening_2_h cerebral_adult_l0_screening_1_h))
(assert
 (>= cerebral_adult_l0_screening_2_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_screening_2_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_screening_2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l0_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l0_screening_2_duration_min 0.0))
(assert
 (<= cerebral_adult_l0_screening_2_duration_min 100000.0))
(assert
 (>= cerebral_adult_l0_screening_2_response 0))
(assert
 (< cerebral_adult_l0_screening_2_response 2))
(assert
 (>= cerebral_adult_l0_screening_2_effect_h 0.0))
(assert
 (<= cerebral_adult_l0_screening_2_effect_h 100000.0))
(assert
 (>= cerebral_adult_l0_screening_3_h 0.0))
(assert
 (<= cerebral_adult_l0_screening_3_h 100000.0))
(assert
 (>= cerebral_adult_l0_screening_3_h cerebral_adult_l0_screening_2_h))
(assert
 (>= cerebral_adult_l0_screening_3_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_screening_3_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_screening_3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l0_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l0_screening_3_duration_min 0.0))
(assert
 (<= cerebral_adult_l0_screening_3_duration_min 100000.0))
(assert
 (>= cerebral_adult_l0_screening_3_response 0))
(assert
 (< cerebral_adult_l0_screening_3_response 2))
(assert
 (>= cerebral_adult_l0_screening_3_effect_h 0.0))
(assert
 (<= cerebral_adult_l0_screening_3_effect_h 100000.0))
(assert
 (>= cerebral_adult_l0_step_0_h 0.0))
(assert
 (<= cerebral_adult_l0_step_0_h 100000.0))
(assert
 (>= cerebral_adult_l0_step_0_h cerebral_adult_l0_screening_3_h))
(assert
 (>= cerebral_adult_l0_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l0_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l0_step_1_h 0.0))
(assert
 (<= cerebral_adult_l0_step_1_h 100000.0))
(assert
 (> cerebral_adult_l0_step_1_h cerebral_adult_l0_step_0_h))
(assert
 (>= cerebral_adult_l0_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l0_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l0_step_2_h 0.0))
(assert
 (<= cerebral_adult_l0_step_2_h 100000.0))
(assert
 (> cerebral_adult_l0_step_2_h cerebral_adult_l0_step_1_h))
(assert
 (>= cerebral_adult_l0_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l0_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l0_step_3_h 0.0))
(assert
 (<= cerebral_adult_l0_step_3_h 100000.0))
(assert
 (> cerebral_adult_l0_step_3_h cerebral_adult_l0_step_2_h))
(assert
 (>= cerebral_adult_l0_step_3_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_step_3_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_step_3_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l0_step_3_rate_ml_day 100000.0))
(assert
 (<= cerebral_adult_l0_end_h 100000.0))
(assert
 (>= cerebral_adult_l0_end_h cerebral_adult_l0_step_3_h))
(assert
 (<= cerebral_adult_l0_refill_0_h 100000.0))
(assert
 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_end_h))
(assert
 (>= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_0_h))
(assert
 (>= cerebral_adult_l0_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_adult_l0_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l0_refill_0_volume_ml cerebral_adult_l0_reservoir_ml))
(assert
 (>= cerebral_adult_l0_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l0_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l0_refill_0_diluent 0))
(assert
 (< cerebral_adult_l0_refill_0_diluent 3))
(assert
 (<= cerebral_adult_l0_refill_1_h 100000.0))
(assert
 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_end_h))
(assert
 (>= cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_0_h))
(assert
 (> cerebral_adult_l0_refill_1_h cerebral_adult_l0_refill_0_h))
(assert
 (>= cerebral_adult_l0_refill_1_volume_ml 0.0))
(assert
 (<= cerebral_adult_l0_refill_1_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l0_refill_1_volume_ml cerebral_adult_l0_reservoir_ml))
(assert
 (>= cerebral_adult_l0_refill_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l0_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l0_refill_1_diluent 0))
(assert
 (< cerebral_adult_l0_refill_1_diluent 3))
(assert
 (= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_0_h))
(assert
 (<= cerebral_adult_l0_bolus_0_h 100000.0))
(assert
 (>= cerebral_adult_l0_bolus_0_h cerebral_adult_l0_step_0_h))
(assert
 (<= cerebral_adult_l0_bolus_0_h cerebral_adult_l0_end_h))
(assert
 (>= cerebral_adult_l0_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_bolus_0_via 0))
(assert
 (< cerebral_adult_l0_bolus_0_via 2))
(assert
 (<= cerebral_adult_l0_bolus_1_h 100000.0))
(assert
 (>= cerebral_adult_l0_bolus_1_h cerebral_adult_l0_step_0_h))
(assert
 (<= cerebral_adult_l0_bolus_1_h cerebral_adult_l0_end_h))
(assert
 (>= cerebral_adult_l0_bolus_1_h cerebral_adult_l0_bolus_0_h))
(assert
 (>= cerebral_adult_l0_bolus_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l0_bolus_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l0_bolus_1_via 0))
(assert
 (< cerebral_adult_l0_bolus_1_via 2))
(assert
 (>= cerebral_adult_l0_route 0))
(assert
 (< cerebral_adult_l0_route 2))
(assert
 (let ((?x11035 (* (/ 4.0 5.0) cerebral_adult_l0_step_2_daily_dose_ug)))
 (let (($x11036 (< cerebral_adult_l0_step_3_daily_dose_ug cerebral_adult_l0_step_2_daily_dose_ug)))
 (let ((?x11972 (* (/ 4.0 5.0) cerebral_adult_l0_step_1_daily_dose_ug)))
 (let (($x11983 (< cerebral_adult_l0_step_2_daily_dose_ug cerebral_adult_l0_step_1_daily_dose_ug)))
 (let ((?x11979 (* (/ 4.0 5.0) cerebral_adult_l0_step_0_daily_dose_ug)))
 (let (($x11978 (< cerebral_adult_l0_step_1_daily_dose_ug cerebral_adult_l0_step_0_daily_dose_ug)))
 (let (($x11055 (or (and $x11978 (not (>= cerebral_adult_l0_step_1_daily_dose_ug ?x11979))) (and $x11983 (not (>= cerebral_adult_l0_step_2_daily_dose_ug ?x11972))) (and $x11036 (not (>= cerebral_adult_l0_step_3_daily_dose_ug ?x11035))))))
 (let (($x22939 (not $x11055)))
 (=> holds_ITB-STOP-1 $x22939))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x22934 (not (or (not (<= 4.0 cerebral_adult_l0_age_years))))))
 (=> holds_ITB-PAT-1 $x22934)))
(assert
 (let (($x23048 (not (or (not (<= 12.0 cerebral_adult_l0_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x23048)))
(assert
 (let (($x23049 (not (or cerebral_adult_l0_infection))))
 (=> holds_ITB-PAT-4 $x23049)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x22561 (* cerebral_adult_l0_step_3_rate_ml_day cerebral_adult_l0_concentration_ug_ml)))
 (let ((?x22563 (- ?x22561 cerebral_adult_l0_step_3_daily_dose_ug)))
 (let (($x22567 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l0_step_3_daily_dose_ug) ?x22563) (<= ?x22563 (* (/ 1.0 100.0) cerebral_adult_l0_step_3_daily_dose_ug)))))
 (let ((?x22553 (* cerebral_adult_l0_step_2_rate_ml_day cerebral_adult_l0_concentration_ug_ml)))
 (let ((?x22555 (- ?x22553 cerebral_adult_l0_step_2_daily_dose_ug)))
 (let (($x22559 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l0_step_2_daily_dose_ug) ?x22555) (<= ?x22555 (* (/ 1.0 100.0) cerebral_adult_l0_step_2_daily_dose_ug)))))
 (let ((?x11855 (* cerebral_adult_l0_step_1_rate_ml_day cerebral_adult_l0_concentration_ug_ml)))
 (let ((?x22547 (- ?x11855 cerebral_adult_l0_step_1_daily_dose_ug)))
 (let (($x22551 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l0_step_1_daily_dose_ug) ?x22547) (<= ?x22547 (* (/ 1.0 100.0) cerebral_adult_l0_step_1_daily_dose_ug)))))
 (let ((?x11709 (* cerebral_adult_l0_step_0_rate_ml_day cerebral_adult_l0_concentration_ug_ml)))
 (let ((?x11711 (- ?x11709 cerebral_adult_l0_step_0_daily_dose_ug)))
 (let (($x11856 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l0_step_0_daily_dose_ug) ?x11711) (<= ?x11711 (* (/ 1.0 100.0) cerebral_adult_l0_step_0_daily_dose_ug)))))
 (let (($x11113 (= cerebral_adult_l0_concentration_ug_ml cerebral_adult_l0_refill_1_concentration_ug_ml)))
 (let (($x11708 (not $x11113)))
 (let (($x11118 (= cerebral_adult_l0_concentration_ug_ml cerebral_adult_l0_refill_0_concentration_ug_ml)))
 (let (($x11707 (not $x11118)))
 (let (($x21454 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_3_h)))
 (let (($x21453 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_3_h)))
 (let (($x11706 (and (ite $x21453 true (ite $x21454 true false)) (not (ite $x21453 $x11113 (ite $x21454 $x11118 false))))))
 (let (($x21452 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_2_h)))
 (let (($x21451 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_2_h)))
 (let (($x11555 (and (ite $x21451 true (ite $x21452 true false)) (not (ite $x21451 $x11113 (ite $x21452 $x11118 false))))))
 (let (($x21450 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_1_h)))
 (let (($x21449 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_1_h)))
 (let (($x11575 (and (ite $x21449 true (ite $x21450 true false)) (not (ite $x21449 $x11113 (ite $x21450 $x11118 false))))))
 (let (($x21448 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_0_h)))
 (let (($x21447 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_0_h)))
 (let (($x11350 (and (ite $x21447 true (ite $x21448 true false)) (not (ite $x21447 $x11113 (ite $x21448 $x11118 false))))))
 (let (($x22569 (or $x11350 $x11575 $x11555 $x11706 $x11707 $x11708 (not $x11856) (not $x22551) (not $x22559) (not $x22567))))
 (let (($x23050 (not $x22569)))
 (=> holds_ITB-PUMP-3 $x23050))))))))))))))))))))))))))))))))
(assert
 (let ((?x22583 (- cerebral_adult_l0_end_h cerebral_adult_l0_step_3_h)))
 (let ((?x21461 (/ cerebral_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x21462 (/ ?x21461 cerebral_adult_l0_concentration_ug_ml)))
 (let ((?x22580 (- cerebral_adult_l0_step_3_h cerebral_adult_l0_step_2_h)))
 (let ((?x21459 (/ cerebral_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x21460 (/ ?x21459 cerebral_adult_l0_concentration_ug_ml)))
 (let ((?x22577 (- cerebral_adult_l0_step_2_h cerebral_adult_l0_step_1_h)))
 (let ((?x21457 (/ cerebral_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x21458 (/ ?x21457 cerebral_adult_l0_concentration_ug_ml)))
 (let ((?x22574 (- cerebral_adult_l0_step_1_h cerebral_adult_l0_step_0_h)))
 (let ((?x21455 (/ cerebral_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x21456 (/ ?x21455 cerebral_adult_l0_concentration_ug_ml)))
 (let ((?x22576 (+ 0.0 (* ?x21456 ?x22574))))
 (let ((?x22579 (+ ?x22576 (* ?x21458 ?x22577))))
 (let ((?x22582 (+ ?x22579 (* ?x21460 ?x22580))))
 (let ((?x22585 (+ ?x22582 (* ?x21462 ?x22583))))
 (let ((?x22609 (+ ?x22582 (* ?x21462 (- cerebral_adult_l0_step_0_h cerebral_adult_l0_step_3_h)))))
 (let ((?x22614 (+ ?x22579 (* ?x21460 (- cerebral_adult_l0_step_0_h cerebral_adult_l0_step_2_h)))))
 (let ((?x22616 (ite (<= cerebral_adult_l0_step_0_h cerebral_adult_l0_step_3_h) ?x22614 (ite (<= cerebral_adult_l0_step_0_h cerebral_adult_l0_end_h) ?x22609 ?x22585))))
 (let ((?x22619 (+ ?x22576 (* ?x21458 (- cerebral_adult_l0_step_0_h cerebral_adult_l0_step_1_h)))))
 (let ((?x22621 (ite (<= cerebral_adult_l0_step_0_h cerebral_adult_l0_step_2_h) ?x22619 ?x22616)))
 (let ((?x22624 (+ 0.0 (* ?x21456 (- cerebral_adult_l0_step_0_h cerebral_adult_l0_step_0_h)))))
 (let ((?x22626 (ite (<= cerebral_adult_l0_step_0_h cerebral_adult_l0_step_1_h) ?x22624 ?x22621)))
 (let ((?x22628 (ite (<= cerebral_adult_l0_step_0_h cerebral_adult_l0_step_0_h) 0.0 ?x22626)))
 (let (($x22573 (<= t_0 cerebral_adult_l0_end_h)))
 (let ((?x22589 (ite $x22573 (+ ?x22582 (* ?x21462 (- t_0 cerebral_adult_l0_step_3_h))) ?x22585)))
 (let ((?x22594 (ite (<= t_0 cerebral_adult_l0_step_3_h) (+ ?x22579 (* ?x21460 (- t_0 cerebral_adult_l0_step_2_h))) ?x22589)))
 (let ((?x22599 (ite (<= t_0 cerebral_adult_l0_step_2_h) (+ ?x22576 (* ?x21458 (- t_0 cerebral_adult_l0_step_1_h))) ?x22594)))
 (let ((?x22604 (ite (<= t_0 cerebral_adult_l0_step_1_h) (+ 0.0 (* ?x21456 (- t_0 cerebral_adult_l0_step_0_h))) ?x22599)))
 (let ((?x22606 (ite (<= t_0 cerebral_adult_l0_step_0_h) 0.0 ?x22604)))
 (let ((?x22634 (+ ?x22582 (* ?x21462 (- cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_3_h)))))
 (let (($x21377 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_end_h)))
 (let ((?x22638 (+ ?x22579 (* ?x21460 (- cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_2_h)))))
 (let (($x21454 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_3_h)))
 (let ((?x22642 (+ ?x22576 (* ?x21458 (- cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_1_h)))))
 (let (($x21452 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_2_h)))
 (let ((?x22646 (+ 0.0 (* ?x21456 (- cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_0_h)))))
 (let (($x21450 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_1_h)))
 (let (($x21448 (<= cerebral_adult_l0_refill_0_h cerebral_adult_l0_step_0_h)))
 (let ((?x22648 (ite $x21448 0.0 (ite $x21450 ?x22646 (ite $x21452 ?x22642 (ite $x21454 ?x22638 (ite $x21377 ?x22634 ?x22585)))))))
 (let ((?x22653 (ite (< cerebral_adult_l0_refill_0_h t_0) (- cerebral_adult_l0_refill_0_volume_ml (+ (- ?x22606 ?x22648) 0.0)) (- 0.0 (+ (- ?x22606 ?x22628) 0.0)))))
 (let ((?x22656 (+ ?x22582 (* ?x21462 (- cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_3_h)))))
 (let (($x21393 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_end_h)))
 (let ((?x22660 (+ ?x22579 (* ?x21460 (- cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_2_h)))))
 (let (($x21453 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_3_h)))
 (let ((?x22664 (+ ?x22576 (* ?x21458 (- cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_1_h)))))
 (let (($x21451 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_2_h)))
 (let ((?x22668 (+ 0.0 (* ?x21456 (- cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_0_h)))))
 (let (($x21449 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_1_h)))
 (let (($x21447 (<= cerebral_adult_l0_refill_1_h cerebral_adult_l0_step_0_h)))
 (let ((?x22670 (ite $x21447 0.0 (ite $x21449 ?x22668 (ite $x21451 ?x22664 (ite $x21453 ?x22660 (ite $x21393 ?x22656 ?x22585)))))))
 (let ((?x22675 (ite (< cerebral_adult_l0_refill_1_h t_0) (- cerebral_adult_l0_refill_1_volume_ml (+ (- ?x22606 ?x22670) 0.0)) ?x22653)))
 (let ((?x22571 (ite (<= 0.0 cerebral_adult_l0_step_0_h) cerebral_adult_l0_step_0_h 0.0)))
 (let (($x22679 (or (and (< ?x22571 t_0) $x22573 (not (> ?x22675 cerebral_adult_l0_alarm_ml))))))
 (let (($x23051 (not $x22679)))
 (=> holds_ITB-PUMP-4 $x23051)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x22685 (not (>= 1848.0 (- cerebral_adult_l0_end_h cerebral_adult_l0_refill_1_h)))))
 (let (($x22681 (>= 1848.0 (- cerebral_adult_l0_refill_1_h cerebral_adult_l0_refill_0_h))))
 (let (($x23052 (not (or (not $x22681) $x22685))))
 (=> holds_ITB-PUMP-5 $x23052)))))
(assert
 (let (($x22692 (and (ite (= cerebral_adult_l0_bolus_1_via 0) false true) (not cerebral_adult_l0_bolus_1_emergency))))
 (let (($x22689 (and (ite (= cerebral_adult_l0_bolus_0_via 0) false true) (not cerebral_adult_l0_bolus_0_emergency))))
 (let (($x23053 (not (or $x22689 $x22692))))
 (=> holds_ITB-PUMP-6 $x23053)))))
(assert
 (let (($x23054 (not (or (not (ite (= cerebral_adult_l0_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x23054)))
(assert
 (let (($x22747 (and (< 0.0 cerebral_adult_l0_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l0_screening_3_concentration_ug_ml))))
 (let (($x22743 (and (< 0.0 cerebral_adult_l0_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_adult_l0_screening_2_concentration_ug_ml))))
 (let (($x22739 (and (< 0.0 cerebral_adult_l0_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l0_screening_1_concentration_ug_ml))))
 (let (($x22735 (and (< 0.0 cerebral_adult_l0_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l0_screening_0_concentration_ug_ml))))
 (let (($x22731 (and (< 0.0 cerebral_adult_l0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l0_concentration_ug_ml))))
 (let (($x22732 (not $x22731)))
 (let (($x22727 (and (< 0.0 cerebral_adult_l0_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x22723 (and (< 0.0 cerebral_adult_l0_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x22717 (= 2000.0 cerebral_adult_l0_refill_1_concentration_ug_ml)))
 (let (($x22716 (= 500.0 cerebral_adult_l0_refill_1_concentration_ug_ml)))
 (let (($x22715 (= 50.0 cerebral_adult_l0_refill_1_concentration_ug_ml)))
 (let (($x21406 (= cerebral_adult_l0_refill_1_diluent 0)))
 (let (($x22704 (ite $x21406 true (ite (= cerebral_adult_l0_refill_1_diluent 1) false false))))
 (let (($x22711 (= 2000.0 cerebral_adult_l0_refill_0_concentration_ug_ml)))
 (let (($x22710 (= 500.0 cerebral_adult_l0_refill_0_concentration_ug_ml)))
 (let (($x22709 (= 50.0 cerebral_adult_l0_refill_0_concentration_ug_ml)))
 (let (($x21389 (= cerebral_adult_l0_refill_0_diluent 0)))
 (let (($x22698 (ite $x21389 true (ite (= cerebral_adult_l0_refill_0_diluent 1) false false))))
 (let (($x22706 (ite $x21406 false (ite (= cerebral_adult_l0_refill_1_diluent 1) true false))))
 (let (($x22700 (ite $x21389 false (ite (= cerebral_adult_l0_refill_0_diluent 1) true false))))
 (let (($x22749 (or (not (or $x22698 $x22700)) (not (or $x22704 $x22706)) (and $x22698 (not (or $x22709 $x22710 $x22711))) (and $x22704 (not (or $x22715 $x22716 $x22717))) (not $x22723) (not $x22727) $x22732 $x22732 $x22732 $x22732 (not $x22735) (not $x22739) (not $x22743) (not $x22747))))
 (let (($x23055 (not $x22749)))
 (=> holds_ITB-CONC-1 $x23055))))))))))))))))))))))))
(assert
 (let (($x22758 (or (not (= 50.0 cerebral_adult_l0_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l0_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l0_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l0_screening_3_concentration_ug_ml)))))
 (let (($x23056 (not $x22758)))
 (=> holds_ITB-SCR-1 $x23056))))
(assert
 (let (($x23057 (not (or (not (>= 50.0 cerebral_adult_l0_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x23057)))
(assert
 (let (($x22770 (or (not (<= 1.0 cerebral_adult_l0_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l0_screening_1_duration_min)) (not (<= 1.0 cerebral_adult_l0_screening_2_duration_min)) (not (<= 1.0 cerebral_adult_l0_screening_3_duration_min)))))
 (let (($x23058 (not $x22770)))
 (=> holds_ITB-SCR-3 $x23058))))
(assert
 (let (($x22798 (<= 24.0 (- cerebral_adult_l0_screening_3_h cerebral_adult_l0_screening_2_h))))
 (let (($x21308 (= cerebral_adult_l0_screening_2_response 0)))
 (let (($x22775 (ite $x21308 true false)))
 (let (($x22794 (<= 24.0 (- cerebral_adult_l0_screening_2_h cerebral_adult_l0_screening_1_h))))
 (let (($x21288 (= cerebral_adult_l0_screening_1_response 0)))
 (let (($x22773 (ite $x21288 true false)))
 (let (($x22790 (<= 24.0 (- cerebral_adult_l0_screening_1_h cerebral_adult_l0_screening_0_h))))
 (let (($x20933 (= cerebral_adult_l0_screening_0_response 0)))
 (let (($x22771 (ite $x20933 true false)))
 (let (($x22786 (<= cerebral_adult_l0_screening_3_dose_ug (+ cerebral_adult_l0_screening_2_dose_ug 25.0))))
 (let (($x22782 (<= cerebral_adult_l0_screening_2_dose_ug (+ cerebral_adult_l0_screening_1_dose_ug 25.0))))
 (let (($x22778 (<= cerebral_adult_l0_screening_1_dose_ug (+ cerebral_adult_l0_screening_0_dose_ug 25.0))))
 (let (($x22801 (or (not $x22771) (not $x22773) (not $x22775) (and $x22771 (not $x22778)) (and $x22773 (not $x22782)) (and $x22775 (not $x22786)) (and $x22771 (not $x22790)) (and $x22773 (not $x22794)) (and $x22775 (not $x22798)))))
 (let (($x23059 (not $x22801)))
 (=> holds_ITB-SCR-4 $x23059))))))))))))))))
(assert
 (let (($x22810 (or (not (>= 100.0 cerebral_adult_l0_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l0_screening_1_dose_ug)) (not (>= 100.0 cerebral_adult_l0_screening_2_dose_ug)) (not (>= 100.0 cerebral_adult_l0_screening_3_dose_ug)))))
 (let (($x23060 (not $x22810)))
 (=> holds_ITB-SCR-5 $x23060))))
(assert
 (let (($x21328 (= cerebral_adult_l0_screening_3_response 0)))
 (let (($x22820 (ite $x21328 false true)))
 (let (($x22822 (and $x22820 (<= cerebral_adult_l0_screening_3_h cerebral_adult_l0_step_0_h))))
 (let (($x21308 (= cerebral_adult_l0_screening_2_response 0)))
 (let (($x22817 (ite $x21308 false true)))
 (let (($x22819 (and $x22817 (<= cerebral_adult_l0_screening_2_h cerebral_adult_l0_step_0_h))))
 (let (($x21288 (= cerebral_adult_l0_screening_1_response 0)))
 (let (($x22814 (ite $x21288 false true)))
 (let (($x22816 (and $x22814 (<= cerebral_adult_l0_screening_1_h cerebral_adult_l0_step_0_h))))
 (let (($x20933 (= cerebral_adult_l0_screening_0_response 0)))
 (let (($x22811 (ite $x20933 false true)))
 (let (($x22813 (and $x22811 (<= cerebral_adult_l0_screening_0_h cerebral_adult_l0_step_0_h))))
 (let (($x23061 (not (or (not (or $x22813 $x22816 $x22819 $x22822))))))
 (=> holds_ITB-SCR-6 $x23061)))))))))))))))
(assert
 (let ((?x22845 (* 2.0 cerebral_adult_l0_screening_3_dose_ug)))
 (let ((?x22846 (ite (>= 12.0 cerebral_adult_l0_screening_3_effect_h) ?x22845 cerebral_adult_l0_screening_3_dose_ug)))
 (let (($x21328 (= cerebral_adult_l0_screening_3_response 0)))
 (let (($x22820 (ite $x21328 false true)))
 (let ((?x22839 (* 2.0 cerebral_adult_l0_screening_2_dose_ug)))
 (let ((?x22840 (ite (>= 12.0 cerebral_adult_l0_screening_2_effect_h) ?x22839 cerebral_adult_l0_screening_2_dose_ug)))
 (let (($x21308 (= cerebral_adult_l0_screening_2_response 0)))
 (let (($x22817 (ite $x21308 false true)))
 (let ((?x22833 (* 2.0 cerebral_adult_l0_screening_1_dose_ug)))
 (let ((?x22834 (ite (>= 12.0 cerebral_adult_l0_screening_1_effect_h) ?x22833 cerebral_adult_l0_screening_1_dose_ug)))
 (let (($x21288 (= cerebral_adult_l0_screening_1_response 0)))
 (let (($x22814 (ite $x21288 false true)))
 (let ((?x22827 (* 2.0 cerebral_adult_l0_screening_0_dose_ug)))
 (let ((?x22828 (ite (>= 12.0 cerebral_adult_l0_screening_0_effect_h) ?x22827 cerebral_adult_l0_screening_0_dose_ug)))
 (let (($x20933 (= cerebral_adult_l0_screening_0_response 0)))
 (let (($x22811 (ite $x20933 false true)))
 (let (($x22850 (or (and $x22811 (not (<= cerebral_adult_l0_step_0_daily_dose_ug ?x22828))) (and $x22814 (not (<= cerebral_adult_l0_step_0_daily_dose_ug ?x22834))) (and $x22817 (not (<= cerebral_adult_l0_step_0_daily_dose_ug ?x22840))) (and $x22820 (not (<= cerebral_adult_l0_step_0_daily_dose_ug ?x22846))))))
 (let (($x23062 (not $x22850)))
 (=> holds_ITB-INIT-1 $x23062))))))))))))))))))))
(assert
 (let (($x22863 (not (<= 24.0 (- cerebral_adult_l0_step_3_h cerebral_adult_l0_step_0_h)))))
 (let (($x22860 (> cerebral_adult_l0_step_3_daily_dose_ug cerebral_adult_l0_step_2_daily_dose_ug)))
 (let (($x22858 (not (<= 24.0 (- cerebral_adult_l0_step_2_h cerebral_adult_l0_step_0_h)))))
 (let (($x22855 (> cerebral_adult_l0_step_2_daily_dose_ug cerebral_adult_l0_step_1_daily_dose_ug)))
 (let (($x22853 (not (<= 24.0 (- cerebral_adult_l0_step_1_h cerebral_adult_l0_step_0_h)))))
 (let (($x22851 (> cerebral_adult_l0_step_1_daily_dose_ug cerebral_adult_l0_step_0_daily_dose_ug)))
 (let (($x23063 (not (or (and $x22851 $x22853) (and $x22855 $x22858) (and $x22860 $x22863)))))
 (=> holds_ITB-INIT-2 $x23063)))))))))
(assert
 (let ((?x22875 (* (/ 23.0 20.0) cerebral_adult_l0_step_2_daily_dose_ug)))
 (let (($x22860 (> cerebral_adult_l0_step_3_daily_dose_ug cerebral_adult_l0_step_2_daily_dose_ug)))
 (let ((?x22871 (* (/ 23.0 20.0) cerebral_adult_l0_step_1_daily_dose_ug)))
 (let (($x22855 (> cerebral_adult_l0_step_2_daily_dose_ug cerebral_adult_l0_step_1_daily_dose_ug)))
 (let ((?x22867 (* (/ 23.0 20.0) cerebral_adult_l0_step_0_daily_dose_ug)))
 (let (($x22851 (> cerebral_adult_l0_step_1_daily_dose_ug cerebral_adult_l0_step_0_daily_dose_ug)))
 (let (($x22879 (or (and $x22851 (not (<= cerebral_adult_l0_step_1_daily_dose_ug ?x22867))) (and $x22855 (not (<= cerebral_adult_l0_step_2_daily_dose_ug ?x22871))) (and $x22860 (not (<= cerebral_adult_l0_step_3_daily_dose_ug ?x22875))))))
 (let (($x23064 (not $x22879)))
 (=> holds_ITB-TITR-1 $x23064))))))))))
(assert
 (let ((?x22882 (ite cerebral_adult_l0_programmable 24.0 48.0)))
 (let (($x22930 (not (>= (- cerebral_adult_l0_step_3_h cerebral_adult_l0_step_3_h) ?x22882))))
 (let (($x22860 (> cerebral_adult_l0_step_3_daily_dose_ug cerebral_adult_l0_step_2_daily_dose_ug)))
 (let (($x22931 (and $x22860 (and (< cerebral_adult_l0_step_3_h cerebral_adult_l0_step_3_h) $x22860) $x22930)))
 (let (($x22924 (not (>= (- cerebral_adult_l0_step_3_h cerebral_adult_l0_step_2_h) ?x22882))))
 (let (($x22855 (> cerebral_adult_l0_step_2_daily_dose_ug cerebral_adult_l0_step_1_daily_dose_ug)))
 (let (($x22925 (and $x22860 (and (< cerebral_adult_l0_step_2_h cerebral_adult_l0_step_3_h) $x22855) $x22924)))
 (let (($x22919 (not (>= (- cerebral_adult_l0_step_3_h cerebral_adult_l0_step_1_h) ?x22882))))
 (let (($x22851 (> cerebral_adult_l0_step_1_daily_dose_ug cerebral_adult_l0_step_0_daily_dose_ug)))
 (let (($x22920 (and $x22860 (and (< cerebral_adult_l0_step_1_h cerebral_adult_l0_step_3_h) $x22851) $x22919)))
 (let (($x22913 (not (>= (- cerebral_adult_l0_step_2_h cerebral_adult_l0_step_3_h) ?x22882))))
 (let (($x22914 (and $x22855 (and (< cerebral_adult_l0_step_3_h cerebral_adult_l0_step_2_h) $x22860) $x22913)))
 (let (($x22907 (not (>= (- cerebral_adult_l0_step_2_h cerebral_adult_l0_step_2_h) ?x22882))))
 (let (($x22908 (and $x22855 (and (< cerebral_adult_l0_step_2_h cerebral_adult_l0_step_2_h) $x22855) $x22907)))
 (let (($x22901 (not (>= (- cerebral_adult_l0_step_2_h cerebral_adult_l0_step_1_h) ?x22882))))
 (let (($x22902 (and $x22855 (and (< cerebral_adult_l0_step_1_h cerebral_adult_l0_step_2_h) $x22851) $x22901)))
 (let (($x22896 (not (>= (- cerebral_adult_l0_step_1_h cerebral_adult_l0_step_3_h) ?x22882))))
 (let (($x22897 (and $x22851 (and (< cerebral_adult_l0_step_3_h cerebral_adult_l0_step_1_h) $x22860) $x22896)))
 (let (($x22890 (not (>= (- cerebral_adult_l0_step_1_h cerebral_adult_l0_step_2_h) ?x22882))))
 (let (($x22891 (and $x22851 (and (< cerebral_adult_l0_step_2_h cerebral_adult_l0_step_1_h) $x22855) $x22890)))
 (let (($x22884 (not (>= (- cerebral_adult_l0_step_1_h cerebral_adult_l0_step_1_h) ?x22882))))
 (let (($x22885 (and $x22851 (and (< cerebral_adult_l0_step_1_h cerebral_adult_l0_step_1_h) $x22851) $x22884)))
 (let (($x23065 (not (or $x22885 $x22891 $x22897 $x22902 $x22908 $x22914 $x22920 $x22925 $x22931))))
 (=> holds_ITB-TITR-2 $x23065)))))))))))))))))))))))))
(assert
 (let ((?x23039 (ite (<= cerebral_adult_l0_step_1_h w_0) cerebral_adult_l0_step_1_daily_dose_ug cerebral_adult_l0_step_0_daily_dose_ug)))
(let ((?x23040 (ite (<= cerebral_adult_l0_step_2_h w_0) cerebral_adult_l0_step_2_daily_dose_ug ?x23039)))
(let ((?x23041 (ite (<= cerebral_adult_l0_step_3_h w_0) cerebral_adult_l0_step_3_daily_dose_ug ?x23040)))
(let (($x23032 (and (<= (- w_0 24.0) cerebral_adult_l0_bolus_1_h) (< cerebral_adult_l0_bolus_1_h w_0))))
(let (($x23027 (and (<= (- w_0 24.0) cerebral_adult_l0_bolus_0_h) (< cerebral_adult_l0_bolus_0_h w_0))))
(let ((?x23034 (+ (+ 0.0 (ite $x23027 cerebral_adult_l0_bolus_0_dose_ug 0.0)) (ite $x23032 cerebral_adult_l0_bolus_1_dose_ug 0.0))))
(let ((?x22583 (- cerebral_adult_l0_end_h cerebral_adult_l0_step_3_h)))
(let ((?x21461 (/ cerebral_adult_l0_step_3_daily_dose_ug 24.0)))
(let ((?x22580 (- cerebral_adult_l0_step_3_h cerebral_adult_l0_step_2_h)))
(let ((?x21459 (/ cerebral_adult_l0_step_2_daily_dose_ug 24.0)))
(let ((?x22577 (- cerebral_adult_l0_step_2_h cerebral_adult_l0_step_1_h)))
(let ((?x21457 (/ cerebral_adult_l0_step_1_daily_dose_ug 24.0)))
(let ((?x22574 (- cerebral_adult_l0_step_1_h cerebral_adult_l0_step_0_h)))
(let ((?x21455 (/ cerebral_adult_l0_step_0_daily_dose_ug 24.0)))
(let ((?x22938 (+ 0.0 (* ?x21455 ?x22574))))
(let ((?x22941 (+ ?x22938 (* ?x21457 ?x22577))))
(let ((?x22943 (+ ?x22941 (* ?x21459 ?x22580))))
(let ((?x22945 (+ ?x22943 (* ?x21461 ?x22583))))
(let ((?x23006 (ite (<= (- w_0 24.0) cerebral_adult_l0_end_h) (+ ?x22943 (* ?x21461 (- (- w_0 24.0) cerebral_adult_l0_step_3_h))) ?x22945)))
(let ((?x23011 (ite (<= (- w_0 24.0) cerebral_adult_l0_step_3_h) (+ ?x22941 (* ?x21459 (- (- w_0 24.0) cerebral_adult_l0_step_2_h))) ?x23006)))
(let ((?x23016 (ite (<= (- w_0 24.0) cerebral_adult_l0_step_2_h) (+ ?x22938 (* ?x21457 (- (- w_0 24.0) cerebral_adult_l0_step_1_h))) ?x23011)))
(let ((?x23021 (ite (<= (- w_0 24.0) cerebral_adult_l0_step_1_h) (+ 0.0 (* ?x21455 (- (- w_0 24.0) cerebral_adult_l0_step_0_h))) ?x23016)))
(let ((?x22971 (ite (<= w_0 cerebral_adult_l0_end_h) (+ ?x22943 (* ?x21461 (- w_0 cerebral_adult_l0_step_3_h))) ?x22945)))
(let ((?x22976 (ite (<= w_0 cerebral_adult_l0_step_3_h) (+ ?x22941 (* ?x21459 (- w_0 cerebral_adult_l0_step_2_h))) ?x22971)))
(let ((?x22981 (ite (<= w_0 cerebral_adult_l0_step_2_h) (+ ?x22938 (* ?x21457 (- w_0 cerebral_adult_l0_step_1_h))) ?x22976)))
(let ((?x22986 (ite (<= w_0 cerebral_adult_l0_step_1_h) (+ 0.0 (* ?x21455 (- w_0 cerebral_adult_l0_step_0_h))) ?x22981)))
(let ((?x22988 (ite (<= w_0 cerebral_adult_l0_step_0_h) 0.0 ?x22986)))
(let ((?x23024 (- ?x22988 (ite (<= (- w_0 24.0) cerebral_adult_l0_step_0_h) 0.0 ?x23021))))
(let ((?x23043 (ite (>= (- w_0 24.0) cerebral_adult_l0_step_0_h) (+ ?x23024 ?x23034) (* 1.0 ?x23041))))
(let (($x22997 (and (<= w_0 cerebral_adult_l0_bolus_1_h) (< cerebral_adult_l0_bolus_1_h (+ w_0 24.0)))))
(let (($x22992 (and (<= w_0 cerebral_adult_l0_bolus_0_h) (< cerebral_adult_l0_bolus_0_h (+ w_0 24.0)))))
(let ((?x22999 (+ (+ 0.0 (ite $x22992 cerebral_adult_l0_bolus_0_dose_ug 0.0)) (ite $x22997 cerebral_adult_l0_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x22936 (<= ?x1800 cerebral_adult_l0_end_h)))
(let ((?x22954 (ite (<= ?x1800 cerebral_adult_l0_step_3_h) (+ ?x22941 (* ?x21459 (- ?x1800 cerebral_adult_l0_step_2_h))) (ite $x22936 (+ ?x22943 (* ?x21461 (- ?x1800 cerebral_adult_l0_step_3_h))) ?x22945))))
(let ((?x22959 (ite (<= ?x1800 cerebral_adult_l0_step_2_h) (+ ?x22938 (* ?x21457 (- ?x1800 cerebral_adult_l0_step_1_h))) ?x22954)))
(let ((?x22964 (ite (<= ?x1800 cerebral_adult_l0_step_1_h) (+ 0.0 (* ?x21455 (- ?x1800 cerebral_adult_l0_step_0_h))) ?x22959)))
(let ((?x23000 (+ (- (ite (<= ?x1800 cerebral_adult_l0_step_0_h) 0.0 ?x22964) ?x22988) ?x22999)))
(let (($x23047 (and (<= cerebral_adult_l0_step_0_h w_0) $x22936 (not (<= ?x23000 (* (/ 23.0 20.0) ?x23043))))))
(let (($x23066 (not (or $x23047))))
(=> holds_ITB-TITR-3 $x23066))))))))))))))))))))))))))))))))))))))))))
(check-sat)
