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
 (let ((?x21443 (* (/ 4.0 5.0) cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x21442 (< cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let ((?x22522 (* (/ 4.0 5.0) cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x22533 (< cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let ((?x22529 (* (/ 4.0 5.0) cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x22528 (< cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x21421 (or (and $x22528 (not (>= cerebral_child_l0_step_1_daily_dose_ug ?x22529))) (and $x22533 (not (>= cerebral_child_l0_step_2_daily_dose_ug ?x22522))) (and $x21442 (not (>= cerebral_child_l0_step_3_daily_dose_ug ?x21443))))))
 (let (($x33357 (not $x21421)))
 (=> holds_ITB-STOP-1 $x33357))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x33352 (not (or (not (<= 4.0 cerebral_child_l0_age_years))))))
 (=> holds_ITB-PAT-1 $x33352)))
(assert
 (let (($x33466 (not (or (not (<= 12.0 cerebral_child_l0_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x33466)))
(assert
 (let (($x33467 (not (or cerebral_child_l0_infection))))
 (=> holds_ITB-PAT-4 $x33467)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x32979 (* cerebral_child_l0_step_3_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x32981 (- ?x32979 cerebral_child_l0_step_3_daily_dose_ug)))
 (let (($x32985 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_3_daily_dose_ug) ?x32981) (<= ?x32981 (* (/ 1.0 100.0) cerebral_child_l0_step_3_daily_dose_ug)))))
 (let ((?x32971 (* cerebral_child_l0_step_2_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x32973 (- ?x32971 cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x32977 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_2_daily_dose_ug) ?x32973) (<= ?x32973 (* (/ 1.0 100.0) cerebral_child_l0_step_2_daily_dose_ug)))))
 (let ((?x22405 (* cerebral_child_l0_step_1_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x32965 (- ?x22405 cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x32969 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_1_daily_dose_ug) ?x32965) (<= ?x32965 (* (/ 1.0 100.0) cerebral_child_l0_step_1_daily_dose_ug)))))
 (let ((?x22259 (* cerebral_child_l0_step_0_rate_ml_day cerebral_child_l0_concentration_ug_ml)))
 (let ((?x22261 (- ?x22259 cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x22406 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l0_step_0_daily_dose_ug) ?x22261) (<= ?x22261 (* (/ 1.0 100.0) cerebral_child_l0_step_0_daily_dose_ug)))))
 (let (($x21663 (= cerebral_child_l0_concentration_ug_ml cerebral_child_l0_refill_1_concentration_ug_ml)))
 (let (($x22258 (not $x21663)))
 (let (($x21668 (= cerebral_child_l0_concentration_ug_ml cerebral_child_l0_refill_0_concentration_ug_ml)))
 (let (($x22257 (not $x21668)))
 (let (($x31872 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_3_h)))
 (let (($x31871 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_3_h)))
 (let (($x22256 (and (ite $x31871 true (ite $x31872 true false)) (not (ite $x31871 $x21663 (ite $x31872 $x21668 false))))))
 (let (($x31870 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_2_h)))
 (let (($x31869 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_2_h)))
 (let (($x22105 (and (ite $x31869 true (ite $x31870 true false)) (not (ite $x31869 $x21663 (ite $x31870 $x21668 false))))))
 (let (($x31868 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_1_h)))
 (let (($x31867 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_1_h)))
 (let (($x22125 (and (ite $x31867 true (ite $x31868 true false)) (not (ite $x31867 $x21663 (ite $x31868 $x21668 false))))))
 (let (($x31866 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h)))
 (let (($x31865 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_0_h)))
 (let (($x21900 (and (ite $x31865 true (ite $x31866 true false)) (not (ite $x31865 $x21663 (ite $x31866 $x21668 false))))))
 (let (($x32987 (or $x21900 $x22125 $x22105 $x22256 $x22257 $x22258 (not $x22406) (not $x32969) (not $x32977) (not $x32985))))
 (let (($x33468 (not $x32987)))
 (=> holds_ITB-PUMP-3 $x33468))))))))))))))))))))))))))))))))
(assert
 (let ((?x33001 (- cerebral_child_l0_end_h cerebral_child_l0_step_3_h)))
 (let ((?x31879 (/ cerebral_child_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x31880 (/ ?x31879 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x32998 (- cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h)))
 (let ((?x31877 (/ cerebral_child_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x31878 (/ ?x31877 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x32995 (- cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h)))
 (let ((?x31875 (/ cerebral_child_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x31876 (/ ?x31875 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x32992 (- cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h)))
 (let ((?x31873 (/ cerebral_child_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x31874 (/ ?x31873 cerebral_child_l0_concentration_ug_ml)))
 (let ((?x32994 (+ 0.0 (* ?x31874 ?x32992))))
 (let ((?x32997 (+ ?x32994 (* ?x31876 ?x32995))))
 (let ((?x33000 (+ ?x32997 (* ?x31878 ?x32998))))
 (let ((?x33003 (+ ?x33000 (* ?x31880 ?x33001))))
 (let ((?x33027 (+ ?x33000 (* ?x31880 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_3_h)))))
 (let ((?x33032 (+ ?x32997 (* ?x31878 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_2_h)))))
 (let ((?x33034 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_3_h) ?x33032 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_end_h) ?x33027 ?x33003))))
 (let ((?x33037 (+ ?x32994 (* ?x31876 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_1_h)))))
 (let ((?x33039 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_2_h) ?x33037 ?x33034)))
 (let ((?x33042 (+ 0.0 (* ?x31874 (- cerebral_child_l0_step_0_h cerebral_child_l0_step_0_h)))))
 (let ((?x33044 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_1_h) ?x33042 ?x33039)))
 (let ((?x33046 (ite (<= cerebral_child_l0_step_0_h cerebral_child_l0_step_0_h) 0.0 ?x33044)))
 (let (($x32991 (<= t_0 cerebral_child_l0_end_h)))
 (let ((?x33007 (ite $x32991 (+ ?x33000 (* ?x31880 (- t_0 cerebral_child_l0_step_3_h))) ?x33003)))
 (let ((?x33012 (ite (<= t_0 cerebral_child_l0_step_3_h) (+ ?x32997 (* ?x31878 (- t_0 cerebral_child_l0_step_2_h))) ?x33007)))
 (let ((?x33017 (ite (<= t_0 cerebral_child_l0_step_2_h) (+ ?x32994 (* ?x31876 (- t_0 cerebral_child_l0_step_1_h))) ?x33012)))
 (let ((?x33022 (ite (<= t_0 cerebral_child_l0_step_1_h) (+ 0.0 (* ?x31874 (- t_0 cerebral_child_l0_step_0_h))) ?x33017)))
 (let ((?x33024 (ite (<= t_0 cerebral_child_l0_step_0_h) 0.0 ?x33022)))
 (let ((?x33052 (+ ?x33000 (* ?x31880 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_3_h)))))
 (let (($x31795 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_end_h)))
 (let ((?x33056 (+ ?x32997 (* ?x31878 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_2_h)))))
 (let (($x31872 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_3_h)))
 (let ((?x33060 (+ ?x32994 (* ?x31876 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_1_h)))))
 (let (($x31870 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_2_h)))
 (let ((?x33064 (+ 0.0 (* ?x31874 (- cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h)))))
 (let (($x31868 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_1_h)))
 (let (($x31866 (<= cerebral_child_l0_refill_0_h cerebral_child_l0_step_0_h)))
 (let ((?x33066 (ite $x31866 0.0 (ite $x31868 ?x33064 (ite $x31870 ?x33060 (ite $x31872 ?x33056 (ite $x31795 ?x33052 ?x33003)))))))
 (let ((?x33071 (ite (< cerebral_child_l0_refill_0_h t_0) (- cerebral_child_l0_refill_0_volume_ml (+ (- ?x33024 ?x33066) 0.0)) (- 0.0 (+ (- ?x33024 ?x33046) 0.0)))))
 (let ((?x33074 (+ ?x33000 (* ?x31880 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_3_h)))))
 (let (($x31811 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_end_h)))
 (let ((?x33078 (+ ?x32997 (* ?x31878 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_2_h)))))
 (let (($x31871 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_3_h)))
 (let ((?x33082 (+ ?x32994 (* ?x31876 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_1_h)))))
 (let (($x31869 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_2_h)))
 (let ((?x33086 (+ 0.0 (* ?x31874 (- cerebral_child_l0_refill_1_h cerebral_child_l0_step_0_h)))))
 (let (($x31867 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_1_h)))
 (let (($x31865 (<= cerebral_child_l0_refill_1_h cerebral_child_l0_step_0_h)))
 (let ((?x33088 (ite $x31865 0.0 (ite $x31867 ?x33086 (ite $x31869 ?x33082 (ite $x31871 ?x33078 (ite $x31811 ?x33074 ?x33003)))))))
 (let ((?x33093 (ite (< cerebral_child_l0_refill_1_h t_0) (- cerebral_child_l0_refill_1_volume_ml (+ (- ?x33024 ?x33088) 0.0)) ?x33071)))
 (let ((?x32989 (ite (<= 0.0 cerebral_child_l0_step_0_h) cerebral_child_l0_step_0_h 0.0)))
 (let (($x33097 (or (and (< ?x32989 t_0) $x32991 (not (> ?x33093 cerebral_child_l0_alarm_ml))))))
 (let (($x33469 (not $x33097)))
 (=> holds_ITB-PUMP-4 $x33469)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x33103 (not (>= 1848.0 (- cerebral_child_l0_end_h cerebral_child_l0_refill_1_h)))))
 (let (($x33099 (>= 1848.0 (- cerebral_child_l0_refill_1_h cerebral_child_l0_refill_0_h))))
 (let (($x33470 (not (or (not $x33099) $x33103))))
 (=> holds_ITB-PUMP-5 $x33470)))))
(assert
 (let (($x33110 (and (ite (= cerebral_child_l0_bolus_1_via 0) false true) (not cerebral_child_l0_bolus_1_emergency))))
 (let (($x33107 (and (ite (= cerebral_child_l0_bolus_0_via 0) false true) (not cerebral_child_l0_bolus_0_emergency))))
 (let (($x33471 (not (or $x33107 $x33110))))
 (=> holds_ITB-PUMP-6 $x33471)))))
(assert
 (let (($x33472 (not (or (not (ite (= cerebral_child_l0_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x33472)))
(assert
 (let (($x33165 (and (< 0.0 cerebral_child_l0_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_3_concentration_ug_ml))))
 (let (($x33161 (and (< 0.0 cerebral_child_l0_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_2_concentration_ug_ml))))
 (let (($x33157 (and (< 0.0 cerebral_child_l0_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_1_concentration_ug_ml))))
 (let (($x33153 (and (< 0.0 cerebral_child_l0_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_screening_0_concentration_ug_ml))))
 (let (($x33149 (and (< 0.0 cerebral_child_l0_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_concentration_ug_ml))))
 (let (($x33150 (not $x33149)))
 (let (($x33145 (and (< 0.0 cerebral_child_l0_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_refill_1_concentration_ug_ml))))
 (let (($x33141 (and (< 0.0 cerebral_child_l0_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l0_refill_0_concentration_ug_ml))))
 (let (($x33135 (= 2000.0 cerebral_child_l0_refill_1_concentration_ug_ml)))
 (let (($x33134 (= 500.0 cerebral_child_l0_refill_1_concentration_ug_ml)))
 (let (($x33133 (= 50.0 cerebral_child_l0_refill_1_concentration_ug_ml)))
 (let (($x31824 (= cerebral_child_l0_refill_1_diluent 0)))
 (let (($x33122 (ite $x31824 true (ite (= cerebral_child_l0_refill_1_diluent 1) false false))))
 (let (($x33129 (= 2000.0 cerebral_child_l0_refill_0_concentration_ug_ml)))
 (let (($x33128 (= 500.0 cerebral_child_l0_refill_0_concentration_ug_ml)))
 (let (($x33127 (= 50.0 cerebral_child_l0_refill_0_concentration_ug_ml)))
 (let (($x31807 (= cerebral_child_l0_refill_0_diluent 0)))
 (let (($x33116 (ite $x31807 true (ite (= cerebral_child_l0_refill_0_diluent 1) false false))))
 (let (($x33124 (ite $x31824 false (ite (= cerebral_child_l0_refill_1_diluent 1) true false))))
 (let (($x33118 (ite $x31807 false (ite (= cerebral_child_l0_refill_0_diluent 1) true false))))
 (let (($x33167 (or (not (or $x33116 $x33118)) (not (or $x33122 $x33124)) (and $x33116 (not (or $x33127 $x33128 $x33129))) (and $x33122 (not (or $x33133 $x33134 $x33135))) (not $x33141) (not $x33145) $x33150 $x33150 $x33150 $x33150 (not $x33153) (not $x33157) (not $x33161) (not $x33165))))
 (let (($x33473 (not $x33167)))
 (=> holds_ITB-CONC-1 $x33473))))))))))))))))))))))))
(assert
 (let (($x33176 (or (not (= 50.0 cerebral_child_l0_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l0_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_child_l0_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_child_l0_screening_3_concentration_ug_ml)))))
 (let (($x33474 (not $x33176)))
 (=> holds_ITB-SCR-1 $x33474))))
(assert
 (let (($x33475 (not (or (not (>= 50.0 cerebral_child_l0_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x33475)))
(assert
 (let (($x33188 (or (not (<= 1.0 cerebral_child_l0_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l0_screening_1_duration_min)) (not (<= 1.0 cerebral_child_l0_screening_2_duration_min)) (not (<= 1.0 cerebral_child_l0_screening_3_duration_min)))))
 (let (($x33476 (not $x33188)))
 (=> holds_ITB-SCR-3 $x33476))))
(assert
 (let (($x33216 (<= 24.0 (- cerebral_child_l0_screening_3_h cerebral_child_l0_screening_2_h))))
 (let (($x31379 (= cerebral_child_l0_screening_2_response 0)))
 (let (($x33193 (ite $x31379 true false)))
 (let (($x33212 (<= 24.0 (- cerebral_child_l0_screening_2_h cerebral_child_l0_screening_1_h))))
 (let (($x31345 (= cerebral_child_l0_screening_1_response 0)))
 (let (($x33191 (ite $x31345 true false)))
 (let (($x33208 (<= 24.0 (- cerebral_child_l0_screening_1_h cerebral_child_l0_screening_0_h))))
 (let (($x31489 (= cerebral_child_l0_screening_0_response 0)))
 (let (($x33189 (ite $x31489 true false)))
 (let (($x33204 (<= cerebral_child_l0_screening_3_dose_ug (+ cerebral_child_l0_screening_2_dose_ug 25.0))))
 (let (($x33200 (<= cerebral_child_l0_screening_2_dose_ug (+ cerebral_child_l0_screening_1_dose_ug 25.0))))
 (let (($x33196 (<= cerebral_child_l0_screening_1_dose_ug (+ cerebral_child_l0_screening_0_dose_ug 25.0))))
 (let (($x33219 (or (not $x33189) (not $x33191) (not $x33193) (and $x33189 (not $x33196)) (and $x33191 (not $x33200)) (and $x33193 (not $x33204)) (and $x33189 (not $x33208)) (and $x33191 (not $x33212)) (and $x33193 (not $x33216)))))
 (let (($x33477 (not $x33219)))
 (=> holds_ITB-SCR-4 $x33477))))))))))))))))
(assert
 (let (($x33228 (or (not (>= 100.0 cerebral_child_l0_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l0_screening_1_dose_ug)) (not (>= 100.0 cerebral_child_l0_screening_2_dose_ug)) (not (>= 100.0 cerebral_child_l0_screening_3_dose_ug)))))
 (let (($x33478 (not $x33228)))
 (=> holds_ITB-SCR-5 $x33478))))
(assert
 (let (($x31746 (= cerebral_child_l0_screening_3_response 0)))
 (let (($x33238 (ite $x31746 false true)))
 (let (($x33240 (and $x33238 (<= cerebral_child_l0_screening_3_h cerebral_child_l0_step_0_h))))
 (let (($x31379 (= cerebral_child_l0_screening_2_response 0)))
 (let (($x33235 (ite $x31379 false true)))
 (let (($x33237 (and $x33235 (<= cerebral_child_l0_screening_2_h cerebral_child_l0_step_0_h))))
 (let (($x31345 (= cerebral_child_l0_screening_1_response 0)))
 (let (($x33232 (ite $x31345 false true)))
 (let (($x33234 (and $x33232 (<= cerebral_child_l0_screening_1_h cerebral_child_l0_step_0_h))))
 (let (($x31489 (= cerebral_child_l0_screening_0_response 0)))
 (let (($x33229 (ite $x31489 false true)))
 (let (($x33231 (and $x33229 (<= cerebral_child_l0_screening_0_h cerebral_child_l0_step_0_h))))
 (let (($x33479 (not (or (not (or $x33231 $x33234 $x33237 $x33240))))))
 (=> holds_ITB-SCR-6 $x33479)))))))))))))))
(assert
 (let ((?x33263 (* 2.0 cerebral_child_l0_screening_3_dose_ug)))
 (let ((?x33264 (ite (>= 12.0 cerebral_child_l0_screening_3_effect_h) ?x33263 cerebral_child_l0_screening_3_dose_ug)))
 (let (($x31746 (= cerebral_child_l0_screening_3_response 0)))
 (let (($x33238 (ite $x31746 false true)))
 (let ((?x33257 (* 2.0 cerebral_child_l0_screening_2_dose_ug)))
 (let ((?x33258 (ite (>= 12.0 cerebral_child_l0_screening_2_effect_h) ?x33257 cerebral_child_l0_screening_2_dose_ug)))
 (let (($x31379 (= cerebral_child_l0_screening_2_response 0)))
 (let (($x33235 (ite $x31379 false true)))
 (let ((?x33251 (* 2.0 cerebral_child_l0_screening_1_dose_ug)))
 (let ((?x33252 (ite (>= 12.0 cerebral_child_l0_screening_1_effect_h) ?x33251 cerebral_child_l0_screening_1_dose_ug)))
 (let (($x31345 (= cerebral_child_l0_screening_1_response 0)))
 (let (($x33232 (ite $x31345 false true)))
 (let ((?x33245 (* 2.0 cerebral_child_l0_screening_0_dose_ug)))
 (let ((?x33246 (ite (>= 12.0 cerebral_child_l0_screening_0_effect_h) ?x33245 cerebral_child_l0_screening_0_dose_ug)))
 (let (($x31489 (= cerebral_child_l0_screening_0_response 0)))
 (let (($x33229 (ite $x31489 false true)))
 (let (($x33268 (or (and $x33229 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x33246))) (and $x33232 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x33252))) (and $x33235 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x33258))) (and $x33238 (not (<= cerebral_child_l0_step_0_daily_dose_ug ?x33264))))))
 (let (($x33480 (not $x33268)))
 (=> holds_ITB-INIT-1 $x33480))))))))))))))))))))
(assert
 (let (($x33281 (not (<= 24.0 (- cerebral_child_l0_step_3_h cerebral_child_l0_step_0_h)))))
 (let (($x33278 (> cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x33276 (not (<= 24.0 (- cerebral_child_l0_step_2_h cerebral_child_l0_step_0_h)))))
 (let (($x33273 (> cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x33271 (not (<= 24.0 (- cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h)))))
 (let (($x33269 (> cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x33481 (not (or (and $x33269 $x33271) (and $x33273 $x33276) (and $x33278 $x33281)))))
 (=> holds_ITB-INIT-2 $x33481)))))))))
(assert
 (let ((?x33293 (* (/ 23.0 20.0) cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x33278 (> cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let ((?x33289 (* (/ 23.0 20.0) cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x33273 (> cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let ((?x33285 (* (/ 23.0 20.0) cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x33269 (> cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x33297 (or (and $x33269 (not (<= cerebral_child_l0_step_1_daily_dose_ug ?x33285))) (and $x33273 (not (<= cerebral_child_l0_step_2_daily_dose_ug ?x33289))) (and $x33278 (not (<= cerebral_child_l0_step_3_daily_dose_ug ?x33293))))))
 (let (($x33482 (not $x33297)))
 (=> holds_ITB-TITR-1 $x33482))))))))))
(assert
 (let ((?x33300 (ite cerebral_child_l0_programmable 24.0 48.0)))
 (let (($x33348 (not (>= (- cerebral_child_l0_step_3_h cerebral_child_l0_step_3_h) ?x33300))))
 (let (($x33278 (> cerebral_child_l0_step_3_daily_dose_ug cerebral_child_l0_step_2_daily_dose_ug)))
 (let (($x33349 (and $x33278 (and (< cerebral_child_l0_step_3_h cerebral_child_l0_step_3_h) $x33278) $x33348)))
 (let (($x33342 (not (>= (- cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h) ?x33300))))
 (let (($x33273 (> cerebral_child_l0_step_2_daily_dose_ug cerebral_child_l0_step_1_daily_dose_ug)))
 (let (($x33343 (and $x33278 (and (< cerebral_child_l0_step_2_h cerebral_child_l0_step_3_h) $x33273) $x33342)))
 (let (($x33337 (not (>= (- cerebral_child_l0_step_3_h cerebral_child_l0_step_1_h) ?x33300))))
 (let (($x33269 (> cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
 (let (($x33338 (and $x33278 (and (< cerebral_child_l0_step_1_h cerebral_child_l0_step_3_h) $x33269) $x33337)))
 (let (($x33331 (not (>= (- cerebral_child_l0_step_2_h cerebral_child_l0_step_3_h) ?x33300))))
 (let (($x33332 (and $x33273 (and (< cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h) $x33278) $x33331)))
 (let (($x33325 (not (>= (- cerebral_child_l0_step_2_h cerebral_child_l0_step_2_h) ?x33300))))
 (let (($x33326 (and $x33273 (and (< cerebral_child_l0_step_2_h cerebral_child_l0_step_2_h) $x33273) $x33325)))
 (let (($x33319 (not (>= (- cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h) ?x33300))))
 (let (($x33320 (and $x33273 (and (< cerebral_child_l0_step_1_h cerebral_child_l0_step_2_h) $x33269) $x33319)))
 (let (($x33314 (not (>= (- cerebral_child_l0_step_1_h cerebral_child_l0_step_3_h) ?x33300))))
 (let (($x33315 (and $x33269 (and (< cerebral_child_l0_step_3_h cerebral_child_l0_step_1_h) $x33278) $x33314)))
 (let (($x33308 (not (>= (- cerebral_child_l0_step_1_h cerebral_child_l0_step_2_h) ?x33300))))
 (let (($x33309 (and $x33269 (and (< cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h) $x33273) $x33308)))
 (let (($x33302 (not (>= (- cerebral_child_l0_step_1_h cerebral_child_l0_step_1_h) ?x33300))))
 (let (($x33303 (and $x33269 (and (< cerebral_child_l0_step_1_h cerebral_child_l0_step_1_h) $x33269) $x33302)))
 (let (($x33483 (not (or $x33303 $x33309 $x33315 $x33320 $x33326 $x33332 $x33338 $x33343 $x33349))))
 (=> holds_ITB-TITR-2 $x33483)))))))))))))))))))))))))
(assert
 (let ((?x33457 (ite (<= cerebral_child_l0_step_1_h w_0) cerebral_child_l0_step_1_daily_dose_ug cerebral_child_l0_step_0_daily_dose_ug)))
(let ((?x33458 (ite (<= cerebral_child_l0_step_2_h w_0) cerebral_child_l0_step_2_daily_dose_ug ?x33457)))
(let ((?x33459 (ite (<= cerebral_child_l0_step_3_h w_0) cerebral_child_l0_step_3_daily_dose_ug ?x33458)))
(let (($x33450 (and (<= (- w_0 24.0) cerebral_child_l0_bolus_1_h) (< cerebral_child_l0_bolus_1_h w_0))))
(let (($x33445 (and (<= (- w_0 24.0) cerebral_child_l0_bolus_0_h) (< cerebral_child_l0_bolus_0_h w_0))))
(let ((?x33452 (+ (+ 0.0 (ite $x33445 cerebral_child_l0_bolus_0_dose_ug 0.0)) (ite $x33450 cerebral_child_l0_bolus_1_dose_ug 0.0))))
(let ((?x33001 (- cerebral_child_l0_end_h cerebral_child_l0_step_3_h)))
(let ((?x31879 (/ cerebral_child_l0_step_3_daily_dose_ug 24.0)))
(let ((?x32998 (- cerebral_child_l0_step_3_h cerebral_child_l0_step_2_h)))
(let ((?x31877 (/ cerebral_child_l0_step_2_daily_dose_ug 24.0)))
(let ((?x32995 (- cerebral_child_l0_step_2_h cerebral_child_l0_step_1_h)))
(let ((?x31875 (/ cerebral_child_l0_step_1_daily_dose_ug 24.0)))
(let ((?x32992 (- cerebral_child_l0_step_1_h cerebral_child_l0_step_0_h)))
(let ((?x31873 (/ cerebral_child_l0_step_0_daily_dose_ug 24.0)))
(let ((?x33356 (+ 0.0 (* ?x31873 ?x32992))))
(let ((?x33359 (+ ?x33356 (* ?x31875 ?x32995))))
(let ((?x33361 (+ ?x33359 (* ?x31877 ?x32998))))
(let ((?x33363 (+ ?x33361 (* ?x31879 ?x33001))))
(let ((?x33424 (ite (<= (- w_0 24.0) cerebral_child_l0_end_h) (+ ?x33361 (* ?x31879 (- (- w_0 24.0) cerebral_child_l0_step_3_h))) ?x33363)))
(let ((?x33429 (ite (<= (- w_0 24.0) cerebral_child_l0_step_3_h) (+ ?x33359 (* ?x31877 (- (- w_0 24.0) cerebral_child_l0_step_2_h))) ?x33424)))
(let ((?x33434 (ite (<= (- w_0 24.0) cerebral_child_l0_step_2_h) (+ ?x33356 (* ?x31875 (- (- w_0 24.0) cerebral_child_l0_step_1_h))) ?x33429)))
(let ((?x33439 (ite (<= (- w_0 24.0) cerebral_child_l0_step_1_h) (+ 0.0 (* ?x31873 (- (- w_0 24.0) cerebral_child_l0_step_0_h))) ?x33434)))
(let ((?x33389 (ite (<= w_0 cerebral_child_l0_end_h) (+ ?x33361 (* ?x31879 (- w_0 cerebral_child_l0_step_3_h))) ?x33363)))
(let ((?x33394 (ite (<= w_0 cerebral_child_l0_step_3_h) (+ ?x33359 (* ?x31877 (- w_0 cerebral_child_l0_step_2_h))) ?x33389)))
(let ((?x33399 (ite (<= w_0 cerebral_child_l0_step_2_h) (+ ?x33356 (* ?x31875 (- w_0 cerebral_child_l0_step_1_h))) ?x33394)))
(let ((?x33404 (ite (<= w_0 cerebral_child_l0_step_1_h) (+ 0.0 (* ?x31873 (- w_0 cerebral_child_l0_step_0_h))) ?x33399)))
(let ((?x33406 (ite (<= w_0 cerebral_child_l0_step_0_h) 0.0 ?x33404)))
(let ((?x33442 (- ?x33406 (ite (<= (- w_0 24.0) cerebral_child_l0_step_0_h) 0.0 ?x33439))))
(let ((?x33461 (ite (>= (- w_0 24.0) cerebral_child_l0_step_0_h) (+ ?x33442 ?x33452) (* 1.0 ?x33459))))
(let (($x33415 (and (<= w_0 cerebral_child_l0_bolus_1_h) (< cerebral_child_l0_bolus_1_h (+ w_0 24.0)))))
(let (($x33410 (and (<= w_0 cerebral_child_l0_bolus_0_h) (< cerebral_child_l0_bolus_0_h (+ w_0 24.0)))))
(let ((?x33417 (+ (+ 0.0 (ite $x33410 cerebral_child_l0_bolus_0_dose_ug 0.0)) (ite $x33415 cerebral_child_l0_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x33354 (<= ?x1800 cerebral_child_l0_end_h)))
(let ((?x33372 (ite (<= ?x1800 cerebral_child_l0_step_3_h) (+ ?x33359 (* ?x31877 (- ?x1800 cerebral_child_l0_step_2_h))) (ite $x33354 (+ ?x33361 (* ?x31879 (- ?x1800 cerebral_child_l0_step_3_h))) ?x33363))))
(let ((?x33377 (ite (<= ?x1800 cerebral_child_l0_step_2_h) (+ ?x33356 (* ?x31875 (- ?x1800 cerebral_child_l0_step_1_h))) ?x33372)))
(let ((?x33382 (ite (<= ?x1800 cerebral_child_l0_step_1_h) (+ 0.0 (* ?x31873 (- ?x1800 cerebral_child_l0_step_0_h))) ?x33377)))
(let ((?x33418 (+ (- (ite (<= ?x1800 cerebral_child_l0_step_0_h) 0.0 ?x33382) ?x33406) ?x33417)))
(let (($x33465 (and (<= cerebral_child_l0_step_0_h w_0) $x33354 (not (<= ?x33418 (* (/ 23.0 20.0) ?x33461))))))
(let (($x33484 (not (or $x33465))))
(=> holds_ITB-TITR-3 $x33484))))))))))))))))))))))))))))))))))))))))))
(check-sat)
