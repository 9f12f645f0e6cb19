"""pandas contender for the TradeArms matrix benchmark: read_csv, pivot the flows, balance columns, checksums.

Prints the same 'name count sum' lines as `tradearms matrix summarize --checksum`. Run with Debian's python3
(python3-pandas); see benchmarks/README.md.
"""
import sys
import time

import numpy as np
import pandas as pd

start = time.perf_counter()
frame = pd.read_csv(sys.argv[1], dtype={"reporter": str, "partner": str, "year": np.int32, "flow": str, "value": np.float64},
                    keep_default_na=False, na_values=[""])
loaded = time.perf_counter() - start
cells = frame.set_index(["reporter", "partner", "year", "flow"])["value"].unstack("flow")
x = cells["X"] if "X" in cells else pd.Series(np.nan, index=cells.index)
m = cells["M"] if "M" in cells else pd.Series(np.nan, index=cells.index)
columns = {
    "exports": x,
    "imports": m,
    "balance": x - m,
    "turnover": x + m,
    "coverage": (x / m).where(m != 0),
    "normalised_balance": ((x - m) / (x + m)).where((x + m) != 0),
}
pairs = frame[["reporter", "partner"]].drop_duplicates().shape[0]
print(f"pairs {pairs}")
print(f"periods {frame['year'].max() - frame['year'].min() + 1}")
for name, values in columns.items():
    print(f"{name} {int(values.notna().sum())} {float(values.sum(skipna=True))!r}")
print(f"pandas: read_csv {loaded:.3f} s, pivot and balances {time.perf_counter() - start - loaded:.3f} s", file=sys.stderr)
