; itbverify 0.1.0: rule-set consistency, adult, spinal origin; 4 screening doses, 4 steps (taper after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_adult_l2_age_years () Real)
(declare-fun spinal_adult_l2_months_since_injury () Real)
(declare-fun spinal_adult_l2_reservoir_ml () Real)
(declare-fun spinal_adult_l2_alarm_ml () Real)
(declare-fun spinal_adult_l2_concentration_ug_ml () Real)
(declare-fun spinal_adult_l2_screening_0_h () Real)
(declare-fun spinal_adult_l2_screening_0_dose_ug () Real)
(declare-fun spinal_adult_l2_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l2_screening_0_duration_min () Real)
(declare-fun spinal_adult_l2_screening_0_response () Int)
(declare-fun spinal_adult_l2_screening_0_effect_h () Real)
(declare-fun spinal_adult_l2_screening_1_h () Real)
(declare-fun spinal_adult_l2_screening_1_dose_ug () Real)
(declare-fun spinal_adult_l2_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l2_screening_1_duration_min () Real)
(declare-fun spinal_adult_l2_screening_1_response () Int)
(declare-fun spinal_adult_l2_screening_1_effect_h () Real)
(declare-fun spinal_adult_l2_screening_2_h () Real)
(declare-fun spinal_adult_l2_screening_2_dose_ug () Real)
(declare-fun spinal_adult_l2_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_adult_l2_screening_2_duration_min () Real)
(declare-fun spinal_adult_l2_screening_2_response () Int)
(declare-fun spinal_adult_l2_screening_2_effect_h () Real)
(declare-fun spinal_adult_l2_screening_3_h () Real)
(declare-fun spinal_adult_l2_screening_3_dose_ug () Real)
(declare-fun spinal_adult_l2_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_adult_l2_screening_3_duration_min () Real)
(declare-fun spinal_adult_l2_screening_3_response () Int)
(declare-fun spinal_adult_l2_screening_3_effect_h () Real)
(declare-fun spinal_adult_l2_step_0_h () Real)
(declare-fun spinal_adult_l2_step_0_daily_dose_ug () Real)
(declare-fun spinal_adult_l2_step_0_rate_ml_day () Real)
(declare-fun spinal_adult_l2_step_1_h () Real)
(declare-fun spinal_adult_l2_step_1_daily_dose_ug () Real)
(declare-fun spinal_adult_l2_step_1_rate_ml_day () Real)
(declare-fun spinal_adult_l2_step_2_h () Real)
(declare-fun spinal_adult_l2_step_2_daily_dose_ug () Real)
(declare-fun spinal_adult_l2_step_2_rate_ml_day () Real)
(declare-fun spinal_adult_l2_step_3_h () Real)
(declare-fun spinal_adult_l2_step_3_daily_dose_ug () Real)
(declare-fun spinal_adult_l2_step_3_rate_ml_day () Real)
(declare-fun spinal_adult_l2_end_h () Real)
(declare-fun spinal_adult_l2_refill_0_h () Real)
(declare-fun spinal_adult_l2_refill_0_volume_ml () Real)
(declare-fun spinal_adult_l2_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l2_refill_0_diluent () Int)
(declare-fun spinal_adult_l2_refill_1_h () Real)
(declare-fun spinal_adult_l2_refill_1_volume_ml () Real)
(declare-fun spinal_adult_l2_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l2_refill_1_diluent () Int)
(declare-fun spinal_adult_l2_bolus_0_h () Real)
(declare-fun spinal_adult_l2_bolus_0_dose_ug () Real)
(declare-fun spinal_adult_l2_bolus_0_via () Int)
(declare-fun spinal_adult_l2_bolus_1_h () Real)
(declare-fun spinal_adult_l2_bolus_1_dose_ug () Real)
(declare-fun spinal_adult_l2_bolus_1_via () Int)
(declare-fun spinal_adult_l2_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_adult_l2_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_adult_l2_bolus_1_emergency () Bool)
(declare-fun spinal_adult_l2_bolus_0_emergency () Bool)
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
(declare-fun spinal_adult_l2_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_adult_l2_age_years 0.0))
(assert
 (<= spinal_adult_l2_age_years 120.0))
(assert
 (>= spinal_adult_l2_age_years 18.0))
(assert
 (>= spinal_adult_l2_months_since_injury 0.0))
(assert
 (<= spinal_adult_l2_months_since_injury 100000.0))
(assert
 (>= spinal_adult_l2_reservoir_ml 0.0))
(assert
 (<= spinal_adult_l2_reservoir_ml 100000.0))
(assert
 (>= spinal_adult_l2_alarm_ml 0.0))
(assert
 (<= spinal_adult_l2_alarm_ml 100000.0))
(assert
 (>= spinal_adult_l2_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l2_screening_0_h 0.0))
(assert
 (<= spinal_adult_l2_screening_0_h 100000.0))
(assert
 (>= spinal_adult_l2_screening_0_h 0.0))
(assert
 (>= spinal_adult_l2_screening_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l2_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l2_screening_0_duration_min 0.0))
(assert
 (<= spinal_adult_l2_screening_0_duration_min 100000.0))
(assert
 (>= spinal_adult_l2_screening_0_response 0))
(assert
 (< spinal_adult_l2_screening_0_response 2))
(assert
 (>= spinal_adult_l2_screening_0_effect_h 0.0))
(assert
 (<= spinal_adult_l2_screening_0_effect_h 100000.0))
(assert
 (>= spinal_adult_l2_screening_1_h 0.0))
(assert
 (<= spinal_adult_l2_screening_1_h 100000.0))
(assert
 (>= spinal_adult_l2_screening_1_h spinal_adult_l2_screening_0_h))
(assert
 (>= spinal_adult_l2_screening_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l2_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l2_screening_1_duration_min 0.0))
(assert
 (<= spinal_adult_l2_screening_1_duration_min 100000.0))
(assert
 (>= spinal_adult_l2_screening_1_response 0))
(assert
 (< spinal_adult_l2_screening_1_response 2))
(assert
 (>= spinal_adult_l2_screening_1_effect_h 0.0))
(assert
 (<= spinal_adult_l2_screening_1_effect_h 100000.0))
(assert
 (>= spinal_adult_l2_screening_2_h 0.0))
(assert
 (<= spinal_adult_l2_screening_2_h 100000.0))
(assert
 (>= spinal_adult_l2_screening_2_h spinal_adult_l2_screening_1_h))
(assert
 (>= spinal_adult_l2_screening_2_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l2_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l2_screening_2_duration_min 0.0))
(assert
 (<= spinal_adult_l2_screening_2_duration_min 100000.0))
(assert
 (>= spinal_adult_l2_screening_2_response 0))
(assert
 (< spinal_adult_l2_screening_2_response 2))
(assert
 (>= spinal_adult_l2_screening_2_effect_h 0.0))
(assert
 (<= spinal_adult_l2_screening_2_effect_h 100000.0))
(assert
 (>= spinal_adult_l2_screening_3_h 0.0))
(assert
 (<= spinal_adult_l2_screening_3_h 100000.0))
(assert
 (>= spinal_adult_l2_screening_3_h spinal_adult_l2_screening_2_h))
(assert
 (>= spinal_adult_l2_screening_3_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l2_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l2_screening_3_duration_min 0.0))
(assert
 (<= spinal_adult_l2_screening_3_duration_min 100000.0))
(assert
 (>= spinal_adult_l2_screening_3_response 0))
(assert
 (< spinal_adult_l2_screening_3_response 2))
(assert
 (>= spinal_adult_l2_screening_3_effect_h 0.0))
(assert
 (<= spinal_adult_l2_screening_3_effect_h 100000.0))
(assert
 (>= spinal_adult_l2_step_0_h 0.0))
(assert
 (<= spinal_adult_l2_step_0_h 100000.0))
(assert
 (>= spinal_adult_l2_step_0_h spinal_adult_l2_screening_3_h))
(assert
 (>= spinal_adult_l2_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l2_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l2_step_1_h 0.0))
(assert
 (<= spinal_adult_l2_step_1_h 100000.0))
(assert
 (> spinal_adult_l2_step_1_h spinal_adult_l2_step_0_h))
(assert
 (>= spinal_adult_l2_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l2_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l2_step_2_h 0.0))
(assert
 (<= spinal_adult_l2_step_2_h 100000.0))
(assert
 (> spinal_adult_l2_step_2_h spinal_adult_l2_step_1_h))
(assert
 (>= spinal_adult_l2_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l2_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l2_step_3_h 0.0))
(assert
 (<= spinal_adult_l2_step_3_h 100000.0))
(assert
 (> spinal_adult_l2_step_3_h spinal_adult_l2_step_2_h))
(assert
 (>= spinal_adult_l2_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l2_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_adult_l2_end_h 100000.0))
(assert
 (>= spinal_adult_l2_end_h spinal_adult_l2_step_3_h))
(assert
 (<= spinal_adult_l2_refill_0_h 100000.0))
(assert
 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_end_h))
(assert
 (>= spinal_adult_l2_refill_0_h spinal_adult_l2_step_0_h))
(assert
 (>= spinal_adult_l2_refill_0_volume_ml 0.0))
(assert
 (<= spinal_adult_l2_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_adult_l2_refill_0_volume_ml spinal_adult_l2_reservoir_ml))
(assert
 (>= spinal_adult_l2_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l2_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l2_refill_0_diluent 0))
(assert
 (< spinal_adult_l2_refill_0_diluent 3))
(assert
 (<= spinal_adult_l2_refill_1_h 100000.0))
(assert
 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_end_h))
(assert
 (>= spinal_adult_l2_refill_1_h spinal_adult_l2_step_0_h))
(assert
 (> spinal_adult_l2_refill_1_h spinal_adult_l2_refill_0_h))
(assert
 (>= spinal_adult_l2_refill_1_volume_ml 0.0))
(assert
 (<= spinal_adult_l2_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_adult_l2_refill_1_volume_ml spinal_adult_l2_reservoir_ml))
(assert
 (>= spinal_adult_l2_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l2_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l2_refill_1_diluent 0))
(assert
 (< spinal_adult_l2_refill_1_diluent 3))
(assert
 (= spinal_adult_l2_refill_0_h spinal_adult_l2_step_0_h))
(assert
 (<= spinal_adult_l2_bolus_0_h 100000.0))
(assert
 (>= spinal_adult_l2_bolus_0_h spinal_adult_l2_step_0_h))
(assert
 (<= spinal_adult_l2_bolus_0_h spinal_adult_l2_end_h))
(assert
 (>= spinal_adult_l2_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_bolus_0_via 0))
(assert
 (< spinal_adult_l2_bolus_0_via 2))
(assert
 (<= spinal_adult_l2_bolus_1_h 100000.0))
(assert
 (>= spinal_adult_l2_bolus_1_h spinal_adult_l2_step_0_h))
(assert
 (<= spinal_adult_l2_bolus_1_h spinal_adult_l2_end_h))
(assert
 (>= spinal_adult_l2_bolus_1_h spinal_adult_l2_bolus_0_h))
(assert
 (>= spinal_adult_l2_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l2_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l2_bolus_1_via 0))
(assert
 (< spinal_adult_l2_bolus_1_via 2))
(assert
 (>= spinal_adult_l2_route 0))
(assert
 (< spinal_adult_l2_route 2))
(assert
 (let ((?x4981 (* (/ 4.0 5.0) spinal_adult_l2_step_2_daily_dose_ug)))
 (let (($x5034 (< spinal_adult_l2_step_3_daily_dose_ug spinal_adult_l2_step_2_daily_dose_ug)))
 (let ((?x5028 (* (/ 4.0 5.0) spinal_adult_l2_step_1_daily_dose_ug)))
 (let (($x5031 (< spinal_adult_l2_step_2_daily_dose_ug spinal_adult_l2_step_1_daily_dose_ug)))
 (let ((?x5017 (* (/ 4.0 5.0) spinal_adult_l2_step_0_daily_dose_ug)))
 (let (($x3360 (< spinal_adult_l2_step_1_daily_dose_ug spinal_adult_l2_step_0_daily_dose_ug)))
 (let (($x4940 (or (and $x3360 (not (>= spinal_adult_l2_step_1_daily_dose_ug ?x5017))) (and $x5031 (not (>= spinal_adult_l2_step_2_daily_dose_ug ?x5028))) (and $x5034 (not (>= spinal_adult_l2_step_3_daily_dose_ug ?x4981))))))
 (let (($x4566 (not $x4940)))
 (=> holds_ITB-STOP-1 $x4566))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x5052 (not (or (not (<= 4.0 spinal_adult_l2_age_years))))))
 (=> holds_ITB-PAT-1 $x5052)))
(assert
 (let (($x5053 (not (or (not (<= 12.0 spinal_adult_l2_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x5053)))
(assert
 (let (($x5054 (not (or spinal_adult_l2_infection))))
 (=> holds_ITB-PAT-4 $x5054)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x5011 (* spinal_adult_l2_step_3_rate_ml_day spinal_adult_l2_concentration_ug_ml)))
 (let ((?x4939 (- ?x5011 spinal_adult_l2_step_3_daily_dose_ug)))
 (let (($x4840 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l2_step_3_daily_dose_ug) ?x4939) (<= ?x4939 (* (/ 1.0 100.0) spinal_adult_l2_step_3_daily_dose_ug)))))
 (let ((?x4846 (* spinal_adult_l2_step_2_rate_ml_day spinal_adult_l2_concentration_ug_ml)))
 (let ((?x4990 (- ?x4846 spinal_adult_l2_step_2_daily_dose_ug)))
 (let (($x5008 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l2_step_2_daily_dose_ug) ?x4990) (<= ?x4990 (* (/ 1.0 100.0) spinal_adult_l2_step_2_daily_dose_ug)))))
 (let ((?x4742 (* spinal_adult_l2_step_1_rate_ml_day spinal_adult_l2_concentration_ug_ml)))
 (let ((?x4744 (- ?x4742 spinal_adult_l2_step_1_daily_dose_ug)))
 (let (($x4841 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l2_step_1_daily_dose_ug) ?x4744) (<= ?x4744 (* (/ 1.0 100.0) spinal_adult_l2_step_1_daily_dose_ug)))))
 (let ((?x4749 (* spinal_adult_l2_step_0_rate_ml_day spinal_adult_l2_concentration_ug_ml)))
 (let ((?x4751 (- ?x4749 spinal_adult_l2_step_0_daily_dose_ug)))
 (let (($x4740 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l2_step_0_daily_dose_ug) ?x4751) (<= ?x4751 (* (/ 1.0 100.0) spinal_adult_l2_step_0_daily_dose_ug)))))
 (let (($x4931 (= spinal_adult_l2_concentration_ug_ml spinal_adult_l2_refill_1_concentration_ug_ml)))
 (let (($x4748 (not $x4931)))
 (let (($x5025 (= spinal_adult_l2_concentration_ug_ml spinal_adult_l2_refill_0_concentration_ug_ml)))
 (let (($x4747 (not $x5025)))
 (let (($x689 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_step_3_h)))
 (let (($x688 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_step_3_h)))
 (let (($x5016 (and (ite $x688 true (ite $x689 true false)) (not (ite $x688 $x4931 (ite $x689 $x5025 false))))))
 (let (($x687 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_step_2_h)))
 (let (($x686 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_step_2_h)))
 (let (($x4993 (and (ite $x686 true (ite $x687 true false)) (not (ite $x686 $x4931 (ite $x687 $x5025 false))))))
 (let (($x685 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_step_1_h)))
 (let (($x684 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_step_1_h)))
 (let (($x4779 (and (ite $x684 true (ite $x685 true false)) (not (ite $x684 $x4931 (ite $x685 $x5025 false))))))
 (let (($x683 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_step_0_h)))
 (let (($x682 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_step_0_h)))
 (let (($x4901 (and (ite $x682 true (ite $x683 true false)) (not (ite $x682 $x4931 (ite $x683 $x5025 false))))))
 (let (($x4698 (or $x4901 $x4779 $x4993 $x5016 $x4747 $x4748 (not $x4740) (not $x4841) (not $x5008) (not $x4840))))
 (let (($x5055 (not $x4698)))
 (=> holds_ITB-PUMP-3 $x5055))))))))))))))))))))))))))))))))
(assert
 (let ((?x4966 (- spinal_adult_l2_end_h spinal_adult_l2_step_3_h)))
 (let ((?x696 (/ spinal_adult_l2_step_3_daily_dose_ug 24.0)))
 (let ((?x697 (/ ?x696 spinal_adult_l2_concentration_ug_ml)))
 (let ((?x4963 (- spinal_adult_l2_step_3_h spinal_adult_l2_step_2_h)))
 (let ((?x694 (/ spinal_adult_l2_step_2_daily_dose_ug 24.0)))
 (let ((?x695 (/ ?x694 spinal_adult_l2_concentration_ug_ml)))
 (let ((?x4921 (- spinal_adult_l2_step_2_h spinal_adult_l2_step_1_h)))
 (let ((?x692 (/ spinal_adult_l2_step_1_daily_dose_ug 24.0)))
 (let ((?x693 (/ ?x692 spinal_adult_l2_concentration_ug_ml)))
 (let ((?x4869 (- spinal_adult_l2_step_1_h spinal_adult_l2_step_0_h)))
 (let ((?x690 (/ spinal_adult_l2_step_0_daily_dose_ug 24.0)))
 (let ((?x691 (/ ?x690 spinal_adult_l2_concentration_ug_ml)))
 (let ((?x4920 (+ 0.0 (* ?x691 ?x4869))))
 (let ((?x4958 (+ ?x4920 (* ?x693 ?x4921))))
 (let ((?x4965 (+ ?x4958 (* ?x695 ?x4963))))
 (let ((?x4823 (+ ?x4965 (* ?x697 ?x4966))))
 (let ((?x4853 (+ ?x4965 (* ?x697 (- spinal_adult_l2_step_0_h spinal_adult_l2_step_3_h)))))
 (let ((?x4828 (+ ?x4958 (* ?x695 (- spinal_adult_l2_step_0_h spinal_adult_l2_step_2_h)))))
 (let ((?x4832 (ite (<= spinal_adult_l2_step_0_h spinal_adult_l2_step_3_h) ?x4828 (ite (<= spinal_adult_l2_step_0_h spinal_adult_l2_end_h) ?x4853 ?x4823))))
 (let ((?x4862 (+ ?x4920 (* ?x693 (- spinal_adult_l2_step_0_h spinal_adult_l2_step_1_h)))))
 (let ((?x4876 (+ 0.0 (* ?x691 (- spinal_adult_l2_step_0_h spinal_adult_l2_step_0_h)))))
 (let ((?x4880 (ite (<= spinal_adult_l2_step_0_h spinal_adult_l2_step_1_h) ?x4876 (ite (<= spinal_adult_l2_step_0_h spinal_adult_l2_step_2_h) ?x4862 ?x4832))))
 (let ((?x4884 (ite (<= spinal_adult_l2_step_0_h spinal_adult_l2_step_0_h) 0.0 ?x4880)))
 (let (($x4837 (<= t_0 spinal_adult_l2_end_h)))
 (let ((?x5020 (ite (<= t_0 spinal_adult_l2_step_3_h) (+ ?x4958 (* ?x695 (- t_0 spinal_adult_l2_step_2_h))) (ite $x4837 (+ ?x4965 (* ?x697 (- t_0 spinal_adult_l2_step_3_h))) ?x4823))))
 (let ((?x4848 (ite (<= t_0 spinal_adult_l2_step_2_h) (+ ?x4920 (* ?x693 (- t_0 spinal_adult_l2_step_1_h))) ?x5020)))
 (let ((?x4978 (ite (<= t_0 spinal_adult_l2_step_1_h) (+ 0.0 (* ?x691 (- t_0 spinal_adult_l2_step_0_h))) ?x4848)))
 (let ((?x4980 (ite (<= t_0 spinal_adult_l2_step_0_h) 0.0 ?x4978)))
 (let ((?x4043 (+ ?x4965 (* ?x697 (- spinal_adult_l2_refill_0_h spinal_adult_l2_step_3_h)))))
 (let (($x612 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_end_h)))
 (let ((?x4641 (+ ?x4958 (* ?x695 (- spinal_adult_l2_refill_0_h spinal_adult_l2_step_2_h)))))
 (let (($x689 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_step_3_h)))
 (let ((?x4805 (+ ?x4920 (* ?x693 (- spinal_adult_l2_refill_0_h spinal_adult_l2_step_1_h)))))
 (let (($x687 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_step_2_h)))
 (let ((?x4819 (+ 0.0 (* ?x691 (- spinal_adult_l2_refill_0_h spinal_adult_l2_step_0_h)))))
 (let (($x685 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_step_1_h)))
 (let (($x683 (<= spinal_adult_l2_refill_0_h spinal_adult_l2_step_0_h)))
 (let ((?x4821 (ite $x683 0.0 (ite $x685 ?x4819 (ite $x687 ?x4805 (ite $x689 ?x4641 (ite $x612 ?x4043 ?x4823)))))))
 (let ((?x4793 (ite (< spinal_adult_l2_refill_0_h t_0) (- spinal_adult_l2_refill_0_volume_ml (+ (- ?x4980 ?x4821) 0.0)) (- 0.0 (+ (- ?x4980 ?x4884) 0.0)))))
 (let ((?x4796 (+ ?x4965 (* ?x697 (- spinal_adult_l2_refill_1_h spinal_adult_l2_step_3_h)))))
 (let (($x628 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_end_h)))
 (let ((?x4800 (+ ?x4958 (* ?x695 (- spinal_adult_l2_refill_1_h spinal_adult_l2_step_2_h)))))
 (let (($x688 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_step_3_h)))
 (let ((?x4023 (+ ?x4920 (* ?x693 (- spinal_adult_l2_refill_1_h spinal_adult_l2_step_1_h)))))
 (let (($x686 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_step_2_h)))
 (let ((?x4757 (+ 0.0 (* ?x691 (- spinal_adult_l2_refill_1_h spinal_adult_l2_step_0_h)))))
 (let (($x684 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_step_1_h)))
 (let (($x682 (<= spinal_adult_l2_refill_1_h spinal_adult_l2_step_0_h)))
 (let ((?x4759 (ite $x682 0.0 (ite $x684 ?x4757 (ite $x686 ?x4023 (ite $x688 ?x4800 (ite $x628 ?x4796 ?x4823)))))))
 (let ((?x4771 (ite (< spinal_adult_l2_refill_1_h t_0) (- spinal_adult_l2_refill_1_volume_ml (+ (- ?x4980 ?x4759) 0.0)) ?x4793)))
 (let ((?x4700 (ite (<= 0.0 spinal_adult_l2_step_0_h) spinal_adult_l2_step_0_h 0.0)))
 (let (($x4775 (or (and (< ?x4700 t_0) $x4837 (not (> ?x4771 spinal_adult_l2_alarm_ml))))))
 (let (($x5056 (not $x4775)))
 (=> holds_ITB-PUMP-4 $x5056)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x4712 (not (>= 1848.0 (- spinal_adult_l2_refill_1_h spinal_adult_l2_refill_0_h)))))
 (let (($x4716 (or $x4712 (not (>= 1848.0 (- spinal_adult_l2_end_h spinal_adult_l2_refill_1_h))))))
 (let (($x5057 (not $x4716)))
 (=> holds_ITB-PUMP-5 $x5057)))))
(assert
 (let (($x4722 (and (ite (= spinal_adult_l2_bolus_1_via 0) false true) (not spinal_adult_l2_bolus_1_emergency))))
 (let (($x4719 (and (ite (= spinal_adult_l2_bolus_0_via 0) false true) (not spinal_adult_l2_bolus_0_emergency))))
 (let (($x5058 (not (or $x4719 $x4722))))
 (=> holds_ITB-PUMP-6 $x5058)))))
(assert
 (let (($x5059 (not (or (not (ite (= spinal_adult_l2_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x5059)))
(assert
 (let (($x3573 (and (< 0.0 spinal_adult_l2_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l2_screening_3_concentration_ug_ml))))
 (let (($x4564 (and (< 0.0 spinal_adult_l2_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l2_screening_2_concentration_ug_ml))))
 (let (($x4517 (and (< 0.0 spinal_adult_l2_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l2_screening_1_concentration_ug_ml))))
 (let (($x3880 (and (< 0.0 spinal_adult_l2_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l2_screening_0_concentration_ug_ml))))
 (let (($x4194 (and (< 0.0 spinal_adult_l2_concentration_ug_ml) (>= 2000.0 spinal_adult_l2_concentration_ug_ml))))
 (let (($x4274 (not $x4194)))
 (let (($x3986 (and (< 0.0 spinal_adult_l2_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l2_refill_1_concentration_ug_ml))))
 (let (($x3446 (and (< 0.0 spinal_adult_l2_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l2_refill_0_concentration_ug_ml))))
 (let (($x3427 (or (= 50.0 spinal_adult_l2_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l2_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l2_refill_1_concentration_ug_ml))))
 (let (($x641 (= spinal_adult_l2_refill_1_diluent 0)))
 (let (($x4734 (ite $x641 true (ite (= spinal_adult_l2_refill_1_diluent 1) false false))))
 (let (($x4705 (or (= 50.0 spinal_adult_l2_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l2_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l2_refill_0_concentration_ug_ml))))
 (let (($x624 (= spinal_adult_l2_refill_0_diluent 0)))
 (let (($x4728 (ite $x624 true (ite (= spinal_adult_l2_refill_0_diluent 1) false false))))
 (let (($x4736 (ite $x641 false (ite (= spinal_adult_l2_refill_1_diluent 1) true false))))
 (let (($x4730 (ite $x624 false (ite (= spinal_adult_l2_refill_0_diluent 1) true false))))
 (let (($x3348 (or (not (or $x4728 $x4730)) (not (or $x4734 $x4736)) (and $x4728 (not $x4705)) (and $x4734 (not $x3427)) (not $x3446) (not $x3986) $x4274 $x4274 $x4274 $x4274 (not $x3880) (not $x4517) (not $x4564) (not $x3573))))
 (let (($x5060 (not $x3348)))
 (=> holds_ITB-CONC-1 $x5060))))))))))))))))))))
(assert
 (let (($x3435 (or (not (= 50.0 spinal_adult_l2_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l2_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l2_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l2_screening_3_concentration_ug_ml)))))
 (let (($x5061 (not $x3435)))
 (=> holds_ITB-SCR-1 $x5061))))
(assert
 (let (($x5062 (not (or (not (>= 50.0 spinal_adult_l2_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x5062)))
(assert
 (let (($x4625 (or (not (<= 1.0 spinal_adult_l2_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l2_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l2_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l2_screening_3_duration_min)))))
 (let (($x5063 (not $x4625)))
 (=> holds_ITB-SCR-3 $x5063))))
(assert
 (let (($x4606 (<= 24.0 (- spinal_adult_l2_screening_3_h spinal_adult_l2_screening_2_h))))
 (let (($x543 (= spinal_adult_l2_screening_2_response 0)))
 (let (($x4637 (ite $x543 true false)))
 (let (($x4581 (<= 24.0 (- spinal_adult_l2_screening_2_h spinal_adult_l2_screening_1_h))))
 (let (($x523 (= spinal_adult_l2_screening_1_response 0)))
 (let (($x4628 (ite $x523 true false)))
 (let (($x4524 (<= 24.0 (- spinal_adult_l2_screening_1_h spinal_adult_l2_screening_0_h))))
 (let (($x503 (= spinal_adult_l2_screening_0_response 0)))
 (let (($x4626 (ite $x503 true false)))
 (let (($x4825 (<= spinal_adult_l2_screening_3_dose_ug (+ spinal_adult_l2_screening_2_dose_ug 25.0))))
 (let (($x4694 (<= spinal_adult_l2_screening_2_dose_ug (+ spinal_adult_l2_screening_1_dose_ug 25.0))))
 (let (($x4691 (<= spinal_adult_l2_screening_1_dose_ug (+ spinal_adult_l2_screening_0_dose_ug 25.0))))
 (let (($x4646 (or (not $x4626) (not $x4628) (not $x4637) (and $x4626 (not $x4691)) (and $x4628 (not $x4694)) (and $x4637 (not $x4825)) (and $x4626 (not $x4524)) (and $x4628 (not $x4581)) (and $x4637 (not $x4606)))))
 (let (($x5064 (not $x4646)))
 (=> holds_ITB-SCR-4 $x5064))))))))))))))))
(assert
 (let (($x4927 (or (not (>= 100.0 spinal_adult_l2_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l2_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l2_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l2_screening_3_dose_ug)))))
 (let (($x5065 (not $x4927)))
 (=> holds_ITB-SCR-5 $x5065))))
(assert
 (let (($x563 (= spinal_adult_l2_screening_3_response 0)))
 (let (($x4959 (ite $x563 false true)))
 (let (($x543 (= spinal_adult_l2_screening_2_response 0)))
 (let (($x3244 (ite $x543 false true)))
 (let (($x523 (= spinal_adult_l2_screening_1_response 0)))
 (let (($x4636 (ite $x523 false true)))
 (let (($x503 (= spinal_adult_l2_screening_0_response 0)))
 (let (($x4870 (ite $x503 false true)))
 (let (($x4592 (or (and $x4870 (<= spinal_adult_l2_screening_0_h spinal_adult_l2_step_0_h)) (and $x4636 (<= spinal_adult_l2_screening_1_h spinal_adult_l2_step_0_h)) (and $x3244 (<= spinal_adult_l2_screening_2_h spinal_adult_l2_step_0_h)) (and $x4959 (<= spinal_adult_l2_screening_3_h spinal_adult_l2_step_0_h)))))
 (let (($x5066 (not (or (not $x4592)))))
 (=> holds_ITB-SCR-6 $x5066))))))))))))
(assert
 (let ((?x4982 (* 2.0 spinal_adult_l2_screening_3_dose_ug)))
 (let ((?x4983 (ite (>= 12.0 spinal_adult_l2_screening_3_effect_h) ?x4982 spinal_adult_l2_screening_3_dose_ug)))
 (let (($x563 (= spinal_adult_l2_screening_3_response 0)))
 (let (($x4959 (ite $x563 false true)))
 (let ((?x3444 (* 2.0 spinal_adult_l2_screening_2_dose_ug)))
 (let ((?x3394 (ite (>= 12.0 spinal_adult_l2_screening_2_effect_h) ?x3444 spinal_adult_l2_screening_2_dose_ug)))
 (let (($x543 (= spinal_adult_l2_screening_2_response 0)))
 (let (($x3244 (ite $x543 false true)))
 (let ((?x5003 (* 2.0 spinal_adult_l2_screening_1_dose_ug)))
 (let ((?x5002 (ite (>= 12.0 spinal_adult_l2_screening_1_effect_h) ?x5003 spinal_adult_l2_screening_1_dose_ug)))
 (let (($x523 (= spinal_adult_l2_screening_1_response 0)))
 (let (($x4636 (ite $x523 false true)))
 (let ((?x4935 (* 2.0 spinal_adult_l2_screening_0_dose_ug)))
 (let ((?x4934 (ite (>= 12.0 spinal_adult_l2_screening_0_effect_h) ?x4935 spinal_adult_l2_screening_0_dose_ug)))
 (let (($x503 (= spinal_adult_l2_screening_0_response 0)))
 (let (($x4870 (ite $x503 false true)))
 (let (($x4680 (or (and $x4870 (not (<= spinal_adult_l2_step_0_daily_dose_ug ?x4934))) (and $x4636 (not (<= spinal_adult_l2_step_0_daily_dose_ug ?x5002))) (and $x3244 (not (<= spinal_adult_l2_step_0_daily_dose_ug ?x3394))) (and $x4959 (not (<= spinal_adult_l2_step_0_daily_dose_ug ?x4983))))))
 (let (($x5067 (not $x4680)))
 (=> holds_ITB-INIT-1 $x5067))))))))))))))))))))
(assert
 (let (($x4575 (not (<= 24.0 (- spinal_adult_l2_step_3_h spinal_adult_l2_step_0_h)))))
 (let (($x4598 (> spinal_adult_l2_step_3_daily_dose_ug spinal_adult_l2_step_2_daily_dose_ug)))
 (let (($x4521 (not (<= 24.0 (- spinal_adult_l2_step_2_h spinal_adult_l2_step_0_h)))))
 (let (($x4762 (> spinal_adult_l2_step_2_daily_dose_ug spinal_adult_l2_step_1_daily_dose_ug)))
 (let (($x4411 (not (<= 24.0 (- spinal_adult_l2_step_1_h spinal_adult_l2_step_0_h)))))
 (let (($x4889 (> spinal_adult_l2_step_1_daily_dose_ug spinal_adult_l2_step_0_daily_dose_ug)))
 (let (($x5068 (not (or (and $x4889 $x4411) (and $x4762 $x4521) (and $x4598 $x4575)))))
 (=> holds_ITB-INIT-2 $x5068)))))))))
(assert
 (let ((?x4746 (+ 1.0 (ite (<= 18.0 spinal_adult_l2_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x4617 (<= spinal_adult_l2_step_3_daily_dose_ug (* ?x4746 spinal_adult_l2_step_2_daily_dose_ug))))
 (let (($x4598 (> spinal_adult_l2_step_3_daily_dose_ug spinal_adult_l2_step_2_daily_dose_ug)))
 (let (($x4902 (<= spinal_adult_l2_step_2_daily_dose_ug (* ?x4746 spinal_adult_l2_step_1_daily_dose_ug))))
 (let (($x4762 (> spinal_adult_l2_step_2_daily_dose_ug spinal_adult_l2_step_1_daily_dose_ug)))
 (let (($x4894 (<= spinal_adult_l2_step_1_daily_dose_ug (* ?x4746 spinal_adult_l2_step_0_daily_dose_ug))))
 (let (($x4889 (> spinal_adult_l2_step_1_daily_dose_ug spinal_adult_l2_step_0_daily_dose_ug)))
 (let (($x4873 (or (and $x4889 (not $x4894)) (and $x4762 (not $x4902)) (and $x4598 (not $x4617)))))
 (let (($x5069 (not $x4873)))
 (=> holds_ITB-TITR-1 $x5069)))))))))))
(assert
 (let ((?x4938 (ite spinal_adult_l2_programmable 24.0 48.0)))
 (let (($x4598 (> spinal_adult_l2_step_3_daily_dose_ug spinal_adult_l2_step_2_daily_dose_ug)))
 (let (($x4962 (and $x4598 (and (< spinal_adult_l2_step_3_h spinal_adult_l2_step_3_h) $x4598) (not (>= (- spinal_adult_l2_step_3_h spinal_adult_l2_step_3_h) ?x4938)))))
 (let (($x4762 (> spinal_adult_l2_step_2_daily_dose_ug spinal_adult_l2_step_1_daily_dose_ug)))
 (let (($x4609 (and $x4598 (and (< spinal_adult_l2_step_2_h spinal_adult_l2_step_3_h) $x4762) (not (>= (- spinal_adult_l2_step_3_h spinal_adult_l2_step_2_h) ?x4938)))))
 (let (($x4889 (> spinal_adult_l2_step_1_daily_dose_ug spinal_adult_l2_step_0_daily_dose_ug)))
 (let (($x4770 (and $x4598 (and (< spinal_adult_l2_step_1_h spinal_adult_l2_step_3_h) $x4889) (not (>= (- spinal_adult_l2_step_3_h spinal_adult_l2_step_1_h) ?x4938)))))
 (let (($x3570 (and $x4762 (and (< spinal_adult_l2_step_3_h spinal_adult_l2_step_2_h) $x4598) (not (>= (- spinal_adult_l2_step_2_h spinal_adult_l2_step_3_h) ?x4938)))))
 (let (($x4801 (and $x4762 (and (< spinal_adult_l2_step_2_h spinal_adult_l2_step_2_h) $x4762) (not (>= (- spinal_adult_l2_step_2_h spinal_adult_l2_step_2_h) ?x4938)))))
 (let (($x4928 (and $x4762 (and (< spinal_adult_l2_step_1_h spinal_adult_l2_step_2_h) $x4889) (not (>= (- spinal_adult_l2_step_2_h spinal_adult_l2_step_1_h) ?x4938)))))
 (let (($x4603 (and $x4889 (and (< spinal_adult_l2_step_3_h spinal_adult_l2_step_1_h) $x4598) (not (>= (- spinal_adult_l2_step_1_h spinal_adult_l2_step_3_h) ?x4938)))))
 (let (($x4590 (and $x4889 (and (< spinal_adult_l2_step_2_h spinal_adult_l2_step_1_h) $x4762) (not (>= (- spinal_adult_l2_step_1_h spinal_adult_l2_step_2_h) ?x4938)))))
 (let (($x3475 (and $x4889 (and (< spinal_adult_l2_step_1_h spinal_adult_l2_step_1_h) $x4889) (not (>= (- spinal_adult_l2_step_1_h spinal_adult_l2_step_1_h) ?x4938)))))
 (let (($x5070 (not (or $x3475 $x4590 $x4603 $x4928 $x4801 $x3570 $x4770 $x4609 $x4962))))
 (=> holds_ITB-TITR-2 $x5070))))))))))))))))
(assert
 (let ((?x5043 (ite (<= spinal_adult_l2_step_1_h w_0) spinal_adult_l2_step_1_daily_dose_ug spinal_adult_l2_step_0_daily_dose_ug)))
(let ((?x5044 (ite (<= spinal_adult_l2_step_2_h w_0) spinal_adult_l2_step_2_daily_dose_ug ?x5043)))
(let ((?x5045 (ite (<= spinal_adult_l2_step_3_h w_0) spinal_adult_l2_step_3_daily_dose_ug ?x5044)))
(let (($x4649 (and (<= (- w_0 24.0) spinal_adult_l2_bolus_1_h) (< spinal_adult_l2_bolus_1_h w_0))))
(let (($x5027 (and (<= (- w_0 24.0) spinal_adult_l2_bolus_0_h) (< spinal_adult_l2_bolus_0_h w_0))))
(let ((?x5038 (+ (+ 0.0 (ite $x5027 spinal_adult_l2_bolus_0_dose_ug 0.0)) (ite $x4649 spinal_adult_l2_bolus_1_dose_ug 0.0))))
(let ((?x4966 (- spinal_adult_l2_end_h spinal_adult_l2_step_3_h)))
(let ((?x696 (/ spinal_adult_l2_step_3_daily_dose_ug 24.0)))
(let ((?x4963 (- spinal_adult_l2_step_3_h spinal_adult_l2_step_2_h)))
(let ((?x694 (/ spinal_adult_l2_step_2_daily_dose_ug 24.0)))
(let ((?x4921 (- spinal_adult_l2_step_2_h spinal_adult_l2_step_1_h)))
(let ((?x692 (/ spinal_adult_l2_step_1_daily_dose_ug 24.0)))
(let ((?x4869 (- spinal_adult_l2_step_1_h spinal_adult_l2_step_0_h)))
(let ((?x690 (/ spinal_adult_l2_step_0_daily_dose_ug 24.0)))
(let ((?x4643 (+ 0.0 (* ?x690 ?x4869))))
(let ((?x4864 (+ ?x4643 (* ?x692 ?x4921))))
(let ((?x4945 (+ ?x4864 (* ?x694 ?x4963))))
(let ((?x4288 (+ ?x4945 (* ?x696 ?x4966))))
(let ((?x4678 (ite (<= (- w_0 24.0) spinal_adult_l2_end_h) (+ ?x4945 (* ?x696 (- (- w_0 24.0) spinal_adult_l2_step_3_h))) ?x4288)))
(let ((?x4995 (ite (<= (- w_0 24.0) spinal_adult_l2_step_3_h) (+ ?x4864 (* ?x694 (- (- w_0 24.0) spinal_adult_l2_step_2_h))) ?x4678)))
(let ((?x4015 (ite (<= (- w_0 24.0) spinal_adult_l2_step_2_h) (+ ?x4643 (* ?x692 (- (- w_0 24.0) spinal_adult_l2_step_1_h))) ?x4995)))
(let ((?x4652 (ite (<= (- w_0 24.0) spinal_adult_l2_step_1_h) (+ 0.0 (* ?x690 (- (- w_0 24.0) spinal_adult_l2_step_0_h))) ?x4015)))
(let ((?x4887 (ite (<= w_0 spinal_adult_l2_end_h) (+ ?x4945 (* ?x696 (- w_0 spinal_adult_l2_step_3_h))) ?x4288)))
(let ((?x4950 (ite (<= w_0 spinal_adult_l2_step_3_h) (+ ?x4864 (* ?x694 (- w_0 spinal_adult_l2_step_2_h))) ?x4887)))
(let ((?x3896 (ite (<= w_0 spinal_adult_l2_step_2_h) (+ ?x4643 (* ?x692 (- w_0 spinal_adult_l2_step_1_h))) ?x4950)))
(let ((?x4624 (ite (<= w_0 spinal_adult_l2_step_1_h) (+ 0.0 (* ?x690 (- w_0 spinal_adult_l2_step_0_h))) ?x3896)))
(let ((?x4623 (ite (<= w_0 spinal_adult_l2_step_0_h) 0.0 ?x4624)))
(let ((?x4999 (- ?x4623 (ite (<= (- w_0 24.0) spinal_adult_l2_step_0_h) 0.0 ?x4652))))
(let ((?x5047 (ite (>= (- w_0 24.0) spinal_adult_l2_step_0_h) (+ ?x4999 ?x5038) (* 1.0 ?x5045))))
(let ((?x4746 (+ 1.0 (ite (<= 18.0 spinal_adult_l2_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let (($x4992 (and (<= w_0 spinal_adult_l2_bolus_1_h) (< spinal_adult_l2_bolus_1_h (+ w_0 24.0)))))
(let (($x4062 (and (<= w_0 spinal_adult_l2_bolus_0_h) (< spinal_adult_l2_bolus_0_h (+ w_0 24.0)))))
(let ((?x4926 (+ (+ 0.0 (ite $x4062 spinal_adult_l2_bolus_0_dose_ug 0.0)) (ite $x4992 spinal_adult_l2_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x3101 (<= ?x1800 spinal_adult_l2_end_h)))
(let ((?x3576 (ite (<= ?x1800 spinal_adult_l2_step_3_h) (+ ?x4864 (* ?x694 (- ?x1800 spinal_adult_l2_step_2_h))) (ite $x3101 (+ ?x4945 (* ?x696 (- ?x1800 spinal_adult_l2_step_3_h))) ?x4288))))
(let ((?x4600 (ite (<= ?x1800 spinal_adult_l2_step_2_h) (+ ?x4643 (* ?x692 (- ?x1800 spinal_adult_l2_step_1_h))) ?x3576)))
(let ((?x4661 (ite (<= ?x1800 spinal_adult_l2_step_1_h) (+ 0.0 (* ?x690 (- ?x1800 spinal_adult_l2_step_0_h))) ?x4600)))
(let ((?x4925 (+ (- (ite (<= ?x1800 spinal_adult_l2_step_0_h) 0.0 ?x4661) ?x4623) ?x4926)))
(let (($x5051 (and (<= spinal_adult_l2_step_0_h w_0) $x3101 (not (<= ?x4925 (* ?x4746 ?x5047))))))
(let (($x5071 (not (or $x5051))))
(=> holds_ITB-TITR-3 $x5071)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
