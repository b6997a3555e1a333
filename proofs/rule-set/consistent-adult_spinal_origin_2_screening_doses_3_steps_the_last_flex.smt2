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
 (let ((?x1160 (+ (* 12.0 spinal_adult_l5_step_2_flex_low_ug_h) (* 12.0 spinal_adult_l5_step_2_flex_high_ug_h))))
 (= spinal_adult_l5_step_2_daily_dose_ug ?x1160)))
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
 (let ((?x6654 (* (/ 4.0 5.0) spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x6856 (< spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let ((?x9364 (* (/ 4.0 5.0) spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x9287 (< spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x6642 (or (and $x9287 (not (>= spinal_adult_l5_step_1_daily_dose_ug ?x9364))) (and $x6856 (not (>= spinal_adult_l5_step_2_daily_dose_ug ?x6654))))))
 (let (($x9093 (not $x6642)))
 (=> holds_ITB-STOP-1 $x9093))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x9236 (not (or (not (<= 4.0 spinal_adult_l5_age_years))))))
 (=> holds_ITB-PAT-1 $x9236)))
(assert
 (let (($x9237 (not (or (not (<= 12.0 spinal_adult_l5_months_since_injury))))))
 (=> holds_ITB-PAT-3 $x9237)))
(assert
 (let (($x9505 (not (or spinal_adult_l5_infection))))
 (=> holds_ITB-PAT-4 $x9505)))
(assert
 (let (($x9508 (not (or (not (ite (= spinal_adult_l5_step_2_phase 0) false true))))))
 (=> holds_ITB-PUMP-1 $x9508)))
(assert
 (let (($x8480 (<= spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x8946 (ite $x8480 spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let (($x9056 (>= spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let ((?x9057 (ite $x9056 spinal_adult_l5_step_2_flex_low_ug_h spinal_adult_l5_step_2_flex_high_ug_h)))
 (let (($x9439 (not (or (not (<= ?x9057 (* (/ 6.0 5.0) ?x8946)))))))
 (=> holds_ITB-PUMP-2 $x9439)))))))
(assert
 (let ((?x8414 (* spinal_adult_l5_step_2_rate_ml_day spinal_adult_l5_concentration_ug_ml)))
 (let ((?x9321 (- ?x8414 spinal_adult_l5_step_2_daily_dose_ug)))
 (let (($x9331 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l5_step_2_daily_dose_ug) ?x9321) (<= ?x9321 (* (/ 1.0 100.0) spinal_adult_l5_step_2_daily_dose_ug)))))
 (let ((?x8624 (* spinal_adult_l5_step_1_rate_ml_day spinal_adult_l5_concentration_ug_ml)))
 (let ((?x9051 (- ?x8624 spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x8159 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l5_step_1_daily_dose_ug) ?x9051) (<= ?x9051 (* (/ 1.0 100.0) spinal_adult_l5_step_1_daily_dose_ug)))))
 (let ((?x9465 (* spinal_adult_l5_step_0_rate_ml_day spinal_adult_l5_concentration_ug_ml)))
 (let ((?x9258 (- ?x9465 spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x9074 (and (<= (* (- (/ 1.0 100.0)) spinal_adult_l5_step_0_daily_dose_ug) ?x9258) (<= ?x9258 (* (/ 1.0 100.0) spinal_adult_l5_step_0_daily_dose_ug)))))
 (let (($x9188 (= spinal_adult_l5_concentration_ug_ml spinal_adult_l5_refill_0_concentration_ug_ml)))
 (let (($x8258 (not $x9188)))
 (let (($x1191 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))
 (let (($x1190 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))
 (let (($x1189 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))
 (let (($x9415 (or (and (ite $x1189 true false) (not (ite $x1189 $x9188 false))) (and (ite $x1190 true false) (not (ite $x1190 $x9188 false))) (and (ite $x1191 true false) (not (ite $x1191 $x9188 false))) $x8258 (not $x9074) (not $x8159) (not $x9331))))
 (let (($x9176 (not $x9415)))
 (=> holds_ITB-PUMP-3 $x9176))))))))))))))))))
(assert
 (let ((?x9107 (- spinal_adult_l5_end_h spinal_adult_l5_step_2_h)))
 (let ((?x1196 (/ spinal_adult_l5_step_2_daily_dose_ug 24.0)))
 (let ((?x1197 (/ ?x1196 spinal_adult_l5_concentration_ug_ml)))
 (let ((?x8562 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h)))
 (let ((?x1194 (/ spinal_adult_l5_step_1_daily_dose_ug 24.0)))
 (let ((?x1195 (/ ?x1194 spinal_adult_l5_concentration_ug_ml)))
 (let ((?x8206 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))
 (let ((?x1192 (/ spinal_adult_l5_step_0_daily_dose_ug 24.0)))
 (let ((?x1193 (/ ?x1192 spinal_adult_l5_concentration_ug_ml)))
 (let ((?x8386 (+ 0.0 (* ?x1193 ?x8206))))
 (let ((?x9035 (+ ?x8386 (* ?x1195 ?x8562))))
 (let ((?x9275 (+ ?x9035 (* ?x1197 ?x9107))))
 (let ((?x8450 (+ ?x9035 (* ?x1197 (- spinal_adult_l5_step_0_h spinal_adult_l5_step_2_h)))))
 (let ((?x8498 (+ ?x8386 (* ?x1195 (- spinal_adult_l5_step_0_h spinal_adult_l5_step_1_h)))))
 (let ((?x9036 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_step_2_h) ?x8498 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_end_h) ?x8450 ?x9275))))
 (let ((?x9253 (+ 0.0 (* ?x1193 (- spinal_adult_l5_step_0_h spinal_adult_l5_step_0_h)))))
 (let ((?x9113 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_step_0_h) 0.0 (ite (<= spinal_adult_l5_step_0_h spinal_adult_l5_step_1_h) ?x9253 ?x9036))))
 (let (($x8147 (<= t_0 spinal_adult_l5_end_h)))
 (let ((?x9475 (ite (<= t_0 spinal_adult_l5_step_2_h) (+ ?x8386 (* ?x1195 (- t_0 spinal_adult_l5_step_1_h))) (ite $x8147 (+ ?x9035 (* ?x1197 (- t_0 spinal_adult_l5_step_2_h))) ?x9275))))
 (let ((?x8731 (ite (<= t_0 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x1193 (- t_0 spinal_adult_l5_step_0_h))) ?x9475)))
 (let ((?x8353 (ite (<= t_0 spinal_adult_l5_step_0_h) 0.0 ?x8731)))
 (let ((?x9378 (+ ?x9035 (* ?x1197 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))))
 (let (($x1167 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_end_h)))
 (let ((?x9278 (+ ?x8386 (* ?x1195 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))))
 (let (($x1191 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_2_h)))
 (let ((?x9404 (+ 0.0 (* ?x1193 (- spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))))
 (let (($x1190 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_1_h)))
 (let (($x1189 (<= spinal_adult_l5_refill_0_h spinal_adult_l5_step_0_h)))
 (let ((?x8934 (- ?x8353 (ite $x1189 0.0 (ite $x1190 ?x9404 (ite $x1191 ?x9278 (ite $x1167 ?x9378 ?x9275)))))))
 (let ((?x9081 (ite (< spinal_adult_l5_refill_0_h t_0) (- spinal_adult_l5_refill_0_volume_ml (+ ?x8934 0.0)) (- 0.0 (+ (- ?x8353 ?x9113) 0.0)))))
 (let ((?x9477 (ite (<= 0.0 spinal_adult_l5_step_0_h) spinal_adult_l5_step_0_h 0.0)))
 (let (($x8609 (or (and (< ?x9477 t_0) $x8147 (not (> ?x9081 spinal_adult_l5_alarm_ml))))))
 (let (($x9498 (not $x8609)))
 (=> holds_ITB-PUMP-4 $x9498)))))))))))))))))))))))))))))))))))
(assert
 (let (($x9496 (or (not (>= 1848.0 (- spinal_adult_l5_end_h spinal_adult_l5_refill_0_h))))))
 (let (($x9497 (not $x9496)))
 (=> holds_ITB-PUMP-5 $x9497))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-6 $x1913)))
(assert
 (let (($x9133 (not (or (not (ite (= spinal_adult_l5_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x9133)))
(assert
 (let (($x9289 (and (< 0.0 spinal_adult_l5_screening_1_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_screening_1_concentration_ug_ml))))
 (let (($x9356 (and (< 0.0 spinal_adult_l5_screening_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_screening_0_concentration_ug_ml))))
 (let (($x9249 (and (< 0.0 spinal_adult_l5_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_concentration_ug_ml))))
 (let (($x9260 (not $x9249)))
 (let (($x9126 (and (< 0.0 spinal_adult_l5_refill_0_concentration_ug_ml) (>= 2000.0 spinal_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x9263 (or (= 50.0 spinal_adult_l5_refill_0_concentration_ug_ml) (= 500.0 spinal_adult_l5_refill_0_concentration_ug_ml) (= 2000.0 spinal_adult_l5_refill_0_concentration_ug_ml))))
 (let (($x1179 (= spinal_adult_l5_refill_0_diluent 0)))
 (let (($x9386 (ite $x1179 true (ite (= spinal_adult_l5_refill_0_diluent 1) false false))))
 (let (($x8321 (ite $x1179 false (ite (= spinal_adult_l5_refill_0_diluent 1) true false))))
 (let (($x9337 (or (not (or $x9386 $x8321)) (and $x9386 (not $x9263)) (not $x9126) $x9260 $x9260 $x9260 (not $x9356) (not $x9289))))
 (let (($x9131 (not $x9337)))
 (=> holds_ITB-CONC-1 $x9131)))))))))))))
(assert
 (let (($x9419 (or (not (= 50.0 spinal_adult_l5_screening_0_concentration_ug_ml)) (not (= 50.0 spinal_adult_l5_screening_1_concentration_ug_ml)))))
 (let (($x9132 (not $x9419)))
 (=> holds_ITB-SCR-1 $x9132))))
(assert
 (let (($x8059 (not (or (not (>= 50.0 spinal_adult_l5_screening_0_dose_ug))))))
 (=> holds_ITB-SCR-2 $x8059)))
(assert
 (let (($x8719 (or (not (<= 1.0 spinal_adult_l5_screening_0_duration_min)) (not (<= 1.0 spinal_adult_l5_screening_1_duration_min)))))
 (let (($x9405 (not $x8719)))
 (=> holds_ITB-SCR-3 $x9405))))
(assert
 (let (($x9070 (<= 24.0 (- spinal_adult_l5_screening_1_h spinal_adult_l5_screening_0_h))))
 (let (($x1093 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x9448 (ite $x1093 true false)))
 (let (($x9091 (<= spinal_adult_l5_screening_1_dose_ug (+ spinal_adult_l5_screening_0_dose_ug 25.0))))
 (let (($x9433 (not (or (not $x9448) (and $x9448 (not $x9091)) (and $x9448 (not $x9070))))))
 (=> holds_ITB-SCR-4 $x9433)))))))
(assert
 (let (($x8927 (or (not (>= 100.0 spinal_adult_l5_screening_0_dose_ug)) (not (>= 100.0 spinal_adult_l5_screening_1_dose_ug)))))
 (let (($x8859 (not $x8927)))
 (=> holds_ITB-SCR-5 $x8859))))
(assert
 (let (($x1113 (= spinal_adult_l5_screening_1_response 0)))
 (let (($x9432 (ite $x1113 false true)))
 (let (($x1093 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x9504 (ite $x1093 false true)))
 (let (($x9042 (or (and $x9504 (<= spinal_adult_l5_screening_0_h spinal_adult_l5_step_0_h)) (and $x9432 (<= spinal_adult_l5_screening_1_h spinal_adult_l5_step_0_h)))))
 (let (($x9217 (not (or (not $x9042)))))
 (=> holds_ITB-SCR-6 $x9217))))))))
(assert
 (let ((?x8613 (* 2.0 spinal_adult_l5_screening_1_dose_ug)))
 (let ((?x8907 (ite (>= 12.0 spinal_adult_l5_screening_1_effect_h) ?x8613 spinal_adult_l5_screening_1_dose_ug)))
 (let (($x1113 (= spinal_adult_l5_screening_1_response 0)))
 (let (($x9432 (ite $x1113 false true)))
 (let ((?x8770 (* 2.0 spinal_adult_l5_screening_0_dose_ug)))
 (let ((?x9265 (ite (>= 12.0 spinal_adult_l5_screening_0_effect_h) ?x8770 spinal_adult_l5_screening_0_dose_ug)))
 (let (($x1093 (= spinal_adult_l5_screening_0_response 0)))
 (let (($x9504 (ite $x1093 false true)))
 (let (($x9167 (or (and $x9504 (not (<= spinal_adult_l5_step_0_daily_dose_ug ?x9265))) (and $x9432 (not (<= spinal_adult_l5_step_0_daily_dose_ug ?x8907))))))
 (let (($x8610 (not $x9167)))
 (=> holds_ITB-INIT-1 $x8610))))))))))))
(assert
 (let (($x8437 (not (<= 24.0 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_0_h)))))
 (let (($x9468 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x9238 (not (<= 24.0 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))))
 (let (($x9168 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x9239 (not (or (and $x9168 $x9238) (and $x9468 $x8437)))))
 (=> holds_ITB-INIT-2 $x9239)))))))
(assert
 (let ((?x9094 (+ 1.0 (ite (<= 18.0 spinal_adult_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
 (let (($x9437 (<= spinal_adult_l5_step_2_daily_dose_ug (* ?x9094 spinal_adult_l5_step_1_daily_dose_ug))))
 (let (($x9468 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x9422 (<= spinal_adult_l5_step_1_daily_dose_ug (* ?x9094 spinal_adult_l5_step_0_daily_dose_ug))))
 (let (($x9168 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x9516 (not (or (and $x9168 (not $x9422)) (and $x9468 (not $x9437))))))
 (=> holds_ITB-TITR-1 $x9516))))))))
(assert
 (let ((?x9075 (ite spinal_adult_l5_programmable 24.0 48.0)))
 (let (($x9468 (> spinal_adult_l5_step_2_daily_dose_ug spinal_adult_l5_step_1_daily_dose_ug)))
 (let (($x9026 (and $x9468 (and (< spinal_adult_l5_step_2_h spinal_adult_l5_step_2_h) $x9468) (not (>= (- spinal_adult_l5_step_2_h spinal_adult_l5_step_2_h) ?x9075)))))
 (let (($x9168 (> spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
 (let (($x8987 (and $x9468 (and (< spinal_adult_l5_step_1_h spinal_adult_l5_step_2_h) $x9168) (not (>= (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h) ?x9075)))))
 (let (($x9445 (and $x9168 (and (< spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h) $x9468) (not (>= (- spinal_adult_l5_step_1_h spinal_adult_l5_step_2_h) ?x9075)))))
 (let (($x9124 (and $x9168 (and (< spinal_adult_l5_step_1_h spinal_adult_l5_step_1_h) $x9168) (not (>= (- spinal_adult_l5_step_1_h spinal_adult_l5_step_1_h) ?x9075)))))
 (let (($x9183 (not (or $x9124 $x9445 $x8987 $x9026))))
 (=> holds_ITB-TITR-2 $x9183))))))))))
(assert
 (let ((?x9164 (ite (<= spinal_adult_l5_step_1_h w_0) spinal_adult_l5_step_1_daily_dose_ug spinal_adult_l5_step_0_daily_dose_ug)))
(let ((?x9233 (ite (<= spinal_adult_l5_step_2_h w_0) spinal_adult_l5_step_2_daily_dose_ug ?x9164)))
(let ((?x9107 (- spinal_adult_l5_end_h spinal_adult_l5_step_2_h)))
(let ((?x1196 (/ spinal_adult_l5_step_2_daily_dose_ug 24.0)))
(let ((?x8562 (- spinal_adult_l5_step_2_h spinal_adult_l5_step_1_h)))
(let ((?x1194 (/ spinal_adult_l5_step_1_daily_dose_ug 24.0)))
(let ((?x8206 (- spinal_adult_l5_step_1_h spinal_adult_l5_step_0_h)))
(let ((?x1192 (/ spinal_adult_l5_step_0_daily_dose_ug 24.0)))
(let ((?x9478 (+ 0.0 (* ?x1192 ?x8206))))
(let ((?x8263 (+ ?x9478 (* ?x1194 ?x8562))))
(let ((?x9212 (+ ?x8263 (* ?x1196 ?x9107))))
(let ((?x8909 (ite (<= (- w_0 24.0) spinal_adult_l5_end_h) (+ ?x8263 (* ?x1196 (- (- w_0 24.0) spinal_adult_l5_step_2_h))) ?x9212)))
(let ((?x8969 (ite (<= (- w_0 24.0) spinal_adult_l5_step_2_h) (+ ?x9478 (* ?x1194 (- (- w_0 24.0) spinal_adult_l5_step_1_h))) ?x8909)))
(let ((?x9273 (ite (<= (- w_0 24.0) spinal_adult_l5_step_1_h) (+ 0.0 (* ?x1192 (- (- w_0 24.0) spinal_adult_l5_step_0_h))) ?x8969)))
(let ((?x9426 (ite (<= w_0 spinal_adult_l5_end_h) (+ ?x8263 (* ?x1196 (- w_0 spinal_adult_l5_step_2_h))) ?x9212)))
(let ((?x8094 (ite (<= w_0 spinal_adult_l5_step_2_h) (+ ?x9478 (* ?x1194 (- w_0 spinal_adult_l5_step_1_h))) ?x9426)))
(let ((?x9139 (ite (<= w_0 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x1192 (- w_0 spinal_adult_l5_step_0_h))) ?x8094)))
(let ((?x9218 (ite (<= w_0 spinal_adult_l5_step_0_h) 0.0 ?x9139)))
(let ((?x9195 (- ?x9218 (ite (<= (- w_0 24.0) spinal_adult_l5_step_0_h) 0.0 ?x9273))))
(let ((?x9491 (ite (>= (- w_0 24.0) spinal_adult_l5_step_0_h) (+ ?x9195 0.0) (* 1.0 ?x9233))))
(let ((?x9094 (+ 1.0 (ite (<= 18.0 spinal_adult_l5_age_years) (/ 3.0 10.0) (/ 3.0 20.0)))))
(let ((?x1800 (+ w_0 24.0)))
(let (($x9145 (<= ?x1800 spinal_adult_l5_end_h)))
(let ((?x9170 (ite (<= ?x1800 spinal_adult_l5_step_2_h) (+ ?x9478 (* ?x1194 (- ?x1800 spinal_adult_l5_step_1_h))) (ite $x9145 (+ ?x8263 (* ?x1196 (- ?x1800 spinal_adult_l5_step_2_h))) ?x9212))))
(let ((?x8185 (ite (<= ?x1800 spinal_adult_l5_step_1_h) (+ 0.0 (* ?x1192 (- ?x1800 spinal_adult_l5_step_0_h))) ?x9170)))
(let ((?x9235 (+ (- (ite (<= ?x1800 spinal_adult_l5_step_0_h) 0.0 ?x8185) ?x9218) 0.0)))
(let (($x9230 (and (<= spinal_adult_l5_step_0_h w_0) $x9145 (not (<= ?x9235 (* ?x9094 ?x9491))))))
(let (($x9121 (not (or $x9230))))
(=> holds_ITB-TITR-3 $x9121))))))))))))))))))))))))))))))
(check-sat)
