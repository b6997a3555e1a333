; itbverify 0.1.0: rule-set consistency, child, spinal origin; 4 screening doses, 4 steps (titration after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_child_l0_age_years () Real)
(declare-fun spinal_child_l0_months_since_injury () Real)
(declare-fun spinal_child_l0_reservoir_ml () Real)
(declare-fun spinal_child_l0_alarm_ml () Real)
(declare-fun spinal_child_l0_concentration_ug_ml () Real)
(declare-fun spinal_child_l0_screening_0_h () Real)
(declare-fun spinal_child_l0_screening_0_dose_ug () Real)
(declare-fun spinal_child_l0_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l0_screening_0_duration_min () Real)
(declare-fun spinal_child_l0_screening_0_response () Int)
(declare-fun spinal_child_l0_screening_0_effect_h () Real)
(declare-fun spinal_child_l0_screening_1_h () Real)
(declare-fun spinal_child_l0_screening_1_dose_ug () Real)
(declare-fun spinal_child_l0_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l0_screening_1_duration_min () Real)
(declare-fun spinal_child_l0_screening_1_response () Int)
(declare-fun spinal_child_l0_screening_1_effect_h () Real)
(declare-fun spinal_child_l0_screening_2_h () Real)
(declare-fun spinal_child_l0_screening_2_dose_ug () Real)
(declare-fun spinal_child_l0_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_child_l0_screening_2_duration_min () Real)
(declare-fun spinal_child_l0_screening_2_response () Int)
(declare-fun spinal_child_l0_screening_2_effect_h () Real)
(declare-fun spinal_child_l0_screening_3_h () Real)
(declare-fun spinal_child_l0_screening_3_dose_ug () Real)
(declare-fun spinal_child_l0_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_child_l0_screening_3_duration_min () Real)
(declare-fun spinal_child_l0_screening_3_response () Int)
(declare-fun spinal_child_l0_screening_3_effect_h () Real)
(declare-fun spinal_child_l0_step_0_h () Real)
(declare-fun spinal_child_l0_step_0_daily_dose_ug () Real)
(declare-fun spinal_child_l0_step_0_rate_ml_day () Real)
(declare-fun spinal_child_l0_step_1_h () Real)
(declare-fun spinal_child_l0_step_1_daily_dose_ug () Real)
(declare-fun spinal_child_l0_step_1_rate_ml_day () Real)
(declare-fun spinal_child_l0_step_2_h () Real)
(declare-fun spinal_child_l0_step_2_daily_dose_ug () Real)
(declare-fun spinal_child_l0_step_2_rate_ml_day () Real)
(declare-fun spinal_child_l0_step_3_h () Real)
(declare-fun spinal_child_l0_step_3_daily_dose_ug () Real)
(declare-fun spinal_child_l0_step_3_rate_ml_day () Real)
(declare-fun spinal_child_l0_end_h () Real)
(declare-fun spinal_child_l0_refill_0_h () Real)
(declare-fun spinal_child_l0_refill_0_volume_ml () Real)
(declare-fun spinal_child_l0_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l0_refill_0_diluent () Int)
(declare-fun spinal_child_l0_refill_1_h () Real)
(declare-fun spinal_child_l0_refill_1_volume_ml () Real)
(declare-fun spinal_child_l0_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l0_refill_1_diluent () Int)
(declare-fun spinal_child_l0_bolus_0_h () Real)
(declare-fun spinal_child_l0_bolus_0_dose_ug () Real)
(declare-fun spinal_child_l0_bolus_0_via () Int)
(declare-fun spinal_child_l0_bolus_1_h () Real)
(declare-fun spinal_child_l0_bolus_1_dose_ug () Real)
(declare-fun spinal_child_l0_bolus_1_via () Int)
(declare-fun spinal_child_l0_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_child_l0_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_child_l0_bolus_1_emergency () Bool)
(declare-fun spinal_child_l0_bolus_0_emergency () Bool)
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
(declare-fun spinal_child_l0_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_child_l0_age_years 0.0))
(assert
 (<= spinal_child_l0_age_years 120.0))
(assert
 (< spinal_child_l0_age_years 18.0))
(assert
 (>= spinal_child_l0_months_since_injury 0.0))
(assert
 (<= spinal_child_l0_months_since_injury 100000.0))
(assert
 (>= spinal_child_l0_reservoir_ml 0.0))
(assert
 (<= spinal_child_l0_reservoir_ml 100000.0))
(assert
 (>= spinal_child_l0_alarm_ml 0.0))
(assert
 (<= spinal_child_l0_alarm_ml 100000.0))
(assert
 (>= spinal_child_l0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l0_screening_0_h 0.0))
(assert
 (<= spinal_child_l0_screening_0_h 100000.0))
(assert
 (>= spinal_child_l0_screening_0_h 0.0))
(assert
 (>= spinal_child_l0_screening_0_dose_ug 0.0))
(assert
 (<= spinal_child_l0_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l0_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l0_screening_0_duration_min 0.0))
(assert
 (<= spinal_child_l0_screening_0_duration_min 100000.0))
(assert
 (>= spinal_child_l0_screening_0_response 0))
(assert
 (< spinal_child_l0_screening_0_response 2))
(assert
 (>= spinal_child_l0_screening_0_effect_h 0.0))
(assert
 (<= spinal_child_l0_screening_0_effect_h 100000.0))
(assert
 (>= spinal_child_l0_screening_1_h 0.0))
(assert
 (<= spinal_child_l0_screening_1_h 100000.0))
(assert
 (>= spinal_child_l0_screening_1_h spinal_child_l0_screening_0_h))
(assert
 (>= spinal_child_l0_screening_1_dose_ug 0.0))
(assert
 (<= spinal_child_l0_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l0_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l0_screening_1_duration_min 0.0))
(assert
 (<= spinal_child_l0_screening_1_duration_min 100000.0))
(assert
 (>= spinal_child_l0_screening_1_response 0))
(assert
 (< spinal_child_l0_screening_1_response 2))
(assert
 (>= spinal_child_l0_screening_1_effect_h 0.0))
(assert
 (<= spinal_child_l0_screening_1_effect_h 100000.0))
(assert
 (>= spinal_child_l0_screening_2_h 0.0))
(assert
 (<= spinal_child_l0_screening_2_h 100000.0))
(assert
 (>= spinal_child_l0_screening_2_h spinal_child_l0_screening_1_h))
(assert
 (>= spinal_child_l0_screening_2_dose_ug 0.0))
(assert
 (<= spinal_child_l0_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l0_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l0_screening_2_duration_min 0.0))
(assert
 (<= spinal_child_l0_screening_2_duration_min 100000.0))
(assert
 (>= spinal_child_l0_screening_2_response 0))
(assert
 (< spinal_child_l0_screening_2_response 2))
(assert
 (>= spinal_child_l0_screening_2_effect_h 0.0))
(assert
 (<= spinal_child_l0_screening_2_effect_h 100000.0))
(assert
 (>= spinal_child_l0_screening_3_h 0.0))
(assert
 (<= spinal_child_l0_screening_3_h 100000.0))
(assert
 (>= spinal_child_l0_screening_3_h spinal_child_l0_screening_2_h))
(assert
 (>= spinal_child_l0_screening_3_dose_ug 0.0))
(assert
 (<= spinal_child_l0_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l0_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l0_screening_3_duration_min 0.0))
(assert
 (<= spinal_child_l0_screening_3_duration_min 100000.0))
(assert
 (>= spinal_child_l0_screening_3_response 0))
(assert
 (< spinal_child_l0_screening_3_response 2))
(assert
 (>= spinal_child_l0_screening_3_effect_h 0.0))
(assert
 (<= spinal_child_l0_screening_3_effect_h 100000.0))
(assert
 (>= spinal_child_l0_step_0_h 0.0))
(assert
 (<= spinal_child_l0_step_0_h 100000.0))
(assert
 (>= spinal_child_l0_step_0_h spinal_child_l0_screening_3_h))
(assert
 (>= spinal_child_l0_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l0_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_child_l0_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l0_step_1_h 0.0))
(assert
 (<= spinal_child_l0_step_1_h 100000.0))
(assert
 (> spinal_child_l0_step_1_h spinal_child_l0_step_0_h))
(assert
 (>= spinal_child_l0_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l0_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_child_l0_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l0_step_2_h 0.0))
(assert
 (<= spinal_child_l0_step_2_h 100000.0))
(assert
 (> spinal_child_l0_step_2_h spinal_child_l0_step_1_h))
(assert
 (>= spinal_child_l0_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l0_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_child_l0_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l0_step_3_h 0.0))
(assert
 (<= spinal_child_l0_step_3_h 100000.0))
(assert
 (> spinal_child_l0_step_3_h spinal_child_l0_step_2_h))
(assert
 (>= spinal_child_l0_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l0_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_child_l0_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_child_l0_end_h 100000.0))
(assert
 (>= spinal_child_l0_end_h spinal_child_l0_step_3_h))
(assert
 (<= spinal_child_l0_refill_0_h 100000.0))
(assert
 (<= spinal_child_l0_refill_0_h spinal_child_l0_end_h))
(assert
 (>= spinal_child_l0_refill_0_h spinal_child_l0_step_0_h))
(assert
 (>= spinal_child_l0_refill_0_volume_ml 0.0))
(assert
 (<= spinal_child_l0_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_child_l0_refill_0_volume_ml spinal_child_l0_reservoir_ml))
(assert
 (>= spinal_child_l0_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l0_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l0_refill_0_diluent 0))
(assert
 (< spinal_child_l0_refill_0_diluent 3))
(assert
 (<= spinal_child_l0_refill_1_h 100000.0))
(assert
 (<= spinal_child_l0_refill_1_h spinal_child_l0_end_h))
(assert
 (>= spinal_child_l0_refill_1_h spinal_child_l0_step_0_h))
(assert
 (> spinal_child_l0_refill_1_h spinal_child_l0_refill_0_h))
(assert
 (>= spinal_child_l0_refill_1_volume_ml 0.0))
(assert
 (<= spinal_child_l0_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_child_l0_refill_1_volume_ml spinal_child_l0_reservoir_ml))
(assert
 (>= spinal_child_l0_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l0_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l0_refill_1_diluent 0))
(assert
 (< spinal_child_l0_refill_1_diluent 3))
(assert
 (= spinal_child_l0_refill_0_h spinal_child_l0_step_0_h))
(assert
 (<= spinal_child_l0_bolus_0_h 100000.0))
(assert
 (>= spinal_child_l0_bolus_0_h spinal_child_l0_step_0_h))
(assert
 (<= spinal_child_l0_bolus_0_h spinal_child_l0_end_h))
(assert
 (>= spinal_child_l0_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_child_l0_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_bolus_0_via 0))
(assert
 (< spinal_child_l0_bolus_0_via 2))
(assert
 (<= spinal_child_l0_bolus_1_h 100000.0))
(assert
 (>= spinal_child_l0_bolus_1_h spinal_child_l0_step_0_h))
(assert
 (<= spinal_child_l0_bolus_1_h spinal_child_l0_end_h))
(assert
 (>= spinal_child_l0_bolus_1_h spinal_child_l0_bolus_0_h))
(assert
 (>= spinal_child_l0_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_child_l0_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l0_bolus_1_via 0))
(assert
 (< spinal_child_l0_bolus_1_via 2))
(assert
 (>= spinal_child_l0_route 0))
(assert
 (< spinal_child_l0_route 2))
(assert
 (let (($x222 (>= spinal_child_l0_step_3_daily_dose_ug (* (/ 4.0 5.0) spinal_child_l0_step_2_daily_dose_ug))))
 (let (($x220 (< spinal_child_l0_step_3_daily_dose_ug spinal_child_l0_step_2_daily_dose_ug)))
 (let ((?x1303 (* (/ 4.0 5.0) spinal_child_l0_step_1_daily_dose_ug)))
 (let (($x1314 (< spinal_child_l0_step_2_daily_dose_ug spinal_child_l0_step_1_daily_dose_ug)))
 (let ((?x1310 (* (/ 4.0 5.0) spinal_child_l0_step_0_daily_dose_ug)))
 (let (($x1309 (< spinal_child_l0_step_1_daily_dose_ug spinal_child_l0_step_0_daily_dose_ug)))
 (let (($x199 (or (and $x1309 (not (>= spinal_child_l0_step_1_daily_dose_ug ?x1310))) (and $x1314 (not (>= spinal_child_l0_step_2_daily_dose_ug ?x1303))) (and $x220 (not $x222)))))
 (let (($x12387 (not $x199)))
 (=> holds_ITB-STOP-1 $x12387))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x12500 (not (or (not (<= 4.0 spinal_child_l0_age_years))))))
 (=> holds_ITB-PAT-1 $x12500)))
(assert
 (let (($x12501 (not (or (not (<= 12.0 spinal_child_l0_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x12501)))
(assert
 (let (($x12502 (not (or spinal_child_l0_infection))))
 (=> holds_ITB-PAT-4 $x12502)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x12011 (* spinal_child_l0_step_3_rate_ml_day spinal_child_l0_concentration_ug_ml)))
 (let ((?x12013 (- ?x12011 spinal_child_l0_step_3_daily_dose_ug)))
 (let (($x12017 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l0_step_3_daily_dose_ug) ?x12013) (<= ?x12013 (* (/ 1.0 100.0) spinal_child_l0_step_3_daily_dose_ug)))))
 (let ((?x12003 (* spinal_child_l0_step_2_rate_ml_day spinal_child_l0_concentration_ug_ml)))
 (let ((?x12005 (- ?x12003 spinal_child_l0_step_2_daily_dose_ug)))
 (let (($x12009 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l0_step_2_daily_dose_ug) ?x12005) (<= ?x12005 (* (/ 1.0 100.0) spinal_child_l0_step_2_daily_dose_ug)))))
 (let ((?x1186 (* spinal_child_l0_step_1_rate_ml_day spinal_child_l0_concentration_ug_ml)))
 (let ((?x11997 (- ?x1186 spinal_child_l0_step_1_daily_dose_ug)))
 (let (($x12001 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l0_step_1_daily_dose_ug) ?x11997) (<= ?x11997 (* (/ 1.0 100.0) spinal_child_l0_step_1_daily_dose_ug)))))
 (let ((?x1039 (* spinal_child_l0_step_0_rate_ml_day spinal_child_l0_concentration_ug_ml)))
 (let ((?x1041 (- ?x1039 spinal_child_l0_step_0_daily_dose_ug)))
 (let (($x1187 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l0_step_0_daily_dose_ug) ?x1041) (<= ?x1041 (* (/ 1.0 100.0) spinal_child_l0_step_0_daily_dose_ug)))))
 (let (($x442 (= spinal_child_l0_concentration_ug_ml spinal_child_l0_refill_1_concentration_ug_ml)))
 (let (($x1038 (not $x442)))
 (let (($x447 (= spinal_child_l0_concentration_ug_ml spinal_child_l0_refill_0_concentration_ug_ml)))
 (let (($x1037 (not $x447)))
 (let (($x10536 (<= spinal_child_l0_refill_0_h spinal_child_l0_step_3_h)))
 (let (($x10938 (<= spinal_child_l0_refill_1_h spinal_child_l0_step_3_h)))
 (let (($x1036 (and (ite $x10938 true (ite $x10536 true false)) (not (ite $x10938 $x442 (ite $x10536 $x447 false))))))
 (let (($x10937 (<= spinal_child_l0_refill_0_h spinal_child_l0_step_2_h)))
 (let (($x10832 (<= spinal_child_l0_refill_1_h spinal_child_l0_step_2_h)))
 (let (($x884 (and (ite $x10832 true (ite $x10937 true false)) (not (ite $x10832 $x442 (ite $x10937 $x447 false))))))
 (let (($x10521 (<= spinal_child_l0_refill_0_h spinal_child_l0_step_1_h)))
 (let (($x11013 (<= spinal_child_l0_refill_1_h spinal_child_l0_step_1_h)))
 (let (($x904 (and (ite $x11013 true (ite $x10521 true false)) (not (ite $x11013 $x442 (ite $x10521 $x447 false))))))
 (let (($x11014 (<= spinal_child_l0_refill_0_h spinal_child_l0_step_0_h)))
 (let (($x10441 (<= spinal_child_l0_refill_1_h spinal_child_l0_step_0_h)))
 (let (($x679 (and (ite $x10441 true (ite $x11014 true false)) (not (ite $x10441 $x442 (ite $x11014 $x447 false))))))
 (let (($x12019 (or $x679 $x904 $x884 $x1036 $x1037 $x1038 (not $x1187) (not $x12001) (not $x12009) (not $x12017))))
 (let (($x12503 (not $x12019)))
 (=> holds_ITB-PUMP-3 $x12503))))))))))))))))))))))))))))))))
(assert
 (let ((?x12033 (- spinal_child_l0_end_h spinal_child_l0_step_3_h)))
 (let ((?x10935 (/ spinal_child_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x10927 (/ ?x10935 spinal_child_l0_concentration_ug_ml)))
 (let ((?x12030 (- spinal_child_l0_step_3_h spinal_child_l0_step_2_h)))
 (let ((?x10953 (/ spinal_child_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x10934 (/ ?x10953 spinal_child_l0_concentration_ug_ml)))
 (let ((?x12027 (- spinal_child_l0_step_2_h spinal_child_l0_step_1_h)))
 (let ((?x10538 (/ spinal_child_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x10708 (/ ?x10538 spinal_child_l0_concentration_ug_ml)))
 (let ((?x12024 (- spinal_child_l0_step_1_h spinal_child_l0_step_0_h)))
 (let ((?x10357 (/ spinal_child_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x10719 (/ ?x10357 spinal_child_l0_concentration_ug_ml)))
 (let ((?x12026 (+ 0.0 (* ?x10719 ?x12024))))
 (let ((?x12029 (+ ?x12026 (* ?x10708 ?x12027))))
 (let ((?x12032 (+ ?x12029 (* ?x10934 ?x12030))))
 (let ((?x12035 (+ ?x12032 (* ?x10927 ?x12033))))
 (let ((?x12059 (+ ?x12032 (* ?x10927 (- spinal_child_l0_step_0_h spinal_child_l0_step_3_h)))))
 (let ((?x12064 (+ ?x12029 (* ?x10934 (- spinal_child_l0_step_0_h spinal_child_l0_step_2_h)))))
 (let ((?x12066 (ite (<= spinal_child_l0_step_0_h spinal_child_l0_step_3_h) ?x12064 (ite (<= spinal_child_l0_step_0_h spinal_child_l0_end_h) ?x12059 ?x12035))))
 (let ((?x12069 (+ ?x12026 (* ?x10708 (- spinal_child_l0_step_0_h spinal_child_l0_step_1_h)))))
 (let ((?x12074 (+ 0.0 (* ?x10719 (- spinal_child_l0_step_0_h spinal_child_l0_step_0_h)))))
 (let ((?x12076 (ite (<= spinal_child_l0_step_0_h spinal_child_l0_step_1_h) ?x12074 (ite (<= spinal_child_l0_step_0_h spinal_child_l0_step_2_h) ?x12069 ?x12066))))
 (let ((?x12078 (ite (<= spinal_child_l0_step_0_h spinal_child_l0_step_0_h) 0.0 ?x12076)))
 (let (($x12023 (<= t_0 spinal_child_l0_end_h)))
 (let ((?x12044 (ite (<= t_0 spinal_child_l0_step_3_h) (+ ?x12029 (* ?x10934 (- t_0 spinal_child_l0_step_2_h))) (ite $x12023 (+ ?x12032 (* ?x10927 (- t_0 spinal_child_l0_step_3_h))) ?x12035))))
 (let ((?x12049 (ite (<= t_0 spinal_child_l0_step_2_h) (+ ?x12026 (* ?x10708 (- t_0 spinal_child_l0_step_1_h))) ?x12044)))
 (let ((?x12054 (ite (<= t_0 spinal_child_l0_step_1_h) (+ 0.0 (* ?x10719 (- t_0 spinal_child_l0_step_0_h))) ?x12049)))
 (let ((?x12056 (ite (<= t_0 spinal_child_l0_step_0_h) 0.0 ?x12054)))
 (let ((?x12084 (+ ?x12032 (* ?x10927 (- spinal_child_l0_refill_0_h spinal_child_l0_step_3_h)))))
 (let (($x10611 (<= spinal_child_l0_refill_0_h spinal_child_l0_end_h)))
 (let ((?x12088 (+ ?x12029 (* ?x10934 (- spinal_child_l0_refill_0_h spinal_child_l0_step_2_h)))))
 (let (($x10536 (<= spinal_child_l0_refill_0_h spinal_child_l0_step_3_h)))
 (let ((?x12092 (+ ?x12026 (* ?x10708 (- spinal_child_l0_refill_0_h spinal_child_l0_step_1_h)))))
 (let (($x10937 (<= spinal_child_l0_refill_0_h spinal_child_l0_step_2_h)))
 (let ((?x12096 (+ 0.0 (* ?x10719 (- spinal_child_l0_refill_0_h spinal_child_l0_step_0_h)))))
 (let (($x10521 (<= spinal_child_l0_refill_0_h spinal_child_l0_step_1_h)))
 (let (($x11014 (<= spinal_child_l0_refill_0_h spinal_child_l0_step_0_h)))
 (let ((?x12098 (ite $x11014 0.0 (ite $x10521 ?x12096 (ite $x10937 ?x12092 (ite $x10536 ?x12088 (ite $x10611 ?x12084 ?x12035)))))))
 (let ((?x12103 (ite (< spinal_child_l0_refill_0_h t_0) (- spinal_child_l0_refill_0_volume_ml (+ (- ?x12056 ?x12098) 0.0)) (- 0.0 (+ (- ?x12056 ?x12078) 0.0)))))
 (let ((?x12106 (+ ?x12032 (* ?x10927 (- spinal_child_l0_refill_1_h spinal_child_l0_step_3_h)))))
 (let (($x10977 (<= spinal_child_l0_refill_1_h spinal_child_l0_end_h)))
 (let ((?x12110 (+ ?x12029 (* ?x10934 (- spinal_child_l0_refill_1_h spinal_child_l0_step_2_h)))))
 (let (($x10938 (<= spinal_child_l0_refill_1_h spinal_child_l0_step_3_h)))
 (let ((?x12114 (+ ?x12026 (* ?x10708 (- spinal_child_l0_refill_1_h spinal_child_l0_step_1_h)))))
 (let (($x10832 (<= spinal_child_l0_refill_1_h spinal_child_l0_step_2_h)))
 (let ((?x12118 (+ 0.0 (* ?x10719 (- spinal_child_l0_refill_1_h spinal_child_l0_step_0_h)))))
 (let (($x11013 (<= spinal_child_l0_refill_1_h spinal_child_l0_step_1_h)))
 (let (($x10441 (<= spinal_child_l0_refill_1_h spinal_child_l0_step_0_h)))
 (let ((?x12120 (ite $x10441 0.0 (ite $x11013 ?x12118 (ite $x10832 ?x12114 (ite $x10938 ?x12110 (ite $x10977 ?x12106 ?x12035)))))))
 (let ((?x12125 (ite (< spinal_child_l0_refill_1_h t_0) (- spinal_child_l0_refill_1_volume_ml (+ (- ?x12056 ?x12120) 0.0)) ?x12103)))
 (let ((?x12021 (ite (<= 0.0 spinal_child_l0_step_0_h) spinal_child_l0_step_0_h 0.0)))
 (let (($x12129 (or (and (< ?x12021 t_0) $x12023 (not (> ?x12125 spinal_child_l0_alarm_ml))))))
 (let (($x12504 (not $x12129)))
 (=> holds_ITB-PUMP-4 $x12504)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x12132 (not (>= 1848.0 (- spinal_child_l0_refill_1_h spinal_child_l0_refill_0_h)))))
 (let (($x12136 (or $x12132 (not (>= 1848.0 (- spinal_child_l0_end_h spinal_child_l0_refill_1_h))))))
 (let (($x12505 (not $x12136)))
 (=> holds_ITB-PUMP-5 $x12505)))))
(assert
 (let (($x12142 (and (ite (= spinal_child_l0_bolus_1_via 0) false true) (not spinal_child_l0_bolus_1_emergency))))
 (let (($x12139 (and (ite (= spinal_child_l0_bolus_0_via 0) false true) (not spinal_child_l0_bolus_0_emergency))))
 (let (($x12506 (not (or $x12139 $x12142))))
 (=> holds_ITB-PUMP-6 $x12506)))))
(assert
 (let (($x12507 (not (or (not (ite (= spinal_child_l0_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x12507)))
(assert
 (let (($x12197 (and (< 0.0 spinal_child_l0_screening_3_concentration_ug_ml) (>= 2000.0 spinal_child_l0_screening_3_concentration_ug_ml))))
 (let (($x12193 (and (< 0.0 spinal_child_l0_screening_2_concentration_ug_ml) (>= 2000.0 spinal_child_l0_screening_2_concentration_ug_ml))))
 (let (($x12189 (and (< 0.0 spinal_child_l0_screening_1_concentration_ug_ml) (>= 2000.0 spinal_child_l0_screening_1_concentration_ug_ml))))
 (let (($x12185 (and (< 0.0 spinal_child_l0_screening_0_concentration_ug_ml) (>= 2000.0 spinal_child_l0_screening_0_concentration_ug_ml))))
 (let (($x12181 (and (< 0.0 spinal_child_l0_concentration_ug_ml) (>= 2000.0 spinal_child_l0_concentration_ug_ml))))
 (let (($x12182 (not $x12181)))
 (let (($x12177 (and (< 0.0 spinal_child_l0_refill_1_concentration_ug_ml) (>= 2000.0 spinal_child_l0_refill_1_concentration_ug_ml))))
 (let (($x12173 (and (< 0.0 spinal_child_l0_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l0_refill_0_concentration_ug_ml))))
 (let (($x12167 (= 2000.0 spinal_child_l0_refill_1_concentration_ug_ml)))
 (let (($x12166 (= 500.0 spinal_child_l0_refill_1_concentration_ug_ml)))
 (let (($x12165 (= 50.0 spinal_child_l0_refill_1_concentration_ug_ml)))
 (let (($x11019 (= spinal_child_l0_refill_1_diluent 0)))
 (let (($x12154 (ite $x11019 true (ite (= spinal_child_l0_refill_1_diluent 1) false false))))
 (let (($x12161 (= 2000.0 spinal_child_l0_refill_0_concentration_ug_ml)))
 (let (($x12160 (= 500.0 spinal_child_l0_refill_0_concentration_ug_ml)))
 (let (($x12159 (= 50.0 spinal_child_l0_refill_0_concentration_ug_ml)))
 (let (($x10967 (= spinal_child_l0_refill_0_diluent 0)))
 (let (($x12148 (ite $x10967 true (ite (= spinal_child_l0_refill_0_diluent 1) false false))))
 (let (($x12156 (ite $x11019 false (ite (= spinal_child_l0_refill_1_diluent 1) true false))))
 (let (($x12150 (ite $x10967 false (ite (= spinal_child_l0_refill_0_diluent 1) true false))))
 (let (($x12199 (or (not (or $x12148 $x12150)) (not (or $x12154 $x12156)) (and $x12148 (not (or $x12159 $x12160 $x12161))) (and $x12154 (not (or $x12165 $x12166 $x12167))) (not $x12173) (not $x12177) $x12182 $x12182 $x12182 $x12182 (not $x12185) (not $x12189) (not $x12193) (not $x12197))))
 (let (($x12508 (not $x12199)))
 (=> holds_ITB-CONC-1 $x12508))))))))))))))))))))))))
(assert
 (let (($x12208 (or (not (= 50.0 spinal_child_l0_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_child_l0_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_child_l0_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_child_l0_screening_3_concentration_ug_ml)))))
 (let (($x12509 (not $x12208)))
 (=> holds_ITB-SCR-1 $x12509))))
(assert
 (let (($x12510 (not (or (not (>= 50.0 spinal_child_l0_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x12510)))
(assert
 (let (($x12220 (or (not (<= 1.0 spinal_child_l0_screening_0_duration_min)) (not (<= 1.0 spinal_child_l0_screening_1_duration_min)) (not (<= 1.0 spinal_child_l0_screening_2_duration_min)) (not (<= 1.0 spinal_child_l0_screening_3_duration_min)))))
 (let (($x12511 (not $x12220)))
 (=> holds_ITB-SCR-3 $x12511))))
(assert
 (let (($x12248 (<= 24.0 (- spinal_child_l0_screening_3_h spinal_child_l0_screening_2_h))))
 (let (($x10925 (= spinal_child_l0_screening_2_response 0)))
 (let (($x12225 (ite $x10925 true false)))
 (let (($x12244 (<= 24.0 (- spinal_child_l0_screening_2_h spinal_child_l0_screening_1_h))))
 (let (($x11091 (= spinal_child_l0_screening_1_response 0)))
 (let (($x12223 (ite $x11091 true false)))
 (let (($x12240 (<= 24.0 (- spinal_child_l0_screening_1_h spinal_child_l0_screening_0_h))))
 (let (($x10860 (= spinal_child_l0_screening_0_response 0)))
 (let (($x12221 (ite $x10860 true false)))
 (let (($x12236 (<= spinal_child_l0_screening_3_dose_ug (+ spinal_child_l0_screening_2_dose_ug 25.0))))
 (let (($x12232 (<= spinal_child_l0_screening_2_dose_ug (+ spinal_child_l0_screening_1_dose_ug 25.0))))
 (let (($x12228 (<= spinal_child_l0_screening_1_dose_ug (+ spinal_child_l0_screening_0_dose_ug 25.0))))
 (let (($x12251 (or (not $x12221) (not $x12223) (not $x12225) (and $x12221 (not $x12228)) (and $x12223 (not $x12232)) (and $x12225 (not $x12236)) (and $x12221 (not $x12240)) (and $x12223 (not $x12244)) (and $x12225 (not $x12248)))))
 (let (($x12512 (not $x12251)))
 (=> holds_ITB-SCR-4 $x12512))))))))))))))))
(assert
 (let (($x12260 (or (not (>= 100.0 spinal_child_l0_screening_0_dose_ug)) (not (>= 100.0 spinal_child_l0_screening_1_dose_ug)) (not (>= 100.0 spinal_child_l0_screening_2_dose_ug)) (not (>= 100.0 spinal_child_l0_screening_3_dose_ug)))))
 (let (($x12513 (not $x12260)))
 (=> holds_ITB-SCR-5 $x12513))))
(assert
 (let (($x10817 (= spinal_child_l0_screening_3_response 0)))
 (let (($x12270 (ite $x10817 false true)))
 (let (($x10925 (= spinal_child_l0_screening_2_response 0)))
 (let (($x12267 (ite $x10925 false true)))
 (let (($x11091 (= spinal_child_l0_screening_1_response 0)))
 (let (($x12264 (ite $x11091 false true)))
 (let (($x10860 (= spinal_child_l0_screening_0_response 0)))
 (let (($x12261 (ite $x10860 false true)))
 (let (($x12273 (or (and $x12261 (<= spinal_child_l0_screening_0_h spinal_child_l0_step_0_h)) (and $x12264 (<= spinal_child_l0_screening_1_h spinal_child_l0_step_0_h)) (and $x12267 (<= spinal_child_l0_screening_2_h spinal_child_l0_step_0_h)) (and $x12270 (<= spinal_child_l0_screening_3_h spinal_child_l0_step_0_h)))))
 (let (($x12514 (not (or (not $x12273)))))
 (=> holds_ITB-SCR-6 $x12514))))))))))))
(assert
 (let ((?x12295 (* 2.0 spinal_child_l0_screening_3_dose_ug)))
 (let ((?x12296 (ite (>= 12.0 spinal_child_l0_screening_3_effect_h) ?x12295 spinal_child_l0_screening_3_dose_ug)))
 (let (($x10817 (= spinal_child_l0_screening_3_response 0)))
 (let (($x12270 (ite $x10817 false true)))
 (let ((?x12289 (* 2.0 spinal_child_l0_screening_2_dose_ug)))
 (let ((?x12290 (ite (>= 12.0 spinal_child_l0_screening_2_effect_h) ?x12289 spinal_child_l0_screening_2_dose_ug)))
 (let (($x10925 (= spinal_child_l0_screening_2_response 0)))
 (let (($x12267 (ite $x10925 false true)))
 (let ((?x12283 (* 2.0 spinal_child_l0_screening_1_dose_ug)))
 (let ((?x12284 (ite (>= 12.0 spinal_child_l0_screening_1_effect_h) ?x12283 spinal_child_l0_screening_1_dose_ug)))
 (let (($x11091 (= spinal_child_l0_screening_1_response 0)))
 (let (($x12264 (ite $x11091 false true)))
 (let ((?x12277 (* 2.0 spinal_child_l0_screening_0_dose_ug)))
 (let ((?x12278 (ite (>= 12.0 spinal_child_l0_screening_0_effect_h) ?x12277 spinal_child_l0_screening_0_dose_ug)))
 (let (($x10860 (= spinal_child_l0_screening_0_response 0)))
 (let (($x12261 (ite $x10860 false true)))
 (let (($x12300 (or (and $x12261 (not (<= spinal_child_l0_step_0_daily_dose_ug ?x12278))) (and $x12264 (not (<= spinal_child_l0_step_0_daily_dose_ug ?x12284))) (and $x12267 (not (<= spinal_child_l0_step_0_daily_dose_ug ?x12290))) (and $x12270 (not (<= spinal_child_l0_step_0_daily_dose_ug ?x12296))))))
 (let (($x12515 (not $x12300)))
 (=> holds_ITB-INIT-1 $x12515))))))))))))))))))))
(assert
 (let (($x12313 (not (<= 24.0 (- spinal_child_l0_step_3_h spinal_child_l0_step_0_h)))))
 (let (($x12310 (> spinal_child_l0_step_3_daily_dose_ug spinal_child_l0_step_2_daily_dose_ug)))
 (let (($x12308 (not (<= 24.0 (- spinal_child_l0_step_2_h spinal_child_l0_step_0_h)))))
 (let (($x12305 (> spinal_child_l0_step_2_daily_dose_ug spinal_child_l0_step_1_daily_dose_ug)))
 (let (($x12303 (not (<= 24.0 (- spinal_child_l0_step_1_h spinal_child_l0_step_0_h)))))
 (let (($x12301 (> spinal_child_l0_step_1_daily_dose_ug spinal_child_l0_step_0_daily_dose_ug)))
 (let (($x12516 (not (or (and $x12301 $x12303) (and $x12305 $x12308) (and $x12310 $x12313)))))
 (=> holds_ITB-INIT-2 $x12516)))))))))
(assert
 (let ((?x12318 (+ 1.0 (ite (<= 18.0 spinal_child_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x12328 (<= spinal_child_l0_step_3_daily_dose_ug (* ?x12318 spinal_child_l0_step_2_daily_dose_ug))))
 (let (($x12310 (> spinal_child_l0_step_3_daily_dose_ug spinal_child_l0_step_2_daily_dose_ug)))
 (let (($x12324 (<= spinal_child_l0_step_2_daily_dose_ug (* ?x12318 spinal_child_l0_step_1_daily_dose_ug))))
 (let (($x12305 (> spinal_child_l0_step_2_daily_dose_ug spinal_child_l0_step_1_daily_dose_ug)))
 (let (($x12320 (<= spinal_child_l0_step_1_daily_dose_ug (* ?x12318 spinal_child_l0_step_0_daily_dose_ug))))
 (let (($x12301 (> spinal_child_l0_step_1_daily_dose_ug spinal_child_l0_step_0_daily_dose_ug)))
 (let (($x12331 (or (and $x12301 (not $x12320)) (and $x12305 (not $x12324)) (and $x12310 (not $x12328)))))
 (let (($x12517 (not $x12331)))
 (=> holds_ITB-TITR-1 $x12517)))))))))))
(assert
 (let ((?x12335 (ite spinal_child_l0_programmable 24.0 48.0)))
 (let (($x12310 (> spinal_child_l0_step_3_daily_dose_ug spinal_child_l0_step_2_daily_dose_ug)))
 (let (($x12384 (and $x12310 (and (< spinal_child_l0_step_3_h spinal_child_l0_step_3_h) $x12310) (not (>= (- spinal_child_l0_step_3_h spinal_child_l0_step_3_h) ?x12335)))))
 (let (($x12305 (> spinal_child_l0_step_2_daily_dose_ug spinal_child_l0_step_1_daily_dose_ug)))
 (let (($x12378 (and $x12310 (and (< spinal_child_l0_step_2_h spinal_child_l0_step_3_h) $x12305) (not (>= (- spinal_child_l0_step_3_h spinal_child_l0_step_2_h) ?x12335)))))
 (let (($x12301 (> spinal_child_l0_step_1_daily_dose_ug spinal_child_l0_step_0_daily_dose_ug)))
 (let (($x12373 (and $x12310 (and (< spinal_child_l0_step_1_h spinal_child_l0_step_3_h) $x12301) (not (>= (- spinal_child_l0_step_3_h spinal_child_l0_step_1_h) ?x12335)))))
 (let (($x12367 (and $x12305 (and (< spinal_child_l0_step_3_h spinal_child_l0_step_2_h) $x12310) (not (>= (- spinal_child_l0_step_2_h spinal_child_l0_step_3_h) ?x12335)))))
 (let (($x12361 (and $x12305 (and (< spinal_child_l0_step_2_h spinal_child_l0_step_2_h) $x12305) (not (>= (- spinal_child_l0_step_2_h spinal_child_l0_step_2_h) ?x12335)))))
 (let (($x12355 (and $x12305 (and (< spinal_child_l0_step_1_h spinal_child_l0_step_2_h) $x12301) (not (>= (- spinal_child_l0_step_2_h spinal_child_l0_step_1_h) ?x12335)))))
 (let (($x12350 (and $x12301 (and (< spinal_child_l0_step_3_h spinal_child_l0_step_1_h) $x12310) (not (>= (- spinal_child_l0_step_1_h spinal_child_l0_step_3_h) ?x12335)))))
 (let (($x12344 (and $x12301 (and (< spinal_child_l0_step_2_h spinal_child_l0_step_1_h) $x12305) (not (>= (- spinal_child_l0_step_1_h spinal_child_l0_step_2_h) ?x12335)))))
 (let (($x12338 (and $x12301 (and (< spinal_child_l0_step_1_h spinal_child_l0_step_1_h) $x12301) (not (>= (- spinal_child_l0_step_1_h spinal_child_l0_step_1_h) ?x12335)))))
 (let (($x12518 (not (or $x12338 $x12344 $x12350 $x12355 $x12361 $x12367 $x12373 $x12378 $x12384))))
 (=> holds_ITB-TITR-2 $x12518))))))))))))))))
(assert
 (let ((?x12491 (ite (<= spinal_child_l0_step_1_h w_0) spinal_child_l0_step_1_daily_dose_ug spinal_child_l0_step_0_daily_dose_ug)))
(let ((?x12492 (ite (<= spinal_child_l0_step_2_h w_0) spinal_child_l0_step_2_daily_dose_ug ?x12491)))
(let ((?x12493 (ite (<= spinal_child_l0_step_3_h w_0) spinal_child_l0_step_3_daily_dose_ug ?x12492)))
(let (($x12484 (and (<= (- w_0 24.0) spinal_child_l0_bolus_1_h) (< spinal_child_l0_bolus_1_h w_0))))
(let (($x12479 (and (<= (- w_0 24.0) spinal_child_l0_bolus_0_h) (< spinal_child_l0_bolus_0_h w_0))))
(let ((?x12486 (+ (+ 0.0 (ite $x12479 spinal_child_l0_bolus_0_dose_ug 0.0)) (ite $x12484 spinal_child_l0_bolus_1_dose_ug 0.0))))
(let ((?x12033 (- spinal_child_l0_end_h spinal_child_l0_step_3_h)))
(let ((?x10935 (/ spinal_child_l0_step_3_daily_dose_ug 24.0)))
(let ((?x12030 (- spinal_child_l0_step_3_h spinal_child_l0_step_2_h)))
(let ((?x10953 (/ spinal_child_l0_step_2_daily_dose_ug 24.0)))
(let ((?x12027 (- spinal_child_l0_step_2_h spinal_child_l0_step_1_h)))
(let ((?x10538 (/ spinal_child_l0_step_1_daily_dose_ug 24.0)))
(let ((?x12024 (- spinal_child_l0_step_1_h spinal_child_l0_step_0_h)))
(let ((?x10357 (/ spinal_child_l0_step_0_daily_dose_ug 24.0)))
(let ((?x12390 (+ 0.0 (* ?x10357 ?x12024))))
(let ((?x12393 (+ ?x12390 (* ?x10538 ?x12027))))
(let ((?x12395 (+ ?x12393 (* ?x10953 ?x12030))))
(let ((?x12397 (+ ?x12395 (* ?x10935 ?x12033))))
(let ((?x12458 (ite (<= (- w_0 24.0) spinal_child_l0_end_h) (+ ?x12395 (* ?x10935 (- (- w_0 24.0) spinal_child_l0_step_3_h))) ?x12397)))
(let ((?x12463 (ite (<= (- w_0 24.0) spinal_child_l0_step_3_h) (+ ?x12393 (* ?x10953 (- (- w_0 24.0) spinal_child_l0_step_2_h))) ?x12458)))
(let ((?x12468 (ite (<= (- w_0 24.0) spinal_child_l0_step_2_h) (+ ?x12390 (* ?x10538 (- (- w_0 24.0) spinal_child_l0_step_1_h))) ?x12463)))
(let ((?x12473 (ite (<= (- w_0 24.0) spinal_child_l0_step_1_h) (+ 0.0 (* ?x10357 (- (- w_0 24.0) spinal_child_l0_step_0_h))) ?x12468)))
(let ((?x12423 (ite (<= w_0 spinal_child_l0_end_h) (+ ?x12395 (* ?x10935 (- w_0 spinal_child_l0_step_3_h))) ?x12397)))
(let ((?x12428 (ite (<= w_0 spinal_child_l0_step_3_h) (+ ?x12393 (* ?x10953 (- w_0 spinal_child_l0_step_2_h))) ?x12423)))
(let ((?x12433 (ite (<= w_0 spinal_child_l0_step_2_h) (+ ?x12390 (* ?x10538 (- w_0 spinal_child_l0_step_1_h))) ?x12428)))
(let ((?x12438 (ite (<= w_0 spinal_child_l0_step_1_h) (+ 0.0 (* ?x10357 (- w_0 spinal_child_l0_step_0_h))) ?x12433)))
(let ((?x12440 (ite (<= w_0 spinal_child_l0_step_0_h) 0.0 ?x12438)))
(let ((?x12476 (- ?x12440 (ite (<= (- w_0 24.0) spinal_child_l0_step_0_h) 0.0 ?x12473))))
(let ((?x12495 (ite (>= (- w_0 24.0) spinal_child_l0_step_0_h) (+ ?x12476 ?x12486) (* 1.0 ?x12493))))
(let ((?x12318 (+ 1.0 (ite (<= 18.0 spinal_child_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let (($x12449 (and (<= w_0 spinal_child_l0_bolus_1_h) (< spinal_child_l0_bolus_1_h (+ w_0 24.0)))))
(let (($x12444 (and (<= w_0 spinal_child_l0_bolus_0_h) (< spinal_child_l0_bolus_0_h (+ w_0 24.0)))))
(let ((?x12451 (+ (+ 0.0 (ite $x12444 spinal_child_l0_bolus_0_dose_ug 0.0)) (ite $x12449 spinal_child_l0_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x12389 (<= ?x1800 spinal_child_l0_end_h)))
(let ((?x12406 (ite (<= ?x1800 spinal_child_l0_step_3_h) (+ ?x12393 (* ?x10953 (- ?x1800 spinal_child_l0_step_2_h))) (ite $x12389 (+ ?x12395 (* ?x10935 (- ?x1800 spinal_child_l0_step_3_h))) ?x12397))))
(let ((?x12411 (ite (<= ?x1800 spinal_child_l0_step_2_h) (+ ?x12390 (* ?x10538 (- ?x1800 spinal_child_l0_step_1_h))) ?x12406)))
(let ((?x12416 (ite (<= ?x1800 spinal_child_l0_step_1_h) (+ 0.0 (* ?x10357 (- ?x1800 spinal_child_l0_step_0_h))) ?x12411)))
(let ((?x12452 (+ (- (ite (<= ?x1800 spinal_child_l0_step_0_h) 0.0 ?x12416) ?x12440) ?x12451)))
(let (($x12499 (and (<= spinal_child_l0_step_0_h w_0) $x12389 (not (<= ?x12452 (* ?x12318 ?x12495))))))
(let (($x12519 (not (or $x12499))))
(=> holds_ITB-TITR-3 $x12519)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
