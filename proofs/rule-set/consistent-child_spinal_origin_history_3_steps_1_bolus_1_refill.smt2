; itbverify 0.1.0: rule-set consistency, child, spinal origin; history, 3 steps, 1 bolus, 1 refill
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_child_l6_age_years () Real)
(declare-fun spinal_child_l6_months_since_injury () Real)
(declare-fun spinal_child_l6_reservoir_ml () Real)
(declare-fun spinal_child_l6_alarm_ml () Real)
(declare-fun spinal_child_l6_concentration_ug_ml () Real)
(declare-fun spinal_child_l6_since_h () Real)
(declare-fun spinal_child_l6_last_increase_h () Real)
(declare-fun spinal_child_l6_history_daily_dose_ug () Real)
(declare-fun spinal_child_l6_first_daily_dose_ug () Real)
(declare-fun spinal_child_l6_history_volume_ml () Real)
(declare-fun spinal_child_l6_history_filled_at_h () Real)
(declare-fun spinal_child_l6_step_0_phase () Int)
(declare-fun spinal_child_l6_step_0_h () Real)
(declare-fun spinal_child_l6_step_0_daily_dose_ug () Real)
(declare-fun spinal_child_l6_step_0_rate_ml_day () Real)
(declare-fun spinal_child_l6_step_1_h () Real)
(declare-fun spinal_child_l6_step_1_daily_dose_ug () Real)
(declare-fun spinal_child_l6_step_1_rate_ml_day () Real)
(declare-fun spinal_child_l6_step_2_phase () Int)
(declare-fun spinal_child_l6_step_2_h () Real)
(declare-fun spinal_child_l6_step_2_daily_dose_ug () Real)
(declare-fun spinal_child_l6_step_2_rate_ml_day () Real)
(declare-fun spinal_child_l6_end_h () Real)
(declare-fun spinal_child_l6_refill_0_h () Real)
(declare-fun spinal_child_l6_refill_0_volume_ml () Real)
(declare-fun spinal_child_l6_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_child_l6_refill_0_diluent () Int)
(declare-fun spinal_child_l6_bolus_0_h () Real)
(declare-fun spinal_child_l6_bolus_0_dose_ug () Real)
(declare-fun spinal_child_l6_bolus_0_via () Int)
(declare-fun spinal_child_l6_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun spinal_child_l6_bolus_0_emergency () Bool)
(declare-fun holds_ITB-PUMP-6 () Bool)
(declare-fun holds_ITB-ROUTE-1 () Bool)
(declare-fun holds_ITB-CONC-1 () Bool)
(declare-fun spinal_child_l6_screened_positive () Bool)
(declare-fun holds_ITB-SCR-6 () Bool)
(declare-fun holds_ITB-TITR-1 () Bool)
(declare-fun spinal_child_l6_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= spinal_child_l6_age_years 0.0))
(assert
 (<= spinal_child_l6_age_years 120.0))
(assert
 (< spinal_child_l6_age_years 18.0))
(assert
 (>= spinal_child_l6_months_since_injury 0.0))
(assert
 (<= spinal_child_l6_months_since_injury 100000.0))
(assert
 (>= spinal_child_l6_reservoir_ml 0.0))
(assert
 (<= spinal_child_l6_reservoir_ml 100000.0))
(assert
 (>= spinal_child_l6_alarm_ml 0.0))
(assert
 (<= spinal_child_l6_alarm_ml 100000.0))
(assert
 (>= spinal_child_l6_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l6_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l6_since_h (- 100000.0)))
(assert
 (<= spinal_child_l6_since_h 0.0))
(assert
 (>= spinal_child_l6_last_increase_h (- 100000.0)))
(assert
 (<= spinal_child_l6_last_increase_h 0.0))
(assert
 (>= spinal_child_l6_since_h spinal_child_l6_last_increase_h))
(assert
 (>= spinal_child_l6_history_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l6_history_daily_dose_ug 100000.0))
(assert
 (> spinal_child_l6_history_daily_dose_ug 0.0))
(assert
 (>= spinal_child_l6_first_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l6_first_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l6_history_volume_ml 0.0))
(assert
 (<= spinal_child_l6_history_volume_ml 100000.0))
(assert
 (>= spinal_child_l6_history_filled_at_h (- 100000.0)))
(assert
 (<= spinal_child_l6_history_filled_at_h 0.0))
(assert
 (>= spinal_child_l6_step_0_phase 0))
(assert
 (< spinal_child_l6_step_0_phase 2))
(assert
 (<= spinal_child_l6_step_0_h 100000.0))
(assert
 (> spinal_child_l6_step_0_h spinal_child_l6_since_h))
(assert
 (>= spinal_child_l6_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l6_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l6_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_child_l6_step_0_rate_ml_day 100000.0))
(assert
 (<= spinal_child_l6_step_1_h 100000.0))
(assert
 (> spinal_child_l6_step_1_h spinal_child_l6_step_0_h))
(assert
 (>= spinal_child_l6_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l6_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l6_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_child_l6_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_child_l6_step_2_phase 0))
(assert
 (< spinal_child_l6_step_2_phase 2))
(assert
 (<= spinal_child_l6_step_2_h 100000.0))
(assert
 (> spinal_child_l6_step_2_h spinal_child_l6_step_1_h))
(assert
 (>= spinal_child_l6_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_child_l6_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_child_l6_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_child_l6_step_2_rate_ml_day 100000.0))
(assert
 (<= spinal_child_l6_end_h 100000.0))
(assert
 (>= spinal_child_l6_end_h spinal_child_l6_step_2_h))
(assert
 (<= spinal_child_l6_refill_0_h 100000.0))
(assert
 (<= spinal_child_l6_refill_0_h spinal_child_l6_end_h))
(assert
 (>= spinal_child_l6_refill_0_h 0.0))
(assert
 (>= spinal_child_l6_refill_0_volume_ml 0.0))
(assert
 (<= spinal_child_l6_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_child_l6_refill_0_volume_ml spinal_child_l6_reservoir_ml))
(assert
 (>= spinal_child_l6_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_child_l6_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_child_l6_refill_0_diluent 0))
(assert
 (< spinal_child_l6_refill_0_diluent 3))
(assert
 (<= spinal_child_l6_bolus_0_h 100000.0))
(assert
 (>= spinal_child_l6_bolus_0_h spinal_child_l6_since_h))
(assert
 (<= spinal_child_l6_bolus_0_h spinal_child_l6_end_h))
(assert
 (>= spinal_child_l6_bolus_0_dose_ug 0.0))
(assert
 (<= spinal_child_l6_bolus_0_dose_ug 100000.0))
(assert
 (>= spinal_child_l6_bolus_0_via 0))
(assert
 (< spinal_child_l6_bolus_0_via 2))
(assert
 (>= spinal_child_l6_route 0))
(assert
 (< spinal_child_l6_route 2))
(assert
 (let ((?x19782 (* (/ 4.0 5.0) spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x11931 (= spinal_child_l6_step_2_phase 0)))
 (let (($x20243 (ite $x11931 true false)))
 (let (($x20192 (< spinal_child_l6_step_2_daily_dose_ug spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x19866 (and (and $x20192 $x20243) (not (>= spinal_child_l6_step_2_daily_dose_ug ?x19782)))))
 (let ((?x19958 (* (/ 4.0 5.0) spinal_child_l6_step_0_daily_dose_ug)))
 (let (($x19961 (< spinal_child_l6_step_1_daily_dose_ug spinal_child_l6_step_0_daily_dose_ug)))
 (let ((?x20037 (* (/ 4.0 5.0) spinal_child_l6_history_daily_dose_ug)))
 (let (($x20170 (< spinal_child_l6_step_0_daily_dose_ug spinal_child_l6_history_daily_dose_ug)))
 (let (($x19898 (or (and $x20170 (not (>= spinal_child_l6_step_0_daily_dose_ug ?x20037))) (and $x19961 (not (>= spinal_child_l6_step_1_daily_dose_ug ?x19958))) $x19866)))
 (let (($x20488 (not $x19898)))
 (=> holds_ITB-STOP-1 $x20488)))))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x20591 (not (or (not (<= 4.0 spinal_child_l6_age_years))))))
 (=> holds_ITB-PAT-1 $x20591)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x20088 (* spinal_child_l6_step_2_rate_ml_day spinal_child_l6_concentration_ug_ml)))
 (let ((?x20256 (- ?x20088 spinal_child_l6_step_2_daily_dose_ug)))
 (let (($x19939 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l6_step_2_daily_dose_ug) ?x20256) (<= ?x20256 (* (/ 1.0 100.0) spinal_child_l6_step_2_daily_dose_ug)))))
 (let ((?x20239 (* spinal_child_l6_step_1_rate_ml_day spinal_child_l6_concentration_ug_ml)))
 (let ((?x20080 (- ?x20239 spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x20216 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l6_step_1_daily_dose_ug) ?x20080) (<= ?x20080 (* (/ 1.0 100.0) spinal_child_l6_step_1_daily_dose_ug)))))
 (let ((?x19949 (* spinal_child_l6_step_0_rate_ml_day spinal_child_l6_concentration_ug_ml)))
 (let ((?x20116 (- ?x19949 spinal_child_l6_step_0_daily_dose_ug)))
 (let (($x20185 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l6_step_0_daily_dose_ug) ?x20116) (<= ?x20116 (* (/ 1.0 100.0) spinal_child_l6_step_0_daily_dose_ug)))))
 (let (($x19931 (= spinal_child_l6_concentration_ug_ml spinal_child_l6_refill_0_concentration_ug_ml)))
 (let (($x19817 (not $x19931)))
 (let (($x19932 (= spinal_child_l6_concentration_ug_ml spinal_child_l6_concentration_ug_ml)))
 (let (($x19912 (ite true $x19932 false)))
 (let (($x11987 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_2_h)))
 (let (($x19846 (and (ite $x11987 true (ite true true false)) (not (ite $x11987 $x19931 $x19912)))))
 (let (($x11986 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_1_h)))
 (let (($x19936 (and (ite $x11986 true (ite true true false)) (not (ite $x11986 $x19931 $x19912)))))
 (let (($x11985 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_0_h)))
 (let (($x19878 (and (ite $x11985 true (ite true true false)) (not (ite $x11985 $x19931 $x19912)))))
 (let (($x19891 (not (ite (<= spinal_child_l6_refill_0_h spinal_child_l6_since_h) $x19931 $x19912))))
 (let (($x7460 (ite true true false)))
 (let (($x11984 (<= spinal_child_l6_refill_0_h spinal_child_l6_since_h)))
 (let (($x19699 (or (and (ite $x11984 true $x7460) $x19891) $x19878 $x19936 $x19846 (not $x19932) $x19817 (not $x20185) (not $x20216) (not $x19939))))
 (let (($x20592 (not $x19699)))
 (=> holds_ITB-PUMP-3 $x20592))))))))))))))))))))))))))
(assert
 (let ((?x19685 (- spinal_child_l6_end_h spinal_child_l6_step_2_h)))
 (let ((?x11994 (/ spinal_child_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x11995 (/ ?x11994 spinal_child_l6_concentration_ug_ml)))
 (let ((?x20235 (- spinal_child_l6_step_2_h spinal_child_l6_step_1_h)))
 (let ((?x11992 (/ spinal_child_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x11993 (/ ?x11992 spinal_child_l6_concentration_ug_ml)))
 (let ((?x19869 (- spinal_child_l6_step_1_h spinal_child_l6_step_0_h)))
 (let ((?x11990 (/ spinal_child_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x11991 (/ ?x11990 spinal_child_l6_concentration_ug_ml)))
 (let ((?x19692 (- spinal_child_l6_step_0_h spinal_child_l6_since_h)))
 (let ((?x11988 (/ spinal_child_l6_history_daily_dose_ug 24.0)))
 (let ((?x11989 (/ ?x11988 spinal_child_l6_concentration_ug_ml)))
 (let ((?x19868 (+ 0.0 (* ?x11989 ?x19692))))
 (let ((?x20178 (+ ?x19868 (* ?x11991 ?x19869))))
 (let ((?x19683 (+ ?x20178 (* ?x11993 ?x20235))))
 (let ((?x20126 (+ ?x19683 (* ?x11995 ?x19685))))
 (let ((?x20286 (+ ?x19683 (* ?x11995 (- spinal_child_l6_since_h spinal_child_l6_step_2_h)))))
 (let ((?x20291 (+ ?x20178 (* ?x11993 (- spinal_child_l6_since_h spinal_child_l6_step_1_h)))))
 (let ((?x20293 (ite (<= spinal_child_l6_since_h spinal_child_l6_step_2_h) ?x20291 (ite (<= spinal_child_l6_since_h spinal_child_l6_end_h) ?x20286 ?x20126))))
 (let ((?x20296 (+ ?x19868 (* ?x11991 (- spinal_child_l6_since_h spinal_child_l6_step_0_h)))))
 (let ((?x20301 (+ 0.0 (* ?x11989 (- spinal_child_l6_since_h spinal_child_l6_since_h)))))
 (let ((?x20303 (ite (<= spinal_child_l6_since_h spinal_child_l6_step_0_h) ?x20301 (ite (<= spinal_child_l6_since_h spinal_child_l6_step_1_h) ?x20296 ?x20293))))
 (let (($x19688 (<= t_0 spinal_child_l6_end_h)))
 (let ((?x20271 (ite (<= t_0 spinal_child_l6_step_2_h) (+ ?x20178 (* ?x11993 (- t_0 spinal_child_l6_step_1_h))) (ite $x19688 (+ ?x19683 (* ?x11995 (- t_0 spinal_child_l6_step_2_h))) ?x20126))))
 (let ((?x20276 (ite (<= t_0 spinal_child_l6_step_1_h) (+ ?x19868 (* ?x11991 (- t_0 spinal_child_l6_step_0_h))) ?x20271)))
 (let ((?x20281 (ite (<= t_0 spinal_child_l6_step_0_h) (+ 0.0 (* ?x11989 (- t_0 spinal_child_l6_since_h))) ?x20276)))
 (let ((?x20283 (ite (<= t_0 spinal_child_l6_since_h) 0.0 ?x20281)))
 (let ((?x20306 (- ?x20283 (ite (<= spinal_child_l6_since_h spinal_child_l6_since_h) 0.0 ?x20303))))
 (let ((?x20313 (ite (<= 0.0 spinal_child_l6_end_h) (+ ?x19683 (* ?x11995 (- 0.0 spinal_child_l6_step_2_h))) ?x20126)))
 (let ((?x20318 (ite (<= 0.0 spinal_child_l6_step_2_h) (+ ?x20178 (* ?x11993 (- 0.0 spinal_child_l6_step_1_h))) ?x20313)))
 (let ((?x20323 (ite (<= 0.0 spinal_child_l6_step_1_h) (+ ?x19868 (* ?x11991 (- 0.0 spinal_child_l6_step_0_h))) ?x20318)))
 (let ((?x20328 (ite (<= 0.0 spinal_child_l6_step_0_h) (+ 0.0 (* ?x11989 (- 0.0 spinal_child_l6_since_h))) ?x20323)))
 (let (($x19894 (<= 0.0 spinal_child_l6_since_h)))
 (let ((?x20332 (- spinal_child_l6_history_volume_ml (+ (- ?x20283 (ite $x19894 0.0 ?x20328)) 0.0))))
 (let (($x6813 (< 0.0 t_0)))
 (let ((?x20336 (+ ?x19683 (* ?x11995 (- spinal_child_l6_refill_0_h spinal_child_l6_step_2_h)))))
 (let (($x11946 (<= spinal_child_l6_refill_0_h spinal_child_l6_end_h)))
 (let ((?x20340 (+ ?x20178 (* ?x11993 (- spinal_child_l6_refill_0_h spinal_child_l6_step_1_h)))))
 (let (($x11987 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_2_h)))
 (let ((?x20344 (+ ?x19868 (* ?x11991 (- spinal_child_l6_refill_0_h spinal_child_l6_step_0_h)))))
 (let (($x11986 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_1_h)))
 (let ((?x20348 (+ 0.0 (* ?x11989 (- spinal_child_l6_refill_0_h spinal_child_l6_since_h)))))
 (let (($x11985 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_0_h)))
 (let (($x11984 (<= spinal_child_l6_refill_0_h spinal_child_l6_since_h)))
 (let ((?x20350 (ite $x11984 0.0 (ite $x11985 ?x20348 (ite $x11986 ?x20344 (ite $x11987 ?x20340 (ite $x11946 ?x20336 ?x20126)))))))
 (let ((?x20355 (ite (< spinal_child_l6_refill_0_h t_0) (- spinal_child_l6_refill_0_volume_ml (+ (- ?x20283 ?x20350) 0.0)) (ite $x6813 ?x20332 (- 0.0 (+ ?x20306 0.0))))))
 (let (($x20358 (and (< (ite $x19894 spinal_child_l6_since_h 0.0) t_0) $x19688 (not (> ?x20355 spinal_child_l6_alarm_ml)))))
 (let (($x20593 (not (or $x20358))))
 (=> holds_ITB-PUMP-4 $x20593))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x20361 (>= 1848.0 (- spinal_child_l6_refill_0_h spinal_child_l6_history_filled_at_h))))
 (let (($x20366 (or (not $x20361) (not (>= 1848.0 (- spinal_child_l6_end_h spinal_child_l6_refill_0_h))))))
 (let (($x20594 (not $x20366)))
 (=> holds_ITB-PUMP-5 $x20594)))))
(assert
 (let (($x20369 (and (ite (= spinal_child_l6_bolus_0_via 0) false true) (not spinal_child_l6_bolus_0_emergency))))
 (let (($x20595 (not (or $x20369))))
 (=> holds_ITB-PUMP-6 $x20595))))
(assert
 (let (($x20596 (not (or (not (ite (= spinal_child_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x20596)))
(assert
 (let (($x20388 (and (< 0.0 spinal_child_l6_concentration_ug_ml) (>= 2000.0 spinal_child_l6_concentration_ug_ml))))
 (let (($x20389 (not $x20388)))
 (let (($x20392 (and (< 0.0 spinal_child_l6_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l6_refill_0_concentration_ug_ml))))
 (let (($x20382 (= 2000.0 spinal_child_l6_refill_0_concentration_ug_ml)))
 (let (($x20381 (= 500.0 spinal_child_l6_refill_0_concentration_ug_ml)))
 (let (($x20380 (= 50.0 spinal_child_l6_refill_0_concentration_ug_ml)))
 (let (($x11958 (= spinal_child_l6_refill_0_diluent 0)))
 (let (($x20375 (ite $x11958 true (ite (= spinal_child_l6_refill_0_diluent 1) false false))))
 (let (($x20377 (ite $x11958 false (ite (= spinal_child_l6_refill_0_diluent 1) true false))))
 (let (($x20394 (or (not (or $x20375 $x20377)) (and $x20375 (not (or $x20380 $x20381 $x20382))) $x20389 (not $x20392) $x20389 $x20389 $x20389 $x20389)))
 (let (($x20597 (not $x20394)))
 (=> holds_ITB-CONC-1 $x20597)))))))))))))
(assert
 (let (($x20598 (not (or (not spinal_child_l6_screened_positive)))))
 (=> holds_ITB-SCR-6 $x20598)))
(assert
 (let (($x20417 (<= spinal_child_l6_step_2_daily_dose_ug spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x20419 (and (ite (= spinal_child_l6_step_2_phase 0) false true) (not $x20417))))
 (let ((?x20400 (+ 1.0 (ite (<= 18.0 spinal_child_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x20413 (<= spinal_child_l6_step_2_daily_dose_ug (* ?x20400 spinal_child_l6_step_1_daily_dose_ug))))
 (let (($x11931 (= spinal_child_l6_step_2_phase 0)))
 (let (($x20243 (ite $x11931 true false)))
 (let (($x20410 (> spinal_child_l6_step_2_daily_dose_ug spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x20407 (<= spinal_child_l6_step_1_daily_dose_ug (* ?x20400 spinal_child_l6_step_0_daily_dose_ug))))
 (let (($x20405 (> spinal_child_l6_step_1_daily_dose_ug spinal_child_l6_step_0_daily_dose_ug)))
 (let (($x20402 (<= spinal_child_l6_step_0_daily_dose_ug (* ?x20400 spinal_child_l6_history_daily_dose_ug))))
 (let (($x20397 (> spinal_child_l6_step_0_daily_dose_ug spinal_child_l6_history_daily_dose_ug)))
 (let (($x20420 (or (and $x20397 (not $x20402)) (and $x20405 (not $x20407)) (and (and $x20410 $x20243) (not $x20413)) $x20419)))
 (let (($x20599 (not $x20420)))
 (=> holds_ITB-TITR-1 $x20599)))))))))))))))
(assert
 (let ((?x20424 (ite spinal_child_l6_programmable 24.0 48.0)))
 (let (($x20484 (not (>= (- spinal_child_l6_step_2_h spinal_child_l6_last_increase_h) ?x20424))))
 (let (($x20410 (> spinal_child_l6_step_2_daily_dose_ug spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x20480 (not (>= (- spinal_child_l6_step_1_h spinal_child_l6_last_increase_h) ?x20424))))
 (let (($x20405 (> spinal_child_l6_step_1_daily_dose_ug spinal_child_l6_step_0_daily_dose_ug)))
 (let (($x20476 (not (>= (- spinal_child_l6_step_0_h spinal_child_l6_last_increase_h) ?x20424))))
 (let (($x20397 (> spinal_child_l6_step_0_daily_dose_ug spinal_child_l6_history_daily_dose_ug)))
 (let (($x20473 (and $x20410 (and (< spinal_child_l6_step_2_h spinal_child_l6_step_2_h) $x20410) (not (>= (- spinal_child_l6_step_2_h spinal_child_l6_step_2_h) ?x20424)))))
 (let (($x20467 (and $x20410 (and (< spinal_child_l6_step_1_h spinal_child_l6_step_2_h) $x20405) (not (>= (- spinal_child_l6_step_2_h spinal_child_l6_step_1_h) ?x20424)))))
 (let (($x20462 (and $x20410 (and (< spinal_child_l6_step_0_h spinal_child_l6_step_2_h) $x20397) (not (>= (- spinal_child_l6_step_2_h spinal_child_l6_step_0_h) ?x20424)))))
 (let (($x20456 (and $x20405 (and (< spinal_child_l6_step_2_h spinal_child_l6_step_1_h) $x20410) (not (>= (- spinal_child_l6_step_1_h spinal_child_l6_step_2_h) ?x20424)))))
 (let (($x20450 (and $x20405 (and (< spinal_child_l6_step_1_h spinal_child_l6_step_1_h) $x20405) (not (>= (- spinal_child_l6_step_1_h spinal_child_l6_step_1_h) ?x20424)))))
 (let (($x20444 (and $x20405 (and (< spinal_child_l6_step_0_h spinal_child_l6_step_1_h) $x20397) (not (>= (- spinal_child_l6_step_1_h spinal_child_l6_step_0_h) ?x20424)))))
 (let (($x20439 (and $x20397 (and (< spinal_child_l6_step_2_h spinal_child_l6_step_0_h) $x20410) (not (>= (- spinal_child_l6_step_0_h spinal_child_l6_step_2_h) ?x20424)))))
 (let (($x20433 (and $x20397 (and (< spinal_child_l6_step_1_h spinal_child_l6_step_0_h) $x20405) (not (>= (- spinal_child_l6_step_0_h spinal_child_l6_step_1_h) ?x20424)))))
 (let (($x20427 (and $x20397 (and (< spinal_child_l6_step_0_h spinal_child_l6_step_0_h) $x20397) (not (>= (- spinal_child_l6_step_0_h spinal_child_l6_step_0_h) ?x20424)))))
 (let (($x20486 (or $x20427 $x20433 $x20439 $x20444 $x20450 $x20456 $x20462 $x20467 $x20473 (and $x20397 $x20476) (and $x20405 $x20480) (and $x20410 $x20484))))
 (let (($x20600 (not $x20486)))
 (=> holds_ITB-TITR-2 $x20600))))))))))))))))))))
(assert
 (let ((?x20582 (ite (<= spinal_child_l6_step_0_h w_0) spinal_child_l6_step_0_daily_dose_ug spinal_child_l6_history_daily_dose_ug)))
(let ((?x20583 (ite (<= spinal_child_l6_step_1_h w_0) spinal_child_l6_step_1_daily_dose_ug ?x20582)))
(let ((?x20584 (ite (<= spinal_child_l6_step_2_h w_0) spinal_child_l6_step_2_daily_dose_ug ?x20583)))
(let (($x20575 (and (<= (- w_0 24.0) spinal_child_l6_bolus_0_h) (< spinal_child_l6_bolus_0_h w_0))))
(let ((?x19685 (- spinal_child_l6_end_h spinal_child_l6_step_2_h)))
(let ((?x11994 (/ spinal_child_l6_step_2_daily_dose_ug 24.0)))
(let ((?x20235 (- spinal_child_l6_step_2_h spinal_child_l6_step_1_h)))
(let ((?x11992 (/ spinal_child_l6_step_1_daily_dose_ug 24.0)))
(let ((?x19869 (- spinal_child_l6_step_1_h spinal_child_l6_step_0_h)))
(let ((?x11990 (/ spinal_child_l6_step_0_daily_dose_ug 24.0)))
(let ((?x19692 (- spinal_child_l6_step_0_h spinal_child_l6_since_h)))
(let ((?x11988 (/ spinal_child_l6_history_daily_dose_ug 24.0)))
(let ((?x20494 (+ 0.0 (* ?x11988 ?x19692))))
(let ((?x20493 (+ ?x20494 (* ?x11990 ?x19869))))
(let ((?x20496 (+ ?x20493 (* ?x11992 ?x20235))))
(let ((?x20498 (+ ?x20496 (* ?x11994 ?x19685))))
(let ((?x20554 (ite (<= (- w_0 24.0) spinal_child_l6_end_h) (+ ?x20496 (* ?x11994 (- (- w_0 24.0) spinal_child_l6_step_2_h))) ?x20498)))
(let ((?x20559 (ite (<= (- w_0 24.0) spinal_child_l6_step_2_h) (+ ?x20493 (* ?x11992 (- (- w_0 24.0) spinal_child_l6_step_1_h))) ?x20554)))
(let ((?x20564 (ite (<= (- w_0 24.0) spinal_child_l6_step_1_h) (+ ?x20494 (* ?x11990 (- (- w_0 24.0) spinal_child_l6_step_0_h))) ?x20559)))
(let ((?x20569 (ite (<= (- w_0 24.0) spinal_child_l6_step_0_h) (+ 0.0 (* ?x11988 (- (- w_0 24.0) spinal_child_l6_since_h))) ?x20564)))
(let ((?x20524 (ite (<= w_0 spinal_child_l6_end_h) (+ ?x20496 (* ?x11994 (- w_0 spinal_child_l6_step_2_h))) ?x20498)))
(let ((?x20529 (ite (<= w_0 spinal_child_l6_step_2_h) (+ ?x20493 (* ?x11992 (- w_0 spinal_child_l6_step_1_h))) ?x20524)))
(let ((?x20534 (ite (<= w_0 spinal_child_l6_step_1_h) (+ ?x20494 (* ?x11990 (- w_0 spinal_child_l6_step_0_h))) ?x20529)))
(let ((?x20539 (ite (<= w_0 spinal_child_l6_step_0_h) (+ 0.0 (* ?x11988 (- w_0 spinal_child_l6_since_h))) ?x20534)))
(let ((?x20541 (ite (<= w_0 spinal_child_l6_since_h) 0.0 ?x20539)))
(let ((?x20572 (- ?x20541 (ite (<= (- w_0 24.0) spinal_child_l6_since_h) 0.0 ?x20569))))
(let ((?x20586 (ite (>= (- w_0 24.0) spinal_child_l6_since_h) (+ ?x20572 (+ 0.0 (ite $x20575 spinal_child_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x20584))))
(let ((?x20400 (+ 1.0 (ite (<= 18.0 spinal_child_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let (($x20545 (and (<= w_0 spinal_child_l6_bolus_0_h) (< spinal_child_l6_bolus_0_h (+ w_0 24.0)))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x20490 (<= ?x1800 spinal_child_l6_end_h)))
(let ((?x20507 (ite (<= ?x1800 spinal_child_l6_step_2_h) (+ ?x20493 (* ?x11992 (- ?x1800 spinal_child_l6_step_1_h))) (ite $x20490 (+ ?x20496 (* ?x11994 (- ?x1800 spinal_child_l6_step_2_h))) ?x20498))))
(let ((?x20512 (ite (<= ?x1800 spinal_child_l6_step_1_h) (+ ?x20494 (* ?x11990 (- ?x1800 spinal_child_l6_step_0_h))) ?x20507)))
(let ((?x20517 (ite (<= ?x1800 spinal_child_l6_step_0_h) (+ 0.0 (* ?x11988 (- ?x1800 spinal_child_l6_since_h))) ?x20512)))
(let ((?x20548 (+ (- (ite (<= ?x1800 spinal_child_l6_since_h) 0.0 ?x20517) ?x20541) (+ 0.0 (ite $x20545 spinal_child_l6_bolus_0_dose_ug 0.0)))))
(let (($x20590 (and (<= spinal_child_l6_since_h w_0) $x20490 (not (<= ?x20548 (* ?x20400 ?x20586))))))
(let (($x20601 (not (or $x20590))))
(=> holds_ITB-TITR-3 $x20601)))))))))))))))))))))))))))))))))))))))
(check-sat)
