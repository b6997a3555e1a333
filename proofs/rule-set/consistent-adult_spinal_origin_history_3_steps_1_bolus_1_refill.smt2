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
 (let ((?x38 (/ spinal_adult_l6_bolus_0_dose_ug spinal_adult_l6_concentration_ug_ml)))
 (let (($x39 (= spinal_adult_l6_bolus_0_h spinal_adult_l6_end_h)))
 (let (($x40 (and (ite (= spinal_adult_l6_bolus_0_via 0) true false) $x39)))
 (let ((?x41 (- spinal_adult_l6_end_h spinal_adult_l6_step_2_h)))
 (let ((?x42 (/ spinal_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x44 (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h)))
 (let ((?x45 (/ spinal_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x46 (/ ?x45 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x47 (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h)))
 (let ((?x48 (/ spinal_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x49 (/ ?x48 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x50 (- spinal_adult_l6_step_0_h spinal_adult_l6_since_h)))
 (let ((?x51 (/ spinal_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x52 (/ ?x51 spinal_adult_l6_concentration_ug_ml)))
 (let ((?x53 (+ 0.0 (* ?x52 ?x50))))
 (let ((?x54 (+ ?x53 (* ?x49 ?x47))))
 (let ((?x55 (+ ?x54 (* ?x46 ?x44))))
 (let ((?x56 (+ ?x55 (* ?x43 ?x41))))
 (let ((?x57 (+ ?x55 (* ?x43 (- spinal_adult_l6_since_h spinal_adult_l6_step_2_h)))))
 (let ((?x58 (+ ?x54 (* ?x46 (- spinal_adult_l6_since_h spinal_adult_l6_step_1_h)))))
 (let ((?x59 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_step_2_h) ?x58 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_end_h) ?x57 ?x56))))
 (let ((?x60 (+ ?x53 (* ?x49 (- spinal_adult_l6_since_h spinal_adult_l6_step_0_h)))))
 (let ((?x61 (+ 0.0 (* ?x52 (- spinal_adult_l6_since_h spinal_adult_l6_since_h)))))
 (let ((?x62 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_step_0_h) ?x61 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_step_1_h) ?x60 ?x59))))
 (let ((?x63 (ite (<= spinal_adult_l6_since_h spinal_adult_l6_since_h) 0.0 ?x62)))
 (let ((?x64 (ite (<= spinal_adult_l6_end_h spinal_adult_l6_step_2_h) (+ ?x54 (* ?x46 (- spinal_adult_l6_end_h spinal_adult_l6_step_1_h))) (ite (<= spinal_adult_l6_end_h spinal_adult_l6_end_h) ?x56 ?x56))))
 (let ((?x65 (ite (<= spinal_adult_l6_end_h spinal_adult_l6_step_1_h) (+ ?x53 (* ?x49 (- spinal_adult_l6_end_h spinal_adult_l6_step_0_h))) ?x64)))
 (let ((?x66 (ite (<= spinal_adult_l6_end_h spinal_adult_l6_step_0_h) (+ 0.0 (* ?x52 (- spinal_adult_l6_end_h spinal_adult_l6_since_h))) ?x65)))
 (let (($x67 (<= spinal_adult_l6_end_h spinal_adult_l6_since_h)))
 (let ((?x68 (ite $x67 0.0 ?x66)))
 (let ((?x69 (ite (<= 0.0 spinal_adult_l6_end_h) (+ ?x55 (* ?x43 (- 0.0 spinal_adult_l6_step_2_h))) ?x56)))
 (let ((?x70 (ite (<= 0.0 spinal_adult_l6_step_2_h) (+ ?x54 (* ?x46 (- 0.0 spinal_adult_l6_step_1_h))) ?x69)))
 (let ((?x71 (ite (<= 0.0 spinal_adult_l6_step_1_h) (+ ?x53 (* ?x49 (- 0.0 spinal_adult_l6_step_0_h))) ?x70)))
 (let ((?x72 (ite (<= 0.0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x52 (- 0.0 spinal_adult_l6_since_h))) ?x71)))
 (let (($x73 (<= 0.0 spinal_adult_l6_since_h)))
 (let ((?x74 (ite $x73 0.0 ?x72)))
 (let ((?x75 (ite (< 0.0 spinal_adult_l6_end_h) (- spinal_adult_l6_history_volume_ml (+ (- ?x68 ?x74) 0.0)) (- 0.0 (+ (- ?x68 ?x63) 0.0)))))
 (let ((?x76 (+ ?x55 (* ?x43 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))))
 (let (($x77 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_end_h)))
 (let ((?x78 (+ ?x54 (* ?x46 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))))
 (let (($x28 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_2_h)))
 (let ((?x79 (+ ?x53 (* ?x49 (- spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))))
 (let (($x30 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_1_h)))
 (let ((?x80 (+ 0.0 (* ?x52 (- spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))))
 (let (($x32 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_step_0_h)))
 (let (($x36 (<= spinal_adult_l6_refill_0_h spinal_adult_l6_since_h)))
 (let ((?x81 (ite $x36 0.0 (ite $x32 ?x80 (ite $x30 ?x79 (ite $x28 ?x78 (ite $x77 ?x76 ?x56)))))))
 (let ((?x82 (ite (< spinal_adult_l6_refill_0_h spinal_adult_l6_end_h) (- spinal_adult_l6_refill_0_volume_ml (+ (- ?x68 ?x81) 0.0)) ?x75)))
 (let (($x83 (> (- ?x82 (* 1.0 (+ 0.0 (ite $x40 ?x38 0.0)))) spinal_adult_l6_alarm_ml)))
 (let (($x84 (= spinal_adult_l6_refill_0_h spinal_adult_l6_end_h)))
 (let (($x85 (and (< spinal_adult_l6_since_h spinal_adult_l6_end_h) (and $x40 (not (or (= 0.0 spinal_adult_l6_end_h) $x84))) (not $x83))))
 (let (($x86 (<= t_0 spinal_adult_l6_end_h)))
 (let ((?x87 (ite (<= t_0 spinal_adult_l6_step_2_h) (+ ?x54 (* ?x46 (- t_0 spinal_adult_l6_step_1_h))) (ite $x86 (+ ?x55 (* ?x43 (- t_0 spinal_adult_l6_step_2_h))) ?x56))))
 (let ((?x88 (ite (<= t_0 spinal_adult_l6_step_1_h) (+ ?x53 (* ?x49 (- t_0 spinal_adult_l6_step_0_h))) ?x87)))
 (let ((?x89 (ite (<= t_0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x52 (- t_0 spinal_adult_l6_since_h))) ?x88)))
 (let ((?x90 (ite (<= t_0 spinal_adult_l6_since_h) 0.0 ?x89)))
 (let ((?x91 (ite (< 0.0 t_0) (- spinal_adult_l6_history_volume_ml (+ (- ?x90 ?x74) 0.0)) (- 0.0 (+ (- ?x90 ?x63) 0.0)))))
 (let ((?x92 (ite (< spinal_adult_l6_refill_0_h t_0) (- spinal_adult_l6_refill_0_volume_ml (+ (- ?x90 ?x81) 0.0)) ?x91)))
 (let (($x93 (and (< (ite $x73 spinal_adult_l6_since_h 0.0) t_0) $x86 (not (> ?x92 spinal_adult_l6_alarm_ml)))))
 (=> holds_ITB-PUMP-4 (not (or $x93 $x85))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x94 (>= 1848.0 (- spinal_adult_l6_refill_0_h spinal_adult_l6_history_filled_at_h))))
 (let (($x95 (or (not $x94) (not (>= 1848.0 (- spinal_adult_l6_end_h spinal_adult_l6_refill_0_h))))))
 (=> holds_ITB-PUMP-5 (not $x95)))))
(assert
 (let (($x96 (not spinal_adult_l6_bolus_0_emergency)))
 (let (($x97 (or (and (ite (= spinal_adult_l6_bolus_0_via 0) false true) $x96))))
 (=> holds_ITB-PUMP-6 (not $x97)))))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_adult_l6_route 0) true false))))))
(assert
 (let (($x98 (and (< 0.0 spinal_adult_l6_concentration_ug_ml) (>= 2000.0 spinal_adult_l6_concentration_ug_ml))))
 (let (($x99 (not $x98)))
 (let (($x100 (and (< 0.0 spinal_adult_l6_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x101 (or (= 50.0 spinal_adult_l6_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l6_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l6_refill_0_concentration_ug_ml))))
 (let (($x102 (= spinal_adult_l6_refill_0_diluent 0)))
 (let (($x103 (ite $x102 true (ite (= spinal_adult_l6_refill_0_diluent 1) false false))))
 (let (($x104 (ite $x102 false (ite (= spinal_adult_l6_refill_0_diluent 1) true false))))
 (let (($x105 (or (not (or $x103 $x104)) (and $x103 (not $x101)) $x99 (not $x100) $x99 $x99 $x99 $x99)))
 (=> holds_ITB-CONC-1 (not $x105)))))))))))
(assert
 (=> holds_ITB-SCR-6 (not (or (not spinal_adult_l6_screened_positive)))))
(assert
 (let (($x106 (<= spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x107 (not $x106)))
 (let ((?x108 (ite (<= 18.0 spinal_adult_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x109 (+ 1.0 ?x108)))
 (let (($x110 (<= spinal_adult_l6_step_2_daily_dose_ug (* ?x109 spinal_adult_l6_step_1_daily_dose_ug))))
 (let (($x3 (= spinal_adult_l6_step_2_phase 0)))
 (let (($x4 (ite $x3 true false)))
 (let (($x111 (> spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x112 (<= spinal_adult_l6_step_1_daily_dose_ug (* ?x109 spinal_adult_l6_step_0_daily_dose_ug))))
 (let (($x113 (> spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x114 (<= spinal_adult_l6_step_0_daily_dose_ug (* ?x109 spinal_adult_l6_history_daily_dose_ug))))
 (let (($x115 (> spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x116 (or (and $x115 (not $x114)) (and $x113 (not $x112)) (and (and $x111 $x4) (not $x110)) (and (ite $x3 false true) $x107))))
 (=> holds_ITB-TITR-1 (not $x116))))))))))))))))
(assert
 (let ((?x117 (ite spinal_adult_l6_programmable 24.0 48.0)))
 (let (($x118 (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_last_increase_h) ?x117))))
 (let (($x111 (> spinal_adult_l6_step_2_daily_dose_ug spinal_adult_l6_step_1_daily_dose_ug)))
 (let (($x119 (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_last_increase_h) ?x117))))
 (let (($x113 (> spinal_adult_l6_step_1_daily_dose_ug spinal_adult_l6_step_0_daily_dose_ug)))
 (let (($x120 (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_last_increase_h) ?x117))))
 (let (($x115 (> spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let (($x121 (and $x111 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_2_h) $x111) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_2_h) ?x117)))))
 (let (($x122 (and $x111 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_2_h) $x113) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h) ?x117)))))
 (let (($x123 (and $x111 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_2_h) $x115) (not (>= (- spinal_adult_l6_step_2_h spinal_adult_l6_step_0_h) ?x117)))))
 (let (($x124 (and $x113 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h) $x111) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_2_h) ?x117)))))
 (let (($x125 (and $x113 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_1_h) $x113) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_1_h) ?x117)))))
 (let (($x126 (and $x113 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_1_h) $x115) (not (>= (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h) ?x117)))))
 (let (($x127 (and $x115 (and (< spinal_adult_l6_step_2_h spinal_adult_l6_step_0_h) $x111) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_2_h) ?x117)))))
 (let (($x128 (and $x115 (and (< spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h) $x113) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_1_h) ?x117)))))
 (let (($x129 (and $x115 (and (< spinal_adult_l6_step_0_h spinal_adult_l6_step_0_h) $x115) (not (>= (- spinal_adult_l6_step_0_h spinal_adult_l6_step_0_h) ?x117)))))
 (let (($x130 (or $x129 $x128 $x127 $x126 $x125 $x124 $x123 $x122 $x121 (and $x115 $x120) (and $x113 $x119) (and $x111 $x118))))
 (=> holds_ITB-TITR-2 (not $x130))))))))))))))))))))
(assert
 (let ((?x131 (ite (<= spinal_adult_l6_step_0_h w_0) spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
 (let ((?x132 (ite (<= spinal_adult_l6_step_1_h w_0) spinal_adult_l6_step_1_daily_dose_ug ?x131)))
 (let ((?x133 (ite (<= spinal_adult_l6_step_2_h w_0) spinal_adult_l6_step_2_daily_dose_ug ?x132)))
 (let (($x134 (and (<= (- w_0 24.0) spinal_adult_l6_bolus_0_h) (< spinal_adult_l6_bolus_0_h w_0))))
 (let ((?x41 (- spinal_adult_l6_end_h spinal_adult_l6_step_2_h)))
 (let ((?x42 (/ spinal_adult_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x44 (- spinal_adult_l6_step_2_h spinal_adult_l6_step_1_h)))
 (let ((?x45 (/ spinal_adult_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x47 (- spinal_adult_l6_step_1_h spinal_adult_l6_step_0_h)))
 (let ((?x48 (/ spinal_adult_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x50 (- spinal_adult_l6_step_0_h spinal_adult_l6_since_h)))
 (let ((?x51 (/ spinal_adult_l6_history_daily_dose_ug 24.0)))
 (let ((?x135 (+ 0.0 (* ?x51 ?x50))))
 (let ((?x136 (+ ?x135 (* ?x48 ?x47))))
 (let ((?x137 (+ ?x136 (* ?x45 ?x44))))
 (let ((?x138 (+ ?x137 (* ?x42 ?x41))))
 (let ((?x139 (ite (<= (- w_0 24.0) spinal_adult_l6_end_h) (+ ?x137 (* ?x42 (- (- w_0 24.0) spinal_adult_l6_step_2_h))) ?x138)))
 (let ((?x140 (ite (<= (- w_0 24.0) spinal_adult_l6_step_2_h) (+ ?x136 (* ?x45 (- (- w_0 24.0) spinal_adult_l6_step_1_h))) ?x139)))
 (let ((?x141 (ite (<= (- w_0 24.0) spinal_adult_l6_step_1_h) (+ ?x135 (* ?x48 (- (- w_0 24.0) spinal_adult_l6_step_0_h))) ?x140)))
 (let ((?x142 (ite (<= (- w_0 24.0) spinal_adult_l6_step_0_h) (+ 0.0 (* ?x51 (- (- w_0 24.0) spinal_adult_l6_since_h))) ?x141)))
 (let ((?x143 (ite (<= w_0 spinal_adult_l6_end_h) (+ ?x137 (* ?x42 (- w_0 spinal_adult_l6_step_2_h))) ?x138)))
 (let ((?x144 (ite (<= w_0 spinal_adult_l6_step_2_h) (+ ?x136 (* ?x45 (- w_0 spinal_adult_l6_step_1_h))) ?x143)))
 (let ((?x145 (ite (<= w_0 spinal_adult_l6_step_1_h) (+ ?x135 (* ?x48 (- w_0 spinal_adult_l6_step_0_h))) ?x144)))
 (let ((?x146 (ite (<= w_0 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x51 (- w_0 spinal_adult_l6_since_h))) ?x145)))
 (let ((?x147 (ite (<= w_0 spinal_adult_l6_since_h) 0.0 ?x146)))
 (let ((?x148 (- ?x147 (ite (<= (- w_0 24.0) spinal_adult_l6_since_h) 0.0 ?x142))))
 (let ((?x149 (ite (>= (- w_0 24.0) spinal_adult_l6_since_h) (+ ?x148 (+ 0.0 (ite $x134 spinal_adult_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x133))))
 (let ((?x108 (ite (<= 18.0 spinal_adult_l6_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x109 (+ 1.0 ?x108)))
 (let (($x150 (<= w_0 spinal_adult_l6_bolus_0_h)))
 (let ((?x151 (ite (and $x150 (< spinal_adult_l6_bolus_0_h (+ w_0 24.0))) spinal_adult_l6_bolus_0_dose_ug 0.0)))
 (let ((?x152 (+ w_0 24.0)))
 (let (($x153 (<= ?x152 spinal_adult_l6_end_h)))
 (let ((?x154 (ite (<= ?x152 spinal_adult_l6_step_2_h) (+ ?x136 (* ?x45 (- ?x152 spinal_adult_l6_step_1_h))) (ite $x153 (+ ?x137 (* ?x42 (- ?x152 spinal_adult_l6_step_2_h))) ?x138))))
 (let ((?x155 (ite (<= ?x152 spinal_adult_l6_step_1_h) (+ ?x135 (* ?x48 (- ?x152 spinal_adult_l6_step_0_h))) ?x154)))
 (let ((?x156 (ite (<= ?x152 spinal_adult_l6_step_0_h) (+ 0.0 (* ?x51 (- ?x152 spinal_adult_l6_since_h))) ?x155)))
 (let ((?x157 (+ (- (ite (<= ?x152 spinal_adult_l6_since_h) 0.0 ?x156) ?x147) (+ 0.0 ?x151))))
 (let (($x158 (and (<= spinal_adult_l6_since_h w_0) $x153 (not (<= ?x157 (* ?x109 ?x149))))))
 (=> holds_ITB-TITR-3 (not (or $x158))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x159 (ite (<= spinal_adult_l6_step_0_h spinal_adult_l6_bolus_0_h) spinal_adult_l6_step_0_daily_dose_ug spinal_adult_l6_history_daily_dose_ug)))
(let ((?x160 (ite (<= spinal_adult_l6_step_1_h spinal_adult_l6_bolus_0_h) spinal_adult_l6_step_1_daily_dose_ug ?x159)))
(let ((?x161 (ite (<= spinal_adult_l6_step_2_h spinal_adult_l6_bolus_0_h) spinal_adult_l6_step_2_daily_dose_ug ?x160)))
(let ((?x162 (ite (< spinal_adult_l6_bolus_0_h spinal_adult_l6_since_h) 0.0 ?x161)))
(let (($x163 (not (<= spinal_adult_l6_bolus_0_dose_ug (ite (>= 100.0 ?x162) 100.0 ?x162)))))
(=> holds_ITB-DOSE-3 (not (or $x163)))))))))
(check-sat)
