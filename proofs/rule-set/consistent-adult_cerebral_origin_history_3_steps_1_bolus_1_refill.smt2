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
(declare-fun holds_ITB-DOSE-3 () Bool)
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
 (let ((?x1 (* (/ 4.0 5.0) cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x2 (= cerebral_adult_l6_step_2_phase 0)))
 (let (($x3 (ite $x2 true false)))
 (let (($x4 (< cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x5 (and (and $x4 $x3) (not (>= cerebral_adult_l6_step_2_daily_dose_ug ?x1)))))
 (let ((?x6 (* (/ 4.0 5.0) cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x7 (< cerebral_adult_l6_step_1_daily_dose_ug cerebral_adult_l6_step_0_daily_dose_ug)))
 (let ((?x8 (* (/ 4.0 5.0) cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x9 (< cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x10 (or (and $x9 (not (>= cerebral_adult_l6_step_0_daily_dose_ug ?x8))) (and $x7 (not (>= cerebral_adult_l6_step_1_daily_dose_ug ?x6))) $x5)))
 (let (($x11 (not $x10)))
 (=> holds_ITB-STOP-1 $x11)))))))))))))
(assert
 (let (($x12 (not false)))
 (=> holds_ITB-STOP-2 $x12)))
(assert
 (let (($x13 (not (or (not (<= 4.0 cerebral_adult_l6_age_years))))))
 (=> holds_ITB-PAT-1 $x13)))
(assert
 (let (($x12 (not false)))
 (=> holds_ITB-PUMP-1 $x12)))
(assert
 (let (($x12 (not false)))
 (=> holds_ITB-PUMP-2 $x12)))
(assert
 (let ((?x14 (* cerebral_adult_l6_step_2_rate_ml_day cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x15 (- ?x14 cerebral_adult_l6_step_2_daily_dose_ug)))
 (let (($x16 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l6_step_2_daily_dose_ug) ?x15) (<= ?x15 (* (/ 1.0 100.0) cerebral_adult_l6_step_2_daily_dose_ug)))))
 (let ((?x17 (* cerebral_adult_l6_step_1_rate_ml_day cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x18 (- ?x17 cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x19 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l6_step_1_daily_dose_ug) ?x18) (<= ?x18 (* (/ 1.0 100.0) cerebral_adult_l6_step_1_daily_dose_ug)))))
 (let ((?x20 (* cerebral_adult_l6_step_0_rate_ml_day cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x21 (- ?x20 cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x22 (and (<= (* (- (/ 1.0 100.0)) cerebral_adult_l6_step_0_daily_dose_ug) ?x21) (<= ?x21 (* (/ 1.0 100.0) cerebral_adult_l6_step_0_daily_dose_ug)))))
 (let (($x23 (= cerebral_adult_l6_concentration_ug_ml cerebral_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x24 (not $x23)))
 (let (($x25 (= cerebral_adult_l6_concentration_ug_ml cerebral_adult_l6_concentration_ug_ml)))
 (let (($x26 (ite true $x25 false)))
 (let (($x27 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_2_h)))
 (let (($x28 (and (ite $x27 true (ite true true false)) (not (ite $x27 $x23 $x26)))))
 (let (($x29 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_1_h)))
 (let (($x30 (and (ite $x29 true (ite true true false)) (not (ite $x29 $x23 $x26)))))
 (let (($x31 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_0_h)))
 (let (($x32 (and (ite $x31 true (ite true true false)) (not (ite $x31 $x23 $x26)))))
 (let (($x33 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_since_h)))
 (let (($x34 (and (ite $x33 true (ite true true false)) (not (ite $x33 $x23 $x26)))))
 (let (($x35 (or $x34 $x32 $x30 $x28 (not $x25) $x24 (not $x22) (not $x19) (not $x16))))
 (let (($x36 (not $x35)))
 (=> holds_ITB-PUMP-3 $x36)))))))))))))))))))))))))
(assert
 (let ((?x37 (- cerebral_adult_l6_end_h cerebral_adult_l6_step_2_h)))
 (let ((?x38 (/ cerebral_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x39 (/ ?x38 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x40 (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h)))
 (let ((?x41 (/ cerebral_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x42 (/ ?x41 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x43 (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h)))
 (let ((?x44 (/ cerebral_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x45 (/ ?x44 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x46 (- cerebral_adult_l6_step_0_h cerebral_adult_l6_since_h)))
 (let ((?x47 (/ cerebral_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x48 (/ ?x47 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x49 (+ 0.0 (* ?x48 ?x46))))
 (let ((?x50 (+ ?x49 (* ?x45 ?x43))))
 (let ((?x51 (+ ?x50 (* ?x42 ?x40))))
 (let ((?x52 (+ ?x51 (* ?x39 ?x37))))
 (let ((?x53 (+ ?x51 (* ?x39 (- cerebral_adult_l6_since_h cerebral_adult_l6_step_2_h)))))
 (let ((?x54 (+ ?x50 (* ?x42 (- cerebral_adult_l6_since_h cerebral_adult_l6_step_1_h)))))
 (let ((?x55 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_step_2_h) ?x54 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_end_h) ?x53 ?x52))))
 (let ((?x56 (+ ?x49 (* ?x45 (- cerebral_adult_l6_since_h cerebral_adult_l6_step_0_h)))))
 (let ((?x57 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_step_1_h) ?x56 ?x55)))
 (let ((?x58 (+ 0.0 (* ?x48 (- cerebral_adult_l6_since_h cerebral_adult_l6_since_h)))))
 (let ((?x59 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_step_0_h) ?x58 ?x57)))
 (let ((?x60 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_since_h) 0.0 ?x59)))
 (let (($x61 (<= t_0 cerebral_adult_l6_end_h)))
 (let ((?x62 (ite $x61 (+ ?x51 (* ?x39 (- t_0 cerebral_adult_l6_step_2_h))) ?x52)))
 (let ((?x63 (ite (<= t_0 cerebral_adult_l6_step_2_h) (+ ?x50 (* ?x42 (- t_0 cerebral_adult_l6_step_1_h))) ?x62)))
 (let ((?x64 (ite (<= t_0 cerebral_adult_l6_step_1_h) (+ ?x49 (* ?x45 (- t_0 cerebral_adult_l6_step_0_h))) ?x63)))
 (let ((?x65 (ite (<= t_0 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x48 (- t_0 cerebral_adult_l6_since_h))) ?x64)))
 (let ((?x66 (ite (<= t_0 cerebral_adult_l6_since_h) 0.0 ?x65)))
 (let ((?x67 (ite (<= 0.0 cerebral_adult_l6_end_h) (+ ?x51 (* ?x39 (- 0.0 cerebral_adult_l6_step_2_h))) ?x52)))
 (let ((?x68 (ite (<= 0.0 cerebral_adult_l6_step_2_h) (+ ?x50 (* ?x42 (- 0.0 cerebral_adult_l6_step_1_h))) ?x67)))
 (let ((?x69 (ite (<= 0.0 cerebral_adult_l6_step_1_h) (+ ?x49 (* ?x45 (- 0.0 cerebral_adult_l6_step_0_h))) ?x68)))
 (let ((?x70 (ite (<= 0.0 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x48 (- 0.0 cerebral_adult_l6_since_h))) ?x69)))
 (let (($x71 (<= 0.0 cerebral_adult_l6_since_h)))
 (let ((?x72 (- cerebral_adult_l6_history_volume_ml (+ (- ?x66 (ite $x71 0.0 ?x70)) 0.0))))
 (let (($x73 (< 0.0 t_0)))
 (let ((?x74 (+ ?x51 (* ?x39 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_2_h)))))
 (let (($x75 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_end_h)))
 (let ((?x76 (+ ?x50 (* ?x42 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_1_h)))))
 (let (($x27 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_2_h)))
 (let ((?x77 (+ ?x49 (* ?x45 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_0_h)))))
 (let (($x29 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_1_h)))
 (let ((?x78 (+ 0.0 (* ?x48 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_since_h)))))
 (let (($x31 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_0_h)))
 (let (($x33 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_since_h)))
 (let ((?x79 (ite $x33 0.0 (ite $x31 ?x78 (ite $x29 ?x77 (ite $x27 ?x76 (ite $x75 ?x74 ?x52)))))))
 (let ((?x80 (ite (< cerebral_adult_l6_refill_0_h t_0) (- cerebral_adult_l6_refill_0_volume_ml (+ (- ?x66 ?x79) 0.0)) (ite $x73 ?x72 (- 0.0 (+ (- ?x66 ?x60) 0.0))))))
 (let (($x81 (and (< (ite $x71 cerebral_adult_l6_since_h 0.0) t_0) $x61 (not (> ?x80 cerebral_adult_l6_alarm_ml)))))
 (let (($x82 (not (or $x81))))
 (=> holds_ITB-PUMP-4 $x82))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x83 (not (>= 1848.0 (- cerebral_adult_l6_end_h cerebral_adult_l6_refill_0_h)))))
 (let (($x84 (>= 1848.0 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_history_filled_at_h))))
 (let (($x85 (not (or (not $x84) $x83))))
 (=> holds_ITB-PUMP-5 $x85)))))
(assert
 (let (($x86 (and (ite (= cerebral_adult_l6_bolus_0_via 0) false true) (not cerebral_adult_l6_bolus_0_emergency))))
 (let (($x87 (not (or $x86))))
 (=> holds_ITB-PUMP-6 $x87))))
(assert
 (let (($x88 (not (or (not (ite (= cerebral_adult_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x88)))
(assert
 (let (($x89 (and (< 0.0 cerebral_adult_l6_concentration_ug_ml) (>= 2000.0 cerebral_adult_l6_concentration_ug_ml))))
 (let (($x90 (not $x89)))
 (let (($x91 (and (< 0.0 cerebral_adult_l6_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x92 (= 2000.0 cerebral_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x93 (= 500.0 cerebral_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x94 (= 50.0 cerebral_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x95 (= cerebral_adult_l6_refill_0_diluent 0)))
 (let (($x96 (ite $x95 true (ite (= cerebral_adult_l6_refill_0_diluent 1) false false))))
 (let (($x97 (ite $x95 false (ite (= cerebral_adult_l6_refill_0_diluent 1) true false))))
 (let (($x98 (or (not (or $x96 $x97)) (and $x96 (not (or $x94 $x93 $x92))) $x90 (not $x91) $x90 $x90 $x90 $x90)))
 (let (($x99 (not $x98)))
 (=> holds_ITB-CONC-1 $x99)))))))))))))
(assert
 (let (($x100 (not (or (not cerebral_adult_l6_screened_positive)))))
 (=> holds_ITB-SCR-6 $x100)))
(assert
 (let (($x101 (<= cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x102 (and (ite (= cerebral_adult_l6_step_2_phase 0) false true) (not $x101))))
 (let ((?x103 (* (/ 23.0 20.0) cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x2 (= cerebral_adult_l6_step_2_phase 0)))
 (let (($x3 (ite $x2 true false)))
 (let (($x104 (> cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x105 (and (and $x104 $x3) (not (<= cerebral_adult_l6_step_2_daily_dose_ug ?x103)))))
 (let ((?x106 (* (+ 1.0 (ite (<= 18.0 cerebral_adult_l6_age_years) (/ 1.0 5.0) (/ 3.0 20.0))) cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x107 (> cerebral_adult_l6_step_1_daily_dose_ug cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x108 (<= 18.0 cerebral_adult_l6_age_years)))
 (let (($x109 (and $x108 (ite (= cerebral_adult_l6_step_0_phase 0) false true))))
 (let ((?x110 (* (+ 1.0 (ite $x109 (/ 1.0 5.0) (/ 3.0 20.0))) cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x111 (> cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x112 (or (and $x111 (not (<= cerebral_adult_l6_step_0_daily_dose_ug ?x110))) (and $x107 (not (<= cerebral_adult_l6_step_1_daily_dose_ug ?x106))) $x105 $x102)))
 (let (($x113 (not $x112)))
 (=> holds_ITB-TITR-1 $x113)))))))))))))))))
(assert
 (let ((?x114 (ite cerebral_adult_l6_programmable 24.0 48.0)))
 (let (($x115 (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_last_increase_h) ?x114)))
 (let (($x104 (> cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x116 (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_last_increase_h) ?x114)))
 (let (($x107 (> cerebral_adult_l6_step_1_daily_dose_ug cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x117 (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_last_increase_h) ?x114)))
 (let (($x111 (> cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x118 (not (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_2_h) ?x114))))
 (let (($x119 (and $x104 (and (< cerebral_adult_l6_step_2_h cerebral_adult_l6_step_2_h) $x104) $x118)))
 (let (($x120 (not (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h) ?x114))))
 (let (($x121 (and $x104 (and (< cerebral_adult_l6_step_1_h cerebral_adult_l6_step_2_h) $x107) $x120)))
 (let (($x122 (not (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_0_h) ?x114))))
 (let (($x123 (and $x104 (and (< cerebral_adult_l6_step_0_h cerebral_adult_l6_step_2_h) $x111) $x122)))
 (let (($x124 (not (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_2_h) ?x114))))
 (let (($x125 (and $x107 (and (< cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h) $x104) $x124)))
 (let (($x126 (not (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_1_h) ?x114))))
 (let (($x127 (and $x107 (and (< cerebral_adult_l6_step_1_h cerebral_adult_l6_step_1_h) $x107) $x126)))
 (let (($x128 (not (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h) ?x114))))
 (let (($x129 (and $x107 (and (< cerebral_adult_l6_step_0_h cerebral_adult_l6_step_1_h) $x111) $x128)))
 (let (($x130 (not (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_step_2_h) ?x114))))
 (let (($x131 (and $x111 (and (< cerebral_adult_l6_step_2_h cerebral_adult_l6_step_0_h) $x104) $x130)))
 (let (($x132 (not (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_step_1_h) ?x114))))
 (let (($x133 (and $x111 (and (< cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h) $x107) $x132)))
 (let (($x134 (not (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_step_0_h) ?x114))))
 (let (($x135 (and $x111 (and (< cerebral_adult_l6_step_0_h cerebral_adult_l6_step_0_h) $x111) $x134)))
 (let (($x136 (or $x135 $x133 $x131 $x129 $x127 $x125 $x123 $x121 $x119 (and $x111 (not $x117)) (and $x107 (not $x116)) (and $x104 (not $x115)))))
 (let (($x137 (not $x136)))
 (=> holds_ITB-TITR-2 $x137)))))))))))))))))))))))))))))
(assert
 (let ((?x138 (ite (<= cerebral_adult_l6_step_0_h w_0) cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let ((?x139 (ite (<= cerebral_adult_l6_step_1_h w_0) cerebral_adult_l6_step_1_daily_dose_ug ?x138)))
 (let ((?x140 (ite (<= cerebral_adult_l6_step_2_h w_0) cerebral_adult_l6_step_2_daily_dose_ug ?x139)))
 (let (($x141 (and (<= (- w_0 24.0) cerebral_adult_l6_bolus_0_h) (< cerebral_adult_l6_bolus_0_h w_0))))
 (let ((?x37 (- cerebral_adult_l6_end_h cerebral_adult_l6_step_2_h)))
 (let ((?x38 (/ cerebral_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x40 (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h)))
 (let ((?x41 (/ cerebral_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x43 (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h)))
 (let ((?x44 (/ cerebral_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x46 (- cerebral_adult_l6_step_0_h cerebral_adult_l6_since_h)))
 (let ((?x47 (/ cerebral_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x142 (+ 0.0 (* ?x47 ?x46))))
 (let ((?x143 (+ ?x142 (* ?x44 ?x43))))
 (let ((?x144 (+ ?x143 (* ?x41 ?x40))))
 (let ((?x145 (+ ?x144 (* ?x38 ?x37))))
 (let ((?x146 (ite (<= (- w_0 24.0) cerebral_adult_l6_end_h) (+ ?x144 (* ?x38 (- (- w_0 24.0) cerebral_adult_l6_step_2_h))) ?x145)))
 (let ((?x147 (ite (<= (- w_0 24.0) cerebral_adult_l6_step_2_h) (+ ?x143 (* ?x41 (- (- w_0 24.0) cerebral_adult_l6_step_1_h))) ?x146)))
 (let ((?x148 (ite (<= (- w_0 24.0) cerebral_adult_l6_step_1_h) (+ ?x142 (* ?x44 (- (- w_0 24.0) cerebral_adult_l6_step_0_h))) ?x147)))
 (let ((?x149 (ite (<= (- w_0 24.0) cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x47 (- (- w_0 24.0) cerebral_adult_l6_since_h))) ?x148)))
 (let ((?x150 (ite (<= w_0 cerebral_adult_l6_end_h) (+ ?x144 (* ?x38 (- w_0 cerebral_adult_l6_step_2_h))) ?x145)))
 (let ((?x151 (ite (<= w_0 cerebral_adult_l6_step_2_h) (+ ?x143 (* ?x41 (- w_0 cerebral_adult_l6_step_1_h))) ?x150)))
 (let ((?x152 (ite (<= w_0 cerebral_adult_l6_step_1_h) (+ ?x142 (* ?x44 (- w_0 cerebral_adult_l6_step_0_h))) ?x151)))
 (let ((?x153 (ite (<= w_0 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x47 (- w_0 cerebral_adult_l6_since_h))) ?x152)))
 (let ((?x154 (ite (<= w_0 cerebral_adult_l6_since_h) 0.0 ?x153)))
 (let ((?x155 (- ?x154 (ite (<= (- w_0 24.0) cerebral_adult_l6_since_h) 0.0 ?x149))))
 (let ((?x156 (ite (>= (- w_0 24.0) cerebral_adult_l6_since_h) (+ ?x155 (+ 0.0 (ite $x141 cerebral_adult_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x140))))
 (let (($x157 (= cerebral_adult_l6_step_0_phase 0)))
 (let ((?x158 (+ w_0 24.0)))
 (let (($x159 (< cerebral_adult_l6_step_0_h ?x158)))
 (let (($x160 (ite (< cerebral_adult_l6_step_1_h ?x158) true (ite (and $x159 $x157) false (ite $x159 true true)))))
 (let (($x161 (< cerebral_adult_l6_step_2_h ?x158)))
 (let (($x162 (ite (and $x161 (= cerebral_adult_l6_step_2_phase 0)) false (ite $x161 false $x160))))
 (let (($x108 (<= 18.0 cerebral_adult_l6_age_years)))
 (let (($x163 (and (<= w_0 cerebral_adult_l6_bolus_0_h) (< cerebral_adult_l6_bolus_0_h ?x158))))
 (let (($x164 (<= ?x158 cerebral_adult_l6_end_h)))
 (let ((?x165 (ite (<= ?x158 cerebral_adult_l6_step_2_h) (+ ?x143 (* ?x41 (- ?x158 cerebral_adult_l6_step_1_h))) (ite $x164 (+ ?x144 (* ?x38 (- ?x158 cerebral_adult_l6_step_2_h))) ?x145))))
 (let ((?x166 (ite (<= ?x158 cerebral_adult_l6_step_1_h) (+ ?x142 (* ?x44 (- ?x158 cerebral_adult_l6_step_0_h))) ?x165)))
 (let ((?x167 (ite (<= ?x158 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x47 (- ?x158 cerebral_adult_l6_since_h))) ?x166)))
 (let ((?x168 (+ (- (ite (<= ?x158 cerebral_adult_l6_since_h) 0.0 ?x167) ?x154) (+ 0.0 (ite $x163 cerebral_adult_l6_bolus_0_dose_ug 0.0)))))
 (let (($x169 (not (<= ?x168 (* (+ 1.0 (ite (and $x108 $x162) (/ 1.0 5.0) (/ 3.0 20.0))) ?x156)))))
 (let (($x170 (not (or (and (<= cerebral_adult_l6_since_h w_0) $x164 $x169)))))
 (=> holds_ITB-TITR-3 $x170))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x171 (ite (<= cerebral_adult_l6_step_0_h cerebral_adult_l6_bolus_0_h) cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
(let ((?x172 (ite (<= cerebral_adult_l6_step_1_h cerebral_adult_l6_bolus_0_h) cerebral_adult_l6_step_1_daily_dose_ug ?x171)))
(let ((?x173 (ite (<= cerebral_adult_l6_step_2_h cerebral_adult_l6_bolus_0_h) cerebral_adult_l6_step_2_daily_dose_ug ?x172)))
(let ((?x174 (ite (< cerebral_adult_l6_bolus_0_h cerebral_adult_l6_since_h) 0.0 ?x173)))
(let (($x175 (<= cerebral_adult_l6_bolus_0_dose_ug (ite (>= 100.0 ?x174) 100.0 ?x174))))
(let (($x176 (not (or (not $x175)))))
(=> holds_ITB-DOSE-3 $x176))))))))
(check-sat)
