; itbverify 0.1.0: rule-set consistency, adult, spinal origin; history, 3 steps, 1 bolus, 1 refill
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_adult_l6_age_years () Real)
(declare-fun spinal_adult_l6_months_since_injury () Real)
(declare-fun spinal_adult_l6_reservoir_ml () Real)
(declare-fun spinal_adult_l6_alarm_ml () Real)
(declare-fun spinal_adult_l6_concentration_ug_ml () Real)
(declare-fun spinal_adult_l6_since_h () Real)
(declare-fun spinal_adult_l6_last_increase_h () Real)
(declare-fun spinal_adult_l6_history_daily_dose_ug () Real)
(declare-fun spinal_adult_l6_first_daily_dose_ug () Real)
(declare-fun spinal_adult_l6_history_volume_ml () Real)
(declare-fun spinal_adult_l6_history_filled_at_h () Real)
(declare-fun spinal_adult_l6_step_0_phase () Int)
(declare-fun spinal_adult_l6_step_0_h () Real)
(declare-fun spinal_adult_l6_step_0_daily_dose_ug () Real)
(declare-fun spinal_adult_l6_step_0_rate_ml_day () Real)
(declare-fun spinal_adult_l6_step_1_h () Real)
(declare-fun spinal_adult_l6_step_1_daily_dose_ug () Real)
(declare-fun spinal_adult_l6_step_1_rate_ml_day () Real)
(declare-fun spinal_adult_l6_step_2_phase () Int)
(declare-fun spinal_adult_l6_step_2_h () Real)
(declare-fun spinal_adult_l6_step_2_daily_dose_ug () Real)
(declare-fun spinal_adult_l6_step_2_rate_ml_day () Real)
(declare-fun spinal_adult_l6_end_h () Real)
(declare-fun spinal_adult_l6_refill_0_h () Real)
(declare-fun spinal_adult_l6_refill_0_volume_ml () Real)
(declare-fun spinal_adult_l6_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l6_refill_0_diluent () Int)
(declare-fun spinal_adult_l6_bolus_0_h () Real)
(declare-fun spinal_adult_l6_bolus_0_dose_ug () Real)
(declare-fun spinal_adult_l6_bolus_0_via () Int)
(declare-fun spinal_adult_l6_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_adult_l6_bolus_0_emergency () Bool)
(declare-fun holds_ITB-PUMP-6 () Bool)
(declare-fun holds_ITB-ROUTE-1 () Bool)
(declare-fun holds_ITB-CONC-1 () Bool)
(declare-fun spinal_adult_l6_screened_positive () Bool)
(declare-fun holds_ITB-SCR-6 () Bool)
(declare-fun holds_ITB-TITR-1 () Bool)
(declare-fun spinal_adult_l6_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_adult_l6_age_years 0.0))
(assert
 (<= spinal_adult_l6_age_years 120.0))
(assert
 (>= spinal_adult_l6_age_years 18.0))
(assert
 (>= spinal_adult_l6_months_since_injury 0.0))
(assert
 (<= spinal_adult_l6_months_since_injury 100000.0))
(assert
 (>= spinal_adult_l6_reservoir_ml 0.0))
(assert
 (<= spinal_adult_l6_reservoir_ml 100000.0))
(assert
 (>= spinal_adult_l6_alarm_ml 0.0))
(assert
 (<= spinal_adult_l6_alarm_ml 100000.0))
(assert
 (>= spinal_adult_l6_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l6_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l6_since_h (- 100000.0)))
(assert
 (<= spinal_adult_l6_since_h 0.0))
(assert
 (>= spinal_adult_l6_last_increase_h (- 100000.0)))
(assert
 (<= spinal_adult_l6_last_increase_h 0.0))
(assert
 (>= spinal_adult_l6_since_h spinal_adult_l6_last_increase_h))
(assert
 (>= spinal_adult_l6_history_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l6_history_daily_dose_ug 100000.0))
(assert
 (> spinal_adult_l6_history_daily_dose_ug 0.0))
(assert
 (>= spinal_adult_l6_first_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l6_first_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l6_history_volume_ml 0.0))
(assert
 (<= spinal_adult_l6_history_volume_ml 100000.0))
(assert
 (>= spinal_adult_l6_history_filled_at_h (- 100000.0)))
(assert
 (<= spinal_adult_l6_history_filled_at_h 0.0))
(assert
 (>= spinal_adult_l6_step_0_phase 0))
(assert
 (< spinal_adult_l6_step_0_phase 2))
(assert
 (<= spinal_adult_l6_step_0_h 100000.0))
(assert
 (> spinal_adult_l6_step_0_h spinal_adult_l6_since_h))
(assert
 (>= spinal_adult_l6_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l6_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l6_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l6_step_0_rate_ml_day 100000.0))
(assert
 (<= spinal_adult_l6_step_1_h 100000.0))
(assert
 (> spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h))
(assert
 (>= spinal_adult_l6_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l6_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l6_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l6_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l6_step_2_phase 0))
(assert
 (< spinal_adult_l6_step_2_phase 2))
(assert
 (<= spinal_adult_l6_step_2_h 100000.0))
(assert
 (> spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h))
(assert
 (>= spinal_adult_l6_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l6_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l6_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l6_step_2_rate_ml_day 100000.0))
(assert
 (<= spinal_adult_l6_end_h 100000.0))
(assert
 (>= spinal_adult_l6_end_h spinal_adult_l6_step_2_h))
(assert
 (<= spinal_adult_l6_refill_0_h 100000.0))
(assert
 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_end_h))
(assert
 (>= spinal_adult_l6_refill_0_h 0.0))
(assert
 (>= spinal_adult_l6_refill_0_volume_ml 0.0))
(assert
 (<= spinal_adult_l6_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_adult_l6_refill_0_volume_ml spinal_adult_l6_reservoir_ml))
(assert
 (>= spinal_adult_l6_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l6_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l6_refill_0_diluent 0))
(assert
 (< spinal_adult_l6_refill_0_diluent 3))
(assert
 (<= spinal_adult_l6_bolus_0_h 100000.0))
(assert
 (>= spinal_adult_l6_bolus_0_h spinal_adult_l6_since_h))
(assert
 (<= spinal_adult_l6_bolus_0_h spinal_adult_l6_end_h))
(assert
 (>= spinal_adult_l6_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l6_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l6_bolus_0_via 0))
(assert
 (< spinal_adult_l6_bolus_0_via 2))
(assert
 (>= spinal_adult_l6_route 0))
(assert
 (< spinal_adult_l6_route 2))
(assert
 (let ((?x9881 (* (/ 4.0 5.0) spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x1262 (= spinal_adult_l6_step_2_phase 0)))
 (let (($x9914 (ite $x1262 true false)))
 (let (($x10004 (< spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x9865 (and (and $x10004 $x9914) (not (>= spinal_adult_l6_step_2_daily_dose_ug ?x9881)))))
 (let ((?x9028 (* (/ 4.0 5.0) spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x9907 (< spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let ((?x9735 (* (/ 4.0 5.0) spinal_adult_l6_history_daily_dose_ug)))
 (let (($x9969 (< spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x10013 (or (and $x9969 (not (>= spinal_adult_l6_step_0_daily_dose_ug ?x9735))) (and $x9907 (not (>= spinal_adult_l6_step_1_daily_dose_ug ?x9028))) $x9865)))
 (let (($x9972 (not $x10013)))
 (=> holds_ITB-STOP-1 $x9972)))))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x10114 (not (or (not (<= 4.0 spinal_adult_l6_age_years))))))
 (=> holds_ITB-PAT-1 $x10114)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x10005 (* spinal_adult_l6_step_2_rate_ml_day spinal_adult_l6_concentration_ug_ml)))
 (let ((?x9993 (- ?x10005 spinal_adult_l6_step_2_daily_dose_ug)))
 (let (($x9768 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l6_step_2_daily_dose_ug) ?x9993) (<= ?x9993 (* (/ 1.0 100.0) spinal_adult_l6_step_2_daily_dose_ug)))))
 (let ((?x9705 (* spinal_adult_l6_step_1_rate_ml_day spinal_adult_l6_concentration_ug_ml)))
 (let ((?x9858 (- ?x9705 spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x9939 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l6_step_1_daily_dose_ug) ?x9858) (<= ?x9858 (* (/ 1.0 100.0) spinal_adult_l6_step_1_daily_dose_ug)))))
 (let ((?x9205 (* spinal_adult_l6_step_0_rate_ml_day spinal_adult_l6_concentration_ug_ml)))
 (let ((?x9883 (- ?x9205 spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x9802 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l6_step_0_daily_dose_ug) ?x9883) (<= ?x9883 (* (/ 1.0 100.0) spinal_adult_l6_step_0_daily_dose_ug)))))
 (let (($x9303 (= spinal_adult_l6_concentration_ug_ml spinal_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x9118 (not $x9303)))
 (let (($x9850 (= spinal_adult_l6_concentration_ug_ml spinal_adult_l6_concentration_ug_ml)))
 (let (($x9851 (ite true $x9850 false)))
 (let (($x1318 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))
 (let (($x10044 (and (ite $x1318 true (ite true true false)) (not (ite $x1318 $x9303 $x9851)))))
 (let (($x1317 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))
 (let (($x9795 (and (ite $x1317 true (ite true true false)) (not (ite $x1317 $x9303 $x9851)))))
 (let (($x1316 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))
 (let (($x9921 (and (ite $x1316 true (ite true true false)) (not (ite $x1316 $x9303 $x9851)))))
 (let (($x9952 (not (ite (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h) $x9303 $x9851))))
 (let (($x7460 (ite true true false)))
 (let (($x1315 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))
 (let (($x9951 (or (and (ite $x1315 true $x7460) $x9952) $x9921 $x9795 $x10044 (not $x9850) $x9118 (not $x9802) (not $x9939) (not $x9768))))
 (let (($x10115 (not $x9951)))
 (=> holds_ITB-PUMP-3 $x10115))))))))))))))))))))))))))
(assert
 (let ((?x10025 (- spinal_adult_l6_end_h spinal_adult_l6_step_2_h)))
 (let ((?x1325 (/ spinal_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x1326 (/ ?x1325 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x8438 (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h)))
 (let ((?x1323 (/ spinal_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x1324 (/ ?x1323 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x9882 (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h)))
 (let ((?x1321 (/ spinal_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x1322 (/ ?x1321 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x9937 (- spinal_adult_l6_step_0_h spinal_adult_l6_since_h)))
 (let ((?x1319 (/ spinal_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x1320 (/ ?x1319 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x9435 (+ 0.0 (* ?x1320 ?x9937))))
 (let ((?x9981 (+ ?x9435 (* ?x1322 ?x9882))))
 (let ((?x9861 (+ ?x9981 (* ?x1324 ?x8438))))
 (let ((?x9154 (+ ?x9861 (* ?x1326 ?x10025))))
 (let ((?x10037 (+ ?x9861 (* ?x1326 (- spinal_adult_l6_since_h spinal_adult_l6_step_2_h)))))
 (let ((?x9867 (+ ?x9981 (* ?x1324 (- spinal_adult_l6_since_h spinal_adult_l6_step_1_h)))))
 (let ((?x10046 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_step_2_h) ?x9867 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_end_h) ?x10037 ?x9154))))
 (let ((?x9985 (+ ?x9435 (* ?x1322 (- spinal_adult_l6_since_h spinal_adult_l6_step_0_h)))))
 (let ((?x10041 (+ 0.0 (* ?x1320 (- spinal_adult_l6_since_h spinal_adult_l6_since_h)))))
 (let ((?x9962 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_step_0_h) ?x10041 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_step_1_h) ?x9985 ?x10046))))
 (let (($x9909 (<= t_0 spinal_adult_l6_end_h)))
 (let ((?x9312 (ite (<= t_0 spinal_adult_l6_step_2_h) (+ ?x9981 (* ?x1324 (- t_0 spinal_adult_l6_step_1_h))) (ite $x9909 (+ ?x9861 (* ?x1326 (- t_0 spinal_adult_l6_step_2_h))) ?x9154))))
 (let ((?x9045 (ite (<= t_0 spinal_adult_l6_step_1_h) (+ ?x9435 (* ?x1322 (- t_0 spinal_adult_l6_step_0_h))) ?x9312)))
 (let ((?x9073 (ite (<= t_0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x1320 (- t_0 spinal_adult_l6_since_h))) ?x9045)))
 (let ((?x9796 (ite (<= t_0 spinal_adult_l6_since_h) 0.0 ?x9073)))
 (let ((?x9958 (- ?x9796 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_since_h) 0.0 ?x9962))))
 (let ((?x9885 (ite (<= 0.0 spinal_adult_l6_end_h) (+ ?x9861 (* ?x1326 (- 0.0 spinal_adult_l6_step_2_h))) ?x9154)))
 (let ((?x9932 (ite (<= 0.0 spinal_adult_l6_step_2_h) (+ ?x9981 (* ?x1324 (- 0.0 spinal_adult_l6_step_1_h))) ?x9885)))
 (let ((?x9996 (ite (<= 0.0 spinal_adult_l6_step_1_h) (+ ?x9435 (* ?x1322 (- 0.0 spinal_adult_l6_step_0_h))) ?x9932)))
 (let ((?x10008 (ite (<= 0.0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x1320 (- 0.0 spinal_adult_l6_since_h))) ?x9996)))
 (let (($x9915 (<= 0.0 spinal_adult_l6_since_h)))
 (let ((?x9833 (- spinal_adult_l6_history_volume_ml (+ (- ?x9796 (ite $x9915 0.0 ?x10008)) 0.0))))
 (let (($x6813 (< 0.0 t_0)))
 (let ((?x8260 (+ ?x9861 (* ?x1326 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))))
 (let (($x1277 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_end_h)))
 (let ((?x9890 (+ ?x9981 (* ?x1324 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))))
 (let (($x1318 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))
 (let ((?x9105 (+ ?x9435 (* ?x1322 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))))
 (let (($x1317 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))
 (let ((?x9944 (+ 0.0 (* ?x1320 (- spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))))
 (let (($x1316 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))
 (let (($x1315 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))
 (let ((?x10007 (ite $x1315 0.0 (ite $x1316 ?x9944 (ite $x1317 ?x9105 (ite $x1318 ?x9890 (ite $x1277 ?x8260 ?x9154)))))))
 (let ((?x9869 (ite (< spinal_adult_l6_refill_0_h t_0) (- spinal_adult_l6_refill_0_volume_ml (+ (- ?x9796 ?x10007) 0.0)) (ite $x6813 ?x9833 (- 0.0 (+ ?x9958 0.0))))))
 (let (($x9645 (and (< (ite $x9915 spinal_adult_l6_since_h 0.0) t_0) $x9909 (not (> ?x9869 spinal_adult_l6_alarm_ml)))))
 (let (($x10116 (not (or $x9645))))
 (=> holds_ITB-PUMP-4 $x10116))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x9647 (>= 1848.0 (- spinal_adult_l6_refill_0_h spinal_adult_l6_history_filled_at_h))))
 (let (($x9875 (or (not $x9647) (not (>= 1848.0 (- spinal_adult_l6_end_h spinal_adult_l6_refill_0_h))))))
 (let (($x10117 (not $x9875)))
 (=> holds_ITB-PUMP-5 $x10117)))))
(assert
 (let (($x9926 (and (ite (= spinal_adult_l6_bolus_0_via 0) false true) (not spinal_adult_l6_bolus_0_emergency))))
 (let (($x10118 (not (or $x9926))))
 (=> holds_ITB-PUMP-6 $x10118))))
(assert
 (let (($x10119 (not (or (not (ite (= spinal_adult_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x10119)))
(assert
 (let (($x9902 (and (< 0.0 spinal_adult_l6_concentration_ug_ml) (>= 2000.0 spinal_adult_l6_concentration_ug_ml))))
 (let (($x9870 (not $x9902)))
 (let (($x9808 (and (< 0.0 spinal_adult_l6_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x9158 (or (= 50.0 spinal_adult_l6_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l6_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x1289 (= spinal_adult_l6_refill_0_diluent 0)))
 (let (($x9920 (ite $x1289 true (ite (= spinal_adult_l6_refill_0_diluent 1) false false))))
 (let (($x9832 (ite $x1289 false (ite (= spinal_adult_l6_refill_0_diluent 1) true false))))
 (let (($x10026 (or (not (or $x9920 $x9832)) (and $x9920 (not $x9158)) $x9870 (not $x9808) $x9870 $x9870 $x9870 $x9870)))
 (let (($x10120 (not $x10026)))
 (=> holds_ITB-CONC-1 $x10120)))))))))))
(assert
 (let (($x10121 (not (or (not spinal_adult_l6_screened_positive)))))
 (=> holds_ITB-SCR-6 $x10121)))
(assert
 (let (($x9819 (<= spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x9794 (and (ite (= spinal_adult_l6_step_2_phase 0) false true) (not $x9819))))
 (let ((?x9823 (+ 1.0 (ite (<= 18.0 spinal_adult_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x9817 (<= spinal_adult_l6_step_2_daily_dose_ug (* ?x9823 spinal_adult_l6_step_1_daily_dose_ug))))
 (let (($x1262 (= spinal_adult_l6_step_2_phase 0)))
 (let (($x9914 (ite $x1262 true false)))
 (let (($x9807 (> spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x9855 (<= spinal_adult_l6_step_1_daily_dose_ug (* ?x9823 spinal_adult_l6_step_0_daily_dose_ug))))
 (let (($x9197 (> spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x8823 (<= spinal_adult_l6_step_0_daily_dose_ug (* ?x9823 spinal_adult_l6_history_daily_dose_ug))))
 (let (($x9662 (> spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x9764 (or (and $x9662 (not $x8823)) (and $x9197 (not $x9855)) (and (and $x9807 $x9914) (not $x9817)) $x9794)))
 (let (($x10122 (not $x9764)))
 (=> holds_ITB-TITR-1 $x10122)))))))))))))))
(assert
 (let ((?x10036 (ite spinal_adult_l6_programmable 24.0 48.0)))
 (let (($x9800 (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_last_increase_h) ?x10036))))
 (let (($x9807 (> spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x10028 (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_last_increase_h) ?x10036))))
 (let (($x9197 (> spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x9971 (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_last_increase_h) ?x10036))))
 (let (($x9662 (> spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x9886 (and $x9807 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_2_h) $x9807) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_2_h) ?x10036)))))
 (let (($x8923 (and $x9807 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_2_h) $x9197) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h) ?x10036)))))
 (let (($x9712 (and $x9807 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_2_h) $x9662) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_0_h) ?x10036)))))
 (let (($x9961 (and $x9197 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h) $x9807) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_2_h) ?x10036)))))
 (let (($x9742 (and $x9197 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_1_h) $x9197) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_1_h) ?x10036)))))
 (let (($x8207 (and $x9197 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_1_h) $x9662) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h) ?x10036)))))
 (let (($x9938 (and $x9662 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_0_h) $x9807) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_2_h) ?x10036)))))
 (let (($x10057 (and $x9662 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h) $x9197) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_1_h) ?x10036)))))
 (let (($x9980 (and $x9662 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_0_h) $x9662) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_0_h) ?x10036)))))
 (let (($x8814 (or $x9980 $x10057 $x9938 $x8207 $x9742 $x9961 $x9712 $x8923 $x9886 (and $x9662 $x9971) (and $x9197 $x10028) (and $x9807 $x9800))))
 (let (($x10123 (not $x8814)))
 (=> holds_ITB-TITR-2 $x10123))))))))))))))))))))
(assert
 (let ((?x10105 (ite (<= spinal_adult_l6_step_0_h w_0) spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
(let ((?x10106 (ite (<= spinal_adult_l6_step_1_h w_0) spinal_adult_l6_step_1_daily_dose_ug ?x10105)))
(let ((?x10107 (ite (<= spinal_adult_l6_step_2_h w_0) spinal_adult_l6_step_2_daily_dose_ug ?x10106)))
(let (($x10098 (and (<= (- w_0 24.0) spinal_adult_l6_bolus_0_h) (< spinal_adult_l6_bolus_0_h w_0))))
(let ((?x10025 (- spinal_adult_l6_end_h spinal_adult_l6_step_2_h)))
(let ((?x1325 (/ spinal_adult_l6_step_2_daily_dose_ug 24.0)))
(let ((?x8438 (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h)))
(let ((?x1323 (/ spinal_adult_l6_step_1_daily_dose_ug 24.0)))
(let ((?x9882 (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h)))
(let ((?x1321 (/ spinal_adult_l6_step_0_daily_dose_ug 24.0)))
(let ((?x9937 (- spinal_adult_l6_step_0_h spinal_adult_l6_since_h)))
(let ((?x1319 (/ spinal_adult_l6_history_daily_dose_ug 24.0)))
(let ((?x9983 (+ 0.0 (* ?x1319 ?x9937))))
(let ((?x9943 (+ ?x9983 (* ?x1321 ?x9882))))
(let ((?x9968 (+ ?x9943 (* ?x1323 ?x8438))))
(let ((?x9601 (+ ?x9968 (* ?x1325 ?x10025))))
(let ((?x10077 (ite (<= (- w_0 24.0) spinal_adult_l6_end_h) (+ ?x9968 (* ?x1325 (- (- w_0 24.0) spinal_adult_l6_step_2_h))) ?x9601)))
(let ((?x10082 (ite (<= (- w_0 24.0) spinal_adult_l6_step_2_h) (+ ?x9943 (* ?x1323 (- (- w_0 24.0) spinal_adult_l6_step_1_h))) ?x10077)))
(let ((?x10087 (ite (<= (- w_0 24.0) spinal_adult_l6_step_1_h) (+ ?x9983 (* ?x1321 (- (- w_0 24.0) spinal_adult_l6_step_0_h))) ?x10082)))
(let ((?x10092 (ite (<= (- w_0 24.0) spinal_adult_l6_step_0_h) (+ 0.0 (* ?x1319 (- (- w_0 24.0) spinal_adult_l6_since_h))) ?x10087)))
(let ((?x9343 (ite (<= w_0 spinal_adult_l6_end_h) (+ ?x9968 (* ?x1325 (- w_0 spinal_adult_l6_step_2_h))) ?x9601)))
(let ((?x10039 (ite (<= w_0 spinal_adult_l6_step_2_h) (+ ?x9943 (* ?x1323 (- w_0 spinal_adult_l6_step_1_h))) ?x9343)))
(let ((?x9744 (ite (<= w_0 spinal_adult_l6_step_1_h) (+ ?x9983 (* ?x1321 (- w_0 spinal_adult_l6_step_0_h))) ?x10039)))
(let ((?x10062 (ite (<= w_0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x1319 (- w_0 spinal_adult_l6_since_h))) ?x9744)))
(let ((?x10064 (ite (<= w_0 spinal_adult_l6_since_h) 0.0 ?x10062)))
(let ((?x10095 (- ?x10064 (ite (<= (- w_0 24.0) spinal_adult_l6_since_h) 0.0 ?x10092))))
(let ((?x10109 (ite (>= (- w_0 24.0) spinal_adult_l6_since_h) (+ ?x10095 (+ 0.0 (ite $x10098 spinal_adult_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x10107))))
(let ((?x9823 (+ 1.0 (ite (<= 18.0 spinal_adult_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let (($x10068 (and (<= w_0 spinal_adult_l6_bolus_0_h) (< spinal_adult_l6_bolus_0_h (+ w_0 24.0)))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x9895 (<= ?x1800 spinal_adult_l6_end_h)))
(let ((?x9888 (ite (<= ?x1800 spinal_adult_l6_step_2_h) (+ ?x9943 (* ?x1323 (- ?x1800 spinal_adult_l6_step_1_h))) (ite $x9895 (+ ?x9968 (* ?x1325 (- ?x1800 spinal_adult_l6_step_2_h))) ?x9601))))
(let ((?x9987 (ite (<= ?x1800 spinal_adult_l6_step_1_h) (+ ?x9983 (* ?x1321 (- ?x1800 spinal_adult_l6_step_0_h))) ?x9888)))
(let ((?x9846 (ite (<= ?x1800 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x1319 (- ?x1800 spinal_adult_l6_since_h))) ?x9987)))
(let ((?x10071 (+ (- (ite (<= ?x1800 spinal_adult_l6_since_h) 0.0 ?x9846) ?x10064) (+ 0.0 (ite $x10068 spinal_adult_l6_bolus_0_dose_ug 0.0)))))
(let (($x10113 (and (<= spinal_adult_l6_since_h w_0) $x9895 (not (<= ?x10071 (* ?x9823 ?x10109))))))
(let (($x10124 (not (or $x10113))))
(=> holds_ITB-TITR-3 $x10124)))))))))))))))))))))))))))))))))))))))
(check-sat)
