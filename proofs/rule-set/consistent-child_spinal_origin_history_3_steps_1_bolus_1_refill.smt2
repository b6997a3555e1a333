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
(declare-fun holds_ITB-DOSE-3 () Bool)
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
 (let ((?x1 (* (/ 4.0 5.0) spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x2 (= spinal_child_l6_step_2_phase 0)))
 (let (($x3 (ite $x2 true false)))
 (let (($x4 (< spinal_child_l6_step_2_daily_dose_ug spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x5 (and (and $x4 $x3) (not (>= spinal_child_l6_step_2_daily_dose_ug ?x1)))))
 (let ((?x6 (* (/ 4.0 5.0) spinal_child_l6_step_0_daily_dose_ug)))
 (let (($x7 (< spinal_child_l6_step_1_daily_dose_ug spinal_child_l6_step_0_daily_dose_ug)))
 (let ((?x8 (* (/ 4.0 5.0) spinal_child_l6_history_daily_dose_ug)))
 (let (($x9 (< spinal_child_l6_step_0_daily_dose_ug spinal_child_l6_history_daily_dose_ug)))
 (let (($x10 (or (and $x9 (not (>= spinal_child_l6_step_0_daily_dose_ug ?x8))) (and $x7 (not (>= spinal_child_l6_step_1_daily_dose_ug ?x6))) $x5)))
 (let (($x11 (not $x10)))
 (=> holds_ITB-STOP-1 $x11)))))))))))))
(assert
 (let (($x12 (not false)))
 (=> holds_ITB-STOP-2 $x12)))
(assert
 (let (($x13 (not (or (not (<= 4.0 spinal_child_l6_age_years))))))
 (=> holds_ITB-PAT-1 $x13)))
(assert
 (let (($x12 (not false)))
 (=> holds_ITB-PUMP-1 $x12)))
(assert
 (let (($x12 (not false)))
 (=> holds_ITB-PUMP-2 $x12)))
(assert
 (let ((?x14 (* spinal_child_l6_step_2_rate_ml_day spinal_child_l6_concentration_ug_ml)))
 (let ((?x15 (- ?x14 spinal_child_l6_step_2_daily_dose_ug)))
 (let (($x16 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l6_step_2_daily_dose_ug) ?x15) (<= ?x15 (* (/ 1.0 100.0) spinal_child_l6_step_2_daily_dose_ug)))))
 (let ((?x17 (* spinal_child_l6_step_1_rate_ml_day spinal_child_l6_concentration_ug_ml)))
 (let ((?x18 (- ?x17 spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x19 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l6_step_1_daily_dose_ug) ?x18) (<= ?x18 (* (/ 1.0 100.0) spinal_child_l6_step_1_daily_dose_ug)))))
 (let ((?x20 (* spinal_child_l6_step_0_rate_ml_day spinal_child_l6_concentration_ug_ml)))
 (let ((?x21 (- ?x20 spinal_child_l6_step_0_daily_dose_ug)))
 (let (($x22 (and (<= (* (- (/ 1.0 100.0)) spinal_child_l6_step_0_daily_dose_ug) ?x21) (<= ?x21 (* (/ 1.0 100.0) spinal_child_l6_step_0_daily_dose_ug)))))
 (let (($x23 (= spinal_child_l6_concentration_ug_ml spinal_child_l6_refill_0_concentration_ug_ml)))
 (let (($x24 (not $x23)))
 (let (($x25 (= spinal_child_l6_concentration_ug_ml spinal_child_l6_concentration_ug_ml)))
 (let (($x26 (ite true $x25 false)))
 (let (($x27 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_2_h)))
 (let (($x28 (and (ite $x27 true (ite true true false)) (not (ite $x27 $x23 $x26)))))
 (let (($x29 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_1_h)))
 (let (($x30 (and (ite $x29 true (ite true true false)) (not (ite $x29 $x23 $x26)))))
 (let (($x31 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_0_h)))
 (let (($x32 (and (ite $x31 true (ite true true false)) (not (ite $x31 $x23 $x26)))))
 (let (($x33 (not (ite (<= spinal_child_l6_refill_0_h spinal_child_l6_since_h) $x23 $x26))))
 (let (($x34 (ite true true false)))
 (let (($x35 (<= spinal_child_l6_refill_0_h spinal_child_l6_since_h)))
 (let (($x36 (or (and (ite $x35 true $x34) $x33) $x32 $x30 $x28 (not $x25) $x24 (not $x22) (not $x19) (not $x16))))
 (let (($x37 (not $x36)))
 (=> holds_ITB-PUMP-3 $x37))))))))))))))))))))))))))
(assert
 (let ((?x38 (- spinal_child_l6_end_h spinal_child_l6_step_2_h)))
 (let ((?x39 (/ spinal_child_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x40 (/ ?x39 spinal_child_l6_concentration_ug_ml)))
 (let ((?x41 (- spinal_child_l6_step_2_h spinal_child_l6_step_1_h)))
 (let ((?x42 (/ spinal_child_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 spinal_child_l6_concentration_ug_ml)))
 (let ((?x44 (- spinal_child_l6_step_1_h spinal_child_l6_step_0_h)))
 (let ((?x45 (/ spinal_child_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x46 (/ ?x45 spinal_child_l6_concentration_ug_ml)))
 (let ((?x47 (- spinal_child_l6_step_0_h spinal_child_l6_since_h)))
 (let ((?x48 (/ spinal_child_l6_history_daily_dose_ug 24.0)))
 (let ((?x49 (/ ?x48 spinal_child_l6_concentration_ug_ml)))
 (let ((?x50 (+ 0.0 (* ?x49 ?x47))))
 (let ((?x51 (+ ?x50 (* ?x46 ?x44))))
 (let ((?x52 (+ ?x51 (* ?x43 ?x41))))
 (let ((?x53 (+ ?x52 (* ?x40 ?x38))))
 (let ((?x54 (+ ?x52 (* ?x40 (- spinal_child_l6_since_h spinal_child_l6_step_2_h)))))
 (let ((?x55 (+ ?x51 (* ?x43 (- spinal_child_l6_since_h spinal_child_l6_step_1_h)))))
 (let ((?x56 (ite (<= spinal_child_l6_since_h spinal_child_l6_step_2_h) ?x55 (ite (<= spinal_child_l6_since_h spinal_child_l6_end_h) ?x54 ?x53))))
 (let ((?x57 (+ ?x50 (* ?x46 (- spinal_child_l6_since_h spinal_child_l6_step_0_h)))))
 (let ((?x58 (+ 0.0 (* ?x49 (- spinal_child_l6_since_h spinal_child_l6_since_h)))))
 (let ((?x59 (ite (<= spinal_child_l6_since_h spinal_child_l6_step_0_h) ?x58 (ite (<= spinal_child_l6_since_h spinal_child_l6_step_1_h) ?x57 ?x56))))
 (let (($x60 (<= t_0 spinal_child_l6_end_h)))
 (let ((?x61 (ite (<= t_0 spinal_child_l6_step_2_h) (+ ?x51 (* ?x43 (- t_0 spinal_child_l6_step_1_h))) (ite $x60 (+ ?x52 (* ?x40 (- t_0 spinal_child_l6_step_2_h))) ?x53))))
 (let ((?x62 (ite (<= t_0 spinal_child_l6_step_1_h) (+ ?x50 (* ?x46 (- t_0 spinal_child_l6_step_0_h))) ?x61)))
 (let ((?x63 (ite (<= t_0 spinal_child_l6_step_0_h) (+ 0.0 (* ?x49 (- t_0 spinal_child_l6_since_h))) ?x62)))
 (let ((?x64 (ite (<= t_0 spinal_child_l6_since_h) 0.0 ?x63)))
 (let ((?x65 (- ?x64 (ite (<= spinal_child_l6_since_h spinal_child_l6_since_h) 0.0 ?x59))))
 (let ((?x66 (ite (<= 0.0 spinal_child_l6_end_h) (+ ?x52 (* ?x40 (- 0.0 spinal_child_l6_step_2_h))) ?x53)))
 (let ((?x67 (ite (<= 0.0 spinal_child_l6_step_2_h) (+ ?x51 (* ?x43 (- 0.0 spinal_child_l6_step_1_h))) ?x66)))
 (let ((?x68 (ite (<= 0.0 spinal_child_l6_step_1_h) (+ ?x50 (* ?x46 (- 0.0 spinal_child_l6_step_0_h))) ?x67)))
 (let ((?x69 (ite (<= 0.0 spinal_child_l6_step_0_h) (+ 0.0 (* ?x49 (- 0.0 spinal_child_l6_since_h))) ?x68)))
 (let (($x70 (<= 0.0 spinal_child_l6_since_h)))
 (let ((?x71 (- spinal_child_l6_history_volume_ml (+ (- ?x64 (ite $x70 0.0 ?x69)) 0.0))))
 (let (($x72 (< 0.0 t_0)))
 (let ((?x73 (+ ?x52 (* ?x40 (- spinal_child_l6_refill_0_h spinal_child_l6_step_2_h)))))
 (let (($x74 (<= spinal_child_l6_refill_0_h spinal_child_l6_end_h)))
 (let ((?x75 (+ ?x51 (* ?x43 (- spinal_child_l6_refill_0_h spinal_child_l6_step_1_h)))))
 (let (($x27 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_2_h)))
 (let ((?x76 (+ ?x50 (* ?x46 (- spinal_child_l6_refill_0_h spinal_child_l6_step_0_h)))))
 (let (($x29 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_1_h)))
 (let ((?x77 (+ 0.0 (* ?x49 (- spinal_child_l6_refill_0_h spinal_child_l6_since_h)))))
 (let (($x31 (<= spinal_child_l6_refill_0_h spinal_child_l6_step_0_h)))
 (let (($x35 (<= spinal_child_l6_refill_0_h spinal_child_l6_since_h)))
 (let ((?x78 (ite $x35 0.0 (ite $x31 ?x77 (ite $x29 ?x76 (ite $x27 ?x75 (ite $x74 ?x73 ?x53)))))))
 (let ((?x79 (ite (< spinal_child_l6_refill_0_h t_0) (- spinal_child_l6_refill_0_volume_ml (+ (- ?x64 ?x78) 0.0)) (ite $x72 ?x71 (- 0.0 (+ ?x65 0.0))))))
 (let (($x80 (and (< (ite $x70 spinal_child_l6_since_h 0.0) t_0) $x60 (not (> ?x79 spinal_child_l6_alarm_ml)))))
 (let (($x81 (not (or $x80))))
 (=> holds_ITB-PUMP-4 $x81))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x82 (>= 1848.0 (- spinal_child_l6_refill_0_h spinal_child_l6_history_filled_at_h))))
 (let (($x83 (or (not $x82) (not (>= 1848.0 (- spinal_child_l6_end_h spinal_child_l6_refill_0_h))))))
 (let (($x84 (not $x83)))
 (=> holds_ITB-PUMP-5 $x84)))))
(assert
 (let (($x85 (and (ite (= spinal_child_l6_bolus_0_via 0) false true) (not spinal_child_l6_bolus_0_emergency))))
 (let (($x86 (not (or $x85))))
 (=> holds_ITB-PUMP-6 $x86))))
(assert
 (let (($x87 (not (or (not (ite (= spinal_child_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x87)))
(assert
 (let (($x88 (and (< 0.0 spinal_child_l6_concentration_ug_ml) (>= 2000.0 spinal_child_l6_concentration_ug_ml))))
 (let (($x89 (not $x88)))
 (let (($x90 (and (< 0.0 spinal_child_l6_refill_0_concentration_ug_ml) (>= 2000.0 spinal_child_l6_refill_0_concentration_ug_ml))))
 (let (($x91 (= 2000.0 spinal_child_l6_refill_0_concentration_ug_ml)))
 (let (($x92 (= 500.0 spinal_child_l6_refill_0_concentration_ug_ml)))
 (let (($x93 (= 50.0 spinal_child_l6_refill_0_concentration_ug_ml)))
 (let (($x94 (= spinal_child_l6_refill_0_diluent 0)))
 (let (($x95 (ite $x94 true (ite (= spinal_child_l6_refill_0_diluent 1) false false))))
 (let (($x96 (ite $x94 false (ite (= spinal_child_l6_refill_0_diluent 1) true false))))
 (let (($x97 (or (not (or $x95 $x96)) (and $x95 (not (or $x93 $x92 $x91))) $x89 (not $x90) $x89 $x89 $x89 $x89)))
 (let (($x98 (not $x97)))
 (=> holds_ITB-CONC-1 $x98)))))))))))))
(assert
 (let (($x99 (not (or (not spinal_child_l6_screened_positive)))))
 (=> holds_ITB-SCR-6 $x99)))
(assert
 (let (($x100 (<= spinal_child_l6_step_2_daily_dose_ug spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x101 (and (ite (= spinal_child_l6_step_2_phase 0) false true) (not $x100))))
 (let ((?x102 (+ 1.0 (ite (<= 18.0 spinal_child_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x103 (<= spinal_child_l6_step_2_daily_dose_ug (* ?x102 spinal_child_l6_step_1_daily_dose_ug))))
 (let (($x2 (= spinal_child_l6_step_2_phase 0)))
 (let (($x3 (ite $x2 true false)))
 (let (($x104 (> spinal_child_l6_step_2_daily_dose_ug spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x105 (<= spinal_child_l6_step_1_daily_dose_ug (* ?x102 spinal_child_l6_step_0_daily_dose_ug))))
 (let (($x106 (> spinal_child_l6_step_1_daily_dose_ug spinal_child_l6_step_0_daily_dose_ug)))
 (let (($x107 (<= spinal_child_l6_step_0_daily_dose_ug (* ?x102 spinal_child_l6_history_daily_dose_ug))))
 (let (($x108 (> spinal_child_l6_step_0_daily_dose_ug spinal_child_l6_history_daily_dose_ug)))
 (let (($x109 (or (and $x108 (not $x107)) (and $x106 (not $x105)) (and (and $x104 $x3) (not $x103)) $x101)))
 (let (($x110 (not $x109)))
 (=> holds_ITB-TITR-1 $x110)))))))))))))))
(assert
 (let ((?x111 (ite spinal_child_l6_programmable 24.0 48.0)))
 (let (($x112 (not (>= (- spinal_child_l6_step_2_h spinal_child_l6_last_increase_h) ?x111))))
 (let (($x104 (> spinal_child_l6_step_2_daily_dose_ug spinal_child_l6_step_1_daily_dose_ug)))
 (let (($x113 (not (>= (- spinal_child_l6_step_1_h spinal_child_l6_last_increase_h) ?x111))))
 (let (($x106 (> spinal_child_l6_step_1_daily_dose_ug spinal_child_l6_step_0_daily_dose_ug)))
 (let (($x114 (not (>= (- spinal_child_l6_step_0_h spinal_child_l6_last_increase_h) ?x111))))
 (let (($x108 (> spinal_child_l6_step_0_daily_dose_ug spinal_child_l6_history_daily_dose_ug)))
 (let (($x115 (and $x104 (and (< spinal_child_l6_step_2_h spinal_child_l6_step_2_h) $x104) (not (>= (- spinal_child_l6_step_2_h spinal_child_l6_step_2_h) ?x111)))))
 (let (($x116 (and $x104 (and (< spinal_child_l6_step_1_h spinal_child_l6_step_2_h) $x106) (not (>= (- spinal_child_l6_step_2_h spinal_child_l6_step_1_h) ?x111)))))
 (let (($x117 (and $x104 (and (< spinal_child_l6_step_0_h spinal_child_l6_step_2_h) $x108) (not (>= (- spinal_child_l6_step_2_h spinal_child_l6_step_0_h) ?x111)))))
 (let (($x118 (and $x106 (and (< spinal_child_l6_step_2_h spinal_child_l6_step_1_h) $x104) (not (>= (- spinal_child_l6_step_1_h spinal_child_l6_step_2_h) ?x111)))))
 (let (($x119 (and $x106 (and (< spinal_child_l6_step_1_h spinal_child_l6_step_1_h) $x106) (not (>= (- spinal_child_l6_step_1_h spinal_child_l6_step_1_h) ?x111)))))
 (let (($x120 (and $x106 (and (< spinal_child_l6_step_0_h spinal_child_l6_step_1_h) $x108) (not (>= (- spinal_child_l6_step_1_h spinal_child_l6_step_0_h) ?x111)))))
 (let (($x121 (and $x108 (and (< spinal_child_l6_step_2_h spinal_child_l6_step_0_h) $x104) (not (>= (- spinal_child_l6_step_0_h spinal_child_l6_step_2_h) ?x111)))))
 (let (($x122 (and $x108 (and (< spinal_child_l6_step_1_h spinal_child_l6_step_0_h) $x106) (not (>= (- spinal_child_l6_step_0_h spinal_child_l6_step_1_h) ?x111)))))
 (let (($x123 (and $x108 (and (< spinal_child_l6_step_0_h spinal_child_l6_step_0_h) $x108) (not (>= (- spinal_child_l6_step_0_h spinal_child_l6_step_0_h) ?x111)))))
 (let (($x124 (or $x123 $x122 $x121 $x120 $x119 $x118 $x117 $x116 $x115 (and $x108 $x114) (and $x106 $x113) (and $x104 $x112))))
 (let (($x125 (not $x124)))
 (=> holds_ITB-TITR-2 $x125))))))))))))))))))))
(assert
 (let ((?x126 (ite (<= spinal_child_l6_step_0_h w_0) spinal_child_l6_step_0_daily_dose_ug spinal_child_l6_history_daily_dose_ug)))
 (let ((?x127 (ite (<= spinal_child_l6_step_1_h w_0) spinal_child_l6_step_1_daily_dose_ug ?x126)))
 (let ((?x128 (ite (<= spinal_child_l6_step_2_h w_0) spinal_child_l6_step_2_daily_dose_ug ?x127)))
 (let (($x129 (and (<= (- w_0 24.0) spinal_child_l6_bolus_0_h) (< spinal_child_l6_bolus_0_h w_0))))
 (let ((?x38 (- spinal_child_l6_end_h spinal_child_l6_step_2_h)))
 (let ((?x39 (/ spinal_child_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x41 (- spinal_child_l6_step_2_h spinal_child_l6_step_1_h)))
 (let ((?x42 (/ spinal_child_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x44 (- spinal_child_l6_step_1_h spinal_child_l6_step_0_h)))
 (let ((?x45 (/ spinal_child_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x47 (- spinal_child_l6_step_0_h spinal_child_l6_since_h)))
 (let ((?x48 (/ spinal_child_l6_history_daily_dose_ug 24.0)))
 (let ((?x130 (+ 0.0 (* ?x48 ?x47))))
 (let ((?x131 (+ ?x130 (* ?x45 ?x44))))
 (let ((?x132 (+ ?x131 (* ?x42 ?x41))))
 (let ((?x133 (+ ?x132 (* ?x39 ?x38))))
 (let ((?x134 (ite (<= (- w_0 24.0) spinal_child_l6_end_h) (+ ?x132 (* ?x39 (- (- w_0 24.0) spinal_child_l6_step_2_h))) ?x133)))
 (let ((?x135 (ite (<= (- w_0 24.0) spinal_child_l6_step_2_h) (+ ?x131 (* ?x42 (- (- w_0 24.0) spinal_child_l6_step_1_h))) ?x134)))
 (let ((?x136 (ite (<= (- w_0 24.0) spinal_child_l6_step_1_h) (+ ?x130 (* ?x45 (- (- w_0 24.0) spinal_child_l6_step_0_h))) ?x135)))
 (let ((?x137 (ite (<= (- w_0 24.0) spinal_child_l6_step_0_h) (+ 0.0 (* ?x48 (- (- w_0 24.0) spinal_child_l6_since_h))) ?x136)))
 (let ((?x138 (ite (<= w_0 spinal_child_l6_end_h) (+ ?x132 (* ?x39 (- w_0 spinal_child_l6_step_2_h))) ?x133)))
 (let ((?x139 (ite (<= w_0 spinal_child_l6_step_2_h) (+ ?x131 (* ?x42 (- w_0 spinal_child_l6_step_1_h))) ?x138)))
 (let ((?x140 (ite (<= w_0 spinal_child_l6_step_1_h) (+ ?x130 (* ?x45 (- w_0 spinal_child_l6_step_0_h))) ?x139)))
 (let ((?x141 (ite (<= w_0 spinal_child_l6_step_0_h) (+ 0.0 (* ?x48 (- w_0 spinal_child_l6_since_h))) ?x140)))
 (let ((?x142 (ite (<= w_0 spinal_child_l6_since_h) 0.0 ?x141)))
 (let ((?x143 (- ?x142 (ite (<= (- w_0 24.0) spinal_child_l6_since_h) 0.0 ?x137))))
 (let ((?x144 (ite (>= (- w_0 24.0) spinal_child_l6_since_h) (+ ?x143 (+ 0.0 (ite $x129 spinal_child_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x128))))
 (let ((?x102 (+ 1.0 (ite (<= 18.0 spinal_child_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x145 (and (<= w_0 spinal_child_l6_bolus_0_h) (< spinal_child_l6_bolus_0_h (+ w_0 24.0)))))
 (let ((?x146 (+ w_0 24.0)))
 (let (($x147 (<= ?x146 spinal_child_l6_end_h)))
 (let ((?x148 (ite (<= ?x146 spinal_child_l6_step_2_h) (+ ?x131 (* ?x42 (- ?x146 spinal_child_l6_step_1_h))) (ite $x147 (+ ?x132 (* ?x39 (- ?x146 spinal_child_l6_step_2_h))) ?x133))))
 (let ((?x149 (ite (<= ?x146 spinal_child_l6_step_1_h) (+ ?x130 (* ?x45 (- ?x146 spinal_child_l6_step_0_h))) ?x148)))
 (let ((?x150 (ite (<= ?x146 spinal_child_l6_step_0_h) (+ 0.0 (* ?x48 (- ?x146 spinal_child_l6_since_h))) ?x149)))
 (let ((?x151 (+ (- (ite (<= ?x146 spinal_child_l6_since_h) 0.0 ?x150) ?x142) (+ 0.0 (ite $x145 spinal_child_l6_bolus_0_dose_ug 0.0)))))
 (let (($x152 (and (<= spinal_child_l6_since_h w_0) $x147 (not (<= ?x151 (* ?x102 ?x144))))))
 (let (($x153 (not (or $x152))))
 (=> holds_ITB-TITR-3 $x153)))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x154 (ite (<= spinal_child_l6_step_0_h spinal_child_l6_bolus_0_h) spinal_child_l6_step_0_daily_dose_ug spinal_child_l6_history_daily_dose_ug)))
(let ((?x155 (ite (<= spinal_child_l6_step_1_h spinal_child_l6_bolus_0_h) spinal_child_l6_step_1_daily_dose_ug ?x154)))
(let ((?x156 (ite (<= spinal_child_l6_step_2_h spinal_child_l6_bolus_0_h) spinal_child_l6_step_2_daily_dose_ug ?x155)))
(let ((?x157 (ite (< spinal_child_l6_bolus_0_h spinal_child_l6_since_h) 0.0 ?x156)))
(let (($x158 (not (<= spinal_child_l6_bolus_0_dose_ug (ite (>= 100.0 ?x157) 100.0 ?x157)))))
(let (($x159 (not (or $x158))))
(=> holds_ITB-DOSE-3 $x159))))))))
(check-sat)
