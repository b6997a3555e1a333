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
 (let ((?x2 (* (/ 4.0 5.0) cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x3 (< cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let ((?x4 (* (/ 4.0 5.0) cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x5 (< cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x6 (or (and $x5 (not (>= cerebral_child_l5_step_1_daily_dose_ug ?x4))) (and $x3 (not (>= cerebral_child_l5_step_2_daily_dose_ug ?x2))))))
 (let (($x7 (not $x6)))
 (=> holds_ITB-STOP-1 $x7))))))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-STOP-2 $x8)))
(assert
 (let (($x9 (not (or (not (<= 4.0 cerebral_child_l5_age_years))))))
 (=> holds_ITB-PAT-1 $x9)))
(assert
 (let (($x10 (not (or (not (<= 12.0 cerebral_child_l5_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x10)))
(assert
 (let (($x11 (not (or cerebral_child_l5_infection))))
 (=> holds_ITB-PAT-4 $x11)))
(assert
 (let (($x12 (or (not (ite (= cerebral_child_l5_step_2_phase 0) false true)))))
 (let (($x13 (not $x12)))
 (=> holds_ITB-PUMP-1 $x13))))
(assert
 (let (($x14 (<= cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let ((?x15 (ite $x14 cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let (($x16 (>= cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let ((?x17 (ite $x16 cerebral_child_l5_step_2_flex_low_ug_h cerebral_child_l5_step_2_flex_high_ug_h)))
 (let (($x18 (not (or (not (<= ?x17 (* (/ 6.0 5.0) ?x15)))))))
 (=> holds_ITB-PUMP-2 $x18)))))))
(assert
 (let ((?x19 (* cerebral_child_l5_step_2_rate_ml_day cerebral_child_l5_concentration_ug_ml)))
 (let ((?x20 (- ?x19 cerebral_child_l5_step_2_daily_dose_ug)))
 (let (($x21 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l5_step_2_daily_dose_ug) ?x20) (<= ?x20 (* (/ 1.0 100.0) cerebral_child_l5_step_2_daily_dose_ug)))))
 (let ((?x22 (* cerebral_child_l5_step_1_rate_ml_day cerebral_child_l5_concentration_ug_ml)))
 (let ((?x23 (- ?x22 cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x24 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l5_step_1_daily_dose_ug) ?x23) (<= ?x23 (* (/ 1.0 100.0) cerebral_child_l5_step_1_daily_dose_ug)))))
 (let ((?x25 (* cerebral_child_l5_step_0_rate_ml_day cerebral_child_l5_concentration_ug_ml)))
 (let ((?x26 (- ?x25 cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x27 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l5_step_0_daily_dose_ug) ?x26) (<= ?x26 (* (/ 1.0 100.0) cerebral_child_l5_step_0_daily_dose_ug)))))
 (let (($x28 (= cerebral_child_l5_concentration_ug_ml cerebral_child_l5_refill_0_concentration_ug_ml)))
 (let (($x29 (not $x28)))
 (let (($x30 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_2_h)))
 (let (($x31 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_1_h)))
 (let (($x32 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h)))
 (let (($x33 (or (and (ite $x32 true false) (not (ite $x32 $x28 false))) (and (ite $x31 true false) (not (ite $x31 $x28 false))) (and (ite $x30 true false) (not (ite $x30 $x28 false))) $x29 (not $x27) (not $x24) (not $x21))))
 (let (($x34 (not $x33)))
 (=> holds_ITB-PUMP-3 $x34))))))))))))))))))
(assert
 (let ((?x35 (- cerebral_child_l5_end_h cerebral_child_l5_step_2_h)))
 (let ((?x36 (/ cerebral_child_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x37 (/ ?x36 cerebral_child_l5_concentration_ug_ml)))
 (let ((?x38 (- cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h)))
 (let ((?x39 (/ cerebral_child_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x40 (/ ?x39 cerebral_child_l5_concentration_ug_ml)))
 (let ((?x41 (- cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h)))
 (let ((?x42 (/ cerebral_child_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x43 (/ ?x42 cerebral_child_l5_concentration_ug_ml)))
 (let ((?x44 (+ 0.0 (* ?x43 ?x41))))
 (let ((?x45 (+ ?x44 (* ?x40 ?x38))))
 (let ((?x46 (+ ?x45 (* ?x37 ?x35))))
 (let ((?x47 (+ ?x45 (* ?x37 (- cerebral_child_l5_step_0_h cerebral_child_l5_step_2_h)))))
 (let ((?x48 (+ ?x44 (* ?x40 (- cerebral_child_l5_step_0_h cerebral_child_l5_step_1_h)))))
 (let ((?x49 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_step_2_h) ?x48 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_end_h) ?x47 ?x46))))
 (let ((?x50 (+ 0.0 (* ?x43 (- cerebral_child_l5_step_0_h cerebral_child_l5_step_0_h)))))
 (let ((?x51 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_step_1_h) ?x50 ?x49)))
 (let ((?x52 (ite (<= cerebral_child_l5_step_0_h cerebral_child_l5_step_0_h) 0.0 ?x51)))
 (let (($x53 (<= t_0 cerebral_child_l5_end_h)))
 (let ((?x54 (ite $x53 (+ ?x45 (* ?x37 (- t_0 cerebral_child_l5_step_2_h))) ?x46)))
 (let ((?x55 (ite (<= t_0 cerebral_child_l5_step_2_h) (+ ?x44 (* ?x40 (- t_0 cerebral_child_l5_step_1_h))) ?x54)))
 (let ((?x56 (ite (<= t_0 cerebral_child_l5_step_1_h) (+ 0.0 (* ?x43 (- t_0 cerebral_child_l5_step_0_h))) ?x55)))
 (let ((?x57 (ite (<= t_0 cerebral_child_l5_step_0_h) 0.0 ?x56)))
 (let ((?x58 (+ ?x45 (* ?x37 (- cerebral_child_l5_refill_0_h cerebral_child_l5_step_2_h)))))
 (let (($x59 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_end_h)))
 (let ((?x60 (+ ?x44 (* ?x40 (- cerebral_child_l5_refill_0_h cerebral_child_l5_step_1_h)))))
 (let (($x30 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_2_h)))
 (let ((?x61 (+ 0.0 (* ?x43 (- cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h)))))
 (let (($x31 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_1_h)))
 (let (($x32 (<= cerebral_child_l5_refill_0_h cerebral_child_l5_step_0_h)))
 (let ((?x62 (- ?x57 (ite $x32 0.0 (ite $x31 ?x61 (ite $x30 ?x60 (ite $x59 ?x58 ?x46)))))))
 (let ((?x63 (ite (< cerebral_child_l5_refill_0_h t_0) (- cerebral_child_l5_refill_0_volume_ml (+ ?x62 0.0)) (- 0.0 (+ (- ?x57 ?x52) 0.0)))))
 (let ((?x64 (ite (<= 0.0 cerebral_child_l5_step_0_h) cerebral_child_l5_step_0_h 0.0)))
 (let (($x65 (or (and (< ?x64 t_0) $x53 (not (> ?x63 cerebral_child_l5_alarm_ml))))))
 (let (($x66 (not $x65)))
 (=> holds_ITB-PUMP-4 $x66)))))))))))))))))))))))))))))))))))))
(assert
 (let (($x67 (not (>= 1848.0 (- cerebral_child_l5_end_h cerebral_child_l5_refill_0_h)))))
 (let (($x68 (not (or $x67))))
 (=> holds_ITB-PUMP-5 $x68))))
(assert
 (let (($x8 (not false)))
 (=> holds_ITB-PUMP-6 $x8)))
(assert
 (let (($x69 (not (or (not (ite (= cerebral_child_l5_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x69)))
(assert
 (let (($x70 (and (< 0.0 cerebral_child_l5_screening_1_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_screening_1_concentration_ug_ml))))
 (let (($x71 (and (< 0.0 cerebral_child_l5_screening_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_screening_0_concentration_ug_ml))))
 (let (($x72 (and (< 0.0 cerebral_child_l5_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_concentration_ug_ml))))
 (let (($x73 (not $x72)))
 (let (($x74 (and (< 0.0 cerebral_child_l5_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l5_refill_0_concentration_ug_ml))))
 (let (($x75 (= 2000.0 cerebral_child_l5_refill_0_concentration_ug_ml)))
 (let (($x76 (= 500.0 cerebral_child_l5_refill_0_concentration_ug_ml)))
 (let (($x77 (= 50.0 cerebral_child_l5_refill_0_concentration_ug_ml)))
 (let (($x78 (= cerebral_child_l5_refill_0_diluent 0)))
 (let (($x79 (ite $x78 true (ite (= cerebral_child_l5_refill_0_diluent 1) false false))))
 (let (($x80 (ite $x78 false (ite (= cerebral_child_l5_refill_0_diluent 1) true false))))
 (let (($x81 (or (not (or $x79 $x80)) (and $x79 (not (or $x77 $x76 $x75))) (not $x74) $x73 $x73 $x73 (not $x71) (not $x70))))
 (let (($x82 (not $x81)))
 (=> holds_ITB-CONC-1 $x82)))))))))))))))
(assert
 (let (($x83 (or (not (= 50.0 cerebral_child_l5_screening_0_concentration_ug_ml)) (not (= 50.0 cerebral_child_l5_screening_1_concentration_ug_ml)))))
 (let (($x84 (not $x83)))
 (=> holds_ITB-SCR-1 $x84))))
(assert
 (let (($x85 (not (or (not (>= 50.0 cerebral_child_l5_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x85)))
(assert
 (let (($x86 (or (not (<= 1.0 cerebral_child_l5_screening_0_duration_min)) (not (<= 1.0 cerebral_child_l5_screening_1_duration_min)))))
 (let (($x87 (not $x86)))
 (=> holds_ITB-SCR-3 $x87))))
(assert
 (let (($x88 (<= 24.0 (- cerebral_child_l5_screening_1_h cerebral_child_l5_screening_0_h))))
 (let (($x89 (= cerebral_child_l5_screening_0_response 0)))
 (let (($x90 (ite $x89 true false)))
 (let (($x91 (<= cerebral_child_l5_screening_1_dose_ug (+ cerebral_child_l5_screening_0_dose_ug 25.0))))
 (let (($x92 (not (or (not $x90) (and $x90 (not $x91)) (and $x90 (not $x88))))))
 (=> holds_ITB-SCR-4 $x92)))))))
(assert
 (let (($x93 (or (not (>= 100.0 cerebral_child_l5_screening_0_dose_ug)) (not (>= 100.0 cerebral_child_l5_screening_1_dose_ug)))))
 (let (($x94 (not $x93)))
 (=> holds_ITB-SCR-5 $x94))))
(assert
 (let (($x95 (= cerebral_child_l5_screening_1_response 0)))
 (let (($x96 (ite $x95 false true)))
 (let (($x97 (and $x96 (<= cerebral_child_l5_screening_1_h cerebral_child_l5_step_0_h))))
 (let (($x89 (= cerebral_child_l5_screening_0_response 0)))
 (let (($x98 (ite $x89 false true)))
 (let (($x99 (and $x98 (<= cerebral_child_l5_screening_0_h cerebral_child_l5_step_0_h))))
 (let (($x100 (not (or (not (or $x99 $x97))))))
 (=> holds_ITB-SCR-6 $x100)))))))))
(assert
 (let ((?x101 (* 2.0 cerebral_child_l5_screening_1_dose_ug)))
 (let ((?x102 (ite (>= 12.0 cerebral_child_l5_screening_1_effect_h) ?x101 cerebral_child_l5_screening_1_dose_ug)))
 (let (($x95 (= cerebral_child_l5_screening_1_response 0)))
 (let (($x96 (ite $x95 false true)))
 (let ((?x103 (* 2.0 cerebral_child_l5_screening_0_dose_ug)))
 (let ((?x104 (ite (>= 12.0 cerebral_child_l5_screening_0_effect_h) ?x103 cerebral_child_l5_screening_0_dose_ug)))
 (let (($x89 (= cerebral_child_l5_screening_0_response 0)))
 (let (($x98 (ite $x89 false true)))
 (let (($x105 (or (and $x98 (not (<= cerebral_child_l5_step_0_daily_dose_ug ?x104))) (and $x96 (not (<= cerebral_child_l5_step_0_daily_dose_ug ?x102))))))
 (let (($x106 (not $x105)))
 (=> holds_ITB-INIT-1 $x106))))))))))))
(assert
 (let (($x107 (not (<= 24.0 (- cerebral_child_l5_step_2_h cerebral_child_l5_step_0_h)))))
 (let (($x108 (> cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x109 (not (<= 24.0 (- cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h)))))
 (let (($x110 (> cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x111 (not (or (and $x110 $x109) (and $x108 $x107)))))
 (=> holds_ITB-INIT-2 $x111)))))))
(assert
 (let (($x112 (= cerebral_child_l5_step_2_phase 0)))
 (let (($x113 (ite $x112 false true)))
 (let (($x114 (<= 18.0 cerebral_child_l5_age_years)))
 (let ((?x115 (* (+ 1.0 (ite (and $x114 $x113) (/ 1.0 5.0) (/ 3.0 20.0))) cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x108 (> cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let ((?x116 (* (/ 23.0 20.0) cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x110 (> cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x117 (or (and $x110 (not (<= cerebral_child_l5_step_1_daily_dose_ug ?x116))) (and $x108 (not (<= cerebral_child_l5_step_2_daily_dose_ug ?x115))))))
 (let (($x118 (not $x117)))
 (=> holds_ITB-TITR-1 $x118)))))))))))
(assert
 (let ((?x119 (ite cerebral_child_l5_programmable 24.0 48.0)))
 (let (($x120 (not (>= (- cerebral_child_l5_step_2_h cerebral_child_l5_step_2_h) ?x119))))
 (let (($x108 (> cerebral_child_l5_step_2_daily_dose_ug cerebral_child_l5_step_1_daily_dose_ug)))
 (let (($x121 (and $x108 (and (< cerebral_child_l5_step_2_h cerebral_child_l5_step_2_h) $x108) $x120)))
 (let (($x122 (not (>= (- cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h) ?x119))))
 (let (($x110 (> cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let (($x123 (and $x108 (and (< cerebral_child_l5_step_1_h cerebral_child_l5_step_2_h) $x110) $x122)))
 (let (($x124 (not (>= (- cerebral_child_l5_step_1_h cerebral_child_l5_step_2_h) ?x119))))
 (let (($x125 (and $x110 (and (< cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h) $x108) $x124)))
 (let (($x126 (not (>= (- cerebral_child_l5_step_1_h cerebral_child_l5_step_1_h) ?x119))))
 (let (($x127 (and $x110 (and (< cerebral_child_l5_step_1_h cerebral_child_l5_step_1_h) $x110) $x126)))
 (let (($x128 (not (or $x127 $x125 $x123 $x121))))
 (=> holds_ITB-TITR-2 $x128))))))))))))))
(assert
 (let ((?x129 (ite (<= cerebral_child_l5_step_1_h w_0) cerebral_child_l5_step_1_daily_dose_ug cerebral_child_l5_step_0_daily_dose_ug)))
 (let ((?x130 (ite (<= cerebral_child_l5_step_2_h w_0) cerebral_child_l5_step_2_daily_dose_ug ?x129)))
 (let ((?x35 (- cerebral_child_l5_end_h cerebral_child_l5_step_2_h)))
 (let ((?x36 (/ cerebral_child_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x38 (- cerebral_child_l5_step_2_h cerebral_child_l5_step_1_h)))
 (let ((?x39 (/ cerebral_child_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x41 (- cerebral_child_l5_step_1_h cerebral_child_l5_step_0_h)))
 (let ((?x42 (/ cerebral_child_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x131 (+ 0.0 (* ?x42 ?x41))))
 (let ((?x132 (+ ?x131 (* ?x39 ?x38))))
 (let ((?x133 (+ ?x132 (* ?x36 ?x35))))
 (let ((?x134 (ite (<= (- w_0 24.0) cerebral_child_l5_end_h) (+ ?x132 (* ?x36 (- (- w_0 24.0) cerebral_child_l5_step_2_h))) ?x133)))
 (let ((?x135 (ite (<= (- w_0 24.0) cerebral_child_l5_step_2_h) (+ ?x131 (* ?x39 (- (- w_0 24.0) cerebral_child_l5_step_1_h))) ?x134)))
 (let ((?x136 (ite (<= (- w_0 24.0) cerebral_child_l5_step_1_h) (+ 0.0 (* ?x42 (- (- w_0 24.0) cerebral_child_l5_step_0_h))) ?x135)))
 (let ((?x137 (ite (<= w_0 cerebral_child_l5_end_h) (+ ?x132 (* ?x36 (- w_0 cerebral_child_l5_step_2_h))) ?x133)))
 (let ((?x138 (ite (<= w_0 cerebral_child_l5_step_2_h) (+ ?x131 (* ?x39 (- w_0 cerebral_child_l5_step_1_h))) ?x137)))
 (let ((?x139 (ite (<= w_0 cerebral_child_l5_step_1_h) (+ 0.0 (* ?x42 (- w_0 cerebral_child_l5_step_0_h))) ?x138)))
 (let ((?x140 (ite (<= w_0 cerebral_child_l5_step_0_h) 0.0 ?x139)))
 (let ((?x141 (- ?x140 (ite (<= (- w_0 24.0) cerebral_child_l5_step_0_h) 0.0 ?x136))))
 (let ((?x142 (ite (>= (- w_0 24.0) cerebral_child_l5_step_0_h) (+ ?x141 0.0) (* 1.0 ?x130))))
 (let ((?x143 (+ w_0 24.0)))
 (let (($x144 (< cerebral_child_l5_step_2_h ?x143)))
 (let (($x145 (ite $x144 true (ite (< cerebral_child_l5_step_1_h ?x143) false false))))
 (let (($x114 (<= 18.0 cerebral_child_l5_age_years)))
 (let (($x146 (and $x114 (ite (and $x144 (= cerebral_child_l5_step_2_phase 0)) false $x145))))
 (let (($x147 (<= ?x143 cerebral_child_l5_end_h)))
 (let ((?x148 (ite (<= ?x143 cerebral_child_l5_step_2_h) (+ ?x131 (* ?x39 (- ?x143 cerebral_child_l5_step_1_h))) (ite $x147 (+ ?x132 (* ?x36 (- ?x143 cerebral_child_l5_step_2_h))) ?x133))))
 (let ((?x149 (ite (<= ?x143 cerebral_child_l5_step_1_h) (+ 0.0 (* ?x42 (- ?x143 cerebral_child_l5_step_0_h))) ?x148)))
 (let ((?x150 (+ (- (ite (<= ?x143 cerebral_child_l5_step_0_h) 0.0 ?x149) ?x140) 0.0)))
 (let (($x151 (and (<= cerebral_child_l5_step_0_h w_0) $x147 (not (<= ?x150 (* (+ 1.0 (ite $x146 (/ 1.0 5.0) (/ 3.0 20.0))) ?x142))))))
 (let (($x152 (not (or $x151))))
 (=> holds_ITB-TITR-3 $x152)))))))))))))))))))))))))))))))))
(assert
 (let (($x8 (not false)))
(=> holds_ITB-DOSE-3 $x8)))
(check-sat)
