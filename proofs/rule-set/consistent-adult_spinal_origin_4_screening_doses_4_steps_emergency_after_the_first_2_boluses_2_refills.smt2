; itbverify 0.1.0: rule-set consistency, adult, spinal origin; 4 screening doses, 4 steps (emergency after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_adult_l3_age_years () Real)
(declare-fun spinal_adult_l3_months_since_injury () Real)
(declare-fun spinal_adult_l3_reservoir_ml () Real)
(declare-fun spinal_adult_l3_alarm_ml () Real)
(declare-fun spinal_adult_l3_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_0_h () Real)
(declare-fun spinal_adult_l3_screening_0_dose_ug () Real)
(declare-fun spinal_adult_l3_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_0_duration_min () Real)
(declare-fun spinal_adult_l3_screening_0_response () Int)
(declare-fun spinal_adult_l3_screening_0_effect_h () Real)
(declare-fun spinal_adult_l3_screening_1_h () Real)
(declare-fun spinal_adult_l3_screening_1_dose_ug () Real)
(declare-fun spinal_adult_l3_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_1_duration_min () Real)
(declare-fun spinal_adult_l3_screening_1_response () Int)
(declare-fun spinal_adult_l3_screening_1_effect_h () Real)
(declare-fun spinal_adult_l3_screening_2_h () Real)
(declare-fun spinal_adult_l3_screening_2_dose_ug () Real)
(declare-fun spinal_adult_l3_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_2_duration_min () Real)
(declare-fun spinal_adult_l3_screening_2_response () Int)
(declare-fun spinal_adult_l3_screening_2_effect_h () Real)
(declare-fun spinal_adult_l3_screening_3_h () Real)
(declare-fun spinal_adult_l3_screening_3_dose_ug () Real)
(declare-fun spinal_adult_l3_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_screening_3_duration_min () Real)
(declare-fun spinal_adult_l3_screening_3_response () Int)
(declare-fun spinal_adult_l3_screening_3_effect_h () Real)
(declare-fun spinal_adult_l3_step_0_h () Real)
(declare-fun spinal_adult_l3_step_0_daily_dose_ug () Real)
(declare-fun spinal_adult_l3_step_0_rate_ml_day () Real)
(declare-fun spinal_adult_l3_step_1_h () Real)
(declare-fun spinal_adult_l3_step_1_daily_dose_ug () Real)
(declare-fun spinal_adult_l3_step_1_rate_ml_day () Real)
(declare-fun spinal_adult_l3_step_2_h () Real)
(declare-fun spinal_adult_l3_step_2_daily_dose_ug () Real)
(declare-fun spinal_adult_l3_step_2_rate_ml_day () Real)
(declare-fun spinal_adult_l3_step_3_h () Real)
(declare-fun spinal_adult_l3_step_3_daily_dose_ug () Real)
(declare-fun spinal_adult_l3_step_3_rate_ml_day () Real)
(declare-fun spinal_adult_l3_end_h () Real)
(declare-fun spinal_adult_l3_refill_0_h () Real)
(declare-fun spinal_adult_l3_refill_0_volume_ml () Real)
(declare-fun spinal_adult_l3_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_refill_0_diluent () Int)
(declare-fun spinal_adult_l3_refill_1_h () Real)
(declare-fun spinal_adult_l3_refill_1_volume_ml () Real)
(declare-fun spinal_adult_l3_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l3_refill_1_diluent () Int)
(declare-fun spinal_adult_l3_bolus_0_h () Real)
(declare-fun spinal_adult_l3_bolus_0_dose_ug () Real)
(declare-fun spinal_adult_l3_bolus_0_via () Int)
(declare-fun spinal_adult_l3_bolus_1_h () Real)
(declare-fun spinal_adult_l3_bolus_1_dose_ug () Real)
(declare-fun spinal_adult_l3_bolus_1_via () Int)
(declare-fun spinal_adult_l3_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_adult_l3_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_adult_l3_bolus_1_emergency () Bool)
(declare-fun spinal_adult_l3_bolus_0_emergency () Bool)
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
(declare-fun spinal_adult_l3_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_adult_l3_age_years 0.0))
(assert
 (<= spinal_adult_l3_age_years 120.0))
(assert
 (>= spinal_adult_l3_age_years 18.0))
(assert
 (>= spinal_adult_l3_months_since_injury 0.0))
(assert
 (<= spinal_adult_l3_months_since_injury 100000.0))
(assert
 (>= spinal_adult_l3_reservoir_ml 0.0))
(assert
 (<= spinal_adult_l3_reservoir_ml 100000.0))
(assert
 (>= spinal_adult_l3_alarm_ml 0.0))
(assert
 (<= spinal_adult_l3_alarm_ml 100000.0))
(assert
 (>= spinal_adult_l3_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_h 0.0))
(assert
 (<= spinal_adult_l3_screening_0_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_h 0.0))
(assert
 (>= spinal_adult_l3_screening_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_duration_min 0.0))
(assert
 (<= spinal_adult_l3_screening_0_duration_min 100000.0))
(assert
 (>= spinal_adult_l3_screening_0_response 0))
(assert
 (< spinal_adult_l3_screening_0_response 2))
(assert
 (>= spinal_adult_l3_screening_0_effect_h 0.0))
(assert
 (<= spinal_adult_l3_screening_0_effect_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_h 0.0))
(assert
 (<= spinal_adult_l3_screening_1_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_h spinal_adult_l3_screening_0_h))
(assert
 (>= spinal_adult_l3_screening_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_duration_min 0.0))
(assert
 (<= spinal_adult_l3_screening_1_duration_min 100000.0))
(assert
 (>= spinal_adult_l3_screening_1_response 0))
(assert
 (< spinal_adult_l3_screening_1_response 2))
(assert
 (>= spinal_adult_l3_screening_1_effect_h 0.0))
(assert
 (<= spinal_adult_l3_screening_1_effect_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_h 0.0))
(assert
 (<= spinal_adult_l3_screening_2_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_h spinal_adult_l3_screening_1_h))
(assert
 (>= spinal_adult_l3_screening_2_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_duration_min 0.0))
(assert
 (<= spinal_adult_l3_screening_2_duration_min 100000.0))
(assert
 (>= spinal_adult_l3_screening_2_response 0))
(assert
 (< spinal_adult_l3_screening_2_response 2))
(assert
 (>= spinal_adult_l3_screening_2_effect_h 0.0))
(assert
 (<= spinal_adult_l3_screening_2_effect_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_h 0.0))
(assert
 (<= spinal_adult_l3_screening_3_h 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_h spinal_adult_l3_screening_2_h))
(assert
 (>= spinal_adult_l3_screening_3_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_duration_min 0.0))
(assert
 (<= spinal_adult_l3_screening_3_duration_min 100000.0))
(assert
 (>= spinal_adult_l3_screening_3_response 0))
(assert
 (< spinal_adult_l3_screening_3_response 2))
(assert
 (>= spinal_adult_l3_screening_3_effect_h 0.0))
(assert
 (<= spinal_adult_l3_screening_3_effect_h 100000.0))
(assert
 (>= spinal_adult_l3_step_0_h 0.0))
(assert
 (<= spinal_adult_l3_step_0_h 100000.0))
(assert
 (>= spinal_adult_l3_step_0_h spinal_adult_l3_screening_3_h))
(assert
 (>= spinal_adult_l3_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l3_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l3_step_1_h 0.0))
(assert
 (<= spinal_adult_l3_step_1_h 100000.0))
(assert
 (> spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h))
(assert
 (>= spinal_adult_l3_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l3_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l3_step_2_h 0.0))
(assert
 (<= spinal_adult_l3_step_2_h 100000.0))
(assert
 (> spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h))
(assert
 (>= spinal_adult_l3_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l3_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l3_step_3_h 0.0))
(assert
 (<= spinal_adult_l3_step_3_h 100000.0))
(assert
 (> spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h))
(assert
 (>= spinal_adult_l3_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l3_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_adult_l3_end_h 100000.0))
(assert
 (>= spinal_adult_l3_end_h spinal_adult_l3_step_3_h))
(assert
 (<= spinal_adult_l3_refill_0_h 100000.0))
(assert
 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_end_h))
(assert
 (>= spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h))
(assert
 (>= spinal_adult_l3_refill_0_volume_ml 0.0))
(assert
 (<= spinal_adult_l3_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_adult_l3_refill_0_volume_ml spinal_adult_l3_reservoir_ml))
(assert
 (>= spinal_adult_l3_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_refill_0_diluent 0))
(assert
 (< spinal_adult_l3_refill_0_diluent 3))
(assert
 (<= spinal_adult_l3_refill_1_h 100000.0))
(assert
 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_end_h))
(assert
 (>= spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h))
(assert
 (> spinal_adult_l3_refill_1_h spinal_adult_l3_refill_0_h))
(assert
 (>= spinal_adult_l3_refill_1_volume_ml 0.0))
(assert
 (<= spinal_adult_l3_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_adult_l3_refill_1_volume_ml spinal_adult_l3_reservoir_ml))
(assert
 (>= spinal_adult_l3_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l3_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l3_refill_1_diluent 0))
(assert
 (< spinal_adult_l3_refill_1_diluent 3))
(assert
 (= spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h))
(assert
 (<= spinal_adult_l3_bolus_0_h 100000.0))
(assert
 (>= spinal_adult_l3_bolus_0_h spinal_adult_l3_step_0_h))
(assert
 (<= spinal_adult_l3_bolus_0_h spinal_adult_l3_end_h))
(assert
 (>= spinal_adult_l3_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_bolus_0_via 0))
(assert
 (< spinal_adult_l3_bolus_0_via 2))
(assert
 (<= spinal_adult_l3_bolus_1_h 100000.0))
(assert
 (>= spinal_adult_l3_bolus_1_h spinal_adult_l3_step_0_h))
(assert
 (<= spinal_adult_l3_bolus_1_h spinal_adult_l3_end_h))
(assert
 (>= spinal_adult_l3_bolus_1_h spinal_adult_l3_bolus_0_h))
(assert
 (>= spinal_adult_l3_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l3_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l3_bolus_1_via 0))
(assert
 (< spinal_adult_l3_bolus_1_via 2))
(assert
 (>= spinal_adult_l3_route 0))
(assert
 (< spinal_adult_l3_route 2))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x3296 (not (or (not (<= 4.0 spinal_adult_l3_age_years))))))
 (=> holds_ITB-PAT-1 $x3296)))
(assert
 (let (($x6358 (not (or (not (<= 12.0 spinal_adult_l3_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x6358)))
(assert
 (let (($x6357 (not (or spinal_adult_l3_infection))))
 (=> holds_ITB-PAT-4 $x6357)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x6145 (* spinal_adult_l3_step_3_rate_ml_day spinal_adult_l3_concentration_ug_ml)))
 (let ((?x6147 (- ?x6145 spinal_adult_l3_step_3_daily_dose_ug)))
 (let (($x6400 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l3_step_3_daily_dose_ug) ?x6147) (<= ?x6147 (* (/ 1.0 100.0) spinal_adult_l3_step_3_daily_dose_ug)))))
 (let ((?x6152 (* spinal_adult_l3_step_2_rate_ml_day spinal_adult_l3_concentration_ug_ml)))
 (let ((?x6154 (- ?x6152 spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x6143 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l3_step_2_daily_dose_ug) ?x6154) (<= ?x6154 (* (/ 1.0 100.0) spinal_adult_l3_step_2_daily_dose_ug)))))
 (let ((?x6416 (* spinal_adult_l3_step_1_rate_ml_day spinal_adult_l3_concentration_ug_ml)))
 (let ((?x6420 (- ?x6416 spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x6150 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l3_step_1_daily_dose_ug) ?x6420) (<= ?x6420 (* (/ 1.0 100.0) spinal_adult_l3_step_1_daily_dose_ug)))))
 (let ((?x6181 (* spinal_adult_l3_step_0_rate_ml_day spinal_adult_l3_concentration_ug_ml)))
 (let ((?x6183 (- ?x6181 spinal_adult_l3_step_0_daily_dose_ug)))
 (let (($x6410 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l3_step_0_daily_dose_ug) ?x6183) (<= ?x6183 (* (/ 1.0 100.0) spinal_adult_l3_step_0_daily_dose_ug)))))
 (let (($x6435 (= spinal_adult_l3_concentration_ug_ml spinal_adult_l3_refill_1_concentration_ug_ml)))
 (let (($x6180 (not $x6435)))
 (let (($x6436 (= spinal_adult_l3_concentration_ug_ml spinal_adult_l3_refill_0_concentration_ug_ml)))
 (let (($x6179 (not $x6436)))
 (let (($x917 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_3_h)))
 (let (($x916 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_3_h)))
 (let (($x6309 (and (ite $x916 true (ite $x917 true false)) (not (ite $x916 $x6435 (ite $x917 $x6436 false))))))
 (let (($x915 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_2_h)))
 (let (($x914 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_2_h)))
 (let (($x6240 (and (ite $x914 true (ite $x915 true false)) (not (ite $x914 $x6435 (ite $x915 $x6436 false))))))
 (let (($x913 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_1_h)))
 (let (($x912 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_1_h)))
 (let (($x6310 (and (ite $x912 true (ite $x913 true false)) (not (ite $x912 $x6435 (ite $x913 $x6436 false))))))
 (let (($x911 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h)))
 (let (($x910 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h)))
 (let (($x6334 (and (ite $x910 true (ite $x911 true false)) (not (ite $x910 $x6435 (ite $x911 $x6436 false))))))
 (let (($x6404 (or $x6334 $x6310 $x6240 $x6309 $x6179 $x6180 (not $x6410) (not $x6150) (not $x6143) (not $x6400))))
 (let (($x6276 (not $x6404)))
 (=> holds_ITB-PUMP-3 $x6276))))))))))))))))))))))))))))))))
(assert
 (let ((?x6396 (- spinal_adult_l3_end_h spinal_adult_l3_step_3_h)))
 (let ((?x924 (/ spinal_adult_l3_step_3_daily_dose_ug 24.0)))
 (let ((?x925 (/ ?x924 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x6356 (- spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h)))
 (let ((?x922 (/ spinal_adult_l3_step_2_daily_dose_ug 24.0)))
 (let ((?x923 (/ ?x922 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x6245 (- spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h)))
 (let ((?x920 (/ spinal_adult_l3_step_1_daily_dose_ug 24.0)))
 (let ((?x921 (/ ?x920 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x6419 (- spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h)))
 (let ((?x918 (/ spinal_adult_l3_step_0_daily_dose_ug 24.0)))
 (let ((?x919 (/ ?x918 spinal_adult_l3_concentration_ug_ml)))
 (let ((?x6249 (+ 0.0 (* ?x919 ?x6419))))
 (let ((?x6335 (+ ?x6249 (* ?x921 ?x6245))))
 (let ((?x6393 (+ ?x6335 (* ?x923 ?x6356))))
 (let ((?x6101 (+ ?x6393 (* ?x925 ?x6396))))
 (let ((?x6302 (+ ?x6393 (* ?x925 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_3_h)))))
 (let ((?x6427 (+ ?x6335 (* ?x923 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_2_h)))))
 (let ((?x6252 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_3_h) ?x6427 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_end_h) ?x6302 ?x6101))))
 (let ((?x6377 (+ ?x6249 (* ?x921 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_1_h)))))
 (let ((?x6383 (+ 0.0 (* ?x919 (- spinal_adult_l3_step_0_h spinal_adult_l3_step_0_h)))))
 (let ((?x6058 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_1_h) ?x6383 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_2_h) ?x6377 ?x6252))))
 (let ((?x6255 (ite (<= spinal_adult_l3_step_0_h spinal_adult_l3_step_0_h) 0.0 ?x6058)))
 (let (($x6417 (<= t_0 spinal_adult_l3_end_h)))
 (let ((?x6351 (ite (<= t_0 spinal_adult_l3_step_3_h) (+ ?x6335 (* ?x923 (- t_0 spinal_adult_l3_step_2_h))) (ite $x6417 (+ ?x6393 (* ?x925 (- t_0 spinal_adult_l3_step_3_h))) ?x6101))))
 (let ((?x6369 (ite (<= t_0 spinal_adult_l3_step_2_h) (+ ?x6249 (* ?x921 (- t_0 spinal_adult_l3_step_1_h))) ?x6351)))
 (let ((?x6293 (ite (<= t_0 spinal_adult_l3_step_1_h) (+ 0.0 (* ?x919 (- t_0 spinal_adult_l3_step_0_h))) ?x6369)))
 (let ((?x6289 (ite (<= t_0 spinal_adult_l3_step_0_h) 0.0 ?x6293)))
 (let ((?x6288 (+ ?x6393 (* ?x925 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_3_h)))))
 (let (($x840 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_end_h)))
 (let ((?x6265 (+ ?x6335 (* ?x923 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_2_h)))))
 (let (($x917 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_3_h)))
 (let ((?x6278 (+ ?x6249 (* ?x921 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_1_h)))))
 (let (($x915 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_2_h)))
 (let ((?x6286 (+ 0.0 (* ?x919 (- spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h)))))
 (let (($x913 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_1_h)))
 (let (($x911 (<= spinal_adult_l3_refill_0_h spinal_adult_l3_step_0_h)))
 (let ((?x6233 (ite $x911 0.0 (ite $x913 ?x6286 (ite $x915 ?x6278 (ite $x917 ?x6265 (ite $x840 ?x6288 ?x6101)))))))
 (let ((?x5431 (ite (< spinal_adult_l3_refill_0_h t_0) (- spinal_adult_l3_refill_0_volume_ml (+ (- ?x6289 ?x6233) 0.0)) (- 0.0 (+ (- ?x6289 ?x6255) 0.0)))))
 (let ((?x5787 (+ ?x6393 (* ?x925 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_3_h)))))
 (let (($x856 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_end_h)))
 (let ((?x6207 (+ ?x6335 (* ?x923 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_2_h)))))
 (let (($x916 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_3_h)))
 (let ((?x6221 (+ ?x6249 (* ?x921 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_1_h)))))
 (let (($x914 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_2_h)))
 (let ((?x6225 (+ 0.0 (* ?x919 (- spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h)))))
 (let (($x912 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_1_h)))
 (let (($x910 (<= spinal_adult_l3_refill_1_h spinal_adult_l3_step_0_h)))
 (let ((?x6194 (ite $x910 0.0 (ite $x912 ?x6225 (ite $x914 ?x6221 (ite $x916 ?x6207 (ite $x856 ?x5787 ?x6101)))))))
 (let ((?x6199 (ite (< spinal_adult_l3_refill_1_h t_0) (- spinal_adult_l3_refill_1_volume_ml (+ (- ?x6289 ?x6194) 0.0)) ?x5431)))
 (let ((?x6411 (ite (<= 0.0 spinal_adult_l3_step_0_h) spinal_adult_l3_step_0_h 0.0)))
 (let (($x6203 (or (and (< ?x6411 t_0) $x6417 (not (> ?x6199 spinal_adult_l3_alarm_ml))))))
 (let (($x6277 (not $x6203)))
 (=> holds_ITB-PUMP-4 $x6277)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x6188 (not (>= 1848.0 (- spinal_adult_l3_refill_1_h spinal_adult_l3_refill_0_h)))))
 (let (($x6159 (or $x6188 (not (>= 1848.0 (- spinal_adult_l3_end_h spinal_adult_l3_refill_1_h))))))
 (let (($x6433 (not $x6159)))
 (=> holds_ITB-PUMP-5 $x6433)))))
(assert
 (let (($x6170 (and (ite (= spinal_adult_l3_bolus_1_via 0) false true) (not spinal_adult_l3_bolus_1_emergency))))
 (let (($x6162 (and (ite (= spinal_adult_l3_bolus_0_via 0) false true) (not spinal_adult_l3_bolus_0_emergency))))
 (let (($x6430 (not (or $x6162 $x6170))))
 (=> holds_ITB-PUMP-6 $x6430)))))
(assert
 (let (($x6432 (not (or (not (ite (= spinal_adult_l3_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x6432)))
(assert
 (let (($x5330 (and (< 0.0 spinal_adult_l3_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_3_concentration_ug_ml))))
 (let (($x5076 (and (< 0.0 spinal_adult_l3_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_2_concentration_ug_ml))))
 (let (($x4005 (and (< 0.0 spinal_adult_l3_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_1_concentration_ug_ml))))
 (let (($x5333 (and (< 0.0 spinal_adult_l3_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_screening_0_concentration_ug_ml))))
 (let (($x6108 (and (< 0.0 spinal_adult_l3_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_concentration_ug_ml))))
 (let (($x6109 (not $x6108)))
 (let (($x6141 (and (< 0.0 spinal_adult_l3_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x6137 (and (< 0.0 spinal_adult_l3_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x6132 (or (= 50.0 spinal_adult_l3_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l3_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l3_refill_1_concentration_ug_ml))))
 (let (($x869 (= spinal_adult_l3_refill_1_diluent 0)))
 (let (($x6118 (ite $x869 true (ite (= spinal_adult_l3_refill_1_diluent 1) false false))))
 (let (($x6126 (or (= 50.0 spinal_adult_l3_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l3_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l3_refill_0_concentration_ug_ml))))
 (let (($x852 (= spinal_adult_l3_refill_0_diluent 0)))
 (let (($x6178 (ite $x852 true (ite (= spinal_adult_l3_refill_0_diluent 1) false false))))
 (let (($x6120 (ite $x869 false (ite (= spinal_adult_l3_refill_1_diluent 1) true false))))
 (let (($x6114 (ite $x852 false (ite (= spinal_adult_l3_refill_0_diluent 1) true false))))
 (let (($x5353 (or (not (or $x6178 $x6114)) (not (or $x6118 $x6120)) (and $x6178 (not $x6126)) (and $x6118 (not $x6132)) (not $x6137) (not $x6141) $x6109 $x6109 $x6109 $x6109 (not $x5333) (not $x4005) (not $x5076) (not $x5330))))
 (let (($x6086 (not $x5353)))
 (=> holds_ITB-CONC-1 $x6086))))))))))))))))))))
(assert
 (let (($x5374 (or (not (= 50.0 spinal_adult_l3_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l3_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l3_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l3_screening_3_concentration_ug_ml)))))
 (let (($x6441 (not $x5374)))
 (=> holds_ITB-SCR-1 $x6441))))
(assert
 (let (($x6442 (not (or (not (>= 50.0 spinal_adult_l3_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x6442)))
(assert
 (let (($x4025 (or (not (<= 1.0 spinal_adult_l3_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l3_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l3_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l3_screening_3_duration_min)))))
 (let (($x6443 (not $x4025)))
 (=> holds_ITB-SCR-3 $x6443))))
(assert
 (let (($x6097 (<= 24.0 (- spinal_adult_l3_screening_3_h spinal_adult_l3_screening_2_h))))
 (let (($x771 (= spinal_adult_l3_screening_2_response 0)))
 (let (($x3558 (ite $x771 true false)))
 (let (($x6094 (<= 24.0 (- spinal_adult_l3_screening_2_h spinal_adult_l3_screening_1_h))))
 (let (($x751 (= spinal_adult_l3_screening_1_response 0)))
 (let (($x4381 (ite $x751 true false)))
 (let (($x6032 (<= 24.0 (- spinal_adult_l3_screening_1_h spinal_adult_l3_screening_0_h))))
 (let (($x731 (= spinal_adult_l3_screening_0_response 0)))
 (let (($x4466 (ite $x731 true false)))
 (let (($x6028 (<= spinal_adult_l3_screening_3_dose_ug (+ spinal_adult_l3_screening_2_dose_ug 25.0))))
 (let (($x6076 (<= spinal_adult_l3_screening_2_dose_ug (+ spinal_adult_l3_screening_1_dose_ug 25.0))))
 (let (($x6439 (<= spinal_adult_l3_screening_1_dose_ug (+ spinal_adult_l3_screening_0_dose_ug 25.0))))
 (let (($x6337 (or (not $x4466) (not $x4381) (not $x3558) (and $x4466 (not $x6439)) (and $x4381 (not $x6076)) (and $x3558 (not $x6028)) (and $x4466 (not $x6032)) (and $x4381 (not $x6094)) (and $x3558 (not $x6097)))))
 (let (($x6444 (not $x6337)))
 (=> holds_ITB-SCR-4 $x6444))))))))))))))))
(assert
 (let (($x5155 (or (not (>= 100.0 spinal_adult_l3_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l3_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l3_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l3_screening_3_dose_ug)))))
 (let (($x6445 (not $x5155)))
 (=> holds_ITB-SCR-5 $x6445))))
(assert
 (let (($x791 (= spinal_adult_l3_screening_3_response 0)))
 (let (($x6049 (ite $x791 false true)))
 (let (($x771 (= spinal_adult_l3_screening_2_response 0)))
 (let (($x5728 (ite $x771 false true)))
 (let (($x751 (= spinal_adult_l3_screening_1_response 0)))
 (let (($x5796 (ite $x751 false true)))
 (let (($x731 (= spinal_adult_l3_screening_0_response 0)))
 (let (($x5516 (ite $x731 false true)))
 (let (($x6375 (or (and $x5516 (<= spinal_adult_l3_screening_0_h spinal_adult_l3_step_0_h)) (and $x5796 (<= spinal_adult_l3_screening_1_h spinal_adult_l3_step_0_h)) (and $x5728 (<= spinal_adult_l3_screening_2_h spinal_adult_l3_step_0_h)) (and $x6049 (<= spinal_adult_l3_screening_3_h spinal_adult_l3_step_0_h)))))
 (let (($x6446 (not (or (not $x6375)))))
 (=> holds_ITB-SCR-6 $x6446))))))))))))
(assert
 (let ((?x5371 (* 2.0 spinal_adult_l3_screening_3_dose_ug)))
 (let ((?x5372 (ite (>= 12.0 spinal_adult_l3_screening_3_effect_h) ?x5371 spinal_adult_l3_screening_3_dose_ug)))
 (let (($x791 (= spinal_adult_l3_screening_3_response 0)))
 (let (($x6049 (ite $x791 false true)))
 (let ((?x6353 (* 2.0 spinal_adult_l3_screening_2_dose_ug)))
 (let ((?x6352 (ite (>= 12.0 spinal_adult_l3_screening_2_effect_h) ?x6353 spinal_adult_l3_screening_2_dose_ug)))
 (let (($x771 (= spinal_adult_l3_screening_2_response 0)))
 (let (($x5728 (ite $x771 false true)))
 (let ((?x6399 (* 2.0 spinal_adult_l3_screening_1_dose_ug)))
 (let ((?x6398 (ite (>= 12.0 spinal_adult_l3_screening_1_effect_h) ?x6399 spinal_adult_l3_screening_1_dose_ug)))
 (let (($x751 (= spinal_adult_l3_screening_1_response 0)))
 (let (($x5796 (ite $x751 false true)))
 (let ((?x6359 (* 2.0 spinal_adult_l3_screening_0_dose_ug)))
 (let ((?x6045 (ite (>= 12.0 spinal_adult_l3_screening_0_effect_h) ?x6359 spinal_adult_l3_screening_0_dose_ug)))
 (let (($x731 (= spinal_adult_l3_screening_0_response 0)))
 (let (($x5516 (ite $x731 false true)))
 (let (($x6387 (or (and $x5516 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x6045))) (and $x5796 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x6398))) (and $x5728 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x6352))) (and $x6049 (not (<= spinal_adult_l3_step_0_daily_dose_ug ?x5372))))))
 (let (($x6447 (not $x6387)))
 (=> holds_ITB-INIT-1 $x6447))))))))))))))))))))
(assert
 (let (($x6405 (not (<= 24.0 (- spinal_adult_l3_step_3_h spinal_adult_l3_step_0_h)))))
 (let (($x6326 (> spinal_adult_l3_step_3_daily_dose_ug spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x6316 (not (<= 24.0 (- spinal_adult_l3_step_2_h spinal_adult_l3_step_0_h)))))
 (let (($x6363 (> spinal_adult_l3_step_2_daily_dose_ug spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x6290 (not (<= 24.0 (- spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h)))))
 (let (($x6385 (> spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (let (($x6448 (not (or (and $x6385 $x6290) (and $x6363 $x6316) (and $x6326 $x6405)))))
 (=> holds_ITB-INIT-2 $x6448)))))))))
(assert
 (let (($x6090 (<= spinal_adult_l3_step_3_daily_dose_ug spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x6092 (<= spinal_adult_l3_step_2_daily_dose_ug spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x5978 (<= spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (let (($x6449 (not (or (not $x5978) (not $x6092) (not $x6090)))))
 (=> holds_ITB-TITR-1 $x6449))))))
(assert
 (let ((?x5113 (ite spinal_adult_l3_programmable 24.0 48.0)))
 (let (($x6326 (> spinal_adult_l3_step_3_daily_dose_ug spinal_adult_l3_step_2_daily_dose_ug)))
 (let (($x6057 (and $x6326 (and (< spinal_adult_l3_step_3_h spinal_adult_l3_step_3_h) $x6326) (not (>= (- spinal_adult_l3_step_3_h spinal_adult_l3_step_3_h) ?x5113)))))
 (let (($x6363 (> spinal_adult_l3_step_2_daily_dose_ug spinal_adult_l3_step_1_daily_dose_ug)))
 (let (($x6212 (and $x6326 (and (< spinal_adult_l3_step_2_h spinal_adult_l3_step_3_h) $x6363) (not (>= (- spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h) ?x5113)))))
 (let (($x6385 (> spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
 (let (($x6082 (and $x6326 (and (< spinal_adult_l3_step_1_h spinal_adult_l3_step_3_h) $x6385) (not (>= (- spinal_adult_l3_step_3_h spinal_adult_l3_step_1_h) ?x5113)))))
 (let (($x5386 (and $x6363 (and (< spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h) $x6326) (not (>= (- spinal_adult_l3_step_2_h spinal_adult_l3_step_3_h) ?x5113)))))
 (let (($x6273 (and $x6363 (and (< spinal_adult_l3_step_2_h spinal_adult_l3_step_2_h) $x6363) (not (>= (- spinal_adult_l3_step_2_h spinal_adult_l3_step_2_h) ?x5113)))))
 (let (($x6340 (and $x6363 (and (< spinal_adult_l3_step_1_h spinal_adult_l3_step_2_h) $x6385) (not (>= (- spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h) ?x5113)))))
 (let (($x5813 (and $x6385 (and (< spinal_adult_l3_step_3_h spinal_adult_l3_step_1_h) $x6326) (not (>= (- spinal_adult_l3_step_1_h spinal_adult_l3_step_3_h) ?x5113)))))
 (let (($x6069 (and $x6385 (and (< spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h) $x6363) (not (>= (- spinal_adult_l3_step_1_h spinal_adult_l3_step_2_h) ?x5113)))))
 (let (($x6364 (and $x6385 (and (< spinal_adult_l3_step_1_h spinal_adult_l3_step_1_h) $x6385) (not (>= (- spinal_adult_l3_step_1_h spinal_adult_l3_step_1_h) ?x5113)))))
 (let (($x6450 (not (or $x6364 $x6069 $x5813 $x6340 $x6273 $x5386 $x6082 $x6212 $x6057))))
 (=> holds_ITB-TITR-2 $x6450))))))))))))))))
(assert
 (let ((?x6401 (ite (<= spinal_adult_l3_step_1_h w_0) spinal_adult_l3_step_1_daily_dose_ug spinal_adult_l3_step_0_daily_dose_ug)))
(let ((?x6039 (ite (<= spinal_adult_l3_step_2_h w_0) spinal_adult_l3_step_2_daily_dose_ug ?x6401)))
(let ((?x6037 (ite (<= spinal_adult_l3_step_3_h w_0) spinal_adult_l3_step_3_daily_dose_ug ?x6039)))
(let (($x4335 (and (<= (- w_0 24.0) spinal_adult_l3_bolus_1_h) (< spinal_adult_l3_bolus_1_h w_0))))
(let (($x5642 (and (<= (- w_0 24.0) spinal_adult_l3_bolus_0_h) (< spinal_adult_l3_bolus_0_h w_0))))
(let ((?x5468 (+ (+ 0.0 (ite $x5642 spinal_adult_l3_bolus_0_dose_ug 0.0)) (ite $x4335 spinal_adult_l3_bolus_1_dose_ug 0.0))))
(let ((?x6396 (- spinal_adult_l3_end_h spinal_adult_l3_step_3_h)))
(let ((?x924 (/ spinal_adult_l3_step_3_daily_dose_ug 24.0)))
(let ((?x6356 (- spinal_adult_l3_step_3_h spinal_adult_l3_step_2_h)))
(let ((?x922 (/ spinal_adult_l3_step_2_daily_dose_ug 24.0)))
(let ((?x6245 (- spinal_adult_l3_step_2_h spinal_adult_l3_step_1_h)))
(let ((?x920 (/ spinal_adult_l3_step_1_daily_dose_ug 24.0)))
(let ((?x6419 (- spinal_adult_l3_step_1_h spinal_adult_l3_step_0_h)))
(let ((?x918 (/ spinal_adult_l3_step_0_daily_dose_ug 24.0)))
(let ((?x6308 (+ 0.0 (* ?x918 ?x6419))))
(let ((?x6064 (+ ?x6308 (* ?x920 ?x6245))))
(let ((?x6062 (+ ?x6064 (* ?x922 ?x6356))))
(let ((?x6282 (+ ?x6062 (* ?x924 ?x6396))))
(let ((?x6099 (ite (<= (- w_0 24.0) spinal_adult_l3_end_h) (+ ?x6062 (* ?x924 (- (- w_0 24.0) spinal_adult_l3_step_3_h))) ?x6282)))
(let ((?x6228 (ite (<= (- w_0 24.0) spinal_adult_l3_step_3_h) (+ ?x6064 (* ?x922 (- (- w_0 24.0) spinal_adult_l3_step_2_h))) ?x6099)))
(let ((?x6046 (ite (<= (- w_0 24.0) spinal_adult_l3_step_2_h) (+ ?x6308 (* ?x920 (- (- w_0 24.0) spinal_adult_l3_step_1_h))) ?x6228)))
(let ((?x6052 (ite (<= (- w_0 24.0) spinal_adult_l3_step_1_h) (+ 0.0 (* ?x918 (- (- w_0 24.0) spinal_adult_l3_step_0_h))) ?x6046)))
(let ((?x4425 (ite (<= w_0 spinal_adult_l3_end_h) (+ ?x6062 (* ?x924 (- w_0 spinal_adult_l3_step_3_h))) ?x6282)))
(let ((?x6349 (ite (<= w_0 spinal_adult_l3_step_3_h) (+ ?x6064 (* ?x922 (- w_0 spinal_adult_l3_step_2_h))) ?x4425)))
(let ((?x5923 (ite (<= w_0 spinal_adult_l3_step_2_h) (+ ?x6308 (* ?x920 (- w_0 spinal_adult_l3_step_1_h))) ?x6349)))
(let ((?x5891 (ite (<= w_0 spinal_adult_l3_step_1_h) (+ 0.0 (* ?x918 (- w_0 spinal_adult_l3_step_0_h))) ?x5923)))
(let ((?x5963 (ite (<= w_0 spinal_adult_l3_step_0_h) 0.0 ?x5891)))
(let ((?x6379 (- ?x5963 (ite (<= (- w_0 24.0) spinal_adult_l3_step_0_h) 0.0 ?x6052))))
(let ((?x6250 (ite (>= (- w_0 24.0) spinal_adult_l3_step_0_h) (+ ?x6379 ?x5468) (* 1.0 ?x6037))))
(let ((?x6247 (* (+ 1.0 (ite (<= 18.0 spinal_adult_l3_age_years) (/ 3.0 10.0) (/ 3.0 20.0))) ?x6250)))
(let (($x6210 (and (<= w_0 spinal_adult_l3_bolus_1_h) (< spinal_adult_l3_bolus_1_h (+ w_0 24.0)))))
(let (($x6298 (and (<= w_0 spinal_adult_l3_bolus_0_h) (< spinal_adult_l3_bolus_0_h (+ w_0 24.0)))))
(let ((?x6059 (+ (+ 0.0 (ite $x6298 spinal_adult_l3_bolus_0_dose_ug 0.0)) (ite $x6210 spinal_adult_l3_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x5156 (<= ?x1800 spinal_adult_l3_end_h)))
(let ((?x5850 (ite (<= ?x1800 spinal_adult_l3_step_3_h) (+ ?x6064 (* ?x922 (- ?x1800 spinal_adult_l3_step_2_h))) (ite $x5156 (+ ?x6062 (* ?x924 (- ?x1800 spinal_adult_l3_step_3_h))) ?x6282))))
(let ((?x6331 (ite (<= ?x1800 spinal_adult_l3_step_2_h) (+ ?x6308 (* ?x920 (- ?x1800 spinal_adult_l3_step_1_h))) ?x5850)))
(let ((?x6035 (ite (<= ?x1800 spinal_adult_l3_step_1_h) (+ 0.0 (* ?x918 (- ?x1800 spinal_adult_l3_step_0_h))) ?x6331)))
(let ((?x6266 (+ (- (ite (<= ?x1800 spinal_adult_l3_step_0_h) 0.0 ?x6035) ?x5963) ?x6059)))
(let (($x6055 (or (and (<= spinal_adult_l3_step_0_h w_0) $x5156 (not (<= ?x6266 ?x6247))))))
(let (($x6451 (not $x6055)))
(=> holds_ITB-TITR-3 $x6451)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
