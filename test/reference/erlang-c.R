# Erlang C written out directly in base R, to cross-check servqual's erlangC() (test/operations.test.ts).
# Run: Rscript test/reference/erlang-c.R
# Independent of servqual's recursion: Erlang B is taken from R's Poisson distribution,
# B = P(X = N) / P(X <= N) for X ~ Poisson(A) (dpois / ppois, stable for thousands of agents); then
# C = N B / (N - A (1 - B)), service level = 1 - C exp(-(N - A) T / aht), ASA = C aht / (N - A).
# The textbook factorial form is printed too, for the small case where it does not overflow.
erlang_c <- function(calls, minutes, aht, agents, T) {
  A <- calls * aht / (minutes * 60)
  B <- dpois(agents, A) / ppois(agents, A)
  C <- agents * B / (agents - A * (1 - B))
  c(intensity = A, pWait = C, serviceLevel = 1 - C * exp(-(agents - A) * T / aht), asa = C * aht / (agents - A))
}
erlang_c_factorial <- function(A, N) {
  top <- A^N / factorial(N) * N / (N - A)
  top / (sum(A^(0:(N - 1)) / factorial(0:(N - 1))) + top)
}
cases <- list(
  c(100, 30, 180, 14, 20),   # the ErlangC package's example
  c(100, 30, 180, 13, 20),
  c(360, 60, 240, 30, 15),
  c(2000, 30, 300, 350, 20), # hundreds of agents
  c(12000, 60, 420, 1450, 30)
)
options(digits = 15)
for (x in cases) {
  r <- erlang_c(x[1], x[2], x[3], x[4], x[5])
  cat(sprintf("calls %g, minutes %g, aht %g, agents %g, T %g: A %.15g, pWait %.15g, SL %.15g, ASA %.15g\n", x[1], x[2], x[3], x[4], x[5], r["intensity"], r["pWait"], r["serviceLevel"], r["asa"]))
}
cat(sprintf("factorial form, A = 10, N = 14: %.15g\n", erlang_c_factorial(10, 14)))
