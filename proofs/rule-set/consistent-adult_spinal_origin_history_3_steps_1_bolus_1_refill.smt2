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
(declare-fun holds_ITB-DOSE-3 () Bool)
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
 (let ((?x1 (* (/ 4.0 5.0) spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x2 (= spinal_adult_l6_step_2_phase 0)))
 (let (($x3 (ite $x2 true false)))
 (let (($x4 (< spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x5 (and (and $x4 $x3) (not (>= spinal_adult_l6_step_2_daily_dose_ug ?x1)))))
 (let ((?x6 (* (/ 4.0 5.0) spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x7 (< spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let ((?x8 (* (/ 4.0 5.0) spinal_adult_l6_history_daily_dose_ug)))
 (let (($x9 (< spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x10 (or (and $x9 (not (>= spinal_adult_l6_step_0_daily_dose_ug ?x8))) (and $x7 (not (>= spinal_adult_l6_step_1_daily_dose_ug ?x6))) $x5)))
 (let (($x11 (not $x10)))
 (=> holds_ITB-STOP-1 $x11)))))))))))))
(assert
 (let (($x12 (not false)))
 (=> holds_ITB-STOP-2 $x12)))
(assert
 (let (($x13 (not (or (not (<= 4.0 spinal_adult_l6_age_years))))))
 (=> holds_ITB-PAT-1 $x13)))
(assert
 (let (($x12 (not false)))
 (=> holds_ITB-PUMP-1 $x12)))
(assert
 (let (($x12 (not false)))
 (=> holds_ITB-PUMP-2 $x12)))
(assert
 (let ((?x14 (* spinal_adult_l6_step_2_rate_ml_day spinal_adult_l6_concentration_ug_ml)))
 (let ((?x15 (- ?x14 spinal_adult_l6_step_2_daily_dose_ug)))
 (let (($x16 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l6_step_2_daily_dose_ug) ?x15) (<= ?x15 (* (/ 1.0 100.0) spinal_adult_l6_step_2_daily_dose_ug)))))
 (let ((?x17 (* spinal_adult_l6_step_1_rate_ml_day spinal_adult_l6_concentration_ug_ml)))
 (let ((?x18 (- ?x17 spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x19 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l6_step_1_daily_dose_ug) ?x18) (<= ?x18 (* (/ 1.0 100.0) spinal_adult_l6_step_1_daily_dose_ug)))))
 (let ((?x20 (* spinal_adult_l6_step_0_rate_ml_day spinal_adult_l6_concentration_ug_ml)))
 (let ((?x21 (- ?x20 spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x22 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l6_step_0_daily_dose_ug) ?x21) (<= ?x21 (* (/ 1.0 100.0) spinal_adult_l6_step_0_daily_dose_ug)))))
 (let (($x23 (= spinal_adult_l6_concentration_ug_ml spinal_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x24 (not $x23)))
 (let (($x25 (= spinal_adult_l6_concentration_ug_ml spinal_adult_l6_concentration_ug_ml)))
 (let (($x26 (ite true $x25 false)))
 (let (($x27 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))
 (let (($x28 (and (ite $x27 true (ite true true false)) (not (ite $x27 $x23 $x26)))))
 (let (($x29 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))
 (let (($x30 (and (ite $x29 true (ite true true false)) (not (ite $x29 $x23 $x26)))))
 (let (($x31 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))
 (let (($x32 (and (ite $x31 true (ite true true false)) (not (ite $x31 $x23 $x26)))))
 (let (($x33 (not (ite (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h) $x23 $x26))))
 (let (($x34 (ite true true false)))
 (let (($x35 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))
 (let (($x36 (or (and (ite $x35 true $x34) $x33) $x32 $x30 $x28 (not $x25) $x24 (not $x22) (not $x19) (not $x16))))
 (let (($x37 (not $x36)))
 (=> holds_ITB-PUMP-3 $x37))))))))))))))))))))))))))
(assert
 (let ((?x38 (- spinal_adult_l6_end_h spinal_adult_l6_step_2_h)))
 (let ((?x39 (/ spinal_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x40 (/ ?x39 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x41 (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h)))
 (let ((?x42 (/ spinal_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x44 (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h)))
 (let ((?x45 (/ spinal_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x46 (/ ?x45 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x47 (- spinal_adult_l6_step_0_h spinal_adult_l6_since_h)))
 (let ((?x48 (/ spinal_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x49 (/ ?x48 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x50 (+ 0.0 (* ?x49 ?x47))))
 (let ((?x51 (+ ?x50 (* ?x46 ?x44))))
 (let ((?x52 (+ ?x51 (* ?x43 ?x41))))
 (let ((?x53 (+ ?x52 (* ?x40 ?x38))))
 (let ((?x54 (+ ?x52 (* ?x40 (- spinal_adult_l6_since_h spinal_adult_l6_step_2_h)))))
 (let ((?x55 (+ ?x51 (* ?x43 (- spinal_adult_l6_since_h spinal_adult_l6_step_1_h)))))
 (let ((?x56 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_step_2_h) ?x55 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_end_h) ?x54 ?x53))))
 (let ((?x57 (+ ?x50 (* ?x46 (- spinal_adult_l6_since_h spinal_adult_l6_step_0_h)))))
 (let ((?x58 (+ 0.0 (* ?x49 (- spinal_adult_l6_since_h spinal_adult_l6_since_h)))))
 (let ((?x59 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_step_0_h) ?x58 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_step_1_h) ?x57 ?x56))))
 (let (($x60 (<= t_0 spinal_adult_l6_end_h)))
 (let ((?x61 (ite (<= t_0 spinal_adult_l6_step_2_h) (+ ?x51 (* ?x43 (- t_0 spinal_adult_l6_step_1_h))) (ite $x60 (+ ?x52 (* ?x40 (- t_0 spinal_adult_l6_step_2_h))) ?x53))))
 (let ((?x62 (ite (<= t_0 spinal_adult_l6_step_1_h) (+ ?x50 (* ?x46 (- t_0 spinal_adult_l6_step_0_h))) ?x61)))
 (let ((?x63 (ite (<= t_0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x49 (- t_0 spinal_adult_l6_since_h))) ?x62)))
 (let ((?x64 (ite (<= t_0 spinal_adult_l6_since_h) 0.0 ?x63)))
 (let ((?x65 (- ?x64 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_since_h) 0.0 ?x59))))
 (let ((?x66 (ite (<= 0.0 spinal_adult_l6_end_h) (+ ?x52 (* ?x40 (- 0.0 spinal_adult_l6_step_2_h))) ?x53)))
 (let ((?x67 (ite (<= 0.0 spinal_adult_l6_step_2_h) (+ ?x51 (* ?x43 (- 0.0 spinal_adult_l6_step_1_h))) ?x66)))
 (let ((?x68 (ite (<= 0.0 spinal_adult_l6_step_1_h) (+ ?x50 (* ?x46 (- 0.0 spinal_adult_l6_step_0_h))) ?x67)))
 (let ((?x69 (ite (<= 0.0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x49 (- 0.0 spinal_adult_l6_since_h))) ?x68)))
 (let (($x70 (<= 0.0 spinal_adult_l6_since_h)))
 (let ((?x71 (- spinal_adult_l6_history_volume_ml (+ (- ?x64 (ite $x70 0.0 ?x69)) 0.0))))
 (let (($x72 (< 0.0 t_0)))
 (let ((?x73 (+ ?x52 (* ?x40 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))))
 (let (($x74 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_end_h)))
 (let ((?x75 (+ ?x51 (* ?x43 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))))
 (let (($x27 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))
 (let ((?x76 (+ ?x50 (* ?x46 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))))
 (let (($x29 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))
 (let ((?x77 (+ 0.0 (* ?x49 (- spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))))
 (let (($x31 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))
 (let (($x35 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))
 (let ((?x78 (ite $x35 0.0 (ite $x31 ?x77 (ite $x29 ?x76 (ite $x27 ?x75 (ite $x74 ?x73 ?x53)))))))
 (let ((?x79 (ite (< spinal_adult_l6_refill_0_h t_0) (- spinal_adult_l6_refill_0_volume_ml (+ (- ?x64 ?x78) 0.0)) (ite $x72 ?x71 (- 0.0 (+ ?x65 0.0))))))
 (let (($x80 (and (< (ite $x70 spinal_adult_l6_since_h 0.0) t_0) $x60 (not (> ?x79 spinal_adult_l6_alarm_ml)))))
 (let (($x81 (not (or $x80))))
 (=> holds_ITB-PUMP-4 $x81))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x82 (>= 1848.0 (- spinal_adult_l6_refill_0_h spinal_adult_l6_history_filled_at_h))))
 (let (($x83 (or (not $x82) (not (>= 1848.0 (- spinal_adult_l6_end_h spinal_adult_l6_refill_0_h))))))
 (let (($x84 (not $x83)))
 (=> holds_ITB-PUMP-5 $x84)))))
(assert
 (let (($x85 (and (ite (= spinal_adult_l6_bolus_0_via 0) false true) (not spinal_adult_l6_bolus_0_emergency))))
 (let (($x86 (not (or $x85))))
 (=> holds_ITB-PUMP-6 $x86))))
(assert
 (let (($x87 (not (or (not (ite (= spinal_adult_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x87)))
(assert
 (let (($x88 (and (< 0.0 spinal_adult_l6_concentration_ug_ml) (>= 2000.0 spinal_adult_l6_concentration_ug_ml))))
 (let (($x89 (not $x88)))
 (let (($x90 (and (< 0.0 spinal_adult_l6_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x91 (or (= 50.0 spinal_adult_l6_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l6_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x92 (= spinal_adult_l6_refill_0_diluent 0)))
 (let (($x93 (ite $x92 true (ite (= spinal_adult_l6_refill_0_diluent 1) false false))))
 (let (($x94 (ite $x92 false (ite (= spinal_adult_l6_refill_0_diluent 1) true false))))
 (let (($x95 (or (not (or $x93 $x94)) (and $x93 (not $x91)) $x89 (not $x90) $x89 $x89 $x89 $x89)))
 (let (($x96 (not $x95)))
 (=> holds_ITB-CONC-1 $x96)))))))))))
(assert
 (let (($x97 (not (or (not spinal_adult_l6_screened_positive)))))
 (=> holds_ITB-SCR-6 $x97)))
(assert
 (let (($x98 (<= spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x99 (and (ite (= spinal_adult_l6_step_2_phase 0) false true) (not $x98))))
 (let ((?x100 (+ 1.0 (ite (<= 18.0 spinal_adult_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x101 (<= spinal_adult_l6_step_2_daily_dose_ug (* ?x100 spinal_adult_l6_step_1_daily_dose_ug))))
 (let (($x2 (= spinal_adult_l6_step_2_phase 0)))
 (let (($x3 (ite $x2 true false)))
 (let (($x102 (> spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x103 (<= spinal_adult_l6_step_1_daily_dose_ug (* ?x100 spinal_adult_l6_step_0_daily_dose_ug))))
 (let (($x104 (> spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x105 (<= spinal_adult_l6_step_0_daily_dose_ug (* ?x100 spinal_adult_l6_history_daily_dose_ug))))
 (let (($x106 (> spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x107 (or (and $x106 (not $x105)) (and $x104 (not $x103)) (and (and $x102 $x3) (not $x101)) $x99)))
 (let (($x108 (not $x107)))
 (=> holds_ITB-TITR-1 $x108)))))))))))))))
(assert
 (let ((?x109 (ite spinal_adult_l6_programmable 24.0 48.0)))
 (let (($x110 (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_last_increase_h) ?x109))))
 (let (($x102 (> spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x111 (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_last_increase_h) ?x109))))
 (let (($x104 (> spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x112 (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_last_increase_h) ?x109))))
 (let (($x106 (> spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x113 (and $x102 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_2_h) $x102) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_2_h) ?x109)))))
 (let (($x114 (and $x102 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_2_h) $x104) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h) ?x109)))))
 (let (($x115 (and $x102 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_2_h) $x106) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_0_h) ?x109)))))
 (let (($x116 (and $x104 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h) $x102) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_2_h) ?x109)))))
 (let (($x117 (and $x104 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_1_h) $x104) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_1_h) ?x109)))))
 (let (($x118 (and $x104 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_1_h) $x106) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h) ?x109)))))
 (let (($x119 (and $x106 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_0_h) $x102) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_2_h) ?x109)))))
 (let (($x120 (and $x106 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h) $x104) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_1_h) ?x109)))))
 (let (($x121 (and $x106 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_0_h) $x106) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_0_h) ?x109)))))
 (let (($x122 (or $x121 $x120 $x119 $x118 $x117 $x116 $x115 $x114 $x113 (and $x106 $x112) (and $x104 $x111) (and $x102 $x110))))
 (let (($x123 (not $x122)))
 (=> holds_ITB-TITR-2 $x123))))))))))))))))))))
(assert
 (let ((?x124 (ite (<= spinal_adult_l6_step_0_h w_0) spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let ((?x125 (ite (<= spinal_adult_l6_step_1_h w_0) spinal_adult_l6_step_1_daily_dose_ug ?x124)))
 (let ((?x126 (ite (<= spinal_adult_l6_step_2_h w_0) spinal_adult_l6_step_2_daily_dose_ug ?x125)))
 (let (($x127 (and (<= (- w_0 24.0) spinal_adult_l6_bolus_0_h) (< spinal_adult_l6_bolus_0_h w_0))))
 (let ((?x38 (- spinal_adult_l6_end_h spinal_adult_l6_step_2_h)))
 (let ((?x39 (/ spinal_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x41 (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h)))
 (let ((?x42 (/ spinal_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x44 (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h)))
 (let ((?x45 (/ spinal_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x47 (- spinal_adult_l6_step_0_h spinal_adult_l6_since_h)))
 (let ((?x48 (/ spinal_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x128 (+ 0.0 (* ?x48 ?x47))))
 (let ((?x129 (+ ?x128 (* ?x45 ?x44))))
 (let ((?x130 (+ ?x129 (* ?x42 ?x41))))
 (let ((?x131 (+ ?x130 (* ?x39 ?x38))))
 (let ((?x132 (ite (<= (- w_0 24.0) spinal_adult_l6_end_h) (+ ?x130 (* ?x39 (- (- w_0 24.0) spinal_adult_l6_step_2_h))) ?x131)))
 (let ((?x133 (ite (<= (- w_0 24.0) spinal_adult_l6_step_2_h) (+ ?x129 (* ?x42 (- (- w_0 24.0) spinal_adult_l6_step_1_h))) ?x132)))
 (let ((?x134 (ite (<= (- w_0 24.0) spinal_adult_l6_step_1_h) (+ ?x128 (* ?x45 (- (- w_0 24.0) spinal_adult_l6_step_0_h))) ?x133)))
 (let ((?x135 (ite (<= (- w_0 24.0) spinal_adult_l6_step_0_h) (+ 0.0 (* ?x48 (- (- w_0 24.0) spinal_adult_l6_since_h))) ?x134)))
 (let ((?x136 (ite (<= w_0 spinal_adult_l6_end_h) (+ ?x130 (* ?x39 (- w_0 spinal_adult_l6_step_2_h))) ?x131)))
 (let ((?x137 (ite (<= w_0 spinal_adult_l6_step_2_h) (+ ?x129 (* ?x42 (- w_0 spinal_adult_l6_step_1_h))) ?x136)))
 (let ((?x138 (ite (<= w_0 spinal_adult_l6_step_1_h) (+ ?x128 (* ?x45 (- w_0 spinal_adult_l6_step_0_h))) ?x137)))
 (let ((?x139 (ite (<= w_0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x48 (- w_0 spinal_adult_l6_since_h))) ?x138)))
 (let ((?x140 (ite (<= w_0 spinal_adult_l6_since_h) 0.0 ?x139)))
 (let ((?x141 (- ?x140 (ite (<= (- w_0 24.0) spinal_adult_l6_since_h) 0.0 ?x135))))
 (let ((?x142 (ite (>= (- w_0 24.0) spinal_adult_l6_since_h) (+ ?x141 (+ 0.0 (ite $x127 spinal_adult_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x126))))
 (let ((?x100 (+ 1.0 (ite (<= 18.0 spinal_adult_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x143 (and (<= w_0 spinal_adult_l6_bolus_0_h) (< spinal_adult_l6_bolus_0_h (+ w_0 24.0)))))
 (let ((?x144 (+ w_0 24.0)))
 (let (($x145 (<= ?x144 spinal_adult_l6_end_h)))
 (let ((?x146 (ite (<= ?x144 spinal_adult_l6_step_2_h) (+ ?x129 (* ?x42 (- ?x144 spinal_adult_l6_step_1_h))) (ite $x145 (+ ?x130 (* ?x39 (- ?x144 spinal_adult_l6_step_2_h))) ?x131))))
 (let ((?x147 (ite (<= ?x144 spinal_adult_l6_step_1_h) (+ ?x128 (* ?x45 (- ?x144 spinal_adult_l6_step_0_h))) ?x146)))
 (let ((?x148 (ite (<= ?x144 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x48 (- ?x144 spinal_adult_l6_since_h))) ?x147)))
 (let ((?x149 (+ (- (ite (<= ?x144 spinal_adult_l6_since_h) 0.0 ?x148) ?x140) (+ 0.0 (ite $x143 spinal_adult_l6_bolus_0_dose_ug 0.0)))))
 (let (($x150 (and (<= spinal_adult_l6_since_h w_0) $x145 (not (<= ?x149 (* ?x100 ?x142))))))
 (let (($x151 (not (or $x150))))
 (=> holds_ITB-TITR-3 $x151)))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x152 (ite (<= spinal_adult_l6_step_0_h spinal_adult_l6_bolus_0_h) spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
(let ((?x153 (ite (<= spinal_adult_l6_step_1_h spinal_adult_l6_bolus_0_h) spinal_adult_l6_step_1_daily_dose_ug ?x152)))
(let ((?x154 (ite (<= spinal_adult_l6_step_2_h spinal_adult_l6_bolus_0_h) spinal_adult_l6_step_2_daily_dose_ug ?x153)))
(let ((?x155 (ite (< spinal_adult_l6_bolus_0_h spinal_adult_l6_since_h) 0.0 ?x154)))
(let (($x156 (not (<= spinal_adult_l6_bolus_0_dose_ug (ite (>= 100.0 ?x155) 100.0 ?x155)))))
(let (($x157 (not (or $x156))))
(=> holds_ITB-DOSE-3 $x157))))))))
(check-sat)
