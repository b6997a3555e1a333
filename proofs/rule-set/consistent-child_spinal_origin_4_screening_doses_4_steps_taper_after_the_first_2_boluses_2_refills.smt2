; itbverify 0.1.0: rule-set consistency, child, spinal origin; 4 screening doses, 4 steps (taper after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_child_l2_age_years () Real)
(declare-fun spinal_child_l2_months_since_injury () Real)
(declare-fun spinal_child_l2_reservoir_ml () Real)
(declare-fun spinal_child_l2_alarm_ml () Real)
(declare-fun spinal_child_l2_concentration_ug_ml () Real)
(declare-fun spinal_child_l2_screening_0_h () Real)
(declare-fun spinal_child_l2_screening_0_dose_ug () Real)
(declare-fun spinal_child_l2_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l2_screening_0_duration_min () Real)
(declare-fun spinal_child_l2_screening_0_response () Int)
(declare-fun spinal_child_l2_screening_0_effect_h () Real)
(declare-fun spinal_child_l2_screening_1_h () Real)
(declare-fun spinal_child_l2_screening_1_dose_ug () Real)
(declare-fun spinal_child_l2_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l2_screening_1_duration_min () Real)
(declare-fun spinal_child_l2_screening_1_response () Int)
(declare-fun spinal_child_l2_screening_1_effect_h () Real)
(declare-fun spinal_child_l2_screening_2_h () Real)
(declare-fun spinal_child_l2_screening_2_dose_ug () Real)
(declare-fun spinal_child_l2_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_child_l2_screening_2_duration_min () Real)
(declare-fun spinal_child_l2_screening_2_response () Int)
(declare-fun spinal_child_l2_screening_2_effect_h () Real)
(declare-fun spinal_child_l2_screening_3_h () Real)
(declare-fun spinal_child_l2_screening_3_dose_ug () Real)
(declare-fun spinal_child_l2_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_child_l2_screening_3_duration_min () Real)
(declare-fun spinal_child_l2_screening_3_response () Int)
(declare-fun spinal_child_l2_screening_3_effect_h () Real)
(declare-fun spinal_child_l2_step_0_h () Real)
(declare-fun spinal_child_l2_step_0_daily_dose_ug () Real)
(declare-fun spinal_child_l2_step_0_rate_ml_day () Real)
(declare-fun spinal_child_l2_step_1_h () Real)
(declare-fun spinal_child_l2_step_1_daily_dose_ug () Real)
(declare-fun spinal_child_l2_step_1_rate_ml_day () Real)
(declare-fun spinal_child_l2_step_2_h () Real)
(declare-fun spinal_child_l2_step_2_daily_dose_ug () Real)
(declare-fun spinal_child_l2_step_2_rate_ml_day () Real)
(declare-fun spinal_child_l2_step_3_h () Real)
(declare-fun spinal_child_l2_step_3_daily_dose_ug () Real)
(declare-fun spinal_child_l2_step_3_rate_ml_day () Real)
(declare-fun spinal_child_l2_end_h () Real)
(declare-fun spinal_child_l2_refill_0_h () Real)
(declare-fun spinal_child_l2_refill_0_volume_ml () Real)
(declare-fun spinal_child_l2_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l2_refill_0_diluent () Int)
(declare-fun spinal_child_l2_refill_1_h () Real)
(declare-fun spinal_child_l2_refill_1_volume_ml () Real)
(declare-fun spinal_child_l2_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l2_refill_1_diluent () Int)
(declare-fun spinal_child_l2_bolus_0_h () Real)
(declare-fun spinal_child_l2_bolus_0_dose_ug () Real)
(declare-fun spinal_child_l2_bolus_0_via () Int)
(declare-fun spinal_child_l2_bolus_1_h () Real)
(declare-fun spinal_child_l2_bolus_1_dose_ug () Real)
(declare-fun spinal_child_l2_bolus_1_via () Int)
(declare-fun spinal_child_l2_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_child_l2_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_child_l2_bolus_1_emergency () Bool)
(declare-fun spinal_child_l2_bolus_0_emergency () Bool)
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
(declare-fun spinal_child_l2_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_child_l2_age_years 0.0))
(assert
 (<= spinal_child_l2_age_years 120.0))
(assert
 (< spinal_child_l2_age_years 18.0))
(assert
 (>= spinal_child_l2_months_since_injury 0.0))
(assert
 (<= spinal_child_l2_months_since_injury 100000.0))
(assert
 (>= spinal_child_l2_reservoir_ml 0.0))
(assert
 (<= spinal_child_l2_reservoir_ml 100000.0))
(assert
 (>= spinal_child_l2_alarm_ml 0.0))
(assert
 (<= spinal_child_l2_alarm_ml 100000.0))
(assert
 (>= spinal_child_l2_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l2_screening_0_h 0.0))
(assert
 (<= spinal_child_l2_screening_0_h 100000.0))
(assert
 (>= spinal_child_l2_screening_0_h 0.0))
(assert
 (>= spinal_child_l2_screening_0_dose_ug 0.0))
(assert
 (<= spinal_child_l2_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l2_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l2_screening_0_duration_min 0.0))
(assert
 (<= spinal_child_l2_screening_0_duration_min 100000.0))
(assert
 (>= spinal_child_l2_screening_0_response 0))
(assert
 (< spinal_child_l2_screening_0_response 2))
(assert
 (>= spinal_child_l2_screening_0_effect_h 0.0))
(assert
 (<= spinal_child_l2_screening_0_effect_h 100000.0))
(assert
 (>= spinal_child_l2_screening_1_h 0.0))
(assert
 (<= spinal_child_l2_screening_1_h 100000.0))
(assert
 (>= spinal_child_l2_screening_1_h spinal_child_l2_screening_0_h))
(assert
 (>= spinal_child_l2_screening_1_dose_ug 0.0))
(assert
 (<= spinal_child_l2_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l2_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l2_screening_1_duration_min 0.0))
(assert
 (<= spinal_child_l2_screening_1_duration_min 100000.0))
(assert
 (>= spinal_child_l2_screening_1_response 0))
(assert
 (< spinal_child_l2_screening_1_response 2))
(assert
 (>= spinal_child_l2_screening_1_effect_h 0.0))
(assert
 (<= spinal_child_l2_screening_1_effect_h 100000.0))
(assert
 (>= spinal_child_l2_screening_2_h 0.0))
(assert
 (<= spinal_child_l2_screening_2_h 100000.0))
(assert
 (>= spinal_child_l2_screening_2_h spinal_child_l2_screening_1_h))
(assert
 (>= spinal_child_l2_screening_2_dose_ug 0.0))
(assert
 (<= spinal_child_l2_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l2_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l2_screening_2_duration_min 0.0))
(assert
 (<= spinal_child_l2_screening_2_duration_min 100000.0))
(assert
 (>= spinal_child_l2_screening_2_response 0))
(assert
 (< spinal_child_l2_screening_2_response 2))
(assert
 (>= spinal_child_l2_screening_2_effect_h 0.0))
(assert
 (<= spinal_child_l2_screening_2_effect_h 100000.0))
(assert
 (>= spinal_child_l2_screening_3_h 0.0))
(assert
 (<= spinal_child_l2_screening_3_h 100000.0))
(assert
 (>= spinal_child_l2_screening_3_h spinal_child_l2_screening_2_h))
(assert
 (>= spinal_child_l2_screening_3_dose_ug 0.0))
(assert
 (<= spinal_child_l2_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l2_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l2_screening_3_duration_min 0.0))
(assert
 (<= spinal_child_l2_screening_3_duration_min 100000.0))
(assert
 (>= spinal_child_l2_screening_3_response 0))
(assert
 (< spinal_child_l2_screening_3_response 2))
(assert
 (>= spinal_child_l2_screening_3_effect_h 0.0))
(assert
 (<= spinal_child_l2_screening_3_effect_h 100000.0))
(assert
 (>= spinal_child_l2_step_0_h 0.0))
(assert
 (<= spinal_child_l2_step_0_h 100000.0))
(assert
 (>= spinal_child_l2_step_0_h spinal_child_l2_screening_3_h))
(assert
 (>= spinal_child_l2_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l2_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_child_l2_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l2_step_1_h 0.0))
(assert
 (<= spinal_child_l2_step_1_h 100000.0))
(assert
 (> spinal_child_l2_step_1_h spinal_child_l2_step_0_h))
(assert
 (>= spinal_child_l2_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l2_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_child_l2_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l2_step_2_h 0.0))
(assert
 (<= spinal_child_l2_step_2_h 100000.0))
(assert
 (> spinal_child_l2_step_2_h spinal_child_l2_step_1_h))
(assert
 (>= spinal_child_l2_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l2_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_child_l2_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l2_step_3_h 0.0))
(assert
 (<= spinal_child_l2_step_3_h 100000.0))
(assert
 (> spinal_child_l2_step_3_h spinal_child_l2_step_2_h))
(assert
 (>= spinal_child_l2_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l2_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_child_l2_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_child_l2_end_h 100000.0))
(assert
 (>= spinal_child_l2_end_h spinal_child_l2_step_3_h))
(assert
 (<= spinal_child_l2_refill_0_h 100000.0))
(assert
 (<= spinal_child_l2_refill_0_h spinal_child_l2_end_h))
(assert
 (>= spinal_child_l2_refill_0_h spinal_child_l2_step_0_h))
(assert
 (>= spinal_child_l2_refill_0_volume_ml 0.0))
(assert
 (<= spinal_child_l2_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_child_l2_refill_0_volume_ml spinal_child_l2_reservoir_ml))
(assert
 (>= spinal_child_l2_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l2_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l2_refill_0_diluent 0))
(assert
 (< spinal_child_l2_refill_0_diluent 3))
(assert
 (<= spinal_child_l2_refill_1_h 100000.0))
(assert
 (<= spinal_child_l2_refill_1_h spinal_child_l2_end_h))
(assert
 (>= spinal_child_l2_refill_1_h spinal_child_l2_step_0_h))
(assert
 (> spinal_child_l2_refill_1_h spinal_child_l2_refill_0_h))
(assert
 (>= spinal_child_l2_refill_1_volume_ml 0.0))
(assert
 (<= spinal_child_l2_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_child_l2_refill_1_volume_ml spinal_child_l2_reservoir_ml))
(assert
 (>= spinal_child_l2_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l2_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l2_refill_1_diluent 0))
(assert
 (< spinal_child_l2_refill_1_diluent 3))
(assert
 (= spinal_child_l2_refill_0_h spinal_child_l2_step_0_h))
(assert
 (<= spinal_child_l2_bolus_0_h 100000.0))
(assert
 (>= spinal_child_l2_bolus_0_h spinal_child_l2_step_0_h))
(assert
 (<= spinal_child_l2_bolus_0_h spinal_child_l2_end_h))
(assert
 (>= spinal_child_l2_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_child_l2_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_bolus_0_via 0))
(assert
 (< spinal_child_l2_bolus_0_via 2))
(assert
 (<= spinal_child_l2_bolus_1_h 100000.0))
(assert
 (>= spinal_child_l2_bolus_1_h spinal_child_l2_step_0_h))
(assert
 (<= spinal_child_l2_bolus_1_h spinal_child_l2_end_h))
(assert
 (>= spinal_child_l2_bolus_1_h spinal_child_l2_bolus_0_h))
(assert
 (>= spinal_child_l2_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_child_l2_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l2_bolus_1_via 0))
(assert
 (< spinal_child_l2_bolus_1_via 2))
(assert
 (>= spinal_child_l2_route 0))
(assert
 (< spinal_child_l2_route 2))
(assert
 (let ((?x13891 (* (/ 4.0 5.0) spinal_child_l2_step_2_daily_dose_ug)))
 (let (($x14728 (< spinal_child_l2_step_3_daily_dose_ug spinal_child_l2_step_2_daily_dose_ug)))
 (let ((?x14777 (* (/ 4.0 5.0) spinal_child_l2_step_1_daily_dose_ug)))
 (let (($x14778 (< spinal_child_l2_step_2_daily_dose_ug spinal_child_l2_step_1_daily_dose_ug)))
 (let ((?x14904 (* (/ 4.0 5.0) spinal_child_l2_step_0_daily_dose_ug)))
 (let (($x14905 (< spinal_child_l2_step_1_daily_dose_ug spinal_child_l2_step_0_daily_dose_ug)))
 (let (($x14835 (or (and $x14905 (not (>= spinal_child_l2_step_1_daily_dose_ug ?x14904))) (and $x14778 (not (>= spinal_child_l2_step_2_daily_dose_ug ?x14777))) (and $x14728 (not (>= spinal_child_l2_step_3_daily_dose_ug ?x13891))))))
 (let (($x15309 (not $x14835)))
 (=> holds_ITB-STOP-1 $x15309))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x15422 (not (or (not (<= 4.0 spinal_child_l2_age_years))))))
 (=> holds_ITB-PAT-1 $x15422)))
(assert
 (let (($x15423 (not (or (not (<= 12.0 spinal_child_l2_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x15423)))
(assert
 (let (($x15424 (not (or spinal_child_l2_infection))))
 (=> holds_ITB-PAT-4 $x15424)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x13541 (* spinal_child_l2_step_3_rate_ml_day spinal_child_l2_concentration_ug_ml)))
 (let ((?x14717 (- ?x13541 spinal_child_l2_step_3_daily_dose_ug)))
 (let (($x13738 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l2_step_3_daily_dose_ug) ?x14717) (<= ?x14717 (* (/ 1.0 100.0) spinal_child_l2_step_3_daily_dose_ug)))))
 (let ((?x13692 (* spinal_child_l2_step_2_rate_ml_day spinal_child_l2_concentration_ug_ml)))
 (let ((?x14821 (- ?x13692 spinal_child_l2_step_2_daily_dose_ug)))
 (let (($x13705 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l2_step_2_daily_dose_ug) ?x14821) (<= ?x14821 (* (/ 1.0 100.0) spinal_child_l2_step_2_daily_dose_ug)))))
 (let ((?x14650 (* spinal_child_l2_step_1_rate_ml_day spinal_child_l2_concentration_ug_ml)))
 (let ((?x14582 (- ?x14650 spinal_child_l2_step_1_daily_dose_ug)))
 (let (($x14872 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l2_step_1_daily_dose_ug) ?x14582) (<= ?x14582 (* (/ 1.0 100.0) spinal_child_l2_step_1_daily_dose_ug)))))
 (let ((?x13765 (* spinal_child_l2_step_0_rate_ml_day spinal_child_l2_concentration_ug_ml)))
 (let ((?x14710 (- ?x13765 spinal_child_l2_step_0_daily_dose_ug)))
 (let (($x13470 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l2_step_0_daily_dose_ug) ?x14710) (<= ?x14710 (* (/ 1.0 100.0) spinal_child_l2_step_0_daily_dose_ug)))))
 (let (($x14743 (= spinal_child_l2_concentration_ug_ml spinal_child_l2_refill_1_concentration_ug_ml)))
 (let (($x13752 (not $x14743)))
 (let (($x14365 (= spinal_child_l2_concentration_ug_ml spinal_child_l2_refill_0_concentration_ug_ml)))
 (let (($x14865 (not $x14365)))
 (let (($x11360 (<= spinal_child_l2_refill_0_h spinal_child_l2_step_3_h)))
 (let (($x11359 (<= spinal_child_l2_refill_1_h spinal_child_l2_step_3_h)))
 (let (($x14864 (and (ite $x11359 true (ite $x11360 true false)) (not (ite $x11359 $x14743 (ite $x11360 $x14365 false))))))
 (let (($x11358 (<= spinal_child_l2_refill_0_h spinal_child_l2_step_2_h)))
 (let (($x11357 (<= spinal_child_l2_refill_1_h spinal_child_l2_step_2_h)))
 (let (($x14392 (and (ite $x11357 true (ite $x11358 true false)) (not (ite $x11357 $x14743 (ite $x11358 $x14365 false))))))
 (let (($x11356 (<= spinal_child_l2_refill_0_h spinal_child_l2_step_1_h)))
 (let (($x11355 (<= spinal_child_l2_refill_1_h spinal_child_l2_step_1_h)))
 (let (($x14406 (and (ite $x11355 true (ite $x11356 true false)) (not (ite $x11355 $x14743 (ite $x11356 $x14365 false))))))
 (let (($x11354 (<= spinal_child_l2_refill_0_h spinal_child_l2_step_0_h)))
 (let (($x11353 (<= spinal_child_l2_refill_1_h spinal_child_l2_step_0_h)))
 (let (($x14416 (and (ite $x11353 true (ite $x11354 true false)) (not (ite $x11353 $x14743 (ite $x11354 $x14365 false))))))
 (let (($x13683 (or $x14416 $x14406 $x14392 $x14864 $x14865 $x13752 (not $x13470) (not $x14872) (not $x13705) (not $x13738))))
 (let (($x15425 (not $x13683)))
 (=> holds_ITB-PUMP-3 $x15425))))))))))))))))))))))))))))))))
(assert
 (let ((?x14955 (- spinal_child_l2_end_h spinal_child_l2_step_3_h)))
 (let ((?x11367 (/ spinal_child_l2_step_3_daily_dose_ug 24.0)))
 (let ((?x11368 (/ ?x11367 spinal_child_l2_concentration_ug_ml)))
 (let ((?x14952 (- spinal_child_l2_step_3_h spinal_child_l2_step_2_h)))
 (let ((?x11365 (/ spinal_child_l2_step_2_daily_dose_ug 24.0)))
 (let ((?x11366 (/ ?x11365 spinal_child_l2_concentration_ug_ml)))
 (let ((?x13619 (- spinal_child_l2_step_2_h spinal_child_l2_step_1_h)))
 (let ((?x11363 (/ spinal_child_l2_step_1_daily_dose_ug 24.0)))
 (let ((?x11364 (/ ?x11363 spinal_child_l2_concentration_ug_ml)))
 (let ((?x13277 (- spinal_child_l2_step_1_h spinal_child_l2_step_0_h)))
 (let ((?x11361 (/ spinal_child_l2_step_0_daily_dose_ug 24.0)))
 (let ((?x11362 (/ ?x11361 spinal_child_l2_concentration_ug_ml)))
 (let ((?x13844 (+ 0.0 (* ?x11362 ?x13277))))
 (let ((?x14951 (+ ?x13844 (* ?x11364 ?x13619))))
 (let ((?x14954 (+ ?x14951 (* ?x11366 ?x14952))))
 (let ((?x14957 (+ ?x14954 (* ?x11368 ?x14955))))
 (let ((?x14981 (+ ?x14954 (* ?x11368 (- spinal_child_l2_step_0_h spinal_child_l2_step_3_h)))))
 (let ((?x14986 (+ ?x14951 (* ?x11366 (- spinal_child_l2_step_0_h spinal_child_l2_step_2_h)))))
 (let ((?x14988 (ite (<= spinal_child_l2_step_0_h spinal_child_l2_step_3_h) ?x14986 (ite (<= spinal_child_l2_step_0_h spinal_child_l2_end_h) ?x14981 ?x14957))))
 (let ((?x14991 (+ ?x13844 (* ?x11364 (- spinal_child_l2_step_0_h spinal_child_l2_step_1_h)))))
 (let ((?x14996 (+ 0.0 (* ?x11362 (- spinal_child_l2_step_0_h spinal_child_l2_step_0_h)))))
 (let ((?x14998 (ite (<= spinal_child_l2_step_0_h spinal_child_l2_step_1_h) ?x14996 (ite (<= spinal_child_l2_step_0_h spinal_child_l2_step_2_h) ?x14991 ?x14988))))
 (let ((?x15000 (ite (<= spinal_child_l2_step_0_h spinal_child_l2_step_0_h) 0.0 ?x14998)))
 (let (($x13672 (<= t_0 spinal_child_l2_end_h)))
 (let ((?x14966 (ite (<= t_0 spinal_child_l2_step_3_h) (+ ?x14951 (* ?x11366 (- t_0 spinal_child_l2_step_2_h))) (ite $x13672 (+ ?x14954 (* ?x11368 (- t_0 spinal_child_l2_step_3_h))) ?x14957))))
 (let ((?x14971 (ite (<= t_0 spinal_child_l2_step_2_h) (+ ?x13844 (* ?x11364 (- t_0 spinal_child_l2_step_1_h))) ?x14966)))
 (let ((?x14976 (ite (<= t_0 spinal_child_l2_step_1_h) (+ 0.0 (* ?x11362 (- t_0 spinal_child_l2_step_0_h))) ?x14971)))
 (let ((?x14978 (ite (<= t_0 spinal_child_l2_step_0_h) 0.0 ?x14976)))
 (let ((?x15006 (+ ?x14954 (* ?x11368 (- spinal_child_l2_refill_0_h spinal_child_l2_step_3_h)))))
 (let (($x11283 (<= spinal_child_l2_refill_0_h spinal_child_l2_end_h)))
 (let ((?x15010 (+ ?x14951 (* ?x11366 (- spinal_child_l2_refill_0_h spinal_child_l2_step_2_h)))))
 (let (($x11360 (<= spinal_child_l2_refill_0_h spinal_child_l2_step_3_h)))
 (let ((?x15014 (+ ?x13844 (* ?x11364 (- spinal_child_l2_refill_0_h spinal_child_l2_step_1_h)))))
 (let (($x11358 (<= spinal_child_l2_refill_0_h spinal_child_l2_step_2_h)))
 (let ((?x15018 (+ 0.0 (* ?x11362 (- spinal_child_l2_refill_0_h spinal_child_l2_step_0_h)))))
 (let (($x11356 (<= spinal_child_l2_refill_0_h spinal_child_l2_step_1_h)))
 (let (($x11354 (<= spinal_child_l2_refill_0_h spinal_child_l2_step_0_h)))
 (let ((?x15020 (ite $x11354 0.0 (ite $x11356 ?x15018 (ite $x11358 ?x15014 (ite $x11360 ?x15010 (ite $x11283 ?x15006 ?x14957)))))))
 (let ((?x15025 (ite (< spinal_child_l2_refill_0_h t_0) (- spinal_child_l2_refill_0_volume_ml (+ (- ?x14978 ?x15020) 0.0)) (- 0.0 (+ (- ?x14978 ?x15000) 0.0)))))
 (let ((?x15028 (+ ?x14954 (* ?x11368 (- spinal_child_l2_refill_1_h spinal_child_l2_step_3_h)))))
 (let (($x11299 (<= spinal_child_l2_refill_1_h spinal_child_l2_end_h)))
 (let ((?x15032 (+ ?x14951 (* ?x11366 (- spinal_child_l2_refill_1_h spinal_child_l2_step_2_h)))))
 (let (($x11359 (<= spinal_child_l2_refill_1_h spinal_child_l2_step_3_h)))
 (let ((?x15036 (+ ?x13844 (* ?x11364 (- spinal_child_l2_refill_1_h spinal_child_l2_step_1_h)))))
 (let (($x11357 (<= spinal_child_l2_refill_1_h spinal_child_l2_step_2_h)))
 (let ((?x15040 (+ 0.0 (* ?x11362 (- spinal_child_l2_refill_1_h spinal_child_l2_step_0_h)))))
 (let (($x11355 (<= spinal_child_l2_refill_1_h spinal_child_l2_step_1_h)))
 (let (($x11353 (<= spinal_child_l2_refill_1_h spinal_child_l2_step_0_h)))
 (let ((?x15042 (ite $x11353 0.0 (ite $x11355 ?x15040 (ite $x11357 ?x15036 (ite $x11359 ?x15032 (ite $x11299 ?x15028 ?x14957)))))))
 (let ((?x15047 (ite (< spinal_child_l2_refill_1_h t_0) (- spinal_child_l2_refill_1_volume_ml (+ (- ?x14978 ?x15042) 0.0)) ?x15025)))
 (let ((?x14807 (ite (<= 0.0 spinal_child_l2_step_0_h) spinal_child_l2_step_0_h 0.0)))
 (let (($x15051 (or (and (< ?x14807 t_0) $x13672 (not (> ?x15047 spinal_child_l2_alarm_ml))))))
 (let (($x15426 (not $x15051)))
 (=> holds_ITB-PUMP-4 $x15426)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x15054 (not (>= 1848.0 (- spinal_child_l2_refill_1_h spinal_child_l2_refill_0_h)))))
 (let (($x15058 (or $x15054 (not (>= 1848.0 (- spinal_child_l2_end_h spinal_child_l2_refill_1_h))))))
 (let (($x15427 (not $x15058)))
 (=> holds_ITB-PUMP-5 $x15427)))))
(assert
 (let (($x15064 (and (ite (= spinal_child_l2_bolus_1_via 0) false true) (not spinal_child_l2_bolus_1_emergency))))
 (let (($x15061 (and (ite (= spinal_child_l2_bolus_0_via 0) false true) (not spinal_child_l2_bolus_0_emergency))))
 (let (($x15428 (not (or $x15061 $x15064))))
 (=> holds_ITB-PUMP-6 $x15428)))))
(assert
 (let (($x15429 (not (or (not (ite (= spinal_child_l2_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x15429)))
(assert
 (let (($x15119 (and (< 0.0 spinal_child_l2_screening_3_concentration_ug_ml) (>= 2000.0 spinal_child_l2_screening_3_concentration_ug_ml))))
 (let (($x15115 (and (< 0.0 spinal_child_l2_screening_2_concentration_ug_ml) (>= 2000.0 spinal_child_l2_screening_2_concentration_ug_ml))))
 (let (($x15111 (and (< 0.0 spinal_child_l2_screening_1_concentration_ug_ml) (>= 2000.0 spinal_child_l2_screening_1_concentration_ug_ml))))
 (let (($x15107 (and (< 0.0 spinal_child_l2_screening_0_concentration_ug_ml) (>= 2000.0 spinal_child_l2_screening_0_concentration_ug_ml))))
 (let (($x15103 (and (< 0.0 spinal_child_l2_concentration_ug_ml) (>= 2000.0 spinal_child_l2_concentration_ug_ml))))
 (let (($x15104 (not $x15103)))
 (let (($x15099 (and (< 0.0 spinal_child_l2_refill_1_concentration_ug_ml) (>= 2000.0 spinal_child_l2_refill_1_concentration_ug_ml))))
 (let (($x15095 (and (< 0.0 spinal_child_l2_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l2_refill_0_concentration_ug_ml))))
 (let (($x15089 (= 2000.0 spinal_child_l2_refill_1_concentration_ug_ml)))
 (let (($x15088 (= 500.0 spinal_child_l2_refill_1_concentration_ug_ml)))
 (let (($x15087 (= 50.0 spinal_child_l2_refill_1_concentration_ug_ml)))
 (let (($x11312 (= spinal_child_l2_refill_1_diluent 0)))
 (let (($x15076 (ite $x11312 true (ite (= spinal_child_l2_refill_1_diluent 1) false false))))
 (let (($x15083 (= 2000.0 spinal_child_l2_refill_0_concentration_ug_ml)))
 (let (($x15082 (= 500.0 spinal_child_l2_refill_0_concentration_ug_ml)))
 (let (($x15081 (= 50.0 spinal_child_l2_refill_0_concentration_ug_ml)))
 (let (($x11295 (= spinal_child_l2_refill_0_diluent 0)))
 (let (($x15070 (ite $x11295 true (ite (= spinal_child_l2_refill_0_diluent 1) false false))))
 (let (($x15078 (ite $x11312 false (ite (= spinal_child_l2_refill_1_diluent 1) true false))))
 (let (($x15072 (ite $x11295 false (ite (= spinal_child_l2_refill_0_diluent 1) true false))))
 (let (($x15121 (or (not (or $x15070 $x15072)) (not (or $x15076 $x15078)) (and $x15070 (not (or $x15081 $x15082 $x15083))) (and $x15076 (not (or $x15087 $x15088 $x15089))) (not $x15095) (not $x15099) $x15104 $x15104 $x15104 $x15104 (not $x15107) (not $x15111) (not $x15115) (not $x15119))))
 (let (($x15430 (not $x15121)))
 (=> holds_ITB-CONC-1 $x15430))))))))))))))))))))))))
(assert
 (let (($x15130 (or (not (= 50.0 spinal_child_l2_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_child_l2_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_child_l2_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_child_l2_screening_3_concentration_ug_ml)))))
 (let (($x15431 (not $x15130)))
 (=> holds_ITB-SCR-1 $x15431))))
(assert
 (let (($x15432 (not (or (not (>= 50.0 spinal_child_l2_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x15432)))
(assert
 (let (($x15142 (or (not (<= 1.0 spinal_child_l2_screening_0_duration_min)) (not (<= 1.0 spinal_child_l2_screening_1_duration_min)) (not (<= 1.0 spinal_child_l2_screening_2_duration_min)) (not (<= 1.0 spinal_child_l2_screening_3_duration_min)))))
 (let (($x15433 (not $x15142)))
 (=> holds_ITB-SCR-3 $x15433))))
(assert
 (let (($x15170 (<= 24.0 (- spinal_child_l2_screening_3_h spinal_child_l2_screening_2_h))))
 (let (($x11214 (= spinal_child_l2_screening_2_response 0)))
 (let (($x15147 (ite $x11214 true false)))
 (let (($x15166 (<= 24.0 (- spinal_child_l2_screening_2_h spinal_child_l2_screening_1_h))))
 (let (($x11194 (= spinal_child_l2_screening_1_response 0)))
 (let (($x15145 (ite $x11194 true false)))
 (let (($x15162 (<= 24.0 (- spinal_child_l2_screening_1_h spinal_child_l2_screening_0_h))))
 (let (($x11174 (= spinal_child_l2_screening_0_response 0)))
 (let (($x15143 (ite $x11174 true false)))
 (let (($x15158 (<= spinal_child_l2_screening_3_dose_ug (+ spinal_child_l2_screening_2_dose_ug 25.0))))
 (let (($x15154 (<= spinal_child_l2_screening_2_dose_ug (+ spinal_child_l2_screening_1_dose_ug 25.0))))
 (let (($x15150 (<= spinal_child_l2_screening_1_dose_ug (+ spinal_child_l2_screening_0_dose_ug 25.0))))
 (let (($x15173 (or (not $x15143) (not $x15145) (not $x15147) (and $x15143 (not $x15150)) (and $x15145 (not $x15154)) (and $x15147 (not $x15158)) (and $x15143 (not $x15162)) (and $x15145 (not $x15166)) (and $x15147 (not $x15170)))))
 (let (($x15434 (not $x15173)))
 (=> holds_ITB-SCR-4 $x15434))))))))))))))))
(assert
 (let (($x15182 (or (not (>= 100.0 spinal_child_l2_screening_0_dose_ug)) (not (>= 100.0 spinal_child_l2_screening_1_dose_ug)) (not (>= 100.0 spinal_child_l2_screening_2_dose_ug)) (not (>= 100.0 spinal_child_l2_screening_3_dose_ug)))))
 (let (($x15435 (not $x15182)))
 (=> holds_ITB-SCR-5 $x15435))))
(assert
 (let (($x11234 (= spinal_child_l2_screening_3_response 0)))
 (let (($x15192 (ite $x11234 false true)))
 (let (($x11214 (= spinal_child_l2_screening_2_response 0)))
 (let (($x15189 (ite $x11214 false true)))
 (let (($x11194 (= spinal_child_l2_screening_1_response 0)))
 (let (($x15186 (ite $x11194 false true)))
 (let (($x11174 (= spinal_child_l2_screening_0_response 0)))
 (let (($x15183 (ite $x11174 false true)))
 (let (($x15195 (or (and $x15183 (<= spinal_child_l2_screening_0_h spinal_child_l2_step_0_h)) (and $x15186 (<= spinal_child_l2_screening_1_h spinal_child_l2_step_0_h)) (and $x15189 (<= spinal_child_l2_screening_2_h spinal_child_l2_step_0_h)) (and $x15192 (<= spinal_child_l2_screening_3_h spinal_child_l2_step_0_h)))))
 (let (($x15436 (not (or (not $x15195)))))
 (=> holds_ITB-SCR-6 $x15436))))))))))))
(assert
 (let ((?x15217 (* 2.0 spinal_child_l2_screening_3_dose_ug)))
 (let ((?x15218 (ite (>= 12.0 spinal_child_l2_screening_3_effect_h) ?x15217 spinal_child_l2_screening_3_dose_ug)))
 (let (($x11234 (= spinal_child_l2_screening_3_response 0)))
 (let (($x15192 (ite $x11234 false true)))
 (let ((?x15211 (* 2.0 spinal_child_l2_screening_2_dose_ug)))
 (let ((?x15212 (ite (>= 12.0 spinal_child_l2_screening_2_effect_h) ?x15211 spinal_child_l2_screening_2_dose_ug)))
 (let (($x11214 (= spinal_child_l2_screening_2_response 0)))
 (let (($x15189 (ite $x11214 false true)))
 (let ((?x15205 (* 2.0 spinal_child_l2_screening_1_dose_ug)))
 (let ((?x15206 (ite (>= 12.0 spinal_child_l2_screening_1_effect_h) ?x15205 spinal_child_l2_screening_1_dose_ug)))
 (let (($x11194 (= spinal_child_l2_screening_1_response 0)))
 (let (($x15186 (ite $x11194 false true)))
 (let ((?x15199 (* 2.0 spinal_child_l2_screening_0_dose_ug)))
 (let ((?x15200 (ite (>= 12.0 spinal_child_l2_screening_0_effect_h) ?x15199 spinal_child_l2_screening_0_dose_ug)))
 (let (($x11174 (= spinal_child_l2_screening_0_response 0)))
 (let (($x15183 (ite $x11174 false true)))
 (let (($x15222 (or (and $x15183 (not (<= spinal_child_l2_step_0_daily_dose_ug ?x15200))) (and $x15186 (not (<= spinal_child_l2_step_0_daily_dose_ug ?x15206))) (and $x15189 (not (<= spinal_child_l2_step_0_daily_dose_ug ?x15212))) (and $x15192 (not (<= spinal_child_l2_step_0_daily_dose_ug ?x15218))))))
 (let (($x15437 (not $x15222)))
 (=> holds_ITB-INIT-1 $x15437))))))))))))))))))))
(assert
 (let (($x15235 (not (<= 24.0 (- spinal_child_l2_step_3_h spinal_child_l2_step_0_h)))))
 (let (($x15232 (> spinal_child_l2_step_3_daily_dose_ug spinal_child_l2_step_2_daily_dose_ug)))
 (let (($x15230 (not (<= 24.0 (- spinal_child_l2_step_2_h spinal_child_l2_step_0_h)))))
 (let (($x15227 (> spinal_child_l2_step_2_daily_dose_ug spinal_child_l2_step_1_daily_dose_ug)))
 (let (($x15225 (not (<= 24.0 (- spinal_child_l2_step_1_h spinal_child_l2_step_0_h)))))
 (let (($x15223 (> spinal_child_l2_step_1_daily_dose_ug spinal_child_l2_step_0_daily_dose_ug)))
 (let (($x15438 (not (or (and $x15223 $x15225) (and $x15227 $x15230) (and $x15232 $x15235)))))
 (=> holds_ITB-INIT-2 $x15438)))))))))
(assert
 (let ((?x15240 (+ 1.0 (ite (<= 18.0 spinal_child_l2_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x15250 (<= spinal_child_l2_step_3_daily_dose_ug (* ?x15240 spinal_child_l2_step_2_daily_dose_ug))))
 (let (($x15232 (> spinal_child_l2_step_3_daily_dose_ug spinal_child_l2_step_2_daily_dose_ug)))
 (let (($x15246 (<= spinal_child_l2_step_2_daily_dose_ug (* ?x15240 spinal_child_l2_step_1_daily_dose_ug))))
 (let (($x15227 (> spinal_child_l2_step_2_daily_dose_ug spinal_child_l2_step_1_daily_dose_ug)))
 (let (($x15242 (<= spinal_child_l2_step_1_daily_dose_ug (* ?x15240 spinal_child_l2_step_0_daily_dose_ug))))
 (let (($x15223 (> spinal_child_l2_step_1_daily_dose_ug spinal_child_l2_step_0_daily_dose_ug)))
 (let (($x15253 (or (and $x15223 (not $x15242)) (and $x15227 (not $x15246)) (and $x15232 (not $x15250)))))
 (let (($x15439 (not $x15253)))
 (=> holds_ITB-TITR-1 $x15439)))))))))))
(assert
 (let ((?x15257 (ite spinal_child_l2_programmable 24.0 48.0)))
 (let (($x15232 (> spinal_child_l2_step_3_daily_dose_ug spinal_child_l2_step_2_daily_dose_ug)))
 (let (($x15306 (and $x15232 (and (< spinal_child_l2_step_3_h spinal_child_l2_step_3_h) $x15232) (not (>= (- spinal_child_l2_step_3_h spinal_child_l2_step_3_h) ?x15257)))))
 (let (($x15227 (> spinal_child_l2_step_2_daily_dose_ug spinal_child_l2_step_1_daily_dose_ug)))
 (let (($x15300 (and $x15232 (and (< spinal_child_l2_step_2_h spinal_child_l2_step_3_h) $x15227) (not (>= (- spinal_child_l2_step_3_h spinal_child_l2_step_2_h) ?x15257)))))
 (let (($x15223 (> spinal_child_l2_step_1_daily_dose_ug spinal_child_l2_step_0_daily_dose_ug)))
 (let (($x15295 (and $x15232 (and (< spinal_child_l2_step_1_h spinal_child_l2_step_3_h) $x15223) (not (>= (- spinal_child_l2_step_3_h spinal_child_l2_step_1_h) ?x15257)))))
 (let (($x15289 (and $x15227 (and (< spinal_child_l2_step_3_h spinal_child_l2_step_2_h) $x15232) (not (>= (- spinal_child_l2_step_2_h spinal_child_l2_step_3_h) ?x15257)))))
 (let (($x15283 (and $x15227 (and (< spinal_child_l2_step_2_h spinal_child_l2_step_2_h) $x15227) (not (>= (- spinal_child_l2_step_2_h spinal_child_l2_step_2_h) ?x15257)))))
 (let (($x15277 (and $x15227 (and (< spinal_child_l2_step_1_h spinal_child_l2_step_2_h) $x15223) (not (>= (- spinal_child_l2_step_2_h spinal_child_l2_step_1_h) ?x15257)))))
 (let (($x15272 (and $x15223 (and (< spinal_child_l2_step_3_h spinal_child_l2_step_1_h) $x15232) (not (>= (- spinal_child_l2_step_1_h spinal_child_l2_step_3_h) ?x15257)))))
 (let (($x15266 (and $x15223 (and (< spinal_child_l2_step_2_h spinal_child_l2_step_1_h) $x15227) (not (>= (- spinal_child_l2_step_1_h spinal_child_l2_step_2_h) ?x15257)))))
 (let (($x15260 (and $x15223 (and (< spinal_child_l2_step_1_h spinal_child_l2_step_1_h) $x15223) (not (>= (- spinal_child_l2_step_1_h spinal_child_l2_step_1_h) ?x15257)))))
 (let (($x15440 (not (or $x15260 $x15266 $x15272 $x15277 $x15283 $x15289 $x15295 $x15300 $x15306))))
 (=> holds_ITB-TITR-2 $x15440))))))))))))))))
(assert
 (let ((?x15413 (ite (<= spinal_child_l2_step_1_h w_0) spinal_child_l2_step_1_daily_dose_ug spinal_child_l2_step_0_daily_dose_ug)))
(let ((?x15414 (ite (<= spinal_child_l2_step_2_h w_0) spinal_child_l2_step_2_daily_dose_ug ?x15413)))
(let ((?x15415 (ite (<= spinal_child_l2_step_3_h w_0) spinal_child_l2_step_3_daily_dose_ug ?x15414)))
(let (($x15406 (and (<= (- w_0 24.0) spinal_child_l2_bolus_1_h) (< spinal_child_l2_bolus_1_h w_0))))
(let (($x15401 (and (<= (- w_0 24.0) spinal_child_l2_bolus_0_h) (< spinal_child_l2_bolus_0_h w_0))))
(let ((?x15408 (+ (+ 0.0 (ite $x15401 spinal_child_l2_bolus_0_dose_ug 0.0)) (ite $x15406 spinal_child_l2_bolus_1_dose_ug 0.0))))
(let ((?x14955 (- spinal_child_l2_end_h spinal_child_l2_step_3_h)))
(let ((?x11367 (/ spinal_child_l2_step_3_daily_dose_ug 24.0)))
(let ((?x14952 (- spinal_child_l2_step_3_h spinal_child_l2_step_2_h)))
(let ((?x11365 (/ spinal_child_l2_step_2_daily_dose_ug 24.0)))
(let ((?x13619 (- spinal_child_l2_step_2_h spinal_child_l2_step_1_h)))
(let ((?x11363 (/ spinal_child_l2_step_1_daily_dose_ug 24.0)))
(let ((?x13277 (- spinal_child_l2_step_1_h spinal_child_l2_step_0_h)))
(let ((?x11361 (/ spinal_child_l2_step_0_daily_dose_ug 24.0)))
(let ((?x15313 (+ 0.0 (* ?x11361 ?x13277))))
(let ((?x15315 (+ ?x15313 (* ?x11363 ?x13619))))
(let ((?x15317 (+ ?x15315 (* ?x11365 ?x14952))))
(let ((?x15319 (+ ?x15317 (* ?x11367 ?x14955))))
(let ((?x15380 (ite (<= (- w_0 24.0) spinal_child_l2_end_h) (+ ?x15317 (* ?x11367 (- (- w_0 24.0) spinal_child_l2_step_3_h))) ?x15319)))
(let ((?x15385 (ite (<= (- w_0 24.0) spinal_child_l2_step_3_h) (+ ?x15315 (* ?x11365 (- (- w_0 24.0) spinal_child_l2_step_2_h))) ?x15380)))
(let ((?x15390 (ite (<= (- w_0 24.0) spinal_child_l2_step_2_h) (+ ?x15313 (* ?x11363 (- (- w_0 24.0) spinal_child_l2_step_1_h))) ?x15385)))
(let ((?x15395 (ite (<= (- w_0 24.0) spinal_child_l2_step_1_h) (+ 0.0 (* ?x11361 (- (- w_0 24.0) spinal_child_l2_step_0_h))) ?x15390)))
(let ((?x15345 (ite (<= w_0 spinal_child_l2_end_h) (+ ?x15317 (* ?x11367 (- w_0 spinal_child_l2_step_3_h))) ?x15319)))
(let ((?x15350 (ite (<= w_0 spinal_child_l2_step_3_h) (+ ?x15315 (* ?x11365 (- w_0 spinal_child_l2_step_2_h))) ?x15345)))
(let ((?x15355 (ite (<= w_0 spinal_child_l2_step_2_h) (+ ?x15313 (* ?x11363 (- w_0 spinal_child_l2_step_1_h))) ?x15350)))
(let ((?x15360 (ite (<= w_0 spinal_child_l2_step_1_h) (+ 0.0 (* ?x11361 (- w_0 spinal_child_l2_step_0_h))) ?x15355)))
(let ((?x15362 (ite (<= w_0 spinal_child_l2_step_0_h) 0.0 ?x15360)))
(let ((?x15398 (- ?x15362 (ite (<= (- w_0 24.0) spinal_child_l2_step_0_h) 0.0 ?x15395))))
(let ((?x15417 (ite (>= (- w_0 24.0) spinal_child_l2_step_0_h) (+ ?x15398 ?x15408) (* 1.0 ?x15415))))
(let ((?x15240 (+ 1.0 (ite (<= 18.0 spinal_child_l2_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let (($x15371 (and (<= w_0 spinal_child_l2_bolus_1_h) (< spinal_child_l2_bolus_1_h (+ w_0 24.0)))))
(let (($x15366 (and (<= w_0 spinal_child_l2_bolus_0_h) (< spinal_child_l2_bolus_0_h (+ w_0 24.0)))))
(let ((?x15373 (+ (+ 0.0 (ite $x15366 spinal_child_l2_bolus_0_dose_ug 0.0)) (ite $x15371 spinal_child_l2_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x15311 (<= ?x1800 spinal_child_l2_end_h)))
(let ((?x15328 (ite (<= ?x1800 spinal_child_l2_step_3_h) (+ ?x15315 (* ?x11365 (- ?x1800 spinal_child_l2_step_2_h))) (ite $x15311 (+ ?x15317 (* ?x11367 (- ?x1800 spinal_child_l2_step_3_h))) ?x15319))))
(let ((?x15333 (ite (<= ?x1800 spinal_child_l2_step_2_h) (+ ?x15313 (* ?x11363 (- ?x1800 spinal_child_l2_step_1_h))) ?x15328)))
(let ((?x15338 (ite (<= ?x1800 spinal_child_l2_step_1_h) (+ 0.0 (* ?x11361 (- ?x1800 spinal_child_l2_step_0_h))) ?x15333)))
(let ((?x15374 (+ (- (ite (<= ?x1800 spinal_child_l2_step_0_h) 0.0 ?x15338) ?x15362) ?x15373)))
(let (($x15421 (and (<= spinal_child_l2_step_0_h w_0) $x15311 (not (<= ?x15374 (* ?x15240 ?x15417))))))
(let (($x15441 (not (or $x15421))))
(=> holds_ITB-TITR-3 $x15441)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
