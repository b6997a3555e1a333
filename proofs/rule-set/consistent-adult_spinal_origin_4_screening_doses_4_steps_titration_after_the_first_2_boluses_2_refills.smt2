; itbverify 0.1.0: rule-set consistency, adult, spinal origin; 4 screening doses, 4 steps (titration after the first), 2 boluses, 2 refills
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_adult_l0_age_years () Real)
(declare-fun spinal_adult_l0_months_since_injury () Real)
(declare-fun spinal_adult_l0_reservoir_ml () Real)
(declare-fun spinal_adult_l0_alarm_ml () Real)
(declare-fun spinal_adult_l0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_0_h () Real)
(declare-fun spinal_adult_l0_screening_0_dose_ug () Real)
(declare-fun spinal_adult_l0_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_0_duration_min () Real)
(declare-fun spinal_adult_l0_screening_0_response () Int)
(declare-fun spinal_adult_l0_screening_0_effect_h () Real)
(declare-fun spinal_adult_l0_screening_1_h () Real)
(declare-fun spinal_adult_l0_screening_1_dose_ug () Real)
(declare-fun spinal_adult_l0_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_1_duration_min () Real)
(declare-fun spinal_adult_l0_screening_1_response () Int)
(declare-fun spinal_adult_l0_screening_1_effect_h () Real)
(declare-fun spinal_adult_l0_screening_2_h () Real)
(declare-fun spinal_adult_l0_screening_2_dose_ug () Real)
(declare-fun spinal_adult_l0_screening_2_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_2_duration_min () Real)
(declare-fun spinal_adult_l0_screening_2_response () Int)
(declare-fun spinal_adult_l0_screening_2_effect_h () Real)
(declare-fun spinal_adult_l0_screening_3_h () Real)
(declare-fun spinal_adult_l0_screening_3_dose_ug () Real)
(declare-fun spinal_adult_l0_screening_3_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_screening_3_duration_min () Real)
(declare-fun spinal_adult_l0_screening_3_response () Int)
(declare-fun spinal_adult_l0_screening_3_effect_h () Real)
(declare-fun spinal_adult_l0_step_0_h () Real)
(declare-fun spinal_adult_l0_step_0_daily_dose_ug () Real)
(declare-fun spinal_adult_l0_step_0_rate_ml_day () Real)
(declare-fun spinal_adult_l0_step_1_h () Real)
(declare-fun spinal_adult_l0_step_1_daily_dose_ug () Real)
(declare-fun spinal_adult_l0_step_1_rate_ml_day () Real)
(declare-fun spinal_adult_l0_step_2_h () Real)
(declare-fun spinal_adult_l0_step_2_daily_dose_ug () Real)
(declare-fun spinal_adult_l0_step_2_rate_ml_day () Real)
(declare-fun spinal_adult_l0_step_3_h () Real)
(declare-fun spinal_adult_l0_step_3_daily_dose_ug () Real)
(declare-fun spinal_adult_l0_step_3_rate_ml_day () Real)
(declare-fun spinal_adult_l0_end_h () Real)
(declare-fun spinal_adult_l0_refill_0_h () Real)
(declare-fun spinal_adult_l0_refill_0_volume_ml () Real)
(declare-fun spinal_adult_l0_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_refill_0_diluent () Int)
(declare-fun spinal_adult_l0_refill_1_h () Real)
(declare-fun spinal_adult_l0_refill_1_volume_ml () Real)
(declare-fun spinal_adult_l0_refill_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l0_refill_1_diluent () Int)
(declare-fun spinal_adult_l0_bolus_0_h () Real)
(declare-fun spinal_adult_l0_bolus_0_dose_ug () Real)
(declare-fun spinal_adult_l0_bolus_0_via () Int)
(declare-fun spinal_adult_l0_bolus_1_h () Real)
(declare-fun spinal_adult_l0_bolus_1_dose_ug () Real)
(declare-fun spinal_adult_l0_bolus_1_via () Int)
(declare-fun spinal_adult_l0_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_adult_l0_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_adult_l0_bolus_1_emergency () Bool)
(declare-fun spinal_adult_l0_bolus_0_emergency () Bool)
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
(declare-fun spinal_adult_l0_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_adult_l0_age_years 0.0))
(assert
 (<= spinal_adult_l0_age_years 120.0))
(assert
 (>= spinal_adult_l0_age_years 18.0))
(assert
 (>= spinal_adult_l0_months_since_injury 0.0))
(assert
 (<= spinal_adult_l0_months_since_injury 100000.0))
(assert
 (>= spinal_adult_l0_reservoir_ml 0.0))
(assert
 (<= spinal_adult_l0_reservoir_ml 100000.0))
(assert
 (>= spinal_adult_l0_alarm_ml 0.0))
(assert
 (<= spinal_adult_l0_alarm_ml 100000.0))
(assert
 (>= spinal_adult_l0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_h 0.0))
(assert
 (<= spinal_adult_l0_screening_0_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_h 0.0))
(assert
 (>= spinal_adult_l0_screening_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_duration_min 0.0))
(assert
 (<= spinal_adult_l0_screening_0_duration_min 100000.0))
(assert
 (>= spinal_adult_l0_screening_0_response 0))
(assert
 (< spinal_adult_l0_screening_0_response 2))
(assert
 (>= spinal_adult_l0_screening_0_effect_h 0.0))
(assert
 (<= spinal_adult_l0_screening_0_effect_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_h 0.0))
(assert
 (<= spinal_adult_l0_screening_1_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_h spinal_adult_l0_screening_0_h))
(assert
 (>= spinal_adult_l0_screening_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_duration_min 0.0))
(assert
 (<= spinal_adult_l0_screening_1_duration_min 100000.0))
(assert
 (>= spinal_adult_l0_screening_1_response 0))
(assert
 (< spinal_adult_l0_screening_1_response 2))
(assert
 (>= spinal_adult_l0_screening_1_effect_h 0.0))
(assert
 (<= spinal_adult_l0_screening_1_effect_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_h 0.0))
(assert
 (<= spinal_adult_l0_screening_2_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_h spinal_adult_l0_screening_1_h))
(assert
 (>= spinal_adult_l0_screening_2_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_screening_2_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_screening_2_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_duration_min 0.0))
(assert
 (<= spinal_adult_l0_screening_2_duration_min 100000.0))
(assert
 (>= spinal_adult_l0_screening_2_response 0))
(assert
 (< spinal_adult_l0_screening_2_response 2))
(assert
 (>= spinal_adult_l0_screening_2_effect_h 0.0))
(assert
 (<= spinal_adult_l0_screening_2_effect_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_h 0.0))
(assert
 (<= spinal_adult_l0_screening_3_h 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_h spinal_adult_l0_screening_2_h))
(assert
 (>= spinal_adult_l0_screening_3_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_screening_3_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_screening_3_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_duration_min 0.0))
(assert
 (<= spinal_adult_l0_screening_3_duration_min 100000.0))
(assert
 (>= spinal_adult_l0_screening_3_response 0))
(assert
 (< spinal_adult_l0_screening_3_response 2))
(assert
 (>= spinal_adult_l0_screening_3_effect_h 0.0))
(assert
 (<= spinal_adult_l0_screening_3_effect_h 100000.0))
(assert
 (>= spinal_adult_l0_step_0_h 0.0))
(assert
 (<= spinal_adult_l0_step_0_h 100000.0))
(assert
 (>= spinal_adult_l0_step_0_h spinal_adult_l0_screening_3_h))
(assert
 (>= spinal_adult_l0_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l0_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l0_step_1_h 0.0))
(assert
 (<= spinal_adult_l0_step_1_h 100000.0))
(assert
 (> spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h))
(assert
 (>= spinal_adult_l0_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l0_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l0_step_2_h 0.0))
(assert
 (<= spinal_adult_l0_step_2_h 100000.0))
(assert
 (> spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h))
(assert
 (>= spinal_adult_l0_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l0_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l0_step_3_h 0.0))
(assert
 (<= spinal_adult_l0_step_3_h 100000.0))
(assert
 (> spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h))
(assert
 (>= spinal_adult_l0_step_3_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_step_3_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_step_3_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l0_step_3_rate_ml_day 100000.0))
(assert
 (<= spinal_adult_l0_end_h 100000.0))
(assert
 (>= spinal_adult_l0_end_h spinal_adult_l0_step_3_h))
(assert
 (<= spinal_adult_l0_refill_0_h 100000.0))
(assert
 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_end_h))
(assert
 (>= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h))
(assert
 (>= spinal_adult_l0_refill_0_volume_ml 0.0))
(assert
 (<= spinal_adult_l0_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_adult_l0_refill_0_volume_ml spinal_adult_l0_reservoir_ml))
(assert
 (>= spinal_adult_l0_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_refill_0_diluent 0))
(assert
 (< spinal_adult_l0_refill_0_diluent 3))
(assert
 (<= spinal_adult_l0_refill_1_h 100000.0))
(assert
 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_end_h))
(assert
 (>= spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h))
(assert
 (> spinal_adult_l0_refill_1_h spinal_adult_l0_refill_0_h))
(assert
 (>= spinal_adult_l0_refill_1_volume_ml 0.0))
(assert
 (<= spinal_adult_l0_refill_1_volume_ml 100000.0))
(assert
 (<= spinal_adult_l0_refill_1_volume_ml spinal_adult_l0_reservoir_ml))
(assert
 (>= spinal_adult_l0_refill_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l0_refill_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l0_refill_1_diluent 0))
(assert
 (< spinal_adult_l0_refill_1_diluent 3))
(assert
 (= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h))
(assert
 (<= spinal_adult_l0_bolus_0_h 100000.0))
(assert
 (>= spinal_adult_l0_bolus_0_h spinal_adult_l0_step_0_h))
(assert
 (<= spinal_adult_l0_bolus_0_h spinal_adult_l0_end_h))
(assert
 (>= spinal_adult_l0_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_bolus_0_via 0))
(assert
 (< spinal_adult_l0_bolus_0_via 2))
(assert
 (<= spinal_adult_l0_bolus_1_h 100000.0))
(assert
 (>= spinal_adult_l0_bolus_1_h spinal_adult_l0_step_0_h))
(assert
 (<= spinal_adult_l0_bolus_1_h spinal_adult_l0_end_h))
(assert
 (>= spinal_adult_l0_bolus_1_h spinal_adult_l0_bolus_0_h))
(assert
 (>= spinal_adult_l0_bolus_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l0_bolus_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l0_bolus_1_via 0))
(assert
 (< spinal_adult_l0_bolus_1_via 2))
(assert
 (>= spinal_adult_l0_route 0))
(assert
 (< spinal_adult_l0_route 2))
(assert
 (let ((?x1341 (* (/ 4.0 5.0) spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x1340 (< spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let ((?x1336 (* (/ 4.0 5.0) spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x1335 (< spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let ((?x1330 (* (/ 4.0 5.0) spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x1327 (< spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x1345 (or (and $x1327 (not (>= spinal_adult_l0_step_1_daily_dose_ug ?x1330))) (and $x1335 (not (>= spinal_adult_l0_step_2_daily_dose_ug ?x1336))) (and $x1340 (not (>= spinal_adult_l0_step_3_daily_dose_ug ?x1341))))))
 (let (($x1797 (not $x1345)))
 (=> holds_ITB-STOP-1 $x1797))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x1914 (not (or (not (<= 4.0 spinal_adult_l0_age_years))))))
 (=> holds_ITB-PAT-1 $x1914)))
(assert
 (let (($x1915 (not (or (not (<= 12.0 spinal_adult_l0_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x1915)))
(assert
 (let (($x1916 (not (or spinal_adult_l0_infection))))
 (=> holds_ITB-PAT-4 $x1916)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x1408 (* spinal_adult_l0_step_3_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x1410 (- ?x1408 spinal_adult_l0_step_3_daily_dose_ug)))
 (let (($x1414 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_3_daily_dose_ug) ?x1410) (<= ?x1410 (* (/ 1.0 100.0) spinal_adult_l0_step_3_daily_dose_ug)))))
 (let ((?x1400 (* spinal_adult_l0_step_2_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x1402 (- ?x1400 spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x1406 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_2_daily_dose_ug) ?x1402) (<= ?x1402 (* (/ 1.0 100.0) spinal_adult_l0_step_2_daily_dose_ug)))))
 (let ((?x1392 (* spinal_adult_l0_step_1_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x1394 (- ?x1392 spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x1398 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_1_daily_dose_ug) ?x1394) (<= ?x1394 (* (/ 1.0 100.0) spinal_adult_l0_step_1_daily_dose_ug)))))
 (let ((?x1381 (* spinal_adult_l0_step_0_rate_ml_day spinal_adult_l0_concentration_ug_ml)))
 (let ((?x1383 (- ?x1381 spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x1390 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l0_step_0_daily_dose_ug) ?x1383) (<= ?x1383 (* (/ 1.0 100.0) spinal_adult_l0_step_0_daily_dose_ug)))))
 (let (($x1355 (= spinal_adult_l0_concentration_ug_ml spinal_adult_l0_refill_1_concentration_ug_ml)))
 (let (($x1380 (not $x1355)))
 (let (($x1356 (= spinal_adult_l0_concentration_ug_ml spinal_adult_l0_refill_0_concentration_ug_ml)))
 (let (($x1379 (not $x1356)))
 (let (($x232 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))
 (let (($x231 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))
 (let (($x1378 (and (ite $x231 true (ite $x232 true false)) (not (ite $x231 $x1355 (ite $x232 $x1356 false))))))
 (let (($x230 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))
 (let (($x229 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))
 (let (($x1372 (and (ite $x229 true (ite $x230 true false)) (not (ite $x229 $x1355 (ite $x230 $x1356 false))))))
 (let (($x228 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))
 (let (($x227 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))
 (let (($x1366 (and (ite $x227 true (ite $x228 true false)) (not (ite $x227 $x1355 (ite $x228 $x1356 false))))))
 (let (($x226 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))
 (let (($x225 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))
 (let (($x1360 (and (ite $x225 true (ite $x226 true false)) (not (ite $x225 $x1355 (ite $x226 $x1356 false))))))
 (let (($x1416 (or $x1360 $x1366 $x1372 $x1378 $x1379 $x1380 (not $x1390) (not $x1398) (not $x1406) (not $x1414))))
 (let (($x1917 (not $x1416)))
 (=> holds_ITB-PUMP-3 $x1917))))))))))))))))))))))))))))))))
(assert
 (let ((?x1431 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
 (let ((?x240 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
 (let ((?x241 (/ ?x240 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x1428 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
 (let ((?x238 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
 (let ((?x239 (/ ?x238 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x1425 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
 (let ((?x236 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
 (let ((?x237 (/ ?x236 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x1422 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
 (let ((?x234 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
 (let ((?x235 (/ ?x234 spinal_adult_l0_concentration_ug_ml)))
 (let ((?x1424 (+ 0.0 (* ?x235 ?x1422))))
 (let ((?x1427 (+ ?x1424 (* ?x237 ?x1425))))
 (let ((?x1430 (+ ?x1427 (* ?x239 ?x1428))))
 (let ((?x1433 (+ ?x1430 (* ?x241 ?x1431))))
 (let ((?x1457 (+ ?x1430 (* ?x241 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h)))))
 (let ((?x1462 (+ ?x1427 (* ?x239 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h)))))
 (let ((?x1464 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_3_h) ?x1462 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_end_h) ?x1457 ?x1433))))
 (let ((?x1467 (+ ?x1424 (* ?x237 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h)))))
 (let ((?x1472 (+ 0.0 (* ?x235 (- spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h)))))
 (let ((?x1474 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_1_h) ?x1472 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_2_h) ?x1467 ?x1464))))
 (let ((?x1476 (ite (<= spinal_adult_l0_step_0_h spinal_adult_l0_step_0_h) 0.0 ?x1474)))
 (let (($x1421 (<= t_0 spinal_adult_l0_end_h)))
 (let ((?x1442 (ite (<= t_0 spinal_adult_l0_step_3_h) (+ ?x1427 (* ?x239 (- t_0 spinal_adult_l0_step_2_h))) (ite $x1421 (+ ?x1430 (* ?x241 (- t_0 spinal_adult_l0_step_3_h))) ?x1433))))
 (let ((?x1447 (ite (<= t_0 spinal_adult_l0_step_2_h) (+ ?x1424 (* ?x237 (- t_0 spinal_adult_l0_step_1_h))) ?x1442)))
 (let ((?x1452 (ite (<= t_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x235 (- t_0 spinal_adult_l0_step_0_h))) ?x1447)))
 (let ((?x1454 (ite (<= t_0 spinal_adult_l0_step_0_h) 0.0 ?x1452)))
 (let ((?x1482 (+ ?x1430 (* ?x241 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))))
 (let (($x153 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_end_h)))
 (let ((?x1486 (+ ?x1427 (* ?x239 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))))
 (let (($x232 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_3_h)))
 (let ((?x1490 (+ ?x1424 (* ?x237 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))))
 (let (($x230 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_2_h)))
 (let ((?x1494 (+ 0.0 (* ?x235 (- spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))))
 (let (($x228 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_1_h)))
 (let (($x226 (<= spinal_adult_l0_refill_0_h spinal_adult_l0_step_0_h)))
 (let ((?x1496 (ite $x226 0.0 (ite $x228 ?x1494 (ite $x230 ?x1490 (ite $x232 ?x1486 (ite $x153 ?x1482 ?x1433)))))))
 (let ((?x1501 (ite (< spinal_adult_l0_refill_0_h t_0) (- spinal_adult_l0_refill_0_volume_ml (+ (- ?x1454 ?x1496) 0.0)) (- 0.0 (+ (- ?x1454 ?x1476) 0.0)))))
 (let ((?x1504 (+ ?x1430 (* ?x241 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))))
 (let (($x171 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_end_h)))
 (let ((?x1508 (+ ?x1427 (* ?x239 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))))
 (let (($x231 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_3_h)))
 (let ((?x1512 (+ ?x1424 (* ?x237 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))))
 (let (($x229 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_2_h)))
 (let ((?x1516 (+ 0.0 (* ?x235 (- spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))))
 (let (($x227 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_1_h)))
 (let (($x225 (<= spinal_adult_l0_refill_1_h spinal_adult_l0_step_0_h)))
 (let ((?x1518 (ite $x225 0.0 (ite $x227 ?x1516 (ite $x229 ?x1512 (ite $x231 ?x1508 (ite $x171 ?x1504 ?x1433)))))))
 (let ((?x1523 (ite (< spinal_adult_l0_refill_1_h t_0) (- spinal_adult_l0_refill_1_volume_ml (+ (- ?x1454 ?x1518) 0.0)) ?x1501)))
 (let ((?x1418 (ite (<= 0.0 spinal_adult_l0_step_0_h) spinal_adult_l0_step_0_h 0.0)))
 (let (($x1527 (or (and (< ?x1418 t_0) $x1421 (not (> ?x1523 spinal_adult_l0_alarm_ml))))))
 (let (($x1918 (not $x1527)))
 (=> holds_ITB-PUMP-4 $x1918)))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x1531 (not (>= 1848.0 (- spinal_adult_l0_refill_1_h spinal_adult_l0_refill_0_h)))))
 (let (($x1535 (or $x1531 (not (>= 1848.0 (- spinal_adult_l0_end_h spinal_adult_l0_refill_1_h))))))
 (let (($x1919 (not $x1535)))
 (=> holds_ITB-PUMP-5 $x1919)))))
(assert
 (let (($x1541 (and (ite (= spinal_adult_l0_bolus_1_via 0) false true) (not spinal_adult_l0_bolus_1_emergency))))
 (let (($x1538 (and (ite (= spinal_adult_l0_bolus_0_via 0) false true) (not spinal_adult_l0_bolus_0_emergency))))
 (let (($x1920 (not (or $x1538 $x1541))))
 (=> holds_ITB-PUMP-6 $x1920)))))
(assert
 (let (($x1921 (not (or (not (ite (= spinal_adult_l0_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x1921)))
(assert
 (let (($x1599 (and (< 0.0 spinal_adult_l0_screening_3_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_3_concentration_ug_ml))))
 (let (($x1595 (and (< 0.0 spinal_adult_l0_screening_2_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_2_concentration_ug_ml))))
 (let (($x1591 (and (< 0.0 spinal_adult_l0_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_1_concentration_ug_ml))))
 (let (($x1587 (and (< 0.0 spinal_adult_l0_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_screening_0_concentration_ug_ml))))
 (let (($x1583 (and (< 0.0 spinal_adult_l0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_concentration_ug_ml))))
 (let (($x1584 (not $x1583)))
 (let (($x1579 (and (< 0.0 spinal_adult_l0_refill_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x1575 (and (< 0.0 spinal_adult_l0_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x1570 (or (= 50.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_1_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_1_concentration_ug_ml))))
 (let (($x184 (= spinal_adult_l0_refill_1_diluent 0)))
 (let (($x1553 (ite $x184 true (ite (= spinal_adult_l0_refill_1_diluent 1) false false))))
 (let (($x1564 (or (= 50.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l0_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l0_refill_0_concentration_ug_ml))))
 (let (($x166 (= spinal_adult_l0_refill_0_diluent 0)))
 (let (($x1547 (ite $x166 true (ite (= spinal_adult_l0_refill_0_diluent 1) false false))))
 (let (($x1555 (ite $x184 false (ite (= spinal_adult_l0_refill_1_diluent 1) true false))))
 (let (($x1549 (ite $x166 false (ite (= spinal_adult_l0_refill_0_diluent 1) true false))))
 (let (($x1601 (or (not (or $x1547 $x1549)) (not (or $x1553 $x1555)) (and $x1547 (not $x1564)) (and $x1553 (not $x1570)) (not $x1575) (not $x1579) $x1584 $x1584 $x1584 $x1584 (not $x1587) (not $x1591) (not $x1595) (not $x1599))))
 (let (($x1922 (not $x1601)))
 (=> holds_ITB-CONC-1 $x1922))))))))))))))))))))
(assert
 (let (($x1610 (or (not (= 50.0 spinal_adult_l0_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_1_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_2_concentration_ug_ml)) (not (= 50.0 spinal_adult_l0_screening_3_concentration_ug_ml)))))
 (let (($x1923 (not $x1610)))
 (=> holds_ITB-SCR-1 $x1923))))
(assert
 (let (($x1924 (not (or (not (>= 50.0 spinal_adult_l0_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x1924)))
(assert
 (let (($x1622 (or (not (<= 1.0 spinal_adult_l0_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_1_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_2_duration_min)) (not (<= 1.0 spinal_adult_l0_screening_3_duration_min)))))
 (let (($x1925 (not $x1622)))
 (=> holds_ITB-SCR-3 $x1925))))
(assert
 (let (($x1651 (<= 24.0 (- spinal_adult_l0_screening_3_h spinal_adult_l0_screening_2_h))))
 (let (($x84 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x1627 (ite $x84 true false)))
 (let (($x1647 (<= 24.0 (- spinal_adult_l0_screening_2_h spinal_adult_l0_screening_1_h))))
 (let (($x64 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x1625 (ite $x64 true false)))
 (let (($x1643 (<= 24.0 (- spinal_adult_l0_screening_1_h spinal_adult_l0_screening_0_h))))
 (let (($x44 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x1623 (ite $x44 true false)))
 (let (($x1639 (<= spinal_adult_l0_screening_3_dose_ug (+ spinal_adult_l0_screening_2_dose_ug 25.0))))
 (let (($x1635 (<= spinal_adult_l0_screening_2_dose_ug (+ spinal_adult_l0_screening_1_dose_ug 25.0))))
 (let (($x1631 (<= spinal_adult_l0_screening_1_dose_ug (+ spinal_adult_l0_screening_0_dose_ug 25.0))))
 (let (($x1654 (or (not $x1623) (not $x1625) (not $x1627) (and $x1623 (not $x1631)) (and $x1625 (not $x1635)) (and $x1627 (not $x1639)) (and $x1623 (not $x1643)) (and $x1625 (not $x1647)) (and $x1627 (not $x1651)))))
 (let (($x1926 (not $x1654)))
 (=> holds_ITB-SCR-4 $x1926))))))))))))))))
(assert
 (let (($x1664 (or (not (>= 100.0 spinal_adult_l0_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_1_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_2_dose_ug)) (not (>= 100.0 spinal_adult_l0_screening_3_dose_ug)))))
 (let (($x1927 (not $x1664)))
 (=> holds_ITB-SCR-5 $x1927))))
(assert
 (let (($x104 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x1674 (ite $x104 false true)))
 (let (($x84 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x1671 (ite $x84 false true)))
 (let (($x64 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x1668 (ite $x64 false true)))
 (let (($x44 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x1665 (ite $x44 false true)))
 (let (($x1677 (or (and $x1665 (<= spinal_adult_l0_screening_0_h spinal_adult_l0_step_0_h)) (and $x1668 (<= spinal_adult_l0_screening_1_h spinal_adult_l0_step_0_h)) (and $x1671 (<= spinal_adult_l0_screening_2_h spinal_adult_l0_step_0_h)) (and $x1674 (<= spinal_adult_l0_screening_3_h spinal_adult_l0_step_0_h)))))
 (let (($x1928 (not (or (not $x1677)))))
 (=> holds_ITB-SCR-6 $x1928))))))))))))
(assert
 (let ((?x1700 (* 2.0 spinal_adult_l0_screening_3_dose_ug)))
 (let ((?x1701 (ite (>= 12.0 spinal_adult_l0_screening_3_effect_h) ?x1700 spinal_adult_l0_screening_3_dose_ug)))
 (let (($x104 (= spinal_adult_l0_screening_3_response 0)))
 (let (($x1674 (ite $x104 false true)))
 (let ((?x1694 (* 2.0 spinal_adult_l0_screening_2_dose_ug)))
 (let ((?x1695 (ite (>= 12.0 spinal_adult_l0_screening_2_effect_h) ?x1694 spinal_adult_l0_screening_2_dose_ug)))
 (let (($x84 (= spinal_adult_l0_screening_2_response 0)))
 (let (($x1671 (ite $x84 false true)))
 (let ((?x1688 (* 2.0 spinal_adult_l0_screening_1_dose_ug)))
 (let ((?x1689 (ite (>= 12.0 spinal_adult_l0_screening_1_effect_h) ?x1688 spinal_adult_l0_screening_1_dose_ug)))
 (let (($x64 (= spinal_adult_l0_screening_1_response 0)))
 (let (($x1668 (ite $x64 false true)))
 (let ((?x1682 (* 2.0 spinal_adult_l0_screening_0_dose_ug)))
 (let ((?x1683 (ite (>= 12.0 spinal_adult_l0_screening_0_effect_h) ?x1682 spinal_adult_l0_screening_0_dose_ug)))
 (let (($x44 (= spinal_adult_l0_screening_0_response 0)))
 (let (($x1665 (ite $x44 false true)))
 (let (($x1705 (or (and $x1665 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x1683))) (and $x1668 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x1689))) (and $x1671 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x1695))) (and $x1674 (not (<= spinal_adult_l0_step_0_daily_dose_ug ?x1701))))))
 (let (($x1929 (not $x1705)))
 (=> holds_ITB-INIT-1 $x1929))))))))))))))))))))
(assert
 (let (($x1718 (not (<= 24.0 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_0_h)))))
 (let (($x1715 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x1713 (not (<= 24.0 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_0_h)))))
 (let (($x1710 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x1708 (not (<= 24.0 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))))
 (let (($x1706 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x1930 (not (or (and $x1706 $x1708) (and $x1710 $x1713) (and $x1715 $x1718)))))
 (=> holds_ITB-INIT-2 $x1930)))))))))
(assert
 (let ((?x1727 (+ 1.0 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x1737 (<= spinal_adult_l0_step_3_daily_dose_ug (* ?x1727 spinal_adult_l0_step_2_daily_dose_ug))))
 (let (($x1715 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x1733 (<= spinal_adult_l0_step_2_daily_dose_ug (* ?x1727 spinal_adult_l0_step_1_daily_dose_ug))))
 (let (($x1710 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x1729 (<= spinal_adult_l0_step_1_daily_dose_ug (* ?x1727 spinal_adult_l0_step_0_daily_dose_ug))))
 (let (($x1706 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x1740 (or (and $x1706 (not $x1729)) (and $x1710 (not $x1733)) (and $x1715 (not $x1737)))))
 (let (($x1931 (not $x1740)))
 (=> holds_ITB-TITR-1 $x1931)))))))))))
(assert
 (let ((?x1745 (ite spinal_adult_l0_programmable 24.0 48.0)))
 (let (($x1715 (> spinal_adult_l0_step_3_daily_dose_ug spinal_adult_l0_step_2_daily_dose_ug)))
 (let (($x1794 (and $x1715 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) $x1715) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_3_h) ?x1745)))))
 (let (($x1710 (> spinal_adult_l0_step_2_daily_dose_ug spinal_adult_l0_step_1_daily_dose_ug)))
 (let (($x1788 (and $x1715 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) $x1710) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) ?x1745)))))
 (let (($x1706 (> spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
 (let (($x1783 (and $x1715 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) $x1706) (not (>= (- spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) ?x1745)))))
 (let (($x1777 (and $x1710 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h) $x1715) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_3_h) ?x1745)))))
 (let (($x1771 (and $x1710 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) $x1710) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_2_h) ?x1745)))))
 (let (($x1765 (and $x1710 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) $x1706) (not (>= (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) ?x1745)))))
 (let (($x1760 (and $x1706 (and (< spinal_adult_l0_step_3_h spinal_adult_l0_step_1_h) $x1715) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_3_h) ?x1745)))))
 (let (($x1754 (and $x1706 (and (< spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h) $x1710) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_2_h) ?x1745)))))
 (let (($x1748 (and $x1706 (and (< spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) $x1706) (not (>= (- spinal_adult_l0_step_1_h spinal_adult_l0_step_1_h) ?x1745)))))
 (let (($x1932 (not (or $x1748 $x1754 $x1760 $x1765 $x1771 $x1777 $x1783 $x1788 $x1794))))
 (=> holds_ITB-TITR-2 $x1932))))))))))))))))
(assert
 (let ((?x1904 (ite (<= spinal_adult_l0_step_1_h w_0) spinal_adult_l0_step_1_daily_dose_ug spinal_adult_l0_step_0_daily_dose_ug)))
(let ((?x1905 (ite (<= spinal_adult_l0_step_2_h w_0) spinal_adult_l0_step_2_daily_dose_ug ?x1904)))
(let ((?x1906 (ite (<= spinal_adult_l0_step_3_h w_0) spinal_adult_l0_step_3_daily_dose_ug ?x1905)))
(let (($x1897 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_1_h) (< spinal_adult_l0_bolus_1_h w_0))))
(let (($x1892 (and (<= (- w_0 24.0) spinal_adult_l0_bolus_0_h) (< spinal_adult_l0_bolus_0_h w_0))))
(let ((?x1899 (+ (+ 0.0 (ite $x1892 spinal_adult_l0_bolus_0_dose_ug 0.0)) (ite $x1897 spinal_adult_l0_bolus_1_dose_ug 0.0))))
(let ((?x1431 (- spinal_adult_l0_end_h spinal_adult_l0_step_3_h)))
(let ((?x240 (/ spinal_adult_l0_step_3_daily_dose_ug 24.0)))
(let ((?x1428 (- spinal_adult_l0_step_3_h spinal_adult_l0_step_2_h)))
(let ((?x238 (/ spinal_adult_l0_step_2_daily_dose_ug 24.0)))
(let ((?x1425 (- spinal_adult_l0_step_2_h spinal_adult_l0_step_1_h)))
(let ((?x236 (/ spinal_adult_l0_step_1_daily_dose_ug 24.0)))
(let ((?x1422 (- spinal_adult_l0_step_1_h spinal_adult_l0_step_0_h)))
(let ((?x234 (/ spinal_adult_l0_step_0_daily_dose_ug 24.0)))
(let ((?x1802 (+ 0.0 (* ?x234 ?x1422))))
(let ((?x1805 (+ ?x1802 (* ?x236 ?x1425))))
(let ((?x1807 (+ ?x1805 (* ?x238 ?x1428))))
(let ((?x1809 (+ ?x1807 (* ?x240 ?x1431))))
(let ((?x1871 (ite (<= (- w_0 24.0) spinal_adult_l0_end_h) (+ ?x1807 (* ?x240 (- (- w_0 24.0) spinal_adult_l0_step_3_h))) ?x1809)))
(let ((?x1876 (ite (<= (- w_0 24.0) spinal_adult_l0_step_3_h) (+ ?x1805 (* ?x238 (- (- w_0 24.0) spinal_adult_l0_step_2_h))) ?x1871)))
(let ((?x1881 (ite (<= (- w_0 24.0) spinal_adult_l0_step_2_h) (+ ?x1802 (* ?x236 (- (- w_0 24.0) spinal_adult_l0_step_1_h))) ?x1876)))
(let ((?x1886 (ite (<= (- w_0 24.0) spinal_adult_l0_step_1_h) (+ 0.0 (* ?x234 (- (- w_0 24.0) spinal_adult_l0_step_0_h))) ?x1881)))
(let ((?x1835 (ite (<= w_0 spinal_adult_l0_end_h) (+ ?x1807 (* ?x240 (- w_0 spinal_adult_l0_step_3_h))) ?x1809)))
(let ((?x1840 (ite (<= w_0 spinal_adult_l0_step_3_h) (+ ?x1805 (* ?x238 (- w_0 spinal_adult_l0_step_2_h))) ?x1835)))
(let ((?x1845 (ite (<= w_0 spinal_adult_l0_step_2_h) (+ ?x1802 (* ?x236 (- w_0 spinal_adult_l0_step_1_h))) ?x1840)))
(let ((?x1850 (ite (<= w_0 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x234 (- w_0 spinal_adult_l0_step_0_h))) ?x1845)))
(let ((?x1852 (ite (<= w_0 spinal_adult_l0_step_0_h) 0.0 ?x1850)))
(let ((?x1889 (- ?x1852 (ite (<= (- w_0 24.0) spinal_adult_l0_step_0_h) 0.0 ?x1886))))
(let ((?x1908 (ite (>= (- w_0 24.0) spinal_adult_l0_step_0_h) (+ ?x1889 ?x1899) (* 1.0 ?x1906))))
(let ((?x1727 (+ 1.0 (ite (<= 18.0 spinal_adult_l0_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let (($x1861 (and (<= w_0 spinal_adult_l0_bolus_1_h) (< spinal_adult_l0_bolus_1_h (+ w_0 24.0)))))
(let (($x1856 (and (<= w_0 spinal_adult_l0_bolus_0_h) (< spinal_adult_l0_bolus_0_h (+ w_0 24.0)))))
(let ((?x1863 (+ (+ 0.0 (ite $x1856 spinal_adult_l0_bolus_0_dose_ug 0.0)) (ite $x1861 spinal_adult_l0_bolus_1_dose_ug 0.0))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x1801 (<= ?x1800 spinal_adult_l0_end_h)))
(let ((?x1818 (ite (<= ?x1800 spinal_adult_l0_step_3_h) (+ ?x1805 (* ?x238 (- ?x1800 spinal_adult_l0_step_2_h))) (ite $x1801 (+ ?x1807 (* ?x240 (- ?x1800 spinal_adult_l0_step_3_h))) ?x1809))))
(let ((?x1823 (ite (<= ?x1800 spinal_adult_l0_step_2_h) (+ ?x1802 (* ?x236 (- ?x1800 spinal_adult_l0_step_1_h))) ?x1818)))
(let ((?x1828 (ite (<= ?x1800 spinal_adult_l0_step_1_h) (+ 0.0 (* ?x234 (- ?x1800 spinal_adult_l0_step_0_h))) ?x1823)))
(let ((?x1864 (+ (- (ite (<= ?x1800 spinal_adult_l0_step_0_h) 0.0 ?x1828) ?x1852) ?x1863)))
(let (($x1912 (and (<= spinal_adult_l0_step_0_h w_0) $x1801 (not (<= ?x1864 (* ?x1727 ?x1908))))))
(let (($x1933 (not (or $x1912))))
(=> holds_ITB-TITR-3 $x1933)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
