# Percentile bootstrap intervals of examples/hotel-survey.csv, the reference of test/bootstrap.test.ts:
# boot::boot over respondents (B = 2000) and boot.ci(type = "perc") of the statistics servqual gives
# bootstrap intervals of: the dimension gaps, the unweighted overall gap, the Pearson r of each
# perception dimension score with overall satisfaction, the standardized betas and the mean stated
# weights. Respondent-level scores are made as servqual makes them: the two rows with a bad answer
# (17: P5 = 55; 101: E12 = n/a) are excluded; a dimension score averages the items answered in both
# E and P, given at least half of the dimension's items (rounded up).
# Run from the repository root: Rscript test/reference/bootstrap-hotel.R > test/reference/bootstrap-hotel.out.txt
library(boot)
df <- read.csv("examples/hotel-survey.csv", colClasses = "character")
num <- function(x) suppressWarnings(as.numeric(x))
E <- sapply(1:22, function(i) num(df[[paste0("E", i)]]))
P <- sapply(1:22, function(i) num(df[[paste0("P", i)]]))
bad <- apply(E, 1, function(r) any(!is.na(r) & (r < 1 | r > 7))) | apply(P, 1, function(r) any(!is.na(r) & (r < 1 | r > 7))) |
  apply(is.na(E) & df[, paste0("E", 1:22)] != "", 1, any) | apply(is.na(P) & df[, paste0("P", 1:22)] != "", 1, any)
keep <- !bad
E <- E[keep, ]; P <- P[keep, ]
W <- sapply(c("tangibles", "reliability", "responsiveness", "assurance", "empathy"), function(d) num(df[[paste0("W_", d)]]))[keep, ]
overall <- num(df$overall)[keep]
dims <- list(tangibles = 1:4, reliability = 5:9, responsiveness = 10:13, assurance = 14:17, empathy = 18:22)
gap <- sapply(dims, function(ix) {
  both <- !is.na(E[, ix]) & !is.na(P[, ix])
  cnt <- rowSums(both)
  g <- rowSums(ifelse(both, P[, ix] - E[, ix], 0)) / cnt
  ifelse(cnt >= ceiling(length(ix) / 2), g, NA)
})
perc <- sapply(dims, function(ix) {
  both <- !is.na(E[, ix]) & !is.na(P[, ix])
  cnt <- rowSums(both)
  p <- rowSums(ifelse(both, P[, ix], 0)) / cnt
  ifelse(cnt >= ceiling(length(ix) / 2), p, NA)
})
scores <- data.frame(gap = gap, perc = perc, W = W, overall = overall)
stat <- function(d, i) {
  s <- d[i, ]
  g <- as.matrix(s[, 1:5]); p <- as.matrix(s[, 6:10]); w <- as.matrix(s[, 11:15]); y <- s$overall
  gaps <- colMeans(g, na.rm = TRUE)
  ov <- rowMeans(g); ov <- mean(ov[!is.na(ov)])
  cc <- complete.cases(p, y)
  r <- as.vector(cor(p[cc, ], y[cc]))
  beta <- coef(lm(scale(y[cc]) ~ scale(p[cc, ])))[-1]
  ws <- complete.cases(w)
  stated <- colMeans(w[ws, , drop = FALSE])
  c(gaps, ov, r, beta, stated)
}
names <- c(paste0("gap.", names(dims)), "overall.unweighted", paste0("r.", names(dims)), paste0("beta.", names(dims)), paste0("stated.", names(dims)))
set.seed(20261202)
b <- boot(scores, stat, R = 2000)
cat("# statistic point lo hi (boot.ci type perc, R = 2000, set.seed(20261202)); R", R.version$major, R.version$minor, "boot", as.character(packageVersion("boot")), "\n")
for (k in seq_along(names)) {
  ci <- boot.ci(b, index = k, type = "perc")$percent[4:5]
  cat(names[k], sprintf("%.12g", b$t0[k]), sprintf("%.12g", ci[1]), sprintf("%.12g", ci[2]), "\n")
}
