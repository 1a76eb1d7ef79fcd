"""The pandas side of CustomerLoadBench: read_csv (inferred and declared dtypes), describe(include='all'), a profile
computing what SafeSegment's DataProfiler computes, to_csv and frame memory; prints one JSON line.
Usage: pandas_load.py CUSTOMERS_CSV EXPORT_CSV (EXPORT_CSV is written and removed)."""
import json
import os
import sys
import time

import numpy as np
import pandas as pd

PII_AS_TEXT = {c: str for c in ["customer_id", "full_name", "email", "phone", "national_id", "gender", "city",
                                "postcode", "loyalty_tier"]}


def best_of(work, runs=3):
    result = work()  # warm-up: page cache and imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return round(min(times), 3), result


def profile(df):
    """Per column: count, missing, distinct, top 10 values with counts; numbers: min, max, mean, median, std and a
    20-bin histogram; dates (object columns here) min/max as text; the data set: duplicate rows and deep memory."""
    columns = {}
    for name in df.columns:
        s = df[name]
        present = s.dropna()
        counts = present.value_counts()
        p = {"count": int(present.size), "missing": int(s.size - present.size), "distinct": int(counts.size),
             "top": counts.head(10).to_dict()}
        if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
            values = present.to_numpy(dtype="float64")
            p.update(min=float(values.min()), max=float(values.max()), mean=float(values.mean()),
                     median=float(np.median(values)), std=float(values.std(ddof=1)),
                     histogram=np.histogram(values, bins=20)[0].tolist())
        columns[name] = p
    return {"columns": columns, "duplicates": int(df.duplicated().sum()),
            "memory": int(df.memory_usage(deep=True).sum())}


path, export = sys.argv[1], sys.argv[2]
inferred_s, inferred = best_of(lambda: pd.read_csv(path))
declared_s, declared = best_of(lambda: pd.read_csv(path, dtype=PII_AS_TEXT,
                                                   parse_dates=["birth_date", "signup_date"]))
describe_s, _ = best_of(lambda: inferred.describe(include="all"))
profile_s, profiled = best_of(lambda: profile(inferred))
to_csv_s, _ = best_of(lambda: inferred.to_csv(export, index=False))
os.remove(export)
print(json.dumps({
    "pandas_version": pd.__version__,
    "rows": len(declared),
    "inferred_seconds": inferred_s,
    "declared_seconds": declared_s,
    "describe_seconds": describe_s,
    "profile_seconds": profile_s,
    "to_csv_seconds": to_csv_s,
    "duplicate_rows": profiled["duplicates"],
    "inferred_memory_mb": round(inferred.memory_usage(deep=True).sum() / 2**20, 1),
    "declared_memory_mb": round(declared.memory_usage(deep=True).sum() / 2**20, 1),
    "inferred_dtypes": {c: str(t) for c, t in inferred.dtypes.items()},
}))
