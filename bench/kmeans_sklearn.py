"""Times scikit-learn KMeans on the matrix KmeansBench wrote; prints one JSON line. Used by KmeansBench.

Arguments: matrix file (raw little-endian float64, row-major), rows, columns, k, n_init, max_iter, tol,
labels output file (raw little-endian int32), k range from, k range to.
"""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans

path, n, d, k, n_init, max_iter, tol, labels_out, k_from, k_to = sys.argv[1:11]
n, d, k, n_init, max_iter, k_from, k_to = int(n), int(d), int(k), int(n_init), int(max_iter), int(k_from), int(k_to)
tol = float(tol)
X = np.fromfile(path, dtype="<f8").reshape(n, d)


def fit(kk, seed):
    return KMeans(n_clusters=kk, init="k-means++", n_init=n_init, max_iter=max_iter, tol=tol, algorithm="lloyd",
                  random_state=seed).fit(X)


fit(k, 0)  # warm-up: imports, thread pool, page cache
times, model = [], None
for run in range(3):
    start = time.perf_counter()
    model = fit(k, run)
    times.append(time.perf_counter() - start)
model.labels_.astype("<i4").tofile(labels_out)

start = time.perf_counter()
for kk in range(k_from, k_to + 1):
    fit(kk, 0)
range_s = time.perf_counter() - start

print(json.dumps({
    "sklearn_version": sklearn.__version__,
    "single_best_seconds": round(min(times), 3),
    "single_iterations": int(model.n_iter_),
    "single_inertia": float(model.inertia_),
    "range_seconds": round(range_s, 3),
}))
