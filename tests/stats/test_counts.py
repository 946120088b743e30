"""itastats.stats.counts held against R 4.2.2.

Every reference number below was printed by tests/stats/r_reference/counts_reference.R
(Rscript, R 4.2.2 Patched from Debian's r-base-core, sprintf("%.17g")) and pasted
here with the R call above it; the tests do not need R.  Direction: after versus
before (poisson.test(c(events_after, events_before), c(exposure_after, exposure_before)),
prop.test(c(x_after, x_before), c(n_after, n_before)), fisher.test(matrix(c(x_after,
n_after - x_after, x_before, n_before - x_before), 2)), mcnemar.test(matrix(c(both,
before_only, after_only, neither), 2)), binom.test(after_only, before_only + after_only)).

fisher.test's odds ratio and interval are roots that R finds with uniroot()'s
default tolerance (.Machine$double.eps^0.25, about 1.2e-4 on the scale it
searches), so R prints them to about four digits.  The "fisher_exact" numbers
below come from fisher_tight() in the R script: fisher.test's own code for a
2 x 2 table with every uniroot() call given tol = 1e-300 and maxiter = 10000,
i.e. the exact roots to double precision; itastats is held to those at 1e-9.
R's default, coarse numbers ("fisher_r_default") are checked to R's own
tolerance.  An interval end R gives as Inf is None in itastats.
"""
from __future__ import annotations

import dataclasses
import math
import pickle

import pytest

from itastats.i18n import catalog
from itastats.read import counts as read_counts
from itastats.stats import counts
from itastats.stats.counts import CountTest

inf = math.inf
nan = math.nan
TOL = 1e-9

RATES = {
    # poisson.test(c(45, 120), c(12, 12))
    # each side: poisson.test(120, 12)$conf.int, poisson.test(45, 12)$conf.int
    "complaints_year": dict(args=(120, 12, 45, 12), alternative="two-sided", confidence=0.95,
        pvalue=4.5692952094527645e-09, estimate=0.375, ci_low=0.26008283195048831, ci_high=0.53235759675224448,
        ci_before=(8.2909938021615588, 11.957548780779355), ci_after=(2.7352757323528718, 5.0177950414132342)),
    # poisson.test(c(45, 120), c(12, 12), alternative = "less")
    # each side: poisson.test(120, 12)$conf.int, poisson.test(45, 12)$conf.int
    "complaints_year_less": dict(args=(120, 12, 45, 12), alternative="less", confidence=0.95,
        pvalue=2.2846476047263822e-09, estimate=0.375, ci_low=0, ci_high=0.50509755123633826,
        ci_before=(8.2909938021615588, 11.957548780779355), ci_after=(2.7352757323528718, 5.0177950414132342)),
    # poisson.test(c(45, 120), c(12, 12), alternative = "greater")
    # each side: poisson.test(120, 12)$conf.int, poisson.test(45, 12)$conf.int
    "complaints_year_greater": dict(args=(120, 12, 45, 12), alternative="greater", confidence=0.95,
        pvalue=0.99999999916464988, estimate=0.375, ci_low=0.27566670509679941, ci_high=inf,
        ci_before=(8.2909938021615588, 11.957548780779355), ci_after=(2.7352757323528718, 5.0177950414132342)),
    # poisson.test(c(20, 35), c(6, 12))
    # each side: poisson.test(35, 12)$conf.int, poisson.test(20, 6)$conf.int
    "unequal_exposure": dict(args=(35, 12, 20, 6), alternative="two-sided", confidence=0.95,
        pvalue=0.66842404447680404, estimate=1.142857142857143, ci_low=0.6251486430505262, ci_high=2.0352563990418195,
        ci_before=(2.0315652002099793, 4.0563772807569221), ci_after=(2.0360865975673241, 5.1480629837790994)),
    # poisson.test(c(5, 0), c(12, 12))
    # each side: poisson.test(0, 12)$conf.int, poisson.test(5, 12)$conf.int
    "zero_before": dict(args=(0, 12, 5, 12), alternative="two-sided", confidence=0.95,
        pvalue=0.0625, estimate=inf, ci_low=0.9163558573154601, ci_high=inf,
        ci_before=(0, 0.3074066211761613), ci_after=(0.13529053250986842, 0.97236100661022229)),
    # poisson.test(c(4, 0), c(6, 6), alternative = "greater")
    # each side: poisson.test(0, 6)$conf.int, poisson.test(4, 6)$conf.int
    "zero_before_greater": dict(args=(0, 6, 4, 6), alternative="greater", confidence=0.95,
        pvalue=0.0625, estimate=inf, ci_low=0.89706813536381447, ci_high=inf,
        ci_before=(0, 0.6148132423523226), ci_after=(0.18164422893772089, 1.7069314459006162)),
    # poisson.test(c(0, 7), c(12, 12))
    # each side: poisson.test(7, 12)$conf.int, poisson.test(0, 12)$conf.int
    "zero_after": dict(args=(7, 12, 0, 12), alternative="two-sided", confidence=0.95,
        pvalue=0.015625000000000007, estimate=0, ci_low=0, ci_high=0.69381398009645256,
        ci_before=(0.23453025429332228, 1.2018896134751982), ci_after=(0, 0.3074066211761613)),
    # poisson.test(c(0, 7), c(12, 12), alternative = "less")
    # each side: poisson.test(7, 12)$conf.int, poisson.test(0, 12)$conf.int
    "zero_after_less": dict(args=(7, 12, 0, 12), alternative="less", confidence=0.95,
        pvalue=0.0078125000000000035, estimate=0, ci_low=0, ci_high=0.53412740463439079,
        ci_before=(0.23453025429332228, 1.2018896134751982), ci_after=(0, 0.3074066211761613)),
    # poisson.test(c(3, 3), c(10, 10))
    # each side: poisson.test(3, 10)$conf.int, poisson.test(3, 10)$conf.int
    "equal": dict(args=(3, 10, 3, 10), alternative="two-sided", confidence=0.95,
        pvalue=1, estimate=1, ci_low=0.13393758817773022, ci_high=7.4661640067240667,
        ci_before=(0.061867212289560158, 0.87672730697423229), ci_after=(0.061867212289560158, 0.87672730697423229)),
    # poisson.test(c(6, 2), c(1, 1))
    # each side: poisson.test(2, 1)$conf.int, poisson.test(6, 1)$conf.int
    "tie_rule": dict(args=(2, 1, 6, 1), alternative="two-sided", confidence=0.95,
        pvalue=0.28906250000000011, estimate=3, ci_low=0.5364386529003089, ci_high=30.393205749045606,
        ci_before=(0.24220927854396501, 7.2246876677239582), ci_after=(2.2018942534908512, 13.059474022518685)),
    # poisson.test(c(4, 10), c(260, 250))
    # each side: poisson.test(10, 250)$conf.int, poisson.test(4, 260)$conf.int
    "working_days": dict(args=(10, 250, 4, 260), alternative="two-sided", confidence=0.95,
        pvalue=0.11219929108511822, estimate=0.38461538461538464, ci_low=0.088049192828414211, ci_high=1.3334958534610963,
        ci_before=(0.019181554784529736, 0.073561424168071113), ci_after=(0.0041917898985627897, 0.039390725674629604)),
    # poisson.test(c(14, 5), c(6, 6), alternative = "greater")
    # each side: poisson.test(5, 6)$conf.int, poisson.test(14, 6)$conf.int
    "increase_greater": dict(args=(5, 6, 14, 6), alternative="greater", confidence=0.95,
        pvalue=0.031784057617187493, estimate=2.8000000000000003, ci_low=1.1017361772422432, ci_high=inf,
        ci_before=(0.27058106501973683, 1.9447220132204446), ci_after=(1.2756550460500999, 3.9149368536392628)),
    # poisson.test(c(45, 120), c(12, 12), conf.level = 0.9)
    # each side: poisson.test(120, 12, conf.level = 0.9)$conf.int, poisson.test(45, 12, conf.level = 0.9)$conf.int
    "conf90": dict(args=(120, 12, 45, 12), alternative="two-sided", confidence=0.9,
        pvalue=4.5692952094527645e-09, estimate=0.375, ci_low=0.27566670509679941, ci_high=0.50509755123633826,
        ci_before=(8.5473075107128995, 11.636985177705027), ci_after=(2.8802512677298129, 4.8079079045111177)),
    # poisson.test(c(20, 35), c(6, 12), alternative = "less", conf.level = 0.99)
    # each side: poisson.test(35, 12, conf.level = 0.99)$conf.int, poisson.test(20, 6, conf.level = 0.99)$conf.int
    "conf99_less": dict(args=(35, 12, 20, 6), alternative="less", confidence=0.99,
        pvalue=0.73534834459743337, estimate=1.142857142857143, ci_low=0, ci_high=2.2465814452034549,
        ci_before=(1.8031324810759777, 4.4436512466013953), ci_after=(1.7255446097475071, 5.7779997880750331)),
    # poisson.test(c(1320, 1500), c(365, 365))
    # each side: poisson.test(1500, 365)$conf.int, poisson.test(1320, 365)$conf.int
    "large": dict(args=(1500, 365, 1320, 365), alternative="two-sided", confidence=0.95,
        pvalue=0.00074679022096758169, estimate=0.87999999999999989, ci_low=0.81663776413373013, ci_high=0.9481936219789272,
        ci_before=(3.9042259404380721, 4.3229508140243915), ci_after=(3.4239528928491776, 3.8169270318395978)),
    # poisson.test(c(9, 18), c(4.25, 7.5))
    # each side: poisson.test(18, 7.5)$conf.int, poisson.test(9, 4.25)$conf.int
    "fractional_exposure": dict(args=(18, 7.5, 9, 4.25), alternative="two-sided", confidence=0.95,
        pvalue=0.84330338216669376, estimate=0.88235294117647067, ci_low=0.34919073412280399, ci_high=2.0683388836564682,
        ci_before=(1.4223921040532705, 3.7930347023370654), ci_after=(0.96832308173607828, 4.0199537532750984)),
    # poisson.test(c(2, 1), c(1, 1))
    # each side: poisson.test(1, 1)$conf.int, poisson.test(2, 1)$conf.int
    "one_two": dict(args=(1, 1, 2, 1), alternative="two-sided", confidence=0.95,
        pvalue=1, estimate=2, ci_low=0.1041175374539277, ci_high=117.99437388723099,
        ci_before=(0.025317807984289897, 5.5716433909388989), ci_after=(0.24220927854396501, 7.2246876677239582)),
    # poisson.test(c(11, 52), c(410, 400))
    # each side: poisson.test(52, 400)$conf.int, poisson.test(11, 410)$conf.int
    "per_document": dict(args=(52, 400, 11, 410), alternative="two-sided", confidence=0.95,
        pvalue=7.8669422517606968e-08, estimate=0.20637898686679174, ci_low=0.097100657355965458, ci_high=0.40037019117379641,
        ci_before=(0.09709021800115307, 0.17047770435218224), ci_after=(0.013393074066431315, 0.048004971983663304)),
}

# poisson.test(c(0, 0), c(12, 12)): p = 1, estimate = nan, conf.int = 0 to inf (no information)

PROPORTIONS = {
    # prop.test(c(8, 35), c(410, 400))
    # fisher_tight(matrix(c(8, 402, 35, 365), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(35, 400)$conf.int, binom.test(8, 410)$conf.int
    "returned_docs": dict(args=(35, 400, 8, 410), alternative="two-sided", confidence=0.95, min_expected=21.23456790123457,
        prop_test=dict(statistic=17.289808812686683, df=1, pvalue=3.2090331936072832e-05, estimate=-0.067987804878048771, ci_low=-0.10121510971641701, ci_high=-0.034760500039680536),
        fisher_exact=dict(pvalue=1.2997839577545484e-05, estimate=0.20788857342743608, ci_low=0.082213634438810052, ci_high=0.4637573098325905),
        fisher_r_default=dict(pvalue=1.2997839577545484e-05, estimate=0.20785951496452637, ci_low=0.082214583386510887, ci_high=0.46378415533813766),
        ci_before=(0.061703545763249761, 0.11959014333036544), ci_after=(0.0084607039710089139, 0.038083482417408554)),
    # prop.test(c(8, 35), c(410, 400), alternative = "less")
    # fisher_tight(matrix(c(8, 402, 35, 365), 2), alternative = "less")  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(35, 400)$conf.int, binom.test(8, 410)$conf.int
    "returned_docs_less": dict(args=(35, 400, 8, 410), alternative="less", confidence=0.95, min_expected=21.23456790123457,
        prop_test=dict(statistic=17.289808812686683, df=1, pvalue=1.6045165968036426e-05, estimate=-0.067987804878048771, ci_low=-1, ci_high=-0.039705539394943618),
        fisher_exact=dict(pvalue=9.1680364556461472e-06, estimate=0.20788857342743608, ci_low=0, ci_high=0.41580244968509156),
        fisher_r_default=dict(pvalue=9.1680364556461472e-06, estimate=0.20785951496452637, ci_low=0, ci_high=0.41580392700225088),
        ci_before=(0.061703545763249761, 0.11959014333036544), ci_after=(0.0084607039710089139, 0.038083482417408554)),
    # prop.test(c(45, 23), c(60, 60))
    # fisher_tight(matrix(c(45, 15, 23, 37), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(23, 60)$conf.int, binom.test(45, 60)$conf.int
    "on_time_groups": dict(args=(23, 60, 45, 60), alternative="two-sided", confidence=0.95, min_expected=26,
        prop_test=dict(statistic=14.966063348416288, df=1, pvalue=0.0001094621943549454, estimate=0.36666666666666664, ci_low=0.18526021977997878, ci_high=0.54807311355335453),
        fisher_exact=dict(pvalue=9.1943899379663934e-05, estimate=4.7570186485341024, ci_low=2.0662400940361394, ci_high=11.423797939125192),
        fisher_r_default=dict(pvalue=9.1943899379663934e-05, estimate=4.7570188004385781, ci_low=2.0662461471391667, ci_high=11.420830142592392),
        ci_before=(0.26070705801599925, 0.51788504856883866), ci_after=(0.62140364452045571, 0.85281392620099639)),
    # prop.test(c(45, 23), c(60, 60), alternative = "greater")
    # fisher_tight(matrix(c(45, 15, 23, 37), 2), alternative = "greater")  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(23, 60)$conf.int, binom.test(45, 60)$conf.int
    "on_time_groups_greater": dict(args=(23, 60, 45, 60), alternative="greater", confidence=0.95, min_expected=26,
        prop_test=dict(statistic=14.966063348416288, df=1, pvalue=5.4731097177472702e-05, estimate=0.36666666666666664, ci_low=0.21174601822508507, ci_high=1),
        fisher_exact=dict(pvalue=4.597194968983194e-05, estimate=4.7570186485341024, ci_low=2.3270187590443308, ci_high=inf),
        fisher_r_default=dict(pvalue=4.597194968983194e-05, estimate=4.7570188004385781, ci_low=2.3270131864853223, ci_high=inf),
        ci_before=(0.26070705801599925, 0.51788504856883866), ci_after=(0.62140364452045571, 0.85281392620099639)),
    # prop.test(c(1, 7), c(30, 31))
    # fisher_tight(matrix(c(1, 29, 7, 24), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(7, 31)$conf.int, binom.test(1, 30)$conf.int
    "small_expected": dict(args=(7, 31, 1, 30), alternative="two-sided", confidence=0.95, min_expected=3.9344262295081971,
        prop_test=dict(statistic=3.4114101491174678, df=1, pvalue=0.064747095204254868, estimate=-0.19247311827956989, ci_low=-0.38585866819514447, ci_high=0.00091243163600465693),
        fisher_exact=dict(pvalue=0.052885503814855572, estimate=0.12180991474738738, ci_low=0.0025378108174632908, ci_high=1.0550033033289852),
        fisher_r_default=dict(pvalue=0.052885503814855572, estimate=0.12182471534317618, ci_low=0.0025429898799398209, ci_high=1.0550032309073629),
        ci_before=(0.095942168345751103, 0.41096386613867331), ci_after=(0.00084357092663047903, 0.17216945563341268)),
    # prop.test(c(0, 6), c(25, 25))
    # fisher_tight(matrix(c(0, 25, 6, 19), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(6, 25)$conf.int, binom.test(0, 25)$conf.int
    "zero_after": dict(args=(6, 25, 0, 25), alternative="two-sided", confidence=0.95, min_expected=3,
        prop_test=dict(statistic=4.7348484848484853, df=1, pvalue=0.029557451560151601, estimate=-0.23999999999999999, ci_low=-0.4474135106727779, ci_high=-0.032586489327222051),
        fisher_exact=dict(pvalue=0.022289766970618043, estimate=0, ci_low=0, ci_high=0.74987144426701458),
        fisher_r_default=dict(pvalue=0.022289766970618043, estimate=0, ci_low=0, ci_high=0.7498566681371327),
        ci_before=(0.093564439331742869, 0.45128801781668637), ci_after=(0, 0.13718517153071252)),
    # prop.test(c(5, 0), c(20, 20))
    # fisher_tight(matrix(c(5, 15, 0, 20), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(0, 20)$conf.int, binom.test(5, 20)$conf.int
    "zero_before": dict(args=(0, 20, 5, 20), alternative="two-sided", confidence=0.95, min_expected=2.5,
        prop_test=dict(statistic=3.6571428571428575, df=1, pvalue=0.055829294639239975, estimate=0.25, ci_low=0.010227303217751005, ci_high=0.489772696782249),
        fisher_exact=dict(pvalue=0.047124047124047094, estimate=inf, ci_low=1.0241092017313695, ci_high=inf),
        fisher_r_default=dict(pvalue=0.047124047124047094, estimate=inf, ci_low=1.024083043516852, ci_high=inf),
        ci_before=(0, 0.16843347098308536), ci_after=(0.086571469101434567, 0.49104587170795755)),
    # prop.test(c(5, 0), c(20, 20), alternative = "greater")
    # fisher_tight(matrix(c(5, 15, 0, 20), 2), alternative = "greater")  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(0, 20)$conf.int, binom.test(5, 20)$conf.int
    "zero_before_greater": dict(args=(0, 20, 5, 20), alternative="greater", confidence=0.95, min_expected=2.5,
        prop_test=dict(statistic=3.6571428571428575, df=1, pvalue=0.02791464731962004, estimate=0.25, ci_low=0.040737732396702087, ci_high=1),
        fisher_exact=dict(pvalue=0.023562023562023544, estimate=inf, ci_low=1.3833480441079615, ci_high=inf),
        fisher_r_default=dict(pvalue=0.023562023562023544, estimate=inf, ci_low=1.3833572417289566, ci_high=inf),
        ci_before=(0, 0.16843347098308536), ci_after=(0.086571469101434567, 0.49104587170795755)),
    # prop.test(c(30, 30), c(100, 100))
    # fisher_tight(matrix(c(30, 70, 30, 70), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(30, 100)$conf.int, binom.test(30, 100)$conf.int
    "equal": dict(args=(30, 100, 30, 100), alternative="two-sided", confidence=0.95, min_expected=30,
        prop_test=dict(statistic=0, df=1, pvalue=1, estimate=0, ci_low=-0.12702018362022358, ci_high=0.12702018362022358),
        fisher_exact=dict(pvalue=1, estimate=1, ci_low=0.52202816029696308, ci_high=1.9156054712280963),
        fisher_r_default=dict(pvalue=1, estimate=1, ci_low=0.52202636776057543, ci_high=1.9156120490424051),
        ci_before=(0.21240642048953665, 0.39981467617980404), ci_after=(0.21240642048953665, 0.39981467617980404)),
    # prop.test(c(26, 25), c(50, 49))
    # fisher_tight(matrix(c(26, 24, 25, 24), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(25, 49)$conf.int, binom.test(26, 50)$conf.int
    "yates_capped": dict(args=(25, 49, 26, 50), alternative="two-sided", confidence=0.95, min_expected=23.757575757575758,
        prop_test=dict(statistic=2.4427815674627329e-32, df=1, pvalue=0.99999999999999989, estimate=0.0097959183673469452, ci_low=-0.19689509685367745, ci_high=0.21648693358837134),
        fisher_exact=dict(pvalue=0.99999999999999989, estimate=1.0395880372111017, ci_low=0.43928883955651682, ci_high=2.4626045287979341),
        fisher_r_default=dict(pvalue=0.99999999999999989, estimate=1.039610954258958, ci_low=0.43928908906209635, ci_high=2.4625472929278702),
        ci_before=(0.36337825813878211, 0.65575257691238131), ci_after=(0.37415194507909422, 0.66339490839654003)),
    # prop.test(c(8, 35), c(410, 400), conf.level = 0.99)
    # fisher_tight(matrix(c(8, 402, 35, 365), 2), conf.level = 0.99)  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(35, 400, conf.level = 0.99)$conf.int, binom.test(8, 410, conf.level = 0.99)$conf.int
    "conf99": dict(args=(35, 400, 8, 410), alternative="two-sided", confidence=0.99, min_expected=21.23456790123457,
        prop_test=dict(statistic=17.289808812686683, df=1, pvalue=3.2090331936072832e-05, estimate=-0.067987804878048771, ci_low=-0.11087990862479394, ci_high=-0.025095701131303605),
        fisher_exact=dict(pvalue=1.2997839577545484e-05, estimate=0.20788857342743608, ci_low=0.060363335193310511, ci_high=0.5716210682332622),
        fisher_r_default=dict(pvalue=1.2997839577545484e-05, estimate=0.20785951496452637, ci_low=0.060364991042611484, ci_high=0.57163377484057387),
        ci_before=(0.054958553101325788, 0.13023687176775911), ci_after=(0.0063051437618477932, 0.044730540146760589)),
    # prop.test(c(2, 9), c(30, 31), alternative = "less", conf.level = 0.9)
    # fisher_tight(matrix(c(2, 28, 9, 22), 2), alternative = "less", conf.level = 0.9)  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(9, 31, conf.level = 0.9)$conf.int, binom.test(2, 30, conf.level = 0.9)$conf.int
    "conf90_less": dict(args=(9, 31, 2, 30), alternative="less", confidence=0.9, min_expected=5.4098360655737707,
        prop_test=dict(statistic=3.7573435972629525, df=1, pvalue=0.026288021505362736, estimate=-0.22365591397849466, ci_low=-1, ci_high=-0.071185140379639078),
        fisher_exact=dict(pvalue=0.024360230393521559, estimate=0.17937076112134656, ci_low=0, ci_high=0.63144488669451171),
        fisher_r_default=dict(pvalue=0.024360230393521559, estimate=0.1793712484795183, ci_low=0, ci_high=0.63144414221977085),
        ci_before=(0.16061109125637785, 0.45190441721936847), ci_after=(0.011975800965209098, 0.1953260436549259)),
    # prop.test(c(1, 4), c(5, 6))
    # fisher_tight(matrix(c(1, 4, 4, 2), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(4, 6)$conf.int, binom.test(1, 5)$conf.int
    "tiny": dict(args=(4, 6, 1, 5), alternative="two-sided", confidence=0.95, min_expected=2.2727272727272725,
        prop_test=dict(statistic=0.88305555555555559, df=1, pvalue=0.34736615099528412, estimate=-0.46666666666666662, ci_low=-1, ci_high=0.23164524377498957),
        fisher_exact=dict(pvalue=0.24242424242424235, estimate=0.15530008736147746, ci_low=0.0020401656584498888, ci_high=3.077865684597155),
        fisher_r_default=dict(pvalue=0.24242424242424235, estimate=0.15529993972616246, ci_low=0.0020493174867207238, ci_high=3.078003316797143),
        ci_before=(0.22277809550351219, 0.95672813170725823), ci_after=(0.0050507633794680609, 0.71641793611808935)),
    # prop.test(c(3, 3), c(40, 8))
    # fisher_tight(matrix(c(3, 37, 3, 5), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(3, 8)$conf.int, binom.test(3, 40)$conf.int
    "three_each": dict(args=(3, 8, 3, 40), alternative="two-sided", confidence=0.95, min_expected=1,
        prop_test=dict(statistic=3.0857142857142859, df=1, pvalue=0.078982579263783173, estimate=-0.29999999999999999, ci_low=-0.72026116061564838, ci_high=0.12026116061564834),
        fisher_exact=dict(pvalue=0.049720686415822286, estimate=0.14417314106648388, ci_low=0.014645743372852389, ci_high=1.3680765561777057),
        fisher_r_default=dict(pvalue=0.049720686415822286, estimate=0.14420105809090839, ci_low=0.014671257201184239, ci_high=1.3680770395444015),
        ci_before=(0.085233414137253563, 0.75513678363344838), ci_after=(0.015742179851041538, 0.20386474873289895)),
    # prop.test(c(99, 90), c(100, 100))
    # fisher_tight(matrix(c(99, 1, 90, 10), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(90, 100)$conf.int, binom.test(99, 100)$conf.int
    "nearly_all": dict(args=(90, 100, 99, 100), alternative="two-sided", confidence=0.95, min_expected=5.5000000000000053,
        prop_test=dict(statistic=6.1568061568061516, df=1, pvalue=0.013090737001097818, estimate=0.089999999999999969, ci_low=0.018051494272473115, ci_high=0.16194850572752684),
        fisher_exact=dict(pvalue=0.0096581159435183382, estimate=10.901687448923592, ci_low=1.4983000530887391, ci_high=482.08094302288634),
        fisher_r_default=dict(pvalue=0.0096581159435183382, estimate=10.901573633642469, ci_low=1.4983002719874563, ci_high=480.99968743672622),
        ci_before=(0.82377740225997731, 0.95099531077851407), ci_after=(0.94554061460791938, 0.99974685396702256)),
    # prop.test(c(1000, 1100), c(5000, 5000))
    # fisher_tight(matrix(c(1000, 4000, 1100, 3900), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(1100, 5000)$conf.int, binom.test(1000, 5000)$conf.int
    "large": dict(args=(1100, 5000, 1000, 5000), alternative="two-sided", confidence=0.95, min_expected=1050,
        prop_test=dict(statistic=5.9077757685352621, df=1, pvalue=0.015074193086962138, estimate=-0.01999999999999999, ci_low=-0.036161376788624279, ci_high=-0.003838623211375701),
        fisher_exact=dict(pvalue=0.015061669203052724, estimate=0.88637432838865127, ci_low=0.80398024615862285, ci_high=0.97714117724783411),
        fisher_r_default=dict(pvalue=0.015061669203052724, estimate=0.88637524890518304, ci_low=0.8039765403309973, ci_high=0.97716595415173801),
        ci_before=(0.20858394407291736, 0.23174385283451726), ci_after=(0.18899037787843528, 0.2113609745636269)),
    # prop.test(c(15, 12), c(15, 15))
    # fisher_tight(matrix(c(15, 0, 12, 3), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(12, 15)$conf.int, binom.test(15, 15)$conf.int
    "all_after": dict(args=(12, 15, 15, 15), alternative="two-sided", confidence=0.95, min_expected=1.4999999999999996,
        prop_test=dict(statistic=1.4814814814814818, df=1, pvalue=0.22354287457132038, estimate=0.19999999999999996, ci_low=-0.069090876567732273, ci_high=0.46909087656773218),
        fisher_exact=dict(pvalue=0.22413793103448276, estimate=inf, ci_low=0.43181459685936502, ci_high=inf),
        fisher_r_default=dict(pvalue=0.22413793103448276, estimate=inf, ci_low=0.43181401988550161, ci_high=inf),
        ci_before=(0.519108866193147, 0.95668799489416334), ci_after=(0.78198063908946602, 1)),
    # prop.test(c(1, 1), c(2, 2))
    # fisher_tight(matrix(c(1, 1, 1, 1), 2))  [= fisher.test with uniroot tol 1e-300]
    # each side: binom.test(1, 2)$conf.int, binom.test(1, 2)$conf.int
    "one_of_each": dict(args=(1, 2, 1, 2), alternative="two-sided", confidence=0.95, min_expected=1,
        prop_test=dict(statistic=0, df=1, pvalue=1, estimate=0, ci_low=-0.9799819922700268, ci_high=0.9799819922700268),
        fisher_exact=dict(pvalue=1, estimate=1, ci_low=0.0064000163579110364, ci_high=156.24960063795825),
        fisher_r_default=dict(pvalue=1, estimate=1, ci_low=0.0064129908998511141, ci_high=155.93348183656653),
        ci_before=(0.012579117093425058, 0.98742088290657493), ci_after=(0.012579117093425058, 0.98742088290657493)),
}

# prop.test(c(0, 0), c(10, 12)): X-squared = nan, p = nan (R cannot test: no events at all)
# fisher.test(matrix(c(0, 10, 0, 12), 2)): p = 1, odds ratio = 0, conf.int = 0 to inf (no information)
# prop.test(c(15, 12), c(15, 12)): X-squared = nan, p = nan (every case an event on both sides)

PAIRED = {
    # mcnemar.test(matrix(c(20, 3, 25, 12), 2)); binom.test(25, 28)
    # each side: binom.test(23, 60)$conf.int, binom.test(45, 60)$conf.int
    "on_time_requests": dict(args=(20, 3, 25, 12),
        mcnemar=dict(statistic=15.75, df=1, pvalue=7.2287938826180528e-05),
        mcnemar_exact=dict(pvalue=2.7440488338470503e-05),
        ci_before=(0.26070705801599925, 0.51788504856883866), ci_after=(0.62140364452045571, 0.85281392620099639)),
    # mcnemar.test(matrix(c(30, 10, 10, 10), 2)); binom.test(10, 20)
    # each side: binom.test(40, 60)$conf.int, binom.test(40, 60)$conf.int
    "equal_discordant": dict(args=(30, 10, 10, 10),
        mcnemar=dict(statistic=0, df=1, pvalue=1),
        mcnemar_exact=dict(pvalue=1),
        ci_before=(0.53312732525716944, 0.78313055456882985), ci_after=(0.53312732525716944, 0.78313055456882985)),
    # mcnemar.test(matrix(c(15, 0, 9, 6), 2)); binom.test(9, 9)
    # each side: binom.test(15, 30)$conf.int, binom.test(24, 30)$conf.int
    "zero_before_only": dict(args=(15, 0, 9, 6),
        mcnemar=dict(statistic=7.1111111111111107, df=1, pvalue=0.0076607611351794886),
        mcnemar_exact=dict(pvalue=0.0039062500000000035),
        ci_before=(0.3129702858680275, 0.68702971413197256), ci_after=(0.6143334890033928, 0.92286448799893439)),
    # mcnemar.test(matrix(c(10, 5, 6, 9), 2)); binom.test(6, 11)
    # each side: binom.test(15, 30)$conf.int, binom.test(16, 30)$conf.int
    "differ_by_one": dict(args=(10, 5, 6, 9),
        mcnemar=dict(statistic=0, df=1, pvalue=1),
        mcnemar_exact=dict(pvalue=1),
        ci_before=(0.3129702858680275, 0.68702971413197256), ci_after=(0.34325523816073417, 0.71658192081646277)),
    # mcnemar.test(matrix(c(40, 2, 30, 28), 2)); binom.test(30, 32)
    # each side: binom.test(42, 100)$conf.int, binom.test(70, 100)$conf.int
    "many_discordant": dict(args=(40, 2, 30, 28),
        mcnemar=dict(statistic=22.78125, df=1, pvalue=1.8152814274403566e-06),
        mcnemar_exact=dict(pvalue=2.4633482098579439e-07),
        ci_before=(0.32198553935479696, 0.52288080427608619), ci_after=(0.60018532382019596, 0.78759357951046338)),
    # mcnemar.test(matrix(c(0, 12, 13, 0), 2)); binom.test(13, 25)
    # each side: binom.test(12, 25)$conf.int, binom.test(13, 25)$conf.int
    "boundary_25": dict(args=(0, 12, 13, 0),
        mcnemar=dict(statistic=0, df=1, pvalue=1),
        mcnemar_exact=dict(pvalue=1),
        ci_before=(0.2779680096699465, 0.6869429555429678), ci_after=(0.3130570444570322, 0.7220319903300535)),
    # mcnemar.test(matrix(c(12, 7, 17, 24), 2)); binom.test(17, 24)
    # each side: binom.test(19, 60)$conf.int, binom.test(29, 60)$conf.int
    "below_25": dict(args=(12, 7, 17, 24),
        mcnemar=dict(statistic=3.375, df=1, pvalue=0.06619257972219339),
        mcnemar_exact=dict(pvalue=0.063914656639099204),
        ci_before=(0.20257550711897168, 0.44955968776405253), ci_after=(0.35231293000212627, 0.61605398266840306)),
    # mcnemar.test(matrix(c(100, 40, 60, 200), 2)); binom.test(60, 100)
    # each side: binom.test(140, 400)$conf.int, binom.test(160, 400)$conf.int
    "large": dict(args=(100, 40, 60, 200),
        mcnemar=dict(statistic=3.6099999999999999, df=1, pvalue=0.057433119632003746),
        mcnemar_exact=dict(pvalue=0.056887933640980867),
        ci_before=(0.30326977200531918, 0.39896866247189733), ci_after=(0.35163714799636625, 0.4498538382728331)),
    # mcnemar.test(matrix(c(5, 1, 0, 4), 2)); binom.test(0, 1)
    # each side: binom.test(6, 10)$conf.int, binom.test(5, 10)$conf.int
    "tiny": dict(args=(5, 1, 0, 4),
        mcnemar=dict(statistic=0, df=1, pvalue=1),
        mcnemar_exact=dict(pvalue=1),
        ci_before=(0.26237807660694507, 0.87844774188017283), ci_after=(0.18708602844739858, 0.81291397155260148)),
    # mcnemar.test(matrix(c(30, 14, 4, 12), 2)); binom.test(4, 18)
    # each side: binom.test(44, 60)$conf.int, binom.test(34, 60)$conf.int
    "worse": dict(args=(30, 14, 4, 12),
        mcnemar=dict(statistic=4.5, df=1, pvalue=0.033894853524689267),
        mcnemar_exact=dict(pvalue=0.030883789062499993),
        ci_before=(0.60338965997450444, 0.83925354840958466), ci_after=(0.43240965355461564, 0.69411857315782721)),
    # mcnemar.test(matrix(c(8, 0, 1, 3), 2)); binom.test(1, 1)
    # each side: binom.test(8, 12)$conf.int, binom.test(9, 12)$conf.int
    "one_discordant": dict(args=(8, 0, 1, 3),
        mcnemar=dict(statistic=0, df=1, pvalue=1),
        mcnemar_exact=dict(pvalue=1),
        ci_before=(0.3488755064188141, 0.90075390885041673), ci_after=(0.42814153812181088, 0.94513935547200723)),
}

# mcnemar.test(matrix(c(50, 0, 0, 10), 2)): McNemar's chi-squared = nan, p = nan (no case changed)
# binom.test(0, 0) -> error: 'n' must be a positive integer >= 'x'

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def close(ours, r, tol=TOL):
    """R's number (Inf -> None in itastats) against ours."""
    if r is None or (isinstance(r, float) and math.isinf(r)):
        return ours is None
    return ours is not None and abs(ours - r) <= tol


def pair_close(ours, r):
    return ours is not None and close(ours[0], r[0]) and close(ours[1], r[1])


MAX_DIFF = []


def diff(ours, r):
    if ours is None or r is None or (isinstance(r, float) and math.isinf(r)):
        return 0.0
    return abs(ours - r)


# ---------------------------------------------------------------------------
# every number against R
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(RATES))
def test_rates_match_poisson_test(name):
    ref = RATES[name]
    eb, tb, ea, ta = ref["args"]
    r = counts.rates(eb, tb, ea, ta, alternative=ref["alternative"], confidence=ref["confidence"])
    assert r.error is None and r.name == "poisson_exact"
    assert r.statistic is None and r.df is None             # an exact test: no X-squared
    for field in ("pvalue", "estimate", "ci_low", "ci_high"):
        assert close(getattr(r, field), ref[field]), (field, getattr(r, field), ref[field])
    assert pair_close(r.ci_before, ref["ci_before"]) and pair_close(r.ci_after, ref["ci_after"])
    assert r.rate_before == eb / tb and r.rate_after == ea / ta
    assert r.chosen_reason == "counts.reason.poisson" and r.check is None


@pytest.mark.parametrize("name", sorted(PROPORTIONS))
@pytest.mark.parametrize("method", ["prop_test", "fisher_exact"])
def test_proportions_match_prop_test_and_fisher_test(name, method):
    ref = PROPORTIONS[name]
    xb, nb, xa, na = ref["args"]
    r = counts.proportions(xb, nb, xa, na, method=method, alternative=ref["alternative"],
                           confidence=ref["confidence"])
    assert r.error is None and r.name == method
    want = ref[method]
    for field, value in want.items():
        assert close(getattr(r, field), value), (field, getattr(r, field), value)
    if method == "fisher_exact":
        assert r.statistic is None and r.df is None
    assert close(r.min_expected, ref["min_expected"])
    assert pair_close(r.ci_before, ref["ci_before"]) and pair_close(r.ci_after, ref["ci_after"])
    assert r.rate_before == xb / nb and r.rate_after == xa / na
    assert r.check is not None and r.check.name != method     # the other test rides along, as computed
    other = "fisher_exact" if method == "prop_test" else "prop_test"
    for field, value in ref[other].items():
        assert close(getattr(r.check, field), value), (other, field)


@pytest.mark.parametrize("name", sorted(PROPORTIONS))
def test_fisher_estimates_are_the_roots_r_approximates(name):
    """R's printed odds ratio and interval (uniroot, tol ~1.2e-4 on the scale it
    searches: t in (0, 1) for values up to 1, 1/t above) are within that
    tolerance of the exact roots itastats finds."""
    ref = PROPORTIONS[name]
    r = counts.proportions(*ref["args"], method="fisher_exact", alternative=ref["alternative"],
                           confidence=ref["confidence"])
    coarse = ref["fisher_r_default"]
    assert close(r.pvalue, coarse["pvalue"])                  # the p-value needs no root: exact in R too
    for field in ("estimate", "ci_low", "ci_high"):
        ours, theirs = getattr(r, field), coarse[field]
        if theirs in (0, inf):
            assert ours == theirs or (ours is None and theirs == inf)
            continue
        scale_diff = abs(ours - theirs) if theirs <= 1 else abs(1 / ours - 1 / theirs)
        assert scale_diff <= 1.3e-4, (field, ours, theirs)


@pytest.mark.parametrize("name", sorted(PAIRED))
@pytest.mark.parametrize("method", ["mcnemar", "mcnemar_exact"])
def test_paired_proportions_match_mcnemar_and_binom_test(name, method):
    ref = PAIRED[name]
    a, b, c, d = ref["args"]
    r = counts.paired_proportions(a, b, c, d, method=method)
    assert r.error is None and r.name == method
    for field, value in ref[method].items():
        assert close(getattr(r, field), value), (field, getattr(r, field), value)
    if method == "mcnemar_exact":
        assert r.statistic is None and r.df is None
    n = a + b + c + d
    assert close(r.estimate, (c - b) / n) and r.ci_low is None and r.ci_high is None
    assert close(r.rate_before, (a + b) / n) and close(r.rate_after, (a + c) / n)
    assert pair_close(r.ci_before, ref["ci_before"]) and pair_close(r.ci_after, ref["ci_after"])
    assert r.discordant == b + c


def test_max_difference_from_r_is_reported():
    """Not a timing: the largest absolute difference from R over every number above
    (printed with -s; the assertion is the 1e-9 of the issue)."""
    worst = 0.0
    n = 0
    for ref in RATES.values():
        r = counts.rates(*ref["args"], alternative=ref["alternative"], confidence=ref["confidence"])
        for f in ("pvalue", "estimate", "ci_low", "ci_high"):
            worst, n = max(worst, diff(getattr(r, f), ref[f])), n + 1
        for ours, theirs in ((r.ci_before, ref["ci_before"]), (r.ci_after, ref["ci_after"])):
            worst, n = max(worst, diff(ours[0], theirs[0]), diff(ours[1], theirs[1])), n + 2
    for ref in PROPORTIONS.values():
        for method in ("prop_test", "fisher_exact"):
            r = counts.proportions(*ref["args"], method=method, alternative=ref["alternative"],
                                   confidence=ref["confidence"])
            for f, v in ref[method].items():
                worst, n = max(worst, diff(getattr(r, f), v)), n + 1
    for ref in PAIRED.values():
        for method in ("mcnemar", "mcnemar_exact"):
            r = counts.paired_proportions(*ref["args"], method=method)
            for f, v in ref[method].items():
                worst, n = max(worst, diff(getattr(r, f), v)), n + 1
    print(f"counts vs R: {n} numbers, max abs difference {worst:.2e}")
    assert n > 300 and worst <= TOL


# ---------------------------------------------------------------------------
# R's own rules
# ---------------------------------------------------------------------------

def test_prop_test_caps_its_continuity_correction():
    # 26/50 vs 25/49: |p_a - p_b| / (1/50 + 1/49) = 0.2425 < 0.5, so R uses 0.2425, not 0.5
    ref = PROPORTIONS["yates_capped"]
    r = counts.proportions(*ref["args"], method="prop_test")
    assert close(r.statistic, ref["prop_test"]["statistic"])
    assert r.statistic < 1e-12           # with the cap the corrected statistic is 0, the p-value 1
    assert close(r.pvalue, 1.0)


def test_mcnemar_skips_the_correction_when_discordant_counts_are_equal():
    # mcnemar.test(matrix(c(30, 10, 10, 10), 2)): statistic 0, p = 1 (no correction: it would give 0.05)
    r = counts.paired_proportions(30, 10, 10, 10, method="mcnemar")
    assert r.statistic == 0 and r.pvalue == 1
    # mcnemar.test(matrix(c(10, 5, 6, 9), 2)): (|6 - 5| - 1)^2 / 11 = 0, corrected
    assert counts.paired_proportions(10, 5, 6, 9, method="mcnemar").statistic == 0


def test_two_sided_exact_p_counts_ties_with_rs_relative_tolerance():
    # poisson.test(c(6, 2), c(1, 1)): binom.test(6, 8, 0.5): P(X<=2) + P(X>=6), the tie at 2 included
    ref = RATES["tie_rule"]
    r = counts.rates(*ref["args"])
    assert close(r.pvalue, ref["pvalue"])
    assert close(r.pvalue, 2 * (1 + 8 + 28) / 256)
    p, _, _ = counts.binom_test(3, 8, 0.5)      # dbinom(5) == dbinom(3): both tails
    assert close(p, 2 * (1 + 8 + 28 + 56) / 256)


def test_inf_from_r_is_none_and_one_sided_prop_interval_ends_at_one():
    zero_before = counts.rates(0, 12, 5, 12)
    assert zero_before.estimate is None and zero_before.ci_high is None     # R: Inf
    assert zero_before.ci_low is not None
    greater = counts.proportions(23, 60, 45, 60, method="prop_test", alternative="greater")
    assert greater.ci_high == 1.0                                          # R: 1, a number
    less = counts.proportions(35, 400, 8, 410, method="prop_test", alternative="less")
    assert less.ci_low == -1.0
    fisher_greater = counts.proportions(23, 60, 45, 60, method="fisher_exact", alternative="greater")
    assert fisher_greater.ci_high is None                                  # R: Inf
    everyone_after = counts.proportions(12, 15, 15, 15, method="fisher_exact")
    assert everyone_after.estimate is None                                 # R: odds ratio Inf


# ---------------------------------------------------------------------------
# choosing the test
# ---------------------------------------------------------------------------

def test_auto_uses_fisher_when_an_expected_count_is_under_5():
    r = counts.proportions(7, 31, 1, 30)            # smallest expected count 3.93 (R's E in prop.test)
    ref = PROPORTIONS["small_expected"]
    assert ref["min_expected"] < 5
    assert r.name == "fisher_exact" and r.chosen_reason == "counts.reason.small_expected"
    assert r.check.name == "prop_test"
    assert close(r.reason_params["min_expected"], ref["min_expected"])


def test_auto_uses_prop_test_when_every_expected_count_is_5_or_more():
    r = counts.proportions(35, 400, 8, 410)
    assert PROPORTIONS["returned_docs"]["min_expected"] >= 5
    assert r.name == "prop_test" and r.chosen_reason == "counts.reason.large_expected"
    assert r.check.name == "fisher_exact"


def test_auto_uses_exact_mcnemar_below_25_discordant_pairs():
    below = counts.paired_proportions(12, 7, 17, 24)         # 24 discordant
    assert below.name == "mcnemar_exact" and below.chosen_reason == "counts.reason.few_discordant"
    at = counts.paired_proportions(0, 12, 13, 0)             # 25 discordant
    assert at.name == "mcnemar" and at.chosen_reason == "counts.reason.many_discordant"
    assert at.check.name == "mcnemar_exact"


def test_user_choice_is_the_headline():
    r = counts.proportions(35, 400, 8, 410, method="fisher_exact")
    assert r.name == "fisher_exact" and r.chosen_reason == "counts.reason.user_choice"
    r = counts.paired_proportions(12, 7, 17, 24, method="mcnemar")
    assert r.name == "mcnemar" and r.chosen_reason == "counts.reason.user_choice"


# ---------------------------------------------------------------------------
# bad input: a message key, never an exception, never NaN
# ---------------------------------------------------------------------------

NUMBERS = ("statistic", "df", "pvalue", "estimate", "ci_low", "ci_high", "rate_before", "rate_after")


def no_numbers(r: CountTest) -> bool:
    return all(getattr(r, f) is None for f in NUMBERS) and r.ci_before is None and r.ci_after is None


@pytest.mark.parametrize("call, key, side", [
    (lambda: counts.proportions(35, 30, 8, 410), "counts.error.x_above_n", "before"),
    (lambda: counts.proportions(35, 400, 411, 410), "counts.error.x_above_n", "after"),
    (lambda: counts.proportions(-1, 400, 8, 410), "counts.error.negative", "before"),
    (lambda: counts.rates(120, 12, -3, 12), "counts.error.negative", "after"),
    (lambda: counts.rates(120, -12, 3, 12), "counts.error.negative", "before"),
    (lambda: counts.rates(12.5, 12, 3, 12), "counts.error.not_whole", "before"),
    (lambda: counts.proportions(35, 400.5, 8, 410), "counts.error.not_whole", "before"),
    (lambda: counts.paired_proportions(20, 3.5, 25, 12), "counts.error.not_whole", "before_only"),
    (lambda: counts.rates(120, 0, 45, 12), "counts.error.zero_exposure", "before"),
    (lambda: counts.rates(120, 12, 45, 0.0), "counts.error.zero_exposure", "after"),
    (lambda: counts.proportions(0, 0, 8, 410), "counts.error.zero_total", "before"),
    (lambda: counts.rates(0, 12, 0, 12), "counts.error.no_events", None),
    (lambda: counts.proportions(0, 10, 0, 12), "counts.error.no_contrast", None),
    (lambda: counts.proportions(15, 15, 12, 12), "counts.error.no_contrast", None),
    (lambda: counts.paired_proportions(50, 0, 0, 10), "counts.error.no_discordant", None),
    (lambda: counts.paired_proportions(0, 0, 0, 0), "counts.error.no_cases", None),
    (lambda: counts.rates(nan, 12, 3, 12), "counts.error.not_a_number", "before"),
    (lambda: counts.rates(120, inf, 3, 12), "counts.error.not_a_number", "before"),
    (lambda: counts.proportions("35", 400, 8, 410), "counts.error.not_a_number", "before"),
    (lambda: counts.proportions(None, 400, 8, 410), "counts.error.not_a_number", "before"),
    (lambda: counts.proportions(True, 400, 8, 410), "counts.error.not_a_number", "before"),
    (lambda: counts.proportions(35, 400, 8, 410, method="t-test"), "counts.error.bad_method", None),
    (lambda: counts.paired_proportions(1, 2, 3, 4, method="prop_test"), "counts.error.bad_method", None),
    (lambda: counts.rates(1, 2, 3, 4, alternative="up"), "counts.error.bad_alternative", None),
    (lambda: counts.rates(1, 2, 3, 4, confidence=95), "counts.error.bad_confidence", None),
    (lambda: counts.proportions(1, 2, 1, 4, confidence=True), "counts.error.bad_confidence", None),
])
def test_bad_input_gives_a_message_key_and_no_numbers(call, key, side):
    r = call()                                   # never raises
    assert r.error == key
    assert no_numbers(r), r
    if side:
        assert r.error_params["side"] == side
    for lang in ("th", "en"):
        text = catalog.t(key, lang, **dict(r.error_params))
        assert text != key and "{" not in text


def test_r_refuses_or_says_nothing_where_itastats_sets_error():
    # R: poisson.test(c(0, 0), c(12, 12)) p = 1, estimate NaN; prop.test(c(0, 0), c(10, 12)) X-squared NaN;
    # mcnemar.test(matrix(c(50, 0, 0, 10), 2)) NaN; binom.test(0, 0) stops: see the R script's comments.
    assert counts.rates(0, 12, 0, 12).error == "counts.error.no_events"
    assert counts.proportions(0, 10, 0, 12).error == "counts.error.no_contrast"
    assert counts.paired_proportions(50, 0, 0, 10).error == "counts.error.no_discordant"


def test_numpy_and_float_counts_are_accepted():
    import numpy as np
    r = counts.proportions(np.int64(35), np.float64(400.0), 8.0, np.int32(410))
    assert r.error is None and r.counts == (35, 400, 8, 410)
    assert close(r.statistic, PROPORTIONS["returned_docs"]["prop_test"]["statistic"])
    # R's rule: within 1e-7 of a whole number is that number
    assert counts.rates(120 + 1e-9, 12, 45, 12).error is None


def test_result_is_frozen_picklable_and_never_nan():
    r = counts.proportions(35, 400, 8, 410)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.pvalue = 0.5
    assert pickle.loads(pickle.dumps(r)) == r
    d = r.to_dict()
    assert d["label"] == "chi-square test of two proportions" and d["check"]["name"] == "fisher_exact"
    for t in (r, r.check, counts.rates(0, 12, 5, 12), counts.paired_proportions(5, 1, 0, 4)):
        for f in NUMBERS + ("min_expected",):
            v = getattr(t, f)
            assert v is None or math.isfinite(v)
    assert "p = " in str(r) and "no test" in str(counts.rates(0, 1, 0, 1))


def test_kind_names_are_the_same_in_read_and_stats():
    assert (read_counts.RATES, read_counts.PROPORTIONS, read_counts.PAIRED_PROPORTIONS) == counts.KINDS


def test_every_key_a_result_can_carry_is_in_both_languages():
    keys = {"counts.reason.poisson", "counts.reason.large_expected", "counts.reason.small_expected",
            "counts.reason.few_discordant", "counts.reason.many_discordant", "counts.reason.user_choice"}
    keys |= {k for k in catalog.CATALOG if k.startswith("counts.error.")}
    assert len(keys) > 15
    for key in keys:
        assert catalog.has(key)
        assert catalog.CATALOG[key]["th"] and catalog.CATALOG[key]["en"]
