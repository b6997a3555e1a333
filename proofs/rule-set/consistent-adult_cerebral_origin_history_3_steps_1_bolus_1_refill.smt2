; itbverify 0.1.0: rule-set consistency, adult, cerebral origin; history, 3 steps, 1 bolus, 1 refill
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_adult_l6_age_years () Real)
(declare-fun cerebral_adult_l6_months_since_injury () Real)
(declare-fun cerebral_adult_l6_reservoir_ml () Real)
(declare-fun cerebral_adult_l6_alarm_ml () Real)
(declare-fun cerebral_adult_l6_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l6_since_h () Real)
(declare-fun cerebral_adult_l6_last_increase_h () Real)
(declare-fun cerebral_adult_l6_history_daily_dose_ug () Real)
(declare-fun cerebral_adult_l6_first_daily_dose_ug () Real)
(declare-fun cerebral_adult_l6_history_volume_ml () Real)
(declare-fun cerebral_adult_l6_history_filled_at_h () Real)
(declare-fun cerebral_adult_l6_step_0_phase () Int)
(declare-fun cerebral_adult_l6_step_0_h () Real)
(declare-fun cerebral_adult_l6_step_0_daily_dose_ug () Real)
(declare-fun cerebral_adult_l6_step_0_rate_ml_day () Real)
(declare-fun cerebral_adult_l6_step_1_h () Real)
(declare-fun cerebral_adult_l6_step_1_daily_dose_ug () Real)
(declare-fun cerebral_adult_l6_step_1_rate_ml_day () Real)
(declare-fun cerebral_adult_l6_step_2_phase () Int)
(declare-fun cerebral_adult_l6_step_2_h () Real)
(declare-fun cerebral_adult_l6_step_2_daily_dose_ug () Real)
(declare-fun cerebral_adult_l6_step_2_rate_ml_day () Real)
(declare-fun cerebral_adult_l6_end_h () Real)
(declare-fun cerebral_adult_l6_refill_0_h () Real)
(declare-fun cerebral_adult_l6_refill_0_volume_ml () Real)
(declare-fun cerebral_adult_l6_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l6_refill_0_diluent () Int)
(declare-fun cerebral_adult_l6_bolus_0_h () Real)
(declare-fun cerebral_adult_l6_bolus_0_dose_ug () Real)
(declare-fun cerebral_adult_l6_bolus_0_via () Int)
(declare-fun cerebral_adult_l6_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_adult_l6_bolus_0_emergency () Bool)
(declare-fun holds_ITB-PUMP-6 () Bool)
(declare-fun holds_ITB-ROUTE-1 () Bool)
(declare-fun holds_ITB-CONC-1 () Bool)
(declare-fun cerebral_adult_l6_screened_positive () Bool)
(declare-fun holds_ITB-SCR-6 () Bool)
(declare-fun holds_ITB-TITR-1 () Bool)
(declare-fun cerebral_adult_l6_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= cerebral_adult_l6_age_years 0.0))
(assert
 (<= cerebral_adult_l6_age_years 120.0))
(assert
 (>= cerebral_adult_l6_age_years 18.0))
(assert
 (>= cerebral_adult_l6_months_since_injury 0.0))
(assert
 (<= cerebral_adult_l6_months_since_injury 100000.0))
(assert
 (>= cerebral_adult_l6_reservoir_ml 0.0))
(assert
 (<= cerebral_adult_l6_reservoir_ml 100000.0))
(assert
 (>= cerebral_adult_l6_alarm_ml 0.0))
(assert
 (<= cerebral_adult_l6_alarm_ml 100000.0))
(assert
 (>= cerebral_adult_l6_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l6_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l6_since_h (- 100000.0)))
(assert
 (<= cerebral_adult_l6_since_h 0.0))
(assert
 (>= cerebral_adult_l6_last_increase_h (- 100000.0)))
(assert
 (<= cerebral_adult_l6_last_increase_h 0.0))
(assert
 (>= cerebral_adult_l6_since_h cerebral_adult_l6_last_increase_h))
(assert
 (>= cerebral_adult_l6_history_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l6_history_daily_dose_ug 100000.0))
(assert
 (> cerebral_adult_l6_history_daily_dose_ug 0.0))
(assert
 (>= cerebral_adult_l6_first_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l6_first_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l6_history_volume_ml 0.0))
(assert
 (<= cerebral_adult_l6_history_volume_ml 100000.0))
(assert
 (>= cerebral_adult_l6_history_filled_at_h (- 100000.0)))
(assert
 (<= cerebral_adult_l6_history_filled_at_h 0.0))
(assert
 (>= cerebral_adult_l6_step_0_phase 0))
(assert
 (< cerebral_adult_l6_step_0_phase 2))
(assert
 (<= cerebral_adult_l6_step_0_h 100000.0))
(assert
 (> cerebral_adult_l6_step_0_h cerebral_adult_l6_since_h))
(assert
 (>= cerebral_adult_l6_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l6_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l6_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l6_step_0_rate_ml_day 100000.0))
(assert
 (<= cerebral_adult_l6_step_1_h 100000.0))
(assert
 (> cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h))
(assert
 (>= cerebral_adult_l6_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l6_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l6_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l6_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l6_step_2_phase 0))
(assert
 (< cerebral_adult_l6_step_2_phase 2))
(assert
 (<= cerebral_adult_l6_step_2_h 100000.0))
(assert
 (> cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h))
(assert
 (>= cerebral_adult_l6_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l6_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l6_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l6_step_2_rate_ml_day 100000.0))
(assert
 (<= cerebral_adult_l6_end_h 100000.0))
(assert
 (>= cerebral_adult_l6_end_h cerebral_adult_l6_step_2_h))
(assert
 (<= cerebral_adult_l6_refill_0_h 100000.0))
(assert
 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_end_h))
(assert
 (>= cerebral_adult_l6_refill_0_h 0.0))
(assert
 (>= cerebral_adult_l6_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_adult_l6_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l6_refill_0_volume_ml cerebral_adult_l6_reservoir_ml))
(assert
 (>= cerebral_adult_l6_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l6_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l6_refill_0_diluent 0))
(assert
 (< cerebral_adult_l6_refill_0_diluent 3))
(assert
 (<= cerebral_adult_l6_bolus_0_h 100000.0))
(assert
 (>= cerebral_adult_l6_bolus_0_h cerebral_adult_l6_since_h))
(assert
 (<= cerebral_adult_l6_bolus_0_h cerebral_adult_l6_end_h))
(assert
 (>= cerebral_adult_l6_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l6_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l6_bolus_0_via 0))
(assert
 (< cerebral_adult_l6_bolus_0_via 2))
(assert
 (>= cerebral_adult_l6_route 0))
(assert
 (< cerebral_adult_l6_route 2))
(assert
 (let ((?x30351 (* (/ 4.0 5.0) cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x22481 (= cerebral_adult_l6_step_2_phase 0)))
 (let (($x30353 (ite $x22481 true false)))
 (let (($x30570 (< cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x30501 (and (and $x30570 $x30353) (not (>= cerebral_adult_l6_step_2_daily_dose_ug ?x30351)))))
 (let ((?x30141 (* (/ 4.0 5.0) cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x30610 (< cerebral_adult_l6_step_1_daily_dose_ug cerebral_adult_l6_step_0_daily_dose_ug)))
 (let ((?x30427 (* (/ 4.0 5.0) cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x30596 (< cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x30502 (or (and $x30596 (not (>= cerebral_adult_l6_step_0_daily_dose_ug ?x30427))) (and $x30610 (not (>= cerebral_adult_l6_step_1_daily_dose_ug ?x30141))) $x30501)))
 (let (($x30924 (not $x30502)))
 (=> holds_ITB-STOP-1 $x30924)))))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x31040 (not (or (not (<= 4.0 cerebral_adult_l6_age_years))))))
 (=> holds_ITB-PAT-1 $x31040)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x30670 (* cerebral_adult_l6_step_2_rate_ml_day cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x30672 (- ?x30670 cerebral_adult_l6_step_2_daily_dose_ug)))
 (let (($x30676 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l6_step_2_daily_dose_ug) ?x30672) (<= ?x30672 (* (/ 1.0 100.0) cerebral_adult_l6_step_2_daily_dose_ug)))))
 (let ((?x30245 (* cerebral_adult_l6_step_1_rate_ml_day cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x30516 (- ?x30245 cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x30668 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l6_step_1_daily_dose_ug) ?x30516) (<= ?x30516 (* (/ 1.0 100.0) cerebral_adult_l6_step_1_daily_dose_ug)))))
 (let ((?x30304 (* cerebral_adult_l6_step_0_rate_ml_day cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x30221 (- ?x30304 cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x30605 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l6_step_0_daily_dose_ug) ?x30221) (<= ?x30221 (* (/ 1.0 100.0) cerebral_adult_l6_step_0_daily_dose_ug)))))
 (let (($x30268 (= cerebral_adult_l6_concentration_ug_ml cerebral_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x30305 (not $x30268)))
 (let (($x30267 (= cerebral_adult_l6_concentration_ug_ml cerebral_adult_l6_concentration_ug_ml)))
 (let (($x30309 (ite true $x30267 false)))
 (let (($x22537 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_2_h)))
 (let (($x30155 (and (ite $x22537 true (ite true true false)) (not (ite $x22537 $x30268 $x30309)))))
 (let (($x22536 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_1_h)))
 (let (($x30345 (and (ite $x22536 true (ite true true false)) (not (ite $x22536 $x30268 $x30309)))))
 (let (($x22535 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_0_h)))
 (let (($x30316 (and (ite $x22535 true (ite true true false)) (not (ite $x22535 $x30268 $x30309)))))
 (let (($x22534 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_since_h)))
 (let (($x30472 (and (ite $x22534 true (ite true true false)) (not (ite $x22534 $x30268 $x30309)))))
 (let (($x30678 (or $x30472 $x30316 $x30345 $x30155 (not $x30267) $x30305 (not $x30605) (not $x30668) (not $x30676))))
 (let (($x31041 (not $x30678)))
 (=> holds_ITB-PUMP-3 $x31041)))))))))))))))))))))))))
(assert
 (let ((?x30692 (- cerebral_adult_l6_end_h cerebral_adult_l6_step_2_h)))
 (let ((?x22544 (/ cerebral_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x22545 (/ ?x22544 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x30689 (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h)))
 (let ((?x22542 (/ cerebral_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x22543 (/ ?x22542 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x30686 (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h)))
 (let ((?x22540 (/ cerebral_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x22541 (/ ?x22540 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x30683 (- cerebral_adult_l6_step_0_h cerebral_adult_l6_since_h)))
 (let ((?x22538 (/ cerebral_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x22539 (/ ?x22538 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x30685 (+ 0.0 (* ?x22539 ?x30683))))
 (let ((?x30688 (+ ?x30685 (* ?x22541 ?x30686))))
 (let ((?x30691 (+ ?x30688 (* ?x22543 ?x30689))))
 (let ((?x30694 (+ ?x30691 (* ?x22545 ?x30692))))
 (let ((?x30718 (+ ?x30691 (* ?x22545 (- cerebral_adult_l6_since_h cerebral_adult_l6_step_2_h)))))
 (let ((?x30723 (+ ?x30688 (* ?x22543 (- cerebral_adult_l6_since_h cerebral_adult_l6_step_1_h)))))
 (let ((?x30725 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_step_2_h) ?x30723 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_end_h) ?x30718 ?x30694))))
 (let ((?x30728 (+ ?x30685 (* ?x22541 (- cerebral_adult_l6_since_h cerebral_adult_l6_step_0_h)))))
 (let ((?x30730 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_step_1_h) ?x30728 ?x30725)))
 (let ((?x30733 (+ 0.0 (* ?x22539 (- cerebral_adult_l6_since_h cerebral_adult_l6_since_h)))))
 (let ((?x30735 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_step_0_h) ?x30733 ?x30730)))
 (let ((?x30737 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_since_h) 0.0 ?x30735)))
 (let (($x30682 (<= t_0 cerebral_adult_l6_end_h)))
 (let ((?x30698 (ite $x30682 (+ ?x30691 (* ?x22545 (- t_0 cerebral_adult_l6_step_2_h))) ?x30694)))
 (let ((?x30703 (ite (<= t_0 cerebral_adult_l6_step_2_h) (+ ?x30688 (* ?x22543 (- t_0 cerebral_adult_l6_step_1_h))) ?x30698)))
 (let ((?x30708 (ite (<= t_0 cerebral_adult_l6_step_1_h) (+ ?x30685 (* ?x22541 (- t_0 cerebral_adult_l6_step_0_h))) ?x30703)))
 (let ((?x30713 (ite (<= t_0 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x22539 (- t_0 cerebral_adult_l6_since_h))) ?x30708)))
 (let ((?x30715 (ite (<= t_0 cerebral_adult_l6_since_h) 0.0 ?x30713)))
 (let ((?x30745 (ite (<= 0.0 cerebral_adult_l6_end_h) (+ ?x30691 (* ?x22545 (- 0.0 cerebral_adult_l6_step_2_h))) ?x30694)))
 (let ((?x30750 (ite (<= 0.0 cerebral_adult_l6_step_2_h) (+ ?x30688 (* ?x22543 (- 0.0 cerebral_adult_l6_step_1_h))) ?x30745)))
 (let ((?x30755 (ite (<= 0.0 cerebral_adult_l6_step_1_h) (+ ?x30685 (* ?x22541 (- 0.0 cerebral_adult_l6_step_0_h))) ?x30750)))
 (let ((?x30760 (ite (<= 0.0 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x22539 (- 0.0 cerebral_adult_l6_since_h))) ?x30755)))
 (let (($x30679 (<= 0.0 cerebral_adult_l6_since_h)))
 (let ((?x30764 (- cerebral_adult_l6_history_volume_ml (+ (- ?x30715 (ite $x30679 0.0 ?x30760)) 0.0))))
 (let (($x6813 (< 0.0 t_0)))
 (let ((?x30768 (+ ?x30691 (* ?x22545 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_2_h)))))
 (let (($x22496 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_end_h)))
 (let ((?x30772 (+ ?x30688 (* ?x22543 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_1_h)))))
 (let (($x22537 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_2_h)))
 (let ((?x30776 (+ ?x30685 (* ?x22541 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_0_h)))))
 (let (($x22536 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_1_h)))
 (let ((?x30780 (+ 0.0 (* ?x22539 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_since_h)))))
 (let (($x22535 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_0_h)))
 (let (($x22534 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_since_h)))
 (let ((?x30782 (ite $x22534 0.0 (ite $x22535 ?x30780 (ite $x22536 ?x30776 (ite $x22537 ?x30772 (ite $x22496 ?x30768 ?x30694)))))))
 (let ((?x30787 (ite (< cerebral_adult_l6_refill_0_h t_0) (- cerebral_adult_l6_refill_0_volume_ml (+ (- ?x30715 ?x30782) 0.0)) (ite $x6813 ?x30764 (- 0.0 (+ (- ?x30715 ?x30737) 0.0))))))
 (let (($x30790 (and (< (ite $x30679 cerebral_adult_l6_since_h 0.0) t_0) $x30682 (not (> ?x30787 cerebral_adult_l6_alarm_ml)))))
 (let (($x31042 (not (or $x30790))))
 (=> holds_ITB-PUMP-4 $x31042))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x30797 (not (>= 1848.0 (- cerebral_adult_l6_end_h cerebral_adult_l6_refill_0_h)))))
 (let (($x30793 (>= 1848.0 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_history_filled_at_h))))
 (let (($x31043 (not (or (not $x30793) $x30797))))
 (=> holds_ITB-PUMP-5 $x31043)))))
(assert
 (let (($x30801 (and (ite (= cerebral_adult_l6_bolus_0_via 0) false true) (not cerebral_adult_l6_bolus_0_emergency))))
 (let (($x31044 (not (or $x30801))))
 (=> holds_ITB-PUMP-6 $x31044))))
(assert
 (let (($x31045 (not (or (not (ite (= cerebral_adult_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x31045)))
(assert
 (let (($x30820 (and (< 0.0 cerebral_adult_l6_concentration_ug_ml) (>= 2000.0 cerebral_adult_l6_concentration_ug_ml))))
 (let (($x30821 (not $x30820)))
 (let (($x30824 (and (< 0.0 cerebral_adult_l6_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x30814 (= 2000.0 cerebral_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x30813 (= 500.0 cerebral_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x30812 (= 50.0 cerebral_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x22508 (= cerebral_adult_l6_refill_0_diluent 0)))
 (let (($x30807 (ite $x22508 true (ite (= cerebral_adult_l6_refill_0_diluent 1) false false))))
 (let (($x30809 (ite $x22508 false (ite (= cerebral_adult_l6_refill_0_diluent 1) true false))))
 (let (($x30826 (or (not (or $x30807 $x30809)) (and $x30807 (not (or $x30812 $x30813 $x30814))) $x30821 (not $x30824) $x30821 $x30821 $x30821 $x30821)))
 (let (($x31046 (not $x30826)))
 (=> holds_ITB-CONC-1 $x31046)))))))))))))
(assert
 (let (($x31047 (not (or (not cerebral_adult_l6_screened_positive)))))
 (=> holds_ITB-SCR-6 $x31047)))
(assert
 (let (($x30853 (<= cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x30855 (and (ite (= cerebral_adult_l6_step_2_phase 0) false true) (not $x30853))))
 (let ((?x30848 (* (/ 23.0 20.0) cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x22481 (= cerebral_adult_l6_step_2_phase 0)))
 (let (($x30353 (ite $x22481 true false)))
 (let (($x30846 (> cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x30851 (and (and $x30846 $x30353) (not (<= cerebral_adult_l6_step_2_daily_dose_ug ?x30848)))))
 (let ((?x30842 (* (+ 1.0 (ite (<= 18.0 cerebral_adult_l6_age_years) (/ 1.0 5.0) (/ 3.0 20.0))) cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x30839 (> cerebral_adult_l6_step_1_daily_dose_ug cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x30830 (<= 18.0 cerebral_adult_l6_age_years)))
 (let (($x30832 (and $x30830 (ite (= cerebral_adult_l6_step_0_phase 0) false true))))
 (let ((?x30835 (* (+ 1.0 (ite $x30832 (/ 1.0 5.0) (/ 3.0 20.0))) cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x30829 (> cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x30856 (or (and $x30829 (not (<= cerebral_adult_l6_step_0_daily_dose_ug ?x30835))) (and $x30839 (not (<= cerebral_adult_l6_step_1_daily_dose_ug ?x30842))) $x30851 $x30855)))
 (let (($x31048 (not $x30856)))
 (=> holds_ITB-TITR-1 $x31048)))))))))))))))))
(assert
 (let ((?x30860 (ite cerebral_adult_l6_programmable 24.0 48.0)))
 (let (($x30919 (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_last_increase_h) ?x30860)))
 (let (($x30846 (> cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x30915 (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_last_increase_h) ?x30860)))
 (let (($x30839 (> cerebral_adult_l6_step_1_daily_dose_ug cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x30911 (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_last_increase_h) ?x30860)))
 (let (($x30829 (> cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x30908 (not (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_2_h) ?x30860))))
 (let (($x30909 (and $x30846 (and (< cerebral_adult_l6_step_2_h cerebral_adult_l6_step_2_h) $x30846) $x30908)))
 (let (($x30902 (not (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h) ?x30860))))
 (let (($x30903 (and $x30846 (and (< cerebral_adult_l6_step_1_h cerebral_adult_l6_step_2_h) $x30839) $x30902)))
 (let (($x30897 (not (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_0_h) ?x30860))))
 (let (($x30898 (and $x30846 (and (< cerebral_adult_l6_step_0_h cerebral_adult_l6_step_2_h) $x30829) $x30897)))
 (let (($x30891 (not (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_2_h) ?x30860))))
 (let (($x30892 (and $x30839 (and (< cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h) $x30846) $x30891)))
 (let (($x30885 (not (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_1_h) ?x30860))))
 (let (($x30886 (and $x30839 (and (< cerebral_adult_l6_step_1_h cerebral_adult_l6_step_1_h) $x30839) $x30885)))
 (let (($x30879 (not (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h) ?x30860))))
 (let (($x30880 (and $x30839 (and (< cerebral_adult_l6_step_0_h cerebral_adult_l6_step_1_h) $x30829) $x30879)))
 (let (($x30874 (not (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_step_2_h) ?x30860))))
 (let (($x30875 (and $x30829 (and (< cerebral_adult_l6_step_2_h cerebral_adult_l6_step_0_h) $x30846) $x30874)))
 (let (($x30868 (not (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_step_1_h) ?x30860))))
 (let (($x30869 (and $x30829 (and (< cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h) $x30839) $x30868)))
 (let (($x30862 (not (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_step_0_h) ?x30860))))
 (let (($x30863 (and $x30829 (and (< cerebral_adult_l6_step_0_h cerebral_adult_l6_step_0_h) $x30829) $x30862)))
 (let (($x30922 (or $x30863 $x30869 $x30875 $x30880 $x30886 $x30892 $x30898 $x30903 $x30909 (and $x30829 (not $x30911)) (and $x30839 (not $x30915)) (and $x30846 (not $x30919)))))
 (let (($x31049 (not $x30922)))
 (=> holds_ITB-TITR-2 $x31049)))))))))))))))))))))))))))))
(assert
 (let ((?x31030 (ite (<= cerebral_adult_l6_step_0_h w_0) cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
(let ((?x31031 (ite (<= cerebral_adult_l6_step_1_h w_0) cerebral_adult_l6_step_1_daily_dose_ug ?x31030)))
(let ((?x31032 (ite (<= cerebral_adult_l6_step_2_h w_0) cerebral_adult_l6_step_2_daily_dose_ug ?x31031)))
(let (($x31023 (and (<= (- w_0 24.0) cerebral_adult_l6_bolus_0_h) (< cerebral_adult_l6_bolus_0_h w_0))))
(let ((?x30692 (- cerebral_adult_l6_end_h cerebral_adult_l6_step_2_h)))
(let ((?x22544 (/ cerebral_adult_l6_step_2_daily_dose_ug 24.0)))
(let ((?x30689 (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h)))
(let ((?x22542 (/ cerebral_adult_l6_step_1_daily_dose_ug 24.0)))
(let ((?x30686 (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h)))
(let ((?x22540 (/ cerebral_adult_l6_step_0_daily_dose_ug 24.0)))
(let ((?x30683 (- cerebral_adult_l6_step_0_h cerebral_adult_l6_since_h)))
(let ((?x22538 (/ cerebral_adult_l6_history_daily_dose_ug 24.0)))
(let ((?x30940 (+ 0.0 (* ?x22538 ?x30683))))
(let ((?x30942 (+ ?x30940 (* ?x22540 ?x30686))))
(let ((?x30944 (+ ?x30942 (* ?x22542 ?x30689))))
(let ((?x30946 (+ ?x30944 (* ?x22544 ?x30692))))
(let ((?x31002 (ite (<= (- w_0 24.0) cerebral_adult_l6_end_h) (+ ?x30944 (* ?x22544 (- (- w_0 24.0) cerebral_adult_l6_step_2_h))) ?x30946)))
(let ((?x31007 (ite (<= (- w_0 24.0) cerebral_adult_l6_step_2_h) (+ ?x30942 (* ?x22542 (- (- w_0 24.0) cerebral_adult_l6_step_1_h))) ?x31002)))
(let ((?x31012 (ite (<= (- w_0 24.0) cerebral_adult_l6_step_1_h) (+ ?x30940 (* ?x22540 (- (- w_0 24.0) cerebral_adult_l6_step_0_h))) ?x31007)))
(let ((?x31017 (ite (<= (- w_0 24.0) cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x22538 (- (- w_0 24.0) cerebral_adult_l6_since_h))) ?x31012)))
(let ((?x30972 (ite (<= w_0 cerebral_adult_l6_end_h) (+ ?x30944 (* ?x22544 (- w_0 cerebral_adult_l6_step_2_h))) ?x30946)))
(let ((?x30977 (ite (<= w_0 cerebral_adult_l6_step_2_h) (+ ?x30942 (* ?x22542 (- w_0 cerebral_adult_l6_step_1_h))) ?x30972)))
(let ((?x30982 (ite (<= w_0 cerebral_adult_l6_step_1_h) (+ ?x30940 (* ?x22540 (- w_0 cerebral_adult_l6_step_0_h))) ?x30977)))
(let ((?x30987 (ite (<= w_0 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x22538 (- w_0 cerebral_adult_l6_since_h))) ?x30982)))
(let ((?x30989 (ite (<= w_0 cerebral_adult_l6_since_h) 0.0 ?x30987)))
(let ((?x31020 (- ?x30989 (ite (<= (- w_0 24.0) cerebral_adult_l6_since_h) 0.0 ?x31017))))
(let ((?x31034 (ite (>= (- w_0 24.0) cerebral_adult_l6_since_h) (+ ?x31020 (+ 0.0 (ite $x31023 cerebral_adult_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x31032))))
(let (($x22459 (= cerebral_adult_l6_step_0_phase 0)))
(let ((?x1800 (+ w_0 24.0)))
(let (($x30929 (< cerebral_adult_l6_step_0_h ?x1800)))
(let (($x30934 (ite (< cerebral_adult_l6_step_1_h ?x1800) true (ite (and $x30929 $x22459) false (ite $x30929 true true)))))
(let (($x30927 (< cerebral_adult_l6_step_2_h ?x1800)))
(let (($x30936 (ite (and $x30927 (= cerebral_adult_l6_step_2_phase 0)) false (ite $x30927 false $x30934))))
(let (($x30830 (<= 18.0 cerebral_adult_l6_age_years)))
(let (($x30993 (and (<= w_0 cerebral_adult_l6_bolus_0_h) (< cerebral_adult_l6_bolus_0_h ?x1800))))
(let (($x30926 (<= ?x1800 cerebral_adult_l6_end_h)))
(let ((?x30955 (ite (<= ?x1800 cerebral_adult_l6_step_2_h) (+ ?x30942 (* ?x22542 (- ?x1800 cerebral_adult_l6_step_1_h))) (ite $x30926 (+ ?x30944 (* ?x22544 (- ?x1800 cerebral_adult_l6_step_2_h))) ?x30946))))
(let ((?x30960 (ite (<= ?x1800 cerebral_adult_l6_step_1_h) (+ ?x30940 (* ?x22540 (- ?x1800 cerebral_adult_l6_step_0_h))) ?x30955)))
(let ((?x30965 (ite (<= ?x1800 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x22538 (- ?x1800 cerebral_adult_l6_since_h))) ?x30960)))
(let ((?x30996 (+ (- (ite (<= ?x1800 cerebral_adult_l6_since_h) 0.0 ?x30965) ?x30989) (+ 0.0 (ite $x30993 cerebral_adult_l6_bolus_0_dose_ug 0.0)))))
(let (($x31038 (not (<= ?x30996 (* (+ 1.0 (ite (and $x30830 $x30936) (/ 1.0 5.0) (/ 3.0 20.0))) ?x31034)))))
(let (($x31050 (not (or (and (<= cerebral_adult_l6_since_h w_0) $x30926 $x31038)))))
(=> holds_ITB-TITR-3 $x31050))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
