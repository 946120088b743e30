# Reference numbers for tests/stats/test_counts.py (itastats.stats.counts).
#
# Run:  Rscript tests/stats/r_reference/counts_reference.R > /tmp/counts_ref.py
# (R 4.2.2 Patched from Debian's r-base-core was used; the output is pasted
# into tests/stats/test_counts.py.)  Every number is printed with
# sprintf("%.17g") so that nothing is lost.  Direction is always after
# versus before:
#   poisson.test(c(events_after, events_before), c(exposure_after, exposure_before))
#   prop.test(c(x_after, x_before), c(n_after, n_before))
#   fisher.test(matrix(c(x_after, n_after - x_after, x_before, n_before - x_before), 2))
#   mcnemar.test(matrix(c(both, before_only, after_only, neither), 2))
#   binom.test(after_only, before_only + after_only)
#
# fisher.test's odds ratio and interval are roots found by uniroot() with
# its default tol = .Machine$double.eps^0.25 (about 1.2e-4), so R prints
# them to about four digits only.  fisher_tight() below is fisher.test's
# own code for a 2 x 2 table (R 4.2.2, src/library/stats/R/fisher.test.R)
# with one change: every uniroot() call gets tol = 1e-300 and
# maxiter = 10000, so the roots are the exact roots to double precision
# (zeroin then stops at 2 * .Machine$double.eps * |root|).  Those are the
# numbers the tests hold itastats to at 1e-9; R's default, coarse numbers
# are printed beside them (FISHER_R_DEFAULT) and checked to R's own tolerance.

num <- function(x) {
  if (is.null(x) || length(x) == 0) return("None")
  if (is.na(x)) return("nan")
  if (is.infinite(x)) return(if (x > 0) "inf" else "-inf")
  sprintf("%.17g", x)
}

fisher_tight <- function(x, alternative = "two.sided", conf.level = 0.95, or = 1) {
  tol <- 1e-300
  maxit <- 10000L
  m <- sum(x[, 1L]); n <- sum(x[, 2L]); k <- sum(x[1L, ]); x <- x[1L, 1L]
  lo <- max(0L, k - n); hi <- min(k, m)
  support <- lo:hi
  logdc <- dhyper(support, m, n, k, log = TRUE)
  dnhyper <- function(ncp) { d <- logdc + log(ncp) * support; d <- exp(d - max(d)); d / sum(d) }
  mnhyper <- function(ncp) {
    if (ncp == 0) return(lo)
    if (ncp == Inf) return(hi)
    sum(support * dnhyper(ncp))
  }
  pnhyper <- function(q, ncp = 1, upper.tail = FALSE) {
    if (ncp == 1) return(if (upper.tail) phyper(x - 1, m, n, k, lower.tail = FALSE) else phyper(x, m, n, k))
    if (ncp == 0) return(as.numeric(if (upper.tail) q <= lo else q >= lo))
    if (ncp == Inf) return(as.numeric(if (upper.tail) q <= hi else q >= hi))
    sum(dnhyper(ncp)[if (upper.tail) support >= q else support <= q])
  }
  PVAL <- switch(alternative, less = pnhyper(x, or), greater = pnhyper(x, or, upper.tail = TRUE),
    two.sided = {
      if (or == 0) as.numeric(x == lo) else if (or == Inf) as.numeric(x == hi) else {
        relErr <- 1 + 10^(-7)
        d <- dnhyper(or)
        sum(d[d <= d[x - lo + 1] * relErr])
      }
    })
  mle <- function(x) {
    if (x == lo) return(0)
    if (x == hi) return(Inf)
    mu <- mnhyper(1)
    if (mu > x) uniroot(function(t) mnhyper(t) - x, c(0, 1), tol = tol, maxiter = maxit)$root
    else if (mu < x) 1 / uniroot(function(t) mnhyper(1 / t) - x, c(.Machine$double.eps, 1),
                                 tol = tol, maxiter = maxit)$root
    else 1
  }
  ncp.U <- function(x, alpha) {
    if (x == hi) return(Inf)
    p <- pnhyper(x, 1)
    if (p < alpha) uniroot(function(t) pnhyper(x, t) - alpha, c(0, 1), tol = tol, maxiter = maxit)$root
    else if (p > alpha) 1 / uniroot(function(t) pnhyper(x, 1 / t) - alpha, c(.Machine$double.eps, 1),
                                    tol = tol, maxiter = maxit)$root
    else 1
  }
  ncp.L <- function(x, alpha) {
    if (x == lo) return(0)
    p <- pnhyper(x, 1, upper.tail = TRUE)
    if (p > alpha) uniroot(function(t) pnhyper(x, t, upper.tail = TRUE) - alpha, c(0, 1),
                           tol = tol, maxiter = maxit)$root
    else if (p < alpha) 1 / uniroot(function(t) pnhyper(x, 1 / t, upper.tail = TRUE) - alpha,
                                    c(.Machine$double.eps, 1), tol = tol, maxiter = maxit)$root
    else 1
  }
  CINT <- switch(alternative, less = c(0, ncp.U(x, 1 - conf.level)),
                 greater = c(ncp.L(x, 1 - conf.level), Inf),
                 two.sided = { alpha <- (1 - conf.level) / 2; c(ncp.L(x, alpha), ncp.U(x, alpha)) })
  list(p.value = PVAL, conf.int = CINT, estimate = mle(x))
}

alt_arg <- function(alt) if (alt == "two.sided") "" else sprintf(', alternative = "%s"', alt)
cl_arg <- function(cl) if (cl == 0.95) "" else sprintf(", conf.level = %s", cl)

# ---- events over a period: (events_before, exposure_before, events_after, exposure_after, alternative, conf.level)
rates <- list(
  list("complaints_year", 120, 12, 45, 12, "two.sided", 0.95),
  list("complaints_year_less", 120, 12, 45, 12, "less", 0.95),
  list("complaints_year_greater", 120, 12, 45, 12, "greater", 0.95),
  list("unequal_exposure", 35, 12, 20, 6, "two.sided", 0.95),
  list("zero_before", 0, 12, 5, 12, "two.sided", 0.95),
  list("zero_before_greater", 0, 6, 4, 6, "greater", 0.95),
  list("zero_after", 7, 12, 0, 12, "two.sided", 0.95),
  list("zero_after_less", 7, 12, 0, 12, "less", 0.95),
  list("equal", 3, 10, 3, 10, "two.sided", 0.95),
  list("tie_rule", 2, 1, 6, 1, "two.sided", 0.95),
  list("working_days", 10, 250, 4, 260, "two.sided", 0.95),
  list("increase_greater", 5, 6, 14, 6, "greater", 0.95),
  list("conf90", 120, 12, 45, 12, "two.sided", 0.90),
  list("conf99_less", 35, 12, 20, 6, "less", 0.99),
  list("large", 1500, 365, 1320, 365, "two.sided", 0.95),
  list("fractional_exposure", 18, 7.5, 9, 4.25, "two.sided", 0.95),
  list("one_two", 1, 1, 2, 1, "two.sided", 0.95),
  list("per_document", 52, 400, 11, 410, "two.sided", 0.95)
)

cat("RATES = {\n")
for (r in rates) {
  eb <- r[[2]]; tb <- r[[3]]; ea <- r[[4]]; ta <- r[[5]]; alt <- r[[6]]; cl <- r[[7]]
  res <- poisson.test(c(ea, eb), c(ta, tb), alternative = alt, conf.level = cl)
  sb <- poisson.test(eb, tb, conf.level = cl)$conf.int
  sa <- poisson.test(ea, ta, conf.level = cl)$conf.int
  cat(sprintf("    # poisson.test(c(%s, %s), c(%s, %s)%s%s)\n", ea, eb, ta, tb, alt_arg(alt), cl_arg(cl)))
  cat(sprintf("    # each side: poisson.test(%s, %s%s)$conf.int, poisson.test(%s, %s%s)$conf.int\n",
              eb, tb, cl_arg(cl), ea, ta, cl_arg(cl)))
  cat(sprintf('    "%s": dict(args=(%s, %s, %s, %s), alternative="%s", confidence=%s,\n',
              r[[1]], eb, tb, ea, ta, sub(".", "-", alt, fixed = TRUE), cl))
  cat(sprintf("        pvalue=%s, estimate=%s, ci_low=%s, ci_high=%s,\n",
              num(res$p.value), num(res$estimate[[1]]), num(res$conf.int[1]), num(res$conf.int[2])))
  cat(sprintf("        ci_before=(%s, %s), ci_after=(%s, %s)),\n", num(sb[1]), num(sb[2]), num(sa[1]), num(sa[2])))
}
cat("}\n\n")
cat(sprintf("# poisson.test(c(0, 0), c(12, 12)): p = %s, estimate = %s, conf.int = %s to %s (no information)\n\n",
            num(poisson.test(c(0, 0), c(12, 12))$p.value), num(poisson.test(c(0, 0), c(12, 12))$estimate[[1]]),
            num(poisson.test(c(0, 0), c(12, 12))$conf.int[1]), num(poisson.test(c(0, 0), c(12, 12))$conf.int[2])))

# ---- X of N, two groups: (x_before, n_before, x_after, n_after, alternative, conf.level)
props <- list(
  list("returned_docs", 35, 400, 8, 410, "two.sided", 0.95),
  list("returned_docs_less", 35, 400, 8, 410, "less", 0.95),
  list("on_time_groups", 23, 60, 45, 60, "two.sided", 0.95),
  list("on_time_groups_greater", 23, 60, 45, 60, "greater", 0.95),
  list("small_expected", 7, 31, 1, 30, "two.sided", 0.95),
  list("zero_after", 6, 25, 0, 25, "two.sided", 0.95),
  list("zero_before", 0, 20, 5, 20, "two.sided", 0.95),
  list("zero_before_greater", 0, 20, 5, 20, "greater", 0.95),
  list("equal", 30, 100, 30, 100, "two.sided", 0.95),
  list("yates_capped", 25, 49, 26, 50, "two.sided", 0.95),
  list("conf99", 35, 400, 8, 410, "two.sided", 0.99),
  list("conf90_less", 9, 31, 2, 30, "less", 0.90),
  list("tiny", 4, 6, 1, 5, "two.sided", 0.95),
  list("three_each", 3, 8, 3, 40, "two.sided", 0.95),
  list("nearly_all", 90, 100, 99, 100, "two.sided", 0.95),
  list("large", 1100, 5000, 1000, 5000, "two.sided", 0.95),
  list("all_after", 12, 15, 15, 15, "two.sided", 0.95),
  list("one_of_each", 1, 2, 1, 2, "two.sided", 0.95)
)

cat("PROPORTIONS = {\n")
for (r in props) {
  xb <- r[[2]]; nb <- r[[3]]; xa <- r[[4]]; na <- r[[5]]; alt <- r[[6]]; cl <- r[[7]]
  pt <- suppressWarnings(prop.test(c(xa, xb), c(na, nb), alternative = alt, conf.level = cl))
  tab <- matrix(c(xa, na - xa, xb, nb - xb), 2)
  ft <- fisher_tight(tab, alternative = alt, conf.level = cl)
  fr <- fisher.test(tab, alternative = alt, conf.level = cl)
  p <- (xa + xb) / (na + nb)
  emin <- min(c(na, nb) * p, c(na, nb) * (1 - p))
  sb <- binom.test(xb, nb, conf.level = cl)$conf.int
  sa <- binom.test(xa, na, conf.level = cl)$conf.int
  cat(sprintf("    # prop.test(c(%s, %s), c(%s, %s)%s%s)\n", xa, xb, na, nb, alt_arg(alt), cl_arg(cl)))
  cat(sprintf("    # fisher_tight(matrix(c(%s, %s, %s, %s), 2)%s%s)  [= fisher.test with uniroot tol 1e-300]\n",
              xa, na - xa, xb, nb - xb, alt_arg(alt), cl_arg(cl)))
  cat(sprintf("    # each side: binom.test(%s, %s%s)$conf.int, binom.test(%s, %s%s)$conf.int\n",
              xb, nb, cl_arg(cl), xa, na, cl_arg(cl)))
  cat(sprintf('    "%s": dict(args=(%s, %s, %s, %s), alternative="%s", confidence=%s, min_expected=%s,\n',
              r[[1]], xb, nb, xa, na, sub(".", "-", alt, fixed = TRUE), cl, num(emin)))
  cat(sprintf("        prop_test=dict(statistic=%s, df=%s, pvalue=%s, estimate=%s, ci_low=%s, ci_high=%s),\n",
              num(pt$statistic[[1]]), num(pt$parameter[[1]]), num(pt$p.value),
              num(pt$estimate[[1]] - pt$estimate[[2]]), num(pt$conf.int[1]), num(pt$conf.int[2])))
  cat(sprintf("        fisher_exact=dict(pvalue=%s, estimate=%s, ci_low=%s, ci_high=%s),\n",
              num(ft$p.value), num(ft$estimate), num(ft$conf.int[1]), num(ft$conf.int[2])))
  cat(sprintf("        fisher_r_default=dict(pvalue=%s, estimate=%s, ci_low=%s, ci_high=%s),\n",
              num(fr$p.value), num(fr$estimate[[1]]), num(fr$conf.int[1]), num(fr$conf.int[2])))
  cat(sprintf("        ci_before=(%s, %s), ci_after=(%s, %s)),\n", num(sb[1]), num(sb[2]), num(sa[1]), num(sa[2])))
}
cat("}\n\n")
z <- suppressWarnings(prop.test(c(0, 0), c(10, 12)))
cat(sprintf("# prop.test(c(0, 0), c(10, 12)): X-squared = %s, p = %s (R cannot test: no events at all)\n",
            num(z$statistic[[1]]), num(z$p.value)))
z <- fisher.test(matrix(c(0, 10, 0, 12), 2))
cat(sprintf("# fisher.test(matrix(c(0, 10, 0, 12), 2)): p = %s, odds ratio = %s, conf.int = %s to %s (no information)\n",
            num(z$p.value), num(z$estimate[[1]]), num(z$conf.int[1]), num(z$conf.int[2])))
z <- suppressWarnings(prop.test(c(15, 12), c(15, 12)))
cat(sprintf("# prop.test(c(15, 12), c(15, 12)): X-squared = %s, p = %s (every case an event on both sides)\n\n",
            num(z$statistic[[1]]), num(z$p.value)))

# ---- X of N, the same cases twice: (both, before_only, after_only, neither)
paired <- list(
  list("on_time_requests", 20, 3, 25, 12),
  list("equal_discordant", 30, 10, 10, 10),
  list("zero_before_only", 15, 0, 9, 6),
  list("differ_by_one", 10, 5, 6, 9),
  list("many_discordant", 40, 2, 30, 28),
  list("boundary_25", 0, 12, 13, 0),
  list("below_25", 12, 7, 17, 24),
  list("large", 100, 40, 60, 200),
  list("tiny", 5, 1, 0, 4),
  list("worse", 30, 14, 4, 12),
  list("one_discordant", 8, 0, 1, 3)
)

cat("PAIRED = {\n")
for (r in paired) {
  a <- r[[2]]; b <- r[[3]]; c <- r[[4]]; d <- r[[5]]
  mc <- mcnemar.test(matrix(c(a, b, c, d), 2))
  bt <- binom.test(c, b + c)
  n <- a + b + c + d
  sb <- binom.test(a + b, n)$conf.int
  sa <- binom.test(a + c, n)$conf.int
  cat(sprintf("    # mcnemar.test(matrix(c(%s, %s, %s, %s), 2)); binom.test(%s, %s)\n", a, b, c, d, c, b + c))
  cat(sprintf("    # each side: binom.test(%s, %s)$conf.int, binom.test(%s, %s)$conf.int\n", a + b, n, a + c, n))
  cat(sprintf('    "%s": dict(args=(%s, %s, %s, %s),\n', r[[1]], a, b, c, d))
  cat(sprintf("        mcnemar=dict(statistic=%s, df=%s, pvalue=%s),\n",
              num(mc$statistic[[1]]), num(mc$parameter[[1]]), num(mc$p.value)))
  cat(sprintf("        mcnemar_exact=dict(pvalue=%s),\n", num(bt$p.value)))
  cat(sprintf("        ci_before=(%s, %s), ci_after=(%s, %s)),\n", num(sb[1]), num(sb[2]), num(sa[1]), num(sa[2])))
}
cat("}\n\n")
z <- mcnemar.test(matrix(c(50, 0, 0, 10), 2))
cat(sprintf("# mcnemar.test(matrix(c(50, 0, 0, 10), 2)): McNemar's chi-squared = %s, p = %s (no case changed)\n",
            num(z$statistic[[1]]), num(z$p.value)))
cat(sprintf("# binom.test(0, 0) -> error: %s\n",
            tryCatch({binom.test(0, 0); "none"}, error = function(e) conditionMessage(e))))
