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
 (let ((?x2 (* (/ 4.0 5.0) spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x3 (< spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let ((?x4 (* (/ 4.0 5.0) spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x5 (< spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x6 (or (and $x5 (not (>= spinal_adult_l5_step_1_daily_dose_ug ?x4))) (and $x3 (not (>= spinal_adult_l5_step_2_daily_dose_ug ?x2))))))
 (let (($x7 (not $x6)))
 (=> holds_ITB-STOP-1 $x7))))))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-STOP-2 $x8)))
(assert
 (let (($x9 (not (or (not (<= 4.0 spinal_adult_l5_age_years))))))
 (=> holds_ITB-PAT-1 $x9)))
(assert
 (let (($x10 (not (or (not (<= 12.0 spinal_adult_l5_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x10)))
(assert
 (let (($x11 (not (or spinal_adult_l5_infection))))
 (=> holds_ITB-PAT-4 $x11)))
(assert
 (let (($x12 (not (or (not (ite (= spinal_adult_l5_step_2_phase 0) false true))))))
 (=> holds_ITB-PUMP-1 $x12)))
(assert
 (let (($x13 (<= spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x14 (ite $x13 spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let (($x15 (>= spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x16 (ite $x15 spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let (($x17 (not (or (not (<= ?x16 (* (/ 6.0 5.0) ?x14)))))))
 (=> holds_ITB-PUMP-2 $x17)))))))
(assert
 (let ((?x18 (* spinal_adult_l5_step_2_rate_ml_day spinal_adult_l5_concentration_ug_ml)))
 (let ((?x19 (- ?x18 spinal_adult_l5_step_2_daily_dose_ug)))
 (let (($x20 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l5_step_2_daily_dose_ug) ?x19) (<= ?x19 (* (/ 1.0 100.0) spinal_adult_l5_step_2_daily_dose_ug)))))
 (let ((?x21 (* spinal_adult_l5_step_1_rate_ml_day spinal_adult_l5_concentration_ug_ml)))
 (let ((?x22 (- ?x21 spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x23 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l5_step_1_daily_dose_ug) ?x22) (<= ?x22 (* (/ 1.0 100.0) spinal_adult_l5_step_1_daily_dose_ug)))))
 (let ((?x24 (* spinal_adult_l5_step_0_rate_ml_day spinal_adult_l5_concentration_ug_ml)))
 (let ((?x25 (- ?x24 spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x26 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l5_step_0_daily_dose_ug) ?x25) (<= ?x25 (* (/ 1.0 100.0) spinal_adult_l5_step_0_daily_dose_ug)))))
 (let (($x27 (= spinal_adult_l5_concentration_ug_ml spinal_adult_l5_refill_0_concentration_ug_ml)))
 (let (($x28 (not $x27)))
 (let (($x29 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))
 (let (($x30 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))
 (let (($x31 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))
 (let (($x32 (or (and (ite $x31 true false) (not (ite $x31 $x27 false))) (and (ite $x30 true false) (not (ite $x30 $x27 false))) (and (ite $x29 true false) (not (ite $x29 $x27 false))) $x28 (not $x26) (not $x23) (not $x20))))
 (let (($x33 (not $x32)))
 (=> holds_ITB-PUMP-3 $x33))))))))))))))))))
(assert
 (let ((?x34 (- spinal_adult_l5_end_h spinal_adult_l5_step_2_h)))
 (let ((?x35 (/ spinal_adult_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x36 (/ ?x35 spinal_adult_l5_concentration_ug_ml)))
 (let ((?x37 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h)))
 (let ((?x38 (/ spinal_adult_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x39 (/ ?x38 spinal_adult_l5_concentration_ug_ml)))
 (let ((?x40 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))
 (let ((?x41 (/ spinal_adult_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x42 (/ ?x41 spinal_adult_l5_concentration_ug_ml)))
 (let ((?x43 (+ 0.0 (* ?x42 ?x40))))
 (let ((?x44 (+ ?x43 (* ?x39 ?x37))))
 (let ((?x45 (+ ?x44 (* ?x36 ?x34))))
 (let ((?x46 (+ ?x44 (* ?x36 (- spinal_adult_l5_step_0_h spinal_adult_l5_step_2_h)))))
 (let ((?x47 (+ ?x43 (* ?x39 (- spinal_adult_l5_step_0_h spinal_adult_l5_step_1_h)))))
 (let ((?x48 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_step_2_h) ?x47 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_end_h) ?x46 ?x45))))
 (let ((?x49 (+ 0.0 (* ?x42 (- spinal_adult_l5_step_0_h spinal_adult_l5_step_0_h)))))
 (let ((?x50 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_step_0_h) 0.0 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_step_1_h) ?x49 ?x48))))
 (let (($x51 (<= t_0 spinal_adult_l5_end_h)))
 (let ((?x52 (ite (<= t_0 spinal_adult_l5_step_2_h) (+ ?x43 (* ?x39 (- t_0 spinal_adult_l5_step_1_h))) (ite $x51 (+ ?x44 (* ?x36 (- t_0 spinal_adult_l5_step_2_h))) ?x45))))
 (let ((?x53 (ite (<= t_0 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x42 (- t_0 spinal_adult_l5_step_0_h))) ?x52)))
 (let ((?x54 (ite (<= t_0 spinal_adult_l5_step_0_h) 0.0 ?x53)))
 (let ((?x55 (+ ?x44 (* ?x36 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))))
 (let (($x56 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_end_h)))
 (let ((?x57 (+ ?x43 (* ?x39 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))))
 (let (($x29 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))
 (let ((?x58 (+ 0.0 (* ?x42 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))))
 (let (($x30 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))
 (let (($x31 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))
 (let ((?x59 (- ?x54 (ite $x31 0.0 (ite $x30 ?x58 (ite $x29 ?x57 (ite $x56 ?x55 ?x45)))))))
 (let ((?x60 (ite (< spinal_adult_l5_refill_0_h t_0) (- spinal_adult_l5_refill_0_volume_ml (+ ?x59 0.0)) (- 0.0 (+ (- ?x54 ?x50) 0.0)))))
 (let ((?x61 (ite (<= 0.0 spinal_adult_l5_step_0_h) spinal_adult_l5_step_0_h 0.0)))
 (let (($x62 (or (and (< ?x61 t_0) $x51 (not (> ?x60 spinal_adult_l5_alarm_ml))))))
 (let (($x63 (not $x62)))
 (=> holds_ITB-PUMP-4 $x63)))))))))))))))))))))))))))))))))))
(assert
 (let (($x64 (or (not (>= 1848.0 (- spinal_adult_l5_end_h spinal_adult_l5_refill_0_h))))))
 (let (($x65 (not $x64)))
 (=> holds_ITB-PUMP-5 $x65))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-6 $x8)))
(assert
 (let (($x66 (not (or (not (ite (= spinal_adult_l5_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x66)))
(assert
 (let (($x67 (and (< 0.0 spinal_adult_l5_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_screening_1_concentration_ug_ml))))
 (let (($x68 (and (< 0.0 spinal_adult_l5_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_screening_0_concentration_ug_ml))))
 (let (($x69 (and (< 0.0 spinal_adult_l5_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_concentration_ug_ml))))
 (let (($x70 (not $x69)))
 (let (($x71 (and (< 0.0 spinal_adult_l5_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x72 (or (= 50.0 spinal_adult_l5_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l5_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x73 (= spinal_adult_l5_refill_0_diluent 0)))
 (let (($x74 (ite $x73 true (ite (= spinal_adult_l5_refill_0_diluent 1) false false))))
 (let (($x75 (ite $x73 false (ite (= spinal_adult_l5_refill_0_diluent 1) true false))))
 (let (($x76 (or (not (or $x74 $x75)) (and $x74 (not $x72)) (not $x71) $x70 $x70 $x70 (not $x68) (not $x67))))
 (let (($x77 (not $x76)))
 (=> holds_ITB-CONC-1 $x77)))))))))))))
(assert
 (let (($x78 (or (not (= 50.0 spinal_adult_l5_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l5_screening_1_concentration_ug_ml)))))
 (let (($x79 (not $x78)))
 (=> holds_ITB-SCR-1 $x79))))
(assert
 (let (($x80 (not (or (not (>= 50.0 spinal_adult_l5_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x80)))
(assert
 (let (($x81 (or (not (<= 1.0 spinal_adult_l5_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l5_screening_1_duration_min)))))
 (let (($x82 (not $x81)))
 (=> holds_ITB-SCR-3 $x82))))
(assert
 (let (($x83 (<= 24.0 (- spinal_adult_l5_screening_1_h spinal_adult_l5_screening_0_h))))
 (let (($x84 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x85 (ite $x84 true false)))
 (let (($x86 (<= spinal_adult_l5_screening_1_dose_ug (+ spinal_adult_l5_screening_0_dose_ug 25.0))))
 (let (($x87 (not (or (not $x85) (and $x85 (not $x86)) (and $x85 (not $x83))))))
 (=> holds_ITB-SCR-4 $x87)))))))
(assert
 (let (($x88 (or (not (>= 100.0 spinal_adult_l5_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l5_screening_1_dose_ug)))))
 (let (($x89 (not $x88)))
 (=> holds_ITB-SCR-5 $x89))))
(assert
 (let (($x90 (= spinal_adult_l5_screening_1_response 0)))
 (let (($x91 (ite $x90 false true)))
 (let (($x84 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x92 (ite $x84 false true)))
 (let (($x93 (or (and $x92 (<= spinal_adult_l5_screening_0_h spinal_adult_l5_step_0_h)) (and $x91 (<= spinal_adult_l5_screening_1_h spinal_adult_l5_step_0_h)))))
 (let (($x94 (not (or (not $x93)))))
 (=> holds_ITB-SCR-6 $x94))))))))
(assert
 (let ((?x95 (* 2.0 spinal_adult_l5_screening_1_dose_ug)))
 (let ((?x96 (ite (>= 12.0 spinal_adult_l5_screening_1_effect_h) ?x95 spinal_adult_l5_screening_1_dose_ug)))
 (let (($x90 (= spinal_adult_l5_screening_1_response 0)))
 (let (($x91 (ite $x90 false true)))
 (let ((?x97 (* 2.0 spinal_adult_l5_screening_0_dose_ug)))
 (let ((?x98 (ite (>= 12.0 spinal_adult_l5_screening_0_effect_h) ?x97 spinal_adult_l5_screening_0_dose_ug)))
 (let (($x84 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x92 (ite $x84 false true)))
 (let (($x99 (or (and $x92 (not (<= spinal_adult_l5_step_0_daily_dose_ug ?x98))) (and $x91 (not (<= spinal_adult_l5_step_0_daily_dose_ug ?x96))))))
 (let (($x100 (not $x99)))
 (=> holds_ITB-INIT-1 $x100))))))))))))
(assert
 (let (($x101 (not (<= 24.0 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_0_h)))))
 (let (($x102 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x103 (not (<= 24.0 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))))
 (let (($x104 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x105 (not (or (and $x104 $x103) (and $x102 $x101)))))
 (=> holds_ITB-INIT-2 $x105)))))))
(assert
 (let ((?x106 (+ 1.0 (ite (<= 18.0 spinal_adult_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x107 (<= spinal_adult_l5_step_2_daily_dose_ug (* ?x106 spinal_adult_l5_step_1_daily_dose_ug))))
 (let (($x102 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x108 (<= spinal_adult_l5_step_1_daily_dose_ug (* ?x106 spinal_adult_l5_step_0_daily_dose_ug))))
 (let (($x104 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x109 (not (or (and $x104 (not $x108)) (and $x102 (not $x107))))))
 (=> holds_ITB-TITR-1 $x109))))))))
(assert
 (let ((?x110 (ite spinal_adult_l5_programmable 24.0 48.0)))
 (let (($x102 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x111 (and $x102 (and (< spinal_adult_l5_step_2_h spinal_adult_l5_step_2_h) $x102) (not (>= (- spinal_adult_l5_step_2_h spinal_adult_l5_step_2_h) ?x110)))))
 (let (($x104 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x112 (and $x102 (and (< spinal_adult_l5_step_1_h spinal_adult_l5_step_2_h) $x104) (not (>= (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h) ?x110)))))
 (let (($x113 (and $x104 (and (< spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h) $x102) (not (>= (- spinal_adult_l5_step_1_h spinal_adult_l5_step_2_h) ?x110)))))
 (let (($x114 (and $x104 (and (< spinal_adult_l5_step_1_h spinal_adult_l5_step_1_h) $x104) (not (>= (- spinal_adult_l5_step_1_h spinal_adult_l5_step_1_h) ?x110)))))
 (let (($x115 (not (or $x114 $x113 $x112 $x111))))
 (=> holds_ITB-TITR-2 $x115))))))))))
(assert
 (let ((?x116 (ite (<= spinal_adult_l5_step_1_h w_0) spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let ((?x117 (ite (<= spinal_adult_l5_step_2_h w_0) spinal_adult_l5_step_2_daily_dose_ug ?x116)))
 (let ((?x34 (- spinal_adult_l5_end_h spinal_adult_l5_step_2_h)))
 (let ((?x35 (/ spinal_adult_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x37 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h)))
 (let ((?x38 (/ spinal_adult_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x40 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))
 (let ((?x41 (/ spinal_adult_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x118 (+ 0.0 (* ?x41 ?x40))))
 (let ((?x119 (+ ?x118 (* ?x38 ?x37))))
 (let ((?x120 (+ ?x119 (* ?x35 ?x34))))
 (let ((?x121 (ite (<= (- w_0 24.0) spinal_adult_l5_end_h) (+ ?x119 (* ?x35 (- (- w_0 24.0) spinal_adult_l5_step_2_h))) ?x120)))
 (let ((?x122 (ite (<= (- w_0 24.0) spinal_adult_l5_step_2_h) (+ ?x118 (* ?x38 (- (- w_0 24.0) spinal_adult_l5_step_1_h))) ?x121)))
 (let ((?x123 (ite (<= (- w_0 24.0) spinal_adult_l5_step_1_h) (+ 0.0 (* ?x41 (- (- w_0 24.0) spinal_adult_l5_step_0_h))) ?x122)))
 (let ((?x124 (ite (<= w_0 spinal_adult_l5_end_h) (+ ?x119 (* ?x35 (- w_0 spinal_adult_l5_step_2_h))) ?x120)))
 (let ((?x125 (ite (<= w_0 spinal_adult_l5_step_2_h) (+ ?x118 (* ?x38 (- w_0 spinal_adult_l5_step_1_h))) ?x124)))
 (let ((?x126 (ite (<= w_0 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x41 (- w_0 spinal_adult_l5_step_0_h))) ?x125)))
 (let ((?x127 (ite (<= w_0 spinal_adult_l5_step_0_h) 0.0 ?x126)))
 (let ((?x128 (- ?x127 (ite (<= (- w_0 24.0) spinal_adult_l5_step_0_h) 0.0 ?x123))))
 (let ((?x129 (ite (>= (- w_0 24.0) spinal_adult_l5_step_0_h) (+ ?x128 0.0) (* 1.0 ?x117))))
 (let ((?x106 (+ 1.0 (ite (<= 18.0 spinal_adult_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let ((?x130 (+ w_0 24.0)))
 (let (($x131 (<= ?x130 spinal_adult_l5_end_h)))
 (let ((?x132 (ite (<= ?x130 spinal_adult_l5_step_2_h) (+ ?x118 (* ?x38 (- ?x130 spinal_adult_l5_step_1_h))) (ite $x131 (+ ?x119 (* ?x35 (- ?x130 spinal_adult_l5_step_2_h))) ?x120))))
 (let ((?x133 (ite (<= ?x130 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x41 (- ?x130 spinal_adult_l5_step_0_h))) ?x132)))
 (let ((?x134 (+ (- (ite (<= ?x130 spinal_adult_l5_step_0_h) 0.0 ?x133) ?x127) 0.0)))
 (let (($x135 (and (<= spinal_adult_l5_step_0_h w_0) $x131 (not (<= ?x134 (* ?x106 ?x129))))))
 (let (($x136 (not (or $x135))))
 (=> holds_ITB-TITR-3 $x136))))))))))))))))))))))))))))))
(assert
 (let (($x8 (not false)))
(=> holds_ITB-DOSE-3 $x8)))
(check-sat)
