; itbverify 0.1.0: rule-set consistency, child, cerebral origin; 2 screening doses, 3 steps, the last flex
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_child_l5_age_years () Real)
(declare-fun cerebral_child_l5_months_since_injury () Real)
(declare-fun cerebral_child_l5_reservoir_ml () Real)
(declare-fun cerebral_child_l5_alarm_ml () Real)
(declare-fun cerebral_child_l5_concentration_ug_ml () Real)
(declare-fun cerebral_child_l5_screening_0_h () Real)
(declare-fun cerebral_child_l5_screening_0_dose_ug () Real)
(declare-fun cerebral_child_l5_screening_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l5_screening_0_duration_min () Real)
(declare-fun cerebral_child_l5_screening_0_response () Int)
(declare-fun cerebral_child_l5_screening_0_effect_h () Real)
(declare-fun cerebral_child_l5_screening_1_h () Real)
(declare-fun cerebral_child_l5_screening_1_dose_ug () Real)
(declare-fun cerebral_child_l5_screening_1_concentration_ug_ml () Real)
(declare-fun cerebral_child_l5_screening_1_duration_min () Real)
(declare-fun cerebral_child_l5_screening_1_response () Int)
(declare-fun cerebral_child_l5_screening_1_effect_h () Real)
(declare-fun cerebral_child_l5_step_0_h () Real)
(declare-fun cerebral_child_l5_step_0_daily_dose_ug () Real)
(declare-fun cerebral_child_l5_step_0_rate_ml_day () Real)
(declare-fun cerebral_child_l5_step_1_h () Real)
(declare-fun cerebral_child_l5_step_1_daily_dose_ug () Real)
(declare-fun cerebral_child_l5_step_1_rate_ml_day () Real)
(declare-fun cerebral_child_l5_step_2_phase () Int)
(declare-fun cerebral_child_l5_step_2_h () Real)
(declare-fun cerebral_child_l5_step_2_daily_dose_ug () Real)
(declare-fun cerebral_child_l5_step_2_rate_ml_day () Real)
(declare-fun cerebral_child_l5_step_2_flex_low_ug_h () Real)
(declare-fun cerebral_child_l5_step_2_flex_high_ug_h () Real)
(declare-fun cerebral_child_l5_end_h () Real)
(declare-fun cerebral_child_l5_refill_0_h () Real)
(declare-fun cerebral_child_l5_refill_0_volume_ml () Real)
(declare-fun cerebral_child_l5_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l5_refill_0_diluent () Int)
(declare-fun cerebral_child_l5_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PAT-3 () Bool)
(declare-fun cerebral_child_l5_infection () Bool)
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
(declare-fun cerebral_child_l5_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(declare-fun holds_ITB-DOSE-3 () Bool)
(assert
 (>= cerebral_child_l5_age_years 0.0))
(assert
 (<= cerebral_child_l5_age_years 120.0))
(assert
 (< cerebral_child_l5_age_years 18.0))
(assert
 (>= cerebral_child_l5_months_since_injury 0.0))
(assert
 (<= cerebral_child_l5_months_since_injury 100000.0))
(assert
 (>= cerebral_child_l5_reservoir_ml 0.0))
(assert
 (<= cerebral_child_l5_reservoir_ml 100000.0))
(assert
 (>= cerebral_child_l5_alarm_ml 0.0))
(assert
 (<= cerebral_child_l5_alarm_ml 100000.0))
(assert
 (>= cerebral_child_l5_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l5_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_h 0.0))
(assert
 (<= cerebral_child_l5_screening_0_h 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_h 0.0))
(assert
 (>= cerebral_child_l5_screening_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_screening_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l5_screening_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_duration_min 0.0))
(assert
 (<= cerebral_child_l5_screening_0_duration_min 100000.0))
(assert
 (>= cerebral_child_l5_screening_0_response 0))
(assert
 (< cerebral_child_l5_screening_0_response 2))
(assert
 (>= cerebral_child_l5_screening_0_effect_h 0.0))
(assert
 (<= cerebral_child_l5_screening_0_effect_h 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_h 0.0))
(assert
 (<= cerebral_child_l5_screening_1_h 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_h cerebral_child_l5_screening_0_h))
(assert
 (>= cerebral_child_l5_screening_1_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_screening_1_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l5_screening_1_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_duration_min 0.0))
(assert
 (<= cerebral_child_l5_screening_1_duration_min 100000.0))
(assert
 (>= cerebral_child_l5_screening_1_response 0))
(assert
 (< cerebral_child_l5_screening_1_response 2))
(assert
 (>= cerebral_child_l5_screening_1_effect_h 0.0))
(assert
 (<= cerebral_child_l5_screening_1_effect_h 100000.0))
(assert
 (>= cerebral_child_l5_step_0_h 0.0))
(assert
 (<= cerebral_child_l5_step_0_h 100000.0))
(assert
 (>= cerebral_child_l5_step_0_h cerebral_child_l5_screening_1_h))
(assert
 (>= cerebral_child_l5_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l5_step_0_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l5_step_1_h 0.0))
(assert
 (<= cerebral_child_l5_step_1_h 100000.0))
(assert
 (> cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h))
(assert
 (>= cerebral_child_l5_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l5_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l5_step_2_phase 0))
(assert
 (< cerebral_child_l5_step_2_phase 2))
(assert
 (>= cerebral_child_l5_step_2_h 0.0))
(assert
 (<= cerebral_child_l5_step_2_h 100000.0))
(assert
 (> cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h))
(assert
 (>= cerebral_child_l5_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l5_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l5_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l5_step_2_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l5_step_2_flex_low_ug_h 0.0))
(assert
 (<= cerebral_child_l5_step_2_flex_low_ug_h 100000.0))
(assert
 (>= cerebral_child_l5_step_2_flex_high_ug_h 0.0))
(assert
 (<= cerebral_child_l5_step_2_flex_high_ug_h 100000.0))
(assert
 (let ((?x1 (+ (* 12.0 cerebral_child_l5_step_2_flex_low_ug_h) (* 12.0 cerebral_child_l5_step_2_flex_high_ug_h))))
 (= cerebral_child_l5_step_2_daily_dose_ug ?x1)))
(assert
 (<= cerebral_child_l5_end_h 100000.0))
(assert
 (>= cerebral_child_l5_end_h cerebral_child_l5_step_2_h))
(assert
 (<= cerebral_child_l5_refill_0_h 100000.0))
(assert
 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_end_h))
(assert
 (>= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h))
(assert
 (>= cerebral_child_l5_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_child_l5_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_child_l5_refill_0_volume_ml cerebral_child_l5_reservoir_ml))
(assert
 (>= cerebral_child_l5_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l5_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l5_refill_0_diluent 0))
(assert
 (< cerebral_child_l5_refill_0_diluent 3))
(assert
 (= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h))
(assert
 (>= cerebral_child_l5_route 0))
(assert
 (< cerebral_child_l5_route 2))
(assert
 (let (($x2 (>= cerebral_child_l5_step_2_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l5_step_1_daily_dose_ug))))
 (let (($x3 (< cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x4 (>= cerebral_child_l5_step_1_daily_dose_ug (* (/ 4.0 5.0) cerebral_child_l5_step_0_daily_dose_ug))))
 (let (($x5 (< cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (=> holds_ITB-STOP-1 (not (or (and $x5 (not $x4)) (and $x3 (not $x2))))))))))
(assert
 (let (($x6 (not false)))
 (=> holds_ITB-STOP-2 $x6)))
(assert
 (=> holds_ITB-PAT-1 (not (or (not (<= 4.0 cerebral_child_l5_age_years))))))
(assert
 (=> holds_ITB-PAT-3 (not (or (not (<= 12.0 cerebral_child_l5_months_since_injury))))))
(assert
 (=> holds_ITB-PAT-4 (not (or cerebral_child_l5_infection))))
(assert
 (let (($x7 (or (not (ite (= cerebral_child_l5_step_2_phase 0) false true)))))
 (=> holds_ITB-PUMP-1 (not $x7))))
(assert
 (let (($x8 (<= cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let ((?x9 (ite $x8 cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let (($x10 (>= cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let ((?x11 (ite $x10 cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (=> holds_ITB-PUMP-2 (not (or (not (<= ?x11 (* (/ 6.0 5.0) ?x9)))))))))))
(assert
 (let ((?x12 (* cerebral_child_l5_step_2_rate_ml_day cerebral_child_l5_concentration_ug_ml)))
 (let ((?x13 (- ?x12 cerebral_child_l5_step_2_daily_dose_ug)))
 (let (($x14 (<= (* (- (/ 1.0 100.0)) cerebral_child_l5_step_2_daily_dose_ug) ?x13)))
 (let (($x15 (and $x14 (<= ?x13 (* (/ 1.0 100.0) cerebral_child_l5_step_2_daily_dose_ug)))))
 (let ((?x16 (* cerebral_child_l5_step_1_rate_ml_day cerebral_child_l5_concentration_ug_ml)))
 (let ((?x17 (- ?x16 cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x18 (<= (* (- (/ 1.0 100.0)) cerebral_child_l5_step_1_daily_dose_ug) ?x17)))
 (let (($x19 (and $x18 (<= ?x17 (* (/ 1.0 100.0) cerebral_child_l5_step_1_daily_dose_ug)))))
 (let ((?x20 (* cerebral_child_l5_step_0_rate_ml_day cerebral_child_l5_concentration_ug_ml)))
 (let ((?x21 (- ?x20 cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x22 (<= (* (- (/ 1.0 100.0)) cerebral_child_l5_step_0_daily_dose_ug) ?x21)))
 (let (($x23 (and $x22 (<= ?x21 (* (/ 1.0 100.0) cerebral_child_l5_step_0_daily_dose_ug)))))
 (let (($x24 (= cerebral_child_l5_concentration_ug_ml cerebral_child_l5_refill_0_concentration_ug_ml)))
 (let (($x25 (not $x24)))
 (let (($x26 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_2_h)))
 (let (($x27 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_1_h)))
 (let (($x28 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h)))
 (let (($x29 (or (and (ite $x28 true false) (not (ite $x28 $x24 false))) (and (ite $x27 true false) (not (ite $x27 $x24 false))) (and (ite $x26 true false) (not (ite $x26 $x24 false))) $x25 (not $x23) (not $x19) (not $x15))))
 (=> holds_ITB-PUMP-3 (not $x29)))))))))))))))))))))
(assert
 (let ((?x30 (- cerebral_child_l5_end_h cerebral_child_l5_step_2_h)))
 (let ((?x31 (/ cerebral_child_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x32 (/ ?x31 cerebral_child_l5_concentration_ug_ml)))
 (let ((?x33 (- cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h)))
 (let ((?x34 (/ cerebral_child_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x35 (/ ?x34 cerebral_child_l5_concentration_ug_ml)))
 (let ((?x36 (- cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h)))
 (let ((?x37 (/ cerebral_child_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x38 (/ ?x37 cerebral_child_l5_concentration_ug_ml)))
 (let ((?x39 (+ 0.0 (* ?x38 ?x36))))
 (let ((?x40 (+ ?x39 (* ?x35 ?x33))))
 (let ((?x41 (+ ?x40 (* ?x32 ?x30))))
 (let ((?x42 (+ ?x40 (* ?x32 (- cerebral_child_l5_step_0_h cerebral_child_l5_step_2_h)))))
 (let ((?x43 (+ ?x39 (* ?x35 (- cerebral_child_l5_step_0_h cerebral_child_l5_step_1_h)))))
 (let ((?x44 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_step_2_h) ?x43 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_end_h) ?x42 ?x41))))
 (let ((?x45 (+ 0.0 (* ?x38 (- cerebral_child_l5_step_0_h cerebral_child_l5_step_0_h)))))
 (let ((?x46 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_step_1_h) ?x45 ?x44)))
 (let ((?x47 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_step_0_h) 0.0 ?x46)))
 (let ((?x48 (+ ?x39 (* ?x35 (- cerebral_child_l5_end_h cerebral_child_l5_step_1_h)))))
 (let ((?x49 (ite (<= cerebral_child_l5_end_h cerebral_child_l5_step_2_h) ?x48 (ite (<= cerebral_child_l5_end_h cerebral_child_l5_end_h) ?x41 ?x41))))
 (let ((?x50 (+ 0.0 (* ?x38 (- cerebral_child_l5_end_h cerebral_child_l5_step_0_h)))))
 (let ((?x51 (ite (<= cerebral_child_l5_end_h cerebral_child_l5_step_0_h) 0.0 (ite (<= cerebral_child_l5_end_h cerebral_child_l5_step_1_h) ?x50 ?x49))))
 (let ((?x52 (+ ?x40 (* ?x32 (- cerebral_child_l5_refill_0_h cerebral_child_l5_step_2_h)))))
 (let (($x53 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_end_h)))
 (let ((?x54 (+ ?x39 (* ?x35 (- cerebral_child_l5_refill_0_h cerebral_child_l5_step_1_h)))))
 (let (($x26 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_2_h)))
 (let ((?x55 (+ 0.0 (* ?x38 (- cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h)))))
 (let (($x27 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_1_h)))
 (let (($x28 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h)))
 (let ((?x56 (ite $x28 0.0 (ite $x27 ?x55 (ite $x26 ?x54 (ite $x53 ?x52 ?x41))))))
 (let ((?x57 (ite (< cerebral_child_l5_refill_0_h cerebral_child_l5_end_h) (- cerebral_child_l5_refill_0_volume_ml (+ (- ?x51 ?x56) 0.0)) (- 0.0 (+ (- ?x51 ?x47) 0.0)))))
 (let (($x58 (not (= cerebral_child_l5_refill_0_h cerebral_child_l5_end_h))))
 (let (($x59 (and $x58 (not (> (- ?x57 (* 1.0 0.0)) cerebral_child_l5_alarm_ml)))))
 (let (($x60 (<= t_0 cerebral_child_l5_end_h)))
 (let ((?x61 (ite $x60 (+ ?x40 (* ?x32 (- t_0 cerebral_child_l5_step_2_h))) ?x41)))
 (let ((?x62 (ite (<= t_0 cerebral_child_l5_step_2_h) (+ ?x39 (* ?x35 (- t_0 cerebral_child_l5_step_1_h))) ?x61)))
 (let ((?x63 (ite (<= t_0 cerebral_child_l5_step_1_h) (+ 0.0 (* ?x38 (- t_0 cerebral_child_l5_step_0_h))) ?x62)))
 (let ((?x64 (ite (<= t_0 cerebral_child_l5_step_0_h) 0.0 ?x63)))
 (let ((?x65 (ite (< cerebral_child_l5_refill_0_h t_0) (- cerebral_child_l5_refill_0_volume_ml (+ (- ?x64 ?x56) 0.0)) (- 0.0 (+ (- ?x64 ?x47) 0.0)))))
 (let ((?x66 (ite (<= 0.0 cerebral_child_l5_step_0_h) cerebral_child_l5_step_0_h 0.0)))
 (let (($x67 (or (and (< ?x66 t_0) $x60 (not (> ?x65 cerebral_child_l5_alarm_ml))) $x59)))
 (=> holds_ITB-PUMP-4 (not $x67))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x68 (not (>= 1848.0 (- cerebral_child_l5_end_h cerebral_child_l5_refill_0_h)))))
 (=> holds_ITB-PUMP-5 (not (or $x68)))))
(assert
 (let (($x6 (not false)))
 (=> holds_ITB-PUMP-6 $x6)))
(assert
 (let (($x69 (not (or (not (ite (= cerebral_child_l5_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x69)))
(assert
 (let (($x70 (and (< 0.0 cerebral_child_l5_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_screening_1_concentration_ug_ml))))
 (let (($x71 (and (< 0.0 cerebral_child_l5_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_screening_0_concentration_ug_ml))))
 (let (($x72 (and (< 0.0 cerebral_child_l5_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_concentration_ug_ml))))
 (let (($x73 (not $x72)))
 (let (($x74 (and (< 0.0 cerebral_child_l5_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_refill_0_concentration_ug_ml))))
 (let (($x75 (or (= 50.0 cerebral_child_l5_refill_0_concentration_ug_ml) (= 500.0 cerebral_child_l5_refill_0_concentration_ug_ml) (= 2000.0 cerebral_child_l5_refill_0_concentration_ug_ml))))
 (let (($x76 (= cerebral_child_l5_refill_0_diluent 0)))
 (let (($x77 (ite $x76 true (ite (= cerebral_child_l5_refill_0_diluent 1) false false))))
 (let (($x78 (ite $x76 false (ite (= cerebral_child_l5_refill_0_diluent 1) true false))))
 (let (($x79 (or (not (or $x77 $x78)) (and $x77 (not $x75)) (not $x74) $x73 $x73 $x73 (not $x71) (not $x70))))
 (=> holds_ITB-CONC-1 (not $x79)))))))))))))
(assert
 (let (($x80 (or (not (= 50.0 cerebral_child_l5_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l5_screening_1_concentration_ug_ml)))))
 (=> holds_ITB-SCR-1 (not $x80))))
(assert
 (=> holds_ITB-SCR-2 (not (or (not (>= 50.0 cerebral_child_l5_screening_0_dose_ug))))))
(assert
 (let (($x81 (or (not (<= 1.0 cerebral_child_l5_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l5_screening_1_duration_min)))))
 (=> holds_ITB-SCR-3 (not $x81))))
(assert
 (let (($x82 (<= 24.0 (- cerebral_child_l5_screening_1_h cerebral_child_l5_screening_0_h))))
 (let (($x83 (= cerebral_child_l5_screening_0_response 0)))
 (let (($x84 (ite $x83 true false)))
 (let (($x85 (<= cerebral_child_l5_screening_1_dose_ug (+ cerebral_child_l5_screening_0_dose_ug 25.0))))
 (=> holds_ITB-SCR-4 (not (or (not $x84) (and $x84 (not $x85)) (and $x84 (not $x82))))))))))
(assert
 (let (($x86 (or (not (>= 100.0 cerebral_child_l5_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l5_screening_1_dose_ug)))))
 (=> holds_ITB-SCR-5 (not $x86))))
(assert
 (let (($x87 (= cerebral_child_l5_screening_1_response 0)))
 (let (($x88 (ite $x87 false true)))
 (let (($x89 (and $x88 (<= cerebral_child_l5_screening_1_h cerebral_child_l5_step_0_h))))
 (let (($x83 (= cerebral_child_l5_screening_0_response 0)))
 (let (($x90 (ite $x83 false true)))
 (let (($x91 (and $x90 (<= cerebral_child_l5_screening_0_h cerebral_child_l5_step_0_h))))
 (=> holds_ITB-SCR-6 (not (or (not (or $x91 $x89))))))))))))
(assert
 (let ((?x92 (* 2.0 cerebral_child_l5_screening_1_dose_ug)))
 (let ((?x93 (ite (>= 12.0 cerebral_child_l5_screening_1_effect_h) ?x92 cerebral_child_l5_screening_1_dose_ug)))
 (let (($x87 (= cerebral_child_l5_screening_1_response 0)))
 (let (($x88 (ite $x87 false true)))
 (let ((?x94 (* 2.0 cerebral_child_l5_screening_0_dose_ug)))
 (let ((?x95 (ite (>= 12.0 cerebral_child_l5_screening_0_effect_h) ?x94 cerebral_child_l5_screening_0_dose_ug)))
 (let (($x83 (= cerebral_child_l5_screening_0_response 0)))
 (let (($x90 (ite $x83 false true)))
 (let (($x96 (or (and $x90 (not (<= cerebral_child_l5_step_0_daily_dose_ug ?x95))) (and $x88 (not (<= cerebral_child_l5_step_0_daily_dose_ug ?x93))))))
 (=> holds_ITB-INIT-1 (not $x96))))))))))))
(assert
 (let (($x97 (not (<= 24.0 (- cerebral_child_l5_step_2_h cerebral_child_l5_step_0_h)))))
 (let (($x98 (> cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x99 (not (<= 24.0 (- cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h)))))
 (let (($x100 (> cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (=> holds_ITB-INIT-2 (not (or (and $x100 $x99) (and $x98 $x97)))))))))
(assert
 (let ((?x101 (/ 3.0 20.0)))
 (let ((?x102 (/ 1.0 5.0)))
 (let (($x103 (= cerebral_child_l5_step_2_phase 0)))
 (let (($x104 (ite $x103 false true)))
 (let (($x105 (<= 18.0 cerebral_child_l5_age_years)))
 (let ((?x106 (* (+ 1.0 (ite (and $x105 $x104) ?x102 ?x101)) cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x98 (> cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x107 (<= cerebral_child_l5_step_1_daily_dose_ug (* (/ 23.0 20.0) cerebral_child_l5_step_0_daily_dose_ug))))
 (let (($x100 (> cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x108 (or (and $x100 (not $x107)) (and $x98 (not (<= cerebral_child_l5_step_2_daily_dose_ug ?x106))))))
 (=> holds_ITB-TITR-1 (not $x108)))))))))))))
(assert
 (let ((?x109 (ite cerebral_child_l5_programmable 24.0 48.0)))
 (let (($x110 (not (>= (- cerebral_child_l5_step_2_h cerebral_child_l5_step_2_h) ?x109))))
 (let (($x98 (> cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x111 (and $x98 (and (< cerebral_child_l5_step_2_h cerebral_child_l5_step_2_h) $x98) $x110)))
 (let (($x112 (not (>= (- cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h) ?x109))))
 (let (($x100 (> cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x113 (and $x98 (and (< cerebral_child_l5_step_1_h cerebral_child_l5_step_2_h) $x100) $x112)))
 (let (($x114 (not (>= (- cerebral_child_l5_step_1_h cerebral_child_l5_step_2_h) ?x109))))
 (let (($x115 (and $x100 (and (< cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h) $x98) $x114)))
 (let (($x116 (not (>= (- cerebral_child_l5_step_1_h cerebral_child_l5_step_1_h) ?x109))))
 (let (($x117 (and $x100 (and (< cerebral_child_l5_step_1_h cerebral_child_l5_step_1_h) $x100) $x116)))
 (=> holds_ITB-TITR-2 (not (or $x117 $x115 $x113 $x111)))))))))))))))
(assert
 (let ((?x118 (ite (<= cerebral_child_l5_step_1_h w_0) cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let ((?x119 (ite (<= cerebral_child_l5_step_2_h w_0) cerebral_child_l5_step_2_daily_dose_ug ?x118)))
 (let ((?x30 (- cerebral_child_l5_end_h cerebral_child_l5_step_2_h)))
 (let ((?x31 (/ cerebral_child_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x33 (- cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h)))
 (let ((?x34 (/ cerebral_child_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x36 (- cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h)))
 (let ((?x37 (/ cerebral_child_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x120 (+ 0.0 (* ?x37 ?x36))))
 (let ((?x121 (+ ?x120 (* ?x34 ?x33))))
 (let ((?x122 (+ ?x121 (* ?x31 ?x30))))
 (let ((?x123 (ite (<= (- w_0 24.0) cerebral_child_l5_end_h) (+ ?x121 (* ?x31 (- (- w_0 24.0) cerebral_child_l5_step_2_h))) ?x122)))
 (let ((?x124 (ite (<= (- w_0 24.0) cerebral_child_l5_step_2_h) (+ ?x120 (* ?x34 (- (- w_0 24.0) cerebral_child_l5_step_1_h))) ?x123)))
 (let ((?x125 (ite (<= (- w_0 24.0) cerebral_child_l5_step_1_h) (+ 0.0 (* ?x37 (- (- w_0 24.0) cerebral_child_l5_step_0_h))) ?x124)))
 (let ((?x126 (ite (<= w_0 cerebral_child_l5_end_h) (+ ?x121 (* ?x31 (- w_0 cerebral_child_l5_step_2_h))) ?x122)))
 (let ((?x127 (ite (<= w_0 cerebral_child_l5_step_2_h) (+ ?x120 (* ?x34 (- w_0 cerebral_child_l5_step_1_h))) ?x126)))
 (let ((?x128 (ite (<= w_0 cerebral_child_l5_step_1_h) (+ 0.0 (* ?x37 (- w_0 cerebral_child_l5_step_0_h))) ?x127)))
 (let ((?x129 (ite (<= w_0 cerebral_child_l5_step_0_h) 0.0 ?x128)))
 (let ((?x130 (- ?x129 (ite (<= (- w_0 24.0) cerebral_child_l5_step_0_h) 0.0 ?x125))))
 (let ((?x131 (ite (>= (- w_0 24.0) cerebral_child_l5_step_0_h) (+ ?x130 0.0) (* 1.0 ?x119))))
 (let ((?x101 (/ 3.0 20.0)))
 (let ((?x102 (/ 1.0 5.0)))
 (let ((?x132 (+ w_0 24.0)))
 (let (($x133 (< cerebral_child_l5_step_2_h ?x132)))
 (let (($x134 (ite $x133 true (ite (< cerebral_child_l5_step_1_h ?x132) false false))))
 (let (($x105 (<= 18.0 cerebral_child_l5_age_years)))
 (let (($x135 (and $x105 (ite (and $x133 (= cerebral_child_l5_step_2_phase 0)) false $x134))))
 (let (($x136 (<= ?x132 cerebral_child_l5_end_h)))
 (let ((?x137 (ite (<= ?x132 cerebral_child_l5_step_2_h) (+ ?x120 (* ?x34 (- ?x132 cerebral_child_l5_step_1_h))) (ite $x136 (+ ?x121 (* ?x31 (- ?x132 cerebral_child_l5_step_2_h))) ?x122))))
 (let ((?x138 (ite (<= ?x132 cerebral_child_l5_step_1_h) (+ 0.0 (* ?x37 (- ?x132 cerebral_child_l5_step_0_h))) ?x137)))
 (let ((?x139 (+ (- (ite (<= ?x132 cerebral_child_l5_step_0_h) 0.0 ?x138) ?x129) 0.0)))
 (let (($x140 (and (<= cerebral_child_l5_step_0_h w_0) $x136 (not (<= ?x139 (* (+ 1.0 (ite $x135 ?x102 ?x101)) ?x131))))))
 (=> holds_ITB-TITR-3 (not (or $x140))))))))))))))))))))))))))))))))))))
(assert
 (let (($x6 (not false)))
(=> holds_ITB-DOSE-3 $x6)))
(check-sat)
