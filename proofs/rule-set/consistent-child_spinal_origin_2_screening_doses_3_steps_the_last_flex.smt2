; itbverify 0.1.0: rule-set consistency, child, spinal origin; 2 screening doses, 3 steps, the last flex
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_child_l5_age_years () Real)
(declare-fun spinal_child_l5_months_since_injury () Real)
(declare-fun spinal_child_l5_reservoir_ml () Real)
(declare-fun spinal_child_l5_alarm_ml () Real)
(declare-fun spinal_child_l5_concentration_ug_ml () Real)
(declare-fun spinal_child_l5_screening_0_h () Real)
(declare-fun spinal_child_l5_screening_0_dose_ug () Real)
(declare-fun spinal_child_l5_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l5_screening_0_duration_min () Real)
(declare-fun spinal_child_l5_screening_0_response () Int)
(declare-fun spinal_child_l5_screening_0_effect_h () Real)
(declare-fun spinal_child_l5_screening_1_h () Real)
(declare-fun spinal_child_l5_screening_1_dose_ug () Real)
(declare-fun spinal_child_l5_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_child_l5_screening_1_duration_min () Real)
(declare-fun spinal_child_l5_screening_1_response () Int)
(declare-fun spinal_child_l5_screening_1_effect_h () Real)
(declare-fun spinal_child_l5_step_0_h () Real)
(declare-fun spinal_child_l5_step_0_daily_dose_ug () Real)
(declare-fun spinal_child_l5_step_0_rate_ml_day () Real)
(declare-fun spinal_child_l5_step_1_h () Real)
(declare-fun spinal_child_l5_step_1_daily_dose_ug () Real)
(declare-fun spinal_child_l5_step_1_rate_ml_day () Real)
(declare-fun spinal_child_l5_step_2_phase () Int)
(declare-fun spinal_child_l5_step_2_h () Real)
(declare-fun spinal_child_l5_step_2_daily_dose_ug () Real)
(declare-fun spinal_child_l5_step_2_rate_ml_day () Real)
(declare-fun spinal_child_l5_step_2_flex_low_ug_h () Real)
(declare-fun spinal_child_l5_step_2_flex_high_ug_h () Real)
(declare-fun spinal_child_l5_end_h () Real)
(declare-fun spinal_child_l5_refill_0_h () Real)
(declare-fun spinal_child_l5_refill_0_volume_ml () Real)
(declare-fun spinal_child_l5_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l5_refill_0_diluent () Int)
(declare-fun spinal_child_l5_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_child_l5_infection () Bool)
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
(declare-fun spinal_child_l5_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_child_l5_age_years 0.0))
(assert
 (<= spinal_child_l5_age_years 120.0))
(assert
 (< spinal_child_l5_age_years 18.0))
(assert
 (>= spinal_child_l5_months_since_injury 0.0))
(assert
 (<= spinal_child_l5_months_since_injury 100000.0))
(assert
 (>= spinal_child_l5_reservoir_ml 0.0))
(assert
 (<= spinal_child_l5_reservoir_ml 100000.0))
(assert
 (>= spinal_child_l5_alarm_ml 0.0))
(assert
 (<= spinal_child_l5_alarm_ml 100000.0))
(assert
 (>= spinal_child_l5_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l5_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l5_screening_0_h 0.0))
(assert
 (<= spinal_child_l5_screening_0_h 100000.0))
(assert
 (>= spinal_child_l5_screening_0_h 0.0))
(assert
 (>= spinal_child_l5_screening_0_dose_ug 0.0))
(assert
 (<= spinal_child_l5_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l5_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l5_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l5_screening_0_duration_min 0.0))
(assert
 (<= spinal_child_l5_screening_0_duration_min 100000.0))
(assert
 (>= spinal_child_l5_screening_0_response 0))
(assert
 (< spinal_child_l5_screening_0_response 2))
(assert
 (>= spinal_child_l5_screening_0_effect_h 0.0))
(assert
 (<= spinal_child_l5_screening_0_effect_h 100000.0))
(assert
 (>= spinal_child_l5_screening_1_h 0.0))
(assert
 (<= spinal_child_l5_screening_1_h 100000.0))
(assert
 (>= spinal_child_l5_screening_1_h spinal_child_l5_screening_0_h))
(assert
 (>= spinal_child_l5_screening_1_dose_ug 0.0))
(assert
 (<= spinal_child_l5_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_child_l5_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l5_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l5_screening_1_duration_min 0.0))
(assert
 (<= spinal_child_l5_screening_1_duration_min 100000.0))
(assert
 (>= spinal_child_l5_screening_1_response 0))
(assert
 (< spinal_child_l5_screening_1_response 2))
(assert
 (>= spinal_child_l5_screening_1_effect_h 0.0))
(assert
 (<= spinal_child_l5_screening_1_effect_h 100000.0))
(assert
 (>= spinal_child_l5_step_0_h 0.0))
(assert
 (<= spinal_child_l5_step_0_h 100000.0))
(assert
 (>= spinal_child_l5_step_0_h spinal_child_l5_screening_1_h))
(assert
 (>= spinal_child_l5_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l5_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l5_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_child_l5_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l5_step_1_h 0.0))
(assert
 (<= spinal_child_l5_step_1_h 100000.0))
(assert
 (> spinal_child_l5_step_1_h spinal_child_l5_step_0_h))
(assert
 (>= spinal_child_l5_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l5_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l5_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_child_l5_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l5_step_2_phase 0))
(assert
 (< spinal_child_l5_step_2_phase 2))
(assert
 (>= spinal_child_l5_step_2_h 0.0))
(assert
 (<= spinal_child_l5_step_2_h 100000.0))
(assert
 (> spinal_child_l5_step_2_h spinal_child_l5_step_1_h))
(assert
 (>= spinal_child_l5_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l5_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l5_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_child_l5_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l5_step_2_flex_low_ug_h 0.0))
(assert
 (<= spinal_child_l5_step_2_flex_low_ug_h 100000.0))
(assert
 (>= spinal_child_l5_step_2_flex_high_ug_h 0.0))
(assert
 (<= spinal_child_l5_step_2_flex_high_ug_h 100000.0))
(assert
 (let ((?x11829 (+ (* 12.0 spinal_child_l5_step_2_flex_low_ug_h) (* 12.0 spinal_child_l5_step_2_flex_high_ug_h))))
 (= spinal_child_l5_step_2_daily_dose_ug ?x11829)))
(assert
 (<= spinal_child_l5_end_h 100000.0))
(assert
 (>= spinal_child_l5_end_h spinal_child_l5_step_2_h))
(assert
 (<= spinal_child_l5_refill_0_h 100000.0))
(assert
 (<= spinal_child_l5_refill_0_h spinal_child_l5_end_h))
(assert
 (>= spinal_child_l5_refill_0_h spinal_child_l5_step_0_h))
(assert
 (>= spinal_child_l5_refill_0_volume_ml 0.0))
(assert
 (<= spinal_child_l5_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_child_l5_refill_0_volume_ml spinal_child_l5_reservoir_ml))
(assert
 (>= spinal_child_l5_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l5_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l5_refill_0_diluent 0))
(assert
 (< spinal_child_l5_refill_0_diluent 3))
(assert
 (= spinal_child_l5_refill_0_h spinal_child_l5_step_0_h))
(assert
 (>= spinal_child_l5_route 0))
(assert
 (< spinal_child_l5_route 2))
(assert
 (let ((?x19315 (* (/ 4.0 5.0) spinal_child_l5_step_1_daily_dose_ug)))
 (let (($x19234 (< spinal_child_l5_step_2_daily_dose_ug spinal_child_l5_step_1_daily_dose_ug)))
 (let ((?x18503 (* (/ 4.0 5.0) spinal_child_l5_step_0_daily_dose_ug)))
 (let (($x18695 (< spinal_child_l5_step_1_daily_dose_ug spinal_child_l5_step_0_daily_dose_ug)))
 (let (($x18761 (or (and $x18695 (not (>= spinal_child_l5_step_1_daily_dose_ug ?x18503))) (and $x19234 (not (>= spinal_child_l5_step_2_daily_dose_ug ?x19315))))))
 (let (($x19586 (not $x18761)))
 (=> holds_ITB-STOP-1 $x19586))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x19660 (not (or (not (<= 4.0 spinal_child_l5_age_years))))))
 (=> holds_ITB-PAT-1 $x19660)))
(assert
 (let (($x19661 (not (or (not (<= 12.0 spinal_child_l5_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x19661)))
(assert
 (let (($x19662 (not (or spinal_child_l5_infection))))
 (=> holds_ITB-PAT-4 $x19662)))
(assert
 (let (($x19663 (not (or (not (ite (= spinal_child_l5_step_2_phase 0) false true))))))
 (=> holds_ITB-PUMP-1 $x19663)))
(assert
 (let (($x18995 (<= spinal_child_l5_step_2_flex_low_ug_h spinal_child_l5_step_2_flex_high_ug_h)))
 (let ((?x18818 (ite $x18995 spinal_child_l5_step_2_flex_low_ug_h spinal_child_l5_step_2_flex_high_ug_h)))
 (let (($x18815 (>= spinal_child_l5_step_2_flex_low_ug_h spinal_child_l5_step_2_flex_high_ug_h)))
 (let ((?x18816 (ite $x18815 spinal_child_l5_step_2_flex_low_ug_h spinal_child_l5_step_2_flex_high_ug_h)))
 (let (($x19664 (not (or (not (<= ?x18816 (* (/ 6.0 5.0) ?x18818)))))))
 (=> holds_ITB-PUMP-2 $x19664)))))))
(assert
 (let ((?x19371 (* spinal_child_l5_step_2_rate_ml_day spinal_child_l5_concentration_ug_ml)))
 (let ((?x19373 (- ?x19371 spinal_child_l5_step_2_daily_dose_ug)))
 (let (($x19377 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l5_step_2_daily_dose_ug) ?x19373) (<= ?x19373 (* (/ 1.0 100.0) spinal_child_l5_step_2_daily_dose_ug)))))
 (let ((?x18685 (* spinal_child_l5_step_1_rate_ml_day spinal_child_l5_concentration_ug_ml)))
 (let ((?x18699 (- ?x18685 spinal_child_l5_step_1_daily_dose_ug)))
 (let (($x19309 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l5_step_1_daily_dose_ug) ?x18699) (<= ?x18699 (* (/ 1.0 100.0) spinal_child_l5_step_1_daily_dose_ug)))))
 (let ((?x18719 (* spinal_child_l5_step_0_rate_ml_day spinal_child_l5_concentration_ug_ml)))
 (let ((?x18552 (- ?x18719 spinal_child_l5_step_0_daily_dose_ug)))
 (let (($x18729 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l5_step_0_daily_dose_ug) ?x18552) (<= ?x18552 (* (/ 1.0 100.0) spinal_child_l5_step_0_daily_dose_ug)))))
 (let (($x19165 (= spinal_child_l5_concentration_ug_ml spinal_child_l5_refill_0_concentration_ug_ml)))
 (let (($x18720 (not $x19165)))
 (let (($x11860 (<= spinal_child_l5_refill_0_h spinal_child_l5_step_2_h)))
 (let (($x11859 (<= spinal_child_l5_refill_0_h spinal_child_l5_step_1_h)))
 (let (($x11858 (<= spinal_child_l5_refill_0_h spinal_child_l5_step_0_h)))
 (let (($x19379 (or (and (ite $x11858 true false) (not (ite $x11858 $x19165 false))) (and (ite $x11859 true false) (not (ite $x11859 $x19165 false))) (and (ite $x11860 true false) (not (ite $x11860 $x19165 false))) $x18720 (not $x18729) (not $x19309) (not $x19377))))
 (let (($x19665 (not $x19379)))
 (=> holds_ITB-PUMP-3 $x19665))))))))))))))))))
(assert
 (let ((?x19390 (- spinal_child_l5_end_h spinal_child_l5_step_2_h)))
 (let ((?x11865 (/ spinal_child_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x11866 (/ ?x11865 spinal_child_l5_concentration_ug_ml)))
 (let ((?x19387 (- spinal_child_l5_step_2_h spinal_child_l5_step_1_h)))
 (let ((?x11863 (/ spinal_child_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x11864 (/ ?x11863 spinal_child_l5_concentration_ug_ml)))
 (let ((?x19384 (- spinal_child_l5_step_1_h spinal_child_l5_step_0_h)))
 (let ((?x11861 (/ spinal_child_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x11862 (/ ?x11861 spinal_child_l5_concentration_ug_ml)))
 (let ((?x19386 (+ 0.0 (* ?x11862 ?x19384))))
 (let ((?x19389 (+ ?x19386 (* ?x11864 ?x19387))))
 (let ((?x19392 (+ ?x19389 (* ?x11866 ?x19390))))
 (let ((?x19411 (+ ?x19389 (* ?x11866 (- spinal_child_l5_step_0_h spinal_child_l5_step_2_h)))))
 (let ((?x19416 (+ ?x19386 (* ?x11864 (- spinal_child_l5_step_0_h spinal_child_l5_step_1_h)))))
 (let ((?x19418 (ite (<= spinal_child_l5_step_0_h spinal_child_l5_step_2_h) ?x19416 (ite (<= spinal_child_l5_step_0_h spinal_child_l5_end_h) ?x19411 ?x19392))))
 (let ((?x19421 (+ 0.0 (* ?x11862 (- spinal_child_l5_step_0_h spinal_child_l5_step_0_h)))))
 (let ((?x19425 (ite (<= spinal_child_l5_step_0_h spinal_child_l5_step_0_h) 0.0 (ite (<= spinal_child_l5_step_0_h spinal_child_l5_step_1_h) ?x19421 ?x19418))))
 (let (($x19383 (<= t_0 spinal_child_l5_end_h)))
 (let ((?x19401 (ite (<= t_0 spinal_child_l5_step_2_h) (+ ?x19386 (* ?x11864 (- t_0 spinal_child_l5_step_1_h))) (ite $x19383 (+ ?x19389 (* ?x11866 (- t_0 spinal_child_l5_step_2_h))) ?x19392))))
 (let ((?x19406 (ite (<= t_0 spinal_child_l5_step_1_h) (+ 0.0 (* ?x11862 (- t_0 spinal_child_l5_step_0_h))) ?x19401)))
 (let ((?x19408 (ite (<= t_0 spinal_child_l5_step_0_h) 0.0 ?x19406)))
 (let ((?x19431 (+ ?x19389 (* ?x11866 (- spinal_child_l5_refill_0_h spinal_child_l5_step_2_h)))))
 (let (($x11836 (<= spinal_child_l5_refill_0_h spinal_child_l5_end_h)))
 (let ((?x19435 (+ ?x19386 (* ?x11864 (- spinal_child_l5_refill_0_h spinal_child_l5_step_1_h)))))
 (let (($x11860 (<= spinal_child_l5_refill_0_h spinal_child_l5_step_2_h)))
 (let ((?x19439 (+ 0.0 (* ?x11862 (- spinal_child_l5_refill_0_h spinal_child_l5_step_0_h)))))
 (let (($x11859 (<= spinal_child_l5_refill_0_h spinal_child_l5_step_1_h)))
 (let (($x11858 (<= spinal_child_l5_refill_0_h spinal_child_l5_step_0_h)))
 (let ((?x19442 (- ?x19408 (ite $x11858 0.0 (ite $x11859 ?x19439 (ite $x11860 ?x19435 (ite $x11836 ?x19431 ?x19392)))))))
 (let ((?x19446 (ite (< spinal_child_l5_refill_0_h t_0) (- spinal_child_l5_refill_0_volume_ml (+ ?x19442 0.0)) (- 0.0 (+ (- ?x19408 ?x19425) 0.0)))))
 (let ((?x19381 (ite (<= 0.0 spinal_child_l5_step_0_h) spinal_child_l5_step_0_h 0.0)))
 (let (($x19450 (or (and (< ?x19381 t_0) $x19383 (not (> ?x19446 spinal_child_l5_alarm_ml))))))
 (let (($x19666 (not $x19450)))
 (=> holds_ITB-PUMP-4 $x19666)))))))))))))))))))))))))))))))))))
(assert
 (let (($x19454 (or (not (>= 1848.0 (- spinal_child_l5_end_h spinal_child_l5_refill_0_h))))))
 (let (($x19667 (not $x19454)))
 (=> holds_ITB-PUMP-5 $x19667))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-6 $x1913)))
(assert
 (let (($x19668 (not (or (not (ite (= spinal_child_l5_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x19668)))
(assert
 (let (($x19484 (and (< 0.0 spinal_child_l5_screening_1_concentration_ug_ml) (>= 2000.0 spinal_child_l5_screening_1_concentration_ug_ml))))
 (let (($x19480 (and (< 0.0 spinal_child_l5_screening_0_concentration_ug_ml) (>= 2000.0 spinal_child_l5_screening_0_concentration_ug_ml))))
 (let (($x19476 (and (< 0.0 spinal_child_l5_concentration_ug_ml) (>= 2000.0 spinal_child_l5_concentration_ug_ml))))
 (let (($x19477 (not $x19476)))
 (let (($x19472 (and (< 0.0 spinal_child_l5_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l5_refill_0_concentration_ug_ml))))
 (let (($x19466 (= 2000.0 spinal_child_l5_refill_0_concentration_ug_ml)))
 (let (($x19465 (= 500.0 spinal_child_l5_refill_0_concentration_ug_ml)))
 (let (($x19464 (= 50.0 spinal_child_l5_refill_0_concentration_ug_ml)))
 (let (($x11848 (= spinal_child_l5_refill_0_diluent 0)))
 (let (($x19459 (ite $x11848 true (ite (= spinal_child_l5_refill_0_diluent 1) false false))))
 (let (($x19461 (ite $x11848 false (ite (= spinal_child_l5_refill_0_diluent 1) true false))))
 (let (($x19486 (or (not (or $x19459 $x19461)) (and $x19459 (not (or $x19464 $x19465 $x19466))) (not $x19472) $x19477 $x19477 $x19477 (not $x19480) (not $x19484))))
 (let (($x19669 (not $x19486)))
 (=> holds_ITB-CONC-1 $x19669)))))))))))))))
(assert
 (let (($x19491 (or (not (= 50.0 spinal_child_l5_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_child_l5_screening_1_concentration_ug_ml)))))
 (let (($x19670 (not $x19491)))
 (=> holds_ITB-SCR-1 $x19670))))
(assert
 (let (($x19671 (not (or (not (>= 50.0 spinal_child_l5_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x19671)))
(assert
 (let (($x19499 (or (not (<= 1.0 spinal_child_l5_screening_0_duration_min)) (not (<= 1.0 spinal_child_l5_screening_1_duration_min)))))
 (let (($x19672 (not $x19499)))
 (=> holds_ITB-SCR-3 $x19672))))
(assert
 (let (($x19507 (<= 24.0 (- spinal_child_l5_screening_1_h spinal_child_l5_screening_0_h))))
 (let (($x11763 (= spinal_child_l5_screening_0_response 0)))
 (let (($x19500 (ite $x11763 true false)))
 (let (($x19503 (<= spinal_child_l5_screening_1_dose_ug (+ spinal_child_l5_screening_0_dose_ug 25.0))))
 (let (($x19673 (not (or (not $x19500) (and $x19500 (not $x19503)) (and $x19500 (not $x19507))))))
 (=> holds_ITB-SCR-4 $x19673)))))))
(assert
 (let (($x19515 (or (not (>= 100.0 spinal_child_l5_screening_0_dose_ug)) (not (>= 100.0 spinal_child_l5_screening_1_dose_ug)))))
 (let (($x19674 (not $x19515)))
 (=> holds_ITB-SCR-5 $x19674))))
(assert
 (let (($x11783 (= spinal_child_l5_screening_1_response 0)))
 (let (($x19519 (ite $x11783 false true)))
 (let (($x11763 (= spinal_child_l5_screening_0_response 0)))
 (let (($x19516 (ite $x11763 false true)))
 (let (($x19522 (or (and $x19516 (<= spinal_child_l5_screening_0_h spinal_child_l5_step_0_h)) (and $x19519 (<= spinal_child_l5_screening_1_h spinal_child_l5_step_0_h)))))
 (let (($x19675 (not (or (not $x19522)))))
 (=> holds_ITB-SCR-6 $x19675))))))))
(assert
 (let ((?x19532 (* 2.0 spinal_child_l5_screening_1_dose_ug)))
 (let ((?x19533 (ite (>= 12.0 spinal_child_l5_screening_1_effect_h) ?x19532 spinal_child_l5_screening_1_dose_ug)))
 (let (($x11783 (= spinal_child_l5_screening_1_response 0)))
 (let (($x19519 (ite $x11783 false true)))
 (let ((?x19526 (* 2.0 spinal_child_l5_screening_0_dose_ug)))
 (let ((?x19527 (ite (>= 12.0 spinal_child_l5_screening_0_effect_h) ?x19526 spinal_child_l5_screening_0_dose_ug)))
 (let (($x11763 (= spinal_child_l5_screening_0_response 0)))
 (let (($x19516 (ite $x11763 false true)))
 (let (($x19537 (or (and $x19516 (not (<= spinal_child_l5_step_0_daily_dose_ug ?x19527))) (and $x19519 (not (<= spinal_child_l5_step_0_daily_dose_ug ?x19533))))))
 (let (($x19676 (not $x19537)))
 (=> holds_ITB-INIT-1 $x19676))))))))))))
(assert
 (let (($x19545 (not (<= 24.0 (- spinal_child_l5_step_2_h spinal_child_l5_step_0_h)))))
 (let (($x19542 (> spinal_child_l5_step_2_daily_dose_ug spinal_child_l5_step_1_daily_dose_ug)))
 (let (($x19540 (not (<= 24.0 (- spinal_child_l5_step_1_h spinal_child_l5_step_0_h)))))
 (let (($x19538 (> spinal_child_l5_step_1_daily_dose_ug spinal_child_l5_step_0_daily_dose_ug)))
 (let (($x19677 (not (or (and $x19538 $x19540) (and $x19542 $x19545)))))
 (=> holds_ITB-INIT-2 $x19677)))))))
(assert
 (let ((?x19550 (+ 1.0 (ite (<= 18.0 spinal_child_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x19556 (<= spinal_child_l5_step_2_daily_dose_ug (* ?x19550 spinal_child_l5_step_1_daily_dose_ug))))
 (let (($x19542 (> spinal_child_l5_step_2_daily_dose_ug spinal_child_l5_step_1_daily_dose_ug)))
 (let (($x19552 (<= spinal_child_l5_step_1_daily_dose_ug (* ?x19550 spinal_child_l5_step_0_daily_dose_ug))))
 (let (($x19538 (> spinal_child_l5_step_1_daily_dose_ug spinal_child_l5_step_0_daily_dose_ug)))
 (let (($x19678 (not (or (and $x19538 (not $x19552)) (and $x19542 (not $x19556))))))
 (=> holds_ITB-TITR-1 $x19678))))))))
(assert
 (let ((?x19563 (ite spinal_child_l5_programmable 24.0 48.0)))
 (let (($x19542 (> spinal_child_l5_step_2_daily_dose_ug spinal_child_l5_step_1_daily_dose_ug)))
 (let (($x19583 (and $x19542 (and (< spinal_child_l5_step_2_h spinal_child_l5_step_2_h) $x19542) (not (>= (- spinal_child_l5_step_2_h spinal_child_l5_step_2_h) ?x19563)))))
 (let (($x19538 (> spinal_child_l5_step_1_daily_dose_ug spinal_child_l5_step_0_daily_dose_ug)))
 (let (($x19577 (and $x19542 (and (< spinal_child_l5_step_1_h spinal_child_l5_step_2_h) $x19538) (not (>= (- spinal_child_l5_step_2_h spinal_child_l5_step_1_h) ?x19563)))))
 (let (($x19572 (and $x19538 (and (< spinal_child_l5_step_2_h spinal_child_l5_step_1_h) $x19542) (not (>= (- spinal_child_l5_step_1_h spinal_child_l5_step_2_h) ?x19563)))))
 (let (($x19566 (and $x19538 (and (< spinal_child_l5_step_1_h spinal_child_l5_step_1_h) $x19538) (not (>= (- spinal_child_l5_step_1_h spinal_child_l5_step_1_h) ?x19563)))))
 (let (($x19679 (not (or $x19566 $x19572 $x19577 $x19583))))
 (=> holds_ITB-TITR-2 $x19679))))))))))
(assert
 (let ((?x19652 (ite (<= spinal_child_l5_step_1_h w_0) spinal_child_l5_step_1_daily_dose_ug spinal_child_l5_step_0_daily_dose_ug)))
(let ((?x19653 (ite (<= spinal_child_l5_step_2_h w_0) spinal_child_l5_step_2_daily_dose_ug ?x19652)))
(let ((?x19390 (- spinal_child_l5_end_h spinal_child_l5_step_2_h)))
(let ((?x11865 (/ spinal_child_l5_step_2_daily_dose_ug 24.0)))
(let ((?x19387 (- spinal_child_l5_step_2_h spinal_child_l5_step_1_h)))
(let ((?x11863 (/ spinal_child_l5_step_1_daily_dose_ug 24.0)))
(let ((?x19384 (- spinal_child_l5_step_1_h spinal_child_l5_step_0_h)))
(let ((?x11861 (/ spinal_child_l5_step_0_daily_dose_ug 24.0)))
(let ((?x19591 (+ 0.0 (* ?x11861 ?x19384))))
(let ((?x19592 (+ ?x19591 (* ?x11863 ?x19387))))
(let ((?x19594 (+ ?x19592 (* ?x11865 ?x19390))))
(let ((?x19635 (ite (<= (- w_0 24.0) spinal_child_l5_end_h) (+ ?x19592 (* ?x11865 (- (- w_0 24.0) spinal_child_l5_step_2_h))) ?x19594)))
(let ((?x19640 (ite (<= (- w_0 24.0) spinal_child_l5_step_2_h) (+ ?x19591 (* ?x11863 (- (- w_0 24.0) spinal_child_l5_step_1_h))) ?x19635)))
(let ((?x19645 (ite (<= (- w_0 24.0) spinal_child_l5_step_1_h) (+ 0.0 (* ?x11861 (- (- w_0 24.0) spinal_child_l5_step_0_h))) ?x19640)))
(let ((?x19615 (ite (<= w_0 spinal_child_l5_end_h) (+ ?x19592 (* ?x11865 (- w_0 spinal_child_l5_step_2_h))) ?x19594)))
(let ((?x19620 (ite (<= w_0 spinal_child_l5_step_2_h) (+ ?x19591 (* ?x11863 (- w_0 spinal_child_l5_step_1_h))) ?x19615)))
(let ((?x19625 (ite (<= w_0 spinal_child_l5_step_1_h) (+ 0.0 (* ?x11861 (- w_0 spinal_child_l5_step_0_h))) ?x19620)))
(let ((?x19627 (ite (<= w_0 spinal_child_l5_step_0_h) 0.0 ?x19625)))
(let ((?x19648 (- ?x19627 (ite (<= (- w_0 24.0) spinal_child_l5_step_0_h) 0.0 ?x19645))))
(let ((?x19655 (ite (>= (- w_0 24.0) spinal_child_l5_step_0_h) (+ ?x19648 0.0) (* 1.0 ?x19653))))
(let ((?x19550 (+ 1.0 (ite (<= 18.0 spinal_child_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x19588 (<= ?x1800 spinal_child_l5_end_h)))
(let ((?x19603 (ite (<= ?x1800 spinal_child_l5_step_2_h) (+ ?x19591 (* ?x11863 (- ?x1800 spinal_child_l5_step_1_h))) (ite $x19588 (+ ?x19592 (* ?x11865 (- ?x1800 spinal_child_l5_step_2_h))) ?x19594))))
(let ((?x19608 (ite (<= ?x1800 spinal_child_l5_step_1_h) (+ 0.0 (* ?x11861 (- ?x1800 spinal_child_l5_step_0_h))) ?x19603)))
(let ((?x19629 (+ (- (ite (<= ?x1800 spinal_child_l5_step_0_h) 0.0 ?x19608) ?x19627) 0.0)))
(let (($x19659 (and (<= spinal_child_l5_step_0_h w_0) $x19588 (not (<= ?x19629 (* ?x19550 ?x19655))))))
(let (($x19680 (not (or $x19659))))
(=> holds_ITB-TITR-3 $x19680))))))))))))))))))))))))))))))
(check-sat)
