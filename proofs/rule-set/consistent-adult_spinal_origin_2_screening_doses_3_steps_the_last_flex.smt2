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
 (let (($x47 (<= t_0 spinal_adult_l5_end_h)))
 (let ((?x48 (ite (<= t_0 spinal_adult_l5_step_2_h) (+ ?x39 (* ?x35 (- t_0 spinal_adult_l5_step_1_h))) (ite $x47 (+ ?x40 (* ?x32 (- t_0 spinal_adult_l5_step_2_h))) ?x41))))
 (let ((?x49 (ite (<= t_0 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x38 (- t_0 spinal_adult_l5_step_0_h))) ?x48)))
 (let ((?x50 (ite (<= t_0 spinal_adult_l5_step_0_h) 0.0 ?x49)))
 (let ((?x51 (+ ?x40 (* ?x32 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))))
 (let (($x52 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_end_h)))
 (let ((?x53 (+ ?x39 (* ?x35 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))))
 (let (($x26 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))
 (let ((?x54 (+ 0.0 (* ?x38 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))))
 (let (($x27 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))
 (let (($x28 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))
 (let ((?x55 (- ?x50 (ite $x28 0.0 (ite $x27 ?x54 (ite $x26 ?x53 (ite $x52 ?x51 ?x41)))))))
 (let ((?x56 (ite (< spinal_adult_l5_refill_0_h t_0) (- spinal_adult_l5_refill_0_volume_ml (+ ?x55 0.0)) (- 0.0 (+ (- ?x50 ?x46) 0.0)))))
 (let ((?x57 (ite (<= 0.0 spinal_adult_l5_step_0_h) spinal_adult_l5_step_0_h 0.0)))
 (let (($x58 (or (and (< ?x57 t_0) $x47 (not (> ?x56 spinal_adult_l5_alarm_ml))))))
 (=> holds_ITB-PUMP-4 (not $x58)))))))))))))))))))))))))))))))))))
(assert
 (let (($x59 (or (not (>= 1848.0 (- spinal_adult_l5_end_h spinal_adult_l5_refill_0_h))))))
 (=> holds_ITB-PUMP-5 (not $x59))))
(assert
 (let (($x6 (not false)))
 (=> holds_ITB-PUMP-6 $x6)))
(assert
 (=> holds_ITB-ROUTE-1 (not (or (not (ite (= spinal_adult_l5_route 0) true false))))))
(assert
 (let (($x60 (and (< 0.0 spinal_adult_l5_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_screening_1_concentration_ug_ml))))
 (let (($x61 (and (< 0.0 spinal_adult_l5_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_screening_0_concentration_ug_ml))))
 (let (($x62 (and (< 0.0 spinal_adult_l5_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_concentration_ug_ml))))
 (let (($x63 (not $x62)))
 (let (($x64 (and (< 0.0 spinal_adult_l5_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x65 (or (= 50.0 spinal_adult_l5_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l5_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x66 (= spinal_adult_l5_refill_0_diluent 0)))
 (let (($x67 (ite $x66 true (ite (= spinal_adult_l5_refill_0_diluent 1) false false))))
 (let (($x68 (ite $x66 false (ite (= spinal_adult_l5_refill_0_diluent 1) true false))))
 (let (($x69 (or (not (or $x67 $x68)) (and $x67 (not $x65)) (not $x64) $x63 $x63 $x63 (not $x61) (not $x60))))
 (=> holds_ITB-CONC-1 (not $x69)))))))))))))
(assert
 (let (($x70 (or (not (= 50.0 spinal_adult_l5_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l5_screening_1_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x70))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 spinal_adult_l5_screening_0_dose_ug))))))
(assert
 (let (($x71 (or (not (<= 1.0 spinal_adult_l5_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l5_screening_1_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x71))))
(assert
 (let (($x72 (<= 24.0 (- spinal_adult_l5_screening_1_h spinal_adult_l5_screening_0_h))))
 (let (($x73 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x74 (ite $x73 true false)))
 (let (($x75 (<= spinal_adult_l5_screening_1_dose_ug (+ spinal_adult_l5_screening_0_dose_ug 25.0))))
 (=> holds_ITB-SCR-4 (not (or (not $x74) (and $x74 (not $x75)) (and $x74 (not $x72))))))))))
(assert
 (let (($x76 (or (not (>= 100.0 spinal_adult_l5_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l5_screening_1_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x76))))
(assert
 (let (($x77 (= spinal_adult_l5_screening_1_response 0)))
 (let (($x78 (ite $x77 false true)))
 (let (($x73 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x79 (ite $x73 false true)))
 (let (($x80 (or (and $x79 (<= spinal_adult_l5_screening_0_h spinal_adult_l5_step_0_h)) (and $x78 (<= spinal_adult_l5_screening_1_h spinal_adult_l5_step_0_h)))))
 (=> holds_ITB-SCR-6 (not (or (not $x80))))))))))
(assert
 (let ((?x81 (* 2.0 spinal_adult_l5_screening_1_dose_ug)))
 (let ((?x82 (ite (>= 12.0 spinal_adult_l5_screening_1_effect_h) ?x81 spinal_adult_l5_screening_1_dose_ug)))
 (let (($x77 (= spinal_adult_l5_screening_1_response 0)))
 (let (($x78 (ite $x77 false true)))
 (let ((?x83 (* 2.0 spinal_adult_l5_screening_0_dose_ug)))
 (let ((?x84 (ite (>= 12.0 spinal_adult_l5_screening_0_effect_h) ?x83 spinal_adult_l5_screening_0_dose_ug)))
 (let (($x73 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x79 (ite $x73 false true)))
 (let (($x85 (or (and $x79 (not (<= spinal_adult_l5_step_0_daily_dose_ug ?x84))) (and $x78 (not (<= spinal_adult_l5_step_0_daily_dose_ug ?x82))))))
 (=> holds_ITB-INIT-1 (not $x85))))))))))))
(assert
 (let (($x86 (not (<= 24.0 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_0_h)))))
 (let (($x87 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x88 (not (<= 24.0 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))))
 (let (($x89 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x89 $x88) (and $x87 $x86)))))))))
(assert
 (let ((?x90 (ite (<= 18.0 spinal_adult_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x91 (+ 1.0 ?x90)))
 (let (($x92 (<= spinal_adult_l5_step_2_daily_dose_ug (* ?x91 spinal_adult_l5_step_1_daily_dose_ug))))
 (let (($x87 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x93 (<= spinal_adult_l5_step_1_daily_dose_ug (* ?x91 spinal_adult_l5_step_0_daily_dose_ug))))
 (let (($x89 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (=> holds_ITB-TITR-1 (not (or (and $x89 (not $x93)) (and $x87 (not $x92))))))))))))
(assert
 (let ((?x94 (ite spinal_adult_l5_programmable 24.0 48.0)))
 (let (($x87 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x95 (and $x87 (and (< spinal_adult_l5_step_2_h spinal_adult_l5_step_2_h) $x87) (not (>= (- spinal_adult_l5_step_2_h spinal_adult_l5_step_2_h) ?x94)))))
 (let (($x89 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x96 (and $x87 (and (< spinal_adult_l5_step_1_h spinal_adult_l5_step_2_h) $x89) (not (>= (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h) ?x94)))))
 (let (($x97 (and $x89 (and (< spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h) $x87) (not (>= (- spinal_adult_l5_step_1_h spinal_adult_l5_step_2_h) ?x94)))))
 (let (($x98 (and $x89 (and (< spinal_adult_l5_step_1_h spinal_adult_l5_step_1_h) $x89) (not (>= (- spinal_adult_l5_step_1_h spinal_adult_l5_step_1_h) ?x94)))))
 (=> holds_ITB-TITR-2 (not (or $x98 $x97 $x96 $x95)))))))))))
(assert
 (let ((?x99 (ite (<= spinal_adult_l5_step_1_h w_0) spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let ((?x100 (ite (<= spinal_adult_l5_step_2_h w_0) spinal_adult_l5_step_2_daily_dose_ug ?x99)))
 (let ((?x30 (- spinal_adult_l5_end_h spinal_adult_l5_step_2_h)))
 (let ((?x31 (/ spinal_adult_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x33 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h)))
 (let ((?x34 (/ spinal_adult_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x36 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))
 (let ((?x37 (/ spinal_adult_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x101 (+ 0.0 (* ?x37 ?x36))))
 (let ((?x102 (+ ?x101 (* ?x34 ?x33))))
 (let ((?x103 (+ ?x102 (* ?x31 ?x30))))
 (let ((?x104 (ite (<= (- w_0 24.0) spinal_adult_l5_end_h) (+ ?x102 (* ?x31 (- (- w_0 24.0) spinal_adult_l5_step_2_h))) ?x103)))
 (let ((?x105 (ite (<= (- w_0 24.0) spinal_adult_l5_step_2_h) (+ ?x101 (* ?x34 (- (- w_0 24.0) spinal_adult_l5_step_1_h))) ?x104)))
 (let ((?x106 (ite (<= (- w_0 24.0) spinal_adult_l5_step_1_h) (+ 0.0 (* ?x37 (- (- w_0 24.0) spinal_adult_l5_step_0_h))) ?x105)))
 (let ((?x107 (ite (<= w_0 spinal_adult_l5_end_h) (+ ?x102 (* ?x31 (- w_0 spinal_adult_l5_step_2_h))) ?x103)))
 (let ((?x108 (ite (<= w_0 spinal_adult_l5_step_2_h) (+ ?x101 (* ?x34 (- w_0 spinal_adult_l5_step_1_h))) ?x107)))
 (let ((?x109 (ite (<= w_0 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x37 (- w_0 spinal_adult_l5_step_0_h))) ?x108)))
 (let ((?x110 (ite (<= w_0 spinal_adult_l5_step_0_h) 0.0 ?x109)))
 (let ((?x111 (- ?x110 (ite (<= (- w_0 24.0) spinal_adult_l5_step_0_h) 0.0 ?x106))))
 (let ((?x112 (ite (>= (- w_0 24.0) spinal_adult_l5_step_0_h) (+ ?x111 0.0) (* 1.0 ?x100))))
 (let ((?x90 (ite (<= 18.0 spinal_adult_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0))))
 (let ((?x91 (+ 1.0 ?x90)))
 (let ((?x113 (+ w_0 24.0)))
 (let (($x114 (<= ?x113 spinal_adult_l5_end_h)))
 (let ((?x115 (ite (<= ?x113 spinal_adult_l5_step_2_h) (+ ?x101 (* ?x34 (- ?x113 spinal_adult_l5_step_1_h))) (ite $x114 (+ ?x102 (* ?x31 (- ?x113 spinal_adult_l5_step_2_h))) ?x103))))
 (let ((?x116 (ite (<= ?x113 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x37 (- ?x113 spinal_adult_l5_step_0_h))) ?x115)))
 (let ((?x117 (+ (- (ite (<= ?x113 spinal_adult_l5_step_0_h) 0.0 ?x116) ?x110) 0.0)))
 (let (($x118 (and (<= spinal_adult_l5_step_0_h w_0) $x114 (not (<= ?x117 (* ?x91 ?x112))))))
 (=> holds_ITB-TITR-3 (not (or $x118))))))))))))))))))))))))))))))))
(assert
 (let (($x6 (not false)))
(=> holds_ITB-DOSE-3 $x6)))
(check-sat)
