package io.safesegment.core.recommend;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.DerivedDatasets;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.Evaluator;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.segment.rfm.RfmAnalyzer;
import io.safesegment.core.segment.rfm.RfmOptions;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one place the recommendation flows are orchestrated: interactions → fit → top-N (for a customer, a segment
 * or every member of a segment as a campaign list) and interactions → cross-validated evaluation. The CLI
 * {@code recommend} / {@code recommend evaluate} commands and recipe replay call it.
 */
public final class RecommendationService {
    private RecommendationService() {
    }

    /**
     * One model to fit.
     *
     * @param model     model name (see {@link Recommenders#NAMES})
     * @param seed      seed of randomised models
     * @param longTail  long-tail re-ranking weight (0 = off)
     */
    public record ModelChoice(String model, long seed, double longTail) {
        public ModelChoice {
            Objects.requireNonNull(model, "model");
            model = model.trim().toLowerCase(Locale.ROOT);
            if (!Recommenders.NAMES.contains(model)) {
                throw new LocalizedArgumentException(Message.of("recommend.recommendationService.unknownModel", model, Recommenders.NAMES));
            }
        }
    }

    /** A fitted model with the data it was fitted on. */
    public record Fitted(RecommendInputs.Loaded data, FittedModel model, ModelChoice choice) {
    }

    /** Loads the interactions, catalogue and segments. */
    public static RecommendInputs.Loaded load(RecommendInputs inputs, Progress progress) {
        return inputs.load(progress);
    }

    /**
     * Loads the inputs as the desktop previews them: without a products file, product names and categories come
     * from the transaction lines themselves (the online-retail export carries a Description per line), and with
     * {@code rfmSegments} every customer's segment is their RFM segment (computed from the transactions).
     */
    public static RecommendInputs.Loaded loadForPreview(RecommendInputs inputs, boolean rfmSegments,
                                                        Progress progress) {
        RecommendInputs.Loaded loaded = load(inputs, progress.slice(0, rfmSegments ? 0.6 : 0.95));
        if (inputs.products() == null && inputs.transactions() != null && loaded.catalogue().isEmpty()) {
            ProductCatalog fromLines = ProductCatalog.load(inputs.transactions(), inputs.roles());
            if (fromLines.products().values().stream().anyMatch(p -> !p.name().isBlank() || !p.category().isBlank())) {
                loaded = new RecommendInputs.Loaded(loaded.matrix(), fromLines, loaded.segments(), loaded.skipped());
            }
        }
        if (rfmSegments && inputs.transactions() != null) {
            var table = SegmentTables.read(inputs.transactions(), inputs.roles(), progress.slice(0.6, 0.8));
            // only the saved roles whose columns the transactions have: the others belong to other files
            RfmResult result = RfmAnalyzer.analyze(table, RfmOptions.defaults().withRoles(
                    inputs.roles().restrictedTo(table)), progress.slice(0.8, 0.95));
            Map<String, String> segments = new HashMap<>();
            result.customers().forEach(c -> segments.put(c.customerId(), c.segment()));
            loaded = new RecommendInputs.Loaded(loaded.matrix(), loaded.catalogue(), segments, loaded.skipped());
        }
        progress.update(1, null);
        return loaded;
    }

    /** Loads the inputs and fits one model. */
    public static Fitted fit(RecommendInputs inputs, ModelChoice choice, Progress progress) {
        RecommendInputs.Loaded data = load(inputs, progress.slice(0, 0.4));
        return fit(data, choice, progress.slice(0.4, 1));
    }

    /** Fits one model on loaded data. */
    public static Fitted fit(RecommendInputs.Loaded data, ModelChoice choice, Progress progress) {
        return fit(data, choice, ModelParameters.defaults(choice.seed()), progress);
    }

    /**
     * Fits one model on loaded data with explicit hyper-parameters (the desktop's model settings); {@link #fit(
     * RecommendInputs.Loaded, ModelChoice, Progress)} uses the documented defaults, as a recipe replay does.
     */
    public static Fitted fit(RecommendInputs.Loaded data, ModelChoice choice, ModelParameters parameters,
                             Progress progress) {
        Objects.requireNonNull(parameters, "parameters");
        var recommender = Recommenders.create(choice.model(),
                new ModelContext(data.catalogue(), data.segments(), choice.seed(), choice.longTail()), parameters);
        return new Fitted(data, FittedModel.fit(recommender, data.matrix(), data.catalogue(), progress), choice);
    }

    /**
     * What tuning chose.
     *
     * @param models     per model: metric with defaults and tuned, and the chosen values
     * @param parameters every model's parameters with the tuned ones in place (fit with these)
     * @param seed       seed of the inner split and of the models
     */
    public record TuneReport(List<TuneResult> models, ModelParameters parameters, long seed) {
        public TuneReport {
            models = List.copyOf(models);
        }
    }

    /**
     * Tunes the hyper-parameters of {@code models} by inner validation on all of {@code data} (an 80/20 seeded
     * split of it; decision 0027), starting from {@code base}.
     */
    public static TuneReport tune(RecommendInputs.Loaded data, List<String> models, ModelParameters base, long seed,
                                  Progress progress) {
        Objects.requireNonNull(base, "base");
        ModelContext ctx = new ModelContext(data.catalogue(), data.segments(), seed, 0);
        ModelTuner tuner = new ModelTuner(ctx, seed);
        List<TuneResult> results = new ArrayList<>();
        ModelParameters params = base;
        for (int x = 0; x < models.size(); x++) {
            String name = new ModelChoice(models.get(x), seed, 0).model();
            ModelTuner.Tuned t = tuner.tune(name, data.matrix(), params,
                    progress.slice((double) x / models.size(), (x + 1.0) / models.size()));
            results.add(t.result());
            params = t.params();
        }
        return new TuneReport(results, params, seed);
    }

    /** Top-{@code n} for one customer (popular items for an unknown one), with explanations. */
    public static UserPreview forCustomer(Fitted fitted, String customerId, int n) {
        requirePositive(n);
        return fitted.model().preview(customerId, n);
    }

    /**
     * {@code preview} with each item's explanation taken from {@code source} where it has one (e.g. a "bought
     * together" rule the customer's history satisfies), the model's own explanation elsewhere. Scores and order are
     * unchanged.
     */
    public static UserPreview explainedBy(Fitted fitted, UserPreview preview, ExplanationSource source) {
        InteractionMatrix matrix = fitted.data().matrix();
        int row = matrix.users().indexOf(preview.userId());
        List<String> history = new java.util.ArrayList<>();
        if (row >= 0) {
            for (int e = matrix.start(row); e < matrix.end(row); e++) {
                history.add(matrix.items().id(matrix.col(e)));
            }
        }
        List<RecommendedItem> items = preview.items().stream().map(it -> source.explain(history, it.itemId())
                .map(x -> new RecommendedItem(it.rank(), it.itemId(), it.name(), it.category(), it.score(),
                        x.reason(), x.text(), x.relatedItems()))
                .orElse(it)).toList();
        return new UserPreview(preview.userId(), preview.model(), preview.known(), preview.history(), items);
    }

    /** The customers of {@code segment}, sorted (empty when the segment has no members). */
    public static List<String> members(Fitted fitted, String segment) {
        return fitted.data().segments().entrySet().stream().filter(e -> e.getValue().equals(segment))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Top-{@code n} for a segment as a whole (a seeded sample of at most 2,000 members). */
    public static SegmentPreview forSegment(Fitted fitted, String segment, int n, Progress progress) {
        requirePositive(n);
        return fitted.model().segmentPreview(segment, members(fitted, segment), n, 2000, fitted.choice().seed(),
                progress);
    }

    /**
     * A campaign list: top-{@code n} for every customer of a segment (or every known customer when segment is
     * null), one row per customer and rank.
     *
     * @return the number of customers listed
     */
    public static int writeCampaignList(Fitted fitted, String segment, int n, Path target) throws IOException {
        return writeCampaignList(fitted, segment, n, target, Progress.NONE).customers();
    }

    /**
     * What a campaign list holds.
     *
     * @param file      the CSV written
     * @param model     model name
     * @param seed      the model's seed
     * @param segment   the segment listed, or null for every customer
     * @param customers customers listed
     * @param rows      rows written (customers × items; fewer when the catalogue is smaller than n)
     * @param n         items per customer asked for
     */
    public record CampaignList(Path file, String model, long seed, String segment, int customers, long rows, int n) {
    }

    /**
     * A campaign list: top-{@code n} for every customer of {@code segment} (every customer when null) with scores
     * and the one-line explanation, scored in parallel blocks and written in customer-id order to a temporary file
     * moved into place at the end (a cancelled list leaves nothing behind). The ids are the input's ids: when the
     * input was masked, the list carries the pseudonyms.
     * Columns: {@code customer_id,rank,product_id,product_name,score,explanation}.
     */
    public static CampaignList writeCampaignList(Fitted fitted, String segment, int n, Path target, Progress progress)
            throws IOException {
        requirePositive(n);
        List<String> customers = segment == null ? allCustomers(fitted) : members(fitted, segment);
        if (customers.isEmpty()) {
            if (segment == null) {
                throw new LocalizedArgumentException(Message.of("recommend.recommendationService.noCustomers"));
            }
            throw new LocalizedArgumentException(Message.of("recommend.recommendationService.segment", segment));
        }
        long[] rows = {0};
        AtomicFiles.write(target, false, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            w.write("customer_id,rank,product_id,product_name,score,explanation\n");
            int block = 512;
            int perBatch = block * 32;
            for (int from = 0; from < customers.size(); from += perBatch) {
                progress.checkCancelled();
                progress.report((double) from / customers.size(), io.safesegment.core.i18n.Message.of(
                        "progress.recommend.campaign", from, customers.size()));
                int batchEnd = Math.min(customers.size(), from + perBatch);
                int start = from;
                int blocks = (batchEnd - start + block - 1) / block;
                String[] text = new String[blocks];
                long[] counts = new long[blocks];
                java.util.stream.IntStream.range(0, blocks).parallel().forEach(b -> {
                    progress.checkCancelled();
                    StringBuilder sb = new StringBuilder(block * n * 80);
                    for (int x = start + b * block; x < Math.min(batchEnd, start + (b + 1) * block); x++) {
                        String c = customers.get(x);
                        for (RecommendedItem it : fitted.model().preview(c, n).items()) {
                            sb.append(csv(c)).append(',').append(it.rank()).append(',').append(csv(it.itemId()))
                                    .append(',').append(csv(it.name() == null ? "" : it.name())).append(',')
                                    .append(String.format(Locale.ROOT, "%.6f", it.score())).append(',')
                                    .append(csv(it.explanation() == null ? "" : it.explanation())).append('\n');
                            counts[b]++;
                        }
                    }
                    text[b] = sb.toString();
                });
                for (int b = 0; b < blocks; b++) {
                    w.write(text[b]);
                    rows[0] += counts[b];
                }
            }
            w.flush();
        });
        progress.report(1, io.safesegment.core.i18n.Message.of("progress.recommend.campaign", customers.size(),
                customers.size()));
        return new CampaignList(target, fitted.choice().model(), fitted.choice().seed(), segment, customers.size(),
                rows[0], n);
    }

    /** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
    private static String csv(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /**
     * An evaluation request.
     *
     * @param inputs    interactions, catalogue and segments
     * @param models    model names ("all" expands to every model)
     * @param options   split, folds, list length, seed
     * @param longTail  long-tail weight applied to every model
     * @param tune      tune each model's hyper-parameters on each training fold by inner validation (the reported
     *                  params are those of the last fold)
     */
    public record EvaluateRequest(RecommendInputs inputs, List<String> models, EvaluationOptions options,
                                  double longTail, boolean tune) {
        /** Without tuning: every model with the given (or default) hyper-parameters. */
        public EvaluateRequest(RecommendInputs inputs, List<String> models, EvaluationOptions options,
                               double longTail) {
            this(inputs, models, options, longTail, false);
        }

        public EvaluateRequest {
            Objects.requireNonNull(inputs, "inputs");
            Objects.requireNonNull(options, "options");
            List<String> names = new ArrayList<>();
            for (String m : models) {
                if (m.equalsIgnoreCase("all")) {
                    names.addAll(Recommenders.NAMES);
                } else {
                    names.add(m.trim().toLowerCase(Locale.ROOT));
                }
            }
            if (names.isEmpty()) {
                throw new LocalizedArgumentException(Message.of("recommend.recommendationService.nameAtLeastOne"));
            }
            models = List.copyOf(names);
        }
    }

    /** Saves an evaluation report in {@code workspace} (described by its {@code source}) to reopen later. */
    public static EvaluationRunStore.SavedRun saveEvaluation(Workspace workspace, String source,
                                                             EvaluationReport report) {
        return new EvaluationRunStore(workspace).save(source, report);
    }

    /** The saved evaluation run {@code id} of {@code workspace}, if it is still there. */
    public static java.util.Optional<EvaluationRunStore.SavedRun> savedEvaluation(Workspace workspace, String id) {
        return new EvaluationRunStore(workspace).load(id);
    }

    /** The evaluation runs saved in {@code workspace}. */
    public static List<EvaluationRunStore.Summary> savedEvaluations(Workspace workspace) {
        return new EvaluationRunStore(workspace).list();
    }

    /**
     * How big built interactions are.
     *
     * @param customers    customers (matrix rows)
     * @param items        distinct items
     * @param interactions stored customer–item interactions
     */
    public record MatrixSize(int customers, int items, int interactions) {
    }

    /** The size of {@code matrix}. */
    public static MatrixSize size(InteractionMatrix matrix) {
        return new MatrixSize(matrix.rows(), matrix.items().size(), matrix.nnz());
    }

    /** Ids of the customers with at least one interaction, sorted (a search list). */
    public static List<String> customersWithHistory(InteractionMatrix matrix) {
        return java.util.stream.IntStream.range(0, matrix.rows()).filter(u -> matrix.rowLength(u) > 0)
                .mapToObj(u -> matrix.users().id(u)).sorted().toList();
    }

    /** Whether the values of {@code matrix} are explicit ratings (matrix factorisation applies). */
    public static boolean isExplicit(InteractionMatrix matrix) {
        return matrix.explicit();
    }

    /** The matrix rows of the customers {@code ids} that have one (unknown ids are left out). */
    public static int[] customerRows(InteractionMatrix matrix, List<String> ids) {
        return ids.stream().mapToInt(id -> matrix.users().indexOf(id)).filter(u -> u >= 0).toArray();
    }

    /** How many of the customers at {@code rows} have an interaction with {@code itemId} (0 for an unknown item). */
    public static int owners(InteractionMatrix matrix, int[] rows, String itemId) {
        int column = matrix.items().indexOf(itemId);
        int owners = 0;
        for (int u : rows) {
            owners += column >= 0 && matrix.contains(u, column) ? 1 : 0;
        }
        return owners;
    }

    /** Cross-validates the models on the same splits. Unknown model names fail before any work. */
    public static EvaluationReport evaluate(EvaluateRequest request, Progress progress) {
        return evaluate(request, load(request.inputs(), progress.slice(0, 0.2)), progress.slice(0.2, 1));
    }

    /**
     * Cross-validates the models on data already loaded from {@code request.inputs()} (so the caller can also report
     * what loading skipped).
     */
    public static EvaluationReport evaluate(EvaluateRequest request, RecommendInputs.Loaded data, Progress progress) {
        return evaluate(request, data, ModelParameters.defaults(request.options().seed()), progress);
    }

    /**
     * Cross-validates the models on loaded data with explicit hyper-parameters (the desktop's model settings).
     */
    public static EvaluationReport evaluate(EvaluateRequest request, RecommendInputs.Loaded data,
                                            ModelParameters parameters, Progress progress) {
        Objects.requireNonNull(parameters, "parameters");
        ModelContext ctx = new ModelContext(data.catalogue(), data.segments(), request.options().seed(),
                request.longTail());
        List<Evaluator.Candidate> candidates = new ArrayList<>();
        for (String name : request.models()) {
            Recommenders.create(name, ctx, parameters); // fail fast on an unknown name before any work
            candidates.add(request.tune()
                    ? new Evaluator.Candidate(name, () -> Recommenders.create(name, ctx, parameters),
                            train -> Recommenders.create(name, ctx, new ModelTuner(ctx, request.options().seed())
                                    .tune(name, train, parameters, Progress.NONE).params()))
                    : new Evaluator.Candidate(name, () -> Recommenders.create(name, ctx, parameters)));
        }
        return new Evaluator(data.matrix(), data.catalogue(), data.segments(), request.options())
                .evaluate(candidates, progress);
    }

    private static List<String> allCustomers(Fitted fitted) {
        var users = fitted.data().matrix().users();
        List<String> ids = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            ids.add(users.id(i));
        }
        ids.sort(null);
        return ids;
    }

    private static void requirePositive(int n) {
        if (n <= 0) {
            throw new LocalizedArgumentException(Message.of("recommend.recommendationService.theNumberOfItems"));
        }
    }

    /**
     * Keeps a recommendation list (who, rank, product, score) in the workspace as a derived dataset, child of the
     * datasets whose files were the inputs, with the model, seed and list length in its lineage step.
     *
     * @param whoColumn {@code customer_id} or {@code segment}: whom the list is for
     * @param who       the customer id or segment
     * @param inputs    the files the model was fitted on (null entries and files outside the workspace are skipped)
     */
    public static Dataset keepList(Path workspace, String whoColumn, String who, String model, long seed, int n,
                                   List<RecommendedItem> items, List<Path> inputs) {
        Table list = Table.create("recommendations", StringColumn.create(whoColumn), IntColumn.create("rank"),
                StringColumn.create("product_id"), DoubleColumn.create("score"));
        for (RecommendedItem item : items) {
            list.stringColumn(whoColumn).append(who);
            list.intColumn("rank").append(item.rank());
            list.stringColumn("product_id").append(item.itemId());
            list.doubleColumn("score").append(item.score());
        }
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("model", model);
        step.put("seed", seed);
        step.put("n", n);
        step.put("for", whoColumn);
        RoleMapping roles = RoleMapping.of(Map.of(SemanticRole.PRODUCT_ID, "product_id",
                whoColumn.equals("segment") ? SemanticRole.SEGMENT : SemanticRole.CUSTOMER_ID, whoColumn));
        return DerivedDatasets.keep(Workspace.open(workspace), "recommendations " + model, list, DatasetKind.DERIVED,
                Map.of(), roles, inputs, new LineageStep("recommend", step));
    }
}
