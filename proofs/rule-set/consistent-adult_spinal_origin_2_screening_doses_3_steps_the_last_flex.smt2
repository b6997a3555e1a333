; itbverify 0.1.0: rule-set consistency, adult, spinal origin; 2 screening doses, 3 steps, the last flex
; benchmark generated from python API
(set-info :status unknown)
(declare-fun spinal_adult_l5_age_years () Real)
(declare-fun spinal_adult_l5_months_since_injury () Real)
(declare-fun spinal_adult_l5_reservoir_ml () Real)
(declare-fun spinal_adult_l5_alarm_ml () Real)
(declare-fun spinal_adult_l5_concentration_ug_ml () Real)
(declare-fun spinal_adult_l5_screening_0_h () Real)
(declare-fun spinal_adult_l5_screening_0_dose_ug () Real)
(declare-fun spinal_adult_l5_screening_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l5_screening_0_duration_min () Real)
(declare-fun spinal_adult_l5_screening_0_response () Int)
(declare-fun spinal_adult_l5_screening_0_effect_h () Real)
(declare-fun spinal_adult_l5_screening_1_h () Real)
(declare-fun spinal_adult_l5_screening_1_dose_ug () Real)
(declare-fun spinal_adult_l5_screening_1_concentration_ug_ml () Real)
(declare-fun spinal_adult_l5_screening_1_duration_min () Real)
(declare-fun spinal_adult_l5_screening_1_response () Int)
(declare-fun spinal_adult_l5_screening_1_effect_h () Real)
(declare-fun spinal_adult_l5_step_0_h () Real)
(declare-fun spinal_adult_l5_step_0_daily_dose_ug () Real)
(declare-fun spinal_adult_l5_step_0_rate_ml_day () Real)
(declare-fun spinal_adult_l5_step_1_h () Real)
(declare-fun spinal_adult_l5_step_1_daily_dose_ug () Real)
(declare-fun spinal_adult_l5_step_1_rate_ml_day () Real)
(declare-fun spinal_adult_l5_step_2_phase () Int)
(declare-fun spinal_adult_l5_step_2_h () Real)
(declare-fun spinal_adult_l5_step_2_daily_dose_ug () Real)
(declare-fun spinal_adult_l5_step_2_rate_ml_day () Real)
(declare-fun spinal_adult_l5_step_2_flex_low_ug_h () Real)
(declare-fun spinal_adult_l5_step_2_flex_high_ug_h () Real)
(declare-fun spinal_adult_l5_end_h () Real)
(declare-fun spinal_adult_l5_refill_0_h () Real)
(declare-fun spinal_adult_l5_refill_0_volume_ml () Real)
(declare-fun spinal_adult_l5_refill_0_concentration_ug_ml () Real)
(declare-fun spinal_adult_l5_refill_0_diluent () Int)
(declare-fun spinal_adult_l5_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun spinal_adult_l5_infection () Bool)
(declare-fun holds_ITB-PAT-4 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun holds_ITB-PUMP-6 () Bool)
(declare-fun holds_ITB-ROUTE-1 () Bool)
(declare-fun holds_ITB-CONC-1 () Bool)
(declare-fun holds_ITB-SCR-1 () Bool)
(declare-fun holds_ITB-SCR-2 () Bool)
(declare-fun holds_ITB-SCR-3 () Bool)
(declare-fun holds_ITB-SCR-4 () Bool)
(declare-fun holds_ITB-SCR-5 () Bool)
(declare-fun holds_ITB-SCR-6 () Bool)
(declare-fun holds_ITB-INIT-1 () Bool)
(declare-fun holds_ITB-INIT-2 () Bool)
(declare-fun holds_ITB-TITR-1 () Bool)
(declare-fun spinal_adult_l5_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= spinal_adult_l5_age_years 0.0))
(assert
 (<= spinal_adult_l5_age_years 120.0))
(assert
 (>= spinal_adult_l5_age_years 18.0))
(assert
 (>= spinal_adult_l5_months_since_injury 0.0))
(assert
 (<= spinal_adult_l5_months_since_injury 100000.0))
(assert
 (>= spinal_adult_l5_reservoir_ml 0.0))
(assert
 (<= spinal_adult_l5_reservoir_ml 100000.0))
(assert
 (>= spinal_adult_l5_alarm_ml 0.0))
(assert
 (<= spinal_adult_l5_alarm_ml 100000.0))
(assert
 (>= spinal_adult_l5_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l5_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l5_screening_0_h 0.0))
(assert
 (<= spinal_adult_l5_screening_0_h 100000.0))
(assert
 (>= spinal_adult_l5_screening_0_h 0.0))
(assert
 (>= spinal_adult_l5_screening_0_dose_ug 0.0))
(assert
 (<= spinal_adult_l5_screening_0_dose_ug 100000.0))
(assert
 (>= spinal_adult_l5_screening_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l5_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l5_screening_0_duration_min 0.0))
(assert
 (<= spinal_adult_l5_screening_0_duration_min 100000.0))
(assert
 (>= spinal_adult_l5_screening_0_response 0))
(assert
 (< spinal_adult_l5_screening_0_response 2))
(assert
 (>= spinal_adult_l5_screening_0_effect_h 0.0))
(assert
 (<= spinal_adult_l5_screening_0_effect_h 100000.0))
(assert
 (>= spinal_adult_l5_screening_1_h 0.0))
(assert
 (<= spinal_adult_l5_screening_1_h 100000.0))
(assert
 (>= spinal_adult_l5_screening_1_h spinal_adult_l5_screening_0_h))
(assert
 (>= spinal_adult_l5_screening_1_dose_ug 0.0))
(assert
 (<= spinal_adult_l5_screening_1_dose_ug 100000.0))
(assert
 (>= spinal_adult_l5_screening_1_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l5_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l5_screening_1_duration_min 0.0))
(assert
 (<= spinal_adult_l5_screening_1_duration_min 100000.0))
(assert
 (>= spinal_adult_l5_screening_1_response 0))
(assert
 (< spinal_adult_l5_screening_1_response 2))
(assert
 (>= spinal_adult_l5_screening_1_effect_h 0.0))
(assert
 (<= spinal_adult_l5_screening_1_effect_h 100000.0))
(assert
 (>= spinal_adult_l5_step_0_h 0.0))
(assert
 (<= spinal_adult_l5_step_0_h 100000.0))
(assert
 (>= spinal_adult_l5_step_0_h spinal_adult_l5_screening_1_h))
(assert
 (>= spinal_adult_l5_step_0_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l5_step_0_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l5_step_0_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l5_step_0_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l5_step_1_h 0.0))
(assert
 (<= spinal_adult_l5_step_1_h 100000.0))
(assert
 (> spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h))
(assert
 (>= spinal_adult_l5_step_1_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l5_step_1_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l5_step_1_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l5_step_1_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l5_step_2_phase 0))
(assert
 (< spinal_adult_l5_step_2_phase 2))
(assert
 (>= spinal_adult_l5_step_2_h 0.0))
(assert
 (<= spinal_adult_l5_step_2_h 100000.0))
(assert
 (> spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h))
(assert
 (>= spinal_adult_l5_step_2_daily_dose_ug 0.0))
(assert
 (<= spinal_adult_l5_step_2_daily_dose_ug 100000.0))
(assert
 (>= spinal_adult_l5_step_2_rate_ml_day 0.0))
(assert
 (<= spinal_adult_l5_step_2_rate_ml_day 100000.0))
(assert
 (>= spinal_adult_l5_step_2_flex_low_ug_h 0.0))
(assert
 (<= spinal_adult_l5_step_2_flex_low_ug_h 100000.0))
(assert
 (>= spinal_adult_l5_step_2_flex_high_ug_h 0.0))
(assert
 (<= spinal_adult_l5_step_2_flex_high_ug_h 100000.0))
(assert
 (let ((?x1 (+ (* 12.0 spinal_adult_l5_step_2_flex_low_ug_h) (* 12.0 spinal_adult_l5_step_2_flex_high_ug_h))))
 (= spinal_adult_l5_step_2_daily_dose_ug ?x1)))
(assert
 (<= spinal_adult_l5_end_h 100000.0))
(assert
 (>= spinal_adult_l5_end_h spinal_adult_l5_step_2_h))
(assert
 (<= spinal_adult_l5_refill_0_h 100000.0))
(assert
 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_end_h))
(assert
 (>= spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h))
(assert
 (>= spinal_adult_l5_refill_0_volume_ml 0.0))
(assert
 (<= spinal_adult_l5_refill_0_volume_ml 100000.0))
(assert
 (<= spinal_adult_l5_refill_0_volume_ml spinal_adult_l5_reservoir_ml))
(assert
 (>= spinal_adult_l5_refill_0_concentration_ug_ml 0.0))
(assert
 (<= spinal_adult_l5_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= spinal_adult_l5_refill_0_diluent 0))
(assert
 (< spinal_adult_l5_refill_0_diluent 3))
(assert
 (= spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h))
(assert
 (>= spinal_adult_l5_route 0))
(assert
 (< spinal_adult_l5_route 2))
(assert
 (let (($x2 (>= spinal_adult_l5_step_2_daily_dose_ug (* (/ 4.0 5.0) spinal_adult_l5_step_1_daily_dose_ug))))
 (let (($x3 (< spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x4 (>= spinal_adult_l5_step_1_daily_dose_ug (* (/ 4.0 5.0) spinal_adult_l5_step_0_daily_dose_ug))))
 (let (($x5 (< spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (=> holds_ITB-STOP-1 (not (or (and $x5 (not $x4)) (and $x3 (not $x2))))))))))
(assert
 (let (($x6 (not false)))
 (=> holds_ITB-STOP-2 $x6)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 spinal_adult_l5_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 spinal_adult_l5_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or spinal_adult_l5_infection))))
(assert
 (let (($x7 (not (or (not (ite (= spinal_adult_l5_step_2_phase 0) false true))))))
 (=> holds_ITB-PUMP-1 $x7)))
(assert
 (let (($x8 (<= spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x9 (ite $x8 spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let (($x10 (>= spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x11 (ite $x10 spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (=> holds_ITB-PUMP-2 (not (or (not (<= ?x11 (* (/ 6.0 5.0) ?x9)))))))))))
(assert
 (let ((?x12 (* spinal_adult_l5_step_2_rate_ml_day spinal_adult_l5_concentration_ug_ml)))
 (let ((?x13 (- ?x12 spinal_adult_l5_step_2_daily_dose_ug)))
 (let (($x14 (<= (* (- (/ 1.0 100.0)) spinal_adult_l5_step_2_daily_dose_ug) ?x13)))
 (let (($x15 (and $x14 (<= ?x13 (* (/ 1.0 100.0) spinal_adult_l5_step_2_daily_dose_ug)))))
 (let ((?x16 (* spinal_adult_l5_step_1_rate_ml_day spinal_adult_l5_concentration_ug_ml)))
 (let ((?x17 (- ?x16 spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x18 (<= (* (- (/ 1.0 100.0)) spinal_adult_l5_step_1_daily_dose_ug) ?x17)))
 (let (($x19 (and $x18 (<= ?x17 (* (/ 1.0 100.0) spinal_adult_l5_step_1_daily_dose_ug)))))
 (let ((?x20 (* spinal_adult_l5_step_0_rate_ml_day spinal_adult_l5_concentration_ug_ml)))
 (let ((?x21 (- ?x20 spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x22 (<= (* (- (/ 1.0 100.0)) spinal_adult_l5_step_0_daily_dose_ug) ?x21)))
 (let (($x23 (and $x22 (<= ?x21 (* (/ 1.0 100.0) spinal_adult_l5_step_0_daily_dose_ug)))))
 (let (($x24 (= spinal_adult_l5_concentration_ug_ml spinal_adult_l5_refill_0_concentration_ug_ml)))
 (let (($x25 (not $x24)))
 (let (($x26 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))
 (let (($x27 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))
 (let (($x28 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))
 (let (($x29 (or (and (ite $x28 true false) (not (ite $x28 $x24 false))) (and (ite $x27 true false) (not (ite $x27 $x24 false))) (and (ite $x26 true false) (not (ite $x26 $x24 false))) $x25 (not $x23) (not $x19) (not $x15))))
 (=> holds_ITB-PUMP-3 (not $x29)))))))))))))))))))))
(assert
 (let ((?x30 (- spinal_adult_l5_end_h spinal_adult_l5_step_2_h)))
 (let ((?x31 (/ spinal_adult_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x32 (/ ?x31 spinal_adult_l5_concentration_ug_ml)))
 (let ((?x33 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h)))
 (let ((?x34 (/ spinal_adult_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x35 (/ ?x34 spinal_adult_l5_concentration_ug_ml)))
 (let ((?x36 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))
 (let ((?x37 (/ spinal_adult_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x38 (/ ?x37 spinal_adult_l5_concentration_ug_ml)))
 (let ((?x39 (+ 0.0 (* ?x38 ?x36))))
 (let ((?x40 (+ ?x39 (* ?x35 ?x33))))
 (let ((?x41 (+ ?x40 (* ?x32 ?x30))))
 (let ((?x42 (+ ?x40 (* ?x32 (- spinal_adult_l5_step_0_h spinal_adult_l5_step_2_h)))))
 (let ((?x43 (+ ?x39 (* ?x35 (- spinal_adult_l5_step_0_h spinal_adult_l5_step_1_h)))))
 (let ((?x44 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_step_2_h) ?x43 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_end_h) ?x42 ?x41))))
 (let ((?x45 (+ 0.0 (* ?x38 (- spinal_adult_l5_step_0_h spinal_adult_l5_step_0_h)))))
 (let ((?x46 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_step_0_h) 0.0 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_step_1_h) ?x45 ?x44))))
 (let ((?x47 (ite (<= spinal_adult_l5_end_h spinal_adult_l5_step_2_h) (+ ?x39 (* ?x35 (- spinal_adult_l5_end_h spinal_adult_l5_step_1_h))) (ite (<= spinal_adult_l5_end_h spinal_adult_l5_end_h) ?x41 ?x41))))
 (let ((?x48 (+ 0.0 (* ?x38 (- spinal_adult_l5_end_h spinal_adult_l5_step_0_h)))))
 (let ((?x49 (ite (<= spinal_adult_l5_end_h spinal_adult_l5_step_0_h) 0.0 (ite (<= spinal_adult_l5_end_h spinal_adult_l5_step_1_h) ?x48 ?x47))))
 (let ((?x50 (+ ?x40 (* ?x32 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))))
 (let (($x51 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_end_h)))
 (let ((?x52 (+ ?x39 (* ?x35 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))))
 (let (($x26 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))
 (let ((?x53 (+ 0.0 (* ?x38 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))))
 (let (($x27 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))
 (let (($x28 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))
 (let ((?x54 (ite $x28 0.0 (ite $x27 ?x53 (ite $x26 ?x52 (ite $x51 ?x50 ?x41))))))
 (let ((?x55 (ite (< spinal_adult_l5_refill_0_h spinal_adult_l5_end_h) (- spinal_adult_l5_refill_0_volume_ml (+ (- ?x49 ?x54) 0.0)) (- 0.0 (+ (- ?x49 ?x46) 0.0)))))
 (let (($x56 (not (= spinal_adult_l5_refill_0_h spinal_adult_l5_end_h))))
 (let (($x57 (and $x56 (not (> (- ?x55 (* 1.0 0.0)) spinal_adult_l5_alarm_ml)))))
 (let (($x58 (<= t_0 spinal_adult_l5_end_h)))
 (let ((?x59 (ite (<= t_0 spinal_adult_l5_step_2_h) (+ ?x39 (* ?x35 (- t_0 spinal_adult_l5_step_1_h))) (ite $x58 (+ ?x40 (* ?x32 (- t_0 spinal_adult_l5_step_2_h))) ?x41))))
 (let ((?x60 (ite (<= t_0 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x38 (- t_0 spinal_adult_l5_step_0_h))) ?x59)))
 (let ((?x61 (ite (<= t_0 spinal_adult_l5_step_0_h) 0.0 ?x60)))
 (let ((?x62 (ite (< spinal_adult_l5_refill_0_h t_0) (- spinal_adult_l5_refill_0_volume_ml (+ (- ?x61 ?x54) 0.0)) (- 0.0 (+ (- ?x61 ?x46) 0.0)))))
 (let ((?x63 (ite (<= 0.0 spinal_adult_l5_step_0_h) spinal_adult_l5_step_0_h 0.0)))
 (let (($x64 (or (and (< ?x63 t_0) $x58 (not (> ?x62 spinal_adult_l5_alarm_ml))) $x57)))
 (=> holds_ITB-PUMP-4 (not $x64)))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x65 (or (not (>= 1848.0 (- spinal_adult_l5_end_h spinal_adult_l5_refill_0_h))))))
 (=> holds_ITB-PUMP-5 (not $x65))))
(assert
 (let (($x6 (not false)))
 (=> holds_ITB-PUMP-6 $x6)))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_adult_l5_route 0) true false))))))
(assert
 (let (($x66 (and (< 0.0 spinal_adult_l5_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_screening_1_concentration_ug_ml))))
 (let (($x67 (and (< 0.0 spinal_adult_l5_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_screening_0_concentration_ug_ml))))
 (let (($x68 (and (< 0.0 spinal_adult_l5_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_concentration_ug_ml))))
 (let (($x69 (not $x68)))
 (let (($x70 (and (< 0.0 spinal_adult_l5_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x71 (or (= 50.0 spinal_adult_l5_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l5_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x72 (= spinal_adult_l5_refill_0_diluent 0)))
 (let (($x73 (ite $x72 true (ite (= spinal_adult_l5_refill_0_diluent 1) false false))))
 (let (($x74 (ite $x72 false (ite (= spinal_adult_l5_refill_0_diluent 1) true false))))
 (let (($x75 (or (not (or $x73 $x74)) (and $x73 (not $x71)) (not $x70) $x69 $x69 $x69 (not $x67) (not $x66))))
 (=> holds_ITB-CONC-1 (not $x75)))))))))))))
(assert
 (let (($x76 (or (not (= 50.0 spinal_adult_l5_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l5_screening_1_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x76))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 spinal_adult_l5_screening_0_dose_ug))))))
(assert
 (let (($x77 (or (not (<= 1.0 spinal_adult_l5_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l5_screening_1_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x77))))
(assert
 (let (($x78 (<= 24.0 (- spinal_adult_l5_screening_1_h spinal_adult_l5_screening_0_h))))
 (let (($x79 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x80 (ite $x79 true false)))
 (let (($x81 (<= spinal_adult_l5_screening_1_dose_ug (+ spinal_adult_l5_screening_0_dose_ug 25.0))))
 (=> holds_ITB-SCR-4 (not (or (not $x80) (and $x80 (not $x81)) (and $x80 (not $x78))))))))))
(assert
 (let (($x82 (or (not (>= 100.0 spinal_adult_l5_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l5_screening_1_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x82))))
(assert
 (let (($x83 (= spinal_adult_l5_screening_1_response 0)))
 (let (($x84 (ite $x83 false true)))
 (let (($x79 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x85 (ite $x79 false true)))
 (let (($x86 (or (and $x85 (<= spinal_adult_l5_screening_0_h spinal_adult_l5_step_0_h)) (and $x84 (<= spinal_adult_l5_screening_1_h spinal_adult_l5_step_0_h)))))
 (=> holds_ITB-SCR-6 (not (or (not $x86))))))))))
(assert
 (let ((?x87 (* 2.0 spinal_adult_l5_screening_1_dose_ug)))
 (let ((?x88 (ite (>= 12.0 spinal_adult_l5_screening_1_effect_h) ?x87 spinal_adult_l5_screening_1_dose_ug)))
 (let (($x83 (= spinal_adult_l5_screening_1_response 0)))
 (let (($x84 (ite $x83 false true)))
 (let ((?x89 (* 2.0 spinal_adult_l5_screening_0_dose_ug)))
 (let ((?x90 (ite (>= 12.0 spinal_adult_l5_screening_0_effect_h) ?x89 spinal_adult_l5_screening_0_dose_ug)))
 (let (($x79 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x85 (ite $x79 false true)))
 (let (($x91 (or (and $x85 (not (<= spinal_adult_l5_step_0_daily_dose_ug ?x90))) (and $x84 (not (<= spinal_adult_l5_step_0_daily_dose_ug ?x88))))))
 (=> holds_ITB-INIT-1 (not $x91))))))))))))
(assert
 (let (($x92 (not (<= 24.0 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_0_h)))))
 (let (($x93 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x94 (not (<= 24.0 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))))
 (let (($x95 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x95 $x94) (and $x93 $x92)))))))))
(assert
 (let ((?x96 (ite (<= 18.0 spinal_adult_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x97 (+ 1.0 ?x96)))
 (let (($x98 (<= spinal_adult_l5_step_2_daily_dose_ug (* ?x97 spinal_adult_l5_step_1_daily_dose_ug))))
 (let (($x93 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x99 (<= spinal_adult_l5_step_1_daily_dose_ug (* ?x97 spinal_adult_l5_step_0_daily_dose_ug))))
 (let (($x95 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (=> holds_ITB-TITR-1 (not (or (and $x95 (not $x99)) (and $x93 (not $x98))))))))))))
(assert
 (let ((?x100 (ite spinal_adult_l5_programmable 24.0 48.0)))
 (let (($x93 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x101 (and $x93 (and (< spinal_adult_l5_step_2_h spinal_adult_l5_step_2_h) $x93) (not (>= (- spinal_adult_l5_step_2_h spinal_adult_l5_step_2_h) ?x100)))))
 (let (($x95 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x102 (and $x93 (and (< spinal_adult_l5_step_1_h spinal_adult_l5_step_2_h) $x95) (not (>= (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h) ?x100)))))
 (let (($x103 (and $x95 (and (< spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h) $x93) (not (>= (- spinal_adult_l5_step_1_h spinal_adult_l5_step_2_h) ?x100)))))
 (let (($x104 (and $x95 (and (< spinal_adult_l5_step_1_h spinal_adult_l5_step_1_h) $x95) (not (>= (- spinal_adult_l5_step_1_h spinal_adult_l5_step_1_h) ?x100)))))
 (=> holds_ITB-TITR-2 (not (or $x104 $x103 $x102 $x101)))))))))))
(assert
 (let ((?x105 (ite (<= spinal_adult_l5_step_1_h w_0) spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let ((?x106 (ite (<= spinal_adult_l5_step_2_h w_0) spinal_adult_l5_step_2_daily_dose_ug ?x105)))
 (let ((?x30 (- spinal_adult_l5_end_h spinal_adult_l5_step_2_h)))
 (let ((?x31 (/ spinal_adult_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x33 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h)))
 (let ((?x34 (/ spinal_adult_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x36 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))
 (let ((?x37 (/ spinal_adult_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x107 (+ 0.0 (* ?x37 ?x36))))
 (let ((?x108 (+ ?x107 (* ?x34 ?x33))))
 (let ((?x109 (+ ?x108 (* ?x31 ?x30))))
 (let ((?x110 (ite (<= (- w_0 24.0) spinal_adult_l5_end_h) (+ ?x108 (* ?x31 (- (- w_0 24.0) spinal_adult_l5_step_2_h))) ?x109)))
 (let ((?x111 (ite (<= (- w_0 24.0) spinal_adult_l5_step_2_h) (+ ?x107 (* ?x34 (- (- w_0 24.0) spinal_adult_l5_step_1_h))) ?x110)))
 (let ((?x112 (ite (<= (- w_0 24.0) spinal_adult_l5_step_1_h) (+ 0.0 (* ?x37 (- (- w_0 24.0) spinal_adult_l5_step_0_h))) ?x111)))
 (let ((?x113 (ite (<= w_0 spinal_adult_l5_end_h) (+ ?x108 (* ?x31 (- w_0 spinal_adult_l5_step_2_h))) ?x109)))
 (let ((?x114 (ite (<= w_0 spinal_adult_l5_step_2_h) (+ ?x107 (* ?x34 (- w_0 spinal_adult_l5_step_1_h))) ?x113)))
 (let ((?x115 (ite (<= w_0 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x37 (- w_0 spinal_adult_l5_step_0_h))) ?x114)))
 (let ((?x116 (ite (<= w_0 spinal_adult_l5_step_0_h) 0.0 ?x115)))
 (let ((?x117 (- ?x116 (ite (<= (- w_0 24.0) spinal_adult_l5_step_0_h) 0.0 ?x112))))
 (let ((?x118 (ite (>= (- w_0 24.0) spinal_adult_l5_step_0_h) (+ ?x117 0.0) (* 1.0 ?x106))))
 (let ((?x96 (ite (<= 18.0 spinal_adult_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x97 (+ 1.0 ?x96)))
 (let ((?x119 (+ w_0 24.0)))
 (let (($x120 (<= ?x119 spinal_adult_l5_end_h)))
 (let ((?x121 (ite (<= ?x119 spinal_adult_l5_step_2_h) (+ ?x107 (* ?x34 (- ?x119 spinal_adult_l5_step_1_h))) (ite $x120 (+ ?x108 (* ?x31 (- ?x119 spinal_adult_l5_step_2_h))) ?x109))))
 (let ((?x122 (ite (<= ?x119 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x37 (- ?x119 spinal_adult_l5_step_0_h))) ?x121)))
 (let ((?x123 (+ (- (ite (<= ?x119 spinal_adult_l5_step_0_h) 0.0 ?x122) ?x116) 0.0)))
 (let (($x124 (and (<= spinal_adult_l5_step_0_h w_0) $x120 (not (<= ?x123 (* ?x97 ?x118))))))
 (=> holds_ITB-TITR-3 (not (or $x124))))))))))))))))))))))))))))))))
(assert
 (let (($x6 (not false)))
(=> holds_ITB-DOSE-3 $x6)))
(check-sat)
