; itbverify 0.1.0: rule-set consistency, child, spinal origin; 4 screening doses, 4 steps (emergency after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_child_l3_age_years () Real)
(declare-fun spinal_child_l3_months_since_injury () Real)
(declare-fun spinal_child_l3_reservoir_ml () Real)
(declare-fun spinal_child_l3_alarm_ml () Real)
(declare-fun spinal_child_l3_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_0_h () Real)
(declare-fun spinal_child_l3_screening_0_dose_ug () Real)
(declare-fun spinal_child_l3_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_0_duration_min () Real)
(declare-fun spinal_child_l3_screening_0_response () Int)
(declare-fun spinal_child_l3_screening_0_effect_h () Real)
(declare-fun spinal_child_l3_screening_1_h () Real)
(declare-fun spinal_child_l3_screening_1_dose_ug () Real)
(declare-fun spinal_child_l3_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_1_duration_min () Real)
(declare-fun spinal_child_l3_screening_1_response () Int)
(declare-fun spinal_child_l3_screening_1_effect_h () Real)
(declare-fun spinal_child_l3_screening_2_h () Real)
(declare-fun spinal_child_l3_screening_2_dose_ug () Real)
(declare-fun spinal_child_l3_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_2_duration_min () Real)
(declare-fun spinal_child_l3_screening_2_response () Int)
(declare-fun spinal_child_l3_screening_2_effect_h () Real)
(declare-fun spinal_child_l3_screening_3_h () Real)
(declare-fun spinal_child_l3_screening_3_dose_ug () Real)
(declare-fun spinal_child_l3_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_screening_3_duration_min () Real)
(declare-fun spinal_child_l3_screening_3_response () Int)
(declare-fun spinal_child_l3_screening_3_effect_h () Real)
(declare-fun spinal_child_l3_step_0_h () Real)
(declare-fun spinal_child_l3_step_0_daily_dose_ug () Real)
(declare-fun spinal_child_l3_step_0_rate_ml_day () Real)
(declare-fun spinal_child_l3_step_1_h () Real)
(declare-fun spinal_child_l3_step_1_daily_dose_ug () Real)
(declare-fun spinal_child_l3_step_1_rate_ml_day () Real)
(declare-fun spinal_child_l3_step_2_h () Real)
(declare-fun spinal_child_l3_step_2_daily_dose_ug () Real)
(declare-fun spinal_child_l3_step_2_rate_ml_day () Real)
(declare-fun spinal_child_l3_step_3_h () Real)
(declare-fun spinal_child_l3_step_3_daily_dose_ug () Real)
(declare-fun spinal_child_l3_step_3_rate_ml_day () Real)
(declare-fun spinal_child_l3_end_h () Real)
(declare-fun spinal_child_l3_refill_0_h () Real)
(declare-fun spinal_child_l3_refill_0_volume_ml () Real)
(declare-fun spinal_child_l3_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_refill_0_diluent () Int)
(declare-fun spinal_child_l3_refill_1_h () Real)
(declare-fun spinal_child_l3_refill_1_volume_ml () Real)
(declare-fun spinal_child_l3_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l3_refill_1_diluent () Int)
(declare-fun spinal_child_l3_bolus_0_h () Real)
(declare-fun spinal_child_l3_bolus_0_dose_ug () Real)
(declare-fun spinal_child_l3_bolus_0_via () Int)
(declare-fun spinal_child_l3_bolus_1_h () Real)
(declare-fun spinal_child_l3_bolus_1_dose_ug () Real)
(declare-fun spinal_child_l3_bolus_1_via () Int)
(declare-fun spinal_child_l3_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_child_l3_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_child_l3_bolus_1_emergency () Bool)
(declare-fun spinal_child_l3_bolus_0_emergency () Bool)
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
(declare-fun spinal_child_l3_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_child_l3_age_years 0.0))
(assert
 (<= spinal_child_l3_age_years 120.0))
(assert
 (< spinal_child_l3_age_years 18.0))
(assert
 (>= spinal_child_l3_months_since_injury 0.0))
(assert
 (<= spinal_child_l3_months_since_injury 100000.0))
(assert
 (>= spinal_child_l3_reservoir_ml 0.0))
(assert
 (<= spinal_child_l3_reservoir_ml 100000.0))
(assert
 (>= spinal_child_l3_alarm_ml 0.0))
(assert
 (<= spinal_child_l3_alarm_ml 100000.0))
(assert
 (>= spinal_child_l3_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_0_h 0.0))
(assert
 (<= spinal_child_l3_screening_0_h 100000.0))
(assert
 (>= spinal_child_l3_screening_0_h 0.0))
(assert
 (>= spinal_child_l3_screening_0_dose_ug 0.0))
(assert
 (<= spinal_child_l3_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_0_duration_min 0.0))
(assert
 (<= spinal_child_l3_screening_0_duration_min 100000.0))
(assert
 (>= spinal_child_l3_screening_0_response 0))
(assert
 (< spinal_child_l3_screening_0_response 2))
(assert
 (>= spinal_child_l3_screening_0_effect_h 0.0))
(assert
 (<= spinal_child_l3_screening_0_effect_h 100000.0))
(assert
 (>= spinal_child_l3_screening_1_h 0.0))
(assert
 (<= spinal_child_l3_screening_1_h 100000.0))
(assert
 (>= spinal_child_l3_screening_1_h spinal_child_l3_screening_0_h))
(assert
 (>= spinal_child_l3_screening_1_dose_ug 0.0))
(assert
 (<= spinal_child_l3_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_1_duration_min 0.0))
(assert
 (<= spinal_child_l3_screening_1_duration_min 100000.0))
(assert
 (>= spinal_child_l3_screening_1_response 0))
(assert
 (< spinal_child_l3_screening_1_response 2))
(assert
 (>= spinal_child_l3_screening_1_effect_h 0.0))
(assert
 (<= spinal_child_l3_screening_1_effect_h 100000.0))
(assert
 (>= spinal_child_l3_screening_2_h 0.0))
(assert
 (<= spinal_child_l3_screening_2_h 100000.0))
(assert
 (>= spinal_child_l3_screening_2_h spinal_child_l3_screening_1_h))
(assert
 (>= spinal_child_l3_screening_2_dose_ug 0.0))
(assert
 (<= spinal_child_l3_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_2_duration_min 0.0))
(assert
 (<= spinal_child_l3_screening_2_duration_min 100000.0))
(assert
 (>= spinal_child_l3_screening_2_response 0))
(assert
 (< spinal_child_l3_screening_2_response 2))
(assert
 (>= spinal_child_l3_screening_2_effect_h 0.0))
(assert
 (<= spinal_child_l3_screening_2_effect_h 100000.0))
(assert
 (>= spinal_child_l3_screening_3_h 0.0))
(assert
 (<= spinal_child_l3_screening_3_h 100000.0))
(assert
 (>= spinal_child_l3_screening_3_h spinal_child_l3_screening_2_h))
(assert
 (>= spinal_child_l3_screening_3_dose_ug 0.0))
(assert
 (<= spinal_child_l3_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_screening_3_duration_min 0.0))
(assert
 (<= spinal_child_l3_screening_3_duration_min 100000.0))
(assert
 (>= spinal_child_l3_screening_3_response 0))
(assert
 (< spinal_child_l3_screening_3_response 2))
(assert
 (>= spinal_child_l3_screening_3_effect_h 0.0))
(assert
 (<= spinal_child_l3_screening_3_effect_h 100000.0))
(assert
 (>= spinal_child_l3_step_0_h 0.0))
(assert
 (<= spinal_child_l3_step_0_h 100000.0))
(assert
 (>= spinal_child_l3_step_0_h spinal_child_l3_screening_3_h))
(assert
 (>= spinal_child_l3_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l3_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_child_l3_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l3_step_1_h 0.0))
(assert
 (<= spinal_child_l3_step_1_h 100000.0))
(assert
 (> spinal_child_l3_step_1_h spinal_child_l3_step_0_h))
(assert
 (>= spinal_child_l3_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l3_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_child_l3_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l3_step_2_h 0.0))
(assert
 (<= spinal_child_l3_step_2_h 100000.0))
(assert
 (> spinal_child_l3_step_2_h spinal_child_l3_step_1_h))
(assert
 (>= spinal_child_l3_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l3_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_child_l3_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l3_step_3_h 0.0))
(assert
 (<= spinal_child_l3_step_3_h 100000.0))
(assert
 (> spinal_child_l3_step_3_h spinal_child_l3_step_2_h))
(assert
 (>= spinal_child_l3_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l3_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_child_l3_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_child_l3_end_h 100000.0))
(assert
 (>= spinal_child_l3_end_h spinal_child_l3_step_3_h))
(assert
 (<= spinal_child_l3_refill_0_h 100000.0))
(assert
 (<= spinal_child_l3_refill_0_h spinal_child_l3_end_h))
(assert
 (>= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h))
(assert
 (>= spinal_child_l3_refill_0_volume_ml 0.0))
(assert
 (<= spinal_child_l3_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_child_l3_refill_0_volume_ml spinal_child_l3_reservoir_ml))
(assert
 (>= spinal_child_l3_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_refill_0_diluent 0))
(assert
 (< spinal_child_l3_refill_0_diluent 3))
(assert
 (<= spinal_child_l3_refill_1_h 100000.0))
(assert
 (<= spinal_child_l3_refill_1_h spinal_child_l3_end_h))
(assert
 (>= spinal_child_l3_refill_1_h spinal_child_l3_step_0_h))
(assert
 (> spinal_child_l3_refill_1_h spinal_child_l3_refill_0_h))
(assert
 (>= spinal_child_l3_refill_1_volume_ml 0.0))
(assert
 (<= spinal_child_l3_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_child_l3_refill_1_volume_ml spinal_child_l3_reservoir_ml))
(assert
 (>= spinal_child_l3_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l3_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l3_refill_1_diluent 0))
(assert
 (< spinal_child_l3_refill_1_diluent 3))
(assert
 (= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h))
(assert
 (<= spinal_child_l3_bolus_0_h 100000.0))
(assert
 (>= spinal_child_l3_bolus_0_h spinal_child_l3_step_0_h))
(assert
 (<= spinal_child_l3_bolus_0_h spinal_child_l3_end_h))
(assert
 (>= spinal_child_l3_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_child_l3_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_bolus_0_via 0))
(assert
 (< spinal_child_l3_bolus_0_via 2))
(assert
 (<= spinal_child_l3_bolus_1_h 100000.0))
(assert
 (>= spinal_child_l3_bolus_1_h spinal_child_l3_step_0_h))
(assert
 (<= spinal_child_l3_bolus_1_h spinal_child_l3_end_h))
(assert
 (>= spinal_child_l3_bolus_1_h spinal_child_l3_bolus_0_h))
(assert
 (>= spinal_child_l3_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_child_l3_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l3_bolus_1_via 0))
(assert
 (< spinal_child_l3_bolus_1_via 2))
(assert
 (>= spinal_child_l3_route 0))
(assert
 (< spinal_child_l3_route 2))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x16708 (not (or (not (<= 4.0 spinal_child_l3_age_years))))))
 (=> holds_ITB-PAT-1 $x16708)))
(assert
 (let (($x16824 (not (or (not (<= 12.0 spinal_child_l3_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x16824)))
(assert
 (let (($x16825 (not (or spinal_child_l3_infection))))
 (=> holds_ITB-PAT-4 $x16825)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x15529 (* spinal_child_l3_step_3_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x16339 (- ?x15529 spinal_child_l3_step_3_daily_dose_ug)))
 (let (($x15449 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_3_daily_dose_ug) ?x16339) (<= ?x16339 (* (/ 1.0 100.0) spinal_child_l3_step_3_daily_dose_ug)))))
 (let ((?x15666 (* spinal_child_l3_step_2_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x16236 (- ?x15666 spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x16200 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_2_daily_dose_ug) ?x16236) (<= ?x16236 (* (/ 1.0 100.0) spinal_child_l3_step_2_daily_dose_ug)))))
 (let ((?x16281 (* spinal_child_l3_step_1_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x16307 (- ?x16281 spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x15511 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_1_daily_dose_ug) ?x16307) (<= ?x16307 (* (/ 1.0 100.0) spinal_child_l3_step_1_daily_dose_ug)))))
 (let ((?x16008 (* spinal_child_l3_step_0_rate_ml_day spinal_child_l3_concentration_ug_ml)))
 (let ((?x16050 (- ?x16008 spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x16256 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l3_step_0_daily_dose_ug) ?x16050) (<= ?x16050 (* (/ 1.0 100.0) spinal_child_l3_step_0_daily_dose_ug)))))
 (let (($x16201 (= spinal_child_l3_concentration_ug_ml spinal_child_l3_refill_1_concentration_ug_ml)))
 (let (($x16006 (not $x16201)))
 (let (($x15712 (= spinal_child_l3_concentration_ug_ml spinal_child_l3_refill_0_concentration_ug_ml)))
 (let (($x16049 (not $x15712)))
 (let (($x11588 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_3_h)))
 (let (($x11587 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_3_h)))
 (let (($x16243 (and (ite $x11587 true (ite $x11588 true false)) (not (ite $x11587 $x16201 (ite $x11588 $x15712 false))))))
 (let (($x11586 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_2_h)))
 (let (($x11585 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_2_h)))
 (let (($x16122 (and (ite $x11585 true (ite $x11586 true false)) (not (ite $x11585 $x16201 (ite $x11586 $x15712 false))))))
 (let (($x11584 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_1_h)))
 (let (($x11583 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_1_h)))
 (let (($x15865 (and (ite $x11583 true (ite $x11584 true false)) (not (ite $x11583 $x16201 (ite $x11584 $x15712 false))))))
 (let (($x11582 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h)))
 (let (($x11581 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_0_h)))
 (let (($x16374 (and (ite $x11581 true (ite $x11582 true false)) (not (ite $x11581 $x16201 (ite $x11582 $x15712 false))))))
 (let (($x16131 (or $x16374 $x15865 $x16122 $x16243 $x16049 $x16006 (not $x16256) (not $x15511) (not $x16200) (not $x15449))))
 (let (($x16826 (not $x16131)))
 (=> holds_ITB-PUMP-3 $x16826))))))))))))))))))))))))))))))))
(assert
 (let ((?x15830 (- spinal_child_l3_end_h spinal_child_l3_step_3_h)))
 (let ((?x11595 (/ spinal_child_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x11596 (/ ?x11595 spinal_child_l3_concentration_ug_ml)))
 (let ((?x15689 (- spinal_child_l3_step_3_h spinal_child_l3_step_2_h)))
 (let ((?x11593 (/ spinal_child_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x11594 (/ ?x11593 spinal_child_l3_concentration_ug_ml)))
 (let ((?x16347 (- spinal_child_l3_step_2_h spinal_child_l3_step_1_h)))
 (let ((?x11591 (/ spinal_child_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x11592 (/ ?x11591 spinal_child_l3_concentration_ug_ml)))
 (let ((?x15752 (- spinal_child_l3_step_1_h spinal_child_l3_step_0_h)))
 (let ((?x11589 (/ spinal_child_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x11590 (/ ?x11589 spinal_child_l3_concentration_ug_ml)))
 (let ((?x16266 (+ 0.0 (* ?x11590 ?x15752))))
 (let ((?x15693 (+ ?x16266 (* ?x11592 ?x16347))))
 (let ((?x15829 (+ ?x15693 (* ?x11594 ?x15689))))
 (let ((?x16284 (+ ?x15829 (* ?x11596 ?x15830))))
 (let ((?x16389 (+ ?x15829 (* ?x11596 (- spinal_child_l3_step_0_h spinal_child_l3_step_3_h)))))
 (let ((?x16394 (+ ?x15693 (* ?x11594 (- spinal_child_l3_step_0_h spinal_child_l3_step_2_h)))))
 (let ((?x16396 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_3_h) ?x16394 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_end_h) ?x16389 ?x16284))))
 (let ((?x16399 (+ ?x16266 (* ?x11592 (- spinal_child_l3_step_0_h spinal_child_l3_step_1_h)))))
 (let ((?x16404 (+ 0.0 (* ?x11590 (- spinal_child_l3_step_0_h spinal_child_l3_step_0_h)))))
 (let ((?x16406 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_1_h) ?x16404 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_2_h) ?x16399 ?x16396))))
 (let ((?x16408 (ite (<= spinal_child_l3_step_0_h spinal_child_l3_step_0_h) 0.0 ?x16406)))
 (let (($x15755 (<= t_0 spinal_child_l3_end_h)))
 (let ((?x15742 (ite (<= t_0 spinal_child_l3_step_3_h) (+ ?x15693 (* ?x11594 (- t_0 spinal_child_l3_step_2_h))) (ite $x15755 (+ ?x15829 (* ?x11596 (- t_0 spinal_child_l3_step_3_h))) ?x16284))))
 (let ((?x15681 (ite (<= t_0 spinal_child_l3_step_2_h) (+ ?x16266 (* ?x11592 (- t_0 spinal_child_l3_step_1_h))) ?x15742)))
 (let ((?x16357 (ite (<= t_0 spinal_child_l3_step_1_h) (+ 0.0 (* ?x11590 (- t_0 spinal_child_l3_step_0_h))) ?x15681)))
 (let ((?x16386 (ite (<= t_0 spinal_child_l3_step_0_h) 0.0 ?x16357)))
 (let ((?x16414 (+ ?x15829 (* ?x11596 (- spinal_child_l3_refill_0_h spinal_child_l3_step_3_h)))))
 (let (($x11511 (<= spinal_child_l3_refill_0_h spinal_child_l3_end_h)))
 (let ((?x16418 (+ ?x15693 (* ?x11594 (- spinal_child_l3_refill_0_h spinal_child_l3_step_2_h)))))
 (let (($x11588 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_3_h)))
 (let ((?x16422 (+ ?x16266 (* ?x11592 (- spinal_child_l3_refill_0_h spinal_child_l3_step_1_h)))))
 (let (($x11586 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_2_h)))
 (let ((?x16426 (+ 0.0 (* ?x11590 (- spinal_child_l3_refill_0_h spinal_child_l3_step_0_h)))))
 (let (($x11584 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_1_h)))
 (let (($x11582 (<= spinal_child_l3_refill_0_h spinal_child_l3_step_0_h)))
 (let ((?x16428 (ite $x11582 0.0 (ite $x11584 ?x16426 (ite $x11586 ?x16422 (ite $x11588 ?x16418 (ite $x11511 ?x16414 ?x16284)))))))
 (let ((?x16433 (ite (< spinal_child_l3_refill_0_h t_0) (- spinal_child_l3_refill_0_volume_ml (+ (- ?x16386 ?x16428) 0.0)) (- 0.0 (+ (- ?x16386 ?x16408) 0.0)))))
 (let ((?x16436 (+ ?x15829 (* ?x11596 (- spinal_child_l3_refill_1_h spinal_child_l3_step_3_h)))))
 (let (($x11527 (<= spinal_child_l3_refill_1_h spinal_child_l3_end_h)))
 (let ((?x16440 (+ ?x15693 (* ?x11594 (- spinal_child_l3_refill_1_h spinal_child_l3_step_2_h)))))
 (let (($x11587 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_3_h)))
 (let ((?x16444 (+ ?x16266 (* ?x11592 (- spinal_child_l3_refill_1_h spinal_child_l3_step_1_h)))))
 (let (($x11585 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_2_h)))
 (let ((?x16448 (+ 0.0 (* ?x11590 (- spinal_child_l3_refill_1_h spinal_child_l3_step_0_h)))))
 (let (($x11583 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_1_h)))
 (let (($x11581 (<= spinal_child_l3_refill_1_h spinal_child_l3_step_0_h)))
 (let ((?x16450 (ite $x11581 0.0 (ite $x11583 ?x16448 (ite $x11585 ?x16444 (ite $x11587 ?x16440 (ite $x11527 ?x16436 ?x16284)))))))
 (let ((?x16455 (ite (< spinal_child_l3_refill_1_h t_0) (- spinal_child_l3_refill_1_volume_ml (+ (- ?x16386 ?x16450) 0.0)) ?x16433)))
 (let ((?x16128 (ite (<= 0.0 spinal_child_l3_step_0_h) spinal_child_l3_step_0_h 0.0)))
 (let (($x16459 (or (and (< ?x16128 t_0) $x15755 (not (> ?x16455 spinal_child_l3_alarm_ml))))))
 (let (($x16827 (not $x16459)))
 (=> holds_ITB-PUMP-4 $x16827)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x16462 (not (>= 1848.0 (- spinal_child_l3_refill_1_h spinal_child_l3_refill_0_h)))))
 (let (($x16466 (or $x16462 (not (>= 1848.0 (- spinal_child_l3_end_h spinal_child_l3_refill_1_h))))))
 (let (($x16828 (not $x16466)))
 (=> holds_ITB-PUMP-5 $x16828)))))
(assert
 (let (($x16472 (and (ite (= spinal_child_l3_bolus_1_via 0) false true) (not spinal_child_l3_bolus_1_emergency))))
 (let (($x16469 (and (ite (= spinal_child_l3_bolus_0_via 0) false true) (not spinal_child_l3_bolus_0_emergency))))
 (let (($x16829 (not (or $x16469 $x16472))))
 (=> holds_ITB-PUMP-6 $x16829)))))
(assert
 (let (($x16830 (not (or (not (ite (= spinal_child_l3_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x16830)))
(assert
 (let (($x16527 (and (< 0.0 spinal_child_l3_screening_3_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_3_concentration_ug_ml))))
 (let (($x16523 (and (< 0.0 spinal_child_l3_screening_2_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_2_concentration_ug_ml))))
 (let (($x16519 (and (< 0.0 spinal_child_l3_screening_1_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_1_concentration_ug_ml))))
 (let (($x16515 (and (< 0.0 spinal_child_l3_screening_0_concentration_ug_ml) (>= 2000.0 spinal_child_l3_screening_0_concentration_ug_ml))))
 (let (($x16511 (and (< 0.0 spinal_child_l3_concentration_ug_ml) (>= 2000.0 spinal_child_l3_concentration_ug_ml))))
 (let (($x16512 (not $x16511)))
 (let (($x16507 (and (< 0.0 spinal_child_l3_refill_1_concentration_ug_ml) (>= 2000.0 spinal_child_l3_refill_1_concentration_ug_ml))))
 (let (($x16503 (and (< 0.0 spinal_child_l3_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l3_refill_0_concentration_ug_ml))))
 (let (($x16497 (= 2000.0 spinal_child_l3_refill_1_concentration_ug_ml)))
 (let (($x16496 (= 500.0 spinal_child_l3_refill_1_concentration_ug_ml)))
 (let (($x16495 (= 50.0 spinal_child_l3_refill_1_concentration_ug_ml)))
 (let (($x11540 (= spinal_child_l3_refill_1_diluent 0)))
 (let (($x16484 (ite $x11540 true (ite (= spinal_child_l3_refill_1_diluent 1) false false))))
 (let (($x16491 (= 2000.0 spinal_child_l3_refill_0_concentration_ug_ml)))
 (let (($x16490 (= 500.0 spinal_child_l3_refill_0_concentration_ug_ml)))
 (let (($x16489 (= 50.0 spinal_child_l3_refill_0_concentration_ug_ml)))
 (let (($x11523 (= spinal_child_l3_refill_0_diluent 0)))
 (let (($x16478 (ite $x11523 true (ite (= spinal_child_l3_refill_0_diluent 1) false false))))
 (let (($x16486 (ite $x11540 false (ite (= spinal_child_l3_refill_1_diluent 1) true false))))
 (let (($x16480 (ite $x11523 false (ite (= spinal_child_l3_refill_0_diluent 1) true false))))
 (let (($x16529 (or (not (or $x16478 $x16480)) (not (or $x16484 $x16486)) (and $x16478 (not (or $x16489 $x16490 $x16491))) (and $x16484 (not (or $x16495 $x16496 $x16497))) (not $x16503) (not $x16507) $x16512 $x16512 $x16512 $x16512 (not $x16515) (not $x16519) (not $x16523) (not $x16527))))
 (let (($x16831 (not $x16529)))
 (=> holds_ITB-CONC-1 $x16831))))))))))))))))))))))))
(assert
 (let (($x16538 (or (not (= 50.0 spinal_child_l3_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_child_l3_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_child_l3_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_child_l3_screening_3_concentration_ug_ml)))))
 (let (($x16832 (not $x16538)))
 (=> holds_ITB-SCR-1 $x16832))))
(assert
 (let (($x16833 (not (or (not (>= 50.0 spinal_child_l3_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x16833)))
(assert
 (let (($x16550 (or (not (<= 1.0 spinal_child_l3_screening_0_duration_min)) (not (<= 1.0 spinal_child_l3_screening_1_duration_min)) (not (<= 1.0 spinal_child_l3_screening_2_duration_min)) (not (<= 1.0 spinal_child_l3_screening_3_duration_min)))))
 (let (($x16834 (not $x16550)))
 (=> holds_ITB-SCR-3 $x16834))))
(assert
 (let (($x16578 (<= 24.0 (- spinal_child_l3_screening_3_h spinal_child_l3_screening_2_h))))
 (let (($x11442 (= spinal_child_l3_screening_2_response 0)))
 (let (($x16555 (ite $x11442 true false)))
 (let (($x16574 (<= 24.0 (- spinal_child_l3_screening_2_h spinal_child_l3_screening_1_h))))
 (let (($x11422 (= spinal_child_l3_screening_1_response 0)))
 (let (($x16553 (ite $x11422 true false)))
 (let (($x16570 (<= 24.0 (- spinal_child_l3_screening_1_h spinal_child_l3_screening_0_h))))
 (let (($x11402 (= spinal_child_l3_screening_0_response 0)))
 (let (($x16551 (ite $x11402 true false)))
 (let (($x16566 (<= spinal_child_l3_screening_3_dose_ug (+ spinal_child_l3_screening_2_dose_ug 25.0))))
 (let (($x16562 (<= spinal_child_l3_screening_2_dose_ug (+ spinal_child_l3_screening_1_dose_ug 25.0))))
 (let (($x16558 (<= spinal_child_l3_screening_1_dose_ug (+ spinal_child_l3_screening_0_dose_ug 25.0))))
 (let (($x16581 (or (not $x16551) (not $x16553) (not $x16555) (and $x16551 (not $x16558)) (and $x16553 (not $x16562)) (and $x16555 (not $x16566)) (and $x16551 (not $x16570)) (and $x16553 (not $x16574)) (and $x16555 (not $x16578)))))
 (let (($x16835 (not $x16581)))
 (=> holds_ITB-SCR-4 $x16835))))))))))))))))
(assert
 (let (($x16590 (or (not (>= 100.0 spinal_child_l3_screening_0_dose_ug)) (not (>= 100.0 spinal_child_l3_screening_1_dose_ug)) (not (>= 100.0 spinal_child_l3_screening_2_dose_ug)) (not (>= 100.0 spinal_child_l3_screening_3_dose_ug)))))
 (let (($x16836 (not $x16590)))
 (=> holds_ITB-SCR-5 $x16836))))
(assert
 (let (($x11462 (= spinal_child_l3_screening_3_response 0)))
 (let (($x16600 (ite $x11462 false true)))
 (let (($x11442 (= spinal_child_l3_screening_2_response 0)))
 (let (($x16597 (ite $x11442 false true)))
 (let (($x11422 (= spinal_child_l3_screening_1_response 0)))
 (let (($x16594 (ite $x11422 false true)))
 (let (($x11402 (= spinal_child_l3_screening_0_response 0)))
 (let (($x16591 (ite $x11402 false true)))
 (let (($x16603 (or (and $x16591 (<= spinal_child_l3_screening_0_h spinal_child_l3_step_0_h)) (and $x16594 (<= spinal_child_l3_screening_1_h spinal_child_l3_step_0_h)) (and $x16597 (<= spinal_child_l3_screening_2_h spinal_child_l3_step_0_h)) (and $x16600 (<= spinal_child_l3_screening_3_h spinal_child_l3_step_0_h)))))
 (let (($x16837 (not (or (not $x16603)))))
 (=> holds_ITB-SCR-6 $x16837))))))))))))
(assert
 (let ((?x16625 (* 2.0 spinal_child_l3_screening_3_dose_ug)))
 (let ((?x16626 (ite (>= 12.0 spinal_child_l3_screening_3_effect_h) ?x16625 spinal_child_l3_screening_3_dose_ug)))
 (let (($x11462 (= spinal_child_l3_screening_3_response 0)))
 (let (($x16600 (ite $x11462 false true)))
 (let ((?x16619 (* 2.0 spinal_child_l3_screening_2_dose_ug)))
 (let ((?x16620 (ite (>= 12.0 spinal_child_l3_screening_2_effect_h) ?x16619 spinal_child_l3_screening_2_dose_ug)))
 (let (($x11442 (= spinal_child_l3_screening_2_response 0)))
 (let (($x16597 (ite $x11442 false true)))
 (let ((?x16613 (* 2.0 spinal_child_l3_screening_1_dose_ug)))
 (let ((?x16614 (ite (>= 12.0 spinal_child_l3_screening_1_effect_h) ?x16613 spinal_child_l3_screening_1_dose_ug)))
 (let (($x11422 (= spinal_child_l3_screening_1_response 0)))
 (let (($x16594 (ite $x11422 false true)))
 (let ((?x16607 (* 2.0 spinal_child_l3_screening_0_dose_ug)))
 (let ((?x16608 (ite (>= 12.0 spinal_child_l3_screening_0_effect_h) ?x16607 spinal_child_l3_screening_0_dose_ug)))
 (let (($x11402 (= spinal_child_l3_screening_0_response 0)))
 (let (($x16591 (ite $x11402 false true)))
 (let (($x16630 (or (and $x16591 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x16608))) (and $x16594 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x16614))) (and $x16597 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x16620))) (and $x16600 (not (<= spinal_child_l3_step_0_daily_dose_ug ?x16626))))))
 (let (($x16838 (not $x16630)))
 (=> holds_ITB-INIT-1 $x16838))))))))))))))))))))
(assert
 (let (($x16643 (not (<= 24.0 (- spinal_child_l3_step_3_h spinal_child_l3_step_0_h)))))
 (let (($x16640 (> spinal_child_l3_step_3_daily_dose_ug spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x16638 (not (<= 24.0 (- spinal_child_l3_step_2_h spinal_child_l3_step_0_h)))))
 (let (($x16635 (> spinal_child_l3_step_2_daily_dose_ug spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x16633 (not (<= 24.0 (- spinal_child_l3_step_1_h spinal_child_l3_step_0_h)))))
 (let (($x16631 (> spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x16839 (not (or (and $x16631 $x16633) (and $x16635 $x16638) (and $x16640 $x16643)))))
 (=> holds_ITB-INIT-2 $x16839)))))))))
(assert
 (let (($x16650 (<= spinal_child_l3_step_3_daily_dose_ug spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x16648 (<= spinal_child_l3_step_2_daily_dose_ug spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x16646 (<= spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x16840 (not (or (not $x16646) (not $x16648) (not $x16650)))))
 (=> holds_ITB-TITR-1 $x16840))))))
(assert
 (let ((?x16656 (ite spinal_child_l3_programmable 24.0 48.0)))
 (let (($x16640 (> spinal_child_l3_step_3_daily_dose_ug spinal_child_l3_step_2_daily_dose_ug)))
 (let (($x16705 (and $x16640 (and (< spinal_child_l3_step_3_h spinal_child_l3_step_3_h) $x16640) (not (>= (- spinal_child_l3_step_3_h spinal_child_l3_step_3_h) ?x16656)))))
 (let (($x16635 (> spinal_child_l3_step_2_daily_dose_ug spinal_child_l3_step_1_daily_dose_ug)))
 (let (($x16699 (and $x16640 (and (< spinal_child_l3_step_2_h spinal_child_l3_step_3_h) $x16635) (not (>= (- spinal_child_l3_step_3_h spinal_child_l3_step_2_h) ?x16656)))))
 (let (($x16631 (> spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
 (let (($x16694 (and $x16640 (and (< spinal_child_l3_step_1_h spinal_child_l3_step_3_h) $x16631) (not (>= (- spinal_child_l3_step_3_h spinal_child_l3_step_1_h) ?x16656)))))
 (let (($x16688 (and $x16635 (and (< spinal_child_l3_step_3_h spinal_child_l3_step_2_h) $x16640) (not (>= (- spinal_child_l3_step_2_h spinal_child_l3_step_3_h) ?x16656)))))
 (let (($x16682 (and $x16635 (and (< spinal_child_l3_step_2_h spinal_child_l3_step_2_h) $x16635) (not (>= (- spinal_child_l3_step_2_h spinal_child_l3_step_2_h) ?x16656)))))
 (let (($x16676 (and $x16635 (and (< spinal_child_l3_step_1_h spinal_child_l3_step_2_h) $x16631) (not (>= (- spinal_child_l3_step_2_h spinal_child_l3_step_1_h) ?x16656)))))
 (let (($x16671 (and $x16631 (and (< spinal_child_l3_step_3_h spinal_child_l3_step_1_h) $x16640) (not (>= (- spinal_child_l3_step_1_h spinal_child_l3_step_3_h) ?x16656)))))
 (let (($x16665 (and $x16631 (and (< spinal_child_l3_step_2_h spinal_child_l3_step_1_h) $x16635) (not (>= (- spinal_child_l3_step_1_h spinal_child_l3_step_2_h) ?x16656)))))
 (let (($x16659 (and $x16631 (and (< spinal_child_l3_step_1_h spinal_child_l3_step_1_h) $x16631) (not (>= (- spinal_child_l3_step_1_h spinal_child_l3_step_1_h) ?x16656)))))
 (let (($x16841 (not (or $x16659 $x16665 $x16671 $x16676 $x16682 $x16688 $x16694 $x16699 $x16705))))
 (=> holds_ITB-TITR-2 $x16841))))))))))))))))
(assert
 (let ((?x16814 (ite (<= spinal_child_l3_step_1_h w_0) spinal_child_l3_step_1_daily_dose_ug spinal_child_l3_step_0_daily_dose_ug)))
(let ((?x16815 (ite (<= spinal_child_l3_step_2_h w_0) spinal_child_l3_step_2_daily_dose_ug ?x16814)))
(let ((?x16816 (ite (<= spinal_child_l3_step_3_h w_0) spinal_child_l3_step_3_daily_dose_ug ?x16815)))
(let (($x16807 (and (<= (- w_0 24.0) spinal_child_l3_bolus_1_h) (< spinal_child_l3_bolus_1_h w_0))))
(let (($x16802 (and (<= (- w_0 24.0) spinal_child_l3_bolus_0_h) (< spinal_child_l3_bolus_0_h w_0))))
(let ((?x16809 (+ (+ 0.0 (ite $x16802 spinal_child_l3_bolus_0_dose_ug 0.0)) (ite $x16807 spinal_child_l3_bolus_1_dose_ug 0.0))))
(let ((?x15830 (- spinal_child_l3_end_h spinal_child_l3_step_3_h)))
(let ((?x11595 (/ spinal_child_l3_step_3_daily_dose_ug 24.0)))
(let ((?x15689 (- spinal_child_l3_step_3_h spinal_child_l3_step_2_h)))
(let ((?x11593 (/ spinal_child_l3_step_2_daily_dose_ug 24.0)))
(let ((?x16347 (- spinal_child_l3_step_2_h spinal_child_l3_step_1_h)))
(let ((?x11591 (/ spinal_child_l3_step_1_daily_dose_ug 24.0)))
(let ((?x15752 (- spinal_child_l3_step_1_h spinal_child_l3_step_0_h)))
(let ((?x11589 (/ spinal_child_l3_step_0_daily_dose_ug 24.0)))
(let ((?x16712 (+ 0.0 (* ?x11589 ?x15752))))
(let ((?x16716 (+ ?x16712 (* ?x11591 ?x16347))))
(let ((?x16718 (+ ?x16716 (* ?x11593 ?x15689))))
(let ((?x16720 (+ ?x16718 (* ?x11595 ?x15830))))
(let ((?x16781 (ite (<= (- w_0 24.0) spinal_child_l3_end_h) (+ ?x16718 (* ?x11595 (- (- w_0 24.0) spinal_child_l3_step_3_h))) ?x16720)))
(let ((?x16786 (ite (<= (- w_0 24.0) spinal_child_l3_step_3_h) (+ ?x16716 (* ?x11593 (- (- w_0 24.0) spinal_child_l3_step_2_h))) ?x16781)))
(let ((?x16791 (ite (<= (- w_0 24.0) spinal_child_l3_step_2_h) (+ ?x16712 (* ?x11591 (- (- w_0 24.0) spinal_child_l3_step_1_h))) ?x16786)))
(let ((?x16796 (ite (<= (- w_0 24.0) spinal_child_l3_step_1_h) (+ 0.0 (* ?x11589 (- (- w_0 24.0) spinal_child_l3_step_0_h))) ?x16791)))
(let ((?x16746 (ite (<= w_0 spinal_child_l3_end_h) (+ ?x16718 (* ?x11595 (- w_0 spinal_child_l3_step_3_h))) ?x16720)))
(let ((?x16751 (ite (<= w_0 spinal_child_l3_step_3_h) (+ ?x16716 (* ?x11593 (- w_0 spinal_child_l3_step_2_h))) ?x16746)))
(let ((?x16756 (ite (<= w_0 spinal_child_l3_step_2_h) (+ ?x16712 (* ?x11591 (- w_0 spinal_child_l3_step_1_h))) ?x16751)))
(let ((?x16761 (ite (<= w_0 spinal_child_l3_step_1_h) (+ 0.0 (* ?x11589 (- w_0 spinal_child_l3_step_0_h))) ?x16756)))
(let ((?x16763 (ite (<= w_0 spinal_child_l3_step_0_h) 0.0 ?x16761)))
(let ((?x16799 (- ?x16763 (ite (<= (- w_0 24.0) spinal_child_l3_step_0_h) 0.0 ?x16796))))
(let ((?x16818 (ite (>= (- w_0 24.0) spinal_child_l3_step_0_h) (+ ?x16799 ?x16809) (* 1.0 ?x16816))))
(let ((?x16820 (* (+ 1.0 (ite (<= 18.0 spinal_child_l3_age_years) (/ 3.0 10.0) (/ 3.0 20.0))) ?x16818)))
(let (($x16772 (and (<= w_0 spinal_child_l3_bolus_1_h) (< spinal_child_l3_bolus_1_h (+ w_0 24.0)))))
(let (($x16767 (and (<= w_0 spinal_child_l3_bolus_0_h) (< spinal_child_l3_bolus_0_h (+ w_0 24.0)))))
(let ((?x16774 (+ (+ 0.0 (ite $x16767 spinal_child_l3_bolus_0_dose_ug 0.0)) (ite $x16772 spinal_child_l3_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x16710 (<= ?x1800 spinal_child_l3_end_h)))
(let ((?x16729 (ite (<= ?x1800 spinal_child_l3_step_3_h) (+ ?x16716 (* ?x11593 (- ?x1800 spinal_child_l3_step_2_h))) (ite $x16710 (+ ?x16718 (* ?x11595 (- ?x1800 spinal_child_l3_step_3_h))) ?x16720))))
(let ((?x16734 (ite (<= ?x1800 spinal_child_l3_step_2_h) (+ ?x16712 (* ?x11591 (- ?x1800 spinal_child_l3_step_1_h))) ?x16729)))
(let ((?x16739 (ite (<= ?x1800 spinal_child_l3_step_1_h) (+ 0.0 (* ?x11589 (- ?x1800 spinal_child_l3_step_0_h))) ?x16734)))
(let ((?x16775 (+ (- (ite (<= ?x1800 spinal_child_l3_step_0_h) 0.0 ?x16739) ?x16763) ?x16774)))
(let (($x16707 (or (and (<= spinal_child_l3_step_0_h w_0) $x16710 (not (<= ?x16775 ?x16820))))))
(let (($x16842 (not $x16707)))
(=> holds_ITB-TITR-3 $x16842)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
