; itbverify 0.1.0: rule-set consistency, adult, cerebral origin; 2 screening doses, 3 steps, the last flex
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_adult_l5_age_years () Real)
(declare-fun cerebral_adult_l5_months_since_injury () Real)
(declare-fun cerebral_adult_l5_reservoir_ml () Real)
(declare-fun cerebral_adult_l5_alarm_ml () Real)
(declare-fun cerebral_adult_l5_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l5_screening_0_h () Real)
(declare-fun cerebral_adult_l5_screening_0_dose_ug () Real)
(declare-fun cerebral_adult_l5_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l5_screening_0_duration_min () Real)
(declare-fun cerebral_adult_l5_screening_0_response () Int)
(declare-fun cerebral_adult_l5_screening_0_effect_h () Real)
(declare-fun cerebral_adult_l5_screening_1_h () Real)
(declare-fun cerebral_adult_l5_screening_1_dose_ug () Real)
(declare-fun cerebral_adult_l5_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l5_screening_1_duration_min () Real)
(declare-fun cerebral_adult_l5_screening_1_response () Int)
(declare-fun cerebral_adult_l5_screening_1_effect_h () Real)
(declare-fun cerebral_adult_l5_step_0_h () Real)
(declare-fun cerebral_adult_l5_step_0_daily_dose_ug () Real)
(declare-fun cerebral_adult_l5_step_0_rate_ml_day () Real)
(declare-fun cerebral_adult_l5_step_1_h () Real)
(declare-fun cerebral_adult_l5_step_1_daily_dose_ug () Real)
(declare-fun cerebral_adult_l5_step_1_rate_ml_day () Real)
(declare-fun cerebral_adult_l5_step_2_phase () Int)
(declare-fun cerebral_adult_l5_step_2_h () Real)
(declare-fun cerebral_adult_l5_step_2_daily_dose_ug () Real)
(declare-fun cerebral_adult_l5_step_2_rate_ml_day () Real)
(declare-fun cerebral_adult_l5_step_2_flex_low_ug_h () Real)
(declare-fun cerebral_adult_l5_step_2_flex_high_ug_h () Real)
(declare-fun cerebral_adult_l5_end_h () Real)
(declare-fun cerebral_adult_l5_refill_0_h () Real)
(declare-fun cerebral_adult_l5_refill_0_volume_ml () Real)
(declare-fun cerebral_adult_l5_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l5_refill_0_diluent () Int)
(declare-fun cerebral_adult_l5_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_adult_l5_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
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
(declare-fun cerebral_adult_l5_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= cerebral_adult_l5_age_years 0.0))
(assert
 (<= cerebral_adult_l5_age_years 120.0))
(assert
 (>= cerebral_adult_l5_age_years 18.0))
(assert
 (>= cerebral_adult_l5_months_since_injury 0.0))
(assert
 (<= cerebral_adult_l5_months_since_injury 100000.0))
(assert
 (>= cerebral_adult_l5_reservoir_ml 0.0))
(assert
 (<= cerebral_adult_l5_reservoir_ml 100000.0))
(assert
 (>= cerebral_adult_l5_alarm_ml 0.0))
(assert
 (<= cerebral_adult_l5_alarm_ml 100000.0))
(assert
 (>= cerebral_adult_l5_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l5_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_h 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_h 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_h 0.0))
(assert
 (>= cerebral_adult_l5_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_duration_min 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_response 0))
(assert
 (< cerebral_adult_l5_screening_0_response 2))
(assert
 (>= cerebral_adult_l5_screening_0_effect_h 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_h 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_h 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_h cerebral_adult_l5_screening_0_h))
(assert
 (>= cerebral_adult_l5_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_duration_min 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_response 0))
(assert
 (< cerebral_adult_l5_screening_1_response 2))
(assert
 (>= cerebral_adult_l5_screening_1_effect_h 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_adult_l5_step_0_h 0.0))
(assert
 (<= cerebral_adult_l5_step_0_h 100000.0))
(assert
 (>= cerebral_adult_l5_step_0_h cerebral_adult_l5_screening_1_h))
(assert
 (>= cerebral_adult_l5_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l5_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l5_step_1_h 0.0))
(assert
 (<= cerebral_adult_l5_step_1_h 100000.0))
(assert
 (> cerebral_adult_l5_step_1_h cerebral_adult_l5_step_0_h))
(assert
 (>= cerebral_adult_l5_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l5_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l5_step_2_phase 0))
(assert
 (< cerebral_adult_l5_step_2_phase 2))
(assert
 (>= cerebral_adult_l5_step_2_h 0.0))
(assert
 (<= cerebral_adult_l5_step_2_h 100000.0))
(assert
 (> cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h))
(assert
 (>= cerebral_adult_l5_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l5_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l5_step_2_flex_low_ug_h 0.0))
(assert
 (<= cerebral_adult_l5_step_2_flex_low_ug_h 100000.0))
(assert
 (>= cerebral_adult_l5_step_2_flex_high_ug_h 0.0))
(assert
 (<= cerebral_adult_l5_step_2_flex_high_ug_h 100000.0))
(assert
 (let ((?x22379 (+ (* 12.0 cerebral_adult_l5_step_2_flex_low_ug_h) (* 12.0 cerebral_adult_l5_step_2_flex_high_ug_h))))
 (= cerebral_adult_l5_step_2_daily_dose_ug ?x22379)))
(assert
 (<= cerebral_adult_l5_end_h 100000.0))
(assert
 (>= cerebral_adult_l5_end_h cerebral_adult_l5_step_2_h))
(assert
 (<= cerebral_adult_l5_refill_0_h 100000.0))
(assert
 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_end_h))
(assert
 (>= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h))
(assert
 (>= cerebral_adult_l5_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_adult_l5_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l5_refill_0_volume_ml cerebral_adult_l5_reservoir_ml))
(assert
 (>= cerebral_adult_l5_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l5_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l5_refill_0_diluent 0))
(assert
 (< cerebral_adult_l5_refill_0_diluent 3))
(assert
 (= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h))
(assert
 (>= cerebral_adult_l5_route 0))
(assert
 (< cerebral_adult_l5_route 2))
(assert
 (let ((?x29256 (* (/ 4.0 5.0) cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x29094 (< cerebral_adult_l5_step_2_daily_dose_ug cerebral_adult_l5_step_1_daily_dose_ug)))
 (let ((?x29178 (* (/ 4.0 5.0) cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x29268 (< cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x29274 (or (and $x29268 (not (>= cerebral_adult_l5_step_1_daily_dose_ug ?x29178))) (and $x29094 (not (>= cerebral_adult_l5_step_2_daily_dose_ug ?x29256))))))
 (let (($x29973 (not $x29274)))
 (=> holds_ITB-STOP-1 $x29973))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x30056 (not (or (not (<= 4.0 cerebral_adult_l5_age_years))))))
 (=> holds_ITB-PAT-1 $x30056)))
(assert
 (let (($x30057 (not (or (not (<= 12.0 cerebral_adult_l5_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x30057)))
(assert
 (let (($x30058 (not (or cerebral_adult_l5_infection))))
 (=> holds_ITB-PAT-4 $x30058)))
(assert
 (let (($x29122 (or (not (ite (= cerebral_adult_l5_step_2_phase 0) false true)))))
 (let (($x30059 (not $x29122)))
 (=> holds_ITB-PUMP-1 $x30059))))
(assert
 (let (($x29763 (<= cerebral_adult_l5_step_2_flex_low_ug_h cerebral_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x29661 (ite $x29763 cerebral_adult_l5_step_2_flex_low_ug_h cerebral_adult_l5_step_2_flex_high_ug_h)))
 (let (($x29660 (>= cerebral_adult_l5_step_2_flex_low_ug_h cerebral_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x29552 (ite $x29660 cerebral_adult_l5_step_2_flex_low_ug_h cerebral_adult_l5_step_2_flex_high_ug_h)))
 (let (($x30060 (not (or (not (<= ?x29552 (* (/ 6.0 5.0) ?x29661)))))))
 (=> holds_ITB-PUMP-2 $x30060)))))))
(assert
 (let ((?x29107 (* cerebral_adult_l5_step_2_rate_ml_day cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x29558 (- ?x29107 cerebral_adult_l5_step_2_daily_dose_ug)))
 (let (($x29574 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l5_step_2_daily_dose_ug) ?x29558) (<= ?x29558 (* (/ 1.0 100.0) cerebral_adult_l5_step_2_daily_dose_ug)))))
 (let ((?x28817 (* cerebral_adult_l5_step_1_rate_ml_day cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x29786 (- ?x28817 cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x28847 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l5_step_1_daily_dose_ug) ?x29786) (<= ?x29786 (* (/ 1.0 100.0) cerebral_adult_l5_step_1_daily_dose_ug)))))
 (let ((?x29593 (* cerebral_adult_l5_step_0_rate_ml_day cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x29474 (- ?x29593 cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x29073 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l5_step_0_daily_dose_ug) ?x29474) (<= ?x29474 (* (/ 1.0 100.0) cerebral_adult_l5_step_0_daily_dose_ug)))))
 (let (($x29535 (= cerebral_adult_l5_concentration_ug_ml cerebral_adult_l5_refill_0_concentration_ug_ml)))
 (let (($x29217 (not $x29535)))
 (let (($x22410 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_2_h)))
 (let (($x22409 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_1_h)))
 (let (($x22408 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h)))
 (let (($x29437 (or (and (ite $x22408 true false) (not (ite $x22408 $x29535 false))) (and (ite $x22409 true false) (not (ite $x22409 $x29535 false))) (and (ite $x22410 true false) (not (ite $x22410 $x29535 false))) $x29217 (not $x29073) (not $x28847) (not $x29574))))
 (let (($x30061 (not $x29437)))
 (=> holds_ITB-PUMP-3 $x30061))))))))))))))))))
(assert
 (let ((?x29525 (- cerebral_adult_l5_end_h cerebral_adult_l5_step_2_h)))
 (let ((?x22415 (/ cerebral_adult_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x22416 (/ ?x22415 cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x28844 (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h)))
 (let ((?x22413 (/ cerebral_adult_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x22414 (/ ?x22413 cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x28977 (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_0_h)))
 (let ((?x22411 (/ cerebral_adult_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x22412 (/ ?x22411 cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x28851 (+ 0.0 (* ?x22412 ?x28977))))
 (let ((?x29580 (+ ?x28851 (* ?x22414 ?x28844))))
 (let ((?x29450 (+ ?x29580 (* ?x22416 ?x29525))))
 (let ((?x29381 (+ ?x29580 (* ?x22416 (- cerebral_adult_l5_step_0_h cerebral_adult_l5_step_2_h)))))
 (let ((?x28870 (+ ?x28851 (* ?x22414 (- cerebral_adult_l5_step_0_h cerebral_adult_l5_step_1_h)))))
 (let ((?x29194 (ite (<= cerebral_adult_l5_step_0_h cerebral_adult_l5_step_2_h) ?x28870 (ite (<= cerebral_adult_l5_step_0_h cerebral_adult_l5_end_h) ?x29381 ?x29450))))
 (let ((?x29747 (+ 0.0 (* ?x22412 (- cerebral_adult_l5_step_0_h cerebral_adult_l5_step_0_h)))))
 (let ((?x29746 (ite (<= cerebral_adult_l5_step_0_h cerebral_adult_l5_step_1_h) ?x29747 ?x29194)))
 (let ((?x29634 (ite (<= cerebral_adult_l5_step_0_h cerebral_adult_l5_step_0_h) 0.0 ?x29746)))
 (let (($x29231 (<= t_0 cerebral_adult_l5_end_h)))
 (let ((?x29333 (ite $x29231 (+ ?x29580 (* ?x22416 (- t_0 cerebral_adult_l5_step_2_h))) ?x29450)))
 (let ((?x29766 (ite (<= t_0 cerebral_adult_l5_step_2_h) (+ ?x28851 (* ?x22414 (- t_0 cerebral_adult_l5_step_1_h))) ?x29333)))
 (let ((?x28843 (ite (<= t_0 cerebral_adult_l5_step_1_h) (+ 0.0 (* ?x22412 (- t_0 cerebral_adult_l5_step_0_h))) ?x29766)))
 (let ((?x29179 (ite (<= t_0 cerebral_adult_l5_step_0_h) 0.0 ?x28843)))
 (let ((?x29560 (+ ?x29580 (* ?x22416 (- cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_2_h)))))
 (let (($x22386 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_end_h)))
 (let ((?x29821 (+ ?x28851 (* ?x22414 (- cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_1_h)))))
 (let (($x22410 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_2_h)))
 (let ((?x29825 (+ 0.0 (* ?x22412 (- cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h)))))
 (let (($x22409 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_1_h)))
 (let (($x22408 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h)))
 (let ((?x29828 (- ?x29179 (ite $x22408 0.0 (ite $x22409 ?x29825 (ite $x22410 ?x29821 (ite $x22386 ?x29560 ?x29450)))))))
 (let ((?x29832 (ite (< cerebral_adult_l5_refill_0_h t_0) (- cerebral_adult_l5_refill_0_volume_ml (+ ?x29828 0.0)) (- 0.0 (+ (- ?x29179 ?x29634) 0.0)))))
 (let ((?x29233 (ite (<= 0.0 cerebral_adult_l5_step_0_h) cerebral_adult_l5_step_0_h 0.0)))
 (let (($x29836 (or (and (< ?x29233 t_0) $x29231 (not (> ?x29832 cerebral_adult_l5_alarm_ml))))))
 (let (($x30062 (not $x29836)))
 (=> holds_ITB-PUMP-4 $x30062)))))))))))))))))))))))))))))))))))))
(assert
 (let (($x29839 (not (>= 1848.0 (- cerebral_adult_l5_end_h cerebral_adult_l5_refill_0_h)))))
 (let (($x30063 (not (or $x29839))))
 (=> holds_ITB-PUMP-5 $x30063))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-6 $x1913)))
(assert
 (let (($x30064 (not (or (not (ite (= cerebral_adult_l5_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x30064)))
(assert
 (let (($x29870 (and (< 0.0 cerebral_adult_l5_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l5_screening_1_concentration_ug_ml))))
 (let (($x29866 (and (< 0.0 cerebral_adult_l5_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l5_screening_0_concentration_ug_ml))))
 (let (($x29862 (and (< 0.0 cerebral_adult_l5_concentration_ug_ml) (>= 2000.0 cerebral_adult_l5_concentration_ug_ml))))
 (let (($x29863 (not $x29862)))
 (let (($x29858 (and (< 0.0 cerebral_adult_l5_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x29852 (= 2000.0 cerebral_adult_l5_refill_0_concentration_ug_ml)))
 (let (($x29851 (= 500.0 cerebral_adult_l5_refill_0_concentration_ug_ml)))
 (let (($x29850 (= 50.0 cerebral_adult_l5_refill_0_concentration_ug_ml)))
 (let (($x22398 (= cerebral_adult_l5_refill_0_diluent 0)))
 (let (($x29845 (ite $x22398 true (ite (= cerebral_adult_l5_refill_0_diluent 1) false false))))
 (let (($x29847 (ite $x22398 false (ite (= cerebral_adult_l5_refill_0_diluent 1) true false))))
 (let (($x29872 (or (not (or $x29845 $x29847)) (and $x29845 (not (or $x29850 $x29851 $x29852))) (not $x29858) $x29863 $x29863 $x29863 (not $x29866) (not $x29870))))
 (let (($x30065 (not $x29872)))
 (=> holds_ITB-CONC-1 $x30065)))))))))))))))
(assert
 (let (($x29877 (or (not (= 50.0 cerebral_adult_l5_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l5_screening_1_concentration_ug_ml)))))
 (let (($x30066 (not $x29877)))
 (=> holds_ITB-SCR-1 $x30066))))
(assert
 (let (($x30067 (not (or (not (>= 50.0 cerebral_adult_l5_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x30067)))
(assert
 (let (($x29885 (or (not (<= 1.0 cerebral_adult_l5_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l5_screening_1_duration_min)))))
 (let (($x30068 (not $x29885)))
 (=> holds_ITB-SCR-3 $x30068))))
(assert
 (let (($x29893 (<= 24.0 (- cerebral_adult_l5_screening_1_h cerebral_adult_l5_screening_0_h))))
 (let (($x22313 (= cerebral_adult_l5_screening_0_response 0)))
 (let (($x29886 (ite $x22313 true false)))
 (let (($x29889 (<= cerebral_adult_l5_screening_1_dose_ug (+ cerebral_adult_l5_screening_0_dose_ug 25.0))))
 (let (($x30069 (not (or (not $x29886) (and $x29886 (not $x29889)) (and $x29886 (not $x29893))))))
 (=> holds_ITB-SCR-4 $x30069)))))))
(assert
 (let (($x29901 (or (not (>= 100.0 cerebral_adult_l5_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l5_screening_1_dose_ug)))))
 (let (($x30070 (not $x29901)))
 (=> holds_ITB-SCR-5 $x30070))))
(assert
 (let (($x22333 (= cerebral_adult_l5_screening_1_response 0)))
 (let (($x29905 (ite $x22333 false true)))
 (let (($x29907 (and $x29905 (<= cerebral_adult_l5_screening_1_h cerebral_adult_l5_step_0_h))))
 (let (($x22313 (= cerebral_adult_l5_screening_0_response 0)))
 (let (($x29902 (ite $x22313 false true)))
 (let (($x29904 (and $x29902 (<= cerebral_adult_l5_screening_0_h cerebral_adult_l5_step_0_h))))
 (let (($x30071 (not (or (not (or $x29904 $x29907))))))
 (=> holds_ITB-SCR-6 $x30071)))))))))
(assert
 (let ((?x29918 (* 2.0 cerebral_adult_l5_screening_1_dose_ug)))
 (let ((?x29919 (ite (>= 12.0 cerebral_adult_l5_screening_1_effect_h) ?x29918 cerebral_adult_l5_screening_1_dose_ug)))
 (let (($x22333 (= cerebral_adult_l5_screening_1_response 0)))
 (let (($x29905 (ite $x22333 false true)))
 (let ((?x29912 (* 2.0 cerebral_adult_l5_screening_0_dose_ug)))
 (let ((?x29913 (ite (>= 12.0 cerebral_adult_l5_screening_0_effect_h) ?x29912 cerebral_adult_l5_screening_0_dose_ug)))
 (let (($x22313 (= cerebral_adult_l5_screening_0_response 0)))
 (let (($x29902 (ite $x22313 false true)))
 (let (($x29923 (or (and $x29902 (not (<= cerebral_adult_l5_step_0_daily_dose_ug ?x29913))) (and $x29905 (not (<= cerebral_adult_l5_step_0_daily_dose_ug ?x29919))))))
 (let (($x30072 (not $x29923)))
 (=> holds_ITB-INIT-1 $x30072))))))))))))
(assert
 (let (($x29931 (not (<= 24.0 (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_0_h)))))
 (let (($x29928 (> cerebral_adult_l5_step_2_daily_dose_ug cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x29926 (not (<= 24.0 (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_0_h)))))
 (let (($x29924 (> cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x30073 (not (or (and $x29924 $x29926) (and $x29928 $x29931)))))
 (=> holds_ITB-INIT-2 $x30073)))))))
(assert
 (let (($x22360 (= cerebral_adult_l5_step_2_phase 0)))
 (let (($x29124 (ite $x22360 false true)))
 (let (($x29934 (<= 18.0 cerebral_adult_l5_age_years)))
 (let ((?x29942 (* (+ 1.0 (ite (and $x29934 $x29124) (/ 1.0 5.0) (/ 3.0 20.0))) cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x29928 (> cerebral_adult_l5_step_2_daily_dose_ug cerebral_adult_l5_step_1_daily_dose_ug)))
 (let ((?x29935 (* (/ 23.0 20.0) cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x29924 (> cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x29946 (or (and $x29924 (not (<= cerebral_adult_l5_step_1_daily_dose_ug ?x29935))) (and $x29928 (not (<= cerebral_adult_l5_step_2_daily_dose_ug ?x29942))))))
 (let (($x30074 (not $x29946)))
 (=> holds_ITB-TITR-1 $x30074)))))))))))
(assert
 (let ((?x29950 (ite cerebral_adult_l5_programmable 24.0 48.0)))
 (let (($x29969 (not (>= (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_2_h) ?x29950))))
 (let (($x29928 (> cerebral_adult_l5_step_2_daily_dose_ug cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x29970 (and $x29928 (and (< cerebral_adult_l5_step_2_h cerebral_adult_l5_step_2_h) $x29928) $x29969)))
 (let (($x29963 (not (>= (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h) ?x29950))))
 (let (($x29924 (> cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x29964 (and $x29928 (and (< cerebral_adult_l5_step_1_h cerebral_adult_l5_step_2_h) $x29924) $x29963)))
 (let (($x29958 (not (>= (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_2_h) ?x29950))))
 (let (($x29959 (and $x29924 (and (< cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h) $x29928) $x29958)))
 (let (($x29952 (not (>= (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_1_h) ?x29950))))
 (let (($x29953 (and $x29924 (and (< cerebral_adult_l5_step_1_h cerebral_adult_l5_step_1_h) $x29924) $x29952)))
 (let (($x30075 (not (or $x29953 $x29959 $x29964 $x29970))))
 (=> holds_ITB-TITR-2 $x30075))))))))))))))
(assert
 (let ((?x30047 (ite (<= cerebral_adult_l5_step_1_h w_0) cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
(let ((?x30048 (ite (<= cerebral_adult_l5_step_2_h w_0) cerebral_adult_l5_step_2_daily_dose_ug ?x30047)))
(let ((?x29525 (- cerebral_adult_l5_end_h cerebral_adult_l5_step_2_h)))
(let ((?x22415 (/ cerebral_adult_l5_step_2_daily_dose_ug 24.0)))
(let ((?x28844 (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h)))
(let ((?x22413 (/ cerebral_adult_l5_step_1_daily_dose_ug 24.0)))
(let ((?x28977 (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_0_h)))
(let ((?x22411 (/ cerebral_adult_l5_step_0_daily_dose_ug 24.0)))
(let ((?x29985 (+ 0.0 (* ?x22411 ?x28977))))
(let ((?x29987 (+ ?x29985 (* ?x22413 ?x28844))))
(let ((?x29989 (+ ?x29987 (* ?x22415 ?x29525))))
(let ((?x30030 (ite (<= (- w_0 24.0) cerebral_adult_l5_end_h) (+ ?x29987 (* ?x22415 (- (- w_0 24.0) cerebral_adult_l5_step_2_h))) ?x29989)))
(let ((?x30035 (ite (<= (- w_0 24.0) cerebral_adult_l5_step_2_h) (+ ?x29985 (* ?x22413 (- (- w_0 24.0) cerebral_adult_l5_step_1_h))) ?x30030)))
(let ((?x30040 (ite (<= (- w_0 24.0) cerebral_adult_l5_step_1_h) (+ 0.0 (* ?x22411 (- (- w_0 24.0) cerebral_adult_l5_step_0_h))) ?x30035)))
(let ((?x30010 (ite (<= w_0 cerebral_adult_l5_end_h) (+ ?x29987 (* ?x22415 (- w_0 cerebral_adult_l5_step_2_h))) ?x29989)))
(let ((?x30015 (ite (<= w_0 cerebral_adult_l5_step_2_h) (+ ?x29985 (* ?x22413 (- w_0 cerebral_adult_l5_step_1_h))) ?x30010)))
(let ((?x30020 (ite (<= w_0 cerebral_adult_l5_step_1_h) (+ 0.0 (* ?x22411 (- w_0 cerebral_adult_l5_step_0_h))) ?x30015)))
(let ((?x30022 (ite (<= w_0 cerebral_adult_l5_step_0_h) 0.0 ?x30020)))
(let ((?x30043 (- ?x30022 (ite (<= (- w_0 24.0) cerebral_adult_l5_step_0_h) 0.0 ?x30040))))
(let ((?x30050 (ite (>= (- w_0 24.0) cerebral_adult_l5_step_0_h) (+ ?x30043 0.0) (* 1.0 ?x30048))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x29976 (< cerebral_adult_l5_step_2_h ?x1800)))
(let (($x29980 (ite $x29976 true (ite (< cerebral_adult_l5_step_1_h ?x1800) false false))))
(let (($x29934 (<= 18.0 cerebral_adult_l5_age_years)))
(let (($x29982 (and $x29934 (ite (and $x29976 (= cerebral_adult_l5_step_2_phase 0)) false $x29980))))
(let (($x29975 (<= ?x1800 cerebral_adult_l5_end_h)))
(let ((?x29998 (ite (<= ?x1800 cerebral_adult_l5_step_2_h) (+ ?x29985 (* ?x22413 (- ?x1800 cerebral_adult_l5_step_1_h))) (ite $x29975 (+ ?x29987 (* ?x22415 (- ?x1800 cerebral_adult_l5_step_2_h))) ?x29989))))
(let ((?x30003 (ite (<= ?x1800 cerebral_adult_l5_step_1_h) (+ 0.0 (* ?x22411 (- ?x1800 cerebral_adult_l5_step_0_h))) ?x29998)))
(let ((?x30024 (+ (- (ite (<= ?x1800 cerebral_adult_l5_step_0_h) 0.0 ?x30003) ?x30022) 0.0)))
(let (($x30055 (and (<= cerebral_adult_l5_step_0_h w_0) $x29975 (not (<= ?x30024 (* (+ 1.0 (ite $x29982 (/ 1.0 5.0) (/ 3.0 20.0))) ?x30050))))))
(let (($x30076 (not (or $x30055))))
(=> holds_ITB-TITR-3 $x30076)))))))))))))))))))))))))))))))))
(check-sat)
