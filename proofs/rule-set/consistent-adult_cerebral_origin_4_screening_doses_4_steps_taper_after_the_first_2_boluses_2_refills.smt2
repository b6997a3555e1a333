; itbverify 0.1.0: rule-set consistency, adult, cerebral origin; 4 screening doses, 4 steps (taper after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_adult_l2_age_years () Real)
(declare-fun cerebral_adult_l2_months_since_injury () Real)
(declare-fun cerebral_adult_l2_reservoir_ml () Real)
(declare-fun cerebral_adult_l2_alarm_ml () Real)
(declare-fun cerebral_adult_l2_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l2_screening_0_h () Real)
(declare-fun cerebral_adult_l2_screening_0_dose_ug () Real)
(declare-fun cerebral_adult_l2_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l2_screening_0_duration_min () Real)
(declare-fun cerebral_adult_l2_screening_0_response () Int)
(declare-fun cerebral_adult_l2_screening_0_effect_h () Real)
(declare-fun cerebral_adult_l2_screening_1_h () Real)
(declare-fun cerebral_adult_l2_screening_1_dose_ug () Real)
(declare-fun cerebral_adult_l2_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l2_screening_1_duration_min () Real)
(declare-fun cerebral_adult_l2_screening_1_response () Int)
(declare-fun cerebral_adult_l2_screening_1_effect_h () Real)
(declare-fun cerebral_adult_l2_screening_2_h () Real)
(declare-fun cerebral_adult_l2_screening_2_dose_ug () Real)
(declare-fun cerebral_adult_l2_screening_2_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l2_screening_2_duration_min () Real)
(declare-fun cerebral_adult_l2_screening_2_response () Int)
(declare-fun cerebral_adult_l2_screening_2_effect_h () Real)
(declare-fun cerebral_adult_l2_screening_3_h () Real)
(declare-fun cerebral_adult_l2_screening_3_dose_ug () Real)
(declare-fun cerebral_adult_l2_screening_3_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l2_screening_3_duration_min () Real)
(declare-fun cerebral_adult_l2_screening_3_response () Int)
(declare-fun cerebral_adult_l2_screening_3_effect_h () Real)
(declare-fun cerebral_adult_l2_step_0_h () Real)
(declare-fun cerebral_adult_l2_step_0_daily_dose_ug () Real)
(declare-fun cerebral_adult_l2_step_0_rate_ml_day () Real)
(declare-fun cerebral_adult_l2_step_1_h () Real)
(declare-fun cerebral_adult_l2_step_1_daily_dose_ug () Real)
(declare-fun cerebral_adult_l2_step_1_rate_ml_day () Real)
(declare-fun cerebral_adult_l2_step_2_h () Real)
(declare-fun cerebral_adult_l2_step_2_daily_dose_ug () Real)
(declare-fun cerebral_adult_l2_step_2_rate_ml_day () Real)
(declare-fun cerebral_adult_l2_step_3_h () Real)
(declare-fun cerebral_adult_l2_step_3_daily_dose_ug () Real)
(declare-fun cerebral_adult_l2_step_3_rate_ml_day () Real)
(declare-fun cerebral_adult_l2_end_h () Real)
(declare-fun cerebral_adult_l2_refill_0_h () Real)
(declare-fun cerebral_adult_l2_refill_0_volume_ml () Real)
(declare-fun cerebral_adult_l2_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l2_refill_0_diluent () Int)
(declare-fun cerebral_adult_l2_refill_1_h () Real)
(declare-fun cerebral_adult_l2_refill_1_volume_ml () Real)
(declare-fun cerebral_adult_l2_refill_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l2_refill_1_diluent () Int)
(declare-fun cerebral_adult_l2_bolus_0_h () Real)
(declare-fun cerebral_adult_l2_bolus_0_dose_ug () Real)
(declare-fun cerebral_adult_l2_bolus_0_via () Int)
(declare-fun cerebral_adult_l2_bolus_1_h () Real)
(declare-fun cerebral_adult_l2_bolus_1_dose_ug () Real)
(declare-fun cerebral_adult_l2_bolus_1_via () Int)
(declare-fun cerebral_adult_l2_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_adult_l2_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_adult_l2_bolus_1_emergency () Bool)
(declare-fun cerebral_adult_l2_bolus_0_emergency () Bool)
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
(declare-fun cerebral_adult_l2_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= cerebral_adult_l2_age_years 0.0))
(assert
 (<= cerebral_adult_l2_age_years 120.0))
(assert
 (>= cerebral_adult_l2_age_years 18.0))
(assert
 (>= cerebral_adult_l2_months_since_injury 0.0))
(assert
 (<= cerebral_adult_l2_months_since_injury 100000.0))
(assert
 (>= cerebral_adult_l2_reservoir_ml 0.0))
(assert
 (<= cerebral_adult_l2_reservoir_ml 100000.0))
(assert
 (>= cerebral_adult_l2_alarm_ml 0.0))
(assert
 (<= cerebral_adult_l2_alarm_ml 100000.0))
(assert
 (>= cerebral_adult_l2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l2_screening_0_h 0.0))
(assert
 (<= cerebral_adult_l2_screening_0_h 100000.0))
(assert
 (>= cerebral_adult_l2_screening_0_h 0.0))
(assert
 (>= cerebral_adult_l2_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l2_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l2_screening_0_duration_min 0.0))
(assert
 (<= cerebral_adult_l2_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_adult_l2_screening_0_response 0))
(assert
 (< cerebral_adult_l2_screening_0_response 2))
(assert
 (>= cerebral_adult_l2_screening_0_effect_h 0.0))
(assert
 (<= cerebral_adult_l2_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_adult_l2_screening_1_h 0.0))
(assert
 (<= cerebral_adult_l2_screening_1_h 100000.0))
(assert
 (>= cerebral_adult_l2_screening_1_h cerebral_adult_l2_screening_0_h))
(assert
 (>= cerebral_adult_l2_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l2_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l2_screening_1_duration_min 0.0))
(assert
 (<= cerebral_adult_l2_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_adult_l2_screening_1_response 0))
(assert
 (< cerebral_adult_l2_screening_1_response 2))
(assert
 (>= cerebral_adult_l2_screening_1_effect_h 0.0))
(assert
 (<= cerebral_adult_l2_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_adult_l2_screening_2_h 0.0))
(assert
 (<= cerebral_adult_l2_screening_2_h 100000.0))
(assert
 (>= cerebral_adult_l2_screening_2_h cerebral_adult_l2_screening_1_h))
(assert
 (>= cerebral_adult_l2_screening_2_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_screening_2_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_screening_2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l2_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l2_screening_2_duration_min 0.0))
(assert
 (<= cerebral_adult_l2_screening_2_duration_min 100000.0))
(assert
 (>= cerebral_adult_l2_screening_2_response 0))
(assert
 (< cerebral_adult_l2_screening_2_response 2))
(assert
 (>= cerebral_adult_l2_screening_2_effect_h 0.0))
(assert
 (<= cerebral_adult_l2_screening_2_effect_h 100000.0))
(assert
 (>= cerebral_adult_l2_screening_3_h 0.0))
(assert
 (<= cerebral_adult_l2_screening_3_h 100000.0))
(assert
 (>= cerebral_adult_l2_screening_3_h cerebral_adult_l2_screening_2_h))
(assert
 (>= cerebral_adult_l2_screening_3_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_screening_3_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_screening_3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l2_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l2_screening_3_duration_min 0.0))
(assert
 (<= cerebral_adult_l2_screening_3_duration_min 100000.0))
(assert
 (>= cerebral_adult_l2_screening_3_response 0))
(assert
 (< cerebral_adult_l2_screening_3_response 2))
(assert
 (>= cerebral_adult_l2_screening_3_effect_h 0.0))
(assert
 (<= cerebral_adult_l2_screening_3_effect_h 100000.0))
(assert
 (>= cerebral_adult_l2_step_0_h 0.0))
(assert
 (<= cerebral_adult_l2_step_0_h 100000.0))
(assert
 (>= cerebral_adult_l2_step_0_h cerebral_adult_l2_screening_3_h))
(assert
 (>= cerebral_adult_l2_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l2_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l2_step_1_h 0.0))
(assert
 (<= cerebral_adult_l2_step_1_h 100000.0))
(assert
 (> cerebral_adult_l2_step_1_h cerebral_adult_l2_step_0_h))
(assert
 (>= cerebral_adult_l2_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l2_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l2_step_2_h 0.0))
(assert
 (<= cerebral_adult_l2_step_2_h 100000.0))
(assert
 (> cerebral_adult_l2_step_2_h cerebral_adult_l2_step_1_h))
(assert
 (>= cerebral_adult_l2_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l2_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l2_step_3_h 0.0))
(assert
 (<= cerebral_adult_l2_step_3_h 100000.0))
(assert
 (> cerebral_adult_l2_step_3_h cerebral_adult_l2_step_2_h))
(assert
 (>= cerebral_adult_l2_step_3_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_step_3_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_step_3_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l2_step_3_rate_ml_day 100000.0))
(assert
 (<= cerebral_adult_l2_end_h 100000.0))
(assert
 (>= cerebral_adult_l2_end_h cerebral_adult_l2_step_3_h))
(assert
 (<= cerebral_adult_l2_refill_0_h 100000.0))
(assert
 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_end_h))
(assert
 (>= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_0_h))
(assert
 (>= cerebral_adult_l2_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_adult_l2_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l2_refill_0_volume_ml cerebral_adult_l2_reservoir_ml))
(assert
 (>= cerebral_adult_l2_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l2_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l2_refill_0_diluent 0))
(assert
 (< cerebral_adult_l2_refill_0_diluent 3))
(assert
 (<= cerebral_adult_l2_refill_1_h 100000.0))
(assert
 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_end_h))
(assert
 (>= cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_0_h))
(assert
 (> cerebral_adult_l2_refill_1_h cerebral_adult_l2_refill_0_h))
(assert
 (>= cerebral_adult_l2_refill_1_volume_ml 0.0))
(assert
 (<= cerebral_adult_l2_refill_1_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l2_refill_1_volume_ml cerebral_adult_l2_reservoir_ml))
(assert
 (>= cerebral_adult_l2_refill_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l2_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l2_refill_1_diluent 0))
(assert
 (< cerebral_adult_l2_refill_1_diluent 3))
(assert
 (= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_0_h))
(assert
 (<= cerebral_adult_l2_bolus_0_h 100000.0))
(assert
 (>= cerebral_adult_l2_bolus_0_h cerebral_adult_l2_step_0_h))
(assert
 (<= cerebral_adult_l2_bolus_0_h cerebral_adult_l2_end_h))
(assert
 (>= cerebral_adult_l2_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_bolus_0_via 0))
(assert
 (< cerebral_adult_l2_bolus_0_via 2))
(assert
 (<= cerebral_adult_l2_bolus_1_h 100000.0))
(assert
 (>= cerebral_adult_l2_bolus_1_h cerebral_adult_l2_step_0_h))
(assert
 (<= cerebral_adult_l2_bolus_1_h cerebral_adult_l2_end_h))
(assert
 (>= cerebral_adult_l2_bolus_1_h cerebral_adult_l2_bolus_0_h))
(assert
 (>= cerebral_adult_l2_bolus_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l2_bolus_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l2_bolus_1_via 0))
(assert
 (< cerebral_adult_l2_bolus_1_via 2))
(assert
 (>= cerebral_adult_l2_route 0))
(assert
 (< cerebral_adult_l2_route 2))
(assert
 (let ((?x24617 (* (/ 4.0 5.0) cerebral_adult_l2_step_2_daily_dose_ug)))
 (let (($x24605 (< cerebral_adult_l2_step_3_daily_dose_ug cerebral_adult_l2_step_2_daily_dose_ug)))
 (let ((?x24593 (* (/ 4.0 5.0) cerebral_adult_l2_step_1_daily_dose_ug)))
 (let (($x24718 (< cerebral_adult_l2_step_2_daily_dose_ug cerebral_adult_l2_step_1_daily_dose_ug)))
 (let ((?x24712 (* (/ 4.0 5.0) cerebral_adult_l2_step_0_daily_dose_ug)))
 (let (($x24703 (< cerebral_adult_l2_step_1_daily_dose_ug cerebral_adult_l2_step_0_daily_dose_ug)))
 (let (($x24693 (or (and $x24703 (not (>= cerebral_adult_l2_step_1_daily_dose_ug ?x24712))) (and $x24718 (not (>= cerebral_adult_l2_step_2_daily_dose_ug ?x24593))) (and $x24605 (not (>= cerebral_adult_l2_step_3_daily_dose_ug ?x24617))))))
 (let (($x25759 (not $x24693)))
 (=> holds_ITB-STOP-1 $x25759))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x25753 (not (or (not (<= 4.0 cerebral_adult_l2_age_years))))))
 (=> holds_ITB-PAT-1 $x25753)))
(assert
 (let (($x25867 (not (or (not (<= 12.0 cerebral_adult_l2_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x25867)))
(assert
 (let (($x25868 (not (or cerebral_adult_l2_infection))))
 (=> holds_ITB-PAT-4 $x25868)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x25193 (* cerebral_adult_l2_step_3_rate_ml_day cerebral_adult_l2_concentration_ug_ml)))
 (let ((?x24905 (- ?x25193 cerebral_adult_l2_step_3_daily_dose_ug)))
 (let (($x25217 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l2_step_3_daily_dose_ug) ?x24905) (<= ?x24905 (* (/ 1.0 100.0) cerebral_adult_l2_step_3_daily_dose_ug)))))
 (let ((?x24913 (* cerebral_adult_l2_step_2_rate_ml_day cerebral_adult_l2_concentration_ug_ml)))
 (let ((?x24911 (- ?x24913 cerebral_adult_l2_step_2_daily_dose_ug)))
 (let (($x24759 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l2_step_2_daily_dose_ug) ?x24911) (<= ?x24911 (* (/ 1.0 100.0) cerebral_adult_l2_step_2_daily_dose_ug)))))
 (let ((?x24730 (* cerebral_adult_l2_step_1_rate_ml_day cerebral_adult_l2_concentration_ug_ml)))
 (let ((?x25226 (- ?x24730 cerebral_adult_l2_step_1_daily_dose_ug)))
 (let (($x25384 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l2_step_1_daily_dose_ug) ?x25226) (<= ?x25226 (* (/ 1.0 100.0) cerebral_adult_l2_step_1_daily_dose_ug)))))
 (let ((?x25133 (* cerebral_adult_l2_step_0_rate_ml_day cerebral_adult_l2_concentration_ug_ml)))
 (let ((?x25254 (- ?x25133 cerebral_adult_l2_step_0_daily_dose_ug)))
 (let (($x24733 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l2_step_0_daily_dose_ug) ?x25254) (<= ?x25254 (* (/ 1.0 100.0) cerebral_adult_l2_step_0_daily_dose_ug)))))
 (let (($x24821 (= cerebral_adult_l2_concentration_ug_ml cerebral_adult_l2_refill_1_concentration_ug_ml)))
 (let (($x25132 (not $x24821)))
 (let (($x24169 (= cerebral_adult_l2_concentration_ug_ml cerebral_adult_l2_refill_0_concentration_ug_ml)))
 (let (($x25399 (not $x24169)))
 (let (($x21910 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_3_h)))
 (let (($x21909 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_3_h)))
 (let (($x25400 (and (ite $x21909 true (ite $x21910 true false)) (not (ite $x21909 $x24821 (ite $x21910 $x24169 false))))))
 (let (($x21908 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_2_h)))
 (let (($x21907 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_2_h)))
 (let (($x25046 (and (ite $x21907 true (ite $x21908 true false)) (not (ite $x21907 $x24821 (ite $x21908 $x24169 false))))))
 (let (($x21906 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_1_h)))
 (let (($x21905 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_1_h)))
 (let (($x25167 (and (ite $x21905 true (ite $x21906 true false)) (not (ite $x21905 $x24821 (ite $x21906 $x24169 false))))))
 (let (($x21904 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_0_h)))
 (let (($x21903 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_0_h)))
 (let (($x25052 (and (ite $x21903 true (ite $x21904 true false)) (not (ite $x21903 $x24821 (ite $x21904 $x24169 false))))))
 (let (($x25142 (or $x25052 $x25167 $x25046 $x25400 $x25399 $x25132 (not $x24733) (not $x25384) (not $x24759) (not $x25217))))
 (let (($x25869 (not $x25142)))
 (=> holds_ITB-PUMP-3 $x25869))))))))))))))))))))))))))))))))
(assert
 (let ((?x25376 (- cerebral_adult_l2_end_h cerebral_adult_l2_step_3_h)))
 (let ((?x21917 (/ cerebral_adult_l2_step_3_daily_dose_ug 24.0)))
 (let ((?x21918 (/ ?x21917 cerebral_adult_l2_concentration_ug_ml)))
 (let ((?x24839 (- cerebral_adult_l2_step_3_h cerebral_adult_l2_step_2_h)))
 (let ((?x21915 (/ cerebral_adult_l2_step_2_daily_dose_ug 24.0)))
 (let ((?x21916 (/ ?x21915 cerebral_adult_l2_concentration_ug_ml)))
 (let ((?x24788 (- cerebral_adult_l2_step_2_h cerebral_adult_l2_step_1_h)))
 (let ((?x21913 (/ cerebral_adult_l2_step_1_daily_dose_ug 24.0)))
 (let ((?x21914 (/ ?x21913 cerebral_adult_l2_concentration_ug_ml)))
 (let ((?x24858 (- cerebral_adult_l2_step_1_h cerebral_adult_l2_step_0_h)))
 (let ((?x21911 (/ cerebral_adult_l2_step_0_daily_dose_ug 24.0)))
 (let ((?x21912 (/ ?x21911 cerebral_adult_l2_concentration_ug_ml)))
 (let ((?x25335 (+ 0.0 (* ?x21912 ?x24858))))
 (let ((?x24782 (+ ?x25335 (* ?x21914 ?x24788))))
 (let ((?x24837 (+ ?x24782 (* ?x21916 ?x24839))))
 (let ((?x24835 (+ ?x24837 (* ?x21918 ?x25376))))
 (let ((?x24804 (+ ?x24837 (* ?x21918 (- cerebral_adult_l2_step_0_h cerebral_adult_l2_step_3_h)))))
 (let ((?x24869 (+ ?x24782 (* ?x21916 (- cerebral_adult_l2_step_0_h cerebral_adult_l2_step_2_h)))))
 (let ((?x25201 (ite (<= cerebral_adult_l2_step_0_h cerebral_adult_l2_step_3_h) ?x24869 (ite (<= cerebral_adult_l2_step_0_h cerebral_adult_l2_end_h) ?x24804 ?x24835))))
 (let ((?x25438 (+ ?x25335 (* ?x21914 (- cerebral_adult_l2_step_0_h cerebral_adult_l2_step_1_h)))))
 (let ((?x25440 (ite (<= cerebral_adult_l2_step_0_h cerebral_adult_l2_step_2_h) ?x25438 ?x25201)))
 (let ((?x25443 (+ 0.0 (* ?x21912 (- cerebral_adult_l2_step_0_h cerebral_adult_l2_step_0_h)))))
 (let ((?x25445 (ite (<= cerebral_adult_l2_step_0_h cerebral_adult_l2_step_1_h) ?x25443 ?x25440)))
 (let ((?x25447 (ite (<= cerebral_adult_l2_step_0_h cerebral_adult_l2_step_0_h) 0.0 ?x25445)))
 (let (($x24860 (<= t_0 cerebral_adult_l2_end_h)))
 (let ((?x24208 (ite $x24860 (+ ?x24837 (* ?x21918 (- t_0 cerebral_adult_l2_step_3_h))) ?x24835)))
 (let ((?x24901 (ite (<= t_0 cerebral_adult_l2_step_3_h) (+ ?x24782 (* ?x21916 (- t_0 cerebral_adult_l2_step_2_h))) ?x24208)))
 (let ((?x24880 (ite (<= t_0 cerebral_adult_l2_step_2_h) (+ ?x25335 (* ?x21914 (- t_0 cerebral_adult_l2_step_1_h))) ?x24901)))
 (let ((?x25310 (ite (<= t_0 cerebral_adult_l2_step_1_h) (+ 0.0 (* ?x21912 (- t_0 cerebral_adult_l2_step_0_h))) ?x24880)))
 (let ((?x24722 (ite (<= t_0 cerebral_adult_l2_step_0_h) 0.0 ?x25310)))
 (let ((?x25453 (+ ?x24837 (* ?x21918 (- cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_3_h)))))
 (let (($x21833 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_end_h)))
 (let ((?x25457 (+ ?x24782 (* ?x21916 (- cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_2_h)))))
 (let (($x21910 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_3_h)))
 (let ((?x25461 (+ ?x25335 (* ?x21914 (- cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_1_h)))))
 (let (($x21908 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_2_h)))
 (let ((?x25465 (+ 0.0 (* ?x21912 (- cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_0_h)))))
 (let (($x21906 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_1_h)))
 (let (($x21904 (<= cerebral_adult_l2_refill_0_h cerebral_adult_l2_step_0_h)))
 (let ((?x25467 (ite $x21904 0.0 (ite $x21906 ?x25465 (ite $x21908 ?x25461 (ite $x21910 ?x25457 (ite $x21833 ?x25453 ?x24835)))))))
 (let ((?x25472 (ite (< cerebral_adult_l2_refill_0_h t_0) (- cerebral_adult_l2_refill_0_volume_ml (+ (- ?x24722 ?x25467) 0.0)) (- 0.0 (+ (- ?x24722 ?x25447) 0.0)))))
 (let ((?x25475 (+ ?x24837 (* ?x21918 (- cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_3_h)))))
 (let (($x21849 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_end_h)))
 (let ((?x25479 (+ ?x24782 (* ?x21916 (- cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_2_h)))))
 (let (($x21909 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_3_h)))
 (let ((?x25483 (+ ?x25335 (* ?x21914 (- cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_1_h)))))
 (let (($x21907 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_2_h)))
 (let ((?x25487 (+ 0.0 (* ?x21912 (- cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_0_h)))))
 (let (($x21905 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_1_h)))
 (let (($x21903 (<= cerebral_adult_l2_refill_1_h cerebral_adult_l2_step_0_h)))
 (let ((?x25489 (ite $x21903 0.0 (ite $x21905 ?x25487 (ite $x21907 ?x25483 (ite $x21909 ?x25479 (ite $x21849 ?x25475 ?x24835)))))))
 (let ((?x25494 (ite (< cerebral_adult_l2_refill_1_h t_0) (- cerebral_adult_l2_refill_1_volume_ml (+ (- ?x24722 ?x25489) 0.0)) ?x25472)))
 (let ((?x24166 (ite (<= 0.0 cerebral_adult_l2_step_0_h) cerebral_adult_l2_step_0_h 0.0)))
 (let (($x25498 (or (and (< ?x24166 t_0) $x24860 (not (> ?x25494 cerebral_adult_l2_alarm_ml))))))
 (let (($x25870 (not $x25498)))
 (=> holds_ITB-PUMP-4 $x25870)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x25504 (not (>= 1848.0 (- cerebral_adult_l2_end_h cerebral_adult_l2_refill_1_h)))))
 (let (($x25500 (>= 1848.0 (- cerebral_adult_l2_refill_1_h cerebral_adult_l2_refill_0_h))))
 (let (($x25871 (not (or (not $x25500) $x25504))))
 (=> holds_ITB-PUMP-5 $x25871)))))
(assert
 (let (($x25511 (and (ite (= cerebral_adult_l2_bolus_1_via 0) false true) (not cerebral_adult_l2_bolus_1_emergency))))
 (let (($x25508 (and (ite (= cerebral_adult_l2_bolus_0_via 0) false true) (not cerebral_adult_l2_bolus_0_emergency))))
 (let (($x25872 (not (or $x25508 $x25511))))
 (=> holds_ITB-PUMP-6 $x25872)))))
(assert
 (let (($x25873 (not (or (not (ite (= cerebral_adult_l2_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x25873)))
(assert
 (let (($x25566 (and (< 0.0 cerebral_adult_l2_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l2_screening_3_concentration_ug_ml))))
 (let (($x25562 (and (< 0.0 cerebral_adult_l2_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_adult_l2_screening_2_concentration_ug_ml))))
 (let (($x25558 (and (< 0.0 cerebral_adult_l2_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l2_screening_1_concentration_ug_ml))))
 (let (($x25554 (and (< 0.0 cerebral_adult_l2_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l2_screening_0_concentration_ug_ml))))
 (let (($x25550 (and (< 0.0 cerebral_adult_l2_concentration_ug_ml) (>= 2000.0 cerebral_adult_l2_concentration_ug_ml))))
 (let (($x25551 (not $x25550)))
 (let (($x25546 (and (< 0.0 cerebral_adult_l2_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l2_refill_1_concentration_ug_ml))))
 (let (($x25542 (and (< 0.0 cerebral_adult_l2_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l2_refill_0_concentration_ug_ml))))
 (let (($x25536 (= 2000.0 cerebral_adult_l2_refill_1_concentration_ug_ml)))
 (let (($x25535 (= 500.0 cerebral_adult_l2_refill_1_concentration_ug_ml)))
 (let (($x25534 (= 50.0 cerebral_adult_l2_refill_1_concentration_ug_ml)))
 (let (($x21862 (= cerebral_adult_l2_refill_1_diluent 0)))
 (let (($x25523 (ite $x21862 true (ite (= cerebral_adult_l2_refill_1_diluent 1) false false))))
 (let (($x25530 (= 2000.0 cerebral_adult_l2_refill_0_concentration_ug_ml)))
 (let (($x25529 (= 500.0 cerebral_adult_l2_refill_0_concentration_ug_ml)))
 (let (($x25528 (= 50.0 cerebral_adult_l2_refill_0_concentration_ug_ml)))
 (let (($x21845 (= cerebral_adult_l2_refill_0_diluent 0)))
 (let (($x25517 (ite $x21845 true (ite (= cerebral_adult_l2_refill_0_diluent 1) false false))))
 (let (($x25525 (ite $x21862 false (ite (= cerebral_adult_l2_refill_1_diluent 1) true false))))
 (let (($x25519 (ite $x21845 false (ite (= cerebral_adult_l2_refill_0_diluent 1) true false))))
 (let (($x25568 (or (not (or $x25517 $x25519)) (not (or $x25523 $x25525)) (and $x25517 (not (or $x25528 $x25529 $x25530))) (and $x25523 (not (or $x25534 $x25535 $x25536))) (not $x25542) (not $x25546) $x25551 $x25551 $x25551 $x25551 (not $x25554) (not $x25558) (not $x25562) (not $x25566))))
 (let (($x25874 (not $x25568)))
 (=> holds_ITB-CONC-1 $x25874))))))))))))))))))))))))
(assert
 (let (($x25577 (or (not (= 50.0 cerebral_adult_l2_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l2_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l2_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l2_screening_3_concentration_ug_ml)))))
 (let (($x25875 (not $x25577)))
 (=> holds_ITB-SCR-1 $x25875))))
(assert
 (let (($x25876 (not (or (not (>= 50.0 cerebral_adult_l2_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x25876)))
(assert
 (let (($x25589 (or (not (<= 1.0 cerebral_adult_l2_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l2_screening_1_duration_min)) (not (<= 1.0 cerebral_adult_l2_screening_2_duration_min)) (not (<= 1.0 cerebral_adult_l2_screening_3_duration_min)))))
 (let (($x25877 (not $x25589)))
 (=> holds_ITB-SCR-3 $x25877))))
(assert
 (let (($x25617 (<= 24.0 (- cerebral_adult_l2_screening_3_h cerebral_adult_l2_screening_2_h))))
 (let (($x21764 (= cerebral_adult_l2_screening_2_response 0)))
 (let (($x25594 (ite $x21764 true false)))
 (let (($x25613 (<= 24.0 (- cerebral_adult_l2_screening_2_h cerebral_adult_l2_screening_1_h))))
 (let (($x21744 (= cerebral_adult_l2_screening_1_response 0)))
 (let (($x25592 (ite $x21744 true false)))
 (let (($x25609 (<= 24.0 (- cerebral_adult_l2_screening_1_h cerebral_adult_l2_screening_0_h))))
 (let (($x21724 (= cerebral_adult_l2_screening_0_response 0)))
 (let (($x25590 (ite $x21724 true false)))
 (let (($x25605 (<= cerebral_adult_l2_screening_3_dose_ug (+ cerebral_adult_l2_screening_2_dose_ug 25.0))))
 (let (($x25601 (<= cerebral_adult_l2_screening_2_dose_ug (+ cerebral_adult_l2_screening_1_dose_ug 25.0))))
 (let (($x25597 (<= cerebral_adult_l2_screening_1_dose_ug (+ cerebral_adult_l2_screening_0_dose_ug 25.0))))
 (let (($x25620 (or (not $x25590) (not $x25592) (not $x25594) (and $x25590 (not $x25597)) (and $x25592 (not $x25601)) (and $x25594 (not $x25605)) (and $x25590 (not $x25609)) (and $x25592 (not $x25613)) (and $x25594 (not $x25617)))))
 (let (($x25878 (not $x25620)))
 (=> holds_ITB-SCR-4 $x25878))))))))))))))))
(assert
 (let (($x25629 (or (not (>= 100.0 cerebral_adult_l2_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l2_screening_1_dose_ug)) (not (>= 100.0 cerebral_adult_l2_screening_2_dose_ug)) (not (>= 100.0 cerebral_adult_l2_screening_3_dose_ug)))))
 (let (($x25879 (not $x25629)))
 (=> holds_ITB-SCR-5 $x25879))))
(assert
 (let (($x21784 (= cerebral_adult_l2_screening_3_response 0)))
 (let (($x25639 (ite $x21784 false true)))
 (let (($x25641 (and $x25639 (<= cerebral_adult_l2_screening_3_h cerebral_adult_l2_step_0_h))))
 (let (($x21764 (= cerebral_adult_l2_screening_2_response 0)))
 (let (($x25636 (ite $x21764 false true)))
 (let (($x25638 (and $x25636 (<= cerebral_adult_l2_screening_2_h cerebral_adult_l2_step_0_h))))
 (let (($x21744 (= cerebral_adult_l2_screening_1_response 0)))
 (let (($x25633 (ite $x21744 false true)))
 (let (($x25635 (and $x25633 (<= cerebral_adult_l2_screening_1_h cerebral_adult_l2_step_0_h))))
 (let (($x21724 (= cerebral_adult_l2_screening_0_response 0)))
 (let (($x25630 (ite $x21724 false true)))
 (let (($x25632 (and $x25630 (<= cerebral_adult_l2_screening_0_h cerebral_adult_l2_step_0_h))))
 (let (($x25880 (not (or (not (or $x25632 $x25635 $x25638 $x25641))))))
 (=> holds_ITB-SCR-6 $x25880)))))))))))))))
(assert
 (let ((?x25664 (* 2.0 cerebral_adult_l2_screening_3_dose_ug)))
 (let ((?x25665 (ite (>= 12.0 cerebral_adult_l2_screening_3_effect_h) ?x25664 cerebral_adult_l2_screening_3_dose_ug)))
 (let (($x21784 (= cerebral_adult_l2_screening_3_response 0)))
 (let (($x25639 (ite $x21784 false true)))
 (let ((?x25658 (* 2.0 cerebral_adult_l2_screening_2_dose_ug)))
 (let ((?x25659 (ite (>= 12.0 cerebral_adult_l2_screening_2_effect_h) ?x25658 cerebral_adult_l2_screening_2_dose_ug)))
 (let (($x21764 (= cerebral_adult_l2_screening_2_response 0)))
 (let (($x25636 (ite $x21764 false true)))
 (let ((?x25652 (* 2.0 cerebral_adult_l2_screening_1_dose_ug)))
 (let ((?x25653 (ite (>= 12.0 cerebral_adult_l2_screening_1_effect_h) ?x25652 cerebral_adult_l2_screening_1_dose_ug)))
 (let (($x21744 (= cerebral_adult_l2_screening_1_response 0)))
 (let (($x25633 (ite $x21744 false true)))
 (let ((?x25646 (* 2.0 cerebral_adult_l2_screening_0_dose_ug)))
 (let ((?x25647 (ite (>= 12.0 cerebral_adult_l2_screening_0_effect_h) ?x25646 cerebral_adult_l2_screening_0_dose_ug)))
 (let (($x21724 (= cerebral_adult_l2_screening_0_response 0)))
 (let (($x25630 (ite $x21724 false true)))
 (let (($x25669 (or (and $x25630 (not (<= cerebral_adult_l2_step_0_daily_dose_ug ?x25647))) (and $x25633 (not (<= cerebral_adult_l2_step_0_daily_dose_ug ?x25653))) (and $x25636 (not (<= cerebral_adult_l2_step_0_daily_dose_ug ?x25659))) (and $x25639 (not (<= cerebral_adult_l2_step_0_daily_dose_ug ?x25665))))))
 (let (($x25881 (not $x25669)))
 (=> holds_ITB-INIT-1 $x25881))))))))))))))))))))
(assert
 (let (($x25682 (not (<= 24.0 (- cerebral_adult_l2_step_3_h cerebral_adult_l2_step_0_h)))))
 (let (($x25679 (> cerebral_adult_l2_step_3_daily_dose_ug cerebral_adult_l2_step_2_daily_dose_ug)))
 (let (($x25677 (not (<= 24.0 (- cerebral_adult_l2_step_2_h cerebral_adult_l2_step_0_h)))))
 (let (($x25674 (> cerebral_adult_l2_step_2_daily_dose_ug cerebral_adult_l2_step_1_daily_dose_ug)))
 (let (($x25672 (not (<= 24.0 (- cerebral_adult_l2_step_1_h cerebral_adult_l2_step_0_h)))))
 (let (($x25670 (> cerebral_adult_l2_step_1_daily_dose_ug cerebral_adult_l2_step_0_daily_dose_ug)))
 (let (($x25882 (not (or (and $x25670 $x25672) (and $x25674 $x25677) (and $x25679 $x25682)))))
 (=> holds_ITB-INIT-2 $x25882)))))))))
(assert
 (let ((?x25694 (* (/ 23.0 20.0) cerebral_adult_l2_step_2_daily_dose_ug)))
 (let (($x25679 (> cerebral_adult_l2_step_3_daily_dose_ug cerebral_adult_l2_step_2_daily_dose_ug)))
 (let ((?x25690 (* (/ 23.0 20.0) cerebral_adult_l2_step_1_daily_dose_ug)))
 (let (($x25674 (> cerebral_adult_l2_step_2_daily_dose_ug cerebral_adult_l2_step_1_daily_dose_ug)))
 (let ((?x25686 (* (/ 23.0 20.0) cerebral_adult_l2_step_0_daily_dose_ug)))
 (let (($x25670 (> cerebral_adult_l2_step_1_daily_dose_ug cerebral_adult_l2_step_0_daily_dose_ug)))
 (let (($x25698 (or (and $x25670 (not (<= cerebral_adult_l2_step_1_daily_dose_ug ?x25686))) (and $x25674 (not (<= cerebral_adult_l2_step_2_daily_dose_ug ?x25690))) (and $x25679 (not (<= cerebral_adult_l2_step_3_daily_dose_ug ?x25694))))))
 (let (($x25883 (not $x25698)))
 (=> holds_ITB-TITR-1 $x25883))))))))))
(assert
 (let ((?x25701 (ite cerebral_adult_l2_programmable 24.0 48.0)))
 (let (($x25749 (not (>= (- cerebral_adult_l2_step_3_h cerebral_adult_l2_step_3_h) ?x25701))))
 (let (($x25679 (> cerebral_adult_l2_step_3_daily_dose_ug cerebral_adult_l2_step_2_daily_dose_ug)))
 (let (($x25750 (and $x25679 (and (< cerebral_adult_l2_step_3_h cerebral_adult_l2_step_3_h) $x25679) $x25749)))
 (let (($x25743 (not (>= (- cerebral_adult_l2_step_3_h cerebral_adult_l2_step_2_h) ?x25701))))
 (let (($x25674 (> cerebral_adult_l2_step_2_daily_dose_ug cerebral_adult_l2_step_1_daily_dose_ug)))
 (let (($x25744 (and $x25679 (and (< cerebral_adult_l2_step_2_h cerebral_adult_l2_step_3_h) $x25674) $x25743)))
 (let (($x25738 (not (>= (- cerebral_adult_l2_step_3_h cerebral_adult_l2_step_1_h) ?x25701))))
 (let (($x25670 (> cerebral_adult_l2_step_1_daily_dose_ug cerebral_adult_l2_step_0_daily_dose_ug)))
 (let (($x25739 (and $x25679 (and (< cerebral_adult_l2_step_1_h cerebral_adult_l2_step_3_h) $x25670) $x25738)))
 (let (($x25732 (not (>= (- cerebral_adult_l2_step_2_h cerebral_adult_l2_step_3_h) ?x25701))))
 (let (($x25733 (and $x25674 (and (< cerebral_adult_l2_step_3_h cerebral_adult_l2_step_2_h) $x25679) $x25732)))
 (let (($x25726 (not (>= (- cerebral_adult_l2_step_2_h cerebral_adult_l2_step_2_h) ?x25701))))
 (let (($x25727 (and $x25674 (and (< cerebral_adult_l2_step_2_h cerebral_adult_l2_step_2_h) $x25674) $x25726)))
 (let (($x25720 (not (>= (- cerebral_adult_l2_step_2_h cerebral_adult_l2_step_1_h) ?x25701))))
 (let (($x25721 (and $x25674 (and (< cerebral_adult_l2_step_1_h cerebral_adult_l2_step_2_h) $x25670) $x25720)))
 (let (($x25715 (not (>= (- cerebral_adult_l2_step_1_h cerebral_adult_l2_step_3_h) ?x25701))))
 (let (($x25716 (and $x25670 (and (< cerebral_adult_l2_step_3_h cerebral_adult_l2_step_1_h) $x25679) $x25715)))
 (let (($x25709 (not (>= (- cerebral_adult_l2_step_1_h cerebral_adult_l2_step_2_h) ?x25701))))
 (let (($x25710 (and $x25670 (and (< cerebral_adult_l2_step_2_h cerebral_adult_l2_step_1_h) $x25674) $x25709)))
 (let (($x25703 (not (>= (- cerebral_adult_l2_step_1_h cerebral_adult_l2_step_1_h) ?x25701))))
 (let (($x25704 (and $x25670 (and (< cerebral_adult_l2_step_1_h cerebral_adult_l2_step_1_h) $x25670) $x25703)))
 (let (($x25884 (not (or $x25704 $x25710 $x25716 $x25721 $x25727 $x25733 $x25739 $x25744 $x25750))))
 (=> holds_ITB-TITR-2 $x25884)))))))))))))))))))))))))
(assert
 (let ((?x25858 (ite (<= cerebral_adult_l2_step_1_h w_0) cerebral_adult_l2_step_1_daily_dose_ug cerebral_adult_l2_step_0_daily_dose_ug)))
(let ((?x25859 (ite (<= cerebral_adult_l2_step_2_h w_0) cerebral_adult_l2_step_2_daily_dose_ug ?x25858)))
(let ((?x25860 (ite (<= cerebral_adult_l2_step_3_h w_0) cerebral_adult_l2_step_3_daily_dose_ug ?x25859)))
(let (($x25851 (and (<= (- w_0 24.0) cerebral_adult_l2_bolus_1_h) (< cerebral_adult_l2_bolus_1_h w_0))))
(let (($x25846 (and (<= (- w_0 24.0) cerebral_adult_l2_bolus_0_h) (< cerebral_adult_l2_bolus_0_h w_0))))
(let ((?x25853 (+ (+ 0.0 (ite $x25846 cerebral_adult_l2_bolus_0_dose_ug 0.0)) (ite $x25851 cerebral_adult_l2_bolus_1_dose_ug 0.0))))
(let ((?x25376 (- cerebral_adult_l2_end_h cerebral_adult_l2_step_3_h)))
(let ((?x21917 (/ cerebral_adult_l2_step_3_daily_dose_ug 24.0)))
(let ((?x24839 (- cerebral_adult_l2_step_3_h cerebral_adult_l2_step_2_h)))
(let ((?x21915 (/ cerebral_adult_l2_step_2_daily_dose_ug 24.0)))
(let ((?x24788 (- cerebral_adult_l2_step_2_h cerebral_adult_l2_step_1_h)))
(let ((?x21913 (/ cerebral_adult_l2_step_1_daily_dose_ug 24.0)))
(let ((?x24858 (- cerebral_adult_l2_step_1_h cerebral_adult_l2_step_0_h)))
(let ((?x21911 (/ cerebral_adult_l2_step_0_daily_dose_ug 24.0)))
(let ((?x25757 (+ 0.0 (* ?x21911 ?x24858))))
(let ((?x25760 (+ ?x25757 (* ?x21913 ?x24788))))
(let ((?x25762 (+ ?x25760 (* ?x21915 ?x24839))))
(let ((?x25764 (+ ?x25762 (* ?x21917 ?x25376))))
(let ((?x25825 (ite (<= (- w_0 24.0) cerebral_adult_l2_end_h) (+ ?x25762 (* ?x21917 (- (- w_0 24.0) cerebral_adult_l2_step_3_h))) ?x25764)))
(let ((?x25830 (ite (<= (- w_0 24.0) cerebral_adult_l2_step_3_h) (+ ?x25760 (* ?x21915 (- (- w_0 24.0) cerebral_adult_l2_step_2_h))) ?x25825)))
(let ((?x25835 (ite (<= (- w_0 24.0) cerebral_adult_l2_step_2_h) (+ ?x25757 (* ?x21913 (- (- w_0 24.0) cerebral_adult_l2_step_1_h))) ?x25830)))
(let ((?x25840 (ite (<= (- w_0 24.0) cerebral_adult_l2_step_1_h) (+ 0.0 (* ?x21911 (- (- w_0 24.0) cerebral_adult_l2_step_0_h))) ?x25835)))
(let ((?x25790 (ite (<= w_0 cerebral_adult_l2_end_h) (+ ?x25762 (* ?x21917 (- w_0 cerebral_adult_l2_step_3_h))) ?x25764)))
(let ((?x25795 (ite (<= w_0 cerebral_adult_l2_step_3_h) (+ ?x25760 (* ?x21915 (- w_0 cerebral_adult_l2_step_2_h))) ?x25790)))
(let ((?x25800 (ite (<= w_0 cerebral_adult_l2_step_2_h) (+ ?x25757 (* ?x21913 (- w_0 cerebral_adult_l2_step_1_h))) ?x25795)))
(let ((?x25805 (ite (<= w_0 cerebral_adult_l2_step_1_h) (+ 0.0 (* ?x21911 (- w_0 cerebral_adult_l2_step_0_h))) ?x25800)))
(let ((?x25807 (ite (<= w_0 cerebral_adult_l2_step_0_h) 0.0 ?x25805)))
(let ((?x25843 (- ?x25807 (ite (<= (- w_0 24.0) cerebral_adult_l2_step_0_h) 0.0 ?x25840))))
(let ((?x25862 (ite (>= (- w_0 24.0) cerebral_adult_l2_step_0_h) (+ ?x25843 ?x25853) (* 1.0 ?x25860))))
(let (($x25816 (and (<= w_0 cerebral_adult_l2_bolus_1_h) (< cerebral_adult_l2_bolus_1_h (+ w_0 24.0)))))
(let (($x25811 (and (<= w_0 cerebral_adult_l2_bolus_0_h) (< cerebral_adult_l2_bolus_0_h (+ w_0 24.0)))))
(let ((?x25818 (+ (+ 0.0 (ite $x25811 cerebral_adult_l2_bolus_0_dose_ug 0.0)) (ite $x25816 cerebral_adult_l2_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x25755 (<= ?x1800 cerebral_adult_l2_end_h)))
(let ((?x25773 (ite (<= ?x1800 cerebral_adult_l2_step_3_h) (+ ?x25760 (* ?x21915 (- ?x1800 cerebral_adult_l2_step_2_h))) (ite $x25755 (+ ?x25762 (* ?x21917 (- ?x1800 cerebral_adult_l2_step_3_h))) ?x25764))))
(let ((?x25778 (ite (<= ?x1800 cerebral_adult_l2_step_2_h) (+ ?x25757 (* ?x21913 (- ?x1800 cerebral_adult_l2_step_1_h))) ?x25773)))
(let ((?x25783 (ite (<= ?x1800 cerebral_adult_l2_step_1_h) (+ 0.0 (* ?x21911 (- ?x1800 cerebral_adult_l2_step_0_h))) ?x25778)))
(let ((?x25819 (+ (- (ite (<= ?x1800 cerebral_adult_l2_step_0_h) 0.0 ?x25783) ?x25807) ?x25818)))
(let (($x25866 (and (<= cerebral_adult_l2_step_0_h w_0) $x25755 (not (<= ?x25819 (* (/ 23.0 20.0) ?x25862))))))
(let (($x25885 (not (or $x25866))))
(=> holds_ITB-TITR-3 $x25885))))))))))))))))))))))))))))))))))))))))))
(check-sat)
