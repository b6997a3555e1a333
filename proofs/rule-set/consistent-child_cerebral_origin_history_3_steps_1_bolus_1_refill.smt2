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
 (let ((?x37 (/ cerebral_child_l6_bolus_0_dose_ug cerebral_child_l6_concentration_ug_ml)))
 (let (($x38 (= cerebral_child_l6_bolus_0_h cerebral_child_l6_end_h)))
 (let ((?x39 (ite (and (ite (= cerebral_child_l6_bolus_0_via 0) true false) $x38) ?x37 0.0)))
 (let ((?x40 (- cerebral_child_l6_end_h cerebral_child_l6_step_2_h)))
 (let ((?x41 (/ cerebral_child_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x42 (/ ?x41 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x43 (- cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h)))
 (let ((?x44 (/ cerebral_child_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x45 (/ ?x44 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x46 (- cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h)))
 (let ((?x47 (/ cerebral_child_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x48 (/ ?x47 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x49 (- cerebral_child_l6_step_0_h cerebral_child_l6_since_h)))
 (let ((?x50 (/ cerebral_child_l6_history_daily_dose_ug 24.0)))
 (let ((?x51 (/ ?x50 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x52 (+ 0.0 (* ?x51 ?x49))))
 (let ((?x53 (+ ?x52 (* ?x48 ?x46))))
 (let ((?x54 (+ ?x53 (* ?x45 ?x43))))
 (let ((?x55 (+ ?x54 (* ?x42 ?x40))))
 (let ((?x56 (+ ?x54 (* ?x42 (- cerebral_child_l6_since_h cerebral_child_l6_step_2_h)))))
 (let ((?x57 (+ ?x53 (* ?x45 (- cerebral_child_l6_since_h cerebral_child_l6_step_1_h)))))
 (let ((?x58 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_step_2_h) ?x57 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_end_h) ?x56 ?x55))))
 (let ((?x59 (+ ?x52 (* ?x48 (- cerebral_child_l6_since_h cerebral_child_l6_step_0_h)))))
 (let ((?x60 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_step_1_h) ?x59 ?x58)))
 (let ((?x61 (+ 0.0 (* ?x51 (- cerebral_child_l6_since_h cerebral_child_l6_since_h)))))
 (let ((?x62 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_step_0_h) ?x61 ?x60)))
 (let ((?x63 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_since_h) 0.0 ?x62)))
 (let ((?x64 (+ ?x53 (* ?x45 (- cerebral_child_l6_end_h cerebral_child_l6_step_1_h)))))
 (let ((?x65 (ite (<= cerebral_child_l6_end_h cerebral_child_l6_step_2_h) ?x64 (ite (<= cerebral_child_l6_end_h cerebral_child_l6_end_h) ?x55 ?x55))))
 (let ((?x66 (+ ?x52 (* ?x48 (- cerebral_child_l6_end_h cerebral_child_l6_step_0_h)))))
 (let ((?x67 (+ 0.0 (* ?x51 (- cerebral_child_l6_end_h cerebral_child_l6_since_h)))))
 (let ((?x68 (ite (<= cerebral_child_l6_end_h cerebral_child_l6_step_0_h) ?x67 (ite (<= cerebral_child_l6_end_h cerebral_child_l6_step_1_h) ?x66 ?x65))))
 (let ((?x69 (ite (<= cerebral_child_l6_end_h cerebral_child_l6_since_h) 0.0 ?x68)))
 (let ((?x70 (ite (<= 0.0 cerebral_child_l6_end_h) (+ ?x54 (* ?x42 (- 0.0 cerebral_child_l6_step_2_h))) ?x55)))
 (let ((?x71 (ite (<= 0.0 cerebral_child_l6_step_2_h) (+ ?x53 (* ?x45 (- 0.0 cerebral_child_l6_step_1_h))) ?x70)))
 (let ((?x72 (ite (<= 0.0 cerebral_child_l6_step_1_h) (+ ?x52 (* ?x48 (- 0.0 cerebral_child_l6_step_0_h))) ?x71)))
 (let ((?x73 (ite (<= 0.0 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x51 (- 0.0 cerebral_child_l6_since_h))) ?x72)))
 (let (($x74 (<= 0.0 cerebral_child_l6_since_h)))
 (let ((?x75 (ite $x74 0.0 ?x73)))
 (let ((?x76 (ite (< 0.0 cerebral_child_l6_end_h) (- cerebral_child_l6_history_volume_ml (+ (- ?x69 ?x75) 0.0)) (- 0.0 (+ (- ?x69 ?x63) 0.0)))))
 (let ((?x77 (+ ?x54 (* ?x42 (- cerebral_child_l6_refill_0_h cerebral_child_l6_step_2_h)))))
 (let (($x78 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_end_h)))
 (let ((?x79 (+ ?x53 (* ?x45 (- cerebral_child_l6_refill_0_h cerebral_child_l6_step_1_h)))))
 (let (($x28 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_2_h)))
 (let ((?x80 (+ ?x52 (* ?x48 (- cerebral_child_l6_refill_0_h cerebral_child_l6_step_0_h)))))
 (let (($x30 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_1_h)))
 (let ((?x81 (+ 0.0 (* ?x51 (- cerebral_child_l6_refill_0_h cerebral_child_l6_since_h)))))
 (let (($x32 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_0_h)))
 (let (($x34 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_since_h)))
 (let ((?x82 (ite $x34 0.0 (ite $x32 ?x81 (ite $x30 ?x80 (ite $x28 ?x79 (ite $x78 ?x77 ?x55)))))))
 (let ((?x83 (ite (< cerebral_child_l6_refill_0_h cerebral_child_l6_end_h) (- cerebral_child_l6_refill_0_volume_ml (+ (- ?x69 ?x82) 0.0)) ?x76)))
 (let (($x84 (not (> (- ?x83 (* 1.0 (+ 0.0 ?x39))) cerebral_child_l6_alarm_ml))))
 (let (($x85 (= cerebral_child_l6_refill_0_h cerebral_child_l6_end_h)))
 (let (($x86 (<= t_0 cerebral_child_l6_end_h)))
 (let ((?x87 (ite $x86 (+ ?x54 (* ?x42 (- t_0 cerebral_child_l6_step_2_h))) ?x55)))
 (let ((?x88 (ite (<= t_0 cerebral_child_l6_step_2_h) (+ ?x53 (* ?x45 (- t_0 cerebral_child_l6_step_1_h))) ?x87)))
 (let ((?x89 (ite (<= t_0 cerebral_child_l6_step_1_h) (+ ?x52 (* ?x48 (- t_0 cerebral_child_l6_step_0_h))) ?x88)))
 (let ((?x90 (ite (<= t_0 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x51 (- t_0 cerebral_child_l6_since_h))) ?x89)))
 (let ((?x91 (ite (<= t_0 cerebral_child_l6_since_h) 0.0 ?x90)))
 (let ((?x92 (ite (< 0.0 t_0) (- cerebral_child_l6_history_volume_ml (+ (- ?x91 ?x75) 0.0)) (- 0.0 (+ (- ?x91 ?x63) 0.0)))))
 (let ((?x93 (ite (< cerebral_child_l6_refill_0_h t_0) (- cerebral_child_l6_refill_0_volume_ml (+ (- ?x91 ?x82) 0.0)) ?x92)))
 (let (($x94 (and (< (ite $x74 cerebral_child_l6_since_h 0.0) t_0) $x86 (not (> ?x93 cerebral_child_l6_alarm_ml)))))
 (let (($x95 (or $x94 (and (not (or (= 0.0 cerebral_child_l6_end_h) $x85)) $x84))))
 (=> holds_ITB-PUMP-4 (not $x95))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x96 (not (>= 1848.0 (- cerebral_child_l6_end_h cerebral_child_l6_refill_0_h)))))
 (let (($x97 (>= 1848.0 (- cerebral_child_l6_refill_0_h cerebral_child_l6_history_filled_at_h))))
 (=> holds_ITB-PUMP-5 (not (or (not $x97) $x96))))))
(assert
 (let (($x98 (not cerebral_child_l6_bolus_0_emergency)))
 (let (($x99 (or (and (ite (= cerebral_child_l6_bolus_0_via 0) false true) $x98))))
 (=> holds_ITB-PUMP-6 (not $x99)))))
(assert
 (let (($x100 (not (or (not (ite (= cerebral_child_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x100)))
(assert
 (let (($x101 (and (< 0.0 cerebral_child_l6_concentration_ug_ml) (>= 2000.0 cerebral_child_l6_concentration_ug_ml))))
 (let (($x102 (not $x101)))
 (let (($x103 (and (< 0.0 cerebral_child_l6_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l6_refill_0_concentration_ug_ml))))
 (let (($x104 (or (= 50.0 cerebral_child_l6_refill_0_concentration_ug_ml) (= 500.0 cerebral_child_l6_refill_0_concentration_ug_ml) (= 2000.0 cerebral_child_l6_refill_0_concentration_ug_ml))))
 (let (($x105 (= cerebral_child_l6_refill_0_diluent 0)))
 (let (($x106 (ite $x105 true (ite (= cerebral_child_l6_refill_0_diluent 1) false false))))
 (let (($x107 (ite $x105 false (ite (= cerebral_child_l6_refill_0_diluent 1) true false))))
 (let (($x108 (or (not (or $x106 $x107)) (and $x106 (not $x104)) $x102 (not $x103) $x102 $x102 $x102 $x102)))
 (=> holds_ITB-CONC-1 (not $x108)))))))))))
(assert
 (=> holds_ITB-SCR-6 (not (or (not cerebral_child_l6_screened_positive)))))
(assert
 (let (($x109 (<= cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x110 (not $x109)))
 (let (($x111 (and (ite (= cerebral_child_l6_step_2_phase 0) false true) $x110)))
 (let (($x112 (<= cerebral_child_l6_step_2_daily_dose_ug (* (/ 23.0 20.0) cerebral_child_l6_step_1_daily_dose_ug))))
 (let (($x3 (= cerebral_child_l6_step_2_phase 0)))
 (let (($x4 (ite $x3 true false)))
 (let (($x113 (> cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let ((?x114 (/ 3.0 20.0)))
 (let ((?x115 (/ 1.0 5.0)))
 (let (($x116 (<= 18.0 cerebral_child_l6_age_years)))
 (let ((?x117 (* (+ 1.0 (ite $x116 ?x115 ?x114)) cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x118 (> cerebral_child_l6_step_1_daily_dose_ug cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x119 (and $x116 (ite (= cerebral_child_l6_step_0_phase 0) false true))))
 (let ((?x120 (* (+ 1.0 (ite $x119 ?x115 ?x114)) cerebral_child_l6_history_daily_dose_ug)))
 (let (($x121 (> cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let (($x122 (or (and $x121 (not (<= cerebral_child_l6_step_0_daily_dose_ug ?x120))) (and $x118 (not (<= cerebral_child_l6_step_1_daily_dose_ug ?x117))) (and (and $x113 $x4) (not $x112)) $x111)))
 (=> holds_ITB-TITR-1 (not $x122)))))))))))))))))))
(assert
 (let ((?x123 (ite cerebral_child_l6_programmable 24.0 48.0)))
 (let (($x124 (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_last_increase_h) ?x123)))
 (let (($x113 (> cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x125 (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_last_increase_h) ?x123)))
 (let (($x118 (> cerebral_child_l6_step_1_daily_dose_ug cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x126 (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_last_increase_h) ?x123)))
 (let (($x121 (> cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let (($x127 (not (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_step_2_h) ?x123))))
 (let (($x128 (and $x113 (and (< cerebral_child_l6_step_2_h cerebral_child_l6_step_2_h) $x113) $x127)))
 (let (($x129 (not (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h) ?x123))))
 (let (($x130 (and $x113 (and (< cerebral_child_l6_step_1_h cerebral_child_l6_step_2_h) $x118) $x129)))
 (let (($x131 (not (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_step_0_h) ?x123))))
 (let (($x132 (and $x113 (and (< cerebral_child_l6_step_0_h cerebral_child_l6_step_2_h) $x121) $x131)))
 (let (($x133 (not (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_step_2_h) ?x123))))
 (let (($x134 (and $x118 (and (< cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h) $x113) $x133)))
 (let (($x135 (not (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_step_1_h) ?x123))))
 (let (($x136 (and $x118 (and (< cerebral_child_l6_step_1_h cerebral_child_l6_step_1_h) $x118) $x135)))
 (let (($x137 (not (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h) ?x123))))
 (let (($x138 (and $x118 (and (< cerebral_child_l6_step_0_h cerebral_child_l6_step_1_h) $x121) $x137)))
 (let (($x139 (not (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_step_2_h) ?x123))))
 (let (($x140 (and $x121 (and (< cerebral_child_l6_step_2_h cerebral_child_l6_step_0_h) $x113) $x139)))
 (let (($x141 (not (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_step_1_h) ?x123))))
 (let (($x142 (and $x121 (and (< cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h) $x118) $x141)))
 (let (($x143 (not (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_step_0_h) ?x123))))
 (let (($x144 (and $x121 (and (< cerebral_child_l6_step_0_h cerebral_child_l6_step_0_h) $x121) $x143)))
 (let (($x145 (or $x144 $x142 $x140 $x138 $x136 $x134 $x132 $x130 $x128 (and $x121 (not $x126)) (and $x118 (not $x125)) (and $x113 (not $x124)))))
 (=> holds_ITB-TITR-2 (not $x145)))))))))))))))))))))))))))))
(assert
 (let ((?x146 (ite (<= cerebral_child_l6_step_0_h w_0) cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let ((?x147 (ite (<= cerebral_child_l6_step_1_h w_0) cerebral_child_l6_step_1_daily_dose_ug ?x146)))
 (let ((?x148 (ite (<= cerebral_child_l6_step_2_h w_0) cerebral_child_l6_step_2_daily_dose_ug ?x147)))
 (let (($x149 (and (<= (- w_0 24.0) cerebral_child_l6_bolus_0_h) (< cerebral_child_l6_bolus_0_h w_0))))
 (let ((?x40 (- cerebral_child_l6_end_h cerebral_child_l6_step_2_h)))
 (let ((?x41 (/ cerebral_child_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x43 (- cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h)))
 (let ((?x44 (/ cerebral_child_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x46 (- cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h)))
 (let ((?x47 (/ cerebral_child_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x49 (- cerebral_child_l6_step_0_h cerebral_child_l6_since_h)))
 (let ((?x50 (/ cerebral_child_l6_history_daily_dose_ug 24.0)))
 (let ((?x150 (+ 0.0 (* ?x50 ?x49))))
 (let ((?x151 (+ ?x150 (* ?x47 ?x46))))
 (let ((?x152 (+ ?x151 (* ?x44 ?x43))))
 (let ((?x153 (+ ?x152 (* ?x41 ?x40))))
 (let ((?x154 (ite (<= (- w_0 24.0) cerebral_child_l6_end_h) (+ ?x152 (* ?x41 (- (- w_0 24.0) cerebral_child_l6_step_2_h))) ?x153)))
 (let ((?x155 (ite (<= (- w_0 24.0) cerebral_child_l6_step_2_h) (+ ?x151 (* ?x44 (- (- w_0 24.0) cerebral_child_l6_step_1_h))) ?x154)))
 (let ((?x156 (ite (<= (- w_0 24.0) cerebral_child_l6_step_1_h) (+ ?x150 (* ?x47 (- (- w_0 24.0) cerebral_child_l6_step_0_h))) ?x155)))
 (let ((?x157 (ite (<= (- w_0 24.0) cerebral_child_l6_step_0_h) (+ 0.0 (* ?x50 (- (- w_0 24.0) cerebral_child_l6_since_h))) ?x156)))
 (let ((?x158 (ite (<= w_0 cerebral_child_l6_end_h) (+ ?x152 (* ?x41 (- w_0 cerebral_child_l6_step_2_h))) ?x153)))
 (let ((?x159 (ite (<= w_0 cerebral_child_l6_step_2_h) (+ ?x151 (* ?x44 (- w_0 cerebral_child_l6_step_1_h))) ?x158)))
 (let ((?x160 (ite (<= w_0 cerebral_child_l6_step_1_h) (+ ?x150 (* ?x47 (- w_0 cerebral_child_l6_step_0_h))) ?x159)))
 (let ((?x161 (ite (<= w_0 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x50 (- w_0 cerebral_child_l6_since_h))) ?x160)))
 (let ((?x162 (ite (<= w_0 cerebral_child_l6_since_h) 0.0 ?x161)))
 (let ((?x163 (- ?x162 (ite (<= (- w_0 24.0) cerebral_child_l6_since_h) 0.0 ?x157))))
 (let ((?x164 (ite (>= (- w_0 24.0) cerebral_child_l6_since_h) (+ ?x163 (+ 0.0 (ite $x149 cerebral_child_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x148))))
 (let ((?x114 (/ 3.0 20.0)))
 (let ((?x115 (/ 1.0 5.0)))
 (let (($x165 (= cerebral_child_l6_step_0_phase 0)))
 (let ((?x166 (+ w_0 24.0)))
 (let (($x167 (< cerebral_child_l6_step_0_h ?x166)))
 (let (($x168 (ite (< cerebral_child_l6_step_1_h ?x166) true (ite (and $x167 $x165) false (ite $x167 true true)))))
 (let (($x169 (< cerebral_child_l6_step_2_h ?x166)))
 (let (($x170 (ite (and $x169 (= cerebral_child_l6_step_2_phase 0)) false (ite $x169 false $x168))))
 (let (($x116 (<= 18.0 cerebral_child_l6_age_years)))
 (let (($x171 (<= w_0 cerebral_child_l6_bolus_0_h)))
 (let ((?x172 (ite (and $x171 (< cerebral_child_l6_bolus_0_h ?x166)) cerebral_child_l6_bolus_0_dose_ug 0.0)))
 (let (($x173 (<= ?x166 cerebral_child_l6_end_h)))
 (let ((?x174 (ite (<= ?x166 cerebral_child_l6_step_2_h) (+ ?x151 (* ?x44 (- ?x166 cerebral_child_l6_step_1_h))) (ite $x173 (+ ?x152 (* ?x41 (- ?x166 cerebral_child_l6_step_2_h))) ?x153))))
 (let ((?x175 (ite (<= ?x166 cerebral_child_l6_step_1_h) (+ ?x150 (* ?x47 (- ?x166 cerebral_child_l6_step_0_h))) ?x174)))
 (let ((?x176 (ite (<= ?x166 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x50 (- ?x166 cerebral_child_l6_since_h))) ?x175)))
 (let ((?x177 (+ (- (ite (<= ?x166 cerebral_child_l6_since_h) 0.0 ?x176) ?x162) (+ 0.0 ?x172))))
 (let (($x178 (and (<= cerebral_child_l6_since_h w_0) $x173 (not (<= ?x177 (* (+ 1.0 (ite (and $x116 $x170) ?x115 ?x114)) ?x164))))))
 (=> holds_ITB-TITR-3 (not (or $x178))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x179 (ite (<= cerebral_child_l6_step_0_h cerebral_child_l6_bolus_0_h) cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
(let ((?x180 (ite (<= cerebral_child_l6_step_1_h cerebral_child_l6_bolus_0_h) cerebral_child_l6_step_1_daily_dose_ug ?x179)))
(let ((?x181 (ite (<= cerebral_child_l6_step_2_h cerebral_child_l6_bolus_0_h) cerebral_child_l6_step_2_daily_dose_ug ?x180)))
(let ((?x182 (ite (< cerebral_child_l6_bolus_0_h cerebral_child_l6_since_h) 0.0 ?x181)))
(let (($x183 (<= cerebral_child_l6_bolus_0_dose_ug (ite (>= 100.0 ?x182) 100.0 ?x182))))
(=> holds_ITB-DOSE-3 (not (or (not $x183))))))))))
(check-sat)
