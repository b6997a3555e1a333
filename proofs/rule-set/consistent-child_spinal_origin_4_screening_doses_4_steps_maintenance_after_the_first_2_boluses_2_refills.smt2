; itbverify 0.1.0: rule-set consistency, child, spinal origin; 4 screening doses, 4 steps (maintenance after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_child_l1_age_years () Real)
(declare-fun spinal_child_l1_months_since_injury () Real)
(declare-fun spinal_child_l1_reservoir_ml () Real)
(declare-fun spinal_child_l1_alarm_ml () Real)
(declare-fun spinal_child_l1_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_0_h () Real)
(declare-fun spinal_child_l1_screening_0_dose_ug () Real)
(declare-fun spinal_child_l1_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_0_duration_min () Real)
(declare-fun spinal_child_l1_screening_0_response () Int)
(declare-fun spinal_child_l1_screening_0_effect_h () Real)
(declare-fun spinal_child_l1_screening_1_h () Real)
(declare-fun spinal_child_l1_screening_1_dose_ug () Real)
(declare-fun spinal_child_l1_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_1_duration_min () Real)
(declare-fun spinal_child_l1_screening_1_response () Int)
(declare-fun spinal_child_l1_screening_1_effect_h () Real)
(declare-fun spinal_child_l1_screening_2_h () Real)
(declare-fun spinal_child_l1_screening_2_dose_ug () Real)
(declare-fun spinal_child_l1_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_2_duration_min () Real)
(declare-fun spinal_child_l1_screening_2_response () Int)
(declare-fun spinal_child_l1_screening_2_effect_h () Real)
(declare-fun spinal_child_l1_screening_3_h () Real)
(declare-fun spinal_child_l1_screening_3_dose_ug () Real)
(declare-fun spinal_child_l1_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_screening_3_duration_min () Real)
(declare-fun spinal_child_l1_screening_3_response () Int)
(declare-fun spinal_child_l1_screening_3_effect_h () Real)
(declare-fun spinal_child_l1_step_0_h () Real)
(declare-fun spinal_child_l1_step_0_daily_dose_ug () Real)
(declare-fun spinal_child_l1_step_0_rate_ml_day () Real)
(declare-fun spinal_child_l1_step_1_h () Real)
(declare-fun spinal_child_l1_step_1_daily_dose_ug () Real)
(declare-fun spinal_child_l1_step_1_rate_ml_day () Real)
(declare-fun spinal_child_l1_step_2_h () Real)
(declare-fun spinal_child_l1_step_2_daily_dose_ug () Real)
(declare-fun spinal_child_l1_step_2_rate_ml_day () Real)
(declare-fun spinal_child_l1_step_3_h () Real)
(declare-fun spinal_child_l1_step_3_daily_dose_ug () Real)
(declare-fun spinal_child_l1_step_3_rate_ml_day () Real)
(declare-fun spinal_child_l1_end_h () Real)
(declare-fun spinal_child_l1_refill_0_h () Real)
(declare-fun spinal_child_l1_refill_0_volume_ml () Real)
(declare-fun spinal_child_l1_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_refill_0_diluent () Int)
(declare-fun spinal_child_l1_refill_1_h () Real)
(declare-fun spinal_child_l1_refill_1_volume_ml () Real)
(declare-fun spinal_child_l1_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l1_refill_1_diluent () Int)
(declare-fun spinal_child_l1_bolus_0_h () Real)
(declare-fun spinal_child_l1_bolus_0_dose_ug () Real)
(declare-fun spinal_child_l1_bolus_0_via () Int)
(declare-fun spinal_child_l1_bolus_1_h () Real)
(declare-fun spinal_child_l1_bolus_1_dose_ug () Real)
(declare-fun spinal_child_l1_bolus_1_via () Int)
(declare-fun spinal_child_l1_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_child_l1_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_child_l1_bolus_1_emergency () Bool)
(declare-fun spinal_child_l1_bolus_0_emergency () Bool)
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
(declare-fun spinal_child_l1_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_child_l1_age_years 0.0))
(assert
 (<= spinal_child_l1_age_years 120.0))
(assert
 (< spinal_child_l1_age_years 18.0))
(assert
 (>= spinal_child_l1_months_since_injury 0.0))
(assert
 (<= spinal_child_l1_months_since_injury 100000.0))
(assert
 (>= spinal_child_l1_reservoir_ml 0.0))
(assert
 (<= spinal_child_l1_reservoir_ml 100000.0))
(assert
 (>= spinal_child_l1_alarm_ml 0.0))
(assert
 (<= spinal_child_l1_alarm_ml 100000.0))
(assert
 (>= spinal_child_l1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_0_h 0.0))
(assert
 (<= spinal_child_l1_screening_0_h 100000.0))
(assert
 (>= spinal_child_l1_screening_0_h 0.0))
(assert
 (>= spinal_child_l1_screening_0_dose_ug 0.0))
(assert
 (<= spinal_child_l1_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_0_duration_min 0.0))
(assert
 (<= spinal_child_l1_screening_0_duration_min 100000.0))
(assert
 (>= spinal_child_l1_screening_0_response 0))
(assert
 (< spinal_child_l1_screening_0_response 2))
(assert
 (>= spinal_child_l1_screening_0_effect_h 0.0))
(assert
 (<= spinal_child_l1_screening_0_effect_h 100000.0))
(assert
 (>= spinal_child_l1_screening_1_h 0.0))
(assert
 (<= spinal_child_l1_screening_1_h 100000.0))
(assert
 (>= spinal_child_l1_screening_1_h spinal_child_l1_screening_0_h))
(assert
 (>= spinal_child_l1_screening_1_dose_ug 0.0))
(assert
 (<= spinal_child_l1_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_1_duration_min 0.0))
(assert
 (<= spinal_child_l1_screening_1_duration_min 100000.0))
(assert
 (>= spinal_child_l1_screening_1_response 0))
(assert
 (< spinal_child_l1_screening_1_response 2))
(assert
 (>= spinal_child_l1_screening_1_effect_h 0.0))
(assert
 (<= spinal_child_l1_screening_1_effect_h 100000.0))
(assert
 (>= spinal_child_l1_screening_2_h 0.0))
(assert
 (<= spinal_child_l1_screening_2_h 100000.0))
(assert
 (>= spinal_child_l1_screening_2_h spinal_child_l1_screening_1_h))
(assert
 (>= spinal_child_l1_screening_2_dose_ug 0.0))
(assert
 (<= spinal_child_l1_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_2_duration_min 0.0))
(assert
 (<= spinal_child_l1_screening_2_duration_min 100000.0))
(assert
 (>= spinal_child_l1_screening_2_response 0))
(assert
 (< spinal_child_l1_screening_2_response 2))
(assert
 (>= spinal_child_l1_screening_2_effect_h 0.0))
(assert
 (<= spinal_child_l1_screening_2_effect_h 100000.0))
(assert
 (>= spinal_child_l1_screening_3_h 0.0))
(assert
 (<= spinal_child_l1_screening_3_h 100000.0))
(assert
 (>= spinal_child_l1_screening_3_h spinal_child_l1_screening_2_h))
(assert
 (>= spinal_child_l1_screening_3_dose_ug 0.0))
(assert
 (<= spinal_child_l1_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_screening_3_duration_min 0.0))
(assert
 (<= spinal_child_l1_screening_3_duration_min 100000.0))
(assert
 (>= spinal_child_l1_screening_3_response 0))
(assert
 (< spinal_child_l1_screening_3_response 2))
(assert
 (>= spinal_child_l1_screening_3_effect_h 0.0))
(assert
 (<= spinal_child_l1_screening_3_effect_h 100000.0))
(assert
 (>= spinal_child_l1_step_0_h 0.0))
(assert
 (<= spinal_child_l1_step_0_h 100000.0))
(assert
 (>= spinal_child_l1_step_0_h spinal_child_l1_screening_3_h))
(assert
 (>= spinal_child_l1_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l1_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_child_l1_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l1_step_1_h 0.0))
(assert
 (<= spinal_child_l1_step_1_h 100000.0))
(assert
 (> spinal_child_l1_step_1_h spinal_child_l1_step_0_h))
(assert
 (>= spinal_child_l1_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l1_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_child_l1_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l1_step_2_h 0.0))
(assert
 (<= spinal_child_l1_step_2_h 100000.0))
(assert
 (> spinal_child_l1_step_2_h spinal_child_l1_step_1_h))
(assert
 (>= spinal_child_l1_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l1_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_child_l1_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l1_step_3_h 0.0))
(assert
 (<= spinal_child_l1_step_3_h 100000.0))
(assert
 (> spinal_child_l1_step_3_h spinal_child_l1_step_2_h))
(assert
 (>= spinal_child_l1_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l1_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_child_l1_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_child_l1_end_h 100000.0))
(assert
 (>= spinal_child_l1_end_h spinal_child_l1_step_3_h))
(assert
 (<= spinal_child_l1_refill_0_h 100000.0))
(assert
 (<= spinal_child_l1_refill_0_h spinal_child_l1_end_h))
(assert
 (>= spinal_child_l1_refill_0_h spinal_child_l1_step_0_h))
(assert
 (>= spinal_child_l1_refill_0_volume_ml 0.0))
(assert
 (<= spinal_child_l1_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_child_l1_refill_0_volume_ml spinal_child_l1_reservoir_ml))
(assert
 (>= spinal_child_l1_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_refill_0_diluent 0))
(assert
 (< spinal_child_l1_refill_0_diluent 3))
(assert
 (<= spinal_child_l1_refill_1_h 100000.0))
(assert
 (<= spinal_child_l1_refill_1_h spinal_child_l1_end_h))
(assert
 (>= spinal_child_l1_refill_1_h spinal_child_l1_step_0_h))
(assert
 (> spinal_child_l1_refill_1_h spinal_child_l1_refill_0_h))
(assert
 (>= spinal_child_l1_refill_1_volume_ml 0.0))
(assert
 (<= spinal_child_l1_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_child_l1_refill_1_volume_ml spinal_child_l1_reservoir_ml))
(assert
 (>= spinal_child_l1_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l1_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l1_refill_1_diluent 0))
(assert
 (< spinal_child_l1_refill_1_diluent 3))
(assert
 (= spinal_child_l1_refill_0_h spinal_child_l1_step_0_h))
(assert
 (<= spinal_child_l1_bolus_0_h 100000.0))
(assert
 (>= spinal_child_l1_bolus_0_h spinal_child_l1_step_0_h))
(assert
 (<= spinal_child_l1_bolus_0_h spinal_child_l1_end_h))
(assert
 (>= spinal_child_l1_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_child_l1_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_bolus_0_via 0))
(assert
 (< spinal_child_l1_bolus_0_via 2))
(assert
 (<= spinal_child_l1_bolus_1_h 100000.0))
(assert
 (>= spinal_child_l1_bolus_1_h spinal_child_l1_step_0_h))
(assert
 (<= spinal_child_l1_bolus_1_h spinal_child_l1_end_h))
(assert
 (>= spinal_child_l1_bolus_1_h spinal_child_l1_bolus_0_h))
(assert
 (>= spinal_child_l1_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_child_l1_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l1_bolus_1_via 0))
(assert
 (< spinal_child_l1_bolus_1_via 2))
(assert
 (>= spinal_child_l1_route 0))
(assert
 (< spinal_child_l1_route 2))
(assert
 (let ((?x13982 (* (/ 4.0 5.0) spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x13471 (< spinal_child_l1_step_3_daily_dose_ug spinal_child_l1_step_2_daily_dose_ug)))
 (let ((?x13917 (* (/ 4.0 5.0) spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x13664 (< spinal_child_l1_step_2_daily_dose_ug spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x13516 (>= spinal_child_l1_step_1_daily_dose_ug (* (/ 4.0 5.0) spinal_child_l1_step_0_daily_dose_ug))))
 (let (($x13584 (< spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x13667 (or (and $x13584 (not $x13516)) (and $x13664 (not (>= spinal_child_l1_step_2_daily_dose_ug ?x13917))) (and $x13471 (not (>= spinal_child_l1_step_3_daily_dose_ug ?x13982))))))
 (let (($x14220 (not $x13667)))
 (=> holds_ITB-STOP-1 $x14220))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x14333 (not (or (not (<= 4.0 spinal_child_l1_age_years))))))
 (=> holds_ITB-PAT-1 $x14333)))
(assert
 (let (($x14334 (not (or (not (<= 12.0 spinal_child_l1_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x14334)))
(assert
 (let (($x14335 (not (or spinal_child_l1_infection))))
 (=> holds_ITB-PAT-4 $x14335)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x13605 (* spinal_child_l1_step_3_rate_ml_day spinal_child_l1_concentration_ug_ml)))
 (let ((?x13650 (- ?x13605 spinal_child_l1_step_3_daily_dose_ug)))
 (let (($x13819 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l1_step_3_daily_dose_ug) ?x13650) (<= ?x13650 (* (/ 1.0 100.0) spinal_child_l1_step_3_daily_dose_ug)))))
 (let ((?x13716 (* spinal_child_l1_step_2_rate_ml_day spinal_child_l1_concentration_ug_ml)))
 (let ((?x13733 (- ?x13716 spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x13862 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l1_step_2_daily_dose_ug) ?x13733) (<= ?x13733 (* (/ 1.0 100.0) spinal_child_l1_step_2_daily_dose_ug)))))
 (let ((?x13834 (* spinal_child_l1_step_1_rate_ml_day spinal_child_l1_concentration_ug_ml)))
 (let ((?x13980 (- ?x13834 spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x13496 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l1_step_1_daily_dose_ug) ?x13980) (<= ?x13980 (* (/ 1.0 100.0) spinal_child_l1_step_1_daily_dose_ug)))))
 (let ((?x13720 (* spinal_child_l1_step_0_rate_ml_day spinal_child_l1_concentration_ug_ml)))
 (let ((?x13878 (- ?x13720 spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x13735 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l1_step_0_daily_dose_ug) ?x13878) (<= ?x13878 (* (/ 1.0 100.0) spinal_child_l1_step_0_daily_dose_ug)))))
 (let (($x13515 (= spinal_child_l1_concentration_ug_ml spinal_child_l1_refill_1_concentration_ug_ml)))
 (let (($x13711 (not $x13515)))
 (let (($x13508 (= spinal_child_l1_concentration_ug_ml spinal_child_l1_refill_0_concentration_ug_ml)))
 (let (($x13787 (not $x13508)))
 (let (($x11132 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_3_h)))
 (let (($x11131 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_3_h)))
 (let (($x13529 (and (ite $x11131 true (ite $x11132 true false)) (not (ite $x11131 $x13515 (ite $x11132 $x13508 false))))))
 (let (($x11130 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_2_h)))
 (let (($x11129 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_2_h)))
 (let (($x13770 (and (ite $x11129 true (ite $x11130 true false)) (not (ite $x11129 $x13515 (ite $x11130 $x13508 false))))))
 (let (($x11128 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_1_h)))
 (let (($x11127 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_1_h)))
 (let (($x13675 (and (ite $x11127 true (ite $x11128 true false)) (not (ite $x11127 $x13515 (ite $x11128 $x13508 false))))))
 (let (($x11126 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_0_h)))
 (let (($x11125 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_0_h)))
 (let (($x13506 (and (ite $x11125 true (ite $x11126 true false)) (not (ite $x11125 $x13515 (ite $x11126 $x13508 false))))))
 (let (($x6650 (or $x13506 $x13675 $x13770 $x13529 $x13787 $x13711 (not $x13735) (not $x13496) (not $x13862) (not $x13819))))
 (let (($x14336 (not $x6650)))
 (=> holds_ITB-PUMP-3 $x14336))))))))))))))))))))))))))))))))
(assert
 (let ((?x13974 (- spinal_child_l1_end_h spinal_child_l1_step_3_h)))
 (let ((?x11139 (/ spinal_child_l1_step_3_daily_dose_ug 24.0)))
 (let ((?x11140 (/ ?x11139 spinal_child_l1_concentration_ug_ml)))
 (let ((?x13710 (- spinal_child_l1_step_3_h spinal_child_l1_step_2_h)))
 (let ((?x11137 (/ spinal_child_l1_step_2_daily_dose_ug 24.0)))
 (let ((?x11138 (/ ?x11137 spinal_child_l1_concentration_ug_ml)))
 (let ((?x13580 (- spinal_child_l1_step_2_h spinal_child_l1_step_1_h)))
 (let ((?x11135 (/ spinal_child_l1_step_1_daily_dose_ug 24.0)))
 (let ((?x11136 (/ ?x11135 spinal_child_l1_concentration_ug_ml)))
 (let ((?x13673 (- spinal_child_l1_step_1_h spinal_child_l1_step_0_h)))
 (let ((?x11133 (/ spinal_child_l1_step_0_daily_dose_ug 24.0)))
 (let ((?x11134 (/ ?x11133 spinal_child_l1_concentration_ug_ml)))
 (let ((?x13547 (+ 0.0 (* ?x11134 ?x13673))))
 (let ((?x13476 (+ ?x13547 (* ?x11136 ?x13580))))
 (let ((?x13704 (+ ?x13476 (* ?x11138 ?x13710))))
 (let ((?x13564 (+ ?x13704 (* ?x11140 ?x13974))))
 (let ((?x13475 (+ ?x13704 (* ?x11140 (- spinal_child_l1_step_0_h spinal_child_l1_step_3_h)))))
 (let ((?x13583 (+ ?x13476 (* ?x11138 (- spinal_child_l1_step_0_h spinal_child_l1_step_2_h)))))
 (let ((?x12874 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_step_3_h) ?x13583 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_end_h) ?x13475 ?x13564))))
 (let ((?x13614 (+ ?x13547 (* ?x11136 (- spinal_child_l1_step_0_h spinal_child_l1_step_1_h)))))
 (let ((?x13725 (+ 0.0 (* ?x11134 (- spinal_child_l1_step_0_h spinal_child_l1_step_0_h)))))
 (let ((?x13902 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_step_1_h) ?x13725 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_step_2_h) ?x13614 ?x12874))))
 (let ((?x13613 (ite (<= spinal_child_l1_step_0_h spinal_child_l1_step_0_h) 0.0 ?x13902)))
 (let (($x13865 (<= t_0 spinal_child_l1_end_h)))
 (let ((?x13915 (ite (<= t_0 spinal_child_l1_step_3_h) (+ ?x13476 (* ?x11138 (- t_0 spinal_child_l1_step_2_h))) (ite $x13865 (+ ?x13704 (* ?x11140 (- t_0 spinal_child_l1_step_3_h))) ?x13564))))
 (let ((?x13450 (ite (<= t_0 spinal_child_l1_step_2_h) (+ ?x13547 (* ?x11136 (- t_0 spinal_child_l1_step_1_h))) ?x13915)))
 (let ((?x13740 (ite (<= t_0 spinal_child_l1_step_1_h) (+ 0.0 (* ?x11134 (- t_0 spinal_child_l1_step_0_h))) ?x13450)))
 (let ((?x6643 (ite (<= t_0 spinal_child_l1_step_0_h) 0.0 ?x13740)))
 (let ((?x13610 (+ ?x13704 (* ?x11140 (- spinal_child_l1_refill_0_h spinal_child_l1_step_3_h)))))
 (let (($x10755 (<= spinal_child_l1_refill_0_h spinal_child_l1_end_h)))
 (let ((?x13949 (+ ?x13476 (* ?x11138 (- spinal_child_l1_refill_0_h spinal_child_l1_step_2_h)))))
 (let (($x11132 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_3_h)))
 (let ((?x13761 (+ ?x13547 (* ?x11136 (- spinal_child_l1_refill_0_h spinal_child_l1_step_1_h)))))
 (let (($x11130 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_2_h)))
 (let ((?x13703 (+ 0.0 (* ?x11134 (- spinal_child_l1_refill_0_h spinal_child_l1_step_0_h)))))
 (let (($x11128 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_1_h)))
 (let (($x11126 (<= spinal_child_l1_refill_0_h spinal_child_l1_step_0_h)))
 (let ((?x13829 (ite $x11126 0.0 (ite $x11128 ?x13703 (ite $x11130 ?x13761 (ite $x11132 ?x13949 (ite $x10755 ?x13610 ?x13564)))))))
 (let ((?x13828 (ite (< spinal_child_l1_refill_0_h t_0) (- spinal_child_l1_refill_0_volume_ml (+ (- ?x6643 ?x13829) 0.0)) (- 0.0 (+ (- ?x6643 ?x13613) 0.0)))))
 (let ((?x13925 (+ ?x13704 (* ?x11140 (- spinal_child_l1_refill_1_h spinal_child_l1_step_3_h)))))
 (let (($x10854 (<= spinal_child_l1_refill_1_h spinal_child_l1_end_h)))
 (let ((?x13463 (+ ?x13476 (* ?x11138 (- spinal_child_l1_refill_1_h spinal_child_l1_step_2_h)))))
 (let (($x11131 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_3_h)))
 (let ((?x13790 (+ ?x13547 (* ?x11136 (- spinal_child_l1_refill_1_h spinal_child_l1_step_1_h)))))
 (let (($x11129 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_2_h)))
 (let ((?x13948 (+ 0.0 (* ?x11134 (- spinal_child_l1_refill_1_h spinal_child_l1_step_0_h)))))
 (let (($x11127 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_1_h)))
 (let (($x11125 (<= spinal_child_l1_refill_1_h spinal_child_l1_step_0_h)))
 (let ((?x13490 (ite $x11125 0.0 (ite $x11127 ?x13948 (ite $x11129 ?x13790 (ite $x11131 ?x13463 (ite $x10854 ?x13925 ?x13564)))))))
 (let ((?x13861 (ite (< spinal_child_l1_refill_1_h t_0) (- spinal_child_l1_refill_1_volume_ml (+ (- ?x6643 ?x13490) 0.0)) ?x13828)))
 (let ((?x13498 (ite (<= 0.0 spinal_child_l1_step_0_h) spinal_child_l1_step_0_h 0.0)))
 (let (($x10516 (or (and (< ?x13498 t_0) $x13865 (not (> ?x13861 spinal_child_l1_alarm_ml))))))
 (let (($x14337 (not $x10516)))
 (=> holds_ITB-PUMP-4 $x14337)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x13457 (not (>= 1848.0 (- spinal_child_l1_refill_1_h spinal_child_l1_refill_0_h)))))
 (let (($x13503 (or $x13457 (not (>= 1848.0 (- spinal_child_l1_end_h spinal_child_l1_refill_1_h))))))
 (let (($x14338 (not $x13503)))
 (=> holds_ITB-PUMP-5 $x14338)))))
(assert
 (let (($x13729 (and (ite (= spinal_child_l1_bolus_1_via 0) false true) (not spinal_child_l1_bolus_1_emergency))))
 (let (($x13898 (and (ite (= spinal_child_l1_bolus_0_via 0) false true) (not spinal_child_l1_bolus_0_emergency))))
 (let (($x14339 (not (or $x13898 $x13729))))
 (=> holds_ITB-PUMP-6 $x14339)))))
(assert
 (let (($x14340 (not (or (not (ite (= spinal_child_l1_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x14340)))
(assert
 (let (($x14030 (and (< 0.0 spinal_child_l1_screening_3_concentration_ug_ml) (>= 2000.0 spinal_child_l1_screening_3_concentration_ug_ml))))
 (let (($x14026 (and (< 0.0 spinal_child_l1_screening_2_concentration_ug_ml) (>= 2000.0 spinal_child_l1_screening_2_concentration_ug_ml))))
 (let (($x14022 (and (< 0.0 spinal_child_l1_screening_1_concentration_ug_ml) (>= 2000.0 spinal_child_l1_screening_1_concentration_ug_ml))))
 (let (($x14018 (and (< 0.0 spinal_child_l1_screening_0_concentration_ug_ml) (>= 2000.0 spinal_child_l1_screening_0_concentration_ug_ml))))
 (let (($x14014 (and (< 0.0 spinal_child_l1_concentration_ug_ml) (>= 2000.0 spinal_child_l1_concentration_ug_ml))))
 (let (($x14015 (not $x14014)))
 (let (($x14010 (and (< 0.0 spinal_child_l1_refill_1_concentration_ug_ml) (>= 2000.0 spinal_child_l1_refill_1_concentration_ug_ml))))
 (let (($x14006 (and (< 0.0 spinal_child_l1_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l1_refill_0_concentration_ug_ml))))
 (let (($x14000 (= 2000.0 spinal_child_l1_refill_1_concentration_ug_ml)))
 (let (($x13999 (= 500.0 spinal_child_l1_refill_1_concentration_ug_ml)))
 (let (($x13998 (= 50.0 spinal_child_l1_refill_1_concentration_ug_ml)))
 (let (($x11089 (= spinal_child_l1_refill_1_diluent 0)))
 (let (($x13987 (ite $x11089 true (ite (= spinal_child_l1_refill_1_diluent 1) false false))))
 (let (($x13994 (= 2000.0 spinal_child_l1_refill_0_concentration_ug_ml)))
 (let (($x13993 (= 500.0 spinal_child_l1_refill_0_concentration_ug_ml)))
 (let (($x13992 (= 50.0 spinal_child_l1_refill_0_concentration_ug_ml)))
 (let (($x11097 (= spinal_child_l1_refill_0_diluent 0)))
 (let (($x13805 (ite $x11097 true (ite (= spinal_child_l1_refill_0_diluent 1) false false))))
 (let (($x13989 (ite $x11089 false (ite (= spinal_child_l1_refill_1_diluent 1) true false))))
 (let (($x13923 (ite $x11097 false (ite (= spinal_child_l1_refill_0_diluent 1) true false))))
 (let (($x14032 (or (not (or $x13805 $x13923)) (not (or $x13987 $x13989)) (and $x13805 (not (or $x13992 $x13993 $x13994))) (and $x13987 (not (or $x13998 $x13999 $x14000))) (not $x14006) (not $x14010) $x14015 $x14015 $x14015 $x14015 (not $x14018) (not $x14022) (not $x14026) (not $x14030))))
 (let (($x14341 (not $x14032)))
 (=> holds_ITB-CONC-1 $x14341))))))))))))))))))))))))
(assert
 (let (($x14041 (or (not (= 50.0 spinal_child_l1_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_child_l1_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_child_l1_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_child_l1_screening_3_concentration_ug_ml)))))
 (let (($x14342 (not $x14041)))
 (=> holds_ITB-SCR-1 $x14342))))
(assert
 (let (($x14343 (not (or (not (>= 50.0 spinal_child_l1_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x14343)))
(assert
 (let (($x14053 (or (not (<= 1.0 spinal_child_l1_screening_0_duration_min)) (not (<= 1.0 spinal_child_l1_screening_1_duration_min)) (not (<= 1.0 spinal_child_l1_screening_2_duration_min)) (not (<= 1.0 spinal_child_l1_screening_3_duration_min)))))
 (let (($x14344 (not $x14053)))
 (=> holds_ITB-SCR-3 $x14344))))
(assert
 (let (($x14081 (<= 24.0 (- spinal_child_l1_screening_3_h spinal_child_l1_screening_2_h))))
 (let (($x10959 (= spinal_child_l1_screening_2_response 0)))
 (let (($x14058 (ite $x10959 true false)))
 (let (($x14077 (<= 24.0 (- spinal_child_l1_screening_2_h spinal_child_l1_screening_1_h))))
 (let (($x10978 (= spinal_child_l1_screening_1_response 0)))
 (let (($x14056 (ite $x10978 true false)))
 (let (($x14073 (<= 24.0 (- spinal_child_l1_screening_1_h spinal_child_l1_screening_0_h))))
 (let (($x10307 (= spinal_child_l1_screening_0_response 0)))
 (let (($x14054 (ite $x10307 true false)))
 (let (($x14069 (<= spinal_child_l1_screening_3_dose_ug (+ spinal_child_l1_screening_2_dose_ug 25.0))))
 (let (($x14065 (<= spinal_child_l1_screening_2_dose_ug (+ spinal_child_l1_screening_1_dose_ug 25.0))))
 (let (($x14061 (<= spinal_child_l1_screening_1_dose_ug (+ spinal_child_l1_screening_0_dose_ug 25.0))))
 (let (($x14084 (or (not $x14054) (not $x14056) (not $x14058) (and $x14054 (not $x14061)) (and $x14056 (not $x14065)) (and $x14058 (not $x14069)) (and $x14054 (not $x14073)) (and $x14056 (not $x14077)) (and $x14058 (not $x14081)))))
 (let (($x14345 (not $x14084)))
 (=> holds_ITB-SCR-4 $x14345))))))))))))))))
(assert
 (let (($x14093 (or (not (>= 100.0 spinal_child_l1_screening_0_dose_ug)) (not (>= 100.0 spinal_child_l1_screening_1_dose_ug)) (not (>= 100.0 spinal_child_l1_screening_2_dose_ug)) (not (>= 100.0 spinal_child_l1_screening_3_dose_ug)))))
 (let (($x14346 (not $x14093)))
 (=> holds_ITB-SCR-5 $x14346))))
(assert
 (let (($x10952 (= spinal_child_l1_screening_3_response 0)))
 (let (($x14103 (ite $x10952 false true)))
 (let (($x10959 (= spinal_child_l1_screening_2_response 0)))
 (let (($x14100 (ite $x10959 false true)))
 (let (($x10978 (= spinal_child_l1_screening_1_response 0)))
 (let (($x14097 (ite $x10978 false true)))
 (let (($x10307 (= spinal_child_l1_screening_0_response 0)))
 (let (($x14094 (ite $x10307 false true)))
 (let (($x14106 (or (and $x14094 (<= spinal_child_l1_screening_0_h spinal_child_l1_step_0_h)) (and $x14097 (<= spinal_child_l1_screening_1_h spinal_child_l1_step_0_h)) (and $x14100 (<= spinal_child_l1_screening_2_h spinal_child_l1_step_0_h)) (and $x14103 (<= spinal_child_l1_screening_3_h spinal_child_l1_step_0_h)))))
 (let (($x14347 (not (or (not $x14106)))))
 (=> holds_ITB-SCR-6 $x14347))))))))))))
(assert
 (let ((?x14128 (* 2.0 spinal_child_l1_screening_3_dose_ug)))
 (let ((?x14129 (ite (>= 12.0 spinal_child_l1_screening_3_effect_h) ?x14128 spinal_child_l1_screening_3_dose_ug)))
 (let (($x10952 (= spinal_child_l1_screening_3_response 0)))
 (let (($x14103 (ite $x10952 false true)))
 (let ((?x14122 (* 2.0 spinal_child_l1_screening_2_dose_ug)))
 (let ((?x14123 (ite (>= 12.0 spinal_child_l1_screening_2_effect_h) ?x14122 spinal_child_l1_screening_2_dose_ug)))
 (let (($x10959 (= spinal_child_l1_screening_2_response 0)))
 (let (($x14100 (ite $x10959 false true)))
 (let ((?x14116 (* 2.0 spinal_child_l1_screening_1_dose_ug)))
 (let ((?x14117 (ite (>= 12.0 spinal_child_l1_screening_1_effect_h) ?x14116 spinal_child_l1_screening_1_dose_ug)))
 (let (($x10978 (= spinal_child_l1_screening_1_response 0)))
 (let (($x14097 (ite $x10978 false true)))
 (let ((?x14110 (* 2.0 spinal_child_l1_screening_0_dose_ug)))
 (let ((?x14111 (ite (>= 12.0 spinal_child_l1_screening_0_effect_h) ?x14110 spinal_child_l1_screening_0_dose_ug)))
 (let (($x10307 (= spinal_child_l1_screening_0_response 0)))
 (let (($x14094 (ite $x10307 false true)))
 (let (($x14133 (or (and $x14094 (not (<= spinal_child_l1_step_0_daily_dose_ug ?x14111))) (and $x14097 (not (<= spinal_child_l1_step_0_daily_dose_ug ?x14117))) (and $x14100 (not (<= spinal_child_l1_step_0_daily_dose_ug ?x14123))) (and $x14103 (not (<= spinal_child_l1_step_0_daily_dose_ug ?x14129))))))
 (let (($x14348 (not $x14133)))
 (=> holds_ITB-INIT-1 $x14348))))))))))))))))))))
(assert
 (let (($x14146 (not (<= 24.0 (- spinal_child_l1_step_3_h spinal_child_l1_step_0_h)))))
 (let (($x14143 (> spinal_child_l1_step_3_daily_dose_ug spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x14141 (not (<= 24.0 (- spinal_child_l1_step_2_h spinal_child_l1_step_0_h)))))
 (let (($x14138 (> spinal_child_l1_step_2_daily_dose_ug spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x14136 (not (<= 24.0 (- spinal_child_l1_step_1_h spinal_child_l1_step_0_h)))))
 (let (($x14134 (> spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x14349 (not (or (and $x14134 $x14136) (and $x14138 $x14141) (and $x14143 $x14146)))))
 (=> holds_ITB-INIT-2 $x14349)))))))))
(assert
 (let ((?x14151 (+ 1.0 (ite (<= 18.0 spinal_child_l1_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x14161 (<= spinal_child_l1_step_3_daily_dose_ug (* ?x14151 spinal_child_l1_step_2_daily_dose_ug))))
 (let (($x14143 (> spinal_child_l1_step_3_daily_dose_ug spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x14157 (<= spinal_child_l1_step_2_daily_dose_ug (* ?x14151 spinal_child_l1_step_1_daily_dose_ug))))
 (let (($x14138 (> spinal_child_l1_step_2_daily_dose_ug spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x14153 (<= spinal_child_l1_step_1_daily_dose_ug (* ?x14151 spinal_child_l1_step_0_daily_dose_ug))))
 (let (($x14134 (> spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x14164 (or (and $x14134 (not $x14153)) (and $x14138 (not $x14157)) (and $x14143 (not $x14161)))))
 (let (($x14350 (not $x14164)))
 (=> holds_ITB-TITR-1 $x14350)))))))))))
(assert
 (let ((?x14168 (ite spinal_child_l1_programmable 24.0 48.0)))
 (let (($x14143 (> spinal_child_l1_step_3_daily_dose_ug spinal_child_l1_step_2_daily_dose_ug)))
 (let (($x14217 (and $x14143 (and (< spinal_child_l1_step_3_h spinal_child_l1_step_3_h) $x14143) (not (>= (- spinal_child_l1_step_3_h spinal_child_l1_step_3_h) ?x14168)))))
 (let (($x14138 (> spinal_child_l1_step_2_daily_dose_ug spinal_child_l1_step_1_daily_dose_ug)))
 (let (($x14211 (and $x14143 (and (< spinal_child_l1_step_2_h spinal_child_l1_step_3_h) $x14138) (not (>= (- spinal_child_l1_step_3_h spinal_child_l1_step_2_h) ?x14168)))))
 (let (($x14134 (> spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
 (let (($x14206 (and $x14143 (and (< spinal_child_l1_step_1_h spinal_child_l1_step_3_h) $x14134) (not (>= (- spinal_child_l1_step_3_h spinal_child_l1_step_1_h) ?x14168)))))
 (let (($x14200 (and $x14138 (and (< spinal_child_l1_step_3_h spinal_child_l1_step_2_h) $x14143) (not (>= (- spinal_child_l1_step_2_h spinal_child_l1_step_3_h) ?x14168)))))
 (let (($x14194 (and $x14138 (and (< spinal_child_l1_step_2_h spinal_child_l1_step_2_h) $x14138) (not (>= (- spinal_child_l1_step_2_h spinal_child_l1_step_2_h) ?x14168)))))
 (let (($x14188 (and $x14138 (and (< spinal_child_l1_step_1_h spinal_child_l1_step_2_h) $x14134) (not (>= (- spinal_child_l1_step_2_h spinal_child_l1_step_1_h) ?x14168)))))
 (let (($x14183 (and $x14134 (and (< spinal_child_l1_step_3_h spinal_child_l1_step_1_h) $x14143) (not (>= (- spinal_child_l1_step_1_h spinal_child_l1_step_3_h) ?x14168)))))
 (let (($x14177 (and $x14134 (and (< spinal_child_l1_step_2_h spinal_child_l1_step_1_h) $x14138) (not (>= (- spinal_child_l1_step_1_h spinal_child_l1_step_2_h) ?x14168)))))
 (let (($x14171 (and $x14134 (and (< spinal_child_l1_step_1_h spinal_child_l1_step_1_h) $x14134) (not (>= (- spinal_child_l1_step_1_h spinal_child_l1_step_1_h) ?x14168)))))
 (let (($x14351 (not (or $x14171 $x14177 $x14183 $x14188 $x14194 $x14200 $x14206 $x14211 $x14217))))
 (=> holds_ITB-TITR-2 $x14351))))))))))))))))
(assert
 (let ((?x14324 (ite (<= spinal_child_l1_step_1_h w_0) spinal_child_l1_step_1_daily_dose_ug spinal_child_l1_step_0_daily_dose_ug)))
(let ((?x14325 (ite (<= spinal_child_l1_step_2_h w_0) spinal_child_l1_step_2_daily_dose_ug ?x14324)))
(let ((?x14326 (ite (<= spinal_child_l1_step_3_h w_0) spinal_child_l1_step_3_daily_dose_ug ?x14325)))
(let (($x14317 (and (<= (- w_0 24.0) spinal_child_l1_bolus_1_h) (< spinal_child_l1_bolus_1_h w_0))))
(let (($x14312 (and (<= (- w_0 24.0) spinal_child_l1_bolus_0_h) (< spinal_child_l1_bolus_0_h w_0))))
(let ((?x14319 (+ (+ 0.0 (ite $x14312 spinal_child_l1_bolus_0_dose_ug 0.0)) (ite $x14317 spinal_child_l1_bolus_1_dose_ug 0.0))))
(let ((?x13974 (- spinal_child_l1_end_h spinal_child_l1_step_3_h)))
(let ((?x11139 (/ spinal_child_l1_step_3_daily_dose_ug 24.0)))
(let ((?x13710 (- spinal_child_l1_step_3_h spinal_child_l1_step_2_h)))
(let ((?x11137 (/ spinal_child_l1_step_2_daily_dose_ug 24.0)))
(let ((?x13580 (- spinal_child_l1_step_2_h spinal_child_l1_step_1_h)))
(let ((?x11135 (/ spinal_child_l1_step_1_daily_dose_ug 24.0)))
(let ((?x13673 (- spinal_child_l1_step_1_h spinal_child_l1_step_0_h)))
(let ((?x11133 (/ spinal_child_l1_step_0_daily_dose_ug 24.0)))
(let ((?x14224 (+ 0.0 (* ?x11133 ?x13673))))
(let ((?x14226 (+ ?x14224 (* ?x11135 ?x13580))))
(let ((?x14228 (+ ?x14226 (* ?x11137 ?x13710))))
(let ((?x14230 (+ ?x14228 (* ?x11139 ?x13974))))
(let ((?x14291 (ite (<= (- w_0 24.0) spinal_child_l1_end_h) (+ ?x14228 (* ?x11139 (- (- w_0 24.0) spinal_child_l1_step_3_h))) ?x14230)))
(let ((?x14296 (ite (<= (- w_0 24.0) spinal_child_l1_step_3_h) (+ ?x14226 (* ?x11137 (- (- w_0 24.0) spinal_child_l1_step_2_h))) ?x14291)))
(let ((?x14301 (ite (<= (- w_0 24.0) spinal_child_l1_step_2_h) (+ ?x14224 (* ?x11135 (- (- w_0 24.0) spinal_child_l1_step_1_h))) ?x14296)))
(let ((?x14306 (ite (<= (- w_0 24.0) spinal_child_l1_step_1_h) (+ 0.0 (* ?x11133 (- (- w_0 24.0) spinal_child_l1_step_0_h))) ?x14301)))
(let ((?x14256 (ite (<= w_0 spinal_child_l1_end_h) (+ ?x14228 (* ?x11139 (- w_0 spinal_child_l1_step_3_h))) ?x14230)))
(let ((?x14261 (ite (<= w_0 spinal_child_l1_step_3_h) (+ ?x14226 (* ?x11137 (- w_0 spinal_child_l1_step_2_h))) ?x14256)))
(let ((?x14266 (ite (<= w_0 spinal_child_l1_step_2_h) (+ ?x14224 (* ?x11135 (- w_0 spinal_child_l1_step_1_h))) ?x14261)))
(let ((?x14271 (ite (<= w_0 spinal_child_l1_step_1_h) (+ 0.0 (* ?x11133 (- w_0 spinal_child_l1_step_0_h))) ?x14266)))
(let ((?x14273 (ite (<= w_0 spinal_child_l1_step_0_h) 0.0 ?x14271)))
(let ((?x14309 (- ?x14273 (ite (<= (- w_0 24.0) spinal_child_l1_step_0_h) 0.0 ?x14306))))
(let ((?x14328 (ite (>= (- w_0 24.0) spinal_child_l1_step_0_h) (+ ?x14309 ?x14319) (* 1.0 ?x14326))))
(let ((?x14151 (+ 1.0 (ite (<= 18.0 spinal_child_l1_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let (($x14282 (and (<= w_0 spinal_child_l1_bolus_1_h) (< spinal_child_l1_bolus_1_h (+ w_0 24.0)))))
(let (($x14277 (and (<= w_0 spinal_child_l1_bolus_0_h) (< spinal_child_l1_bolus_0_h (+ w_0 24.0)))))
(let ((?x14284 (+ (+ 0.0 (ite $x14277 spinal_child_l1_bolus_0_dose_ug 0.0)) (ite $x14282 spinal_child_l1_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x14222 (<= ?x1800 spinal_child_l1_end_h)))
(let ((?x14239 (ite (<= ?x1800 spinal_child_l1_step_3_h) (+ ?x14226 (* ?x11137 (- ?x1800 spinal_child_l1_step_2_h))) (ite $x14222 (+ ?x14228 (* ?x11139 (- ?x1800 spinal_child_l1_step_3_h))) ?x14230))))
(let ((?x14244 (ite (<= ?x1800 spinal_child_l1_step_2_h) (+ ?x14224 (* ?x11135 (- ?x1800 spinal_child_l1_step_1_h))) ?x14239)))
(let ((?x14249 (ite (<= ?x1800 spinal_child_l1_step_1_h) (+ 0.0 (* ?x11133 (- ?x1800 spinal_child_l1_step_0_h))) ?x14244)))
(let ((?x14285 (+ (- (ite (<= ?x1800 spinal_child_l1_step_0_h) 0.0 ?x14249) ?x14273) ?x14284)))
(let (($x14332 (and (<= spinal_child_l1_step_0_h w_0) $x14222 (not (<= ?x14285 (* ?x14151 ?x14328))))))
(let (($x14352 (not (or $x14332))))
(=> holds_ITB-TITR-3 $x14352)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
