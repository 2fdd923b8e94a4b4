# References for servqual's service-standards statistics (test/standards.test.ts).
# Run: Rscript test/reference/standards.R > test/reference/standards.out.txt
# Wilson score intervals: R's prop.test without continuity correction is the Wilson interval.
options(digits = 15)
cases <- list(c(0, 1), c(1, 1), c(0, 10), c(8, 10), c(10, 10), c(81, 108), c(1, 117), c(97, 117), c(5000, 9000))
for (x in cases) {
  ci <- prop.test(x[1], x[2], correct = FALSE)$conf.int
  cat(sprintf("wilson %d/%d: %.15g %.15g\n", x[1], x[2], ci[1], ci[2]))
}
# Pearson's r across five units: compliance against the linked dimensions' mean P - E (the test's data).
compliance <- c(0.9, 0.8, 0.6, 0.7, 0.5)
gap <- c(-0.2, -0.5, -0.9, -0.4, -1.1)
cat(sprintf("pearson: %.15g\n", cor(compliance, gap)))
# Fleiss' kappa written out (irr is not installed): the Wikipedia "Fleiss' kappa" worked example,
# 10 subjects, 14 raters, 5 categories; the page prints P-bar 0.378, P-bar-e 0.213, kappa 0.210.
m <- matrix(c(0,0,0,0,14, 0,2,6,4,2, 0,0,3,5,6, 0,3,9,2,0, 2,2,8,1,1, 7,7,0,0,0, 3,2,6,3,0, 2,5,3,2,2, 6,5,2,1,0, 0,2,2,3,7), ncol = 5, byrow = TRUE)
n <- rowSums(m)
P <- (rowSums(m^2) - n) / (n * (n - 1))
p <- colSums(m) / sum(m)
Pbar <- mean(P); Pe <- sum(p^2)
cat(sprintf("fleiss wikipedia: Pbar %.15g, Pe %.15g, kappa %.15g\n", Pbar, Pe, (Pbar - Pe) / (1 - Pe)))
