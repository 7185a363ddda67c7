#!/usr/bin/env python3
"""Reference values for __tests__/stats: scipy's BCa bootstrap, Mann-Whitney U and Benjamini-Hochberg.

Run with Debian's scipy (apt-get install python3-scipy): /usr/bin/python3 scripts/stats-reference.py
The printed JSON is pasted into __tests__/stats/reference.ts; the inputs are fixed below, not random,
so the test and this script agree on them byte for byte.
"""
import json
import numpy as np
import scipy
from scipy import stats

def log_ratio_of_medians(x, y, axis=-1):
    return np.log(np.median(y, axis=axis)) - np.log(np.median(x, axis=axis))

# Skewed timing-like samples (ns), odd/even sizes, one with ties and an outlier.
CASES = {
    "odd-9-vs-11": (
        [101.2, 99.8, 100.4, 103.9, 98.7, 100.1, 102.2, 99.5, 104.8],
        [105.3, 104.1, 106.9, 103.8, 105.0, 108.2, 104.4, 105.7, 103.5, 106.1, 111.9],
    ),
    "even-12-vs-12": (
        [50.1, 49.7, 50.6, 51.2, 49.9, 50.3, 52.8, 50.0, 49.5, 50.8, 51.5, 50.2],
        [50.4, 50.9, 49.8, 51.1, 50.2, 50.7, 53.9, 50.5, 50.1, 51.0, 51.8, 50.6],
    ),
    "ties-outlier-10-vs-10": (
        [26.5, 25.7, 26.3, 27.0, 25.7, 26.8, 62.2, 27.3, 25.5, 25.7],
        [39.1, 39.5, 39.1, 39.9, 39.1, 38.3, 39.1, 40.3, 39.5, 39.9],
    ),
}

out = {"scipy": scipy.__version__, "numpy": np.__version__, "bca": {}, "mannWhitney": {}}
for name, (x, y) in CASES.items():
    res = stats.bootstrap(
        (np.array(x), np.array(y)),
        log_ratio_of_medians,
        paired=False,
        vectorized=True,
        n_resamples=200_000,
        confidence_level=0.95,
        method="BCa",
        random_state=np.random.default_rng(20240601),
    )
    out["bca"][name] = {
        "x": x,
        "y": y,
        "estimate": float(log_ratio_of_medians(np.array(x), np.array(y))),
        "low": float(res.confidence_interval.low),
        "high": float(res.confidence_interval.high),
        "standardError": float(res.standard_error),
    }

# Mann-Whitney one-sided p-values: exact (no ties) and asymptotic with tie and continuity correction.
MW = {
    "exact-7-vs-8": ([1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55], [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.07, 3.14]),
    "exact-10-vs-10": (
        [10.1, 10.4, 9.8, 10.0, 10.6, 9.9, 10.3, 10.2, 10.5, 9.7],
        [10.45, 10.7, 10.15, 10.9, 10.65, 10.35, 10.8, 11.0, 10.25, 10.55],
    ),
    "ties-12-vs-14": (
        [3, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 9],
        [4, 5, 6, 6, 7, 7, 7, 8, 8, 9, 9, 10, 10, 11],
    ),
}
for name, (x, y) in MW.items():
    method = "asymptotic" if name.startswith("ties") else "exact"
    # scipy's U is for its first argument: pass y first so U counts y > x, as benchgate does.
    g = stats.mannwhitneyu(y, x, alternative="greater", method=method, use_continuity=True)
    l = stats.mannwhitneyu(y, x, alternative="less", method=method, use_continuity=True)
    out["mannWhitney"][name] = {"x": x, "y": y, "u": float(g.statistic), "greater": float(g.pvalue), "less": float(l.pvalue)}

# Null CDF of U from scipy's exact distribution (P(U <= u)), for the sizes the tests pin.
from scipy.stats._mannwhitneyu import _mwu_state
out["mwCdf"] = {f"{m},{n}": [float(_mwu_state.cdf(u, m, n)) for u in range(m * n + 1)] for m, n in [(5, 5), (7, 8), (10, 10), (3, 20)]}

# Benjamini & Hochberg (1995) section 4's example: 15 p-values; BH at q = 0.05 rejects the first four.
# scipy 1.10 has no false_discovery_control (added in 1.11): the adjusted values are the step-up formula.
P = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000]
order = np.argsort(P)
m = len(P)
adj = np.minimum.accumulate((np.array(P)[order] * m / np.arange(1, m + 1))[::-1])[::-1]
adjusted = np.empty(m)
adjusted[order] = np.minimum(adj, 1)
out["bh"] = {"p": P, "adjusted": [float(v) for v in adjusted]}
out["t"] = {f"{p}:{df}": float(stats.t.ppf(p, df)) for p, df in [(0.975, 10), (0.995, 29), (0.95, 1), (0.999, 5), (0.9975, 19)]}
print(json.dumps(out, indent=2))
