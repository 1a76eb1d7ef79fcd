package io.safesegment.core.recipe;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedUncheckedIOException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.MaskingException;
import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tech.tablesaw.api.Table;

/**
 * Replays a recipe headless: validates the whole recipe first ({@link RecipeValidator}: nothing is written when
 * it finds a problem), then runs each step through the core services. Outputs go to the workspace's
 * {@code exports/} folder unless a step names an absolute path. A masking step whose leak scan blocks the export
 * stops the run (status {@code blocked}); later steps do not run.
 */
public final class RecipeRunner {

    private final Recipe recipe;
    private final Path workspace;
    private final RecipeKeys keys;
    private final io.safesegment.core.governance.Actor actor;
    private final Map<String, StepData> data = new LinkedHashMap<>();

    /**
     * @param workspace the workspace folder (outputs in its exports/, policies and key vault read from it)
     * @param keys      access to its key vault (only opened when a step needs a key)
     */
    public RecipeRunner(Recipe recipe, Path workspace, RecipeKeys keys) {
        this(recipe, workspace, keys, null);
    }

    /**
     * A replay as {@code actor}: the steps that need a permission (a mask step's override, an export of data no
     * masking step produced) are checked against it, as if done by hand (record 0034).
     *
     * @param actor the signed-in account, or null on an ungoverned workspace (refused on a governed one)
     */
    public RecipeRunner(Recipe recipe, Path workspace, RecipeKeys keys, io.safesegment.core.governance.Actor actor) {
        this.recipe = recipe;
        this.workspace = workspace.toAbsolutePath().normalize();
        this.keys = keys;
        this.actor = actor;
    }

    /** Validates only: every step reported {@code valid} with its planned outputs. */
    public RecipeResult dryRun() {
        RecipeValidator validator = new RecipeValidator(recipe, workspace, keys);
        validator.requireValid();
        List<RecipeResult.StepResult> steps = new ArrayList<>();
        for (RecipeStep s : recipe.steps()) {
            steps.add(new RecipeResult.StepResult(s.number(), s.kind().id(), s.name(), "valid",
                    planned(validator.outputs(), s), Map.of()));
        }
        return new RecipeResult(recipe.name(), true, steps);
    }

    /**
     * Validates, then runs every step.
     *
     * @throws RecipeException when validation fails (nothing written)
     */
    public RecipeResult run(Progress progress) throws IOException {
        return run(progress, step -> { });
    }

    /**
     * Validates, then runs every step, telling {@code onStep} each step's outcome as soon as it ends (on the running
     * thread), so a front end can show progress step by step and keep what was done when the run is cancelled.
     *
     * @throws RecipeException when validation fails (nothing written)
     */
    public RecipeResult run(Progress progress, Consumer<RecipeResult.StepResult> onStep)
            throws IOException {
        new RecipeValidator(recipe, workspace, keys).requireValid();
        Files.createDirectories(workspace.resolve(RecipePaths.EXPORTS));
        List<RecipeResult.StepResult> results = new ArrayList<>();
        int n = recipe.steps().size();
        for (RecipeStep s : recipe.steps()) {
            progress.checkCancelled();
            Progress slice = progress.slice((s.number() - 1) / (double) n, s.number() / (double) n);
            RecipeResult.StepResult r;
            try {
                r = runStep(s, slice);
            } catch (StepOptions.FieldException e) {
                throw new RecipeException(s.number(), e.field, LocalizedMessage.of(e));
            }
            results.add(r);
            onStep.accept(r);
            if (!r.status().equals("done")) {
                break;
            }
        }
        return new RecipeResult(recipe.name(), false, results);
    }

    /** Runs one step with the outputs of the earlier ones (also for {@link SingleStepRunner}). */
    RecipeResult.StepResult runStep(RecipeStep s, Progress progress) throws IOException {
        Map<String, Object> details = new LinkedHashMap<>();
        String status = "done";
        switch (s.kind()) {
            case IMPORT -> {
                Path file = RecipePaths.input(recipe, s.text("file", ""));
                var options = StepOptions.importOptions(s.get("options"));
                Table t = DatasetService.importFile(file, options, progress).table();
                details.put("rows", t.rowCount());
                details.put("columns", t.columnCount());
                data.put(s.name(), new StepData(file, options, StepOptions.roles(s.get("roles")), t.columnNames(),
                        Map.of(), null));
            }
            case POSTGRES -> put(s.name(), PostgresStep.run(this, s, details, progress));
            case ROLES -> {
                StepData in = in(s, "input");
                RoleMapping roles = StepOptions.roles(s.get("roles"));
                details.put("roles", roles.format());
                put(s.name(), new StepData(in.file(), in.options(), roles, in.columns(), in.types(), in.policyId()));
            }
            case ENCRYPT -> EncryptStep.run(this, s, details, progress);
            case CLEAN -> {
                StepData in = in(s, "input");
                Path out = out(s, "output", s.name() + ".csv");
                var result = DatasetService.clean(new DatasetService.CleanRequest(in.file(), in.options(),
                        CleaningPipeline.fromJson(s.get("steps").toString()), out, false), "step " + s.number(),
                        progress);
                details.put("rowsBefore", result.imported().table().rowCount());
                details.put("rows", result.written().rows());
                put(s.name(), StepData.written(out, in.roles(), null, in.policyId()));
            }
            case JOIN -> {
                StepData left = in(s, "left");
                StepData right = in(s, "right");
                Path out = out(s, "output", s.name() + ".csv");
                var result = DatasetService.join(new DatasetService.JoinRequest(left.file(), right.file(),
                        StepOptions.joinOptions(s), out, false), progress);
                details.put("rows", result.joined().report().resultRows());
                details.put("matchedLeftRows", result.joined().report().matchedLeftRows());
                details.put("unmatchedLeftRows", result.joined().report().unmatchedLeftRows());
                put(s.name(), StepData.written(out, left.roles().overriddenBy(right.roles()
                        .without(SemanticRole.CUSTOMER_ID)), null, null));
            }
            case DERIVE -> {
                StepData in = in(s, "input");
                String q = s.text("quantity", in.roles().column(SemanticRole.QUANTITY).orElse(null));
                String p = s.text("unitPrice", in.roles().column(SemanticRole.UNIT_PRICE).orElse(null));
                String target = s.text("target", "amount");
                Path out = out(s, "output", s.name() + ".csv");
                AmountDerivation derivation = new AmountDerivation(q, p);
                Table t = DatasetService.deriveAmount(DatasetService.importFile(in.file(), in.options(), progress)
                        .table(), derivation, target);
                AtomicFiles.requireNotSameFile(in.file(), out);
                DatasetService.export(t, out, in.file(), progress);
                details.put("derived", derivation.describe());
                details.put("rows", t.rowCount());
                put(s.name(), StepData.written(out, in.roles().with(SemanticRole.AMOUNT, target), null,
                        in.policyId()));
            }
            case MASK -> status = mask(s, details, progress);
            case ANONYMISE -> status = anonymise(s, details, progress);
            case SEGMENT -> {
                StepData customers = in(s, "customers");
                StepData tx = s.get("transactions") == null ? null : in(s, "transactions");
                StepData products = s.get("products") == null ? null : in(s, "products");
                RoleMapping roles = customers.roles();
                if (tx != null) {
                    roles = tx.roles().overriddenBy(customers.roles());
                }
                Path out = out(s, "output", s.name() + ".csv");
                Path profiles = out(s, "profiles", s.name() + "-profiles.csv");
                var result = SegmentationService.segment(new SegmentationService.SegmentRequest(
                        new SegmentationService.FeatureInput(customers.file(), tx == null ? null : tx.file(),
                                products == null ? null : products.file(), roles, StepOptions.featureOptions(s)),
                        StepOptions.segmentOptions(s), out, profiles, s.bool("saveRun", false) ? workspace : null),
                        StepOptions.segmentNames(s, StepOptions.segmentOptions(s)), progress);
                details.put("customers", result.features().rows());
                details.put("segments", result.run().k());
                details.put("seed", result.run().seed());
                details.put("silhouette", result.run().silhouette());
                put(s.name(), StepData.written(out, RoleMapping.empty(), null, customers.policyId()));
                data.put(s.name() + ".profiles", StepData.written(profiles, RoleMapping.empty(), null, null));
            }
            case RFM -> {
                StepData tx = in(s, "transactions");
                Path out = out(s, "output", s.name() + ".csv");
                RfmResult result = SegmentationService.rfm(new SegmentationService.RfmRequest(tx.file(), tx.roles(),
                        StepOptions.date(s, "referenceDate"), out), progress);
                details.put("customers", result.customers().size());
                details.put("referenceDate", result.referenceDate().toString());
                put(s.name(), StepData.written(out, RoleMapping.parse("customer_id=customer_id,segment=segment"),
                        null, tx.policyId()));
            }
            case RECOMMEND -> {
                RecommendInputs inputs = recommendInputs(s);
                var loaded = RecommendationService.load(inputs, progress.slice(0, 0.3));
                var fitted = RecommendationService.fit(loaded, new RecommendationService.ModelChoice(
                        s.text("model", "hybrid"), s.integer("seed", 42), s.number("longTail", 0)),
                        ModelParameterFields.fromJson(s.get("parameters"), s.integer("seed", 42)),
                        progress.slice(0.3, 0.7));
                Path out = out(s, "output", s.name() + ".csv");
                int customers = RecommendationService.writeCampaignList(fitted, s.text("segment", null),
                        (int) s.integer("n", 10), out);
                details.put("model", fitted.choice().model());
                details.put("seed", fitted.choice().seed());
                details.put("customers", customers);
                put(s.name(), StepData.written(out, RoleMapping.empty(), null, null));
            }
            case EVALUATE -> {
                var request = new RecommendationService.EvaluateRequest(recommendInputs(s),
                        StepOptions.strings(s, "models"), StepOptions.evaluationOptions(s), s.number("longTail", 0));
                EvaluationReport report = RecommendationService.evaluate(request,
                        RecommendationService.load(request.inputs(), progress.slice(0, 0.2)),
                        ModelParameterFields.fromJson(s.get("parameters"), s.integer("seed", 42)),
                        progress.slice(0.2, 1));
                Path out = out(s, "output", s.name() + ".json");
                EngineInsightSteps.writeEvaluation(out, report); // the Spark engine writes it alike
                details.put("models", report.models().size());
                details.put("users", report.users());
                put(s.name(), StepData.written(out, RoleMapping.empty(), null, null));
            }
            case EXPORT -> ExportStep.run(this, s, details, progress);
            case CLV -> InsightSteps.runClv(this, s, details, progress);
            case CAMPAIGN -> InsightSteps.runCampaign(this, s, details, progress);
            case ERASE -> GovernanceSteps.runErase(this, s, details, progress);
            case BACKUP -> GovernanceSteps.runBackup(this, s, details, progress);
        }
        return new RecipeResult.StepResult(s.number(), s.kind().id(), s.name(), status, outputsOf(s), details);
    }

    private String mask(RecipeStep s, Map<String, Object> details, Progress progress) throws IOException {
        StepData in = in(s, "input");
        Path policyFile = s.get("policy") != null ? RecipePaths.input(recipe, s.text("policy", ""))
                : PrivacyService.findPolicy(workspace, s.text("policyId", ""), (int) s.integer("policyRevision", 0));
        Path out = out(s, "output", s.name() + ".csv");
        var plan = PrivacyService.plan(new PrivacyService.MaskOptions(in.file(), in.options(), policyFile, out,
                s.text("datasetId", null), s.bool("allowResidual", false), workspace, null, null)
                .withRiskOverride(s.text("overrideRiskTargets", null)));
        PrivacyService.checkBudget(plan);
        PrivacyService.MaskOutcome outcome;
        if (plan.requiredKeys().isEmpty() && plan.cost().isZero()) {
            // No keyed rule and no noise: no operator reads key material, so the vault (and its password) is not
            // needed. Should that ever change, fail loudly instead of masking with a made-up key.
            KeyMaterial none = (name, purpose) -> {
                throw new MaskingException(Message.of("recipe.recipeRunner.unexpectedKey", name));
            };
            outcome = PrivacyService.mask(plan, none, actor, progress);
        } else {
            try (KeyVault vault = keys.open()) {
                if (vault == null) {
                    throw new RecipeException(s.number(), "policy", Message.of("recipe.error.policyNeedsVault"));
                }
                PrivacyService.ensureKeys(vault, plan.requiredKeys()); // validation allowed it: createMissingKeys
                outcome = PrivacyService.mask(plan, PrivacyService.keysFrom(vault), actor, progress);
            }
        }
        details.put("policyId", plan.policy().id());
        details.put("policyRevision", plan.policy().revision());
        details.put("rows", outcome.rows());
        details.put("leakFound", outcome.leaks().blocked());
        if (outcome.risk() != null) {
            details.put("riskTargetsMet", outcome.risk().met());
        }
        if (!outcome.written()) {
            details.put("leaks", outcome.leaks().summary());
            if (outcome.blockedByRisk()) { // the measures only, never a value
                details.put("riskTargetsMissed", outcome.risk().summary().english());
            }
            return "blocked";
        }
        put(s.name(), StepData.written(out, in.roles(), null, plan.policy().id()));
        return "done";
    }

    /**
     * Writes the optimum's table; stops the run with a problem on {@code k} when no transformation meets the
     * targets (the step's output would not exist for later steps).
     */
    private String anonymise(RecipeStep s, Map<String, Object> details, Progress progress) throws IOException {
        if (s.get("levels") != null) { // a given transformation instead of the search
            return AnonymiseStep.runGiven(this, s, details, progress);
        }
        StepData in = in(s, "input");
        Path out = out(s, "output", s.name() + ".csv");
        Map<String, Path> files = AnonymiseStep.hierarchyFiles(recipe, s);
        Table table = DatasetService.importFile(in.file(), in.options(), progress.slice(0, 0.1)).table();
        var options = AnonymiseStep.options(s, table, AnonymiseStep.readHierarchies(files));
        var outcome = PrivacyService.anonymise(new PrivacyService.AnonymiseRequest(in.file(), in.options(), options,
                files, out, null, null), progress.slice(0.1, 1));
        var result = outcome.result();
        details.put("found", result.found());
        details.put("rows", result.rows());
        if (!result.found()) {
            throw new RecipeException(s.number(), "k", Message.of("recipe.error.noAnonymisation"));
        }
        details.put("levels", result.levels());
        details.put("suppressedRows", result.optimum().suppressedRows());
        details.put("smallestClass", result.optimum().smallestClass());
        details.put("loss", result.optimum().loss());
        put(s.name(), StepData.written(out, in.roles(), null, in.policyId()));
        return "done";
    }

    private RecommendInputs recommendInputs(RecipeStep s) {
        StepData tx = s.get("transactions") == null ? null : in(s, "transactions");
        StepData ratings = s.get("ratings") == null ? null : in(s, "ratings");
        StepData products = s.get("products") == null ? null : in(s, "products");
        StepData segments = s.get("segments") == null ? null : in(s, "segments");
        return new RecommendInputs(tx == null ? null : tx.file(), products == null ? null : products.file(),
                ratings == null ? null : ratings.file(), StepOptions.transactionOptions(s),
                segments == null ? null : segments.file(), s.text("segmentColumn", null),
                (tx != null ? tx : ratings).roles());
    }

    RecipeKeys keys() {
        return keys;
    }

    Path workspace() {
        return workspace;
    }

    /** The account the replay runs as, or null on an ungoverned workspace. */
    io.safesegment.core.governance.Actor actor() {
        return actor;
    }

    Recipe recipe() {
        return recipe;
    }

    StepData in(RecipeStep s, String field) {
        StepData d = data.get(s.text(field, ""));
        if (d == null) {
            throw new RecipeException(s.number(), field, Message.of("recipe.error.noOutput", s.text(field, "")));
        }
        return d;
    }

    /** The output {@code name} of a step run so far, or null. */
    StepData output(String name) {
        return data.get(name);
    }

    void put(String name, StepData d) {
        data.put(name, d);
    }

    Path out(RecipeStep s, String field, String fallback) {
        Path p = RecipePaths.output(workspace, s, field, fallback);
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new LocalizedUncheckedIOException(Message.of("recipe.recipeRunner.cannotCreateFolder", p.getParent(),
                    LocalizedMessage.of(e)), e);
        }
        return p;
    }

    Map<String, String> outputsOf(RecipeStep s) {
        return planned(data, s);
    }

    private static Map<String, String> planned(Map<String, StepData> outputs, RecipeStep s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : new String[] {s.name(), s.name() + ".profiles", s.name() + ".manifest",
                s.name() + ".lapsed"}) {
            StepData d = outputs.get(key);
            if (d != null && d.file() != null) {
                m.put(key, d.file().toString());
            }
        }
        return m;
    }
}
