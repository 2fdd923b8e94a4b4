# Generates hotel-managers.csv (12 managers predicting guests' expectations, E1–E22 on 1–7; they
# underrate reliability and responsiveness) and hotel-staff.csv (60 staff answering the gap-factors
# survey on 1–5; role ambiguity and overpromising are weak), companions of hotel-survey.csv.
# Run from this folder: Rscript make-gap-surveys.R
source("../test/fixtures/_lib/reference.R"); source("../test/fixtures/_lib/servqual22.R"); source("../test/fixtures/_lib/gapFactors.R")
set.seed(2026)
lv <- function(a) as.list(setNames(a, names(sq_dims)))
M <- likert(12, paste0("E", 1:22), sq_named("E"), lv(c(5.6, 5.5, 5.2, 6.0, 5.6)), 0.5, 0.7, 1, 7)
write_survey(data.frame(manager = sprintf("M%02d", 1:12), M, check.names = FALSE), "hotel-managers.csv")
centre <- as.list(setNames(c(3.5, 3.7, 3.1, 3.8, 3.4, 3.6, 3.7, 3.9, 3.8, 3.4, 3.3, 3.2, 3.1, 2.5, 3.0, 2.6), names(gf)))
S <- gf_generate(60, centre)
write_survey(data.frame(staff = sprintf("S%02d", 1:60), S, check.names = FALSE), "hotel-staff.csv")
