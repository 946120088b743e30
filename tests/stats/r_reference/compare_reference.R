# Reference numbers for tests/test_compare.py.
#
# Run:  Rscript tests/r_reference/compare_reference.R > /tmp/ref.py
# (R 4.2.2 was used; the numbers are pasted into tests/test_compare.py.)
# Every number is printed with sprintf("%.17g") so that nothing is lost.
# Direction is always after minus before: t.test(after, before, ...),
# wilcox.test(after, before, ...).  All data are doubles (as.numeric) so
# that R and numpy compute the same floating-point values.

num <- function(x) {
  if (is.null(x) || length(x) == 0) return("None")
  if (is.na(x)) return("math.nan")
  if (is.infinite(x)) return(if (x > 0) "math.inf" else "-math.inf")
  sprintf("%.17g", x)
}

warned <- character()
quiet <- function(expr) withCallingHandlers(expr, warning = function(w) {
  warned <<- c(warned, conditionMessage(w)); invokeRestart("muffleWarning")
})

emit_t <- function(name, call, res) {
  est <- if (length(res$estimate) == 2) res$estimate[[1]] - res$estimate[[2]] else res$estimate[[1]]
  cat(sprintf("    # %s\n", call))
  cat(sprintf('    "%s": dict(statistic=%s, df=%s, pvalue=%s, ci_low=%s, ci_high=%s, estimate=%s),\n',
      name, num(res$statistic[[1]]), num(res$parameter[[1]]), num(res$p.value),
      num(res$conf.int[1]), num(res$conf.int[2]), num(est)))
}

emit_w <- function(name, call, res) {
  cat(sprintf("    # %s%s\n", call,
              if (length(warned)) paste0("  [R warns: ", paste(unique(warned), collapse = "; "), "]") else ""))
  warned <<- character()
  cat(sprintf('    "%s": dict(statistic=%s, pvalue=%s, ci_low=%s, ci_high=%s, estimate=%s, conf_level=%s, exact=%s),\n',
      name, num(res$statistic[[1]]), num(res$p.value),
      num(res$conf.int[1]), num(res$conf.int[2]), num(res$estimate[[1]]),
      num(attr(res$conf.int, "conf.level")),
      if (grepl("exact", res$method)) "True" else "False"))
}

# ---- data (the same formulas are written in test_compare.py) ----
sleep_before <- c(0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0)
sleep_after  <- c(1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4)
b8 <- c(12.1, 14.3, 9.8, 11.0, 15.2, 13.3, 10.4, 12.9)
a8 <- b8 + c(-1.9, -0.4, -0.7, 0.8, -3.2, -2.2, -1.1, -0.25)
b4 <- c(5, 7, 9, 4);  a4 <- c(4.5, 5.8, 6.1, 3.0)
b2 <- c(3, 5);        a2 <- c(2, 4.5)
b3t <- c(1, 2, 3);    a3t <- c(2, 3, 5)
bz <- c(10, 12, 15, 11, 14, 13, 9); az <- c(10, 11.5, 12.2, 11, 13.1, 9.6, 7.3)
i40 <- as.numeric(1:40); bint <- 5 + (i40 * 7) %% 11; aint <- 3 + (i40 * 5) %% 9
i60 <- as.numeric(1:60); b60 <- ((i60 * 7919) %% 1000) / 10; a60 <- b60 - 5 + ((i60 * 104729) %% 97) / 10
i2k <- as.numeric(1:2000); b2k <- ((i2k * 7919) %% 1000) / 10; a2k <- b2k - 3 + ((i2k * 104729) %% 997) / 50
i1e5 <- as.numeric(1:100000); b1e5 <- ((i1e5 * 7919) %% 1000) / 10; a1e5 <- b1e5 - 3 + ((i1e5 * 104729) %% 997) / 50
bconst <- c(1, 2, 3, 4, 5); aconst <- bconst + 2
sleep_before_na <- sleep_before; sleep_before_na[c(3, 10)] <- NA
sleep_after_na <- sleep_after; sleep_after_na[c(7, 10)] <- NA

cat("PAIRED_T = {\n")
for (alt in c("two.sided", "less", "greater")) {
  emit_t(paste0("sleep_", alt), sprintf('t.test(sleep_after, sleep_before, paired = TRUE, alternative = "%s")', alt),
         t.test(sleep_after, sleep_before, paired = TRUE, alternative = alt))
}
emit_t("sleep_conf90", "t.test(sleep_after, sleep_before, paired = TRUE, conf.level = 0.90)",
       t.test(sleep_after, sleep_before, paired = TRUE, conf.level = 0.90))
emit_t("sleep_na", "t.test(sleep_after_na, sleep_before_na, paired = TRUE)",
       t.test(sleep_after_na, sleep_before_na, paired = TRUE))
emit_t("n8", "t.test(a8, b8, paired = TRUE)", t.test(a8, b8, paired = TRUE))
emit_t("n2", "t.test(a2, b2, paired = TRUE)", t.test(a2, b2, paired = TRUE))
emit_t("int40", "t.test(aint, bint, paired = TRUE)", t.test(aint, bint, paired = TRUE))
emit_t("n60", "t.test(a60, b60, paired = TRUE)", t.test(a60, b60, paired = TRUE))
emit_t("n60_less_conf90", 't.test(a60, b60, paired = TRUE, alternative = "less", conf.level = 0.9)',
       t.test(a60, b60, paired = TRUE, alternative = "less", conf.level = 0.9))
emit_t("n2000", "t.test(a2k, b2k, paired = TRUE)", t.test(a2k, b2k, paired = TRUE))
emit_t("n100000", "t.test(a1e5, b1e5, paired = TRUE)", t.test(a1e5, b1e5, paired = TRUE))
cat("}\n\n")
cat(sprintf("# t.test(aconst, bconst, paired = TRUE) -> error: %s\n\n",
            tryCatch({t.test(aconst, bconst, paired = TRUE); "none"}, error = function(e) conditionMessage(e))))

cat("SIGNED_RANK = {\n")
w <- function(name, call, expr) { res <- quiet(expr); emit_w(name, call, res) }
for (alt in c("two.sided", "less", "greater")) {
  w(paste0("sleep_", alt), sprintf('wilcox.test(sleep_after, sleep_before, paired = TRUE, conf.int = TRUE, alternative = "%s")', alt),
    wilcox.test(sleep_after, sleep_before, paired = TRUE, conf.int = TRUE, alternative = alt))
}
w("sleep_conf90", "wilcox.test(sleep_after, sleep_before, paired = TRUE, conf.int = TRUE, conf.level = 0.90)",
  wilcox.test(sleep_after, sleep_before, paired = TRUE, conf.int = TRUE, conf.level = 0.90))
w("sleep_na", "wilcox.test(sleep_after_na, sleep_before_na, paired = TRUE, conf.int = TRUE)",
  wilcox.test(sleep_after_na, sleep_before_na, paired = TRUE, conf.int = TRUE))
for (alt in c("two.sided", "less", "greater")) {
  w(paste0("n8_", alt), sprintf('wilcox.test(a8, b8, paired = TRUE, conf.int = TRUE, alternative = "%s")', alt),
    wilcox.test(a8, b8, paired = TRUE, conf.int = TRUE, alternative = alt))
}
w("n8_conf90", "wilcox.test(a8, b8, paired = TRUE, conf.int = TRUE, conf.level = 0.90)",
  wilcox.test(a8, b8, paired = TRUE, conf.int = TRUE, conf.level = 0.90))
w("n4", "wilcox.test(a4, b4, paired = TRUE, conf.int = TRUE)", wilcox.test(a4, b4, paired = TRUE, conf.int = TRUE))
w("n4_greater", 'wilcox.test(a4, b4, paired = TRUE, conf.int = TRUE, alternative = "greater")',
  wilcox.test(a4, b4, paired = TRUE, conf.int = TRUE, alternative = "greater"))
w("n2", "wilcox.test(a2, b2, paired = TRUE, conf.int = TRUE)", wilcox.test(a2, b2, paired = TRUE, conf.int = TRUE))
w("n3_ties", "wilcox.test(a3t, b3t, paired = TRUE, conf.int = TRUE)", wilcox.test(a3t, b3t, paired = TRUE, conf.int = TRUE))
w("zeros", "wilcox.test(az, bz, paired = TRUE, conf.int = TRUE)", wilcox.test(az, bz, paired = TRUE, conf.int = TRUE))
for (alt in c("two.sided", "less", "greater")) {
  w(paste0("int40_", alt), sprintf('wilcox.test(aint, bint, paired = TRUE, conf.int = TRUE, alternative = "%s")', alt),
    wilcox.test(aint, bint, paired = TRUE, conf.int = TRUE, alternative = alt))
}
for (alt in c("two.sided", "less", "greater")) {
  w(paste0("n60_", alt), sprintf('wilcox.test(a60, b60, paired = TRUE, conf.int = TRUE, alternative = "%s")', alt),
    wilcox.test(a60, b60, paired = TRUE, conf.int = TRUE, alternative = alt))
}
w("n60_conf90", "wilcox.test(a60, b60, paired = TRUE, conf.int = TRUE, conf.level = 0.90)",
  wilcox.test(a60, b60, paired = TRUE, conf.int = TRUE, conf.level = 0.90))
w("n2000", "wilcox.test(a2k, b2k, paired = TRUE, conf.int = TRUE)", wilcox.test(a2k, b2k, paired = TRUE, conf.int = TRUE))
w("n2000_greater_conf99", 'wilcox.test(a2k, b2k, paired = TRUE, conf.int = TRUE, alternative = "greater", conf.level = 0.99)',
  wilcox.test(a2k, b2k, paired = TRUE, conf.int = TRUE, alternative = "greater", conf.level = 0.99))
w("n100000", "wilcox.test(a1e5, b1e5, paired = TRUE, conf.int = TRUE)", wilcox.test(a1e5, b1e5, paired = TRUE, conf.int = TRUE))
for (alt in c("two.sided", "less")) {
  w(paste0("const_", alt), sprintf('wilcox.test(aconst, bconst, paired = TRUE, conf.int = TRUE, alternative = "%s")', alt),
    wilcox.test(aconst, bconst, paired = TRUE, conf.int = TRUE, alternative = alt))
}
cat("}\n\n")

# ---- independent samples ----
bi5 <- c(12.1, 14.3, 9.8, 11.0, 15.2); ai6 <- c(10.2, 13.9, 9.1, 11.8, 12.05, 11.1)
bi2 <- c(3.1, 4.2); ai3 <- c(2.0, 2.5, 2.8)
bti <- c(1, 2, 2); ati <- c(2, 3, 3, 4)
j20 <- as.numeric(1:20); j25 <- as.numeric(1:25)
bint20 <- 5 + (j20 * 7) %% 11; aint25 <- 3 + (j25 * 5) %% 9
j60 <- as.numeric(1:60); j45 <- as.numeric(1:45)
a60i <- ((j60 * 7919) %% 1000) / 10; b45i <- ((j45 * 104729) %% 997) / 10 + 2
a2ki <- ((as.numeric(1:2000) * 7919) %% 1000) / 10; b1500i <- ((as.numeric(1:1500) * 104729) %% 997) / 10 + 2
k5e4 <- as.numeric(1:50000)
a5e4 <- ((k5e4 * 7919) %% 1000) / 10 + ((k5e4 * 31) %% 7) / 1000; b5e4 <- ((k5e4 * 104729) %% 997) / 10
bconst8 <- rep(5, 8); aone6 <- c(3, 4, 4.5, 3.2, 5.1, 2.9)
bc6 <- rep(5, 6); ac7 <- rep(3, 7)
sleep_after_na2 <- sleep_after; sleep_after_na2[2] <- NA

cat("WELCH = {\n")
for (alt in c("two.sided", "less", "greater")) {
  emit_t(paste0("sleep_", alt), sprintf('t.test(sleep_after, sleep_before, alternative = "%s")', alt),
         t.test(sleep_after, sleep_before, alternative = alt))
}
emit_t("sleep_conf90", "t.test(sleep_after, sleep_before, conf.level = 0.90)", t.test(sleep_after, sleep_before, conf.level = 0.90))
emit_t("sleep_na", "t.test(sleep_after_na2, sleep_before_na)", t.test(sleep_after_na2, sleep_before_na))
emit_t("n5_6", "t.test(ai6, bi5)", t.test(ai6, bi5))
emit_t("n2_3", "t.test(ai3, bi2)", t.test(ai3, bi2))
emit_t("int", "t.test(aint25, bint20)", t.test(aint25, bint20))
emit_t("n60_45", "t.test(a60i, b45i)", t.test(a60i, b45i))
emit_t("n2000_1500", "t.test(a2ki, b1500i)", t.test(a2ki, b1500i))
emit_t("one_constant", "t.test(aone6, bconst8)", t.test(aone6, bconst8))
cat("}\n\n")
cat(sprintf("# t.test(ac7, bc6) -> error: %s\n\n",
            tryCatch({t.test(ac7, bc6); "none"}, error = function(e) conditionMessage(e))))

cat("RANK_SUM = {\n")
for (alt in c("two.sided", "less", "greater")) {
  w(paste0("sleep_", alt), sprintf('wilcox.test(sleep_after, sleep_before, conf.int = TRUE, alternative = "%s")', alt),
    wilcox.test(sleep_after, sleep_before, conf.int = TRUE, alternative = alt))
}
w("sleep_na", "wilcox.test(sleep_after_na2, sleep_before_na, conf.int = TRUE)",
  wilcox.test(sleep_after_na2, sleep_before_na, conf.int = TRUE))
for (alt in c("two.sided", "less", "greater")) {
  w(paste0("n5_6_", alt), sprintf('wilcox.test(ai6, bi5, conf.int = TRUE, alternative = "%s")', alt),
    wilcox.test(ai6, bi5, conf.int = TRUE, alternative = alt))
}
w("n5_6_conf90", "wilcox.test(ai6, bi5, conf.int = TRUE, conf.level = 0.90)", wilcox.test(ai6, bi5, conf.int = TRUE, conf.level = 0.90))
w("n2_3", "wilcox.test(ai3, bi2, conf.int = TRUE)", wilcox.test(ai3, bi2, conf.int = TRUE))
w("n3_4_ties", "wilcox.test(ati, bti, conf.int = TRUE)", wilcox.test(ati, bti, conf.int = TRUE))
for (alt in c("two.sided", "less", "greater")) {
  w(paste0("int_", alt), sprintf('wilcox.test(aint25, bint20, conf.int = TRUE, alternative = "%s")', alt),
    wilcox.test(aint25, bint20, conf.int = TRUE, alternative = alt))
}
w("n60_45", "wilcox.test(a60i, b45i, conf.int = TRUE)", wilcox.test(a60i, b45i, conf.int = TRUE))
w("n60_45_less_conf90", 'wilcox.test(a60i, b45i, conf.int = TRUE, alternative = "less", conf.level = 0.9)',
  wilcox.test(a60i, b45i, conf.int = TRUE, alternative = "less", conf.level = 0.9))
w("n2000_1500", "wilcox.test(a2ki, b1500i, conf.int = TRUE)", wilcox.test(a2ki, b1500i, conf.int = TRUE))
w("n50000", "wilcox.test(a5e4, b5e4, conf.int = TRUE)", wilcox.test(a5e4, b5e4, conf.int = TRUE))
w("one_constant", "wilcox.test(aone6, bconst8, conf.int = TRUE)", wilcox.test(aone6, bconst8, conf.int = TRUE))
w("both_constant_no_ci", "wilcox.test(ac7, bc6)  (conf.int = TRUE stops with an error)", wilcox.test(ac7, bc6))
cat("}\n\n")
cat(sprintf("# wilcox.test(ac7, bc6, conf.int = TRUE) -> error: %s\n\n",
            tryCatch({quiet(wilcox.test(ac7, bc6, conf.int = TRUE)); "none"}, error = function(e) conditionMessage(e))))

cat("SHAPIRO = {\n")
sw <- function(name, call, x) {
  s <- shapiro.test(x)
  cat(sprintf("    # %s\n", call))
  cat(sprintf('    "%s": (%s, %s),\n', name, num(s$statistic[[1]]), num(s$p.value)))
}
sw("sleep_diff", "shapiro.test(sleep_after - sleep_before)", sleep_after - sleep_before)
sw("sleep_before", "shapiro.test(sleep_before)", sleep_before)
sw("sleep_after", "shapiro.test(sleep_after)", sleep_after)
sw("n8_diff", "shapiro.test(a8 - b8)", a8 - b8)
sw("n4_diff", "shapiro.test(a4 - b4)", a4 - b4)
sw("three", "shapiro.test(c(1, 2, 4))", c(1, 2, 4))
sw("three_tied", "shapiro.test(c(1, 1, 2))", c(1, 1, 2))
sw("int40_diff", "shapiro.test(aint - bint)", aint - bint)
sw("int_before", "shapiro.test(bint20)", bint20)
sw("int_after", "shapiro.test(aint25)", aint25)
sw("n60_diff", "shapiro.test(a60 - b60)", a60 - b60)
sw("tiny_scale", "shapiro.test(c(1, 2, 4, 7, 3) * 1e-12)", c(1, 2, 4, 7, 3) * 1e-12)
k <- as.numeric(1:4999)
sw("n4999", "shapiro.test(((k * 7919) %% 1013) / 7 + k / 3), k = 1..4999", ((k * 7919) %% 1013) / 7 + k / 3)
cat("}\n")

# ---- descriptive numbers and effect sizes, computed in R from R's own results ----
cat("\nDESCRIBE = {\n")
desc <- function(name, call, b, a) {
  cat(sprintf("    # %s\n", call))
  cat(sprintf('    "%s": dict(mean_before=%s, mean_after=%s, median_before=%s, median_after=%s, sd_before=%s, sd_after=%s, change=%s, pct_change=%s),\n',
      name, num(mean(b)), num(mean(a)), num(median(b)), num(median(a)), num(sd(b)), num(sd(a)),
      num(mean(a) - mean(b)), num((mean(a) - mean(b)) / mean(b) * 100)))
}
desc("sleep", "mean/median/sd of sleep_before and sleep_after", sleep_before, sleep_after)
ok <- complete.cases(sleep_before_na, sleep_after_na)
desc("sleep_na_paired", "the same over complete pairs of sleep_before_na, sleep_after_na", sleep_before_na[ok], sleep_after_na[ok])
desc("sleep_na_independent", "the same over non-missing sleep_before_na and sleep_after_na2",
     sleep_before_na[!is.na(sleep_before_na)], sleep_after_na2[!is.na(sleep_after_na2)])
cat("}\n\n")

cat("EFFECT = {\n")
d <- sleep_after - sleep_before
cat("    # mean(d) / sd(d), d = sleep_after - sleep_before\n")
cat(sprintf('    "sleep_cohen_dz": %s,\n', num(mean(d) / sd(d))))
pooled <- function(a, b) sqrt(((length(a) - 1) * var(a) + (length(b) - 1) * var(b)) / (length(a) + length(b) - 2))
cd <- (mean(sleep_after) - mean(sleep_before)) / pooled(sleep_after, sleep_before)
cat("    # (mean(sleep_after) - mean(sleep_before)) / pooled SD; Hedges' g = d * (1 - 3 / (4 * (10 + 10) - 9))\n")
cat(sprintf('    "sleep_cohen_d": %s,\n    "sleep_hedges_g": %s,\n', num(cd), num(cd * (1 - 3 / (4 * 20 - 9)))))
rb_paired <- function(a, b) { x <- a - b; x <- x[x != 0]; r <- rank(abs(x)); (sum(r[x > 0]) - sum(r[x < 0])) / sum(r) }
cat("    # matched-pairs rank-biserial: (sum(r[d > 0]) - sum(r[d < 0])) / sum(r), r = rank(abs(d[d != 0]))\n")
for (nm in c("sleep", "n8", "int40", "n60")) {
  ab <- switch(nm, sleep = list(sleep_after, sleep_before), n8 = list(a8, b8), int40 = list(aint, bint), n60 = list(a60, b60))
  cat(sprintf('    "%s_rank_biserial_paired": %s,\n', nm, num(rb_paired(ab[[1]], ab[[2]]))))
}
cat("    # 2 * W / (n1 * n2) - 1, W = wilcox.test(after, before)$statistic\n")
for (nm in c("sleep", "n5_6", "int")) {
  ab <- switch(nm, sleep = list(sleep_after, sleep_before), n5_6 = list(ai6, bi5), int = list(aint25, bint20))
  W <- suppressWarnings(wilcox.test(ab[[1]], ab[[2]])$statistic[[1]])
  cat(sprintf('    "%s_rank_biserial_independent": %s,\n', nm, num(2 * W / (length(ab[[1]]) * length(ab[[2]])) - 1)))
}
cat("}\n\n")

cat("# values sharing a rank: r <- rank(abs(d[d != 0])); t <- table(r); sum(t[t > 1])  (paired)\n")
cat("# and the same on rank(c(after, before)) (independent); zeros: sum(d == 0)\n")
cat("TIES = {\n")
nt <- function(r) { t <- table(r); sum(t[t > 1]) }
for (nm in c("sleep", "int40", "zeros", "const")) {
  ab <- switch(nm, sleep = list(sleep_after, sleep_before), int40 = list(aint, bint), zeros = list(az, bz), const = list(aconst, bconst))
  d <- ab[[1]] - ab[[2]]
  cat(sprintf('    "%s_paired": (%d, %d),\n', nm, sum(d == 0), nt(rank(abs(d[d != 0])))))
}
for (nm in c("sleep", "int")) {
  ab <- switch(nm, sleep = list(sleep_after, sleep_before), int = list(aint25, bint20))
  cat(sprintf('    "%s_independent": (0, %d),\n', nm, nt(rank(c(ab[[1]], ab[[2]])))))
}
cat("}\n\n")

# ---- exact distributions and qnorm (R's nmath) ----
cat("DIST = {\n")
dist <- function(call) cat(sprintf('    "%s": %s,\n', call, num(eval(parse(text = call)))))
for (call in c("psignrank(10, 20)", "psignrank(150, 20, lower.tail = FALSE)", "psignrank(300, 49)",
               "qsignrank(0.025, 49)", "qsignrank(0.975, 30)", "pwilcox(300, 30, 49)",
               "pwilcox(1000, 49, 49, lower.tail = FALSE)", "qwilcox(0.025, 49, 49)", "qwilcox(0.95, 7, 12)",
               "qnorm(0.025)", "qnorm(0.3)", "qnorm(1e-12)", "qnorm(0.025, lower.tail = FALSE)", "signif(0.125, 2)",
               "signif(0.0625, 2)"))
  dist(call)
cat("}\n\n")

cat("SHAPIRO_EXTRA = {\n")
outlier <- c(1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 9)
sw("outlier", "shapiro.test(c(1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 9))", outlier)
cat("}\n")
