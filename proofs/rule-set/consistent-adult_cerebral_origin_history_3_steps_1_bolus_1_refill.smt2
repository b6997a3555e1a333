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
 (let ((?x1 (- 100000.0)))
 (>= cerebral_adult_l6_since_h ?x1)))
(assert
 (<= cerebral_adult_l6_since_h 0.0))
(assert
 (let ((?x1 (- 100000.0)))
 (>= cerebral_adult_l6_last_increase_h ?x1)))
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
 (let ((?x1 (- 100000.0)))
 (>= cerebral_adult_l6_history_filled_at_h ?x1)))
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
 (let (($x2 (>= cerebral_adult_l6_step_2_daily_dose_ug (* (/ 4.0 5.0) cerebral_adult_l6_step_1_daily_dose_ug))))
 (let (($x3 (= cerebral_adult_l6_step_2_phase 0)))
 (let (($x4 (ite $x3 true false)))
 (let (($x5 (< cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x6 (>= cerebral_adult_l6_step_1_daily_dose_ug (* (/ 4.0 5.0) cerebral_adult_l6_step_0_daily_dose_ug))))
 (let (($x7 (< cerebral_adult_l6_step_1_daily_dose_ug cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x8 (>= cerebral_adult_l6_step_0_daily_dose_ug (* (/ 4.0 5.0) cerebral_adult_l6_history_daily_dose_ug))))
 (let (($x9 (< cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x10 (or (and $x9 (not $x8)) (and $x7 (not $x6)) (and (and $x5 $x4) (not $x2)))))
 (=> holds_ITB-STOP-1 (not $x10))))))))))))
(assert
 (let (($x11 (not false)))
 (=> holds_ITB-STOP-2 $x11)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 cerebral_adult_l6_age_years))))))
(assert
 (let (($x11 (not false)))
 (=> holds_ITB-PUMP-1 $x11)))
(assert
 (let (($x11 (not false)))
 (=> holds_ITB-PUMP-2 $x11)))
(assert
 (let ((?x12 (* cerebral_adult_l6_step_2_rate_ml_day cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x13 (- ?x12 cerebral_adult_l6_step_2_daily_dose_ug)))
 (let (($x14 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l6_step_2_daily_dose_ug) ?x13)))
 (let (($x15 (and $x14 (<= ?x13 (* (/ 1.0 100.0) cerebral_adult_l6_step_2_daily_dose_ug)))))
 (let ((?x16 (* cerebral_adult_l6_step_1_rate_ml_day cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x17 (- ?x16 cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x18 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l6_step_1_daily_dose_ug) ?x17)))
 (let (($x19 (and $x18 (<= ?x17 (* (/ 1.0 100.0) cerebral_adult_l6_step_1_daily_dose_ug)))))
 (let ((?x20 (* cerebral_adult_l6_step_0_rate_ml_day cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x21 (- ?x20 cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x22 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l6_step_0_daily_dose_ug) ?x21)))
 (let (($x23 (and $x22 (<= ?x21 (* (/ 1.0 100.0) cerebral_adult_l6_step_0_daily_dose_ug)))))
 (let (($x24 (= cerebral_adult_l6_concentration_ug_ml cerebral_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x25 (not $x24)))
 (let (($x26 (= cerebral_adult_l6_concentration_ug_ml cerebral_adult_l6_concentration_ug_ml)))
 (let (($x27 (ite true $x26 false)))
 (let (($x28 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_2_h)))
 (let (($x29 (and (ite $x28 true (ite true true false)) (not (ite $x28 $x24 $x27)))))
 (let (($x30 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_1_h)))
 (let (($x31 (and (ite $x30 true (ite true true false)) (not (ite $x30 $x24 $x27)))))
 (let (($x32 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_0_h)))
 (let (($x33 (and (ite $x32 true (ite true true false)) (not (ite $x32 $x24 $x27)))))
 (let (($x34 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_since_h)))
 (let (($x35 (and (ite $x34 true (ite true true false)) (not (ite $x34 $x24 $x27)))))
 (let (($x36 (or $x35 $x33 $x31 $x29 (not $x26) $x25 (not $x23) (not $x19) (not $x15))))
 (=> holds_ITB-PUMP-3 (not $x36))))))))))))))))))))))))))))
(assert
 (let ((?x37 (/ cerebral_adult_l6_bolus_0_dose_ug cerebral_adult_l6_concentration_ug_ml)))
 (let (($x38 (= cerebral_adult_l6_bolus_0_h cerebral_adult_l6_end_h)))
 (let (($x39 (and (ite (= cerebral_adult_l6_bolus_0_via 0) true false) $x38)))
 (let ((?x40 (- cerebral_adult_l6_end_h cerebral_adult_l6_step_2_h)))
 (let ((?x41 (/ cerebral_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x42 (/ ?x41 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x43 (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h)))
 (let ((?x44 (/ cerebral_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x45 (/ ?x44 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x46 (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h)))
 (let ((?x47 (/ cerebral_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x48 (/ ?x47 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x49 (- cerebral_adult_l6_step_0_h cerebral_adult_l6_since_h)))
 (let ((?x50 (/ cerebral_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x51 (/ ?x50 cerebral_adult_l6_concentration_ug_ml)))
 (let ((?x52 (+ 0.0 (* ?x51 ?x49))))
 (let ((?x53 (+ ?x52 (* ?x48 ?x46))))
 (let ((?x54 (+ ?x53 (* ?x45 ?x43))))
 (let ((?x55 (+ ?x54 (* ?x42 ?x40))))
 (let ((?x56 (+ ?x54 (* ?x42 (- cerebral_adult_l6_since_h cerebral_adult_l6_step_2_h)))))
 (let ((?x57 (+ ?x53 (* ?x45 (- cerebral_adult_l6_since_h cerebral_adult_l6_step_1_h)))))
 (let ((?x58 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_step_2_h) ?x57 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_end_h) ?x56 ?x55))))
 (let ((?x59 (+ ?x52 (* ?x48 (- cerebral_adult_l6_since_h cerebral_adult_l6_step_0_h)))))
 (let ((?x60 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_step_1_h) ?x59 ?x58)))
 (let ((?x61 (+ 0.0 (* ?x51 (- cerebral_adult_l6_since_h cerebral_adult_l6_since_h)))))
 (let ((?x62 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_step_0_h) ?x61 ?x60)))
 (let ((?x63 (ite (<= cerebral_adult_l6_since_h cerebral_adult_l6_since_h) 0.0 ?x62)))
 (let ((?x64 (+ ?x53 (* ?x45 (- cerebral_adult_l6_end_h cerebral_adult_l6_step_1_h)))))
 (let ((?x65 (ite (<= cerebral_adult_l6_end_h cerebral_adult_l6_step_2_h) ?x64 (ite (<= cerebral_adult_l6_end_h cerebral_adult_l6_end_h) ?x55 ?x55))))
 (let ((?x66 (+ ?x52 (* ?x48 (- cerebral_adult_l6_end_h cerebral_adult_l6_step_0_h)))))
 (let ((?x67 (+ 0.0 (* ?x51 (- cerebral_adult_l6_end_h cerebral_adult_l6_since_h)))))
 (let ((?x68 (ite (<= cerebral_adult_l6_end_h cerebral_adult_l6_step_0_h) ?x67 (ite (<= cerebral_adult_l6_end_h cerebral_adult_l6_step_1_h) ?x66 ?x65))))
 (let (($x69 (<= cerebral_adult_l6_end_h cerebral_adult_l6_since_h)))
 (let ((?x70 (ite $x69 0.0 ?x68)))
 (let ((?x71 (ite (<= 0.0 cerebral_adult_l6_end_h) (+ ?x54 (* ?x42 (- 0.0 cerebral_adult_l6_step_2_h))) ?x55)))
 (let ((?x72 (ite (<= 0.0 cerebral_adult_l6_step_2_h) (+ ?x53 (* ?x45 (- 0.0 cerebral_adult_l6_step_1_h))) ?x71)))
 (let ((?x73 (ite (<= 0.0 cerebral_adult_l6_step_1_h) (+ ?x52 (* ?x48 (- 0.0 cerebral_adult_l6_step_0_h))) ?x72)))
 (let ((?x74 (ite (<= 0.0 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x51 (- 0.0 cerebral_adult_l6_since_h))) ?x73)))
 (let (($x75 (<= 0.0 cerebral_adult_l6_since_h)))
 (let ((?x76 (ite $x75 0.0 ?x74)))
 (let ((?x77 (ite (< 0.0 cerebral_adult_l6_end_h) (- cerebral_adult_l6_history_volume_ml (+ (- ?x70 ?x76) 0.0)) (- 0.0 (+ (- ?x70 ?x63) 0.0)))))
 (let ((?x78 (+ ?x54 (* ?x42 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_2_h)))))
 (let (($x79 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_end_h)))
 (let ((?x80 (+ ?x53 (* ?x45 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_1_h)))))
 (let (($x28 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_2_h)))
 (let ((?x81 (+ ?x52 (* ?x48 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_0_h)))))
 (let (($x30 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_1_h)))
 (let ((?x82 (+ 0.0 (* ?x51 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_since_h)))))
 (let (($x32 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_step_0_h)))
 (let (($x34 (<= cerebral_adult_l6_refill_0_h cerebral_adult_l6_since_h)))
 (let ((?x83 (ite $x34 0.0 (ite $x32 ?x82 (ite $x30 ?x81 (ite $x28 ?x80 (ite $x79 ?x78 ?x55)))))))
 (let ((?x84 (ite (< cerebral_adult_l6_refill_0_h cerebral_adult_l6_end_h) (- cerebral_adult_l6_refill_0_volume_ml (+ (- ?x70 ?x83) 0.0)) ?x77)))
 (let (($x85 (> (- ?x84 (* 1.0 (+ 0.0 (ite $x39 ?x37 0.0)))) cerebral_adult_l6_alarm_ml)))
 (let (($x86 (= cerebral_adult_l6_refill_0_h cerebral_adult_l6_end_h)))
 (let (($x87 (and (< cerebral_adult_l6_since_h cerebral_adult_l6_end_h) (and $x39 (not (or (= 0.0 cerebral_adult_l6_end_h) $x86))) (not $x85))))
 (let (($x88 (<= t_0 cerebral_adult_l6_end_h)))
 (let ((?x89 (ite $x88 (+ ?x54 (* ?x42 (- t_0 cerebral_adult_l6_step_2_h))) ?x55)))
 (let ((?x90 (ite (<= t_0 cerebral_adult_l6_step_2_h) (+ ?x53 (* ?x45 (- t_0 cerebral_adult_l6_step_1_h))) ?x89)))
 (let ((?x91 (ite (<= t_0 cerebral_adult_l6_step_1_h) (+ ?x52 (* ?x48 (- t_0 cerebral_adult_l6_step_0_h))) ?x90)))
 (let ((?x92 (ite (<= t_0 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x51 (- t_0 cerebral_adult_l6_since_h))) ?x91)))
 (let ((?x93 (ite (<= t_0 cerebral_adult_l6_since_h) 0.0 ?x92)))
 (let ((?x94 (ite (< 0.0 t_0) (- cerebral_adult_l6_history_volume_ml (+ (- ?x93 ?x76) 0.0)) (- 0.0 (+ (- ?x93 ?x63) 0.0)))))
 (let ((?x95 (ite (< cerebral_adult_l6_refill_0_h t_0) (- cerebral_adult_l6_refill_0_volume_ml (+ (- ?x93 ?x83) 0.0)) ?x94)))
 (let (($x96 (and (< (ite $x75 cerebral_adult_l6_since_h 0.0) t_0) $x88 (not (> ?x95 cerebral_adult_l6_alarm_ml)))))
 (=> holds_ITB-PUMP-4 (not (or $x96 $x87))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x97 (not (>= 1848.0 (- cerebral_adult_l6_end_h cerebral_adult_l6_refill_0_h)))))
 (let (($x98 (>= 1848.0 (- cerebral_adult_l6_refill_0_h cerebral_adult_l6_history_filled_at_h))))
 (=> holds_ITB-PUMP-5 (not (or (not $x98) $x97))))))
(assert
 (let (($x99 (not cerebral_adult_l6_bolus_0_emergency)))
 (let (($x100 (or (and (ite (= cerebral_adult_l6_bolus_0_via 0) false true) $x99))))
 (=> holds_ITB-PUMP-6 (not $x100)))))
(assert
 (let (($x101 (not (or (not (ite (= cerebral_adult_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x101)))
(assert
 (let (($x102 (and (< 0.0 cerebral_adult_l6_concentration_ug_ml) (>= 2000.0 cerebral_adult_l6_concentration_ug_ml))))
 (let (($x103 (not $x102)))
 (let (($x104 (and (< 0.0 cerebral_adult_l6_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x105 (or (= 50.0 cerebral_adult_l6_refill_0_concentration_ug_ml) (= 500.0 cerebral_adult_l6_refill_0_concentration_ug_ml) (= 2000.0 cerebral_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x106 (= cerebral_adult_l6_refill_0_diluent 0)))
 (let (($x107 (ite $x106 true (ite (= cerebral_adult_l6_refill_0_diluent 1) false false))))
 (let (($x108 (ite $x106 false (ite (= cerebral_adult_l6_refill_0_diluent 1) true false))))
 (let (($x109 (or (not (or $x107 $x108)) (and $x107 (not $x105)) $x103 (not $x104) $x103 $x103 $x103 $x103)))
 (=> holds_ITB-CONC-1 (not $x109)))))))))))
(assert
 (=> holds_ITB-SCR-6 (not (or (not cerebral_adult_l6_screened_positive)))))
(assert
 (let (($x110 (<= cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x111 (not $x110)))
 (let (($x112 (and (ite (= cerebral_adult_l6_step_2_phase 0) false true) $x111)))
 (let (($x113 (<= cerebral_adult_l6_step_2_daily_dose_ug (* (/ 23.0 20.0) cerebral_adult_l6_step_1_daily_dose_ug))))
 (let (($x3 (= cerebral_adult_l6_step_2_phase 0)))
 (let (($x4 (ite $x3 true false)))
 (let (($x114 (> cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let ((?x115 (/ 3.0 20.0)))
 (let ((?x116 (/ 1.0 5.0)))
 (let (($x117 (<= 18.0 cerebral_adult_l6_age_years)))
 (let ((?x118 (* (+ 1.0 (ite $x117 ?x116 ?x115)) cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x119 (> cerebral_adult_l6_step_1_daily_dose_ug cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x120 (and $x117 (ite (= cerebral_adult_l6_step_0_phase 0) false true))))
 (let ((?x121 (* (+ 1.0 (ite $x120 ?x116 ?x115)) cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x122 (> cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x123 (or (and $x122 (not (<= cerebral_adult_l6_step_0_daily_dose_ug ?x121))) (and $x119 (not (<= cerebral_adult_l6_step_1_daily_dose_ug ?x118))) (and (and $x114 $x4) (not $x113)) $x112)))
 (=> holds_ITB-TITR-1 (not $x123)))))))))))))))))))
(assert
 (let ((?x124 (ite cerebral_adult_l6_programmable 24.0 48.0)))
 (let (($x125 (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_last_increase_h) ?x124)))
 (let (($x114 (> cerebral_adult_l6_step_2_daily_dose_ug cerebral_adult_l6_step_1_daily_dose_ug)))
 (let (($x126 (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_last_increase_h) ?x124)))
 (let (($x119 (> cerebral_adult_l6_step_1_daily_dose_ug cerebral_adult_l6_step_0_daily_dose_ug)))
 (let (($x127 (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_last_increase_h) ?x124)))
 (let (($x122 (> cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let (($x128 (not (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_2_h) ?x124))))
 (let (($x129 (and $x114 (and (< cerebral_adult_l6_step_2_h cerebral_adult_l6_step_2_h) $x114) $x128)))
 (let (($x130 (not (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h) ?x124))))
 (let (($x131 (and $x114 (and (< cerebral_adult_l6_step_1_h cerebral_adult_l6_step_2_h) $x119) $x130)))
 (let (($x132 (not (>= (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_0_h) ?x124))))
 (let (($x133 (and $x114 (and (< cerebral_adult_l6_step_0_h cerebral_adult_l6_step_2_h) $x122) $x132)))
 (let (($x134 (not (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_2_h) ?x124))))
 (let (($x135 (and $x119 (and (< cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h) $x114) $x134)))
 (let (($x136 (not (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_1_h) ?x124))))
 (let (($x137 (and $x119 (and (< cerebral_adult_l6_step_1_h cerebral_adult_l6_step_1_h) $x119) $x136)))
 (let (($x138 (not (>= (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h) ?x124))))
 (let (($x139 (and $x119 (and (< cerebral_adult_l6_step_0_h cerebral_adult_l6_step_1_h) $x122) $x138)))
 (let (($x140 (not (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_step_2_h) ?x124))))
 (let (($x141 (and $x122 (and (< cerebral_adult_l6_step_2_h cerebral_adult_l6_step_0_h) $x114) $x140)))
 (let (($x142 (not (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_step_1_h) ?x124))))
 (let (($x143 (and $x122 (and (< cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h) $x119) $x142)))
 (let (($x144 (not (>= (- cerebral_adult_l6_step_0_h cerebral_adult_l6_step_0_h) ?x124))))
 (let (($x145 (and $x122 (and (< cerebral_adult_l6_step_0_h cerebral_adult_l6_step_0_h) $x122) $x144)))
 (let (($x146 (or $x145 $x143 $x141 $x139 $x137 $x135 $x133 $x131 $x129 (and $x122 (not $x127)) (and $x119 (not $x126)) (and $x114 (not $x125)))))
 (=> holds_ITB-TITR-2 (not $x146)))))))))))))))))))))))))))))
(assert
 (let ((?x147 (ite (<= cerebral_adult_l6_step_0_h w_0) cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
 (let ((?x148 (ite (<= cerebral_adult_l6_step_1_h w_0) cerebral_adult_l6_step_1_daily_dose_ug ?x147)))
 (let ((?x149 (ite (<= cerebral_adult_l6_step_2_h w_0) cerebral_adult_l6_step_2_daily_dose_ug ?x148)))
 (let (($x150 (and (<= (- w_0 24.0) cerebral_adult_l6_bolus_0_h) (< cerebral_adult_l6_bolus_0_h w_0))))
 (let ((?x40 (- cerebral_adult_l6_end_h cerebral_adult_l6_step_2_h)))
 (let ((?x41 (/ cerebral_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x43 (- cerebral_adult_l6_step_2_h cerebral_adult_l6_step_1_h)))
 (let ((?x44 (/ cerebral_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x46 (- cerebral_adult_l6_step_1_h cerebral_adult_l6_step_0_h)))
 (let ((?x47 (/ cerebral_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x49 (- cerebral_adult_l6_step_0_h cerebral_adult_l6_since_h)))
 (let ((?x50 (/ cerebral_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x151 (+ 0.0 (* ?x50 ?x49))))
 (let ((?x152 (+ ?x151 (* ?x47 ?x46))))
 (let ((?x153 (+ ?x152 (* ?x44 ?x43))))
 (let ((?x154 (+ ?x153 (* ?x41 ?x40))))
 (let ((?x155 (ite (<= (- w_0 24.0) cerebral_adult_l6_end_h) (+ ?x153 (* ?x41 (- (- w_0 24.0) cerebral_adult_l6_step_2_h))) ?x154)))
 (let ((?x156 (ite (<= (- w_0 24.0) cerebral_adult_l6_step_2_h) (+ ?x152 (* ?x44 (- (- w_0 24.0) cerebral_adult_l6_step_1_h))) ?x155)))
 (let ((?x157 (ite (<= (- w_0 24.0) cerebral_adult_l6_step_1_h) (+ ?x151 (* ?x47 (- (- w_0 24.0) cerebral_adult_l6_step_0_h))) ?x156)))
 (let ((?x158 (ite (<= (- w_0 24.0) cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x50 (- (- w_0 24.0) cerebral_adult_l6_since_h))) ?x157)))
 (let ((?x159 (ite (<= w_0 cerebral_adult_l6_end_h) (+ ?x153 (* ?x41 (- w_0 cerebral_adult_l6_step_2_h))) ?x154)))
 (let ((?x160 (ite (<= w_0 cerebral_adult_l6_step_2_h) (+ ?x152 (* ?x44 (- w_0 cerebral_adult_l6_step_1_h))) ?x159)))
 (let ((?x161 (ite (<= w_0 cerebral_adult_l6_step_1_h) (+ ?x151 (* ?x47 (- w_0 cerebral_adult_l6_step_0_h))) ?x160)))
 (let ((?x162 (ite (<= w_0 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x50 (- w_0 cerebral_adult_l6_since_h))) ?x161)))
 (let ((?x163 (ite (<= w_0 cerebral_adult_l6_since_h) 0.0 ?x162)))
 (let ((?x164 (- ?x163 (ite (<= (- w_0 24.0) cerebral_adult_l6_since_h) 0.0 ?x158))))
 (let ((?x165 (ite (>= (- w_0 24.0) cerebral_adult_l6_since_h) (+ ?x164 (+ 0.0 (ite $x150 cerebral_adult_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x149))))
 (let ((?x115 (/ 3.0 20.0)))
 (let ((?x116 (/ 1.0 5.0)))
 (let (($x166 (= cerebral_adult_l6_step_0_phase 0)))
 (let ((?x167 (+ w_0 24.0)))
 (let (($x168 (< cerebral_adult_l6_step_0_h ?x167)))
 (let (($x169 (ite (< cerebral_adult_l6_step_1_h ?x167) true (ite (and $x168 $x166) false (ite $x168 true true)))))
 (let (($x170 (< cerebral_adult_l6_step_2_h ?x167)))
 (let (($x171 (ite (and $x170 (= cerebral_adult_l6_step_2_phase 0)) false (ite $x170 false $x169))))
 (let (($x117 (<= 18.0 cerebral_adult_l6_age_years)))
 (let (($x172 (<= w_0 cerebral_adult_l6_bolus_0_h)))
 (let ((?x173 (ite (and $x172 (< cerebral_adult_l6_bolus_0_h ?x167)) cerebral_adult_l6_bolus_0_dose_ug 0.0)))
 (let (($x174 (<= ?x167 cerebral_adult_l6_end_h)))
 (let ((?x175 (ite (<= ?x167 cerebral_adult_l6_step_2_h) (+ ?x152 (* ?x44 (- ?x167 cerebral_adult_l6_step_1_h))) (ite $x174 (+ ?x153 (* ?x41 (- ?x167 cerebral_adult_l6_step_2_h))) ?x154))))
 (let ((?x176 (ite (<= ?x167 cerebral_adult_l6_step_1_h) (+ ?x151 (* ?x47 (- ?x167 cerebral_adult_l6_step_0_h))) ?x175)))
 (let ((?x177 (ite (<= ?x167 cerebral_adult_l6_step_0_h) (+ 0.0 (* ?x50 (- ?x167 cerebral_adult_l6_since_h))) ?x176)))
 (let ((?x178 (+ (- (ite (<= ?x167 cerebral_adult_l6_since_h) 0.0 ?x177) ?x163) (+ 0.0 ?x173))))
 (let (($x179 (and (<= cerebral_adult_l6_since_h w_0) $x174 (not (<= ?x178 (* (+ 1.0 (ite (and $x117 $x171) ?x116 ?x115)) ?x165))))))
 (=> holds_ITB-TITR-3 (not (or $x179))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x180 (ite (<= cerebral_adult_l6_step_0_h cerebral_adult_l6_bolus_0_h) cerebral_adult_l6_step_0_daily_dose_ug cerebral_adult_l6_history_daily_dose_ug)))
(let ((?x181 (ite (<= cerebral_adult_l6_step_1_h cerebral_adult_l6_bolus_0_h) cerebral_adult_l6_step_1_daily_dose_ug ?x180)))
(let ((?x182 (ite (<= cerebral_adult_l6_step_2_h cerebral_adult_l6_bolus_0_h) cerebral_adult_l6_step_2_daily_dose_ug ?x181)))
(let ((?x183 (ite (< cerebral_adult_l6_bolus_0_h cerebral_adult_l6_since_h) 0.0 ?x182)))
(let (($x184 (<= cerebral_adult_l6_bolus_0_dose_ug (ite (>= 100.0 ?x183) 100.0 ?x183))))
(=> holds_ITB-DOSE-3 (not (or (not $x184))))))))))
(check-sat)
