; itbverify 0.1.0: rule-set consistency, child, cerebral origin; 4 screening doses, 4 steps (maintenance after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_child_l1_age_years () Real)
(declare-fun cerebral_child_l1_months_since_injury () Real)
(declare-fun cerebral_child_l1_reservoir_ml () Real)
(declare-fun cerebral_child_l1_alarm_ml () Real)
(declare-fun cerebral_child_l1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l1_screening_0_h () Real)
(declare-fun cerebral_child_l1_screening_0_dose_ug () Real)
(declare-fun cerebral_child_l1_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l1_screening_0_duration_min () Real)
(declare-fun cerebral_child_l1_screening_0_response () Int)
(declare-fun cerebral_child_l1_screening_0_effect_h () Real)
(declare-fun cerebral_child_l1_screening_1_h () Real)
(declare-fun cerebral_child_l1_screening_1_dose_ug () Real)
(declare-fun cerebral_child_l1_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l1_screening_1_duration_min () Real)
(declare-fun cerebral_child_l1_screening_1_response () Int)
(declare-fun cerebral_child_l1_screening_1_effect_h () Real)
(declare-fun cerebral_child_l1_screening_2_h () Real)
(declare-fun cerebral_child_l1_screening_2_dose_ug () Real)
(declare-fun cerebral_child_l1_screening_2_concentration_ug_ml () Real)
(declare-fun cerebral_child_l1_screening_2_duration_min () Real)
(declare-fun cerebral_child_l1_screening_2_response () Int)
(declare-fun cerebral_child_l1_screening_2_effect_h () Real)
(declare-fun cerebral_child_l1_screening_3_h () Real)
(declare-fun cerebral_child_l1_screening_3_dose_ug () Real)
(declare-fun cerebral_child_l1_screening_3_concentration_ug_ml () Real)
(declare-fun cerebral_child_l1_screening_3_duration_min () Real)
(declare-fun cerebral_child_l1_screening_3_response () Int)
(declare-fun cerebral_child_l1_screening_3_effect_h () Real)
(declare-fun cerebral_child_l1_step_0_h () Real)
(declare-fun cerebral_child_l1_step_0_daily_dose_ug () Real)
(declare-fun cerebral_child_l1_step_0_rate_ml_day () Real)
(declare-fun cerebral_child_l1_step_1_h () Real)
(declare-fun cerebral_child_l1_step_1_daily_dose_ug () Real)
(declare-fun cerebral_child_l1_step_1_rate_ml_day () Real)
(declare-fun cerebral_child_l1_step_2_h () Real)
(declare-fun cerebral_child_l1_step_2_daily_dose_ug () Real)
(declare-fun cerebral_child_l1_step_2_rate_ml_day () Real)
(declare-fun cerebral_child_l1_step_3_h () Real)
(declare-fun cerebral_child_l1_step_3_daily_dose_ug () Real)
(declare-fun cerebral_child_l1_step_3_rate_ml_day () Real)
(declare-fun cerebral_child_l1_end_h () Real)
(declare-fun cerebral_child_l1_refill_0_h () Real)
(declare-fun cerebral_child_l1_refill_0_volume_ml () Real)
(declare-fun cerebral_child_l1_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l1_refill_0_diluent () Int)
(declare-fun cerebral_child_l1_refill_1_h () Real)
(declare-fun cerebral_child_l1_refill_1_volume_ml () Real)
(declare-fun cerebral_child_l1_refill_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l1_refill_1_diluent () Int)
(declare-fun cerebral_child_l1_bolus_0_h () Real)
(declare-fun cerebral_child_l1_bolus_0_dose_ug () Real)
(declare-fun cerebral_child_l1_bolus_0_via () Int)
(declare-fun cerebral_child_l1_bolus_1_h () Real)
(declare-fun cerebral_child_l1_bolus_1_dose_ug () Real)
(declare-fun cerebral_child_l1_bolus_1_via () Int)
(declare-fun cerebral_child_l1_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_child_l1_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_child_l1_bolus_1_emergency () Bool)
(declare-fun cerebral_child_l1_bolus_0_emergency () Bool)
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
(declare-fun cerebral_child_l1_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= cerebral_child_l1_age_years 0.0))
(assert
 (<= cerebral_child_l1_age_years 120.0))
(assert
 (< cerebral_child_l1_age_years 18.0))
(assert
 (>= cerebral_child_l1_months_since_injury 0.0))
(assert
 (<= cerebral_child_l1_months_since_injury 100000.0))
(assert
 (>= cerebral_child_l1_reservoir_ml 0.0))
(assert
 (<= cerebral_child_l1_reservoir_ml 100000.0))
(assert
 (>= cerebral_child_l1_alarm_ml 0.0))
(assert
 (<= cerebral_child_l1_alarm_ml 100000.0))
(assert
 (>= cerebral_child_l1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l1_screening_0_h 0.0))
(assert
 (<= cerebral_child_l1_screening_0_h 100000.0))
(assert
 (>= cerebral_child_l1_screening_0_h 0.0))
(assert
 (>= cerebral_child_l1_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l1_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l1_screening_0_duration_min 0.0))
(assert
 (<= cerebral_child_l1_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_child_l1_screening_0_response 0))
(assert
 (< cerebral_child_l1_screening_0_response 2))
(assert
 (>= cerebral_child_l1_screening_0_effect_h 0.0))
(assert
 (<= cerebral_child_l1_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_child_l1_screening_1_h 0.0))
(assert
 (<= cerebral_child_l1_screening_1_h 100000.0))
(assert
 (>= cerebral_child_l1_screening_1_h cerebral_child_l1_screening_0_h))
(assert
 (>= cerebral_child_l1_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l1_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l1_screening_1_duration_min 0.0))
(assert
 (<= cerebral_child_l1_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_child_l1_screening_1_response 0))
(assert
 (< cerebral_child_l1_screening_1_response 2))
(assert
 (>= cerebral_child_l1_screening_1_effect_h 0.0))
(assert
 (<= cerebral_child_l1_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_child_l1_screening_2_h 0.0))
(assert
 (<= cerebral_child_l1_screening_2_h 100000.0))
(assert
 (>= cerebral_child_l1_screening_2_h cerebral_child_l1_screening_1_h))
(assert
 (>= cerebral_child_l1_screening_2_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_screening_2_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_screening_2_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l1_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l1_screening_2_duration_min 0.0))
(assert
 (<= cerebral_child_l1_screening_2_duration_min 100000.0))
(assert
 (>= cerebral_child_l1_screening_2_response 0))
(assert
 (< cerebral_child_l1_screening_2_response 2))
(assert
 (>= cerebral_child_l1_screening_2_effect_h 0.0))
(assert
 (<= cerebral_child_l1_screening_2_effect_h 100000.0))
(assert
 (>= cerebral_child_l1_screening_3_h 0.0))
(assert
 (<= cerebral_child_l1_screening_3_h 100000.0))
(assert
 (>= cerebral_child_l1_screening_3_h cerebral_child_l1_screening_2_h))
(assert
 (>= cerebral_child_l1_screening_3_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_screening_3_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_screening_3_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l1_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l1_screening_3_duration_min 0.0))
(assert
 (<= cerebral_child_l1_screening_3_duration_min 100000.0))
(assert
 (>= cerebral_child_l1_screening_3_response 0))
(assert
 (< cerebral_child_l1_screening_3_response 2))
(assert
 (>= cerebral_child_l1_screening_3_effect_h 0.0))
(assert
 (<= cerebral_child_l1_screening_3_effect_h 100000.0))
(assert
 (>= cerebral_child_l1_step_0_h 0.0))
(assert
 (<= cerebral_child_l1_step_0_h 100000.0))
(assert
 (>= cerebral_child_l1_step_0_h cerebral_child_l1_screening_3_h))
(assert
 (>= cerebral_child_l1_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l1_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l1_step_1_h 0.0))
(assert
 (<= cerebral_child_l1_step_1_h 100000.0))
(assert
 (> cerebral_child_l1_step_1_h cerebral_child_l1_step_0_h))
(assert
 (>= cerebral_child_l1_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l1_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l1_step_2_h 0.0))
(assert
 (<= cerebral_child_l1_step_2_h 100000.0))
(assert
 (> cerebral_child_l1_step_2_h cerebral_child_l1_step_1_h))
(assert
 (>= cerebral_child_l1_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l1_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l1_step_3_h 0.0))
(assert
 (<= cerebral_child_l1_step_3_h 100000.0))
(assert
 (> cerebral_child_l1_step_3_h cerebral_child_l1_step_2_h))
(assert
 (>= cerebral_child_l1_step_3_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_step_3_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_step_3_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l1_step_3_rate_ml_day 100000.0))
(assert
 (<= cerebral_child_l1_end_h 100000.0))
(assert
 (>= cerebral_child_l1_end_h cerebral_child_l1_step_3_h))
(assert
 (<= cerebral_child_l1_refill_0_h 100000.0))
(assert
 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_end_h))
(assert
 (>= cerebral_child_l1_refill_0_h cerebral_child_l1_step_0_h))
(assert
 (>= cerebral_child_l1_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_child_l1_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_child_l1_refill_0_volume_ml cerebral_child_l1_reservoir_ml))
(assert
 (>= cerebral_child_l1_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l1_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l1_refill_0_diluent 0))
(assert
 (< cerebral_child_l1_refill_0_diluent 3))
(assert
 (<= cerebral_child_l1_refill_1_h 100000.0))
(assert
 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_end_h))
(assert
 (>= cerebral_child_l1_refill_1_h cerebral_child_l1_step_0_h))
(assert
 (> cerebral_child_l1_refill_1_h cerebral_child_l1_refill_0_h))
(assert
 (>= cerebral_child_l1_refill_1_volume_ml 0.0))
(assert
 (<= cerebral_child_l1_refill_1_volume_ml 100000.0))
(assert
 (<= cerebral_child_l1_refill_1_volume_ml cerebral_child_l1_reservoir_ml))
(assert
 (>= cerebral_child_l1_refill_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l1_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l1_refill_1_diluent 0))
(assert
 (< cerebral_child_l1_refill_1_diluent 3))
(assert
 (= cerebral_child_l1_refill_0_h cerebral_child_l1_step_0_h))
(assert
 (<= cerebral_child_l1_bolus_0_h 100000.0))
(assert
 (>= cerebral_child_l1_bolus_0_h cerebral_child_l1_step_0_h))
(assert
 (<= cerebral_child_l1_bolus_0_h cerebral_child_l1_end_h))
(assert
 (>= cerebral_child_l1_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_bolus_0_via 0))
(assert
 (< cerebral_child_l1_bolus_0_via 2))
(assert
 (<= cerebral_child_l1_bolus_1_h 100000.0))
(assert
 (>= cerebral_child_l1_bolus_1_h cerebral_child_l1_step_0_h))
(assert
 (<= cerebral_child_l1_bolus_1_h cerebral_child_l1_end_h))
(assert
 (>= cerebral_child_l1_bolus_1_h cerebral_child_l1_bolus_0_h))
(assert
 (>= cerebral_child_l1_bolus_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l1_bolus_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l1_bolus_1_via 0))
(assert
 (< cerebral_child_l1_bolus_1_via 2))
(assert
 (>= cerebral_child_l1_route 0))
(assert
 (< cerebral_child_l1_route 2))
(assert
 (let ((?x34724 (* (/ 4.0 5.0) cerebral_child_l1_step_2_daily_dose_ug)))
 (let (($x34402 (< cerebral_child_l1_step_3_daily_dose_ug cerebral_child_l1_step_2_daily_dose_ug)))
 (let ((?x34685 (* (/ 4.0 5.0) cerebral_child_l1_step_1_daily_dose_ug)))
 (let (($x34633 (< cerebral_child_l1_step_2_daily_dose_ug cerebral_child_l1_step_1_daily_dose_ug)))
 (let ((?x24391 (* (/ 4.0 5.0) cerebral_child_l1_step_0_daily_dose_ug)))
 (let (($x34453 (< cerebral_child_l1_step_1_daily_dose_ug cerebral_child_l1_step_0_daily_dose_ug)))
 (let (($x34678 (or (and $x34453 (not (>= cerebral_child_l1_step_1_daily_dose_ug ?x24391))) (and $x34633 (not (>= cerebral_child_l1_step_2_daily_dose_ug ?x34685))) (and $x34402 (not (>= cerebral_child_l1_step_3_daily_dose_ug ?x34724))))))
 (let (($x35048 (not $x34678)))
 (=> holds_ITB-STOP-1 $x35048))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x35170 (not (or (not (<= 4.0 cerebral_child_l1_age_years))))))
 (=> holds_ITB-PAT-1 $x35170)))
(assert
 (let (($x35171 (not (or (not (<= 12.0 cerebral_child_l1_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x35171)))
(assert
 (let (($x35172 (not (or cerebral_child_l1_infection))))
 (=> holds_ITB-PAT-4 $x35172)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x34757 (* cerebral_child_l1_step_3_rate_ml_day cerebral_child_l1_concentration_ug_ml)))
 (let ((?x33795 (- ?x34757 cerebral_child_l1_step_3_daily_dose_ug)))
 (let (($x34525 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l1_step_3_daily_dose_ug) ?x33795) (<= ?x33795 (* (/ 1.0 100.0) cerebral_child_l1_step_3_daily_dose_ug)))))
 (let ((?x34567 (* cerebral_child_l1_step_2_rate_ml_day cerebral_child_l1_concentration_ug_ml)))
 (let ((?x34466 (- ?x34567 cerebral_child_l1_step_2_daily_dose_ug)))
 (let (($x34449 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l1_step_2_daily_dose_ug) ?x34466) (<= ?x34466 (* (/ 1.0 100.0) cerebral_child_l1_step_2_daily_dose_ug)))))
 (let ((?x34808 (* cerebral_child_l1_step_1_rate_ml_day cerebral_child_l1_concentration_ug_ml)))
 (let ((?x33610 (- ?x34808 cerebral_child_l1_step_1_daily_dose_ug)))
 (let (($x34460 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l1_step_1_daily_dose_ug) ?x33610) (<= ?x33610 (* (/ 1.0 100.0) cerebral_child_l1_step_1_daily_dose_ug)))))
 (let ((?x34551 (* cerebral_child_l1_step_0_rate_ml_day cerebral_child_l1_concentration_ug_ml)))
 (let ((?x34581 (- ?x34551 cerebral_child_l1_step_0_daily_dose_ug)))
 (let (($x34463 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l1_step_0_daily_dose_ug) ?x34581) (<= ?x34581 (* (/ 1.0 100.0) cerebral_child_l1_step_0_daily_dose_ug)))))
 (let (($x34637 (= cerebral_child_l1_concentration_ug_ml cerebral_child_l1_refill_1_concentration_ug_ml)))
 (let (($x34701 (not $x34637)))
 (let (($x34539 (= cerebral_child_l1_concentration_ug_ml cerebral_child_l1_refill_0_concentration_ug_ml)))
 (let (($x34541 (not $x34539)))
 (let (($x32100 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_step_3_h)))
 (let (($x32099 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_step_3_h)))
 (let (($x34498 (and (ite $x32099 true (ite $x32100 true false)) (not (ite $x32099 $x34637 (ite $x32100 $x34539 false))))))
 (let (($x32098 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_step_2_h)))
 (let (($x32097 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_step_2_h)))
 (let (($x34496 (and (ite $x32097 true (ite $x32098 true false)) (not (ite $x32097 $x34637 (ite $x32098 $x34539 false))))))
 (let (($x32096 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_step_1_h)))
 (let (($x32095 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_step_1_h)))
 (let (($x34812 (and (ite $x32095 true (ite $x32096 true false)) (not (ite $x32095 $x34637 (ite $x32096 $x34539 false))))))
 (let (($x32094 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_step_0_h)))
 (let (($x32093 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_step_0_h)))
 (let (($x34266 (and (ite $x32093 true (ite $x32094 true false)) (not (ite $x32093 $x34637 (ite $x32094 $x34539 false))))))
 (let (($x34705 (or $x34266 $x34812 $x34496 $x34498 $x34541 $x34701 (not $x34463) (not $x34460) (not $x34449) (not $x34525))))
 (let (($x35173 (not $x34705)))
 (=> holds_ITB-PUMP-3 $x35173))))))))))))))))))))))))))))))))
(assert
 (let ((?x34328 (- cerebral_child_l1_end_h cerebral_child_l1_step_3_h)))
 (let ((?x32107 (/ cerebral_child_l1_step_3_daily_dose_ug 24.0)))
 (let ((?x32108 (/ ?x32107 cerebral_child_l1_concentration_ug_ml)))
 (let ((?x34669 (- cerebral_child_l1_step_3_h cerebral_child_l1_step_2_h)))
 (let ((?x32105 (/ cerebral_child_l1_step_2_daily_dose_ug 24.0)))
 (let ((?x32106 (/ ?x32105 cerebral_child_l1_concentration_ug_ml)))
 (let ((?x34544 (- cerebral_child_l1_step_2_h cerebral_child_l1_step_1_h)))
 (let ((?x32103 (/ cerebral_child_l1_step_1_daily_dose_ug 24.0)))
 (let ((?x32104 (/ ?x32103 cerebral_child_l1_concentration_ug_ml)))
 (let ((?x34700 (- cerebral_child_l1_step_1_h cerebral_child_l1_step_0_h)))
 (let ((?x32101 (/ cerebral_child_l1_step_0_daily_dose_ug 24.0)))
 (let ((?x32102 (/ ?x32101 cerebral_child_l1_concentration_ug_ml)))
 (let ((?x34443 (+ 0.0 (* ?x32102 ?x34700))))
 (let ((?x34713 (+ ?x34443 (* ?x32104 ?x34544))))
 (let ((?x34406 (+ ?x34713 (* ?x32106 ?x34669))))
 (let ((?x34715 (+ ?x34406 (* ?x32108 ?x34328))))
 (let ((?x24381 (+ ?x34406 (* ?x32108 (- cerebral_child_l1_step_0_h cerebral_child_l1_step_3_h)))))
 (let ((?x34759 (+ ?x34713 (* ?x32106 (- cerebral_child_l1_step_0_h cerebral_child_l1_step_2_h)))))
 (let ((?x33883 (ite (<= cerebral_child_l1_step_0_h cerebral_child_l1_step_3_h) ?x34759 (ite (<= cerebral_child_l1_step_0_h cerebral_child_l1_end_h) ?x24381 ?x34715))))
 (let ((?x34785 (+ ?x34443 (* ?x32104 (- cerebral_child_l1_step_0_h cerebral_child_l1_step_1_h)))))
 (let ((?x34578 (ite (<= cerebral_child_l1_step_0_h cerebral_child_l1_step_2_h) ?x34785 ?x33883)))
 (let ((?x34725 (+ 0.0 (* ?x32102 (- cerebral_child_l1_step_0_h cerebral_child_l1_step_0_h)))))
 (let ((?x34640 (ite (<= cerebral_child_l1_step_0_h cerebral_child_l1_step_1_h) ?x34725 ?x34578)))
 (let ((?x34560 (ite (<= cerebral_child_l1_step_0_h cerebral_child_l1_step_0_h) 0.0 ?x34640)))
 (let (($x34645 (<= t_0 cerebral_child_l1_end_h)))
 (let ((?x34800 (ite $x34645 (+ ?x34406 (* ?x32108 (- t_0 cerebral_child_l1_step_3_h))) ?x34715)))
 (let ((?x34605 (ite (<= t_0 cerebral_child_l1_step_3_h) (+ ?x34713 (* ?x32106 (- t_0 cerebral_child_l1_step_2_h))) ?x34800)))
 (let ((?x34635 (ite (<= t_0 cerebral_child_l1_step_2_h) (+ ?x34443 (* ?x32104 (- t_0 cerebral_child_l1_step_1_h))) ?x34605)))
 (let ((?x34477 (ite (<= t_0 cerebral_child_l1_step_1_h) (+ 0.0 (* ?x32102 (- t_0 cerebral_child_l1_step_0_h))) ?x34635)))
 (let ((?x34506 (ite (<= t_0 cerebral_child_l1_step_0_h) 0.0 ?x34477)))
 (let ((?x33621 (+ ?x34406 (* ?x32108 (- cerebral_child_l1_refill_0_h cerebral_child_l1_step_3_h)))))
 (let (($x32023 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_end_h)))
 (let ((?x33840 (+ ?x34713 (* ?x32106 (- cerebral_child_l1_refill_0_h cerebral_child_l1_step_2_h)))))
 (let (($x32100 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_step_3_h)))
 (let ((?x34422 (+ ?x34443 (* ?x32104 (- cerebral_child_l1_refill_0_h cerebral_child_l1_step_1_h)))))
 (let (($x32098 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_step_2_h)))
 (let ((?x34452 (+ 0.0 (* ?x32102 (- cerebral_child_l1_refill_0_h cerebral_child_l1_step_0_h)))))
 (let (($x32096 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_step_1_h)))
 (let (($x32094 (<= cerebral_child_l1_refill_0_h cerebral_child_l1_step_0_h)))
 (let ((?x34791 (ite $x32094 0.0 (ite $x32096 ?x34452 (ite $x32098 ?x34422 (ite $x32100 ?x33840 (ite $x32023 ?x33621 ?x34715)))))))
 (let ((?x34758 (ite (< cerebral_child_l1_refill_0_h t_0) (- cerebral_child_l1_refill_0_volume_ml (+ (- ?x34506 ?x34791) 0.0)) (- 0.0 (+ (- ?x34506 ?x34560) 0.0)))))
 (let ((?x34589 (+ ?x34406 (* ?x32108 (- cerebral_child_l1_refill_1_h cerebral_child_l1_step_3_h)))))
 (let (($x32039 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_end_h)))
 (let ((?x34457 (+ ?x34713 (* ?x32106 (- cerebral_child_l1_refill_1_h cerebral_child_l1_step_2_h)))))
 (let (($x32099 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_step_3_h)))
 (let ((?x34762 (+ ?x34443 (* ?x32104 (- cerebral_child_l1_refill_1_h cerebral_child_l1_step_1_h)))))
 (let (($x32097 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_step_2_h)))
 (let ((?x34728 (+ 0.0 (* ?x32102 (- cerebral_child_l1_refill_1_h cerebral_child_l1_step_0_h)))))
 (let (($x32095 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_step_1_h)))
 (let (($x32093 (<= cerebral_child_l1_refill_1_h cerebral_child_l1_step_0_h)))
 (let ((?x34540 (ite $x32093 0.0 (ite $x32095 ?x34728 (ite $x32097 ?x34762 (ite $x32099 ?x34457 (ite $x32039 ?x34589 ?x34715)))))))
 (let ((?x34513 (ite (< cerebral_child_l1_refill_1_h t_0) (- cerebral_child_l1_refill_1_volume_ml (+ (- ?x34506 ?x34540) 0.0)) ?x34758)))
 (let ((?x34611 (ite (<= 0.0 cerebral_child_l1_step_0_h) cerebral_child_l1_step_0_h 0.0)))
 (let (($x34787 (or (and (< ?x34611 t_0) $x34645 (not (> ?x34513 cerebral_child_l1_alarm_ml))))))
 (let (($x35174 (not $x34787)))
 (=> holds_ITB-PUMP-4 $x35174)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x34608 (not (>= 1848.0 (- cerebral_child_l1_end_h cerebral_child_l1_refill_1_h)))))
 (let (($x33608 (>= 1848.0 (- cerebral_child_l1_refill_1_h cerebral_child_l1_refill_0_h))))
 (let (($x35175 (not (or (not $x33608) $x34608))))
 (=> holds_ITB-PUMP-5 $x35175)))))
(assert
 (let (($x34626 (and (ite (= cerebral_child_l1_bolus_1_via 0) false true) (not cerebral_child_l1_bolus_1_emergency))))
 (let (($x34364 (and (ite (= cerebral_child_l1_bolus_0_via 0) false true) (not cerebral_child_l1_bolus_0_emergency))))
 (let (($x35176 (not (or $x34364 $x34626))))
 (=> holds_ITB-PUMP-6 $x35176)))))
(assert
 (let (($x35177 (not (or (not (ite (= cerebral_child_l1_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x35177)))
(assert
 (let (($x34858 (and (< 0.0 cerebral_child_l1_screening_3_concentration_ug_ml) (>= 2000.0 cerebral_child_l1_screening_3_concentration_ug_ml))))
 (let (($x34854 (and (< 0.0 cerebral_child_l1_screening_2_concentration_ug_ml) (>= 2000.0 cerebral_child_l1_screening_2_concentration_ug_ml))))
 (let (($x34850 (and (< 0.0 cerebral_child_l1_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l1_screening_1_concentration_ug_ml))))
 (let (($x34846 (and (< 0.0 cerebral_child_l1_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l1_screening_0_concentration_ug_ml))))
 (let (($x34842 (and (< 0.0 cerebral_child_l1_concentration_ug_ml) (>= 2000.0 cerebral_child_l1_concentration_ug_ml))))
 (let (($x34843 (not $x34842)))
 (let (($x34838 (and (< 0.0 cerebral_child_l1_refill_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l1_refill_1_concentration_ug_ml))))
 (let (($x34834 (and (< 0.0 cerebral_child_l1_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l1_refill_0_concentration_ug_ml))))
 (let (($x34828 (= 2000.0 cerebral_child_l1_refill_1_concentration_ug_ml)))
 (let (($x34827 (= 500.0 cerebral_child_l1_refill_1_concentration_ug_ml)))
 (let (($x34826 (= 50.0 cerebral_child_l1_refill_1_concentration_ug_ml)))
 (let (($x32052 (= cerebral_child_l1_refill_1_diluent 0)))
 (let (($x34815 (ite $x32052 true (ite (= cerebral_child_l1_refill_1_diluent 1) false false))))
 (let (($x34822 (= 2000.0 cerebral_child_l1_refill_0_concentration_ug_ml)))
 (let (($x34821 (= 500.0 cerebral_child_l1_refill_0_concentration_ug_ml)))
 (let (($x34820 (= 50.0 cerebral_child_l1_refill_0_concentration_ug_ml)))
 (let (($x32035 (= cerebral_child_l1_refill_0_diluent 0)))
 (let (($x33842 (ite $x32035 true (ite (= cerebral_child_l1_refill_0_diluent 1) false false))))
 (let (($x34817 (ite $x32052 false (ite (= cerebral_child_l1_refill_1_diluent 1) true false))))
 (let (($x34744 (ite $x32035 false (ite (= cerebral_child_l1_refill_0_diluent 1) true false))))
 (let (($x34860 (or (not (or $x33842 $x34744)) (not (or $x34815 $x34817)) (and $x33842 (not (or $x34820 $x34821 $x34822))) (and $x34815 (not (or $x34826 $x34827 $x34828))) (not $x34834) (not $x34838) $x34843 $x34843 $x34843 $x34843 (not $x34846) (not $x34850) (not $x34854) (not $x34858))))
 (let (($x35178 (not $x34860)))
 (=> holds_ITB-CONC-1 $x35178))))))))))))))))))))))))
(assert
 (let (($x34869 (or (not (= 50.0 cerebral_child_l1_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l1_screening_1_concentration_ug_ml)) (not (= 50.0 cerebral_child_l1_screening_2_concentration_ug_ml)) (not (= 50.0 cerebral_child_l1_screening_3_concentration_ug_ml)))))
 (let (($x35179 (not $x34869)))
 (=> holds_ITB-SCR-1 $x35179))))
(assert
 (let (($x35180 (not (or (not (>= 50.0 cerebral_child_l1_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x35180)))
(assert
 (let (($x34881 (or (not (<= 1.0 cerebral_child_l1_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l1_screening_1_duration_min)) (not (<= 1.0 cerebral_child_l1_screening_2_duration_min)) (not (<= 1.0 cerebral_child_l1_screening_3_duration_min)))))
 (let (($x35181 (not $x34881)))
 (=> holds_ITB-SCR-3 $x35181))))
(assert
 (let (($x34909 (<= 24.0 (- cerebral_child_l1_screening_3_h cerebral_child_l1_screening_2_h))))
 (let (($x31954 (= cerebral_child_l1_screening_2_response 0)))
 (let (($x34886 (ite $x31954 true false)))
 (let (($x34905 (<= 24.0 (- cerebral_child_l1_screening_2_h cerebral_child_l1_screening_1_h))))
 (let (($x31934 (= cerebral_child_l1_screening_1_response 0)))
 (let (($x34884 (ite $x31934 true false)))
 (let (($x34901 (<= 24.0 (- cerebral_child_l1_screening_1_h cerebral_child_l1_screening_0_h))))
 (let (($x31914 (= cerebral_child_l1_screening_0_response 0)))
 (let (($x34882 (ite $x31914 true false)))
 (let (($x34897 (<= cerebral_child_l1_screening_3_dose_ug (+ cerebral_child_l1_screening_2_dose_ug 25.0))))
 (let (($x34893 (<= cerebral_child_l1_screening_2_dose_ug (+ cerebral_child_l1_screening_1_dose_ug 25.0))))
 (let (($x34889 (<= cerebral_child_l1_screening_1_dose_ug (+ cerebral_child_l1_screening_0_dose_ug 25.0))))
 (let (($x34912 (or (not $x34882) (not $x34884) (not $x34886) (and $x34882 (not $x34889)) (and $x34884 (not $x34893)) (and $x34886 (not $x34897)) (and $x34882 (not $x34901)) (and $x34884 (not $x34905)) (and $x34886 (not $x34909)))))
 (let (($x35182 (not $x34912)))
 (=> holds_ITB-SCR-4 $x35182))))))))))))))))
(assert
 (let (($x34921 (or (not (>= 100.0 cerebral_child_l1_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l1_screening_1_dose_ug)) (not (>= 100.0 cerebral_child_l1_screening_2_dose_ug)) (not (>= 100.0 cerebral_child_l1_screening_3_dose_ug)))))
 (let (($x35183 (not $x34921)))
 (=> holds_ITB-SCR-5 $x35183))))
(assert
 (let (($x31974 (= cerebral_child_l1_screening_3_response 0)))
 (let (($x34931 (ite $x31974 false true)))
 (let (($x34933 (and $x34931 (<= cerebral_child_l1_screening_3_h cerebral_child_l1_step_0_h))))
 (let (($x31954 (= cerebral_child_l1_screening_2_response 0)))
 (let (($x34928 (ite $x31954 false true)))
 (let (($x34930 (and $x34928 (<= cerebral_child_l1_screening_2_h cerebral_child_l1_step_0_h))))
 (let (($x31934 (= cerebral_child_l1_screening_1_response 0)))
 (let (($x34925 (ite $x31934 false true)))
 (let (($x34927 (and $x34925 (<= cerebral_child_l1_screening_1_h cerebral_child_l1_step_0_h))))
 (let (($x31914 (= cerebral_child_l1_screening_0_response 0)))
 (let (($x34922 (ite $x31914 false true)))
 (let (($x34924 (and $x34922 (<= cerebral_child_l1_screening_0_h cerebral_child_l1_step_0_h))))
 (let (($x35184 (not (or (not (or $x34924 $x34927 $x34930 $x34933))))))
 (=> holds_ITB-SCR-6 $x35184)))))))))))))))
(assert
 (let ((?x34956 (* 2.0 cerebral_child_l1_screening_3_dose_ug)))
 (let ((?x34957 (ite (>= 12.0 cerebral_child_l1_screening_3_effect_h) ?x34956 cerebral_child_l1_screening_3_dose_ug)))
 (let (($x31974 (= cerebral_child_l1_screening_3_response 0)))
 (let (($x34931 (ite $x31974 false true)))
 (let ((?x34950 (* 2.0 cerebral_child_l1_screening_2_dose_ug)))
 (let ((?x34951 (ite (>= 12.0 cerebral_child_l1_screening_2_effect_h) ?x34950 cerebral_child_l1_screening_2_dose_ug)))
 (let (($x31954 (= cerebral_child_l1_screening_2_response 0)))
 (let (($x34928 (ite $x31954 false true)))
 (let ((?x34944 (* 2.0 cerebral_child_l1_screening_1_dose_ug)))
 (let ((?x34945 (ite (>= 12.0 cerebral_child_l1_screening_1_effect_h) ?x34944 cerebral_child_l1_screening_1_dose_ug)))
 (let (($x31934 (= cerebral_child_l1_screening_1_response 0)))
 (let (($x34925 (ite $x31934 false true)))
 (let ((?x34938 (* 2.0 cerebral_child_l1_screening_0_dose_ug)))
 (let ((?x34939 (ite (>= 12.0 cerebral_child_l1_screening_0_effect_h) ?x34938 cerebral_child_l1_screening_0_dose_ug)))
 (let (($x31914 (= cerebral_child_l1_screening_0_response 0)))
 (let (($x34922 (ite $x31914 false true)))
 (let (($x34961 (or (and $x34922 (not (<= cerebral_child_l1_step_0_daily_dose_ug ?x34939))) (and $x34925 (not (<= cerebral_child_l1_step_0_daily_dose_ug ?x34945))) (and $x34928 (not (<= cerebral_child_l1_step_0_daily_dose_ug ?x34951))) (and $x34931 (not (<= cerebral_child_l1_step_0_daily_dose_ug ?x34957))))))
 (let (($x35185 (not $x34961)))
 (=> holds_ITB-INIT-1 $x35185))))))))))))))))))))
(assert
 (let (($x34974 (not (<= 24.0 (- cerebral_child_l1_step_3_h cerebral_child_l1_step_0_h)))))
 (let (($x34971 (> cerebral_child_l1_step_3_daily_dose_ug cerebral_child_l1_step_2_daily_dose_ug)))
 (let (($x34969 (not (<= 24.0 (- cerebral_child_l1_step_2_h cerebral_child_l1_step_0_h)))))
 (let (($x34966 (> cerebral_child_l1_step_2_daily_dose_ug cerebral_child_l1_step_1_daily_dose_ug)))
 (let (($x34964 (not (<= 24.0 (- cerebral_child_l1_step_1_h cerebral_child_l1_step_0_h)))))
 (let (($x34962 (> cerebral_child_l1_step_1_daily_dose_ug cerebral_child_l1_step_0_daily_dose_ug)))
 (let (($x35186 (not (or (and $x34962 $x34964) (and $x34966 $x34969) (and $x34971 $x34974)))))
 (=> holds_ITB-INIT-2 $x35186)))))))))
(assert
 (let ((?x34979 (+ 1.0 (ite (<= 18.0 cerebral_child_l1_age_years) (/ 1.0 5.0) (/ 3.0 20.0)))))
 (let (($x34989 (<= cerebral_child_l1_step_3_daily_dose_ug (* ?x34979 cerebral_child_l1_step_2_daily_dose_ug))))
 (let (($x34971 (> cerebral_child_l1_step_3_daily_dose_ug cerebral_child_l1_step_2_daily_dose_ug)))
 (let (($x34985 (<= cerebral_child_l1_step_2_daily_dose_ug (* ?x34979 cerebral_child_l1_step_1_daily_dose_ug))))
 (let (($x34966 (> cerebral_child_l1_step_2_daily_dose_ug cerebral_child_l1_step_1_daily_dose_ug)))
 (let (($x34981 (<= cerebral_child_l1_step_1_daily_dose_ug (* ?x34979 cerebral_child_l1_step_0_daily_dose_ug))))
 (let (($x34962 (> cerebral_child_l1_step_1_daily_dose_ug cerebral_child_l1_step_0_daily_dose_ug)))
 (let (($x34992 (or (and $x34962 (not $x34981)) (and $x34966 (not $x34985)) (and $x34971 (not $x34989)))))
 (let (($x35187 (not $x34992)))
 (=> holds_ITB-TITR-1 $x35187)))))))))))
(assert
 (let ((?x34996 (ite cerebral_child_l1_programmable 24.0 48.0)))
 (let (($x35044 (not (>= (- cerebral_child_l1_step_3_h cerebral_child_l1_step_3_h) ?x34996))))
 (let (($x34971 (> cerebral_child_l1_step_3_daily_dose_ug cerebral_child_l1_step_2_daily_dose_ug)))
 (let (($x35045 (and $x34971 (and (< cerebral_child_l1_step_3_h cerebral_child_l1_step_3_h) $x34971) $x35044)))
 (let (($x35038 (not (>= (- cerebral_child_l1_step_3_h cerebral_child_l1_step_2_h) ?x34996))))
 (let (($x34966 (> cerebral_child_l1_step_2_daily_dose_ug cerebral_child_l1_step_1_daily_dose_ug)))
 (let (($x35039 (and $x34971 (and (< cerebral_child_l1_step_2_h cerebral_child_l1_step_3_h) $x34966) $x35038)))
 (let (($x35033 (not (>= (- cerebral_child_l1_step_3_h cerebral_child_l1_step_1_h) ?x34996))))
 (let (($x34962 (> cerebral_child_l1_step_1_daily_dose_ug cerebral_child_l1_step_0_daily_dose_ug)))
 (let (($x35034 (and $x34971 (and (< cerebral_child_l1_step_1_h cerebral_child_l1_step_3_h) $x34962) $x35033)))
 (let (($x35027 (not (>= (- cerebral_child_l1_step_2_h cerebral_child_l1_step_3_h) ?x34996))))
 (let (($x35028 (and $x34966 (and (< cerebral_child_l1_step_3_h cerebral_child_l1_step_2_h) $x34971) $x35027)))
 (let (($x35021 (not (>= (- cerebral_child_l1_step_2_h cerebral_child_l1_step_2_h) ?x34996))))
 (let (($x35022 (and $x34966 (and (< cerebral_child_l1_step_2_h cerebral_child_l1_step_2_h) $x34966) $x35021)))
 (let (($x35015 (not (>= (- cerebral_child_l1_step_2_h cerebral_child_l1_step_1_h) ?x34996))))
 (let (($x35016 (and $x34966 (and (< cerebral_child_l1_step_1_h cerebral_child_l1_step_2_h) $x34962) $x35015)))
 (let (($x35010 (not (>= (- cerebral_child_l1_step_1_h cerebral_child_l1_step_3_h) ?x34996))))
 (let (($x35011 (and $x34962 (and (< cerebral_child_l1_step_3_h cerebral_child_l1_step_1_h) $x34971) $x35010)))
 (let (($x35004 (not (>= (- cerebral_child_l1_step_1_h cerebral_child_l1_step_2_h) ?x34996))))
 (let (($x35005 (and $x34962 (and (< cerebral_child_l1_step_2_h cerebral_child_l1_step_1_h) $x34966) $x35004)))
 (let (($x34998 (not (>= (- cerebral_child_l1_step_1_h cerebral_child_l1_step_1_h) ?x34996))))
 (let (($x34999 (and $x34962 (and (< cerebral_child_l1_step_1_h cerebral_child_l1_step_1_h) $x34962) $x34998)))
 (let (($x35188 (not (or $x34999 $x35005 $x35011 $x35016 $x35022 $x35028 $x35034 $x35039 $x35045))))
 (=> holds_ITB-TITR-2 $x35188)))))))))))))))))))))))))
(assert
 (let ((?x35160 (ite (<= cerebral_child_l1_step_1_h w_0) cerebral_child_l1_step_1_daily_dose_ug cerebral_child_l1_step_0_daily_dose_ug)))
(let ((?x35161 (ite (<= cerebral_child_l1_step_2_h w_0) cerebral_child_l1_step_2_daily_dose_ug ?x35160)))
(let ((?x35162 (ite (<= cerebral_child_l1_step_3_h w_0) cerebral_child_l1_step_3_daily_dose_ug ?x35161)))
(let (($x35153 (and (<= (- w_0 24.0) cerebral_child_l1_bolus_1_h) (< cerebral_child_l1_bolus_1_h w_0))))
(let (($x35148 (and (<= (- w_0 24.0) cerebral_child_l1_bolus_0_h) (< cerebral_child_l1_bolus_0_h w_0))))
(let ((?x35155 (+ (+ 0.0 (ite $x35148 cerebral_child_l1_bolus_0_dose_ug 0.0)) (ite $x35153 cerebral_child_l1_bolus_1_dose_ug 0.0))))
(let ((?x34328 (- cerebral_child_l1_end_h cerebral_child_l1_step_3_h)))
(let ((?x32107 (/ cerebral_child_l1_step_3_daily_dose_ug 24.0)))
(let ((?x34669 (- cerebral_child_l1_step_3_h cerebral_child_l1_step_2_h)))
(let ((?x32105 (/ cerebral_child_l1_step_2_daily_dose_ug 24.0)))
(let ((?x34544 (- cerebral_child_l1_step_2_h cerebral_child_l1_step_1_h)))
(let ((?x32103 (/ cerebral_child_l1_step_1_daily_dose_ug 24.0)))
(let ((?x34700 (- cerebral_child_l1_step_1_h cerebral_child_l1_step_0_h)))
(let ((?x32101 (/ cerebral_child_l1_step_0_daily_dose_ug 24.0)))
(let ((?x35060 (+ 0.0 (* ?x32101 ?x34700))))
(let ((?x35062 (+ ?x35060 (* ?x32103 ?x34544))))
(let ((?x35064 (+ ?x35062 (* ?x32105 ?x34669))))
(let ((?x35066 (+ ?x35064 (* ?x32107 ?x34328))))
(let ((?x35127 (ite (<= (- w_0 24.0) cerebral_child_l1_end_h) (+ ?x35064 (* ?x32107 (- (- w_0 24.0) cerebral_child_l1_step_3_h))) ?x35066)))
(let ((?x35132 (ite (<= (- w_0 24.0) cerebral_child_l1_step_3_h) (+ ?x35062 (* ?x32105 (- (- w_0 24.0) cerebral_child_l1_step_2_h))) ?x35127)))
(let ((?x35137 (ite (<= (- w_0 24.0) cerebral_child_l1_step_2_h) (+ ?x35060 (* ?x32103 (- (- w_0 24.0) cerebral_child_l1_step_1_h))) ?x35132)))
(let ((?x35142 (ite (<= (- w_0 24.0) cerebral_child_l1_step_1_h) (+ 0.0 (* ?x32101 (- (- w_0 24.0) cerebral_child_l1_step_0_h))) ?x35137)))
(let ((?x35092 (ite (<= w_0 cerebral_child_l1_end_h) (+ ?x35064 (* ?x32107 (- w_0 cerebral_child_l1_step_3_h))) ?x35066)))
(let ((?x35097 (ite (<= w_0 cerebral_child_l1_step_3_h) (+ ?x35062 (* ?x32105 (- w_0 cerebral_child_l1_step_2_h))) ?x35092)))
(let ((?x35102 (ite (<= w_0 cerebral_child_l1_step_2_h) (+ ?x35060 (* ?x32103 (- w_0 cerebral_child_l1_step_1_h))) ?x35097)))
(let ((?x35107 (ite (<= w_0 cerebral_child_l1_step_1_h) (+ 0.0 (* ?x32101 (- w_0 cerebral_child_l1_step_0_h))) ?x35102)))
(let ((?x35109 (ite (<= w_0 cerebral_child_l1_step_0_h) 0.0 ?x35107)))
(let ((?x35145 (- ?x35109 (ite (<= (- w_0 24.0) cerebral_child_l1_step_0_h) 0.0 ?x35142))))
(let ((?x35164 (ite (>= (- w_0 24.0) cerebral_child_l1_step_0_h) (+ ?x35145 ?x35155) (* 1.0 ?x35162))))
(let (($x35055 (ite (< cerebral_child_l1_step_2_h (+ w_0 24.0)) true (ite (< cerebral_child_l1_step_1_h (+ w_0 24.0)) true false))))
(let (($x34977 (<= 18.0 cerebral_child_l1_age_years)))
(let (($x35057 (and $x34977 (ite (< cerebral_child_l1_step_3_h (+ w_0 24.0)) true $x35055))))
(let (($x35118 (and (<= w_0 cerebral_child_l1_bolus_1_h) (< cerebral_child_l1_bolus_1_h (+ w_0 24.0)))))
(let (($x35113 (and (<= w_0 cerebral_child_l1_bolus_0_h) (< cerebral_child_l1_bolus_0_h (+ w_0 24.0)))))
(let ((?x35120 (+ (+ 0.0 (ite $x35113 cerebral_child_l1_bolus_0_dose_ug 0.0)) (ite $x35118 cerebral_child_l1_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x35050 (<= ?x1800 cerebral_child_l1_end_h)))
(let ((?x35075 (ite (<= ?x1800 cerebral_child_l1_step_3_h) (+ ?x35062 (* ?x32105 (- ?x1800 cerebral_child_l1_step_2_h))) (ite $x35050 (+ ?x35064 (* ?x32107 (- ?x1800 cerebral_child_l1_step_3_h))) ?x35066))))
(let ((?x35080 (ite (<= ?x1800 cerebral_child_l1_step_2_h) (+ ?x35060 (* ?x32103 (- ?x1800 cerebral_child_l1_step_1_h))) ?x35075)))
(let ((?x35085 (ite (<= ?x1800 cerebral_child_l1_step_1_h) (+ 0.0 (* ?x32101 (- ?x1800 cerebral_child_l1_step_0_h))) ?x35080)))
(let ((?x35121 (+ (- (ite (<= ?x1800 cerebral_child_l1_step_0_h) 0.0 ?x35085) ?x35109) ?x35120)))
(let (($x35169 (and (<= cerebral_child_l1_step_0_h w_0) $x35050 (not (<= ?x35121 (* (+ 1.0 (ite $x35057 (/ 1.0 5.0) (/ 3.0 20.0))) ?x35164))))))
(let (($x35189 (not (or $x35169))))
(=> holds_ITB-TITR-3 $x35189)))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
