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
 (let ((?x1 (- 100000.0)))
 (>= spinal_adult_l6_since_h ?x1)))
(assert
 (<= spinal_adult_l6_since_h 0.0))
(assert
 (let ((?x1 (- 100000.0)))
 (>= spinal_adult_l6_last_increase_h ?x1)))
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
 (let ((?x1 (- 100000.0)))
 (>= spinal_adult_l6_history_filled_at_h ?x1)))
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
 (let (($x2 (>= spinal_adult_l6_step_2_daily_dose_ug (* (/ 4.0 5.0) spinal_adult_l6_step_1_daily_dose_ug))))
 (let (($x3 (= spinal_adult_l6_step_2_phase 0)))
 (let (($x4 (ite $x3 true false)))
 (let (($x5 (< spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x6 (>= spinal_adult_l6_step_1_daily_dose_ug (* (/ 4.0 5.0) spinal_adult_l6_step_0_daily_dose_ug))))
 (let (($x7 (< spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x8 (>= spinal_adult_l6_step_0_daily_dose_ug (* (/ 4.0 5.0) spinal_adult_l6_history_daily_dose_ug))))
 (let (($x9 (< spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x10 (or (and $x9 (not $x8)) (and $x7 (not $x6)) (and (and $x5 $x4) (not $x2)))))
 (=> holds_ITB-STOP-1 (not $x10))))))))))))
(assert
 (let (($x11 (not false)))
 (=> holds_ITB-STOP-2 $x11)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 spinal_adult_l6_age_years))))))
(assert
 (let (($x11 (not false)))
 (=> holds_ITB-PUMP-1 $x11)))
(assert
 (let (($x11 (not false)))
 (=> holds_ITB-PUMP-2 $x11)))
(assert
 (let ((?x12 (* spinal_adult_l6_step_2_rate_ml_day spinal_adult_l6_concentration_ug_ml)))
 (let ((?x13 (- ?x12 spinal_adult_l6_step_2_daily_dose_ug)))
 (let (($x14 (<= (* (- (/ 1.0 100.0)) spinal_adult_l6_step_2_daily_dose_ug) ?x13)))
 (let (($x15 (and $x14 (<= ?x13 (* (/ 1.0 100.0) spinal_adult_l6_step_2_daily_dose_ug)))))
 (let ((?x16 (* spinal_adult_l6_step_1_rate_ml_day spinal_adult_l6_concentration_ug_ml)))
 (let ((?x17 (- ?x16 spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x18 (<= (* (- (/ 1.0 100.0)) spinal_adult_l6_step_1_daily_dose_ug) ?x17)))
 (let (($x19 (and $x18 (<= ?x17 (* (/ 1.0 100.0) spinal_adult_l6_step_1_daily_dose_ug)))))
 (let ((?x20 (* spinal_adult_l6_step_0_rate_ml_day spinal_adult_l6_concentration_ug_ml)))
 (let ((?x21 (- ?x20 spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x22 (<= (* (- (/ 1.0 100.0)) spinal_adult_l6_step_0_daily_dose_ug) ?x21)))
 (let (($x23 (and $x22 (<= ?x21 (* (/ 1.0 100.0) spinal_adult_l6_step_0_daily_dose_ug)))))
 (let (($x24 (= spinal_adult_l6_concentration_ug_ml spinal_adult_l6_refill_0_concentration_ug_ml)))
 (let (($x25 (not $x24)))
 (let (($x26 (= spinal_adult_l6_concentration_ug_ml spinal_adult_l6_concentration_ug_ml)))
 (let (($x27 (ite true $x26 false)))
 (let (($x28 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))
 (let (($x29 (and (ite $x28 true (ite true true false)) (not (ite $x28 $x24 $x27)))))
 (let (($x30 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))
 (let (($x31 (and (ite $x30 true (ite true true false)) (not (ite $x30 $x24 $x27)))))
 (let (($x32 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))
 (let (($x33 (and (ite $x32 true (ite true true false)) (not (ite $x32 $x24 $x27)))))
 (let (($x34 (not (ite (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h) $x24 $x27))))
 (let (($x35 (ite true true false)))
 (let (($x36 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))
 (let (($x37 (or (and (ite $x36 true $x35) $x34) $x33 $x31 $x29 (not $x26) $x25 (not $x23) (not $x19) (not $x15))))
 (=> holds_ITB-PUMP-3 (not $x37)))))))))))))))))))))))))))))
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
 (let ((?x72 (+ ?x52 (* ?x40 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))))
 (let (($x73 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_end_h)))
 (let ((?x74 (+ ?x51 (* ?x43 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))))
 (let (($x28 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))
 (let ((?x75 (+ ?x50 (* ?x46 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))))
 (let (($x30 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))
 (let ((?x76 (+ 0.0 (* ?x49 (- spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))))
 (let (($x32 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))
 (let (($x36 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))
 (let ((?x77 (ite $x36 0.0 (ite $x32 ?x76 (ite $x30 ?x75 (ite $x28 ?x74 (ite $x73 ?x72 ?x53)))))))
 (let ((?x78 (ite (< spinal_adult_l6_refill_0_h t_0) (- spinal_adult_l6_refill_0_volume_ml (+ (- ?x64 ?x77) 0.0)) (ite (< 0.0 t_0) ?x71 (- 0.0 (+ ?x65 0.0))))))
 (let (($x79 (and (< (ite $x70 spinal_adult_l6_since_h 0.0) t_0) $x60 (not (> ?x78 spinal_adult_l6_alarm_ml)))))
 (=> holds_ITB-PUMP-4 (not (or $x79))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x80 (>= 1848.0 (- spinal_adult_l6_refill_0_h spinal_adult_l6_history_filled_at_h))))
 (let (($x81 (or (not $x80) (not (>= 1848.0 (- spinal_adult_l6_end_h spinal_adult_l6_refill_0_h))))))
 (=> holds_ITB-PUMP-5 (not $x81)))))
(assert
 (let (($x82 (not spinal_adult_l6_bolus_0_emergency)))
 (let (($x83 (or (and (ite (= spinal_adult_l6_bolus_0_via 0) false true) $x82))))
 (=> holds_ITB-PUMP-6 (not $x83)))))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_adult_l6_route 0) true false))))))
(assert
 (let (($x84 (and (< 0.0 spinal_adult_l6_concentration_ug_ml) (>= 2000.0 spinal_adult_l6_concentration_ug_ml))))
 (let (($x85 (not $x84)))
 (let (($x86 (and (< 0.0 spinal_adult_l6_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x87 (or (= 50.0 spinal_adult_l6_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l6_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x88 (= spinal_adult_l6_refill_0_diluent 0)))
 (let (($x89 (ite $x88 true (ite (= spinal_adult_l6_refill_0_diluent 1) false false))))
 (let (($x90 (ite $x88 false (ite (= spinal_adult_l6_refill_0_diluent 1) true false))))
 (let (($x91 (or (not (or $x89 $x90)) (and $x89 (not $x87)) $x85 (not $x86) $x85 $x85 $x85 $x85)))
 (=> holds_ITB-CONC-1 (not $x91)))))))))))
(assert
 (=> holds_ITB-SCR-6 (not (or (not spinal_adult_l6_screened_positive)))))
(assert
 (let (($x92 (<= spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x93 (not $x92)))
 (let ((?x94 (ite (<= 18.0 spinal_adult_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x95 (+ 1.0 ?x94)))
 (let (($x96 (<= spinal_adult_l6_step_2_daily_dose_ug (* ?x95 spinal_adult_l6_step_1_daily_dose_ug))))
 (let (($x3 (= spinal_adult_l6_step_2_phase 0)))
 (let (($x4 (ite $x3 true false)))
 (let (($x97 (> spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x98 (<= spinal_adult_l6_step_1_daily_dose_ug (* ?x95 spinal_adult_l6_step_0_daily_dose_ug))))
 (let (($x99 (> spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x100 (<= spinal_adult_l6_step_0_daily_dose_ug (* ?x95 spinal_adult_l6_history_daily_dose_ug))))
 (let (($x101 (> spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x102 (or (and $x101 (not $x100)) (and $x99 (not $x98)) (and (and $x97 $x4) (not $x96)) (and (ite $x3 false true) $x93))))
 (=> holds_ITB-TITR-1 (not $x102))))))))))))))))
(assert
 (let ((?x103 (ite spinal_adult_l6_programmable 24.0 48.0)))
 (let (($x104 (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_last_increase_h) ?x103))))
 (let (($x97 (> spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x105 (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_last_increase_h) ?x103))))
 (let (($x99 (> spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x106 (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_last_increase_h) ?x103))))
 (let (($x101 (> spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x107 (and $x97 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_2_h) $x97) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_2_h) ?x103)))))
 (let (($x108 (and $x97 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_2_h) $x99) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h) ?x103)))))
 (let (($x109 (and $x97 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_2_h) $x101) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_0_h) ?x103)))))
 (let (($x110 (and $x99 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h) $x97) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_2_h) ?x103)))))
 (let (($x111 (and $x99 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_1_h) $x99) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_1_h) ?x103)))))
 (let (($x112 (and $x99 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_1_h) $x101) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h) ?x103)))))
 (let (($x113 (and $x101 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_0_h) $x97) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_2_h) ?x103)))))
 (let (($x114 (and $x101 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h) $x99) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_1_h) ?x103)))))
 (let (($x115 (and $x101 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_0_h) $x101) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_0_h) ?x103)))))
 (let (($x116 (or $x115 $x114 $x113 $x112 $x111 $x110 $x109 $x108 $x107 (and $x101 $x106) (and $x99 $x105) (and $x97 $x104))))
 (=> holds_ITB-TITR-2 (not $x116))))))))))))))))))))
(assert
 (let ((?x117 (ite (<= spinal_adult_l6_step_0_h w_0) spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let ((?x118 (ite (<= spinal_adult_l6_step_1_h w_0) spinal_adult_l6_step_1_daily_dose_ug ?x117)))
 (let ((?x119 (ite (<= spinal_adult_l6_step_2_h w_0) spinal_adult_l6_step_2_daily_dose_ug ?x118)))
 (let (($x120 (and (<= (- w_0 24.0) spinal_adult_l6_bolus_0_h) (< spinal_adult_l6_bolus_0_h w_0))))
 (let ((?x38 (- spinal_adult_l6_end_h spinal_adult_l6_step_2_h)))
 (let ((?x39 (/ spinal_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x41 (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h)))
 (let ((?x42 (/ spinal_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x44 (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h)))
 (let ((?x45 (/ spinal_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x47 (- spinal_adult_l6_step_0_h spinal_adult_l6_since_h)))
 (let ((?x48 (/ spinal_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x121 (+ 0.0 (* ?x48 ?x47))))
 (let ((?x122 (+ ?x121 (* ?x45 ?x44))))
 (let ((?x123 (+ ?x122 (* ?x42 ?x41))))
 (let ((?x124 (+ ?x123 (* ?x39 ?x38))))
 (let ((?x125 (ite (<= (- w_0 24.0) spinal_adult_l6_end_h) (+ ?x123 (* ?x39 (- (- w_0 24.0) spinal_adult_l6_step_2_h))) ?x124)))
 (let ((?x126 (ite (<= (- w_0 24.0) spinal_adult_l6_step_2_h) (+ ?x122 (* ?x42 (- (- w_0 24.0) spinal_adult_l6_step_1_h))) ?x125)))
 (let ((?x127 (ite (<= (- w_0 24.0) spinal_adult_l6_step_1_h) (+ ?x121 (* ?x45 (- (- w_0 24.0) spinal_adult_l6_step_0_h))) ?x126)))
 (let ((?x128 (ite (<= (- w_0 24.0) spinal_adult_l6_step_0_h) (+ 0.0 (* ?x48 (- (- w_0 24.0) spinal_adult_l6_since_h))) ?x127)))
 (let ((?x129 (ite (<= w_0 spinal_adult_l6_end_h) (+ ?x123 (* ?x39 (- w_0 spinal_adult_l6_step_2_h))) ?x124)))
 (let ((?x130 (ite (<= w_0 spinal_adult_l6_step_2_h) (+ ?x122 (* ?x42 (- w_0 spinal_adult_l6_step_1_h))) ?x129)))
 (let ((?x131 (ite (<= w_0 spinal_adult_l6_step_1_h) (+ ?x121 (* ?x45 (- w_0 spinal_adult_l6_step_0_h))) ?x130)))
 (let ((?x132 (ite (<= w_0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x48 (- w_0 spinal_adult_l6_since_h))) ?x131)))
 (let ((?x133 (ite (<= w_0 spinal_adult_l6_since_h) 0.0 ?x132)))
 (let ((?x134 (- ?x133 (ite (<= (- w_0 24.0) spinal_adult_l6_since_h) 0.0 ?x128))))
 (let ((?x135 (ite (>= (- w_0 24.0) spinal_adult_l6_since_h) (+ ?x134 (+ 0.0 (ite $x120 spinal_adult_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x119))))
 (let ((?x94 (ite (<= 18.0 spinal_adult_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x95 (+ 1.0 ?x94)))
 (let (($x136 (<= w_0 spinal_adult_l6_bolus_0_h)))
 (let ((?x137 (ite (and $x136 (< spinal_adult_l6_bolus_0_h (+ w_0 24.0))) spinal_adult_l6_bolus_0_dose_ug 0.0)))
 (let ((?x138 (+ w_0 24.0)))
 (let (($x139 (<= ?x138 spinal_adult_l6_end_h)))
 (let ((?x140 (ite (<= ?x138 spinal_adult_l6_step_2_h) (+ ?x122 (* ?x42 (- ?x138 spinal_adult_l6_step_1_h))) (ite $x139 (+ ?x123 (* ?x39 (- ?x138 spinal_adult_l6_step_2_h))) ?x124))))
 (let ((?x141 (ite (<= ?x138 spinal_adult_l6_step_1_h) (+ ?x121 (* ?x45 (- ?x138 spinal_adult_l6_step_0_h))) ?x140)))
 (let ((?x142 (ite (<= ?x138 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x48 (- ?x138 spinal_adult_l6_since_h))) ?x141)))
 (let ((?x143 (+ (- (ite (<= ?x138 spinal_adult_l6_since_h) 0.0 ?x142) ?x133) (+ 0.0 ?x137))))
 (let (($x144 (and (<= spinal_adult_l6_since_h w_0) $x139 (not (<= ?x143 (* ?x95 ?x135))))))
 (=> holds_ITB-TITR-3 (not (or $x144))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x145 (ite (<= spinal_adult_l6_step_0_h spinal_adult_l6_bolus_0_h) spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
(let ((?x146 (ite (<= spinal_adult_l6_step_1_h spinal_adult_l6_bolus_0_h) spinal_adult_l6_step_1_daily_dose_ug ?x145)))
(let ((?x147 (ite (<= spinal_adult_l6_step_2_h spinal_adult_l6_bolus_0_h) spinal_adult_l6_step_2_daily_dose_ug ?x146)))
(let ((?x148 (ite (< spinal_adult_l6_bolus_0_h spinal_adult_l6_since_h) 0.0 ?x147)))
(let (($x149 (not (<= spinal_adult_l6_bolus_0_dose_ug (ite (>= 100.0 ?x148) 100.0 ?x148)))))
(=> holds_ITB-DOSE-3 (not (or $x149)))))))))
(check-sat)
