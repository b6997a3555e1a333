; itbverify 0.1.0: rule-set consistency, adult, cerebral origin; 2 screening doses, 3 steps, the last flex
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_adult_l5_age_years () Real)
(declare-fun cerebral_adult_l5_months_since_injury () Real)
(declare-fun cerebral_adult_l5_reservoir_ml () Real)
(declare-fun cerebral_adult_l5_alarm_ml () Real)
(declare-fun cerebral_adult_l5_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l5_screening_0_h () Real)
(declare-fun cerebral_adult_l5_screening_0_dose_ug () Real)
(declare-fun cerebral_adult_l5_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l5_screening_0_duration_min () Real)
(declare-fun cerebral_adult_l5_screening_0_response () Int)
(declare-fun cerebral_adult_l5_screening_0_effect_h () Real)
(declare-fun cerebral_adult_l5_screening_1_h () Real)
(declare-fun cerebral_adult_l5_screening_1_dose_ug () Real)
(declare-fun cerebral_adult_l5_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l5_screening_1_duration_min () Real)
(declare-fun cerebral_adult_l5_screening_1_response () Int)
(declare-fun cerebral_adult_l5_screening_1_effect_h () Real)
(declare-fun cerebral_adult_l5_step_0_h () Real)
(declare-fun cerebral_adult_l5_step_0_daily_dose_ug () Real)
(declare-fun cerebral_adult_l5_step_0_rate_ml_day () Real)
(declare-fun cerebral_adult_l5_step_1_h () Real)
(declare-fun cerebral_adult_l5_step_1_daily_dose_ug () Real)
(declare-fun cerebral_adult_l5_step_1_rate_ml_day () Real)
(declare-fun cerebral_adult_l5_step_2_phase () Int)
(declare-fun cerebral_adult_l5_step_2_h () Real)
(declare-fun cerebral_adult_l5_step_2_daily_dose_ug () Real)
(declare-fun cerebral_adult_l5_step_2_rate_ml_day () Real)
(declare-fun cerebral_adult_l5_step_2_flex_low_ug_h () Real)
(declare-fun cerebral_adult_l5_step_2_flex_high_ug_h () Real)
(declare-fun cerebral_adult_l5_end_h () Real)
(declare-fun cerebral_adult_l5_refill_0_h () Real)
(declare-fun cerebral_adult_l5_refill_0_volume_ml () Real)
(declare-fun cerebral_adult_l5_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_adult_l5_refill_0_diluent () Int)
(declare-fun cerebral_adult_l5_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_adult_l5_infection () Bool)
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
(declare-fun cerebral_adult_l5_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= cerebral_adult_l5_age_years 0.0))
(assert
 (<= cerebral_adult_l5_age_years 120.0))
(assert
 (>= cerebral_adult_l5_age_years 18.0))
(assert
 (>= cerebral_adult_l5_months_since_injury 0.0))
(assert
 (<= cerebral_adult_l5_months_since_injury 100000.0))
(assert
 (>= cerebral_adult_l5_reservoir_ml 0.0))
(assert
 (<= cerebral_adult_l5_reservoir_ml 100000.0))
(assert
 (>= cerebral_adult_l5_alarm_ml 0.0))
(assert
 (<= cerebral_adult_l5_alarm_ml 100000.0))
(assert
 (>= cerebral_adult_l5_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l5_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_h 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_h 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_h 0.0))
(assert
 (>= cerebral_adult_l5_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_duration_min 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_adult_l5_screening_0_response 0))
(assert
 (< cerebral_adult_l5_screening_0_response 2))
(assert
 (>= cerebral_adult_l5_screening_0_effect_h 0.0))
(assert
 (<= cerebral_adult_l5_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_h 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_h 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_h cerebral_adult_l5_screening_0_h))
(assert
 (>= cerebral_adult_l5_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_duration_min 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_adult_l5_screening_1_response 0))
(assert
 (< cerebral_adult_l5_screening_1_response 2))
(assert
 (>= cerebral_adult_l5_screening_1_effect_h 0.0))
(assert
 (<= cerebral_adult_l5_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_adult_l5_step_0_h 0.0))
(assert
 (<= cerebral_adult_l5_step_0_h 100000.0))
(assert
 (>= cerebral_adult_l5_step_0_h cerebral_adult_l5_screening_1_h))
(assert
 (>= cerebral_adult_l5_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l5_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l5_step_1_h 0.0))
(assert
 (<= cerebral_adult_l5_step_1_h 100000.0))
(assert
 (> cerebral_adult_l5_step_1_h cerebral_adult_l5_step_0_h))
(assert
 (>= cerebral_adult_l5_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l5_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l5_step_2_phase 0))
(assert
 (< cerebral_adult_l5_step_2_phase 2))
(assert
 (>= cerebral_adult_l5_step_2_h 0.0))
(assert
 (<= cerebral_adult_l5_step_2_h 100000.0))
(assert
 (> cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h))
(assert
 (>= cerebral_adult_l5_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_adult_l5_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_adult_l5_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_adult_l5_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_adult_l5_step_2_flex_low_ug_h 0.0))
(assert
 (<= cerebral_adult_l5_step_2_flex_low_ug_h 100000.0))
(assert
 (>= cerebral_adult_l5_step_2_flex_high_ug_h 0.0))
(assert
 (<= cerebral_adult_l5_step_2_flex_high_ug_h 100000.0))
(assert
 (let ((?x1 (+ (* 12.0 cerebral_adult_l5_step_2_flex_low_ug_h) (* 12.0 cerebral_adult_l5_step_2_flex_high_ug_h))))
 (= cerebral_adult_l5_step_2_daily_dose_ug ?x1)))
(assert
 (<= cerebral_adult_l5_end_h 100000.0))
(assert
 (>= cerebral_adult_l5_end_h cerebral_adult_l5_step_2_h))
(assert
 (<= cerebral_adult_l5_refill_0_h 100000.0))
(assert
 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_end_h))
(assert
 (>= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h))
(assert
 (>= cerebral_adult_l5_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_adult_l5_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_adult_l5_refill_0_volume_ml cerebral_adult_l5_reservoir_ml))
(assert
 (>= cerebral_adult_l5_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_adult_l5_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_adult_l5_refill_0_diluent 0))
(assert
 (< cerebral_adult_l5_refill_0_diluent 3))
(assert
 (= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h))
(assert
 (>= cerebral_adult_l5_route 0))
(assert
 (< cerebral_adult_l5_route 2))
(assert
 (let (($x2 (>= cerebral_adult_l5_step_2_daily_dose_ug (* (/ 4.0 5.0) cerebral_adult_l5_step_1_daily_dose_ug))))
 (let (($x3 (< cerebral_adult_l5_step_2_daily_dose_ug cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x4 (>= cerebral_adult_l5_step_1_daily_dose_ug (* (/ 4.0 5.0) cerebral_adult_l5_step_0_daily_dose_ug))))
 (let (($x5 (< cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
 (=> holds_ITB-STOP-1 (not (or (and $x5 (not $x4)) (and $x3 (not $x2))))))))))
(assert
 (let (($x6 (not false)))
 (=> holds_ITB-STOP-2 $x6)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 cerebral_adult_l5_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 cerebral_adult_l5_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or cerebral_adult_l5_infection))))
(assert
 (let (($x7 (or (not (ite (= cerebral_adult_l5_step_2_phase 0) false true)))))
 (=> holds_ITB-PUMP-1 (not $x7))))
(assert
 (let (($x8 (<= cerebral_adult_l5_step_2_flex_low_ug_h cerebral_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x9 (ite $x8 cerebral_adult_l5_step_2_flex_low_ug_h cerebral_adult_l5_step_2_flex_high_ug_h)))
 (let (($x10 (>= cerebral_adult_l5_step_2_flex_low_ug_h cerebral_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x11 (ite $x10 cerebral_adult_l5_step_2_flex_low_ug_h cerebral_adult_l5_step_2_flex_high_ug_h)))
 (=> holds_ITB-PUMP-2 (not (or (not (<= ?x11 (* (/ 6.0 5.0) ?x9)))))))))))
(assert
 (let ((?x12 (* cerebral_adult_l5_step_2_rate_ml_day cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x13 (- ?x12 cerebral_adult_l5_step_2_daily_dose_ug)))
 (let (($x14 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l5_step_2_daily_dose_ug) ?x13)))
 (let (($x15 (and $x14 (<= ?x13 (* (/ 1.0 100.0) cerebral_adult_l5_step_2_daily_dose_ug)))))
 (let ((?x16 (* cerebral_adult_l5_step_1_rate_ml_day cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x17 (- ?x16 cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x18 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l5_step_1_daily_dose_ug) ?x17)))
 (let (($x19 (and $x18 (<= ?x17 (* (/ 1.0 100.0) cerebral_adult_l5_step_1_daily_dose_ug)))))
 (let ((?x20 (* cerebral_adult_l5_step_0_rate_ml_day cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x21 (- ?x20 cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x22 (<= (* (- (/ 1.0 100.0)) cerebral_adult_l5_step_0_daily_dose_ug) ?x21)))
 (let (($x23 (and $x22 (<= ?x21 (* (/ 1.0 100.0) cerebral_adult_l5_step_0_daily_dose_ug)))))
 (let (($x24 (= cerebral_adult_l5_concentration_ug_ml cerebral_adult_l5_refill_0_concentration_ug_ml)))
 (let (($x25 (not $x24)))
 (let (($x26 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_2_h)))
 (let (($x27 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_1_h)))
 (let (($x28 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h)))
 (let (($x29 (or (and (ite $x28 true false) (not (ite $x28 $x24 false))) (and (ite $x27 true false) (not (ite $x27 $x24 false))) (and (ite $x26 true false) (not (ite $x26 $x24 false))) $x25 (not $x23) (not $x19) (not $x15))))
 (=> holds_ITB-PUMP-3 (not $x29)))))))))))))))))))))
(assert
 (let ((?x30 (- cerebral_adult_l5_end_h cerebral_adult_l5_step_2_h)))
 (let ((?x31 (/ cerebral_adult_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x32 (/ ?x31 cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x33 (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h)))
 (let ((?x34 (/ cerebral_adult_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x35 (/ ?x34 cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x36 (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_0_h)))
 (let ((?x37 (/ cerebral_adult_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x38 (/ ?x37 cerebral_adult_l5_concentration_ug_ml)))
 (let ((?x39 (+ 0.0 (* ?x38 ?x36))))
 (let ((?x40 (+ ?x39 (* ?x35 ?x33))))
 (let ((?x41 (+ ?x40 (* ?x32 ?x30))))
 (let ((?x42 (+ ?x40 (* ?x32 (- cerebral_adult_l5_step_0_h cerebral_adult_l5_step_2_h)))))
 (let ((?x43 (+ ?x39 (* ?x35 (- cerebral_adult_l5_step_0_h cerebral_adult_l5_step_1_h)))))
 (let ((?x44 (ite (<= cerebral_adult_l5_step_0_h cerebral_adult_l5_step_2_h) ?x43 (ite (<= cerebral_adult_l5_step_0_h cerebral_adult_l5_end_h) ?x42 ?x41))))
 (let ((?x45 (+ 0.0 (* ?x38 (- cerebral_adult_l5_step_0_h cerebral_adult_l5_step_0_h)))))
 (let ((?x46 (ite (<= cerebral_adult_l5_step_0_h cerebral_adult_l5_step_1_h) ?x45 ?x44)))
 (let ((?x47 (ite (<= cerebral_adult_l5_step_0_h cerebral_adult_l5_step_0_h) 0.0 ?x46)))
 (let (($x48 (<= t_0 cerebral_adult_l5_end_h)))
 (let ((?x49 (ite $x48 (+ ?x40 (* ?x32 (- t_0 cerebral_adult_l5_step_2_h))) ?x41)))
 (let ((?x50 (ite (<= t_0 cerebral_adult_l5_step_2_h) (+ ?x39 (* ?x35 (- t_0 cerebral_adult_l5_step_1_h))) ?x49)))
 (let ((?x51 (ite (<= t_0 cerebral_adult_l5_step_1_h) (+ 0.0 (* ?x38 (- t_0 cerebral_adult_l5_step_0_h))) ?x50)))
 (let ((?x52 (ite (<= t_0 cerebral_adult_l5_step_0_h) 0.0 ?x51)))
 (let ((?x53 (+ ?x40 (* ?x32 (- cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_2_h)))))
 (let (($x54 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_end_h)))
 (let ((?x55 (+ ?x39 (* ?x35 (- cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_1_h)))))
 (let (($x26 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_2_h)))
 (let ((?x56 (+ 0.0 (* ?x38 (- cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h)))))
 (let (($x27 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_1_h)))
 (let (($x28 (<= cerebral_adult_l5_refill_0_h cerebral_adult_l5_step_0_h)))
 (let ((?x57 (- ?x52 (ite $x28 0.0 (ite $x27 ?x56 (ite $x26 ?x55 (ite $x54 ?x53 ?x41)))))))
 (let ((?x58 (ite (< cerebral_adult_l5_refill_0_h t_0) (- cerebral_adult_l5_refill_0_volume_ml (+ ?x57 0.0)) (- 0.0 (+ (- ?x52 ?x47) 0.0)))))
 (let ((?x59 (ite (<= 0.0 cerebral_adult_l5_step_0_h) cerebral_adult_l5_step_0_h 0.0)))
 (let (($x60 (or (and (< ?x59 t_0) $x48 (not (> ?x58 cerebral_adult_l5_alarm_ml))))))
 (=> holds_ITB-PUMP-4 (not $x60)))))))))))))))))))))))))))))))))))))
(assert
 (let (($x61 (not (>= 1848.0 (- cerebral_adult_l5_end_h cerebral_adult_l5_refill_0_h)))))
 (=> holds_ITB-PUMP-5 (not (or $x61)))))
(assert
 (let (($x6 (not false)))
 (=> holds_ITB-PUMP-6 $x6)))
(assert
 (let (($x62 (not (or (not (ite (= cerebral_adult_l5_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x62)))
(assert
 (let (($x63 (and (< 0.0 cerebral_adult_l5_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_adult_l5_screening_1_concentration_ug_ml))))
 (let (($x64 (and (< 0.0 cerebral_adult_l5_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l5_screening_0_concentration_ug_ml))))
 (let (($x65 (and (< 0.0 cerebral_adult_l5_concentration_ug_ml) (>= 2000.0 cerebral_adult_l5_concentration_ug_ml))))
 (let (($x66 (not $x65)))
 (let (($x67 (and (< 0.0 cerebral_adult_l5_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x68 (or (= 50.0 cerebral_adult_l5_refill_0_concentration_ug_ml) (= 500.0 cerebral_adult_l5_refill_0_concentration_ug_ml) (= 2000.0 cerebral_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x69 (= cerebral_adult_l5_refill_0_diluent 0)))
 (let (($x70 (ite $x69 true (ite (= cerebral_adult_l5_refill_0_diluent 1) false false))))
 (let (($x71 (ite $x69 false (ite (= cerebral_adult_l5_refill_0_diluent 1) true false))))
 (let (($x72 (or (not (or $x70 $x71)) (and $x70 (not $x68)) (not $x67) $x66 $x66 $x66 (not $x64) (not $x63))))
 (=> holds_ITB-CONC-1 (not $x72)))))))))))))
(assert
 (let (($x73 (or (not (= 50.0 cerebral_adult_l5_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_adult_l5_screening_1_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x73))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 cerebral_adult_l5_screening_0_dose_ug))))))
(assert
 (let (($x74 (or (not (<= 1.0 cerebral_adult_l5_screening_0_duration_min)) (not (<= 1.0 cerebral_adult_l5_screening_1_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x74))))
(assert
 (let (($x75 (<= 24.0 (- cerebral_adult_l5_screening_1_h cerebral_adult_l5_screening_0_h))))
 (let (($x76 (= cerebral_adult_l5_screening_0_response 0)))
 (let (($x77 (ite $x76 true false)))
 (let (($x78 (<= cerebral_adult_l5_screening_1_dose_ug (+ cerebral_adult_l5_screening_0_dose_ug 25.0))))
 (=> holds_ITB-SCR-4 (not (or (not $x77) (and $x77 (not $x78)) (and $x77 (not $x75))))))))))
(assert
 (let (($x79 (or (not (>= 100.0 cerebral_adult_l5_screening_0_dose_ug)) (not (>= 100.0 cerebral_adult_l5_screening_1_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x79))))
(assert
 (let (($x80 (= cerebral_adult_l5_screening_1_response 0)))
 (let (($x81 (ite $x80 false true)))
 (let (($x82 (and $x81 (<= cerebral_adult_l5_screening_1_h cerebral_adult_l5_step_0_h))))
 (let (($x76 (= cerebral_adult_l5_screening_0_response 0)))
 (let (($x83 (ite $x76 false true)))
 (let (($x84 (and $x83 (<= cerebral_adult_l5_screening_0_h cerebral_adult_l5_step_0_h))))
 (=> holds_ITB-SCR-6 (not (or (not (or $x84 $x82))))))))))))
(assert
 (let ((?x85 (* 2.0 cerebral_adult_l5_screening_1_dose_ug)))
 (let ((?x86 (ite (>= 12.0 cerebral_adult_l5_screening_1_effect_h) ?x85 cerebral_adult_l5_screening_1_dose_ug)))
 (let (($x80 (= cerebral_adult_l5_screening_1_response 0)))
 (let (($x81 (ite $x80 false true)))
 (let ((?x87 (* 2.0 cerebral_adult_l5_screening_0_dose_ug)))
 (let ((?x88 (ite (>= 12.0 cerebral_adult_l5_screening_0_effect_h) ?x87 cerebral_adult_l5_screening_0_dose_ug)))
 (let (($x76 (= cerebral_adult_l5_screening_0_response 0)))
 (let (($x83 (ite $x76 false true)))
 (let (($x89 (or (and $x83 (not (<= cerebral_adult_l5_step_0_daily_dose_ug ?x88))) (and $x81 (not (<= cerebral_adult_l5_step_0_daily_dose_ug ?x86))))))
 (=> holds_ITB-INIT-1 (not $x89))))))))))))
(assert
 (let (($x90 (not (<= 24.0 (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_0_h)))))
 (let (($x91 (> cerebral_adult_l5_step_2_daily_dose_ug cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x92 (not (<= 24.0 (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_0_h)))))
 (let (($x93 (> cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x93 $x92) (and $x91 $x90)))))))))
(assert
 (let ((?x94 (/ 3.0 20.0)))
 (let ((?x95 (/ 1.0 5.0)))
 (let (($x96 (= cerebral_adult_l5_step_2_phase 0)))
 (let (($x97 (ite $x96 false true)))
 (let (($x98 (<= 18.0 cerebral_adult_l5_age_years)))
 (let ((?x99 (* (+ 1.0 (ite (and $x98 $x97) ?x95 ?x94)) cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x91 (> cerebral_adult_l5_step_2_daily_dose_ug cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x100 (<= cerebral_adult_l5_step_1_daily_dose_ug (* (/ 23.0 20.0) cerebral_adult_l5_step_0_daily_dose_ug))))
 (let (($x93 (> cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x101 (or (and $x93 (not $x100)) (and $x91 (not (<= cerebral_adult_l5_step_2_daily_dose_ug ?x99))))))
 (=> holds_ITB-TITR-1 (not $x101)))))))))))))
(assert
 (let ((?x102 (ite cerebral_adult_l5_programmable 24.0 48.0)))
 (let (($x103 (not (>= (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_2_h) ?x102))))
 (let (($x91 (> cerebral_adult_l5_step_2_daily_dose_ug cerebral_adult_l5_step_1_daily_dose_ug)))
 (let (($x104 (and $x91 (and (< cerebral_adult_l5_step_2_h cerebral_adult_l5_step_2_h) $x91) $x103)))
 (let (($x105 (not (>= (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h) ?x102))))
 (let (($x93 (> cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
 (let (($x106 (and $x91 (and (< cerebral_adult_l5_step_1_h cerebral_adult_l5_step_2_h) $x93) $x105)))
 (let (($x107 (not (>= (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_2_h) ?x102))))
 (let (($x108 (and $x93 (and (< cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h) $x91) $x107)))
 (let (($x109 (not (>= (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_1_h) ?x102))))
 (let (($x110 (and $x93 (and (< cerebral_adult_l5_step_1_h cerebral_adult_l5_step_1_h) $x93) $x109)))
 (=> holds_ITB-TITR-2 (not (or $x110 $x108 $x106 $x104)))))))))))))))
(assert
 (let ((?x111 (ite (<= cerebral_adult_l5_step_1_h w_0) cerebral_adult_l5_step_1_daily_dose_ug cerebral_adult_l5_step_0_daily_dose_ug)))
 (let ((?x112 (ite (<= cerebral_adult_l5_step_2_h w_0) cerebral_adult_l5_step_2_daily_dose_ug ?x111)))
 (let ((?x30 (- cerebral_adult_l5_end_h cerebral_adult_l5_step_2_h)))
 (let ((?x31 (/ cerebral_adult_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x33 (- cerebral_adult_l5_step_2_h cerebral_adult_l5_step_1_h)))
 (let ((?x34 (/ cerebral_adult_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x36 (- cerebral_adult_l5_step_1_h cerebral_adult_l5_step_0_h)))
 (let ((?x37 (/ cerebral_adult_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x113 (+ 0.0 (* ?x37 ?x36))))
 (let ((?x114 (+ ?x113 (* ?x34 ?x33))))
 (let ((?x115 (+ ?x114 (* ?x31 ?x30))))
 (let ((?x116 (ite (<= (- w_0 24.0) cerebral_adult_l5_end_h) (+ ?x114 (* ?x31 (- (- w_0 24.0) cerebral_adult_l5_step_2_h))) ?x115)))
 (let ((?x117 (ite (<= (- w_0 24.0) cerebral_adult_l5_step_2_h) (+ ?x113 (* ?x34 (- (- w_0 24.0) cerebral_adult_l5_step_1_h))) ?x116)))
 (let ((?x118 (ite (<= (- w_0 24.0) cerebral_adult_l5_step_1_h) (+ 0.0 (* ?x37 (- (- w_0 24.0) cerebral_adult_l5_step_0_h))) ?x117)))
 (let ((?x119 (ite (<= w_0 cerebral_adult_l5_end_h) (+ ?x114 (* ?x31 (- w_0 cerebral_adult_l5_step_2_h))) ?x115)))
 (let ((?x120 (ite (<= w_0 cerebral_adult_l5_step_2_h) (+ ?x113 (* ?x34 (- w_0 cerebral_adult_l5_step_1_h))) ?x119)))
 (let ((?x121 (ite (<= w_0 cerebral_adult_l5_step_1_h) (+ 0.0 (* ?x37 (- w_0 cerebral_adult_l5_step_0_h))) ?x120)))
 (let ((?x122 (ite (<= w_0 cerebral_adult_l5_step_0_h) 0.0 ?x121)))
 (let ((?x123 (- ?x122 (ite (<= (- w_0 24.0) cerebral_adult_l5_step_0_h) 0.0 ?x118))))
 (let ((?x124 (ite (>= (- w_0 24.0) cerebral_adult_l5_step_0_h) (+ ?x123 0.0) (* 1.0 ?x112))))
 (let ((?x94 (/ 3.0 20.0)))
 (let ((?x95 (/ 1.0 5.0)))
 (let ((?x125 (+ w_0 24.0)))
 (let (($x126 (< cerebral_adult_l5_step_2_h ?x125)))
 (let (($x127 (ite $x126 true (ite (< cerebral_adult_l5_step_1_h ?x125) false false))))
 (let (($x98 (<= 18.0 cerebral_adult_l5_age_years)))
 (let (($x128 (and $x98 (ite (and $x126 (= cerebral_adult_l5_step_2_phase 0)) false $x127))))
 (let (($x129 (<= ?x125 cerebral_adult_l5_end_h)))
 (let ((?x130 (ite (<= ?x125 cerebral_adult_l5_step_2_h) (+ ?x113 (* ?x34 (- ?x125 cerebral_adult_l5_step_1_h))) (ite $x129 (+ ?x114 (* ?x31 (- ?x125 cerebral_adult_l5_step_2_h))) ?x115))))
 (let ((?x131 (ite (<= ?x125 cerebral_adult_l5_step_1_h) (+ 0.0 (* ?x37 (- ?x125 cerebral_adult_l5_step_0_h))) ?x130)))
 (let ((?x132 (+ (- (ite (<= ?x125 cerebral_adult_l5_step_0_h) 0.0 ?x131) ?x122) 0.0)))
 (let (($x133 (and (<= cerebral_adult_l5_step_0_h w_0) $x129 (not (<= ?x132 (* (+ 1.0 (ite $x128 ?x95 ?x94)) ?x124))))))
 (=> holds_ITB-TITR-3 (not (or $x133))))))))))))))))))))))))))))))))))))
(assert
 (let (($x6 (not false)))
(=> holds_ITB-DOSE-3 $x6)))
(check-sat)
