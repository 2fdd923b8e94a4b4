# Erlang A (M/M/N+M: Poisson arrivals, exponential handle times, N agents, callers who hang up after
# an exponential patience of mean `patience` seconds) in base R, to cross-check servqual's erlangA()
# (test/erlangA.test.ts). Run: Rscript test/reference/erlang-a.R > test/reference/erlang-a.out.txt
#
# Two computations:
# 1. The published closed forms (Mandelbaum & Zeltyn 2007, "Service engineering in action: the
#    Palm/Erlang-A queue, with applications to call centers"; Garnett, Mandelbaum & Reiman 2002):
#    with x = N mu / theta, y = lambda / theta, A(x, y) = x e^y y^-x gamma(x, y) (lower incomplete
#    gamma, from pgamma), E = Erlang B (dpois / ppois), rho = lambda / (N mu):
#      P(wait > 0) = A E / (1 + (A - 1) E),  P(abandon | wait > 0) = 1 / (rho A) + 1 - 1 / rho.
# 2. The birth-death chain summed state by state (truncated far into the tail): an arrival that finds
#    j callers queued is answered with probability N mu / (N mu + (j + 1) theta), and answered within
#    T with that times P(H_j <= T), where e^(-theta H_j) ~ Beta(N mu / theta + 1, j + 1) (pbeta); its
#    mean wait when answered adds sum_{m = 1..j+1} 1 / (N mu + m theta). This gives the service level
#    (answered within T, of all calls offered), ASA (mean wait of answered calls) and occupancy
#    (answered load / N), and P(wait > 0) and P(abandon) again.
erlang_a_closed <- function(calls, minutes, aht, agents, patience) {
  lambda <- calls / (minutes * 60); mu <- 1 / aht; theta <- 1 / patience
  x <- agents * mu / theta; y <- lambda / theta; rho <- lambda / (agents * mu)
  logA <- log(x) + y - x * log(y) + lgamma(x) + pgamma(y, x, log.p = TRUE)
  A <- exp(logA)
  E <- dpois(agents, lambda / mu) / ppois(agents, lambda / mu)
  pWait <- A * E / (1 + (A - 1) * E)
  c(pWait = pWait, pAbandon = pWait * (1 / (rho * A) + 1 - 1 / rho))
}
erlang_a_chain <- function(calls, minutes, aht, agents, T, patience) {
  lambda <- calls / (minutes * 60); mu <- 1 / aht; theta <- 1 / patience; n <- agents
  k <- 0:(n - 1)
  below <- exp(lgamma(n + 1) - lgamma(k + 1) + (k - n) * log(lambda / mu)) # pi_k / pi_n
  j <- 0:100000
  r <- exp(c(0, cumsum(log(lambda) - log(n * mu + j[-1] * theta)))) # pi_(n+j) / pi_n
  total <- sum(below) + sum(r)
  p <- r / total
  answered <- n * mu / (n * mu + (j + 1) * theta)
  within <- pbeta(exp(-theta * T), n * mu / theta + 1, j + 1, lower.tail = FALSE)
  pAbandon <- sum(p * (1 - answered))
  c(pWait = sum(p), pAbandon = pAbandon, serviceLevel = sum(below) / total + sum(p * answered * within),
    asa = sum(p * answered * cumsum(1 / (n * mu + (j + 1) * theta))) / (1 - pAbandon),
    occupancy = lambda * (1 - pAbandon) / (n * mu))
}
cases <- list(
  c(100, 30, 180, 14, 20, 120),    # the Erlang C example's traffic, callers patient for 2 minutes on average
  c(100, 30, 180, 9, 20, 120),     # fewer agents than Erlangs: Erlang C has no answer, Erlang A has one
  c(100, 30, 180, 11, 20, 120),    # 11 and 12: the smallest team answering 80% within 20 s at most 85% busy
  c(100, 30, 180, 12, 20, 120),
  c(360, 60, 240, 30, 15, 60),
  c(6000, 30, 240, 790, 20, 180),  # hundreds of agents, 800 Erlangs
  c(6000, 30, 240, 820, 20, 180),
  c(20000, 30, 300, 3300, 20, 300) # thousands of agents, 3,333 Erlangs
)
for (x in cases) {
  a <- erlang_a_chain(x[1], x[2], x[3], x[4], x[5], x[6])
  b <- erlang_a_closed(x[1], x[2], x[3], x[4], x[6])
  cat(sprintf("calls %g, minutes %g, aht %g, agents %g, T %g, patience %g: pWait %.15g, pAbandon %.15g, SL %.15g, ASA %.15g, occupancy %.15g; closed form: pWait %.15g, pAbandon %.15g\n",
    x[1], x[2], x[3], x[4], x[5], x[6], a["pWait"], a["pAbandon"], a["serviceLevel"], a["asa"], a["occupancy"], b["pWait"], b["pAbandon"]))
}
