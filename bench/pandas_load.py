"""Times pandas read_csv of customers.csv (inferred and declared dtypes); prints one JSON line. Used by CustomerLoadBench."""
import json
import sys
import time

import pandas as pd

PII_AS_TEXT = {c: str for c in ["customer_id", "full_name", "email", "phone", "national_id", "gender", "city",
                                "postcode", "loyalty_tier"]}


def best_of(load, runs=3):
    load()  # warm-up: page cache and imports
    times, df = [], None
    for _ in range(runs):
        start = time.perf_counter()
        df = load()
        times.append(time.perf_counter() - start)
    return min(times), df


path = sys.argv[1]
inferred_s, inferred = best_of(lambda: pd.read_csv(path))
declared_s, declared = best_of(lambda: pd.read_csv(path, dtype=PII_AS_TEXT,
                                                   parse_dates=["birth_date", "signup_date"]))
print(json.dumps({
    "pandas_version": pd.__version__,
    "rows": len(declared),
    "inferred_seconds": round(inferred_s, 3),
    "declared_seconds": round(declared_s, 3),
    "inferred_memory_mb": round(inferred.memory_usage(deep=True).sum() / 2**20, 1),
    "declared_memory_mb": round(declared.memory_usage(deep=True).sum() / 2**20, 1),
    "inferred_dtypes": {c: str(t) for c, t in inferred.dtypes.items()},
}))
