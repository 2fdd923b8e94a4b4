# Generates hotel-survey.csv: a made-up SERVQUAL-22 survey of a hotel group (E and P on 1–7),
# 240 guests in three branches over 2025, 100-point weights from about two thirds of them,
# overall satisfaction on 1–7, a few skipped answers and two rows with typing errors.
# Run from this folder: Rscript make-hotel-survey.R
set.seed(2025)
n <- 240
dims <- list(tangibles = 1:4, reliability = 5:9, responsiveness = 10:13, assurance = 14:17, empathy = 18:22)
branch <- sample(c("Shanghai-01", "Shanghai-02", "Hangzhou-01"), n, TRUE, prob = c(0.4, 0.35, 0.25))
# Shanghai-02 is slower to respond: its guests perceive responsiveness 0.9 lower (expectations do not change).
likert <- function(centre, spread, noise, slow = 0) {
  m <- matrix(NA_real_, n, 22)
  for (d in names(dims)) {
    latent <- rnorm(n, centre[[d]], spread) + ifelse(branch == "Shanghai-02" & d == "responsiveness", slow, 0)
    for (i in dims[[d]]) m[, i] <- pmin(7, pmax(1, round(latent + rnorm(n, 0, noise))))
  }
  m
}
E <- likert(list(tangibles = 5.5, reliability = 6.3, responsiveness = 6.0, assurance = 6.1, empathy = 5.7), 0.7, 0.6)
P <- likert(list(tangibles = 5.7, reliability = 5.1, responsiveness = 5.3, assurance = 5.9, empathy = 5.4), 0.8, 0.8, slow = -0.9)
E[matrix(runif(n * 22) < 0.01, n)] <- NA
P[matrix(runif(n * 22) < 0.01, n)] <- NA
raw <- matrix(rgamma(n * 5, 3), n, 5) * matrix(c(0.8, 1.5, 1.1, 1, 0.9), n, 5, byrow = TRUE)
W <- round(100 * raw / rowSums(raw)); W[, 5] <- 100 - rowSums(W[, 1:4])
W[runif(n) > 0.65, ] <- NA
overall <- pmin(7, pmax(1, round(4.6 + 0.9 * rowMeans(P - E, na.rm = TRUE) + rnorm(n, 0, 0.7))))
dates <- format(as.Date("2025-01-01") + sort(sample(0:364, n, TRUE)))
df <- data.frame(respondent_id = sprintf("G%04d", 1:n), branch = branch, submitted_at = dates,
                 matrix(E, n, dimnames = list(NULL, paste0("E", 1:22))),
                 matrix(P, n, dimnames = list(NULL, paste0("P", 1:22))),
                 matrix(W, n, dimnames = list(NULL, paste0("W_", names(dims)))), overall = overall)
df <- data.frame(lapply(df, as.character), check.names = FALSE)
df$P5[17] <- "55"      # a typing error: outside the 1–7 scale
df$E12[101] <- "n/a"   # not a number (only an empty cell or NA means a skipped answer)
write.csv(df, "hotel-survey.csv", row.names = FALSE, na = "", quote = FALSE)
