"""The peer job in pandas + SciPy, for the benchmark: per-item gaps and paired t-tests, dimension gaps,
weighted overall, per-branch dimension gaps, and Cronbach's alpha per dimension.
Run with Debian's python3 (python3-pandas, python3-scipy): /usr/bin/python3 bench/pandas_job.py FILE
"""
import math
import sys

import numpy as np
import pandas as pd
from scipy import stats

df = pd.read_csv(sys.argv[1])
dims = {"tangibles": range(1, 5), "reliability": range(5, 10), "responsiveness": range(10, 14), "assurance": range(14, 18), "empathy": range(18, 23)}
out = {}
for i in range(1, 23):
    e, p = df[f"E{i}"], df[f"P{i}"]
    ok = e.notna() & p.notna()
    out[f"item{i}"] = stats.ttest_rel(p[ok], e[ok])
gaps = {}
for d, items in dims.items():
    e = df[[f"E{i}" for i in items]]
    p = df[[f"P{i}" for i in items]]
    both = e.notna().to_numpy() & p.notna().to_numpy()
    cnt = both.sum(axis=1)
    g = p.where(both).mean(axis=1) - e.where(both).mean(axis=1)
    gaps[d] = g.where(cnt >= math.ceil(len(items) / 2))
    out[d] = stats.ttest_1samp(gaps[d].dropna(), 0)
    for block in (e, p):
        x = block.dropna().to_numpy()
        k = x.shape[1]
        out[f"alpha-{d}"] = k / (k - 1) * (1 - x.var(axis=0, ddof=1).sum() / x.sum(axis=1).var(ddof=1))
g = pd.DataFrame(gaps)
w = df[[f"W_{d}" for d in dims]].to_numpy() / 100
w = np.where(np.isnan(w).any(axis=1, keepdims=True), 1 / len(dims), w)
complete = g.notna().all(axis=1)
out["overall"] = stats.ttest_1samp(g[complete].mean(axis=1), 0)
out["weighted"] = stats.ttest_1samp((g[complete].to_numpy() * w[complete.to_numpy()]).sum(axis=1), 0)
g["branch"] = df["branch"]
out["branches"] = g.groupby("branch").mean()
print(out["overall"], len(df))
