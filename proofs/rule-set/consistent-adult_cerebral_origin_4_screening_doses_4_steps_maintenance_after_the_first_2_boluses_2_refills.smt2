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
 (let ((?x24358 (* (/ 4.0 5.0) cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x24352 (< cerebral_adult_l1_step_3_daily_dose_ug cerebral_adult_l1_step_2_daily_dose_ug)))
 (let ((?x24100 (* (/ 4.0 5.0) cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x24061 (< cerebral_adult_l1_step_2_daily_dose_ug cerebral_adult_l1_step_1_daily_dose_ug)))
 (let ((?x23936 (* (/ 4.0 5.0) cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x24416 (< cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x24261 (or (and $x24416 (not (>= cerebral_adult_l1_step_1_daily_dose_ug ?x23936))) (and $x24061 (not (>= cerebral_adult_l1_step_2_daily_dose_ug ?x24100))) (and $x24352 (not (>= cerebral_adult_l1_step_3_daily_dose_ug ?x24358))))))
 (let (($x24028 (not $x24261)))
 (=> holds_ITB-STOP-1 $x24028))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x24532 (not (or (not (<= 4.0 cerebral_adult_l1_age_years))))))
 (=> holds_ITB-PAT-1 $x24532)))
(assert
 (let (($x24533 (not (or (not (<= 12.0 cerebral_adult_l1_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x24533)))
(assert
 (let (($x24534 (not (or cerebral_adult_l1_infection))))
 (=> holds_ITB-PAT-4 $x24534)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x24346 (* cerebral_adult_l1_step_3_rate_ml_day cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x13971 (- ?x24346 cerebral_adult_l1_step_3_daily_dose_ug)))
 (let (($x24136 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l1_step_3_daily_dose_ug) ?x13971) (<= ?x13971 (* (/ 1.0 100.0) cerebral_adult_l1_step_3_daily_dose_ug)))))
 (let ((?x24096 (* cerebral_adult_l1_step_2_rate_ml_day cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x24128 (- ?x24096 cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x24373 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l1_step_2_daily_dose_ug) ?x24128) (<= ?x24128 (* (/ 1.0 100.0) cerebral_adult_l1_step_2_daily_dose_ug)))))
 (let ((?x24347 (* cerebral_adult_l1_step_1_rate_ml_day cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x24414 (- ?x24347 cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x24027 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l1_step_1_daily_dose_ug) ?x24414) (<= ?x24414 (* (/ 1.0 100.0) cerebral_adult_l1_step_1_daily_dose_ug)))))
 (let ((?x24063 (* cerebral_adult_l1_step_0_rate_ml_day cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x23996 (- ?x24063 cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x24321 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l1_step_0_daily_dose_ug) ?x23996) (<= ?x23996 (* (/ 1.0 100.0) cerebral_adult_l1_step_0_daily_dose_ug)))))
 (let (($x23672 (= cerebral_adult_l1_concentration_ug_ml cerebral_adult_l1_refill_1_concentration_ug_ml)))
 (let (($x24171 (not $x23672)))
 (let (($x23904 (= cerebral_adult_l1_concentration_ug_ml cerebral_adult_l1_refill_0_concentration_ug_ml)))
 (let (($x13963 (not $x23904)))
 (let (($x21682 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_3_h)))
 (let (($x21681 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_3_h)))
 (let (($x24038 (and (ite $x21681 true (ite $x21682 true false)) (not (ite $x21681 $x23672 (ite $x21682 $x23904 false))))))
 (let (($x21680 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_2_h)))
 (let (($x21679 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_2_h)))
 (let (($x24353 (and (ite $x21679 true (ite $x21680 true false)) (not (ite $x21679 $x23672 (ite $x21680 $x23904 false))))))
 (let (($x21678 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_1_h)))
 (let (($x21677 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_1_h)))
 (let (($x24317 (and (ite $x21677 true (ite $x21678 true false)) (not (ite $x21677 $x23672 (ite $x21678 $x23904 false))))))
 (let (($x21676 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_0_h)))
 (let (($x21675 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_0_h)))
 (let (($x24234 (and (ite $x21675 true (ite $x21676 true false)) (not (ite $x21675 $x23672 (ite $x21676 $x23904 false))))))
 (let (($x23671 (or $x24234 $x24317 $x24353 $x24038 $x13963 $x24171 (not $x24321) (not $x24027) (not $x24373) (not $x24136))))
 (let (($x24535 (not $x23671)))
 (=> holds_ITB-PUMP-3 $x24535))))))))))))))))))))))))))))))))
(assert
 (let ((?x24040 (- cerebral_adult_l1_end_h cerebral_adult_l1_step_3_h)))
 (let ((?x21689 (/ cerebral_adult_l1_step_3_daily_dose_ug 24.0)))
 (let ((?x21690 (/ ?x21689 cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x13849 (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_2_h)))
 (let ((?x21687 (/ cerebral_adult_l1_step_2_daily_dose_ug 24.0)))
 (let ((?x21688 (/ ?x21687 cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x23089 (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_1_h)))
 (let ((?x21685 (/ cerebral_adult_l1_step_1_daily_dose_ug 24.0)))
 (let ((?x21686 (/ ?x21685 cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x24090 (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_0_h)))
 (let ((?x21683 (/ cerebral_adult_l1_step_0_daily_dose_ug 24.0)))
 (let ((?x21684 (/ ?x21683 cerebral_adult_l1_concentration_ug_ml)))
 (let ((?x24161 (+ 0.0 (* ?x21684 ?x24090))))
 (let ((?x23394 (+ ?x24161 (* ?x21686 ?x23089))))
 (let ((?x24292 (+ ?x23394 (* ?x21688 ?x13849))))
 (let ((?x23067 (+ ?x24292 (* ?x21690 ?x24040))))
 (let ((?x24191 (+ ?x24292 (* ?x21690 (- cerebral_adult_l1_step_0_h cerebral_adult_l1_step_3_h)))))
 (let ((?x24122 (+ ?x23394 (* ?x21688 (- cerebral_adult_l1_step_0_h cerebral_adult_l1_step_2_h)))))
 (let ((?x24297 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_step_3_h) ?x24122 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_end_h) ?x24191 ?x23067))))
 (let ((?x24287 (+ ?x24161 (* ?x21686 (- cerebral_adult_l1_step_0_h cerebral_adult_l1_step_1_h)))))
 (let ((?x13847 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_step_2_h) ?x24287 ?x24297)))
 (let ((?x24417 (+ 0.0 (* ?x21684 (- cerebral_adult_l1_step_0_h cerebral_adult_l1_step_0_h)))))
 (let ((?x24205 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_step_1_h) ?x24417 ?x13847)))
 (let ((?x24180 (ite (<= cerebral_adult_l1_step_0_h cerebral_adult_l1_step_0_h) 0.0 ?x24205)))
 (let (($x24037 (<= t_0 cerebral_adult_l1_end_h)))
 (let ((?x24074 (ite $x24037 (+ ?x24292 (* ?x21690 (- t_0 cerebral_adult_l1_step_3_h))) ?x23067)))
 (let ((?x23068 (ite (<= t_0 cerebral_adult_l1_step_3_h) (+ ?x23394 (* ?x21688 (- t_0 cerebral_adult_l1_step_2_h))) ?x24074)))
 (let ((?x24375 (ite (<= t_0 cerebral_adult_l1_step_2_h) (+ ?x24161 (* ?x21686 (- t_0 cerebral_adult_l1_step_1_h))) ?x23068)))
 (let ((?x13485 (ite (<= t_0 cerebral_adult_l1_step_1_h) (+ 0.0 (* ?x21684 (- t_0 cerebral_adult_l1_step_0_h))) ?x24375)))
 (let ((?x23345 (ite (<= t_0 cerebral_adult_l1_step_0_h) 0.0 ?x13485)))
 (let ((?x24092 (+ ?x24292 (* ?x21690 (- cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_3_h)))))
 (let (($x21605 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_end_h)))
 (let ((?x24224 (+ ?x23394 (* ?x21688 (- cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_2_h)))))
 (let (($x21682 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_3_h)))
 (let ((?x13879 (+ ?x24161 (* ?x21686 (- cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_1_h)))))
 (let (($x21680 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_2_h)))
 (let ((?x24129 (+ 0.0 (* ?x21684 (- cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_0_h)))))
 (let (($x21678 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_1_h)))
 (let (($x21676 (<= cerebral_adult_l1_refill_0_h cerebral_adult_l1_step_0_h)))
 (let ((?x23410 (ite $x21676 0.0 (ite $x21678 ?x24129 (ite $x21680 ?x13879 (ite $x21682 ?x24224 (ite $x21605 ?x24092 ?x23067)))))))
 (let ((?x24048 (ite (< cerebral_adult_l1_refill_0_h t_0) (- cerebral_adult_l1_refill_0_volume_ml (+ (- ?x23345 ?x23410) 0.0)) (- 0.0 (+ (- ?x23345 ?x24180) 0.0)))))
 (let ((?x24067 (+ ?x24292 (* ?x21690 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_3_h)))))
 (let (($x21621 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_end_h)))
 (let ((?x24293 (+ ?x23394 (* ?x21688 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_2_h)))))
 (let (($x21681 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_3_h)))
 (let ((?x24291 (+ ?x24161 (* ?x21686 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_1_h)))))
 (let (($x21679 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_2_h)))
 (let ((?x24021 (+ 0.0 (* ?x21684 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_0_h)))))
 (let (($x21677 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_1_h)))
 (let (($x21675 (<= cerebral_adult_l1_refill_1_h cerebral_adult_l1_step_0_h)))
 (let ((?x24193 (ite $x21675 0.0 (ite $x21677 ?x24021 (ite $x21679 ?x24291 (ite $x21681 ?x24293 (ite $x21621 ?x24067 ?x23067)))))))
 (let ((?x24052 (ite (< cerebral_adult_l1_refill_1_h t_0) (- cerebral_adult_l1_refill_1_volume_ml (+ (- ?x23345 ?x24193) 0.0)) ?x24048)))
 (let ((?x24000 (ite (<= 0.0 cerebral_adult_l1_step_0_h) cerebral_adult_l1_step_0_h 0.0)))
 (let (($x24155 (or (and (< ?x24000 t_0) $x24037 (not (> ?x24052 cerebral_adult_l1_alarm_ml))))))
 (let (($x24536 (not $x24155)))
 (=> holds_ITB-PUMP-4 $x24536)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x23991 (not (>= 1848.0 (- cerebral_adult_l1_end_h cerebral_adult_l1_refill_1_h)))))
 (let (($x24262 (>= 1848.0 (- cerebral_adult_l1_refill_1_h cerebral_adult_l1_refill_0_h))))
 (let (($x24537 (not (or (not $x24262) $x23991))))
 (=> holds_ITB-PUMP-5 $x24537)))))
(assert
 (let (($x24350 (and (ite (= cerebral_adult_l1_bolus_1_via 0) false true) (not cerebral_adult_l1_bolus_1_emergency))))
 (let (($x24409 (and (ite (= cerebral_adult_l1_bolus_0_via 0) false true) (not cerebral_adult_l1_bolus_0_emergency))))
 (let (($x24538 (not (or $x24409 $x24350))))
 (=> holds_ITB-PUMP-6 $x24538)))))
(assert
 (let (($x24539 (not (or (not (ite (= cerebral_adult_l1_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x24539)))
(assert
 (let (($x24047 (and (< 0.0 cerebral_adult_l1_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_screening_3_concentration_ug_ml))))
 (let (($x23962 (and (< 0.0 cerebral_adult_l1_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_screening_2_concentration_ug_ml))))
 (let (($x24405 (and (< 0.0 cerebral_adult_l1_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_screening_1_concentration_ug_ml))))
 (let (($x24172 (and (< 0.0 cerebral_adult_l1_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_screening_0_concentration_ug_ml))))
 (let (($x24382 (and (< 0.0 cerebral_adult_l1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_concentration_ug_ml))))
 (let (($x24176 (not $x24382)))
 (let (($x23994 (and (< 0.0 cerebral_adult_l1_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_refill_1_concentration_ug_ml))))
 (let (($x24143 (and (< 0.0 cerebral_adult_l1_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l1_refill_0_concentration_ug_ml))))
 (let (($x24011 (= 2000.0 cerebral_adult_l1_refill_1_concentration_ug_ml)))
 (let (($x23988 (= 500.0 cerebral_adult_l1_refill_1_concentration_ug_ml)))
 (let (($x24304 (= 50.0 cerebral_adult_l1_refill_1_concentration_ug_ml)))
 (let (($x21634 (= cerebral_adult_l1_refill_1_diluent 0)))
 (let (($x23470 (ite $x21634 true (ite (= cerebral_adult_l1_refill_1_diluent 1) false false))))
 (let (($x23396 (= 2000.0 cerebral_adult_l1_refill_0_concentration_ug_ml)))
 (let (($x24264 (= 500.0 cerebral_adult_l1_refill_0_concentration_ug_ml)))
 (let (($x24012 (= 50.0 cerebral_adult_l1_refill_0_concentration_ug_ml)))
 (let (($x21617 (= cerebral_adult_l1_refill_0_diluent 0)))
 (let (($x24328 (ite $x21617 true (ite (= cerebral_adult_l1_refill_0_diluent 1) false false))))
 (let (($x23423 (ite $x21634 false (ite (= cerebral_adult_l1_refill_1_diluent 1) true false))))
 (let (($x24344 (ite $x21617 false (ite (= cerebral_adult_l1_refill_0_diluent 1) true false))))
 (let (($x24002 (or (not (or $x24328 $x24344)) (not (or $x23470 $x23423)) (and $x24328 (not (or $x24012 $x24264 $x23396))) (and $x23470 (not (or $x24304 $x23988 $x24011))) (not $x24143) (not $x23994) $x24176 $x24176 $x24176 $x24176 (not $x24172) (not $x24405) (not $x23962) (not $x24047))))
 (let (($x24540 (not $x24002)))
 (=> holds_ITB-CONC-1 $x24540))))))))))))))))))))))))
(assert
 (let (($x23403 (or (not (= 50.0 cerebral_adult_l1_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l1_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l1_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l1_screening_3_concentration_ug_ml)))))
 (let (($x24541 (not $x23403)))
 (=> holds_ITB-SCR-1 $x24541))))
(assert
 (let (($x24542 (not (or (not (>= 50.0 cerebral_adult_l1_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x24542)))
(assert
 (let (($x24396 (or (not (<= 1.0 cerebral_adult_l1_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l1_screening_1_duration_min)) (not (<= 1.0 cerebral_adult_l1_screening_2_duration_min)) (not (<= 1.0 cerebral_adult_l1_screening_3_duration_min)))))
 (let (($x24543 (not $x24396)))
 (=> holds_ITB-SCR-3 $x24543))))
(assert
 (let (($x23819 (<= 24.0 (- cerebral_adult_l1_screening_3_h cerebral_adult_l1_screening_2_h))))
 (let (($x21536 (= cerebral_adult_l1_screening_2_response 0)))
 (let (($x24164 (ite $x21536 true false)))
 (let (($x24085 (<= 24.0 (- cerebral_adult_l1_screening_2_h cerebral_adult_l1_screening_1_h))))
 (let (($x21516 (= cerebral_adult_l1_screening_1_response 0)))
 (let (($x24197 (ite $x21516 true false)))
 (let (($x24073 (<= 24.0 (- cerebral_adult_l1_screening_1_h cerebral_adult_l1_screening_0_h))))
 (let (($x21496 (= cerebral_adult_l1_screening_0_response 0)))
 (let (($x24022 (ite $x21496 true false)))
 (let (($x24277 (<= cerebral_adult_l1_screening_3_dose_ug (+ cerebral_adult_l1_screening_2_dose_ug 25.0))))
 (let (($x23162 (<= cerebral_adult_l1_screening_2_dose_ug (+ cerebral_adult_l1_screening_1_dose_ug 25.0))))
 (let (($x24210 (<= cerebral_adult_l1_screening_1_dose_ug (+ cerebral_adult_l1_screening_0_dose_ug 25.0))))
 (let (($x24153 (or (not $x24022) (not $x24197) (not $x24164) (and $x24022 (not $x24210)) (and $x24197 (not $x23162)) (and $x24164 (not $x24277)) (and $x24022 (not $x24073)) (and $x24197 (not $x24085)) (and $x24164 (not $x23819)))))
 (let (($x24544 (not $x24153)))
 (=> holds_ITB-SCR-4 $x24544))))))))))))))))
(assert
 (let (($x24117 (or (not (>= 100.0 cerebral_adult_l1_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l1_screening_1_dose_ug)) (not (>= 100.0 cerebral_adult_l1_screening_2_dose_ug)) (not (>= 100.0 cerebral_adult_l1_screening_3_dose_ug)))))
 (let (($x24545 (not $x24117)))
 (=> holds_ITB-SCR-5 $x24545))))
(assert
 (let (($x21556 (= cerebral_adult_l1_screening_3_response 0)))
 (let (($x24130 (ite $x21556 false true)))
 (let (($x23385 (and $x24130 (<= cerebral_adult_l1_screening_3_h cerebral_adult_l1_step_0_h))))
 (let (($x21536 (= cerebral_adult_l1_screening_2_response 0)))
 (let (($x13786 (ite $x21536 false true)))
 (let (($x24336 (and $x13786 (<= cerebral_adult_l1_screening_2_h cerebral_adult_l1_step_0_h))))
 (let (($x21516 (= cerebral_adult_l1_screening_1_response 0)))
 (let (($x24327 (ite $x21516 false true)))
 (let (($x23139 (and $x24327 (<= cerebral_adult_l1_screening_1_h cerebral_adult_l1_step_0_h))))
 (let (($x21496 (= cerebral_adult_l1_screening_0_response 0)))
 (let (($x13857 (ite $x21496 false true)))
 (let (($x23707 (and $x13857 (<= cerebral_adult_l1_screening_0_h cerebral_adult_l1_step_0_h))))
 (let (($x24546 (not (or (not (or $x23707 $x23139 $x24336 $x23385))))))
 (=> holds_ITB-SCR-6 $x24546)))))))))))))))
(assert
 (let ((?x24207 (* 2.0 cerebral_adult_l1_screening_3_dose_ug)))
 (let ((?x24007 (ite (>= 12.0 cerebral_adult_l1_screening_3_effect_h) ?x24207 cerebral_adult_l1_screening_3_dose_ug)))
 (let (($x21556 (= cerebral_adult_l1_screening_3_response 0)))
 (let (($x24130 (ite $x21556 false true)))
 (let ((?x24241 (* 2.0 cerebral_adult_l1_screening_2_dose_ug)))
 (let ((?x23409 (ite (>= 12.0 cerebral_adult_l1_screening_2_effect_h) ?x24241 cerebral_adult_l1_screening_2_dose_ug)))
 (let (($x21536 (= cerebral_adult_l1_screening_2_response 0)))
 (let (($x13786 (ite $x21536 false true)))
 (let ((?x24179 (* 2.0 cerebral_adult_l1_screening_1_dose_ug)))
 (let ((?x24209 (ite (>= 12.0 cerebral_adult_l1_screening_1_effect_h) ?x24179 cerebral_adult_l1_screening_1_dose_ug)))
 (let (($x21516 (= cerebral_adult_l1_screening_1_response 0)))
 (let (($x24327 (ite $x21516 false true)))
 (let ((?x23353 (* 2.0 cerebral_adult_l1_screening_0_dose_ug)))
 (let ((?x24320 (ite (>= 12.0 cerebral_adult_l1_screening_0_effect_h) ?x23353 cerebral_adult_l1_screening_0_dose_ug)))
 (let (($x21496 (= cerebral_adult_l1_screening_0_response 0)))
 (let (($x13857 (ite $x21496 false true)))
 (let (($x24288 (or (and $x13857 (not (<= cerebral_adult_l1_step_0_daily_dose_ug ?x24320))) (and $x24327 (not (<= cerebral_adult_l1_step_0_daily_dose_ug ?x24209))) (and $x13786 (not (<= cerebral_adult_l1_step_0_daily_dose_ug ?x23409))) (and $x24130 (not (<= cerebral_adult_l1_step_0_daily_dose_ug ?x24007))))))
 (let (($x24547 (not $x24288)))
 (=> holds_ITB-INIT-1 $x24547))))))))))))))))))))
(assert
 (let (($x23986 (not (<= 24.0 (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_0_h)))))
 (let (($x24097 (> cerebral_adult_l1_step_3_daily_dose_ug cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x24065 (not (<= 24.0 (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_0_h)))))
 (let (($x24355 (> cerebral_adult_l1_step_2_daily_dose_ug cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x24066 (not (<= 24.0 (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_0_h)))))
 (let (($x24173 (> cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x24548 (not (or (and $x24173 $x24066) (and $x24355 $x24065) (and $x24097 $x23986)))))
 (=> holds_ITB-INIT-2 $x24548)))))))))
(assert
 (let ((?x24377 (+ 1.0 (ite (<= 18.0 cerebral_adult_l1_age_years) (/ 1.0 5.0) (/ 3.0 20.0)))))
 (let (($x24368 (<= cerebral_adult_l1_step_3_daily_dose_ug (* ?x24377 cerebral_adult_l1_step_2_daily_dose_ug))))
 (let (($x24097 (> cerebral_adult_l1_step_3_daily_dose_ug cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x24309 (<= cerebral_adult_l1_step_2_daily_dose_ug (* ?x24377 cerebral_adult_l1_step_1_daily_dose_ug))))
 (let (($x24355 (> cerebral_adult_l1_step_2_daily_dose_ug cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x24077 (<= cerebral_adult_l1_step_1_daily_dose_ug (* ?x24377 cerebral_adult_l1_step_0_daily_dose_ug))))
 (let (($x24173 (> cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x24015 (or (and $x24173 (not $x24077)) (and $x24355 (not $x24309)) (and $x24097 (not $x24368)))))
 (let (($x24549 (not $x24015)))
 (=> holds_ITB-TITR-1 $x24549)))))))))))
(assert
 (let ((?x23724 (ite cerebral_adult_l1_programmable 24.0 48.0)))
 (let (($x23766 (not (>= (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_3_h) ?x23724))))
 (let (($x24097 (> cerebral_adult_l1_step_3_daily_dose_ug cerebral_adult_l1_step_2_daily_dose_ug)))
 (let (($x24206 (and $x24097 (and (< cerebral_adult_l1_step_3_h cerebral_adult_l1_step_3_h) $x24097) $x23766)))
 (let (($x13960 (not (>= (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_2_h) ?x23724))))
 (let (($x24355 (> cerebral_adult_l1_step_2_daily_dose_ug cerebral_adult_l1_step_1_daily_dose_ug)))
 (let (($x24175 (and $x24097 (and (< cerebral_adult_l1_step_2_h cerebral_adult_l1_step_3_h) $x24355) $x13960)))
 (let (($x24068 (not (>= (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_1_h) ?x23724))))
 (let (($x24173 (> cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
 (let (($x24016 (and $x24097 (and (< cerebral_adult_l1_step_1_h cerebral_adult_l1_step_3_h) $x24173) $x24068)))
 (let (($x23405 (not (>= (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_3_h) ?x23724))))
 (let (($x24315 (and $x24355 (and (< cerebral_adult_l1_step_3_h cerebral_adult_l1_step_2_h) $x24097) $x23405)))
 (let (($x24120 (not (>= (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_2_h) ?x23724))))
 (let (($x24086 (and $x24355 (and (< cerebral_adult_l1_step_2_h cerebral_adult_l1_step_2_h) $x24355) $x24120)))
 (let (($x24284 (not (>= (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_1_h) ?x23724))))
 (let (($x23725 (and $x24355 (and (< cerebral_adult_l1_step_1_h cerebral_adult_l1_step_2_h) $x24173) $x24284)))
 (let (($x24247 (not (>= (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_3_h) ?x23724))))
 (let (($x24102 (and $x24173 (and (< cerebral_adult_l1_step_3_h cerebral_adult_l1_step_1_h) $x24097) $x24247)))
 (let (($x23820 (not (>= (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_2_h) ?x23724))))
 (let (($x23327 (and $x24173 (and (< cerebral_adult_l1_step_2_h cerebral_adult_l1_step_1_h) $x24355) $x23820)))
 (let (($x24361 (not (>= (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_1_h) ?x23724))))
 (let (($x23889 (and $x24173 (and (< cerebral_adult_l1_step_1_h cerebral_adult_l1_step_1_h) $x24173) $x24361)))
 (let (($x24550 (not (or $x23889 $x23327 $x24102 $x23725 $x24086 $x24315 $x24016 $x24175 $x24206))))
 (=> holds_ITB-TITR-2 $x24550)))))))))))))))))))))))))
(assert
 (let ((?x24522 (ite (<= cerebral_adult_l1_step_1_h w_0) cerebral_adult_l1_step_1_daily_dose_ug cerebral_adult_l1_step_0_daily_dose_ug)))
(let ((?x24523 (ite (<= cerebral_adult_l1_step_2_h w_0) cerebral_adult_l1_step_2_daily_dose_ug ?x24522)))
(let ((?x24524 (ite (<= cerebral_adult_l1_step_3_h w_0) cerebral_adult_l1_step_3_daily_dose_ug ?x24523)))
(let (($x24515 (and (<= (- w_0 24.0) cerebral_adult_l1_bolus_1_h) (< cerebral_adult_l1_bolus_1_h w_0))))
(let (($x24510 (and (<= (- w_0 24.0) cerebral_adult_l1_bolus_0_h) (< cerebral_adult_l1_bolus_0_h w_0))))
(let ((?x24517 (+ (+ 0.0 (ite $x24510 cerebral_adult_l1_bolus_0_dose_ug 0.0)) (ite $x24515 cerebral_adult_l1_bolus_1_dose_ug 0.0))))
(let ((?x24040 (- cerebral_adult_l1_end_h cerebral_adult_l1_step_3_h)))
(let ((?x21689 (/ cerebral_adult_l1_step_3_daily_dose_ug 24.0)))
(let ((?x13849 (- cerebral_adult_l1_step_3_h cerebral_adult_l1_step_2_h)))
(let ((?x21687 (/ cerebral_adult_l1_step_2_daily_dose_ug 24.0)))
(let ((?x23089 (- cerebral_adult_l1_step_2_h cerebral_adult_l1_step_1_h)))
(let ((?x21685 (/ cerebral_adult_l1_step_1_daily_dose_ug 24.0)))
(let ((?x24090 (- cerebral_adult_l1_step_1_h cerebral_adult_l1_step_0_h)))
(let ((?x21683 (/ cerebral_adult_l1_step_0_daily_dose_ug 24.0)))
(let ((?x24422 (+ 0.0 (* ?x21683 ?x24090))))
(let ((?x24424 (+ ?x24422 (* ?x21685 ?x23089))))
(let ((?x24426 (+ ?x24424 (* ?x21687 ?x13849))))
(let ((?x24428 (+ ?x24426 (* ?x21689 ?x24040))))
(let ((?x24489 (ite (<= (- w_0 24.0) cerebral_adult_l1_end_h) (+ ?x24426 (* ?x21689 (- (- w_0 24.0) cerebral_adult_l1_step_3_h))) ?x24428)))
(let ((?x24494 (ite (<= (- w_0 24.0) cerebral_adult_l1_step_3_h) (+ ?x24424 (* ?x21687 (- (- w_0 24.0) cerebral_adult_l1_step_2_h))) ?x24489)))
(let ((?x24499 (ite (<= (- w_0 24.0) cerebral_adult_l1_step_2_h) (+ ?x24422 (* ?x21685 (- (- w_0 24.0) cerebral_adult_l1_step_1_h))) ?x24494)))
(let ((?x24504 (ite (<= (- w_0 24.0) cerebral_adult_l1_step_1_h) (+ 0.0 (* ?x21683 (- (- w_0 24.0) cerebral_adult_l1_step_0_h))) ?x24499)))
(let ((?x24454 (ite (<= w_0 cerebral_adult_l1_end_h) (+ ?x24426 (* ?x21689 (- w_0 cerebral_adult_l1_step_3_h))) ?x24428)))
(let ((?x24459 (ite (<= w_0 cerebral_adult_l1_step_3_h) (+ ?x24424 (* ?x21687 (- w_0 cerebral_adult_l1_step_2_h))) ?x24454)))
(let ((?x24464 (ite (<= w_0 cerebral_adult_l1_step_2_h) (+ ?x24422 (* ?x21685 (- w_0 cerebral_adult_l1_step_1_h))) ?x24459)))
(let ((?x24469 (ite (<= w_0 cerebral_adult_l1_step_1_h) (+ 0.0 (* ?x21683 (- w_0 cerebral_adult_l1_step_0_h))) ?x24464)))
(let ((?x24471 (ite (<= w_0 cerebral_adult_l1_step_0_h) 0.0 ?x24469)))
(let ((?x24507 (- ?x24471 (ite (<= (- w_0 24.0) cerebral_adult_l1_step_0_h) 0.0 ?x24504))))
(let ((?x24526 (ite (>= (- w_0 24.0) cerebral_adult_l1_step_0_h) (+ ?x24507 ?x24517) (* 1.0 ?x24524))))
(let (($x24082 (ite (< cerebral_adult_l1_step_2_h (+ w_0 24.0)) true (ite (< cerebral_adult_l1_step_1_h (+ w_0 24.0)) true false))))
(let (($x24274 (<= 18.0 cerebral_adult_l1_age_years)))
(let (($x23997 (and $x24274 (ite (< cerebral_adult_l1_step_3_h (+ w_0 24.0)) true $x24082))))
(let (($x24480 (and (<= w_0 cerebral_adult_l1_bolus_1_h) (< cerebral_adult_l1_bolus_1_h (+ w_0 24.0)))))
(let (($x24475 (and (<= w_0 cerebral_adult_l1_bolus_0_h) (< cerebral_adult_l1_bolus_0_h (+ w_0 24.0)))))
(let ((?x24482 (+ (+ 0.0 (ite $x24475 cerebral_adult_l1_bolus_0_dose_ug 0.0)) (ite $x24480 cerebral_adult_l1_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x24231 (<= ?x1800 cerebral_adult_l1_end_h)))
(let ((?x24437 (ite (<= ?x1800 cerebral_adult_l1_step_3_h) (+ ?x24424 (* ?x21687 (- ?x1800 cerebral_adult_l1_step_2_h))) (ite $x24231 (+ ?x24426 (* ?x21689 (- ?x1800 cerebral_adult_l1_step_3_h))) ?x24428))))
(let ((?x24442 (ite (<= ?x1800 cerebral_adult_l1_step_2_h) (+ ?x24422 (* ?x21685 (- ?x1800 cerebral_adult_l1_step_1_h))) ?x24437)))
(let ((?x24447 (ite (<= ?x1800 cerebral_adult_l1_step_1_h) (+ 0.0 (* ?x21683 (- ?x1800 cerebral_adult_l1_step_0_h))) ?x24442)))
(let ((?x24483 (+ (- (ite (<= ?x1800 cerebral_adult_l1_step_0_h) 0.0 ?x24447) ?x24471) ?x24482)))
(let (($x24531 (and (<= cerebral_adult_l1_step_0_h w_0) $x24231 (not (<= ?x24483 (* (+ 1.0 (ite $x23997 (/ 1.0 5.0) (/ 3.0 20.0))) ?x24526))))))
(let (($x24551 (not (or $x24531))))
(=> holds_ITB-TITR-3 $x24551)))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
