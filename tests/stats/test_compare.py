"""itastats.stats.compare held against R 4.2.2.

Every reference number below was printed by tests/stats/r_reference/compare_reference.R
(Rscript, R 4.2.2, sprintf("%.17g")) and pasted here with the R call above
it; the tests do not need R.  The data are written here with the same
formulas as in the R script (all doubles, so R and numpy compute the same
floating-point values).  Direction: after − before.
"""
from __future__ import annotations

import dataclasses
import math
import time
import tracemalloc

import numpy as np
import pytest

from itastats.stats import compare, rank
from itastats.i18n import catalog

nan = math.nan

# ---------------------------------------------------------------------------
# Data (same formulas as compare_reference.R)
# ---------------------------------------------------------------------------
sleep_before = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
sleep_after = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
sleep_before_na = [0.7, -1.6, nan, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, nan]
sleep_after_na = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, nan, 1.6, 4.6, nan]
sleep_after_na2 = [1.9, nan, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
b8 = np.array([12.1, 14.3, 9.8, 11.0, 15.2, 13.3, 10.4, 12.9])
a8 = b8 + np.array([-1.9, -0.4, -0.7, 0.8, -3.2, -2.2, -1.1, -0.25])
b4, a4 = [5, 7, 9, 4], [4.5, 5.8, 6.1, 3.0]
b2, a2 = [3, 5], [2, 4.5]
b3t, a3t = [1, 2, 3], [2, 3, 5]
bz, az = [10, 12, 15, 11, 14, 13, 9], [10, 11.5, 12.2, 11, 13.1, 9.6, 7.3]


def seq(n):
    return np.arange(1, n + 1, dtype=float)


def _pairs(n, mod, div, shift):
    i = seq(n)
    before = ((i * 7919) % 1000) / 10
    return before, before + shift + ((i * 104729) % mod) / div


i40 = seq(40)
bint, aint = 5 + (i40 * 7) % 11, 3 + (i40 * 5) % 9
b60, a60 = _pairs(60, 97, 10, -5)
b2k, a2k = _pairs(2000, 997, 50, -3)
b1e5, a1e5 = _pairs(100000, 997, 50, -3)
bconst = np.array([1, 2, 3, 4, 5.0])
aconst = bconst + 2
bi5, ai6 = [12.1, 14.3, 9.8, 11.0, 15.2], [10.2, 13.9, 9.1, 11.8, 12.05, 11.1]
bi2, ai3 = [3.1, 4.2], [2.0, 2.5, 2.8]
bti, ati = [1, 2, 2], [2, 3, 3, 4]
bint20, aint25 = 5 + (seq(20) * 7) % 11, 3 + (seq(25) * 5) % 9
a60i, b45i = ((seq(60) * 7919) % 1000) / 10, ((seq(45) * 104729) % 997) / 10 + 2
a2ki, b1500i = ((seq(2000) * 7919) % 1000) / 10, ((seq(1500) * 104729) % 997) / 10 + 2
k5e4 = seq(50000)
a5e4 = ((k5e4 * 7919) % 1000) / 10 + ((k5e4 * 31) % 7) / 1000
b5e4 = ((k5e4 * 104729) % 997) / 10
bconst8, aone6 = [5.0] * 8, [3, 4, 4.5, 3.2, 5.1, 2.9]
bc6, ac7 = [5.0] * 6, [3.0] * 7
outlier = [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 9]

PAIRED_DATA = {
    "sleep": (sleep_before, sleep_after), "sleep_na": (sleep_before_na, sleep_after_na),
    "n8": (b8, a8), "n4": (b4, a4), "n2": (b2, a2), "n3_ties": (b3t, a3t), "zeros": (bz, az),
    "int40": (bint, aint), "n60": (b60, a60), "n2000": (b2k, a2k), "n100000": (b1e5, a1e5),
    "const": (bconst, aconst),
}
INDEPENDENT_DATA = {
    "sleep": (sleep_before, sleep_after), "sleep_na": (sleep_before_na, sleep_after_na2),
    "n5_6": (bi5, ai6), "n2_3": (bi2, ai3), "n3_4_ties": (bti, ati), "int": (bint20, aint25),
    "n60_45": (b45i, a60i), "n2000_1500": (b1500i, a2ki), "n50000": (b5e4, a5e4),
    "one_constant": (bconst8, aone6), "both_constant_no_ci": (bc6, ac7),
}

# ---------------------------------------------------------------------------
# Reference numbers from R 4.2.2 (tests/stats/r_reference/compare_reference.R)
# Names: <data>[_<alternative>][_conf90|_conf99]; ±inf is an open interval
# side (None in our results), NaN is "R gives no number" (None as well).
# ---------------------------------------------------------------------------
PAIRED_T = {
    # t.test(sleep_after, sleep_before, paired = TRUE, alternative = "two.sided")
    "sleep_two.sided": dict(statistic=4.0621276833820366, df=9, pvalue=0.0028328901973842702, ci_low=0.70011423672301754, ci_high=2.4598857632769824, estimate=1.5800000000000001),
    # t.test(sleep_after, sleep_before, paired = TRUE, alternative = "less")
    "sleep_less": dict(statistic=4.0621276833820366, df=9, pvalue=0.99858355490130779, ci_low=-math.inf, ci_high=2.2930052670292835, estimate=1.5800000000000001),
    # t.test(sleep_after, sleep_before, paired = TRUE, alternative = "greater")
    "sleep_greater": dict(statistic=4.0621276833820366, df=9, pvalue=0.0014164450986921351, ci_low=0.8669947329707165, ci_high=math.inf, estimate=1.5800000000000001),
    # t.test(sleep_after, sleep_before, paired = TRUE, conf.level = 0.90)
    "sleep_conf90": dict(statistic=4.0621276833820366, df=9, pvalue=0.0028328901973842702, ci_low=0.8669947329707165, ci_high=2.2930052670292835, estimate=1.5800000000000001),
    # t.test(sleep_after_na, sleep_before_na, paired = TRUE)
    "sleep_na": dict(statistic=2.8527713985955829, df=6, pvalue=0.029075788093906939, ci_low=0.22966202962443211, ci_high=2.9989093989469966, estimate=1.6142857142857143),
    # t.test(a8, b8, paired = TRUE)
    "n8": dict(statistic=-2.4971805493227155, df=7, pvalue=0.041161690863874265, ci_low=-2.1781140824997287, ci_high=-0.05938591750027105, estimate=-1.1187499999999997),
    # t.test(a2, b2, paired = TRUE)
    "n2": dict(statistic=-3, df=1, pvalue=0.20483276469913345, ci_low=-3.9265511840436735, ci_high=2.4265511840436735, estimate=-0.75),
    # t.test(aint, bint, paired = TRUE)
    "int40": dict(statistic=-5.4364542104443263, df=39, pvalue=3.1352859460905346e-06, ci_low=-4.4248957343531838, ci_high=-2.0251042656468163, estimate=-3.2250000000000001),
    # t.test(a60, b60, paired = TRUE)
    "n60": dict(statistic=-0.79086307723596905, df=59, pvalue=0.43219157993377399, ci_low=-1.0119738551837274, ci_high=0.43864052185039271, estimate=-0.28666666666666735),
    # t.test(a60, b60, paired = TRUE, alternative = "less", conf.level = 0.9)
    "n60_less_conf90": dict(statistic=-0.79086307723596905, df=59, pvalue=0.216095789966887, ci_low=-math.inf, ci_high=0.18312241806360935, estimate=-0.28666666666666735),
    # t.test(a2k, b2k, paired = TRUE)
    "n2000": dict(statistic=53.860567010159855, df=1999, pvalue=0, ci_low=6.6866865419484416, ci_high=7.1920334580515579, estimate=6.9393599999999998),
    # t.test(a1e5, b1e5, paired = TRUE)
    "n100000": dict(statistic=382.31837239335277, df=99999, pvalue=0, ci_low=6.9236699116254599, ci_high=6.9950252883745412, estimate=6.9593476000000001),
}

# t.test(aconst, bconst, paired = TRUE) -> error: data are essentially constant

SIGNED_RANK = {
    # wilcox.test(sleep_after, sleep_before, paired = TRUE, conf.int = TRUE, alternative = "two.sided")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence interval with ties; cannot compute exact p-value with zeroes; cannot compute exact confidence interval with zeroes]
    "sleep_two.sided": dict(statistic=45, pvalue=0.0090906980159250559, ci_low=1.0500179906645428, ci_high=2.9499207995407808, estimate=1.4000208422698908, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(sleep_after, sleep_before, paired = TRUE, conf.int = TRUE, alternative = "less")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence interval with ties; cannot compute exact p-value with zeroes; cannot compute exact confidence interval with zeroes]
    "sleep_less": dict(statistic=45, pvalue=0.99680626672425776, ci_low=-math.inf, ci_high=2.700048379102125, estimate=1.4000208422698908, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(sleep_after, sleep_before, paired = TRUE, conf.int = TRUE, alternative = "greater")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence interval with ties; cannot compute exact p-value with zeroes; cannot compute exact confidence interval with zeroes]
    "sleep_greater": dict(statistic=45, pvalue=0.0045453490079625279, ci_low=1.1499674456926794, ci_high=math.inf, estimate=1.4000208422698908, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(sleep_after, sleep_before, paired = TRUE, conf.int = TRUE, conf.level = 0.90)  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence interval with ties; cannot compute exact p-value with zeroes; cannot compute exact confidence interval with zeroes]
    "sleep_conf90": dict(statistic=45, pvalue=0.0090906980159250559, ci_low=1.1499776147042382, ci_high=2.7000147133280499, estimate=1.4000208422698908, conf_level=0.90000000000000002, exact=False),
    # wilcox.test(sleep_after_na, sleep_before_na, paired = TRUE, conf.int = TRUE)  [R warns: requested conf.level not achievable; cannot compute exact p-value with zeroes; cannot compute exact confidence interval with zeroes]
    "sleep_na": dict(statistic=21, pvalue=0.036031686218233556, ci_low=0.99996176174885054, ci_high=2.9500029570207005, estimate=1.6000011513212429, conf_level=0.89999999999999991, exact=False),
    # wilcox.test(a8, b8, paired = TRUE, conf.int = TRUE, alternative = "two.sided")
    "n8_two.sided": dict(statistic=4, pvalue=0.054687500000000014, ci_low=-2.1999999999999993, ci_high=0.050000000000000711, estimate=-1.125, conf_level=0.94999999999999996, exact=True),
    # wilcox.test(a8, b8, paired = TRUE, conf.int = TRUE, alternative = "less")
    "n8_less": dict(statistic=4, pvalue=0.027343750000000007, ci_low=-math.inf, ci_high=-0.25, estimate=-1.125, conf_level=0.94999999999999996, exact=True),
    # wilcox.test(a8, b8, paired = TRUE, conf.int = TRUE, alternative = "greater")
    "n8_greater": dict(statistic=4, pvalue=0.98046875, ci_low=-2.0499999999999998, ci_high=math.inf, estimate=-1.125, conf_level=0.94999999999999996, exact=True),
    # wilcox.test(a8, b8, paired = TRUE, conf.int = TRUE, conf.level = 0.90)
    "n8_conf90": dict(statistic=4, pvalue=0.054687500000000014, ci_low=-2.0499999999999998, ci_high=-0.25, estimate=-1.125, conf_level=0.90000000000000002, exact=True),
    # wilcox.test(a4, b4, paired = TRUE, conf.int = TRUE)  [R warns: requested conf.level not achievable]
    "n4": dict(statistic=0, pvalue=0.125, ci_low=-2.9000000000000004, ci_high=-0.5, estimate=-1.1500000000000001, conf_level=0.88, exact=True),
    # wilcox.test(a4, b4, paired = TRUE, conf.int = TRUE, alternative = "greater")
    "n4_greater": dict(statistic=0, pvalue=1, ci_low=-2.9000000000000004, ci_high=math.inf, estimate=-1.1500000000000001, conf_level=0.94999999999999996, exact=True),
    # wilcox.test(a2, b2, paired = TRUE, conf.int = TRUE)  [R warns: requested conf.level not achievable]
    "n2": dict(statistic=0, pvalue=0.5, ci_low=-1, ci_high=-0.5, estimate=-0.75, conf_level=0.5, exact=True),
    # wilcox.test(a3t, b3t, paired = TRUE, conf.int = TRUE)  [R warns: requested conf.level not achievable; cannot compute exact p-value with ties; cannot compute exact confidence interval with ties]
    "n3_ties": dict(statistic=6, pvalue=0.17356816655592155, ci_low=1, ci_high=1, estimate=1.4142135623730949, conf_level=0, exact=False),
    # wilcox.test(az, bz, paired = TRUE, conf.int = TRUE)  [R warns: requested conf.level not achievable; cannot compute exact p-value with zeroes; cannot compute exact confidence interval with zeroes]
    "zeros": dict(statistic=0, pvalue=0.059058229090536735, ci_low=-2.8000029838521341, ci_high=-0.89997900098595784, estimate=-1.8500091983544609, conf_level=0.79999999999999982, exact=False),
    # wilcox.test(aint, bint, paired = TRUE, conf.int = TRUE, alternative = "two.sided")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence interval with ties; cannot compute exact p-value with zeroes; cannot compute exact confidence interval with zeroes]
    "int40_two.sided": dict(statistic=77.5, pvalue=2.1188121370727082e-05, ci_low=-4.5000226109638612, ci_high=-2.0000238832660719, estimate=-3.4999643367424205, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(aint, bint, paired = TRUE, conf.int = TRUE, alternative = "less")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence interval with ties; cannot compute exact p-value with zeroes; cannot compute exact confidence interval with zeroes]
    "int40_less": dict(statistic=77.5, pvalue=1.0594060685363541e-05, ci_low=-math.inf, ci_high=-2.4999985433633043, estimate=-3.4999643367424205, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(aint, bint, paired = TRUE, conf.int = TRUE, alternative = "greater")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence interval with ties; cannot compute exact p-value with zeroes; cannot compute exact confidence interval with zeroes]
    "int40_greater": dict(statistic=77.5, pvalue=0.9999900729244986, ci_low=-4.5000379471825758, ci_high=math.inf, estimate=-3.4999643367424205, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(a60, b60, paired = TRUE, conf.int = TRUE, alternative = "two.sided")
    "n60_two.sided": dict(statistic=805, pvalue=0.42017202722886549, ci_low=-1.0499952690513572, ci_high=0.49998084807195392, estimate=-0.29997911557534063, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(a60, b60, paired = TRUE, conf.int = TRUE, alternative = "less")
    "n60_less": dict(statistic=805, pvalue=0.21008601361443274, ci_low=-math.inf, ci_high=0.3500489854342298, estimate=-0.29997911557534063, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(a60, b60, paired = TRUE, conf.int = TRUE, alternative = "greater")
    "n60_greater": dict(statistic=805, pvalue=0.79202988839852084, ci_low=-0.94997861432573893, ci_high=math.inf, estimate=-0.29997911557534063, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(a60, b60, paired = TRUE, conf.int = TRUE, conf.level = 0.90)
    "n60_conf90": dict(statistic=805, pvalue=0.42017202722886549, ci_low=-0.94995051355306181, ci_high=0.35002135470908552, estimate=-0.29997911557534063, conf_level=0.90000000000000002, exact=False),
    # wilcox.test(a2k, b2k, paired = TRUE, conf.int = TRUE)
    "n2000": dict(statistic=1905088.5, pvalue=1.1016986476951569e-270, ci_low=6.6900489314087217, ci_high=7.2000579062634289, estimate=6.9499573748518895, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(a2k, b2k, paired = TRUE, conf.int = TRUE, alternative = "greater", conf.level = 0.99)
    "n2000_greater_conf99": dict(statistic=1905088.5, pvalue=5.5084932384757847e-271, ci_low=6.6400204365363606, ci_high=math.inf, estimate=6.9499573748518895, conf_level=0.98999999999999999, exact=False),
    # wilcox.test(a1e5, b1e5, paired = TRUE, conf.int = TRUE)
    "n100000": dict(statistic=4763584850.5, pvalue=0, ci_low=6.9300358641289703, ci_high=7.0000167665964108, estimate=6.9699997379812411, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(aconst, bconst, paired = TRUE, conf.int = TRUE, alternative = "two.sided")  [R warns: cannot compute confidence interval when all observations are zero or tied; cannot compute exact p-value with ties; cannot compute exact confidence interval with ties]
    "const_two.sided": dict(statistic=15, pvalue=0.036888425707049893, ci_low=math.nan, ci_high=math.nan, estimate=2, conf_level=0, exact=False),
    # wilcox.test(aconst, bconst, paired = TRUE, conf.int = TRUE, alternative = "less")  [R warns: cannot compute confidence interval when all observations are zero or tied; cannot compute exact p-value with ties; cannot compute exact confidence interval with ties]
    "const_less": dict(statistic=15, pvalue=0.99146366945310582, ci_low=-math.inf, ci_high=math.nan, estimate=2, conf_level=0, exact=False),
}

WELCH = {
    # t.test(sleep_after, sleep_before, alternative = "two.sided")
    "sleep_two.sided": dict(statistic=1.8608134674868531, df=17.776473516178498, pvalue=0.079394140187358173, ci_low=-0.20548323071171018, ci_high=3.3654832307117104, estimate=1.5800000000000001),
    # t.test(sleep_after, sleep_before, alternative = "less")
    "sleep_less": dict(statistic=1.8608134674868531, df=17.776473516178498, pvalue=0.96030292990632093, ci_low=-math.inf, ci_high=3.0533814973316065, estimate=1.5800000000000001),
    # t.test(sleep_after, sleep_before, alternative = "greater")
    "sleep_greater": dict(statistic=1.8608134674868531, df=17.776473516178498, pvalue=0.039697070093679086, ci_low=0.10661850266839384, ci_high=math.inf, estimate=1.5800000000000001),
    # t.test(sleep_after, sleep_before, conf.level = 0.90)
    "sleep_conf90": dict(statistic=1.8608134674868531, df=17.776473516178498, pvalue=0.079394140187358173, ci_low=0.10661850266839384, ci_high=3.0533814973316065, estimate=1.5800000000000001),
    # t.test(sleep_after_na2, sleep_before_na)
    "sleep_na": dict(statistic=1.8484340501519303, df=14.921909521093269, pvalue=0.084453806208462323, ci_low=-0.27462571710024791, ci_high=3.8496257171002481, estimate=1.7875000000000001),
    # t.test(ai6, bi5)
    "n5_6": dict(statistic=-0.92635333321806801, df=7.2353794693856441, pvalue=0.38412058799803195, ci_low=-3.9660765694557534, ci_high=1.7227432361224211, estimate=-1.1216666666666661),
    # t.test(ai3, bi2)
    "n2_3": dict(statistic=-2.0364384871785988, df=1.3701645218063792, pvalue=0.23389822596974916, ci_low=-5.3293628091262315, ci_high=2.8960294757928979, estimate=-1.2166666666666672),
    # t.test(aint25, bint20)
    "int": dict(statistic=-3.559788377970408, df=36.571519154310685, pvalue=0.0010505153265265722, ci_low=-4.9279606175999016, ci_high=-1.3520393824000994, estimate=-3.1400000000000006),
    # t.test(a60i, b45i)
    "n60_45": dict(statistic=-0.46394471795109143, df=94.091066758120633, pvalue=0.64375892986771843, ci_low=-13.861886360252665, ci_high=8.6107752491415486, estimate=-2.6255555555555574),
    # t.test(a2ki, b1500i)
    "n2000_1500": dict(statistic=-1.6617617662651167, df=3231.9166995758524, pvalue=0.096657533327531422, ci_low=-3.5689180539697793, ci_high=0.2945180539697792, estimate=-1.6372),
    # t.test(aone6, bconst8)
    "one_constant": dict(statistic=-3.3202404566705277, df=5, pvalue=0.021002717726342126, ci_low=-2.1586289354156456, ci_high=-0.27470439791768808, estimate=-1.2166666666666668),
}

# t.test(ac7, bc6) -> error: data are essentially constant

RANK_SUM = {
    # wilcox.test(sleep_after, sleep_before, conf.int = TRUE, alternative = "two.sided")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties]
    "sleep_two.sided": dict(statistic=74.5, pvalue=0.069327575433626581, ci_low=-0.099973487827013208, ci_high=3.5999348477693411, estimate=1.3453225356704224, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(sleep_after, sleep_before, conf.int = TRUE, alternative = "less")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties]
    "sleep_less": dict(statistic=74.5, pvalue=0.97075166860727435, ci_low=-math.inf, ci_high=3.3999914632862325, estimate=1.3453225356704224, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(sleep_after, sleep_before, conf.int = TRUE, alternative = "greater")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties]
    "sleep_greater": dict(statistic=74.5, pvalue=0.034663787716813291, ci_low=0.099973400267234017, ci_high=math.inf, estimate=1.3453225356704224, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(sleep_after_na2, sleep_before_na, conf.int = TRUE)  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties]
    "sleep_na": dict(statistic=55, pvalue=0.074692349573982811, ci_low=-0.10006484388024948, ci_high=4.4000128722784346, estimate=1.6903231488950041, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(ai6, bi5, conf.int = TRUE, alternative = "two.sided")
    "n5_6_two.sided": dict(statistic=10, pvalue=0.42857142857142855, ci_low=-4.1000000000000014, ci_high=2, estimate=-0.90000000000000036, conf_level=0.94999999999999996, exact=True),
    # wilcox.test(ai6, bi5, conf.int = TRUE, alternative = "less")
    "n5_6_less": dict(statistic=10, pvalue=0.21428571428571427, ci_low=-math.inf, ci_high=1.2999999999999989, estimate=-0.90000000000000036, conf_level=0.94999999999999996, exact=True),
    # wilcox.test(ai6, bi5, conf.int = TRUE, alternative = "greater")
    "n5_6_greater": dict(statistic=10, pvalue=0.83549783549783552, ci_low=-3.3999999999999986, ci_high=math.inf, estimate=-0.90000000000000036, conf_level=0.94999999999999996, exact=True),
    # wilcox.test(ai6, bi5, conf.int = TRUE, conf.level = 0.90)
    "n5_6_conf90": dict(statistic=10, pvalue=0.42857142857142855, ci_low=-3.3999999999999986, ci_high=1.2999999999999989, estimate=-0.90000000000000036, conf_level=0.90000000000000002, exact=True),
    # wilcox.test(ai3, bi2, conf.int = TRUE)  [R warns: Requested conf.level not achievable]
    "n2_3": dict(statistic=0, pvalue=0.20000000000000001, ci_low=-2.2000000000000002, ci_high=-0.30000000000000027, estimate=-1.2500000000000002, conf_level=0.80000000000000004, exact=True),
    # wilcox.test(ati, bti, conf.int = TRUE)  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties]
    "n3_4_ties": dict(statistic=11, pvalue=0.095483232097547333, ci_low=0, ci_high=3, estimate=1.0000063030005071, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(aint25, bint20, conf.int = TRUE, alternative = "two.sided")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties]
    "int_two.sided": dict(statistic=116, pvalue=0.0022032078123457475, ci_low=-5.0000377673297685, ci_high=-1.0000101286983138, estimate=-3.0000658357273751, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(aint25, bint20, conf.int = TRUE, alternative = "less")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties]
    "int_less": dict(statistic=116, pvalue=0.0011016039061728738, ci_low=-math.inf, ci_high=-1.999959985279766, estimate=-3.0000658357273751, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(aint25, bint20, conf.int = TRUE, alternative = "greater")  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties]
    "int_greater": dict(statistic=116, pvalue=0.99897987434510427, ci_low=-4.9999867003169634, ci_high=math.inf, estimate=-3.0000658357273751, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(a60i, b45i, conf.int = TRUE)
    "n60_45": dict(statistic=1280, pvalue=0.65268776433472042, ci_low=-14.399943288262987, ci_high=9.2000503475783102, estimate=-2.6319005076226998, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(a60i, b45i, conf.int = TRUE, alternative = "less", conf.level = 0.9)
    "n60_45_less_conf90": dict(statistic=1280, pvalue=0.32634388216736021, ci_low=-math.inf, ci_high=4.9999140101586619, estimate=-2.6319005076226998, conf_level=0.90000000000000002, exact=False),
    # wilcox.test(a2ki, b1500i, conf.int = TRUE)
    "n2000_1500": dict(statistic=1451264, pvalue=0.099491038064360299, ci_low=-3.599933203340516, ci_high=0.30001916489411912, estimate=-1.6000489614144737, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(a5e4, b5e4, conf.int = TRUE)
    "n50000": dict(statistic=1254977239, pvalue=0.27551365874210582, ci_low=-0.19703435598078906, ci_high=0.50407329053469263, estimate=0.19999271885250303, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(aone6, bconst8, conf.int = TRUE)  [R warns: cannot compute exact p-value with ties; cannot compute exact confidence intervals with ties]
    "one_constant": dict(statistic=8, pvalue=0.026689733791256495, ci_low=-2.0000080196426984, ci_high=-0.49999545987047783, estimate=-1.229166666666667, conf_level=0.94999999999999996, exact=False),
    # wilcox.test(ac7, bc6)  (conf.int = TRUE stops with an error)  [R warns: cannot compute exact p-value with ties]
    "both_constant_no_ci": dict(statistic=0, pvalue=0.00072058963197162173, ci_low=None, ci_high=None, estimate=None, conf_level=None, exact=False),
}

# wilcox.test(ac7, bc6, conf.int = TRUE) -> error: missing value where TRUE/FALSE needed

SHAPIRO = {
    # shapiro.test(sleep_after - sleep_before)
    "sleep_diff": (0.82987133192879448, 0.033341608630307849),
    # shapiro.test(sleep_before)
    "sleep_before": (0.92580602893664055, 0.40792879642998914),
    # shapiro.test(sleep_after)
    "sleep_after": (0.91929770128149713, 0.35113468540765047),
    # shapiro.test(a8 - b8)
    "n8_diff": (0.98202245119234743, 0.97221228330962217),
    # shapiro.test(a4 - b4)
    "n4_diff": (0.86855354834452203, 0.29204907604390135),
    # shapiro.test(c(1, 2, 4))
    "three": (0.96428571428571419, 0.6368868450289632),
    # shapiro.test(c(1, 1, 2))
    "three_tied": (0.75, 0),
    # shapiro.test(aint - bint)
    "int40_diff": (0.98536357317900591, 0.87526328105286355),
    # shapiro.test(bint20)
    "int_before": (0.94663633057082874, 0.31889770462507849),
    # shapiro.test(aint25)
    "int_after": (0.9356275276903212, 0.117276396716717),
    # shapiro.test(a60 - b60)
    "n60_diff": (0.95140154686612854, 0.018136506328450631),
    # shapiro.test(c(1, 2, 4, 7, 3) * 1e-12)
    "tiny_scale": (0.9427295840702411, 0.68529551281245271),
    # shapiro.test(((k * 7919) %% 1013) / 7 + k / 3), k = 1..4999
    "n4999": (0.95844705529896435, 1.4095442936949951e-35),
}

DESCRIBE = {
    # mean/median/sd of sleep_before and sleep_after
    "sleep": dict(mean_before=0.75, mean_after=2.3300000000000001, median_before=0.34999999999999998, median_after=1.75, sd_before=1.7890096577591625, sd_after=2.002248735796829, change=1.5800000000000001, pct_change=210.66666666666669),
    # the same over complete pairs of sleep_before_na, sleep_after_na
    "sleep_na_paired": dict(mean_before=0.2857142857142857, mean_after=1.8999999999999999, median_before=0, median_after=1.6000000000000001, sd_before=1.6395411669412994, sd_after=1.9183326093250879, change=1.6142857142857143, pct_change=565),
    # the same over non-missing sleep_before_na and sleep_after_na2
    "sleep_na_independent": dict(mean_before=0.71250000000000002, mean_after=2.5, median_before=0.34999999999999998, median_after=1.8999999999999999, sd_before=1.9393942353219471, sd_after=2.0457272545478782, change=1.7875000000000001, pct_change=250.87719298245617),
}

EFFECT = {
    # mean(d) / sd(d), d = sleep_after - sleep_before
    "sleep_cohen_dz": 1.2845575625910546,
    # (mean(sleep_after) - mean(sleep_before)) / pooled SD; Hedges' g = d * (1 - 3 / (4 * (10 + 10) - 9))
    "sleep_cohen_d": 0.83218108134953961,
    "sleep_hedges_g": 0.79701850044744649,
    # matched-pairs rank-biserial: (sum(r[d > 0]) - sum(r[d < 0])) / sum(r), r = rank(abs(d[d != 0]))
    "sleep_rank_biserial_paired": 1,
    "n8_rank_biserial_paired": -0.77777777777777779,
    "int40_rank_biserial_paired": -0.79082321187584348,
    "n60_rank_biserial_paired": -0.12021857923497267,
    # 2 * W / (n1 * n2) - 1, W = wilcox.test(after, before)$statistic
    "sleep_rank_biserial_independent": 0.48999999999999999,
    "n5_6_rank_biserial_independent": -0.33333333333333337,
    "int_rank_biserial_independent": -0.53600000000000003,
}

# values sharing a rank: r <- rank(abs(d[d != 0])); t <- table(r); sum(t[t > 1])  (paired)
# and the same on rank(c(after, before)) (independent); zeros: sum(d == 0)
TIES = {
    "sleep_paired": (1, 2),
    "int40_paired": (2, 35),
    "zeros_paired": (2, 0),
    "const_paired": (0, 5),
    "sleep_independent": (0, 6),
    "int_independent": (0, 45),
}

DIST = {
    "psignrank(10, 20)": 4.100799560546875e-05,
    "psignrank(150, 20, lower.tail = FALSE)": 0.044847488403320312,
    "psignrank(300, 49)": 0.00075176423512957069,
    "qsignrank(0.025, 49)": 416,
    "qsignrank(0.975, 30)": 327,
    "pwilcox(300, 30, 49)": 2.5095918491816814e-06,
    "pwilcox(1000, 49, 49, lower.tail = FALSE)": 0.9220318379765724,
    "qwilcox(0.025, 49, 49)": 925,
    "qwilcox(0.95, 7, 12)": 62,
    "qnorm(0.025)": -1.9599639845400538,
    "qnorm(0.3)": -0.52440051270804067,
    "qnorm(1e-12)": -7.0344838253011321,
    "qnorm(0.025, lower.tail = FALSE)": 1.9599639845400538,
    "signif(0.125, 2)": 0.12,
    "signif(0.0625, 2)": 0.062,
}

SHAPIRO_EXTRA = {
    # shapiro.test(c(1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 9))
    "outlier": (0.49026145336843097, 7.8849694150989551e-06),
}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
REL = 1e-9


def _case(name: str, data: dict):
    """Data, alternative and confidence from a reference name."""
    parts = name.split("_")
    conf = 0.95
    for tag, level in (("conf90", 0.90), ("conf99", 0.99)):
        if tag in parts:
            parts.remove(tag)
            conf = level
    alternative = "two-sided"
    for tag in ("two.sided", "less", "greater"):
        if tag in parts:
            parts.remove(tag)
            alternative = tag.replace(".", "-")
    return data["_".join(parts)], alternative, conf


def close(got, ref, rel=REL, abs_=1e-300) -> bool:
    if ref is None or (isinstance(ref, float) and not math.isfinite(ref)):
        return got is None            # ±inf (open side) and NaN are None in our results
    return got is not None and abs(got - ref) <= rel * abs(ref) + abs_


def check(result: compare.TestResult, ref: dict) -> None:
    wrong = {k: (getattr(result, k), r) for k, r in ref.items()
             if not (getattr(result, k) == r if k == "exact" else close(getattr(result, k), r))}
    assert not wrong, wrong


def assert_clean(obj) -> None:
    """No NaN or inf anywhere in a result (numbers are finite or None)."""
    if dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            assert_clean(getattr(obj, f.name))
    elif isinstance(obj, (tuple, list)):
        for v in obj:
            assert_clean(v)
    elif isinstance(obj, dict):
        for v in obj.values():
            assert_clean(v)
    elif isinstance(obj, float):
        assert math.isfinite(obj), obj


# ---------------------------------------------------------------------------
# The four tests against R
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(PAIRED_T))
def test_paired_t_matches_r(name):
    (before, after), alternative, conf = _case(name, PAIRED_DATA)
    c = compare.paired(before, after, alternative=alternative, confidence=conf)
    check(c.parametric, PAIRED_T[name])
    assert c.parametric.name == "paired_t" and c.parametric.conf_level == conf
    assert_clean(c)


@pytest.mark.parametrize("name", list(SIGNED_RANK))
def test_wilcoxon_signed_rank_matches_r(name):
    (before, after), alternative, conf = _case(name, PAIRED_DATA)
    c = compare.paired(before, after, alternative=alternative, confidence=conf)
    ref = dict(SIGNED_RANK[name])
    if name.startswith("const_"):
        # R returns a NaN interval with attr conf.level 0: we report no interval and no level
        assert ref.pop("conf_level") == 0
        assert c.rank.conf_level is None
    check(c.rank, ref)
    assert c.rank.name == "wilcoxon_signed_rank" and c.rank.df is None
    assert_clean(c)


@pytest.mark.parametrize("name", list(WELCH))
def test_welch_t_matches_r(name):
    (before, after), alternative, conf = _case(name, INDEPENDENT_DATA)
    c = compare.independent(before, after, alternative=alternative, confidence=conf)
    check(c.parametric, WELCH[name])
    assert c.parametric.name == "welch_t"
    assert_clean(c)


@pytest.mark.parametrize("name", list(RANK_SUM))
def test_mann_whitney_matches_r(name):
    (before, after), alternative, conf = _case(name, INDEPENDENT_DATA)
    c = compare.independent(before, after, alternative=alternative, confidence=conf)
    check(c.rank, RANK_SUM[name])
    assert c.rank.name == "mann_whitney_u" and c.rank.df is None
    assert_clean(c)


def test_statistics_md_sleep_values():
    """The numbers quoted in STATISTICS.md, at the precision printed there."""
    c = compare.paired(sleep_before, sleep_after)
    t = c.parametric
    assert (round(t.statistic, 4), t.df, round(t.pvalue, 6)) == (4.0621, 9, 0.002833)
    assert (round(t.ci_low, 7), round(t.ci_high, 7), t.estimate) == (0.7001142, 2.4598858, pytest.approx(1.58))
    w = compare.independent(sleep_before, sleep_after).parametric
    assert (round(w.statistic, 4), round(w.df, 3), round(w.pvalue, 5)) == (1.8608, 17.776, 0.07939)
    assert (round(w.ci_low, 7), round(w.ci_high, 7)) == (-0.2054832, 3.3654832)


def test_exactness_flags_follow_r_rules():
    assert compare.paired(b8, a8).rank.exact is True            # n < 50, no ties, no zeros
    assert compare.paired(bz, az).rank.exact is False           # zeros
    assert compare.paired(b3t, a3t).rank.exact is False         # ties
    assert compare.paired(b60, a60).rank.exact is False         # n >= 50
    assert compare.independent(bi5, ai6).rank.exact is True
    assert compare.independent(bti, ati).rank.exact is False    # ties
    assert compare.independent(b45i, a60i).rank.exact is False  # n >= 50


def test_tiny_exact_interval_reports_the_achieved_level():
    # R: "requested conf.level not achievable"; 1 - signif(0.125, 2) = 0.88 (round half even)
    c = compare.paired(b4, a4)
    assert c.rank.conf_level == SIGNED_RANK["n4"]["conf_level"] == 0.88
    assert compare.independent(bi2, ai3).rank.conf_level == pytest.approx(0.8, abs=1e-15)
    # normal branch: R doubles alpha until the interval exists (here: level 0, the median)
    c = compare.paired(b3t, a3t)
    assert c.rank.conf_level == 0 and c.rank.ci_low == c.rank.ci_high == 1


# ---------------------------------------------------------------------------
# Descriptive numbers, effect sizes, ties and zeros
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("name,design,data", [
    ("sleep", "paired", (sleep_before, sleep_after)),
    ("sleep_na_paired", "paired", (sleep_before_na, sleep_after_na)),
    ("sleep_na_independent", "independent", (sleep_before_na, sleep_after_na2)),
])
def test_descriptive_numbers_match_r(name, design, data):
    c = getattr(compare, design)(*data)
    for key, ref in DESCRIBE[name].items():
        assert close(getattr(c, key), ref, abs_=1e-15), (key, getattr(c, key), ref)


def test_effect_sizes_match_r():
    c = compare.paired(sleep_before, sleep_after)
    assert c.parametric.effect_size_name == "cohen_dz"
    assert close(c.parametric.effect_size, EFFECT["sleep_cohen_dz"])
    c = compare.independent(sleep_before, sleep_after)
    assert c.parametric.effect_size_name == "cohen_d"
    assert close(c.parametric.effect_size, EFFECT["sleep_cohen_d"])
    assert close(c.parametric.hedges_g, EFFECT["sleep_hedges_g"])
    for name in ("sleep", "n8", "int40", "n60"):
        before, after = PAIRED_DATA[name]
        r = compare.paired(before, after).rank
        assert r.effect_size_name == "rank_biserial"
        assert close(r.effect_size, EFFECT[f"{name}_rank_biserial_paired"], abs_=1e-15), name
    for name in ("sleep", "n5_6", "int"):
        before, after = INDEPENDENT_DATA[name]
        r = compare.independent(before, after).rank
        assert close(r.effect_size, EFFECT[f"{name}_rank_biserial_independent"], abs_=1e-15), name


def test_effect_signs_follow_after_minus_before():
    c = compare.paired([10, 12, 14, 11, 13], [7, 9, 10, 9, 9.5])      # values fell
    assert c.change < 0 and c.parametric.effect_size < 0 and c.rank.effect_size < 0
    assert c.parametric.estimate < 0 and c.rank.estimate < 0
    c = compare.independent([10, 12, 14, 11, 13], [7, 9, 10, 9, 9.5])
    assert c.parametric.effect_size < 0 and c.parametric.hedges_g < 0 and c.rank.effect_size < 0


@pytest.mark.parametrize("name", ["sleep", "int40", "zeros", "const"])
def test_paired_zero_and_tie_counts_match_r(name):
    before, after = PAIRED_DATA[name]
    r = compare.paired(before, after).rank
    assert (r.n_zeros, r.n_ties) == TIES[f"{name}_paired"]


@pytest.mark.parametrize("name", ["sleep", "int"])
def test_independent_tie_counts_match_r(name):
    before, after = INDEPENDENT_DATA[name]
    assert compare.independent(before, after).rank.n_ties == TIES[f"{name}_independent"][1]


# ---------------------------------------------------------------------------
# Shapiro-Wilk and R's distributions (itastats.stats.rank)
# ---------------------------------------------------------------------------

SHAPIRO_DATA = {
    "sleep_diff": np.subtract(sleep_after, sleep_before), "sleep_before": sleep_before,
    "sleep_after": sleep_after, "n8_diff": a8 - b8, "n4_diff": np.subtract(a4, b4),
    "three": [1, 2, 4], "three_tied": [1, 1, 2], "int40_diff": aint - bint,
    "int_before": bint20, "int_after": aint25, "n60_diff": a60 - b60,
    "tiny_scale": np.array([1, 2, 4, 7, 3]) * 1e-12,
    "n4999": ((seq(4999) * 7919) % 1013) / 7 + seq(4999) / 3,
}


@pytest.mark.parametrize("name", list(SHAPIRO))
def test_shapiro_wilk_matches_r(name):
    w, p = rank.shapiro_wilk(SHAPIRO_DATA[name])
    ref_w, ref_p = SHAPIRO[name]
    assert close(w, ref_w, rel=1e-12)
    assert close(p, ref_p, rel=1e-9, abs_=1e-15)


def test_shapiro_wilk_refuses_what_r_refuses():
    for x in ([1.0, 2.0], [3.0] * 10, list(range(5001))):
        with pytest.raises(rank.ShapiroUnavailable):
            rank.shapiro_wilk(x)


@pytest.mark.parametrize("call", list(DIST))
def test_exact_distributions_and_qnorm_match_r(call):
    python = (call.replace("lower.tail = FALSE", "lower=False")
              .replace("psignrank", "rank.psignrank").replace("qsignrank", "rank.qsignrank")
              .replace("pwilcox", "rank.pwilcox").replace("qwilcox", "rank.qwilcox")
              .replace("qnorm", "rank.qnorm").replace("signif", "rank.signif"))
    got = eval(python)
    if call.startswith(("q", "signif")):
        assert got == DIST[call]          # quantiles and rounding: identical
    else:
        assert close(got, DIST[call], rel=1e-12)


# ---------------------------------------------------------------------------
# Choosing the test
# ---------------------------------------------------------------------------

def test_paired_auto_not_normal_uses_wilcoxon_and_says_why():
    c = compare.paired(sleep_before, sleep_after)
    ref_w, ref_p = SHAPIRO["sleep_diff"]
    assert c.chosen == compare.RANK and c.headline is c.rank and c.check is c.parametric
    assert c.reason == "reason.paired.not_normal"
    assert c.reason_params["p"] == "p = .033" and close(c.reason_params["p_value"], ref_p, 1e-9)
    assert c.reason_params["n"] == 10
    assert c.shapiro[0][0] == "differences" and close(c.shapiro[0][2], ref_p, 1e-9)
    th = catalog.t(c.reason, "th", **c.reason_params)
    assert "p = .033" in th and "Wilcoxon signed-rank" in th and "ไม่แจกแจงแบบปกติ" in th


def test_paired_auto_normal_uses_t():
    c = compare.paired(b8, a8)
    assert SHAPIRO["n8_diff"][1] >= 0.05
    assert (c.chosen, c.reason) == (compare.PARAMETRIC, "reason.paired.normal")


def test_paired_auto_large_sample_uses_t_even_when_not_normal():
    c = compare.paired(b60, a60)
    assert SHAPIRO["n60_diff"][1] < 0.05                       # not normal, but n = 60
    assert (c.chosen, c.reason) == (compare.PARAMETRIC, "reason.paired.large_sample")
    assert c.reason_params["n"] == 60
    assert len(c.shapiro) == 1                                 # still reported


def test_paired_auto_too_few_for_shapiro():
    c = compare.paired(b2, a2)
    assert (c.chosen, c.reason, c.shapiro) == (compare.RANK, "reason.paired.too_few_for_shapiro", ())
    assert c.error is None and c.parametric.pvalue is not None


def test_user_choice_overrides_auto():
    for method in (compare.PARAMETRIC, compare.RANK):
        c = compare.paired(sleep_before, sleep_after, method=method)
        assert (c.chosen, c.reason, c.method) == (method, "reason.user_choice", method)
        assert c.parametric.pvalue is not None and c.rank.pvalue is not None   # both computed
        c = compare.independent(sleep_before, sleep_after, method=method)
        assert (c.chosen, c.reason) == (method, "reason.user_choice")
    assert "ตามที่ผู้ใช้เลือก" in catalog.t(c.reason, "th", **c.reason_params)


def test_independent_auto_normal_groups_use_welch():
    c = compare.independent(sleep_before, sleep_after)
    assert (c.chosen, c.reason) == (compare.PARAMETRIC, "reason.independent.normal")
    assert [s[0] for s in c.shapiro] == ["before", "after"]
    assert close(c.shapiro[0][2], SHAPIRO["sleep_before"][1], 1e-9)
    assert close(c.shapiro[1][2], SHAPIRO["sleep_after"][1], 1e-9)


def test_independent_auto_one_group_not_normal_uses_mann_whitney():
    assert SHAPIRO_EXTRA["outlier"][1] < 0.05
    c = compare.independent(outlier, sleep_after)
    assert (c.chosen, c.reason) == (compare.RANK, "reason.independent.not_normal")
    assert c.reason_params["p_before"] == "p < .001"
    assert close(c.reason_params["p_value_before"], SHAPIRO_EXTRA["outlier"][1], 1e-9)


def test_independent_auto_large_groups_use_welch():
    c = compare.independent(b45i, a60i)
    assert (c.chosen, c.reason) == (compare.PARAMETRIC, "reason.independent.large_sample")


def test_independent_auto_cannot_check_shape():
    assert compare.independent(bi2, ai3).reason == "reason.independent.too_few_for_shapiro"
    c = compare.independent(bconst8, aone6)
    assert (c.chosen, c.reason) == (compare.RANK, "reason.independent.constant_group")
    big = ((seq(6000) * 7919) % 1000) / 10
    c = compare.independent(big, sleep_after)
    assert (c.chosen, c.reason) == (compare.RANK, "reason.independent.too_large_for_shapiro")
    assert [s[0] for s in c.shapiro] == ["after"]


# ---------------------------------------------------------------------------
# Edge cases: never a wrong number
# ---------------------------------------------------------------------------

def test_constant_differences_t_test_refused_as_r_does():
    # R: t.test(aconst, bconst, paired = TRUE) -> "data are essentially constant"
    c = compare.paired(bconst, aconst)
    assert c.error is None
    assert c.parametric.error == "compare.constant_differences"
    assert c.parametric.statistic is None and c.parametric.pvalue is None
    assert (c.chosen, c.reason) == (compare.RANK, "reason.paired.constant_differences")
    assert close(c.rank.pvalue, SIGNED_RANK["const_two.sided"]["pvalue"])
    assert c.rank.estimate == 2 and c.rank.ci_low is None and c.rank.ci_high is None
    assert c.change == 2
    assert_clean(c)


def test_both_groups_constant():
    # R: t.test(ac7, bc6) -> "data are essentially constant";
    # wilcox.test(ac7, bc6, conf.int = TRUE) stops: no estimate, no interval
    c = compare.independent(bc6, ac7)
    assert c.parametric.error == "compare.constant_groups"
    assert (c.chosen, c.reason) == (compare.RANK, "reason.independent.constant_groups")
    check(c.rank, RANK_SUM["both_constant_no_ci"])
    assert_clean(c)


@pytest.mark.parametrize("before,after", [([1.5], [2.5]), ([nan, 1.0], [2.0, nan]), ([], [])])
def test_fewer_than_two_pairs_gives_descriptives_only(before, after):
    c = compare.paired(before, after)
    assert c.error == "compare.too_few_pairs" and c.reason == "reason.no_test"
    for test in (c.parametric, c.rank):
        assert test.error == "compare.too_few_pairs"
        assert all(getattr(test, k) is None for k in ("statistic", "pvalue", "estimate", "ci_low"))
    assert c.sd_before is None and c.sd_after is None
    if c.n_before == 1:
        assert (c.mean_before, c.mean_after, c.change) == (1.5, 2.5, 1.0)
    assert_clean(c)


def test_fewer_than_two_values_in_a_group():
    c = compare.independent([4.0], [1.0, 2.0, 3.0])
    assert c.error == "compare.too_few_values"
    assert c.parametric.error == c.rank.error == "compare.too_few_values"
    assert (c.mean_before, c.mean_after, c.change) == (4.0, 2.0, -2.0)
    assert c.pct_change == pytest.approx(-50.0)


def test_identical_before_and_after_is_no_change():
    c = compare.paired([3, 4, 5], [3, 4, 5])
    assert c.error == "compare.no_change"
    assert c.parametric.error == c.rank.error == "compare.no_change"
    assert c.change == 0 and c.pct_change == 0
    c = compare.independent([5, 5, 5], [5, 5])
    assert c.error == "compare.all_identical"
    assert_clean(c)


def test_pct_change_is_none_when_mean_before_is_zero():
    c = compare.paired([-1, 1, 0], [1, 2, 3])
    assert c.mean_before == 0 and c.pct_change is None and c.change == 2


def test_missing_values_are_dropped_and_listed():
    c = compare.paired(sleep_before_na, sleep_after_na)
    assert c.dropped == ((2, "missing_before"), (6, "missing_after"), (9, "missing_both"))
    assert (c.n_before, c.n_after, c.n_dropped) == (7, 7, 3)
    c = compare.paired([1, None, 3, 4], [2, 3, None, 6])
    assert c.dropped == ((1, "missing_before"), (2, "missing_after"))
    c = compare.independent(sleep_before_na, sleep_after_na2)
    assert c.dropped == ((2, "missing_before"), (9, "missing_before"), (1, "missing_after"))
    assert (c.n_before, c.n_after, c.n_dropped) == (8, 9, 3)


def test_infinite_values_are_invalid_input_dropped_with_a_reason():
    before = sleep_before + [math.inf, 1.0]
    after = sleep_after + [2.0, -math.inf]
    c = compare.paired(before, after)
    assert c.dropped == ((10, "not_finite_before"), (11, "not_finite_after"))
    check(c.parametric, PAIRED_T["sleep_two.sided"])
    check(c.rank, SIGNED_RANK["sleep_two.sided"])
    c = compare.independent(sleep_before + [math.inf], [-math.inf] + sleep_after)
    assert c.dropped == ((10, "not_finite_before"), (0, "not_finite_after"))
    check(c.parametric, WELCH["sleep_two.sided"])
    check(c.rank, RANK_SUM["sleep_two.sided"])
    for key in ("dropped.not_finite_before", "dropped.not_finite_after", "dropped.missing_both"):
        assert catalog.has(key)


def test_pandas_and_numpy_inputs():
    pd = pytest.importorskip("pandas")
    before = pd.Series(sleep_before_na, dtype="Float64")      # NaN becomes pd.NA
    after = pd.Series(sleep_after_na, dtype="Float64")
    c = compare.paired(before, after)
    check(c.parametric, PAIRED_T["sleep_na"])
    c = compare.paired(np.array(sleep_before_na), tuple(None if math.isnan(v) else v for v in sleep_after_na))
    check(c.rank, SIGNED_RANK["sleep_na"])


@pytest.mark.parametrize("kwargs", [
    dict(method="t"), dict(alternative="two.sided"), dict(alternative="both"),
    dict(confidence=0), dict(confidence=1), dict(confidence=1.5), dict(confidence=nan),
    dict(confidence=True), dict(confidence="0.95"),
])
def test_bad_arguments_raise_value_error(kwargs):
    for run in (compare.paired, compare.independent):
        with pytest.raises(ValueError):
            run(sleep_before, sleep_after, **kwargs)


def test_bad_inputs_raise_value_error():
    with pytest.raises(ValueError):
        compare.paired([1, 2, 3], [1, 2])
    with pytest.raises(ValueError):
        compare.paired([1, "1,200", 3], [1, 2, 3])
    with pytest.raises(ValueError):
        compare.independent("123", [1, 2, 3])
    with pytest.raises(ValueError):
        compare.independent([[1, 2], [3, 4]], [1, 2, 3])


def test_every_message_key_used_is_defined_in_both_languages():
    results = [compare.paired(*d) for d in PAIRED_DATA.values()]
    results += [compare.independent(*d) for d in INDEPENDENT_DATA.values()]
    results += [compare.paired([1], [2]), compare.paired([3, 4], [3, 4]),
                compare.independent([1], [2, 3]), compare.independent([2, 2], [2, 2]),
                compare.independent(outlier, sleep_after), compare.independent(bi2, ai3),
                compare.independent(((seq(6000) * 7919) % 1000) / 10, sleep_after),
                compare.paired(sleep_before, sleep_after, method="rank")]
    seen = set()
    for c in results:
        assert_clean(c)
        for key in (c.reason, c.error, c.parametric.error, c.rank.error):
            if key:
                seen.add(key)
                for lang in ("th", "en"):
                    text = catalog.t(key, lang, **c.reason_params) if key == c.reason else catalog.t(key, lang)
                    assert text != key and "{" not in text, (key, lang, text)
    assert len(seen) >= 12


# ---------------------------------------------------------------------------
# Scale: 100,000 pairs without 5·10⁹ Walsh averages
# ---------------------------------------------------------------------------

def test_large_paired_stays_linear_in_memory_and_fast():
    tracemalloc.start()
    start = time.perf_counter()
    c = compare.paired(b1e5, a1e5)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    check(c.rank, SIGNED_RANK["n100000"])
    assert peak < 60e6          # the Walsh averages alone would need 40 GB
    assert elapsed < 10         # ~0.15 s on the development machine; generous for CI


def test_large_independent_matches_r():
    c = compare.independent(b5e4, a5e4)
    check(c.rank, RANK_SUM["n50000"])


def test_values_too_large_to_compute_are_refused_not_miscomputed():
    for run in (compare.paired, compare.independent):
        c = run([1e308, -1e308, 5, 7], [-1e308, 1e308, 6, 1])
        assert c.error == "compare.values_too_large"
        assert c.parametric.pvalue is None and c.rank.pvalue is None
        assert_clean(c)
