package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.WorkerPool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Finds the globally optimal generalisation of a table's quasi-identifiers for a set of privacy models and a
 * utility metric, and applies it. The search visits the lattice in ascending order of a monotone lower bound of
 * the metric and stops once the bound exceeds the best acceptable value found; when every model is monotone it
 * also skips transformations below a known unacceptable one (ARX's predictive tagging, only where monotone). See
 * decision 0019 for why both prunings are safe; {@link #bruteForce} checks every node and must agree.
 */
public final class Anonymiser {
    private Anonymiser() {
    }

    /** The pruned, globally optimal search. */
    public static AnonymisationResult search(Table table, AnonymiseOptions options, Progress progress) {
        long start = System.nanoTime();
        return search(new TransformationChecker(table, options), options, progress, start);
    }

    /**
     * The same search on the rows' combinations and counts (an engine that cannot hold the rows): the same
     * optimum, with the same figures, as {@link #search(Table, AnonymiseOptions, Progress)} on the rows when the
     * combinations are in the order of their first row (FrequencyTableSearchTest).
     */
    public static AnonymisationResult search(FrequencyTable frequencies, AnonymiseOptions options, Progress progress) {
        long start = System.nanoTime();
        return search(new TransformationChecker(frequencies, options), options, progress, start);
    }

    /** Measures one transformation on the rows' combinations and counts. */
    public static Transformation check(FrequencyTable frequencies, AnonymiseOptions options, int[] levels) {
        return new TransformationChecker(frequencies, options).check(levels);
    }

    /**
     * Which combinations {@link #apply} would suppress at {@code levels} (their rows' quasi-identifiers become
     * {@code *}): classes below k and, when the options have them, classes failing l-diversity or t-closeness.
     */
    public static boolean[] suppressedCombinations(FrequencyTable frequencies, AnonymiseOptions options, int[] levels) {
        return new TransformationChecker(frequencies, options).suppressedRows(levels);
    }

    private static AnonymisationResult search(TransformationChecker checker, AnonymiseOptions options,
                                              Progress progress, long start) {
        Lattice lattice = new Lattice(checker.heights());
        int n = lattice.size();
        progress.report(0, Message.of("progress.anonymise.ordering", n));
        int[][] levels = new int[n][];
        double[] bound = new double[n];
        int[] height = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            levels[i] = lattice.levels(i);
            bound[i] = checker.lowerBound(levels[i]);
            height[i] = Arrays.stream(levels[i]).sum();
            order[i] = i;
        }
        boolean tagging = options.monotone();
        Comparator<Integer> byBound = Comparator.<Integer>comparingDouble(i -> bound[i])
                .thenComparingInt(i -> height[i]).thenComparing(i -> levels[i], Arrays::compare);
        // With monotone models, most general first: an unacceptable node then rules out everything below it before
        // any of it is checked, so only the maximal unacceptable candidates are grouped. Otherwise lowest bound
        // first, so the best value (and with it the candidate set) shrinks fastest.
        Arrays.sort(order, tagging ? Comparator.<Integer>comparingInt(i -> -height[i]).thenComparing(byBound) : byBound);
        Search state = new Search(checker, options, tagging);
        if (tagging) {
            state.greedyDescent(lattice.heights(), progress);
            if (state.topUnacceptable) {
                return state.result(options, checker, n, start);
            }
        }
        int batchSize = options.threads() == 1 ? 1 : options.threads() * 2;
        int next = 0;
        while (next < n) {
            progress.checkCancelled();
            List<int[]> batch = new ArrayList<>(batchSize);
            while (next < n && batch.size() < batchSize) {
                int node = order[next++];
                if (state.prunedByBound(bound[node])) {
                    if (!tagging) {
                        next = n; // ascending bounds: every later node is worse too
                        break;
                    }
                    continue;
                }
                if (state.known(levels[node])) {
                    continue;
                }
                batch.add(levels[node]);
            }
            state.checkAll(batch);
            progress.report((double) next / n, Message.of("progress.anonymise.checked", state.checked));
        }
        progress.report(1, Message.of("progress.anonymise.done"));
        return state.result(options, checker, n, start);
    }

    /** The search's running state: best so far, unacceptable nodes (for tagging), counters. */
    private static final class Search {
        private final TransformationChecker checker;
        private final ExecutorService pool;
        private final boolean tagging;
        private final List<int[]> unacceptable = new ArrayList<>();
        private final java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
        private Transformation best;
        private int checked;
        private boolean topUnacceptable;

        Search(TransformationChecker checker, AnonymiseOptions options, boolean tagging) {
            this.checker = checker;
            this.pool = options.threads() == 1 ? null : WorkerPool.executor();
            this.tagging = tagging;
        }

        boolean prunedByBound(double lowerBound) {
            return best != null && lowerBound > best.value() + Lattice.TIE * Math.max(1, Math.abs(best.value()));
        }

        /** Already checked, or below a checked unacceptable node (predictive tagging, only when monotone). */
        boolean known(int[] node) {
            if (seen.contains(Arrays.stream(node).boxed().toList())) {
                return true;
            }
            return tagging && belowAny(node, unacceptable);
        }

        List<Transformation> checkAll(List<int[]> batch) {
            List<Transformation> results = Anonymiser.checkAll(checker, batch, pool);
            for (Transformation t : results) {
                checked++;
                seen.add(t.levels());
                if (!t.acceptable()) {
                    if (tagging) {
                        unacceptable.add(t.levelArray());
                    }
                } else if (best == null || Transformation.compare(t, best) < 0) {
                    best = t;
                }
            }
            return results;
        }

        /**
         * A first good solution: from the top of the lattice (acceptable whenever anything is, by monotonicity),
         * repeatedly step down to the best acceptable child. Its value bounds the candidates of the exact pass.
         */
        void greedyDescent(int[] heights, Progress progress) {
            int[] top = new int[heights.length];
            for (int j = 0; j < heights.length; j++) {
                top[j] = heights[j] - 1;
            }
            Transformation current = checkAll(List.of(top)).get(0);
            if (!current.acceptable()) {
                topUnacceptable = true;
                return;
            }
            while (true) {
                progress.checkCancelled();
                List<int[]> children = new ArrayList<>();
                int[] at = current.levelArray();
                for (int j = 0; j < at.length; j++) {
                    if (at[j] > 0) {
                        int[] child = at.clone();
                        child[j]--;
                        if (!known(child)) {
                            children.add(child);
                        }
                    }
                }
                Transformation bestChild = null;
                for (Transformation t : checkAll(children)) {
                    if (t.acceptable() && (bestChild == null || Transformation.compare(t, bestChild) < 0)) {
                        bestChild = t;
                    }
                }
                if (bestChild == null) {
                    return;
                }
                current = bestChild;
            }
        }

        AnonymisationResult result(AnonymiseOptions options, TransformationChecker checker, int n, long start) {
            return new AnonymisationResult(best, options.quasiIdentifiers(), checker.rows(), n, checked,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Checks every transformation of the lattice (the reference the search must agree with). */
    public static AnonymisationResult bruteForce(Table table, AnonymiseOptions options, Progress progress) {
        long start = System.nanoTime();
        TransformationChecker checker = new TransformationChecker(table, options);
        Lattice lattice = new Lattice(checker.heights());
        int n = lattice.size();
        ExecutorService pool = options.threads() == 1 ? null : WorkerPool.executor();
        Transformation best = null;
        int chunk = 64;
        for (int from = 0; from < n; from += chunk) {
            progress.checkCancelled();
            List<int[]> batch = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + chunk); i++) {
                batch.add(lattice.levels(i));
            }
            for (Transformation t : checkAll(checker, batch, pool)) {
                if (t.acceptable() && (best == null || Transformation.compare(t, best) < 0)) {
                    best = t;
                }
            }
            progress.report((double) Math.min(n, from + chunk) / n, Message.of("progress.anonymise.checkedAll"));
        }
        return new AnonymisationResult(best, options.quasiIdentifiers(), checker.rows(), n, n,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Measures one transformation (levels in the options' quasi-identifier order). */
    public static Transformation check(Table table, AnonymiseOptions options, int[] levels) {
        return new TransformationChecker(table, options).check(levels);
    }

    /**
     * Checks the given transformations against the options' models and suppression limit, e.g. points of the solution
     * space a privacy officer and a marketer compare with the optimum (issue #16 item 6).
     */
    public static List<Transformation> check(Table table, AnonymiseOptions options, List<int[]> levels) {
        return checkAll(new TransformationChecker(table, options), levels,
                options.threads() == 1 ? null : WorkerPool.executor());
    }

    private static List<Transformation> checkAll(TransformationChecker checker, List<int[]> batch, ExecutorService pool) {
        if (pool == null || batch.size() < 2) {
            return batch.stream().map(checker::check).toList();
        }
        List<Future<Transformation>> futures = batch.stream().map(l -> pool.submit(() -> checker.check(l))).toList();
        List<Transformation> out = new ArrayList<>(batch.size());
        try {
            for (Future<Transformation> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.safesegment.core.task.TaskCancelledException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
        return out;
    }

    private static boolean belowAny(int[] node, List<int[]> unacceptable) {
        for (int[] u : unacceptable) {
            if (Lattice.below(node, u)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The anonymised table: each quasi-identifier replaced by its generalisation at {@code levels}, and every
     * quasi-identifier of a suppressed row (a class failing a class-level model) replaced by {@code *}. Other
     * columns are copied unchanged.
     */
    public static Table apply(Table table, AnonymiseOptions options, int[] levels) {
        TransformationChecker checker = new TransformationChecker(table, options);
        boolean[] suppressed = checker.suppressedRows(levels);
        Table out = Table.create(table.name());
        for (Column<?> column : table.columns()) {
            int j = options.quasiIdentifiers().indexOf(column.name());
            if (j < 0) {
                out.addColumns(column.copy());
                continue;
            }
            Hierarchy h = options.hierarchies().get(column.name());
            String[] values = TransformationChecker.columnValues(table, column.name());
            String[] generalised = new String[values.length];
            for (int r = 0; r < values.length; r++) {
                generalised[r] = suppressed[r] ? HierarchyBuilders.TOP : h.generalise(values[r], levels[j]);
            }
            out.addColumns(StringColumn.create(column.name(), generalised));
        }
        return out;
    }
}
