; itbverify 0.1.0: rule-set consistency, child, cerebral origin; history, 3 steps, 1 bolus, 1 refill
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_child_l6_age_years () Real)
(declare-fun cerebral_child_l6_months_since_injury () Real)
(declare-fun cerebral_child_l6_reservoir_ml () Real)
(declare-fun cerebral_child_l6_alarm_ml () Real)
(declare-fun cerebral_child_l6_concentration_ug_ml () Real)
(declare-fun cerebral_child_l6_since_h () Real)
(declare-fun cerebral_child_l6_last_increase_h () Real)
(declare-fun cerebral_child_l6_history_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_first_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_history_volume_ml () Real)
(declare-fun cerebral_child_l6_history_filled_at_h () Real)
(declare-fun cerebral_child_l6_step_0_phase () Int)
(declare-fun cerebral_child_l6_step_0_h () Real)
(declare-fun cerebral_child_l6_step_0_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_step_0_rate_ml_day () Real)
(declare-fun cerebral_child_l6_step_1_h () Real)
(declare-fun cerebral_child_l6_step_1_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_step_1_rate_ml_day () Real)
(declare-fun cerebral_child_l6_step_2_phase () Int)
(declare-fun cerebral_child_l6_step_2_h () Real)
(declare-fun cerebral_child_l6_step_2_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_step_2_rate_ml_day () Real)
(declare-fun cerebral_child_l6_end_h () Real)
(declare-fun cerebral_child_l6_refill_0_h () Real)
(declare-fun cerebral_child_l6_refill_0_volume_ml () Real)
(declare-fun cerebral_child_l6_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l6_refill_0_diluent () Int)
(declare-fun cerebral_child_l6_bolus_0_h () Real)
(declare-fun cerebral_child_l6_bolus_0_dose_ug () Real)
(declare-fun cerebral_child_l6_bolus_0_via () Int)
(declare-fun cerebral_child_l6_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_child_l6_bolus_0_emergency () Bool)
(declare-fun holds_ITB-PUMP-6 () Bool)
(declare-fun holds_ITB-ROUTE-1 () Bool)
(declare-fun holds_ITB-CONC-1 () Bool)
(declare-fun cerebral_child_l6_screened_positive () Bool)
(declare-fun holds_ITB-SCR-6 () Bool)
(declare-fun holds_ITB-TITR-1 () Bool)
(declare-fun cerebral_child_l6_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= cerebral_child_l6_age_years 0.0))
(assert
 (<= cerebral_child_l6_age_years 120.0))
(assert
 (< cerebral_child_l6_age_years 18.0))
(assert
 (>= cerebral_child_l6_months_since_injury 0.0))
(assert
 (<= cerebral_child_l6_months_since_injury 100000.0))
(assert
 (>= cerebral_child_l6_reservoir_ml 0.0))
(assert
 (<= cerebral_child_l6_reservoir_ml 100000.0))
(assert
 (>= cerebral_child_l6_alarm_ml 0.0))
(assert
 (<= cerebral_child_l6_alarm_ml 100000.0))
(assert
 (>= cerebral_child_l6_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l6_concentration_ug_ml 100000.0))
(assert
 (let ((?x1 (- 100000.0)))
 (>= cerebral_child_l6_since_h ?x1)))
(assert
 (<= cerebral_child_l6_since_h 0.0))
(assert
 (let ((?x1 (- 100000.0)))
 (>= cerebral_child_l6_last_increase_h ?x1)))
(assert
 (<= cerebral_child_l6_last_increase_h 0.0))
(assert
 (>= cerebral_child_l6_since_h cerebral_child_l6_last_increase_h))
(assert
 (>= cerebral_child_l6_history_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_history_daily_dose_ug 100000.0))
(assert
 (> cerebral_child_l6_history_daily_dose_ug 0.0))
(assert
 (>= cerebral_child_l6_first_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_first_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_history_volume_ml 0.0))
(assert
 (<= cerebral_child_l6_history_volume_ml 100000.0))
(assert
 (let ((?x1 (- 100000.0)))
 (>= cerebral_child_l6_history_filled_at_h ?x1)))
(assert
 (<= cerebral_child_l6_history_filled_at_h 0.0))
(assert
 (>= cerebral_child_l6_step_0_phase 0))
(assert
 (< cerebral_child_l6_step_0_phase 2))
(assert
 (<= cerebral_child_l6_step_0_h 100000.0))
(assert
 (> cerebral_child_l6_step_0_h cerebral_child_l6_since_h))
(assert
 (>= cerebral_child_l6_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l6_step_0_rate_ml_day 100000.0))
(assert
 (<= cerebral_child_l6_step_1_h 100000.0))
(assert
 (> cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h))
(assert
 (>= cerebral_child_l6_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l6_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l6_step_2_phase 0))
(assert
 (< cerebral_child_l6_step_2_phase 2))
(assert
 (<= cerebral_child_l6_step_2_h 100000.0))
(assert
 (> cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h))
(assert
 (>= cerebral_child_l6_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l6_step_2_rate_ml_day 100000.0))
(assert
 (<= cerebral_child_l6_end_h 100000.0))
(assert
 (>= cerebral_child_l6_end_h cerebral_child_l6_step_2_h))
(assert
 (<= cerebral_child_l6_refill_0_h 100000.0))
(assert
 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_end_h))
(assert
 (>= cerebral_child_l6_refill_0_h 0.0))
(assert
 (>= cerebral_child_l6_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_child_l6_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_child_l6_refill_0_volume_ml cerebral_child_l6_reservoir_ml))
(assert
 (>= cerebral_child_l6_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l6_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l6_refill_0_diluent 0))
(assert
 (< cerebral_child_l6_refill_0_diluent 3))
(assert
 (<= cerebral_child_l6_bolus_0_h 100000.0))
(assert
 (>= cerebral_child_l6_bolus_0_h cerebral_child_l6_since_h))
(assert
 (<= cerebral_child_l6_bolus_0_h cerebral_child_l6_end_h))
(assert
 (>= cerebral_child_l6_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_bolus_0_via 0))
(assert
 (< cerebral_child_l6_bolus_0_via 2))
(assert
 (>= cerebral_child_l6_route 0))
(assert
 (< cerebral_child_l6_route 2))
(assert
 (let (($x2 (>= cerebral_child_l6_step_2_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l6_step_1_daily_dose_ug))))
 (let (($x3 (= cerebral_child_l6_step_2_phase 0)))
 (let (($x4 (ite $x3 true false)))
 (let (($x5 (< cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x6 (>= cerebral_child_l6_step_1_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l6_step_0_daily_dose_ug))))
 (let (($x7 (< cerebral_child_l6_step_1_daily_dose_ug cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x8 (>= cerebral_child_l6_step_0_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l6_history_daily_dose_ug))))
 (let (($x9 (< cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let (($x10 (or (and $x9 (not $x8)) (and $x7 (not $x6)) (and (and $x5 $x4) (not $x2)))))
 (=> holds_ITB-STOP-1 (not $x10))))))))))))
(assert
 (let (($x11 (not false)))
 (=> holds_ITB-STOP-2 $x11)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 cerebral_child_l6_age_years))))))
(assert
 (let (($x11 (not false)))
 (=> holds_ITB-PUMP-1 $x11)))
(assert
 (let (($x11 (not false)))
 (=> holds_ITB-PUMP-2 $x11)))
(assert
 (let ((?x12 (* cerebral_child_l6_step_2_rate_ml_day cerebral_child_l6_concentration_ug_ml)))
 (let ((?x13 (- ?x12 cerebral_child_l6_step_2_daily_dose_ug)))
 (let (($x14 (<= (* (- (/ 1.0 100.0)) cerebral_child_l6_step_2_daily_dose_ug) ?x13)))
 (let (($x15 (and $x14 (<= ?x13 (* (/ 1.0 100.0) cerebral_child_l6_step_2_daily_dose_ug)))))
 (let ((?x16 (* cerebral_child_l6_step_1_rate_ml_day cerebral_child_l6_concentration_ug_ml)))
 (let ((?x17 (- ?x16 cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x18 (<= (* (- (/ 1.0 100.0)) cerebral_child_l6_step_1_daily_dose_ug) ?x17)))
 (let (($x19 (and $x18 (<= ?x17 (* (/ 1.0 100.0) cerebral_child_l6_step_1_daily_dose_ug)))))
 (let ((?x20 (* cerebral_child_l6_step_0_rate_ml_day cerebral_child_l6_concentration_ug_ml)))
 (let ((?x21 (- ?x20 cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x22 (<= (* (- (/ 1.0 100.0)) cerebral_child_l6_step_0_daily_dose_ug) ?x21)))
 (let (($x23 (and $x22 (<= ?x21 (* (/ 1.0 100.0) cerebral_child_l6_step_0_daily_dose_ug)))))
 (let (($x24 (= cerebral_child_l6_concentration_ug_ml cerebral_child_l6_refill_0_concentration_ug_ml)))
 (let (($x25 (not $x24)))
 (let (($x26 (= cerebral_child_l6_concentration_ug_ml cerebral_child_l6_concentration_ug_ml)))
 (let (($x27 (ite true $x26 false)))
 (let (($x28 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_2_h)))
 (let (($x29 (and (ite $x28 true (ite true true false)) (not (ite $x28 $x24 $x27)))))
 (let (($x30 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_1_h)))
 (let (($x31 (and (ite $x30 true (ite true true false)) (not (ite $x30 $x24 $x27)))))
 (let (($x32 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_0_h)))
 (let (($x33 (and (ite $x32 true (ite true true false)) (not (ite $x32 $x24 $x27)))))
 (let (($x34 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_since_h)))
 (let (($x35 (and (ite $x34 true (ite true true false)) (not (ite $x34 $x24 $x27)))))
 (let (($x36 (or $x35 $x33 $x31 $x29 (not $x26) $x25 (not $x23) (not $x19) (not $x15))))
 (=> holds_ITB-PUMP-3 (not $x36))))))))))))))))))))))))))))
(assert
 (let ((?x37 (- cerebral_child_l6_end_h cerebral_child_l6_step_2_h)))
 (let ((?x38 (/ cerebral_child_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x39 (/ ?x38 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x40 (- cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h)))
 (let ((?x41 (/ cerebral_child_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x42 (/ ?x41 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x43 (- cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h)))
 (let ((?x44 (/ cerebral_child_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x45 (/ ?x44 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x46 (- cerebral_child_l6_step_0_h cerebral_child_l6_since_h)))
 (let ((?x47 (/ cerebral_child_l6_history_daily_dose_ug 24.0)))
 (let ((?x48 (/ ?x47 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x49 (+ 0.0 (* ?x48 ?x46))))
 (let ((?x50 (+ ?x49 (* ?x45 ?x43))))
 (let ((?x51 (+ ?x50 (* ?x42 ?x40))))
 (let ((?x52 (+ ?x51 (* ?x39 ?x37))))
 (let ((?x53 (+ ?x51 (* ?x39 (- cerebral_child_l6_since_h cerebral_child_l6_step_2_h)))))
 (let ((?x54 (+ ?x50 (* ?x42 (- cerebral_child_l6_since_h cerebral_child_l6_step_1_h)))))
 (let ((?x55 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_step_2_h) ?x54 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_end_h) ?x53 ?x52))))
 (let ((?x56 (+ ?x49 (* ?x45 (- cerebral_child_l6_since_h cerebral_child_l6_step_0_h)))))
 (let ((?x57 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_step_1_h) ?x56 ?x55)))
 (let ((?x58 (+ 0.0 (* ?x48 (- cerebral_child_l6_since_h cerebral_child_l6_since_h)))))
 (let ((?x59 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_step_0_h) ?x58 ?x57)))
 (let ((?x60 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_since_h) 0.0 ?x59)))
 (let (($x61 (<= t_0 cerebral_child_l6_end_h)))
 (let ((?x62 (ite $x61 (+ ?x51 (* ?x39 (- t_0 cerebral_child_l6_step_2_h))) ?x52)))
 (let ((?x63 (ite (<= t_0 cerebral_child_l6_step_2_h) (+ ?x50 (* ?x42 (- t_0 cerebral_child_l6_step_1_h))) ?x62)))
 (let ((?x64 (ite (<= t_0 cerebral_child_l6_step_1_h) (+ ?x49 (* ?x45 (- t_0 cerebral_child_l6_step_0_h))) ?x63)))
 (let ((?x65 (ite (<= t_0 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x48 (- t_0 cerebral_child_l6_since_h))) ?x64)))
 (let ((?x66 (ite (<= t_0 cerebral_child_l6_since_h) 0.0 ?x65)))
 (let ((?x67 (ite (<= 0.0 cerebral_child_l6_end_h) (+ ?x51 (* ?x39 (- 0.0 cerebral_child_l6_step_2_h))) ?x52)))
 (let ((?x68 (ite (<= 0.0 cerebral_child_l6_step_2_h) (+ ?x50 (* ?x42 (- 0.0 cerebral_child_l6_step_1_h))) ?x67)))
 (let ((?x69 (ite (<= 0.0 cerebral_child_l6_step_1_h) (+ ?x49 (* ?x45 (- 0.0 cerebral_child_l6_step_0_h))) ?x68)))
 (let ((?x70 (ite (<= 0.0 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x48 (- 0.0 cerebral_child_l6_since_h))) ?x69)))
 (let (($x71 (<= 0.0 cerebral_child_l6_since_h)))
 (let ((?x72 (- cerebral_child_l6_history_volume_ml (+ (- ?x66 (ite $x71 0.0 ?x70)) 0.0))))
 (let ((?x73 (+ ?x51 (* ?x39 (- cerebral_child_l6_refill_0_h cerebral_child_l6_step_2_h)))))
 (let (($x74 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_end_h)))
 (let ((?x75 (+ ?x50 (* ?x42 (- cerebral_child_l6_refill_0_h cerebral_child_l6_step_1_h)))))
 (let (($x28 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_2_h)))
 (let ((?x76 (+ ?x49 (* ?x45 (- cerebral_child_l6_refill_0_h cerebral_child_l6_step_0_h)))))
 (let (($x30 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_1_h)))
 (let ((?x77 (+ 0.0 (* ?x48 (- cerebral_child_l6_refill_0_h cerebral_child_l6_since_h)))))
 (let (($x32 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_0_h)))
 (let (($x34 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_since_h)))
 (let ((?x78 (ite $x34 0.0 (ite $x32 ?x77 (ite $x30 ?x76 (ite $x28 ?x75 (ite $x74 ?x73 ?x52)))))))
 (let ((?x79 (ite (< cerebral_child_l6_refill_0_h t_0) (- cerebral_child_l6_refill_0_volume_ml (+ (- ?x66 ?x78) 0.0)) (ite (< 0.0 t_0) ?x72 (- 0.0 (+ (- ?x66 ?x60) 0.0))))))
 (let (($x80 (and (< (ite $x71 cerebral_child_l6_since_h 0.0) t_0) $x61 (not (> ?x79 cerebral_child_l6_alarm_ml)))))
 (=> holds_ITB-PUMP-4 (not (or $x80))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x81 (not (>= 1848.0 (- cerebral_child_l6_end_h cerebral_child_l6_refill_0_h)))))
 (let (($x82 (>= 1848.0 (- cerebral_child_l6_refill_0_h cerebral_child_l6_history_filled_at_h))))
 (=> holds_ITB-PUMP-5 (not (or (not $x82) $x81))))))
(assert
 (let (($x83 (not cerebral_child_l6_bolus_0_emergency)))
 (let (($x84 (or (and (ite (= cerebral_child_l6_bolus_0_via 0) false true) $x83))))
 (=> holds_ITB-PUMP-6 (not $x84)))))
(assert
 (let (($x85 (not (or (not (ite (= cerebral_child_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x85)))
(assert
 (let (($x86 (and (< 0.0 cerebral_child_l6_concentration_ug_ml) (>= 2000.0 cerebral_child_l6_concentration_ug_ml))))
 (let (($x87 (not $x86)))
 (let (($x88 (and (< 0.0 cerebral_child_l6_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l6_refill_0_concentration_ug_ml))))
 (let (($x89 (or (= 50.0 cerebral_child_l6_refill_0_concentration_ug_ml) (= 500.0 cerebral_child_l6_refill_0_concentration_ug_ml) (= 2000.0 cerebral_child_l6_refill_0_concentration_ug_ml))))
 (let (($x90 (= cerebral_child_l6_refill_0_diluent 0)))
 (let (($x91 (ite $x90 true (ite (= cerebral_child_l6_refill_0_diluent 1) false false))))
 (let (($x92 (ite $x90 false (ite (= cerebral_child_l6_refill_0_diluent 1) true false))))
 (let (($x93 (or (not (or $x91 $x92)) (and $x91 (not $x89)) $x87 (not $x88) $x87 $x87 $x87 $x87)))
 (=> holds_ITB-CONC-1 (not $x93)))))))))))
(assert
 (=> holds_ITB-SCR-6 (not (or (not cerebral_child_l6_screened_positive)))))
(assert
 (let (($x94 (<= cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x95 (not $x94)))
 (let (($x96 (and (ite (= cerebral_child_l6_step_2_phase 0) false true) $x95)))
 (let (($x97 (<= cerebral_child_l6_step_2_daily_dose_ug (* (/ 23.0 20.0) cerebral_child_l6_step_1_daily_dose_ug))))
 (let (($x3 (= cerebral_child_l6_step_2_phase 0)))
 (let (($x4 (ite $x3 true false)))
 (let (($x98 (> cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let ((?x99 (/ 3.0 20.0)))
 (let ((?x100 (/ 1.0 5.0)))
 (let (($x101 (<= 18.0 cerebral_child_l6_age_years)))
 (let ((?x102 (* (+ 1.0 (ite $x101 ?x100 ?x99)) cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x103 (> cerebral_child_l6_step_1_daily_dose_ug cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x104 (and $x101 (ite (= cerebral_child_l6_step_0_phase 0) false true))))
 (let ((?x105 (* (+ 1.0 (ite $x104 ?x100 ?x99)) cerebral_child_l6_history_daily_dose_ug)))
 (let (($x106 (> cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let (($x107 (or (and $x106 (not (<= cerebral_child_l6_step_0_daily_dose_ug ?x105))) (and $x103 (not (<= cerebral_child_l6_step_1_daily_dose_ug ?x102))) (and (and $x98 $x4) (not $x97)) $x96)))
 (=> holds_ITB-TITR-1 (not $x107)))))))))))))))))))
(assert
 (let ((?x108 (ite cerebral_child_l6_programmable 24.0 48.0)))
 (let (($x109 (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_last_increase_h) ?x108)))
 (let (($x98 (> cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x110 (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_last_increase_h) ?x108)))
 (let (($x103 (> cerebral_child_l6_step_1_daily_dose_ug cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x111 (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_last_increase_h) ?x108)))
 (let (($x106 (> cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let (($x112 (not (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_step_2_h) ?x108))))
 (let (($x113 (and $x98 (and (< cerebral_child_l6_step_2_h cerebral_child_l6_step_2_h) $x98) $x112)))
 (let (($x114 (not (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h) ?x108))))
 (let (($x115 (and $x98 (and (< cerebral_child_l6_step_1_h cerebral_child_l6_step_2_h) $x103) $x114)))
 (let (($x116 (not (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_step_0_h) ?x108))))
 (let (($x117 (and $x98 (and (< cerebral_child_l6_step_0_h cerebral_child_l6_step_2_h) $x106) $x116)))
 (let (($x118 (not (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_step_2_h) ?x108))))
 (let (($x119 (and $x103 (and (< cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h) $x98) $x118)))
 (let (($x120 (not (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_step_1_h) ?x108))))
 (let (($x121 (and $x103 (and (< cerebral_child_l6_step_1_h cerebral_child_l6_step_1_h) $x103) $x120)))
 (let (($x122 (not (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h) ?x108))))
 (let (($x123 (and $x103 (and (< cerebral_child_l6_step_0_h cerebral_child_l6_step_1_h) $x106) $x122)))
 (let (($x124 (not (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_step_2_h) ?x108))))
 (let (($x125 (and $x106 (and (< cerebral_child_l6_step_2_h cerebral_child_l6_step_0_h) $x98) $x124)))
 (let (($x126 (not (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_step_1_h) ?x108))))
 (let (($x127 (and $x106 (and (< cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h) $x103) $x126)))
 (let (($x128 (not (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_step_0_h) ?x108))))
 (let (($x129 (and $x106 (and (< cerebral_child_l6_step_0_h cerebral_child_l6_step_0_h) $x106) $x128)))
 (let (($x130 (or $x129 $x127 $x125 $x123 $x121 $x119 $x117 $x115 $x113 (and $x106 (not $x111)) (and $x103 (not $x110)) (and $x98 (not $x109)))))
 (=> holds_ITB-TITR-2 (not $x130)))))))))))))))))))))))))))))
(assert
 (let ((?x131 (ite (<= cerebral_child_l6_step_0_h w_0) cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let ((?x132 (ite (<= cerebral_child_l6_step_1_h w_0) cerebral_child_l6_step_1_daily_dose_ug ?x131)))
 (let ((?x133 (ite (<= cerebral_child_l6_step_2_h w_0) cerebral_child_l6_step_2_daily_dose_ug ?x132)))
 (let (($x134 (and (<= (- w_0 24.0) cerebral_child_l6_bolus_0_h) (< cerebral_child_l6_bolus_0_h w_0))))
 (let ((?x37 (- cerebral_child_l6_end_h cerebral_child_l6_step_2_h)))
 (let ((?x38 (/ cerebral_child_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x40 (- cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h)))
 (let ((?x41 (/ cerebral_child_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x43 (- cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h)))
 (let ((?x44 (/ cerebral_child_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x46 (- cerebral_child_l6_step_0_h cerebral_child_l6_since_h)))
 (let ((?x47 (/ cerebral_child_l6_history_daily_dose_ug 24.0)))
 (let ((?x135 (+ 0.0 (* ?x47 ?x46))))
 (let ((?x136 (+ ?x135 (* ?x44 ?x43))))
 (let ((?x137 (+ ?x136 (* ?x41 ?x40))))
 (let ((?x138 (+ ?x137 (* ?x38 ?x37))))
 (let ((?x139 (ite (<= (- w_0 24.0) cerebral_child_l6_end_h) (+ ?x137 (* ?x38 (- (- w_0 24.0) cerebral_child_l6_step_2_h))) ?x138)))
 (let ((?x140 (ite (<= (- w_0 24.0) cerebral_child_l6_step_2_h) (+ ?x136 (* ?x41 (- (- w_0 24.0) cerebral_child_l6_step_1_h))) ?x139)))
 (let ((?x141 (ite (<= (- w_0 24.0) cerebral_child_l6_step_1_h) (+ ?x135 (* ?x44 (- (- w_0 24.0) cerebral_child_l6_step_0_h))) ?x140)))
 (let ((?x142 (ite (<= (- w_0 24.0) cerebral_child_l6_step_0_h) (+ 0.0 (* ?x47 (- (- w_0 24.0) cerebral_child_l6_since_h))) ?x141)))
 (let ((?x143 (ite (<= w_0 cerebral_child_l6_end_h) (+ ?x137 (* ?x38 (- w_0 cerebral_child_l6_step_2_h))) ?x138)))
 (let ((?x144 (ite (<= w_0 cerebral_child_l6_step_2_h) (+ ?x136 (* ?x41 (- w_0 cerebral_child_l6_step_1_h))) ?x143)))
 (let ((?x145 (ite (<= w_0 cerebral_child_l6_step_1_h) (+ ?x135 (* ?x44 (- w_0 cerebral_child_l6_step_0_h))) ?x144)))
 (let ((?x146 (ite (<= w_0 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x47 (- w_0 cerebral_child_l6_since_h))) ?x145)))
 (let ((?x147 (ite (<= w_0 cerebral_child_l6_since_h) 0.0 ?x146)))
 (let ((?x148 (- ?x147 (ite (<= (- w_0 24.0) cerebral_child_l6_since_h) 0.0 ?x142))))
 (let ((?x149 (ite (>= (- w_0 24.0) cerebral_child_l6_since_h) (+ ?x148 (+ 0.0 (ite $x134 cerebral_child_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x133))))
 (let ((?x99 (/ 3.0 20.0)))
 (let ((?x100 (/ 1.0 5.0)))
 (let (($x150 (= cerebral_child_l6_step_0_phase 0)))
 (let ((?x151 (+ w_0 24.0)))
 (let (($x152 (< cerebral_child_l6_step_0_h ?x151)))
 (let (($x153 (ite (< cerebral_child_l6_step_1_h ?x151) true (ite (and $x152 $x150) false (ite $x152 true true)))))
 (let (($x154 (< cerebral_child_l6_step_2_h ?x151)))
 (let (($x155 (ite (and $x154 (= cerebral_child_l6_step_2_phase 0)) false (ite $x154 false $x153))))
 (let (($x101 (<= 18.0 cerebral_child_l6_age_years)))
 (let (($x156 (<= w_0 cerebral_child_l6_bolus_0_h)))
 (let ((?x157 (ite (and $x156 (< cerebral_child_l6_bolus_0_h ?x151)) cerebral_child_l6_bolus_0_dose_ug 0.0)))
 (let (($x158 (<= ?x151 cerebral_child_l6_end_h)))
 (let ((?x159 (ite (<= ?x151 cerebral_child_l6_step_2_h) (+ ?x136 (* ?x41 (- ?x151 cerebral_child_l6_step_1_h))) (ite $x158 (+ ?x137 (* ?x38 (- ?x151 cerebral_child_l6_step_2_h))) ?x138))))
 (let ((?x160 (ite (<= ?x151 cerebral_child_l6_step_1_h) (+ ?x135 (* ?x44 (- ?x151 cerebral_child_l6_step_0_h))) ?x159)))
 (let ((?x161 (ite (<= ?x151 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x47 (- ?x151 cerebral_child_l6_since_h))) ?x160)))
 (let ((?x162 (+ (- (ite (<= ?x151 cerebral_child_l6_since_h) 0.0 ?x161) ?x147) (+ 0.0 ?x157))))
 (let (($x163 (and (<= cerebral_child_l6_since_h w_0) $x158 (not (<= ?x162 (* (+ 1.0 (ite (and $x101 $x155) ?x100 ?x99)) ?x149))))))
 (=> holds_ITB-TITR-3 (not (or $x163))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x164 (ite (<= cerebral_child_l6_step_0_h cerebral_child_l6_bolus_0_h) cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
(let ((?x165 (ite (<= cerebral_child_l6_step_1_h cerebral_child_l6_bolus_0_h) cerebral_child_l6_step_1_daily_dose_ug ?x164)))
(let ((?x166 (ite (<= cerebral_child_l6_step_2_h cerebral_child_l6_bolus_0_h) cerebral_child_l6_step_2_daily_dose_ug ?x165)))
(let ((?x167 (ite (< cerebral_child_l6_bolus_0_h cerebral_child_l6_since_h) 0.0 ?x166)))
(let (($x168 (<= cerebral_child_l6_bolus_0_dose_ug (ite (>= 100.0 ?x167) 100.0 ?x167))))
(=> holds_ITB-DOSE-3 (not (or (not $x168))))))))))
(check-sat)
