; itbverify 0.1.0: rule-set consistency, child, cerebral origin; history, 3 steps, 1 bolus, 1 refill
; benchmark generated from python API
(set-info :status unknown)
(declare-fun cerebral_child_l6_age_years () Real)
(declare-fun cerebral_child_l6_months_since_injury () Real)
(declare-fun cerebral_child_l6_reservoir_ml () Real)
(declare-fun cerebral_child_l6_alarm_ml () Real)
(declare-fun cerebral_child_l6_concentration_ug_ml () Real)
(declare-fun cerebral_child_l6_since_h () Real)
(declare-fun cerebral_child_l6_last_increase_h () Real)
(declare-fun cerebral_child_l6_history_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_first_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_history_volume_ml () Real)
(declare-fun cerebral_child_l6_history_filled_at_h () Real)
(declare-fun cerebral_child_l6_step_0_phase () Int)
(declare-fun cerebral_child_l6_step_0_h () Real)
(declare-fun cerebral_child_l6_step_0_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_step_0_rate_ml_day () Real)
(declare-fun cerebral_child_l6_step_1_h () Real)
(declare-fun cerebral_child_l6_step_1_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_step_1_rate_ml_day () Real)
(declare-fun cerebral_child_l6_step_2_phase () Int)
(declare-fun cerebral_child_l6_step_2_h () Real)
(declare-fun cerebral_child_l6_step_2_daily_dose_ug () Real)
(declare-fun cerebral_child_l6_step_2_rate_ml_day () Real)
(declare-fun cerebral_child_l6_end_h () Real)
(declare-fun cerebral_child_l6_refill_0_h () Real)
(declare-fun cerebral_child_l6_refill_0_volume_ml () Real)
(declare-fun cerebral_child_l6_refill_0_concentration_ug_ml () Real)
(declare-fun cerebral_child_l6_refill_0_diluent () Int)
(declare-fun cerebral_child_l6_bolus_0_h () Real)
(declare-fun cerebral_child_l6_bolus_0_dose_ug () Real)
(declare-fun cerebral_child_l6_bolus_0_via () Int)
(declare-fun cerebral_child_l6_route () Int)
(declare-fun holds_ITB-STOP-1 () Bool)
(declare-fun holds_ITB-STOP-2 () Bool)
(declare-fun holds_ITB-PAT-1 () Bool)
(declare-fun holds_ITB-PUMP-1 () Bool)
(declare-fun holds_ITB-PUMP-2 () Bool)
(declare-fun holds_ITB-PUMP-3 () Bool)
(declare-fun t_0 () Real)
(declare-fun holds_ITB-PUMP-4 () Bool)
(declare-fun holds_ITB-PUMP-5 () Bool)
(declare-fun cerebral_child_l6_bolus_0_emergency () Bool)
(declare-fun holds_ITB-PUMP-6 () Bool)
(declare-fun holds_ITB-ROUTE-1 () Bool)
(declare-fun holds_ITB-CONC-1 () Bool)
(declare-fun cerebral_child_l6_screened_positive () Bool)
(declare-fun holds_ITB-SCR-6 () Bool)
(declare-fun holds_ITB-TITR-1 () Bool)
(declare-fun cerebral_child_l6_programmable () Bool)
(declare-fun holds_ITB-TITR-2 () Bool)
(declare-fun w_0 () Real)
(declare-fun holds_ITB-TITR-3 () Bool)
(assert
 (>= cerebral_child_l6_age_years 0.0))
(assert
 (<= cerebral_child_l6_age_years 120.0))
(assert
 (< cerebral_child_l6_age_years 18.0))
(assert
 (>= cerebral_child_l6_months_since_injury 0.0))
(assert
 (<= cerebral_child_l6_months_since_injury 100000.0))
(assert
 (>= cerebral_child_l6_reservoir_ml 0.0))
(assert
 (<= cerebral_child_l6_reservoir_ml 100000.0))
(assert
 (>= cerebral_child_l6_alarm_ml 0.0))
(assert
 (<= cerebral_child_l6_alarm_ml 100000.0))
(assert
 (>= cerebral_child_l6_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l6_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l6_since_h (- 100000.0)))
(assert
 (<= cerebral_child_l6_since_h 0.0))
(assert
 (>= cerebral_child_l6_last_increase_h (- 100000.0)))
(assert
 (<= cerebral_child_l6_last_increase_h 0.0))
(assert
 (>= cerebral_child_l6_since_h cerebral_child_l6_last_increase_h))
(assert
 (>= cerebral_child_l6_history_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_history_daily_dose_ug 100000.0))
(assert
 (> cerebral_child_l6_history_daily_dose_ug 0.0))
(assert
 (>= cerebral_child_l6_first_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_first_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_history_volume_ml 0.0))
(assert
 (<= cerebral_child_l6_history_volume_ml 100000.0))
(assert
 (>= cerebral_child_l6_history_filled_at_h (- 100000.0)))
(assert
 (<= cerebral_child_l6_history_filled_at_h 0.0))
(assert
 (>= cerebral_child_l6_step_0_phase 0))
(assert
 (< cerebral_child_l6_step_0_phase 2))
(assert
 (<= cerebral_child_l6_step_0_h 100000.0))
(assert
 (> cerebral_child_l6_step_0_h cerebral_child_l6_since_h))
(assert
 (>= cerebral_child_l6_step_0_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_step_0_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_step_0_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l6_step_0_rate_ml_day 100000.0))
(assert
 (<= cerebral_child_l6_step_1_h 100000.0))
(assert
 (> cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h))
(assert
 (>= cerebral_child_l6_step_1_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_step_1_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_step_1_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l6_step_1_rate_ml_day 100000.0))
(assert
 (>= cerebral_child_l6_step_2_phase 0))
(assert
 (< cerebral_child_l6_step_2_phase 2))
(assert
 (<= cerebral_child_l6_step_2_h 100000.0))
(assert
 (> cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h))
(assert
 (>= cerebral_child_l6_step_2_daily_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_step_2_daily_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_step_2_rate_ml_day 0.0))
(assert
 (<= cerebral_child_l6_step_2_rate_ml_day 100000.0))
(assert
 (<= cerebral_child_l6_end_h 100000.0))
(assert
 (>= cerebral_child_l6_end_h cerebral_child_l6_step_2_h))
(assert
 (<= cerebral_child_l6_refill_0_h 100000.0))
(assert
 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_end_h))
(assert
 (>= cerebral_child_l6_refill_0_h 0.0))
(assert
 (>= cerebral_child_l6_refill_0_volume_ml 0.0))
(assert
 (<= cerebral_child_l6_refill_0_volume_ml 100000.0))
(assert
 (<= cerebral_child_l6_refill_0_volume_ml cerebral_child_l6_reservoir_ml))
(assert
 (>= cerebral_child_l6_refill_0_concentration_ug_ml 0.0))
(assert
 (<= cerebral_child_l6_refill_0_concentration_ug_ml 100000.0))
(assert
 (>= cerebral_child_l6_refill_0_diluent 0))
(assert
 (< cerebral_child_l6_refill_0_diluent 3))
(assert
 (<= cerebral_child_l6_bolus_0_h 100000.0))
(assert
 (>= cerebral_child_l6_bolus_0_h cerebral_child_l6_since_h))
(assert
 (<= cerebral_child_l6_bolus_0_h cerebral_child_l6_end_h))
(assert
 (>= cerebral_child_l6_bolus_0_dose_ug 0.0))
(assert
 (<= cerebral_child_l6_bolus_0_dose_ug 100000.0))
(assert
 (>= cerebral_child_l6_bolus_0_via 0))
(assert
 (< cerebral_child_l6_bolus_0_via 2))
(assert
 (>= cerebral_child_l6_route 0))
(assert
 (< cerebral_child_l6_route 2))
(assert
 (let ((?x40825 (* (/ 4.0 5.0) cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x32899 (= cerebral_child_l6_step_2_phase 0)))
 (let (($x40831 (ite $x32899 true false)))
 (let (($x41048 (< cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x41027 (and (and $x41048 $x40831) (not (>= cerebral_child_l6_step_2_daily_dose_ug ?x40825)))))
 (let ((?x40794 (* (/ 4.0 5.0) cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x40793 (< cerebral_child_l6_step_1_daily_dose_ug cerebral_child_l6_step_0_daily_dose_ug)))
 (let ((?x40877 (* (/ 4.0 5.0) cerebral_child_l6_history_daily_dose_ug)))
 (let (($x41181 (< cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let (($x41028 (or (and $x41181 (not (>= cerebral_child_l6_step_0_daily_dose_ug ?x40877))) (and $x40793 (not (>= cerebral_child_l6_step_1_daily_dose_ug ?x40794))) $x41027)))
 (let (($x41519 (not $x41028)))
 (=> holds_ITB-STOP-1 $x41519)))))))))))))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-STOP-2 $x1913)))
(assert
 (let (($x41635 (not (or (not (<= 4.0 cerebral_child_l6_age_years))))))
 (=> holds_ITB-PAT-1 $x41635)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-1 $x1913)))
(assert
 (let (($x1913 (not false)))
 (=> holds_ITB-PUMP-2 $x1913)))
(assert
 (let ((?x41265 (* cerebral_child_l6_step_2_rate_ml_day cerebral_child_l6_concentration_ug_ml)))
 (let ((?x41267 (- ?x41265 cerebral_child_l6_step_2_daily_dose_ug)))
 (let (($x41271 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l6_step_2_daily_dose_ug) ?x41267) (<= ?x41267 (* (/ 1.0 100.0) cerebral_child_l6_step_2_daily_dose_ug)))))
 (let ((?x41257 (* cerebral_child_l6_step_1_rate_ml_day cerebral_child_l6_concentration_ug_ml)))
 (let ((?x41259 (- ?x41257 cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x41263 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l6_step_1_daily_dose_ug) ?x41259) (<= ?x41259 (* (/ 1.0 100.0) cerebral_child_l6_step_1_daily_dose_ug)))))
 (let ((?x41249 (* cerebral_child_l6_step_0_rate_ml_day cerebral_child_l6_concentration_ug_ml)))
 (let ((?x41251 (- ?x41249 cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x41255 (and (<= (* (- (/ 1.0 100.0)) cerebral_child_l6_step_0_daily_dose_ug) ?x41251) (<= ?x41251 (* (/ 1.0 100.0) cerebral_child_l6_step_0_daily_dose_ug)))))
 (let (($x41226 (= cerebral_child_l6_concentration_ug_ml cerebral_child_l6_refill_0_concentration_ug_ml)))
 (let (($x41248 (not $x41226)))
 (let (($x41227 (= cerebral_child_l6_concentration_ug_ml cerebral_child_l6_concentration_ug_ml)))
 (let (($x41228 (ite true $x41227 false)))
 (let (($x32955 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_2_h)))
 (let (($x41246 (and (ite $x32955 true (ite true true false)) (not (ite $x32955 $x41226 $x41228)))))
 (let (($x32954 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_1_h)))
 (let (($x41242 (and (ite $x32954 true (ite true true false)) (not (ite $x32954 $x41226 $x41228)))))
 (let (($x32953 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_0_h)))
 (let (($x41238 (and (ite $x32953 true (ite true true false)) (not (ite $x32953 $x41226 $x41228)))))
 (let (($x32952 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_since_h)))
 (let (($x41231 (and (ite $x32952 true (ite true true false)) (not (ite $x32952 $x41226 $x41228)))))
 (let (($x41273 (or $x41231 $x41238 $x41242 $x41246 (not $x41227) $x41248 (not $x41255) (not $x41263) (not $x41271))))
 (let (($x41636 (not $x41273)))
 (=> holds_ITB-PUMP-3 $x41636)))))))))))))))))))))))))
(assert
 (let ((?x41287 (- cerebral_child_l6_end_h cerebral_child_l6_step_2_h)))
 (let ((?x32962 (/ cerebral_child_l6_step_2_daily_dose_ug 24.0)))
 (let ((?x32963 (/ ?x32962 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x41284 (- cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h)))
 (let ((?x32960 (/ cerebral_child_l6_step_1_daily_dose_ug 24.0)))
 (let ((?x32961 (/ ?x32960 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x41281 (- cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h)))
 (let ((?x32958 (/ cerebral_child_l6_step_0_daily_dose_ug 24.0)))
 (let ((?x32959 (/ ?x32958 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x41278 (- cerebral_child_l6_step_0_h cerebral_child_l6_since_h)))
 (let ((?x32956 (/ cerebral_child_l6_history_daily_dose_ug 24.0)))
 (let ((?x32957 (/ ?x32956 cerebral_child_l6_concentration_ug_ml)))
 (let ((?x41280 (+ 0.0 (* ?x32957 ?x41278))))
 (let ((?x41283 (+ ?x41280 (* ?x32959 ?x41281))))
 (let ((?x41286 (+ ?x41283 (* ?x32961 ?x41284))))
 (let ((?x41289 (+ ?x41286 (* ?x32963 ?x41287))))
 (let ((?x41313 (+ ?x41286 (* ?x32963 (- cerebral_child_l6_since_h cerebral_child_l6_step_2_h)))))
 (let ((?x41318 (+ ?x41283 (* ?x32961 (- cerebral_child_l6_since_h cerebral_child_l6_step_1_h)))))
 (let ((?x41320 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_step_2_h) ?x41318 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_end_h) ?x41313 ?x41289))))
 (let ((?x41323 (+ ?x41280 (* ?x32959 (- cerebral_child_l6_since_h cerebral_child_l6_step_0_h)))))
 (let ((?x41325 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_step_1_h) ?x41323 ?x41320)))
 (let ((?x41328 (+ 0.0 (* ?x32957 (- cerebral_child_l6_since_h cerebral_child_l6_since_h)))))
 (let ((?x41330 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_step_0_h) ?x41328 ?x41325)))
 (let ((?x41332 (ite (<= cerebral_child_l6_since_h cerebral_child_l6_since_h) 0.0 ?x41330)))
 (let (($x41277 (<= t_0 cerebral_child_l6_end_h)))
 (let ((?x41293 (ite $x41277 (+ ?x41286 (* ?x32963 (- t_0 cerebral_child_l6_step_2_h))) ?x41289)))
 (let ((?x41298 (ite (<= t_0 cerebral_child_l6_step_2_h) (+ ?x41283 (* ?x32961 (- t_0 cerebral_child_l6_step_1_h))) ?x41293)))
 (let ((?x41303 (ite (<= t_0 cerebral_child_l6_step_1_h) (+ ?x41280 (* ?x32959 (- t_0 cerebral_child_l6_step_0_h))) ?x41298)))
 (let ((?x41308 (ite (<= t_0 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x32957 (- t_0 cerebral_child_l6_since_h))) ?x41303)))
 (let ((?x41310 (ite (<= t_0 cerebral_child_l6_since_h) 0.0 ?x41308)))
 (let ((?x41340 (ite (<= 0.0 cerebral_child_l6_end_h) (+ ?x41286 (* ?x32963 (- 0.0 cerebral_child_l6_step_2_h))) ?x41289)))
 (let ((?x41345 (ite (<= 0.0 cerebral_child_l6_step_2_h) (+ ?x41283 (* ?x32961 (- 0.0 cerebral_child_l6_step_1_h))) ?x41340)))
 (let ((?x41350 (ite (<= 0.0 cerebral_child_l6_step_1_h) (+ ?x41280 (* ?x32959 (- 0.0 cerebral_child_l6_step_0_h))) ?x41345)))
 (let ((?x41355 (ite (<= 0.0 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x32957 (- 0.0 cerebral_child_l6_since_h))) ?x41350)))
 (let (($x41274 (<= 0.0 cerebral_child_l6_since_h)))
 (let ((?x41359 (- cerebral_child_l6_history_volume_ml (+ (- ?x41310 (ite $x41274 0.0 ?x41355)) 0.0))))
 (let (($x6813 (< 0.0 t_0)))
 (let ((?x41363 (+ ?x41286 (* ?x32963 (- cerebral_child_l6_refill_0_h cerebral_child_l6_step_2_h)))))
 (let (($x32914 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_end_h)))
 (let ((?x41367 (+ ?x41283 (* ?x32961 (- cerebral_child_l6_refill_0_h cerebral_child_l6_step_1_h)))))
 (let (($x32955 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_2_h)))
 (let ((?x41371 (+ ?x41280 (* ?x32959 (- cerebral_child_l6_refill_0_h cerebral_child_l6_step_0_h)))))
 (let (($x32954 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_1_h)))
 (let ((?x41375 (+ 0.0 (* ?x32957 (- cerebral_child_l6_refill_0_h cerebral_child_l6_since_h)))))
 (let (($x32953 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_step_0_h)))
 (let (($x32952 (<= cerebral_child_l6_refill_0_h cerebral_child_l6_since_h)))
 (let ((?x41377 (ite $x32952 0.0 (ite $x32953 ?x41375 (ite $x32954 ?x41371 (ite $x32955 ?x41367 (ite $x32914 ?x41363 ?x41289)))))))
 (let ((?x41382 (ite (< cerebral_child_l6_refill_0_h t_0) (- cerebral_child_l6_refill_0_volume_ml (+ (- ?x41310 ?x41377) 0.0)) (ite $x6813 ?x41359 (- 0.0 (+ (- ?x41310 ?x41332) 0.0))))))
 (let (($x41385 (and (< (ite $x41274 cerebral_child_l6_since_h 0.0) t_0) $x41277 (not (> ?x41382 cerebral_child_l6_alarm_ml)))))
 (let (($x41637 (not (or $x41385))))
 (=> holds_ITB-PUMP-4 $x41637))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let (($x41392 (not (>= 1848.0 (- cerebral_child_l6_end_h cerebral_child_l6_refill_0_h)))))
 (let (($x41388 (>= 1848.0 (- cerebral_child_l6_refill_0_h cerebral_child_l6_history_filled_at_h))))
 (let (($x41638 (not (or (not $x41388) $x41392))))
 (=> holds_ITB-PUMP-5 $x41638)))))
(assert
 (let (($x41396 (and (ite (= cerebral_child_l6_bolus_0_via 0) false true) (not cerebral_child_l6_bolus_0_emergency))))
 (let (($x41639 (not (or $x41396))))
 (=> holds_ITB-PUMP-6 $x41639))))
(assert
 (let (($x41640 (not (or (not (ite (= cerebral_child_l6_route 0) true false))))))
 (=> holds_ITB-ROUTE-1 $x41640)))
(assert
 (let (($x41415 (and (< 0.0 cerebral_child_l6_concentration_ug_ml) (>= 2000.0 cerebral_child_l6_concentration_ug_ml))))
 (let (($x41416 (not $x41415)))
 (let (($x41419 (and (< 0.0 cerebral_child_l6_refill_0_concentration_ug_ml) (>= 2000.0 cerebral_child_l6_refill_0_concentration_ug_ml))))
 (let (($x41409 (= 2000.0 cerebral_child_l6_refill_0_concentration_ug_ml)))
 (let (($x41408 (= 500.0 cerebral_child_l6_refill_0_concentration_ug_ml)))
 (let (($x41407 (= 50.0 cerebral_child_l6_refill_0_concentration_ug_ml)))
 (let (($x32926 (= cerebral_child_l6_refill_0_diluent 0)))
 (let (($x41402 (ite $x32926 true (ite (= cerebral_child_l6_refill_0_diluent 1) false false))))
 (let (($x41404 (ite $x32926 false (ite (= cerebral_child_l6_refill_0_diluent 1) true false))))
 (let (($x41421 (or (not (or $x41402 $x41404)) (and $x41402 (not (or $x41407 $x41408 $x41409))) $x41416 (not $x41419) $x41416 $x41416 $x41416 $x41416)))
 (let (($x41641 (not $x41421)))
 (=> holds_ITB-CONC-1 $x41641)))))))))))))
(assert
 (let (($x41642 (not (or (not cerebral_child_l6_screened_positive)))))
 (=> holds_ITB-SCR-6 $x41642)))
(assert
 (let (($x41448 (<= cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x41450 (and (ite (= cerebral_child_l6_step_2_phase 0) false true) (not $x41448))))
 (let ((?x41443 (* (/ 23.0 20.0) cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x32899 (= cerebral_child_l6_step_2_phase 0)))
 (let (($x40831 (ite $x32899 true false)))
 (let (($x41441 (> cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x41446 (and (and $x41441 $x40831) (not (<= cerebral_child_l6_step_2_daily_dose_ug ?x41443)))))
 (let ((?x41437 (* (+ 1.0 (ite (<= 18.0 cerebral_child_l6_age_years) (/ 1.0 5.0) (/ 3.0 20.0))) cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x41434 (> cerebral_child_l6_step_1_daily_dose_ug cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x41425 (<= 18.0 cerebral_child_l6_age_years)))
 (let (($x41427 (and $x41425 (ite (= cerebral_child_l6_step_0_phase 0) false true))))
 (let ((?x41430 (* (+ 1.0 (ite $x41427 (/ 1.0 5.0) (/ 3.0 20.0))) cerebral_child_l6_history_daily_dose_ug)))
 (let (($x41424 (> cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let (($x41451 (or (and $x41424 (not (<= cerebral_child_l6_step_0_daily_dose_ug ?x41430))) (and $x41434 (not (<= cerebral_child_l6_step_1_daily_dose_ug ?x41437))) $x41446 $x41450)))
 (let (($x41643 (not $x41451)))
 (=> holds_ITB-TITR-1 $x41643)))))))))))))))))
(assert
 (let ((?x41455 (ite cerebral_child_l6_programmable 24.0 48.0)))
 (let (($x41514 (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_last_increase_h) ?x41455)))
 (let (($x41441 (> cerebral_child_l6_step_2_daily_dose_ug cerebral_child_l6_step_1_daily_dose_ug)))
 (let (($x41510 (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_last_increase_h) ?x41455)))
 (let (($x41434 (> cerebral_child_l6_step_1_daily_dose_ug cerebral_child_l6_step_0_daily_dose_ug)))
 (let (($x41506 (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_last_increase_h) ?x41455)))
 (let (($x41424 (> cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
 (let (($x41503 (not (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_step_2_h) ?x41455))))
 (let (($x41504 (and $x41441 (and (< cerebral_child_l6_step_2_h cerebral_child_l6_step_2_h) $x41441) $x41503)))
 (let (($x41497 (not (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h) ?x41455))))
 (let (($x41498 (and $x41441 (and (< cerebral_child_l6_step_1_h cerebral_child_l6_step_2_h) $x41434) $x41497)))
 (let (($x41492 (not (>= (- cerebral_child_l6_step_2_h cerebral_child_l6_step_0_h) ?x41455))))
 (let (($x41493 (and $x41441 (and (< cerebral_child_l6_step_0_h cerebral_child_l6_step_2_h) $x41424) $x41492)))
 (let (($x41486 (not (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_step_2_h) ?x41455))))
 (let (($x41487 (and $x41434 (and (< cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h) $x41441) $x41486)))
 (let (($x41480 (not (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_step_1_h) ?x41455))))
 (let (($x41481 (and $x41434 (and (< cerebral_child_l6_step_1_h cerebral_child_l6_step_1_h) $x41434) $x41480)))
 (let (($x41474 (not (>= (- cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h) ?x41455))))
 (let (($x41475 (and $x41434 (and (< cerebral_child_l6_step_0_h cerebral_child_l6_step_1_h) $x41424) $x41474)))
 (let (($x41469 (not (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_step_2_h) ?x41455))))
 (let (($x41470 (and $x41424 (and (< cerebral_child_l6_step_2_h cerebral_child_l6_step_0_h) $x41441) $x41469)))
 (let (($x41463 (not (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_step_1_h) ?x41455))))
 (let (($x41464 (and $x41424 (and (< cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h) $x41434) $x41463)))
 (let (($x41457 (not (>= (- cerebral_child_l6_step_0_h cerebral_child_l6_step_0_h) ?x41455))))
 (let (($x41458 (and $x41424 (and (< cerebral_child_l6_step_0_h cerebral_child_l6_step_0_h) $x41424) $x41457)))
 (let (($x41517 (or $x41458 $x41464 $x41470 $x41475 $x41481 $x41487 $x41493 $x41498 $x41504 (and $x41424 (not $x41506)) (and $x41434 (not $x41510)) (and $x41441 (not $x41514)))))
 (let (($x41644 (not $x41517)))
 (=> holds_ITB-TITR-2 $x41644)))))))))))))))))))))))))))))
(assert
 (let ((?x41625 (ite (<= cerebral_child_l6_step_0_h w_0) cerebral_child_l6_step_0_daily_dose_ug cerebral_child_l6_history_daily_dose_ug)))
(let ((?x41626 (ite (<= cerebral_child_l6_step_1_h w_0) cerebral_child_l6_step_1_daily_dose_ug ?x41625)))
(let ((?x41627 (ite (<= cerebral_child_l6_step_2_h w_0) cerebral_child_l6_step_2_daily_dose_ug ?x41626)))
(let (($x41618 (and (<= (- w_0 24.0) cerebral_child_l6_bolus_0_h) (< cerebral_child_l6_bolus_0_h w_0))))
(let ((?x41287 (- cerebral_child_l6_end_h cerebral_child_l6_step_2_h)))
(let ((?x32962 (/ cerebral_child_l6_step_2_daily_dose_ug 24.0)))
(let ((?x41284 (- cerebral_child_l6_step_2_h cerebral_child_l6_step_1_h)))
(let ((?x32960 (/ cerebral_child_l6_step_1_daily_dose_ug 24.0)))
(let ((?x41281 (- cerebral_child_l6_step_1_h cerebral_child_l6_step_0_h)))
(let ((?x32958 (/ cerebral_child_l6_step_0_daily_dose_ug 24.0)))
(let ((?x41278 (- cerebral_child_l6_step_0_h cerebral_child_l6_since_h)))
(let ((?x32956 (/ cerebral_child_l6_history_daily_dose_ug 24.0)))
(let ((?x41535 (+ 0.0 (* ?x32956 ?x41278))))
(let ((?x41537 (+ ?x41535 (* ?x32958 ?x41281))))
(let ((?x41539 (+ ?x41537 (* ?x32960 ?x41284))))
(let ((?x41541 (+ ?x41539 (* ?x32962 ?x41287))))
(let ((?x41597 (ite (<= (- w_0 24.0) cerebral_child_l6_end_h) (+ ?x41539 (* ?x32962 (- (- w_0 24.0) cerebral_child_l6_step_2_h))) ?x41541)))
(let ((?x41602 (ite (<= (- w_0 24.0) cerebral_child_l6_step_2_h) (+ ?x41537 (* ?x32960 (- (- w_0 24.0) cerebral_child_l6_step_1_h))) ?x41597)))
(let ((?x41607 (ite (<= (- w_0 24.0) cerebral_child_l6_step_1_h) (+ ?x41535 (* ?x32958 (- (- w_0 24.0) cerebral_child_l6_step_0_h))) ?x41602)))
(let ((?x41612 (ite (<= (- w_0 24.0) cerebral_child_l6_step_0_h) (+ 0.0 (* ?x32956 (- (- w_0 24.0) cerebral_child_l6_since_h))) ?x41607)))
(let ((?x41567 (ite (<= w_0 cerebral_child_l6_end_h) (+ ?x41539 (* ?x32962 (- w_0 cerebral_child_l6_step_2_h))) ?x41541)))
(let ((?x41572 (ite (<= w_0 cerebral_child_l6_step_2_h) (+ ?x41537 (* ?x32960 (- w_0 cerebral_child_l6_step_1_h))) ?x41567)))
(let ((?x41577 (ite (<= w_0 cerebral_child_l6_step_1_h) (+ ?x41535 (* ?x32958 (- w_0 cerebral_child_l6_step_0_h))) ?x41572)))
(let ((?x41582 (ite (<= w_0 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x32956 (- w_0 cerebral_child_l6_since_h))) ?x41577)))
(let ((?x41584 (ite (<= w_0 cerebral_child_l6_since_h) 0.0 ?x41582)))
(let ((?x41615 (- ?x41584 (ite (<= (- w_0 24.0) cerebral_child_l6_since_h) 0.0 ?x41612))))
(let ((?x41629 (ite (>= (- w_0 24.0) cerebral_child_l6_since_h) (+ ?x41615 (+ 0.0 (ite $x41618 cerebral_child_l6_bolus_0_dose_ug 0.0))) (* 1.0 ?x41627))))
(let (($x32877 (= cerebral_child_l6_step_0_phase 0)))
(let ((?x1800 (+ w_0 24.0)))
(let (($x41524 (< cerebral_child_l6_step_0_h ?x1800)))
(let (($x41529 (ite (< cerebral_child_l6_step_1_h ?x1800) true (ite (and $x41524 $x32877) false (ite $x41524 true true)))))
(let (($x41522 (< cerebral_child_l6_step_2_h ?x1800)))
(let (($x41531 (ite (and $x41522 (= cerebral_child_l6_step_2_phase 0)) false (ite $x41522 false $x41529))))
(let (($x41425 (<= 18.0 cerebral_child_l6_age_years)))
(let (($x41588 (and (<= w_0 cerebral_child_l6_bolus_0_h) (< cerebral_child_l6_bolus_0_h ?x1800))))
(let (($x41521 (<= ?x1800 cerebral_child_l6_end_h)))
(let ((?x41550 (ite (<= ?x1800 cerebral_child_l6_step_2_h) (+ ?x41537 (* ?x32960 (- ?x1800 cerebral_child_l6_step_1_h))) (ite $x41521 (+ ?x41539 (* ?x32962 (- ?x1800 cerebral_child_l6_step_2_h))) ?x41541))))
(let ((?x41555 (ite (<= ?x1800 cerebral_child_l6_step_1_h) (+ ?x41535 (* ?x32958 (- ?x1800 cerebral_child_l6_step_0_h))) ?x41550)))
(let ((?x41560 (ite (<= ?x1800 cerebral_child_l6_step_0_h) (+ 0.0 (* ?x32956 (- ?x1800 cerebral_child_l6_since_h))) ?x41555)))
(let ((?x41591 (+ (- (ite (<= ?x1800 cerebral_child_l6_since_h) 0.0 ?x41560) ?x41584) (+ 0.0 (ite $x41588 cerebral_child_l6_bolus_0_dose_ug 0.0)))))
(let (($x41633 (not (<= ?x41591 (* (+ 1.0 (ite (and $x41425 $x41531) (/ 1.0 5.0) (/ 3.0 20.0))) ?x41629)))))
(let (($x41645 (not (or (and (<= cerebral_child_l6_since_h w_0) $x41521 $x41633)))))
(=> holds_ITB-TITR-3 $x41645))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
