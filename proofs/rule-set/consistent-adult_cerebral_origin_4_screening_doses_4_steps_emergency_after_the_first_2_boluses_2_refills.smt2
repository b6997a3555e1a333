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
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x27123 (not (or (not (<= 4.0 cerebral_adult_l3_age_years))))))
 (=> holds_ITB-PAT-1 $x27123)))
(assert
 (let (($x27117 (not (or (not (<= 12.0 cerebral_adult_l3_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x27117)))
(assert
 (let (($x27231 (not (or cerebral_adult_l3_infection))))
 (=> holds_ITB-PAT-4 $x27231)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x26548 (* cerebral_adult_l3_step_3_rate_ml_day cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x26240 (- ?x26548 cerebral_adult_l3_step_3_daily_dose_ug)))
 (let (($x26413 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l3_step_3_daily_dose_ug) ?x26240) (<= ?x26240 (* (/ 1.0 100.0) cerebral_adult_l3_step_3_daily_dose_ug)))))
 (let ((?x26155 (* cerebral_adult_l3_step_2_rate_ml_day cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x26205 (- ?x26155 cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x26082 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l3_step_2_daily_dose_ug) ?x26205) (<= ?x26205 (* (/ 1.0 100.0) cerebral_adult_l3_step_2_daily_dose_ug)))))
 (let ((?x26723 (* cerebral_adult_l3_step_1_rate_ml_day cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x25970 (- ?x26723 cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x25990 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l3_step_1_daily_dose_ug) ?x25970) (<= ?x25970 (* (/ 1.0 100.0) cerebral_adult_l3_step_1_daily_dose_ug)))))
 (let ((?x26666 (* cerebral_adult_l3_step_0_rate_ml_day cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x26268 (- ?x26666 cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x26586 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l3_step_0_daily_dose_ug) ?x26268) (<= ?x26268 (* (/ 1.0 100.0) cerebral_adult_l3_step_0_daily_dose_ug)))))
 (let (($x25996 (= cerebral_adult_l3_concentration_ug_ml cerebral_adult_l3_refill_1_concentration_ug_ml)))
 (let (($x26305 (not $x25996)))
 (let (($x25998 (= cerebral_adult_l3_concentration_ug_ml cerebral_adult_l3_refill_0_concentration_ug_ml)))
 (let (($x26304 (not $x25998)))
 (let (($x22138 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))
 (let (($x22137 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))
 (let (($x26306 (and (ite $x22137 true (ite $x22138 true false)) (not (ite $x22137 $x25996 (ite $x22138 $x25998 false))))))
 (let (($x22136 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))
 (let (($x22135 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))
 (let (($x26598 (and (ite $x22135 true (ite $x22136 true false)) (not (ite $x22135 $x25996 (ite $x22136 $x25998 false))))))
 (let (($x22134 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))
 (let (($x22133 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))
 (let (($x26208 (and (ite $x22133 true (ite $x22134 true false)) (not (ite $x22133 $x25996 (ite $x22134 $x25998 false))))))
 (let (($x22132 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))
 (let (($x22131 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))
 (let (($x26014 (and (ite $x22131 true (ite $x22132 true false)) (not (ite $x22131 $x25996 (ite $x22132 $x25998 false))))))
 (let (($x26224 (or $x26014 $x26208 $x26598 $x26306 $x26304 $x26305 (not $x26586) (not $x25990) (not $x26082) (not $x26413))))
 (let (($x27232 (not $x26224)))
 (=> holds_ITB-PUMP-3 $x27232))))))))))))))))))))))))))))))))
(assert
 (let ((?x26284 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h)))
 (let ((?x22145 (/ cerebral_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x22146 (/ ?x22145 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x26705 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h)))
 (let ((?x22143 (/ cerebral_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x22144 (/ ?x22143 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x26270 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h)))
 (let ((?x22141 (/ cerebral_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x22142 (/ ?x22141 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x26527 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x22139 (/ cerebral_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x22140 (/ ?x22139 cerebral_adult_l3_concentration_ug_ml)))
 (let ((?x25953 (+ 0.0 (* ?x22140 ?x26527))))
 (let ((?x26680 (+ ?x25953 (* ?x22142 ?x26270))))
 (let ((?x26283 (+ ?x26680 (* ?x22144 ?x26705))))
 (let ((?x26130 (+ ?x26283 (* ?x22146 ?x26284))))
 (let ((?x26652 (+ ?x26283 (* ?x22146 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_3_h)))))
 (let ((?x26264 (+ ?x26680 (* ?x22144 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_2_h)))))
 (let ((?x26805 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_3_h) ?x26264 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_end_h) ?x26652 ?x26130))))
 (let ((?x26808 (+ ?x25953 (* ?x22142 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_1_h)))))
 (let ((?x26810 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_2_h) ?x26808 ?x26805)))
 (let ((?x26813 (+ 0.0 (* ?x22140 (- cerebral_adult_l3_step_0_h cerebral_adult_l3_step_0_h)))))
 (let ((?x26815 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_1_h) ?x26813 ?x26810)))
 (let ((?x26817 (ite (<= cerebral_adult_l3_step_0_h cerebral_adult_l3_step_0_h) 0.0 ?x26815)))
 (let (($x26526 (<= t_0 cerebral_adult_l3_end_h)))
 (let ((?x26690 (ite $x26526 (+ ?x26283 (* ?x22146 (- t_0 cerebral_adult_l3_step_3_h))) ?x26130)))
 (let ((?x26168 (ite (<= t_0 cerebral_adult_l3_step_3_h) (+ ?x26680 (* ?x22144 (- t_0 cerebral_adult_l3_step_2_h))) ?x26690)))
 (let ((?x26786 (ite (<= t_0 cerebral_adult_l3_step_2_h) (+ ?x25953 (* ?x22142 (- t_0 cerebral_adult_l3_step_1_h))) ?x26168)))
 (let ((?x26339 (ite (<= t_0 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x22140 (- t_0 cerebral_adult_l3_step_0_h))) ?x26786)))
 (let ((?x25907 (ite (<= t_0 cerebral_adult_l3_step_0_h) 0.0 ?x26339)))
 (let ((?x26823 (+ ?x26283 (* ?x22146 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))))
 (let (($x22061 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_end_h)))
 (let ((?x26827 (+ ?x26680 (* ?x22144 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))))
 (let (($x22138 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_3_h)))
 (let ((?x26831 (+ ?x25953 (* ?x22142 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))))
 (let (($x22136 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_2_h)))
 (let ((?x26835 (+ 0.0 (* ?x22140 (- cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))))
 (let (($x22134 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_1_h)))
 (let (($x22132 (<= cerebral_adult_l3_refill_0_h cerebral_adult_l3_step_0_h)))
 (let ((?x26837 (ite $x22132 0.0 (ite $x22134 ?x26835 (ite $x22136 ?x26831 (ite $x22138 ?x26827 (ite $x22061 ?x26823 ?x26130)))))))
 (let ((?x26842 (ite (< cerebral_adult_l3_refill_0_h t_0) (- cerebral_adult_l3_refill_0_volume_ml (+ (- ?x25907 ?x26837) 0.0)) (- 0.0 (+ (- ?x25907 ?x26817) 0.0)))))
 (let ((?x26845 (+ ?x26283 (* ?x22146 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))))
 (let (($x22077 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_end_h)))
 (let ((?x26849 (+ ?x26680 (* ?x22144 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))))
 (let (($x22137 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_3_h)))
 (let ((?x26853 (+ ?x25953 (* ?x22142 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))))
 (let (($x22135 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_2_h)))
 (let ((?x26857 (+ 0.0 (* ?x22140 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))))
 (let (($x22133 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_1_h)))
 (let (($x22131 (<= cerebral_adult_l3_refill_1_h cerebral_adult_l3_step_0_h)))
 (let ((?x26859 (ite $x22131 0.0 (ite $x22133 ?x26857 (ite $x22135 ?x26853 (ite $x22137 ?x26849 (ite $x22077 ?x26845 ?x26130)))))))
 (let ((?x26864 (ite (< cerebral_adult_l3_refill_1_h t_0) (- cerebral_adult_l3_refill_1_volume_ml (+ (- ?x25907 ?x26859) 0.0)) ?x26842)))
 (let ((?x26573 (ite (<= 0.0 cerebral_adult_l3_step_0_h) cerebral_adult_l3_step_0_h 0.0)))
 (let (($x26868 (or (and (< ?x26573 t_0) $x26526 (not (> ?x26864 cerebral_adult_l3_alarm_ml))))))
 (let (($x27233 (not $x26868)))
 (=> holds_ITB-PUMP-4 $x27233)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x26874 (not (>= 1848.0 (- cerebral_adult_l3_end_h cerebral_adult_l3_refill_1_h)))))
 (let (($x26870 (>= 1848.0 (- cerebral_adult_l3_refill_1_h cerebral_adult_l3_refill_0_h))))
 (let (($x27234 (not (or (not $x26870) $x26874))))
 (=> holds_ITB-PUMP-5 $x27234)))))
(assert
 (let (($x26881 (and (ite (= cerebral_adult_l3_bolus_1_via 0) false true) (not cerebral_adult_l3_bolus_1_emergency))))
 (let (($x26878 (and (ite (= cerebral_adult_l3_bolus_0_via 0) false true) (not cerebral_adult_l3_bolus_0_emergency))))
 (let (($x27235 (not (or $x26878 $x26881))))
 (=> holds_ITB-PUMP-6 $x27235)))))
(assert
 (let (($x27236 (not (or (not (ite (= cerebral_adult_l3_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x27236)))
(assert
 (let (($x26936 (and (< 0.0 cerebral_adult_l3_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_3_concentration_ug_ml))))
 (let (($x26932 (and (< 0.0 cerebral_adult_l3_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_2_concentration_ug_ml))))
 (let (($x26928 (and (< 0.0 cerebral_adult_l3_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_1_concentration_ug_ml))))
 (let (($x26924 (and (< 0.0 cerebral_adult_l3_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_screening_0_concentration_ug_ml))))
 (let (($x26920 (and (< 0.0 cerebral_adult_l3_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_concentration_ug_ml))))
 (let (($x26921 (not $x26920)))
 (let (($x26916 (and (< 0.0 cerebral_adult_l3_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x26912 (and (< 0.0 cerebral_adult_l3_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x26906 (= 2000.0 cerebral_adult_l3_refill_1_concentration_ug_ml)))
 (let (($x26905 (= 500.0 cerebral_adult_l3_refill_1_concentration_ug_ml)))
 (let (($x26904 (= 50.0 cerebral_adult_l3_refill_1_concentration_ug_ml)))
 (let (($x22090 (= cerebral_adult_l3_refill_1_diluent 0)))
 (let (($x26893 (ite $x22090 true (ite (= cerebral_adult_l3_refill_1_diluent 1) false false))))
 (let (($x26900 (= 2000.0 cerebral_adult_l3_refill_0_concentration_ug_ml)))
 (let (($x26899 (= 500.0 cerebral_adult_l3_refill_0_concentration_ug_ml)))
 (let (($x26898 (= 50.0 cerebral_adult_l3_refill_0_concentration_ug_ml)))
 (let (($x22073 (= cerebral_adult_l3_refill_0_diluent 0)))
 (let (($x26887 (ite $x22073 true (ite (= cerebral_adult_l3_refill_0_diluent 1) false false))))
 (let (($x26895 (ite $x22090 false (ite (= cerebral_adult_l3_refill_1_diluent 1) true false))))
 (let (($x26889 (ite $x22073 false (ite (= cerebral_adult_l3_refill_0_diluent 1) true false))))
 (let (($x26938 (or (not (or $x26887 $x26889)) (not (or $x26893 $x26895)) (and $x26887 (not (or $x26898 $x26899 $x26900))) (and $x26893 (not (or $x26904 $x26905 $x26906))) (not $x26912) (not $x26916) $x26921 $x26921 $x26921 $x26921 (not $x26924) (not $x26928) (not $x26932) (not $x26936))))
 (let (($x27237 (not $x26938)))
 (=> holds_ITB-CONC-1 $x27237))))))))))))))))))))))))
(assert
 (let (($x26947 (or (not (= 50.0 cerebral_adult_l3_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l3_screening_3_concentration_ug_ml)))))
 (let (($x27238 (not $x26947)))
 (=> holds_ITB-SCR-1 $x27238))))
(assert
 (let (($x27239 (not (or (not (>= 50.0 cerebral_adult_l3_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x27239)))
(assert
 (let (($x26959 (or (not (<= 1.0 cerebral_adult_l3_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_1_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_2_duration_min)) (not (<= 1.0 cerebral_adult_l3_screening_3_duration_min)))))
 (let (($x27240 (not $x26959)))
 (=> holds_ITB-SCR-3 $x27240))))
(assert
 (let (($x26987 (<= 24.0 (- cerebral_adult_l3_screening_3_h cerebral_adult_l3_screening_2_h))))
 (let (($x21992 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x26964 (ite $x21992 true false)))
 (let (($x26983 (<= 24.0 (- cerebral_adult_l3_screening_2_h cerebral_adult_l3_screening_1_h))))
 (let (($x21972 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x26962 (ite $x21972 true false)))
 (let (($x26979 (<= 24.0 (- cerebral_adult_l3_screening_1_h cerebral_adult_l3_screening_0_h))))
 (let (($x21952 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x26960 (ite $x21952 true false)))
 (let (($x26975 (<= cerebral_adult_l3_screening_3_dose_ug (+ cerebral_adult_l3_screening_2_dose_ug 25.0))))
 (let (($x26971 (<= cerebral_adult_l3_screening_2_dose_ug (+ cerebral_adult_l3_screening_1_dose_ug 25.0))))
 (let (($x26967 (<= cerebral_adult_l3_screening_1_dose_ug (+ cerebral_adult_l3_screening_0_dose_ug 25.0))))
 (let (($x26990 (or (not $x26960) (not $x26962) (not $x26964) (and $x26960 (not $x26967)) (and $x26962 (not $x26971)) (and $x26964 (not $x26975)) (and $x26960 (not $x26979)) (and $x26962 (not $x26983)) (and $x26964 (not $x26987)))))
 (let (($x27241 (not $x26990)))
 (=> holds_ITB-SCR-4 $x27241))))))))))))))))
(assert
 (let (($x26999 (or (not (>= 100.0 cerebral_adult_l3_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_1_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_2_dose_ug)) (not (>= 100.0 cerebral_adult_l3_screening_3_dose_ug)))))
 (let (($x27242 (not $x26999)))
 (=> holds_ITB-SCR-5 $x27242))))
(assert
 (let (($x22012 (= cerebral_adult_l3_screening_3_response 0)))
 (let (($x27009 (ite $x22012 false true)))
 (let (($x27011 (and $x27009 (<= cerebral_adult_l3_screening_3_h cerebral_adult_l3_step_0_h))))
 (let (($x21992 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x27006 (ite $x21992 false true)))
 (let (($x27008 (and $x27006 (<= cerebral_adult_l3_screening_2_h cerebral_adult_l3_step_0_h))))
 (let (($x21972 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x27003 (ite $x21972 false true)))
 (let (($x27005 (and $x27003 (<= cerebral_adult_l3_screening_1_h cerebral_adult_l3_step_0_h))))
 (let (($x21952 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x27000 (ite $x21952 false true)))
 (let (($x27002 (and $x27000 (<= cerebral_adult_l3_screening_0_h cerebral_adult_l3_step_0_h))))
 (let (($x27243 (not (or (not (or $x27002 $x27005 $x27008 $x27011))))))
 (=> holds_ITB-SCR-6 $x27243)))))))))))))))
(assert
 (let ((?x27034 (* 2.0 cerebral_adult_l3_screening_3_dose_ug)))
 (let ((?x27035 (ite (>= 12.0 cerebral_adult_l3_screening_3_effect_h) ?x27034 cerebral_adult_l3_screening_3_dose_ug)))
 (let (($x22012 (= cerebral_adult_l3_screening_3_response 0)))
 (let (($x27009 (ite $x22012 false true)))
 (let ((?x27028 (* 2.0 cerebral_adult_l3_screening_2_dose_ug)))
 (let ((?x27029 (ite (>= 12.0 cerebral_adult_l3_screening_2_effect_h) ?x27028 cerebral_adult_l3_screening_2_dose_ug)))
 (let (($x21992 (= cerebral_adult_l3_screening_2_response 0)))
 (let (($x27006 (ite $x21992 false true)))
 (let ((?x27022 (* 2.0 cerebral_adult_l3_screening_1_dose_ug)))
 (let ((?x27023 (ite (>= 12.0 cerebral_adult_l3_screening_1_effect_h) ?x27022 cerebral_adult_l3_screening_1_dose_ug)))
 (let (($x21972 (= cerebral_adult_l3_screening_1_response 0)))
 (let (($x27003 (ite $x21972 false true)))
 (let ((?x27016 (* 2.0 cerebral_adult_l3_screening_0_dose_ug)))
 (let ((?x27017 (ite (>= 12.0 cerebral_adult_l3_screening_0_effect_h) ?x27016 cerebral_adult_l3_screening_0_dose_ug)))
 (let (($x21952 (= cerebral_adult_l3_screening_0_response 0)))
 (let (($x27000 (ite $x21952 false true)))
 (let (($x27039 (or (and $x27000 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x27017))) (and $x27003 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x27023))) (and $x27006 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x27029))) (and $x27009 (not (<= cerebral_adult_l3_step_0_daily_dose_ug ?x27035))))))
 (let (($x27244 (not $x27039)))
 (=> holds_ITB-INIT-1 $x27244))))))))))))))))))))
(assert
 (let (($x27052 (not (<= 24.0 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_0_h)))))
 (let (($x27049 (> cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x27047 (not (<= 24.0 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_0_h)))))
 (let (($x27044 (> cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x27042 (not (<= 24.0 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))))
 (let (($x27040 (> cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x27245 (not (or (and $x27040 $x27042) (and $x27044 $x27047) (and $x27049 $x27052)))))
 (=> holds_ITB-INIT-2 $x27245)))))))))
(assert
 (let (($x27059 (<= cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x27057 (<= cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x27055 (<= cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x27246 (not (or (not $x27055) (not $x27057) (not $x27059)))))
 (=> holds_ITB-TITR-1 $x27246))))))
(assert
 (let ((?x27065 (ite cerebral_adult_l3_programmable 24.0 48.0)))
 (let (($x27113 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_3_h) ?x27065))))
 (let (($x27049 (> cerebral_adult_l3_step_3_daily_dose_ug cerebral_adult_l3_step_2_daily_dose_ug)))
 (let (($x27114 (and $x27049 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_3_h) $x27049) $x27113)))
 (let (($x27107 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h) ?x27065))))
 (let (($x27044 (> cerebral_adult_l3_step_2_daily_dose_ug cerebral_adult_l3_step_1_daily_dose_ug)))
 (let (($x27108 (and $x27049 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_3_h) $x27044) $x27107)))
 (let (($x27102 (not (>= (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_1_h) ?x27065))))
 (let (($x27040 (> cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
 (let (($x27103 (and $x27049 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_3_h) $x27040) $x27102)))
 (let (($x27096 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_3_h) ?x27065))))
 (let (($x27097 (and $x27044 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h) $x27049) $x27096)))
 (let (($x27090 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_2_h) ?x27065))))
 (let (($x27091 (and $x27044 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_2_h) $x27044) $x27090)))
 (let (($x27084 (not (>= (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h) ?x27065))))
 (let (($x27085 (and $x27044 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_2_h) $x27040) $x27084)))
 (let (($x27079 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_3_h) ?x27065))))
 (let (($x27080 (and $x27040 (and (< cerebral_adult_l3_step_3_h cerebral_adult_l3_step_1_h) $x27049) $x27079)))
 (let (($x27073 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_2_h) ?x27065))))
 (let (($x27074 (and $x27040 (and (< cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h) $x27044) $x27073)))
 (let (($x27067 (not (>= (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_1_h) ?x27065))))
 (let (($x27068 (and $x27040 (and (< cerebral_adult_l3_step_1_h cerebral_adult_l3_step_1_h) $x27040) $x27067)))
 (let (($x27247 (not (or $x27068 $x27074 $x27080 $x27085 $x27091 $x27097 $x27103 $x27108 $x27114))))
 (=> holds_ITB-TITR-2 $x27247)))))))))))))))))))))))))
(assert
 (let ((?x27222 (ite (<= cerebral_adult_l3_step_1_h w_0) cerebral_adult_l3_step_1_daily_dose_ug cerebral_adult_l3_step_0_daily_dose_ug)))
(let ((?x27223 (ite (<= cerebral_adult_l3_step_2_h w_0) cerebral_adult_l3_step_2_daily_dose_ug ?x27222)))
(let ((?x27224 (ite (<= cerebral_adult_l3_step_3_h w_0) cerebral_adult_l3_step_3_daily_dose_ug ?x27223)))
(let (($x27215 (and (<= (- w_0 24.0) cerebral_adult_l3_bolus_1_h) (< cerebral_adult_l3_bolus_1_h w_0))))
(let (($x27210 (and (<= (- w_0 24.0) cerebral_adult_l3_bolus_0_h) (< cerebral_adult_l3_bolus_0_h w_0))))
(let ((?x27217 (+ (+ 0.0 (ite $x27210 cerebral_adult_l3_bolus_0_dose_ug 0.0)) (ite $x27215 cerebral_adult_l3_bolus_1_dose_ug 0.0))))
(let ((?x26284 (- cerebral_adult_l3_end_h cerebral_adult_l3_step_3_h)))
(let ((?x22145 (/ cerebral_adult_l3_step_3_daily_dose_ug 24.0)))
(let ((?x26705 (- cerebral_adult_l3_step_3_h cerebral_adult_l3_step_2_h)))
(let ((?x22143 (/ cerebral_adult_l3_step_2_daily_dose_ug 24.0)))
(let ((?x26270 (- cerebral_adult_l3_step_2_h cerebral_adult_l3_step_1_h)))
(let ((?x22141 (/ cerebral_adult_l3_step_1_daily_dose_ug 24.0)))
(let ((?x26527 (- cerebral_adult_l3_step_1_h cerebral_adult_l3_step_0_h)))
(let ((?x22139 (/ cerebral_adult_l3_step_0_daily_dose_ug 24.0)))
(let ((?x27121 (+ 0.0 (* ?x22139 ?x26527))))
(let ((?x27124 (+ ?x27121 (* ?x22141 ?x26270))))
(let ((?x27126 (+ ?x27124 (* ?x22143 ?x26705))))
(let ((?x27128 (+ ?x27126 (* ?x22145 ?x26284))))
(let ((?x27189 (ite (<= (- w_0 24.0) cerebral_adult_l3_end_h) (+ ?x27126 (* ?x22145 (- (- w_0 24.0) cerebral_adult_l3_step_3_h))) ?x27128)))
(let ((?x27194 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_3_h) (+ ?x27124 (* ?x22143 (- (- w_0 24.0) cerebral_adult_l3_step_2_h))) ?x27189)))
(let ((?x27199 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_2_h) (+ ?x27121 (* ?x22141 (- (- w_0 24.0) cerebral_adult_l3_step_1_h))) ?x27194)))
(let ((?x27204 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x22139 (- (- w_0 24.0) cerebral_adult_l3_step_0_h))) ?x27199)))
(let ((?x27154 (ite (<= w_0 cerebral_adult_l3_end_h) (+ ?x27126 (* ?x22145 (- w_0 cerebral_adult_l3_step_3_h))) ?x27128)))
(let ((?x27159 (ite (<= w_0 cerebral_adult_l3_step_3_h) (+ ?x27124 (* ?x22143 (- w_0 cerebral_adult_l3_step_2_h))) ?x27154)))
(let ((?x27164 (ite (<= w_0 cerebral_adult_l3_step_2_h) (+ ?x27121 (* ?x22141 (- w_0 cerebral_adult_l3_step_1_h))) ?x27159)))
(let ((?x27169 (ite (<= w_0 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x22139 (- w_0 cerebral_adult_l3_step_0_h))) ?x27164)))
(let ((?x27171 (ite (<= w_0 cerebral_adult_l3_step_0_h) 0.0 ?x27169)))
(let ((?x27207 (- ?x27171 (ite (<= (- w_0 24.0) cerebral_adult_l3_step_0_h) 0.0 ?x27204))))
(let ((?x27226 (ite (>= (- w_0 24.0) cerebral_adult_l3_step_0_h) (+ ?x27207 ?x27217) (* 1.0 ?x27224))))
(let (($x27180 (and (<= w_0 cerebral_adult_l3_bolus_1_h) (< cerebral_adult_l3_bolus_1_h (+ w_0 24.0)))))
(let (($x27175 (and (<= w_0 cerebral_adult_l3_bolus_0_h) (< cerebral_adult_l3_bolus_0_h (+ w_0 24.0)))))
(let ((?x27182 (+ (+ 0.0 (ite $x27175 cerebral_adult_l3_bolus_0_dose_ug 0.0)) (ite $x27180 cerebral_adult_l3_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x27119 (<= ?x1800 cerebral_adult_l3_end_h)))
(let ((?x27137 (ite (<= ?x1800 cerebral_adult_l3_step_3_h) (+ ?x27124 (* ?x22143 (- ?x1800 cerebral_adult_l3_step_2_h))) (ite $x27119 (+ ?x27126 (* ?x22145 (- ?x1800 cerebral_adult_l3_step_3_h))) ?x27128))))
(let ((?x27142 (ite (<= ?x1800 cerebral_adult_l3_step_2_h) (+ ?x27121 (* ?x22141 (- ?x1800 cerebral_adult_l3_step_1_h))) ?x27137)))
(let ((?x27147 (ite (<= ?x1800 cerebral_adult_l3_step_1_h) (+ 0.0 (* ?x22139 (- ?x1800 cerebral_adult_l3_step_0_h))) ?x27142)))
(let ((?x27183 (+ (- (ite (<= ?x1800 cerebral_adult_l3_step_0_h) 0.0 ?x27147) ?x27171) ?x27182)))
(let (($x27230 (and (<= cerebral_adult_l3_step_0_h w_0) $x27119 (not (<= ?x27183 (* (/ 23.0 20.0) ?x27226))))))
(let (($x27248 (not (or $x27230))))
(=> holds_ITB-TITR-3 $x27248))))))))))))))))))))))))))))))))))))))))))
(check-sat)
