package io.safesegment.core.recipe;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.pgp.PgpRecipient;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.PolicyValidator;
import io.safesegment.core.recommend.Recommenders;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a whole recipe before anything is written: unknown or missing fields, wrong JSON types, references to
 * outputs no earlier step makes, missing input files, policies that do not load or validate, columns a step needs
 * but its input lacks, and vault keys that do not exist. Every problem names the step number, field and reason.
 * Imports are read to learn their columns; nothing is written.
 */
public final class RecipeValidator {
    private final Recipe recipe;
    private final Path workspace;
    private final RecipeKeys keys;
    private final boolean headersOnly;
    private final List<RecipeProblem> problems = new ArrayList<>();
    private final Map<String, StepData> outputs = new LinkedHashMap<>();
    /** Key name → purpose and the step/field that needs it (checked against the vault at the end). */
    private final Map<String, KeyNeed> keyNeeds = new LinkedHashMap<>();

    private record KeyNeed(KeyPurpose purpose, int step, String field, boolean create) {
    }

    /**
     * @param workspace the workspace folder whose exports/, policies/ and key vault the recipe uses
     * @param keys      access to its key vault
     */
    public RecipeValidator(Recipe recipe, Path workspace, RecipeKeys keys) {
        this(recipe, workspace, keys, false);
    }

    /**
     * @param headersOnly read only the start of each imported delimited-text file (its detected columns and types)
     *                    instead of loading it: for an engine whose inputs need not fit in this JVM (Spark), where
     *                    loading a 50M-row file only to learn its columns ran the driver out of memory
     */
    public RecipeValidator(Recipe recipe, Path workspace, RecipeKeys keys, boolean headersOnly) {
        this.recipe = recipe;
        this.workspace = workspace;
        this.keys = keys;
        this.headersOnly = headersOnly;
    }

    /** Every problem found (empty when the recipe can run). */
    public List<RecipeProblem> validate() {
        for (RecipeStep s : recipe.steps()) {
            int before = problems.size();
            checkFields(s);
            if (problems.size() > before) {
                outputs.put(s.name(), StepData.written(null, RoleMapping.empty(), null, null));
                continue; // semantic checks on a malformed step only repeat the same complaint
            }
            try {
                checkStep(s);
            } catch (StepOptions.FieldException e) {
                problem(s, e.field, LocalizedMessage.of(e));
            }
            outputs.putIfAbsent(s.name(), StepData.written(null, RoleMapping.empty(), null, null));
        }
        checkKeys();
        return List.copyOf(problems);
    }

    /** Throws when {@link #validate()} finds problems. */
    public void requireValid() {
        List<RecipeProblem> found = validate();
        if (!found.isEmpty()) {
            throw new RecipeException(found);
        }
    }

    private void checkFields(RecipeStep s) {
        Map<String, FieldType> spec = s.kind().fields();
        for (var it = s.fields().fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!spec.containsKey(f)) {
                problem(s, f, Message.of("recipe.error.stepUnknownField", s.kind().id(),
                        String.valueOf(spec.keySet())));
            }
        }
        for (String f : s.kind().required()) {
            if (s.get(f) == null) {
                problem(s, f, Message.of("recipe.error.stepMissingField", s.kind().id()));
            }
        }
        for (var e : spec.entrySet()) {
            JsonNode v = s.get(e.getKey());
            if (v != null && !e.getValue().accepts(v)) {
                problem(s, e.getKey(), Message.of("recipe.error.wrongType", e.getValue().description()));
            } else if (v != null && e.getValue() == FieldType.REF && !outputs.containsKey(v.asText())) {
                problem(s, e.getKey(), Message.of("recipe.error.notOutput", v.asText()));
            } else if (v != null && e.getValue() == FieldType.FILE
                    && !Files.isRegularFile(RecipePaths.input(recipe, v.asText()))) {
                problem(s, e.getKey(), Message.of("recipe.error.fileNotFound",
                        RecipePaths.input(recipe, v.asText()).toString()));
            }
        }
    }

    private void checkStep(RecipeStep s) {
        switch (s.kind()) {
            case IMPORT -> checkImport(s);
            case POSTGRES -> PostgresStep.check(this, s);
            case ROLES -> {
                StepData in = ref(s, "input");
                RoleMapping roles = StepOptions.roles(s.get("roles"));
                requireColumns(s, "roles", in, List.copyOf(roles.asMap().values()));
                outputs.put(s.name(), new StepData(in.file(), in.options(), roles, in.columns(), in.types(),
                        in.policyId()));
            }
            case ENCRYPT -> EncryptStep.check(this, s);
            case CLEAN -> {
                StepData in = ref(s, "input");
                try {
                    CleaningPipeline.fromJson(s.get("steps").toString());
                } catch (RuntimeException e) {
                    problem(s, "steps", LocalizedMessage.of(e));
                }
                outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".csv"), in.roles(), null,
                        in.policyId()));
            }
            case JOIN -> {
                StepData left = ref(s, "left");
                StepData right = ref(s, "right");
                var options = StepOptions.joinOptions(s);
                requireColumns(s, "on", left, options.leftKeys());
                requireColumns(s, "on", right, options.rightKeys());
                List<String> cols = null;
                if (left.columns() != null && right.columns() != null) {
                    Set<String> all = new LinkedHashSet<>(left.columns());
                    all.addAll(right.columns());
                    cols = new ArrayList<>(all);
                }
                outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".csv"),
                        left.roles().overriddenBy(right.roles().without(SemanticRole.CUSTOMER_ID)), cols, null));
            }
            case DERIVE -> checkDerive(s);
            case MASK -> checkMask(s);
            case ANONYMISE -> checkAnonymise(s);
            case SEGMENT -> {
                StepData customers = ref(s, "customers");
                StepOptions.featureOptions(s);
                var options = StepOptions.segmentOptions(s);
                requireColumns(s, "groupBy", customers, options.groupBy());
                StepOptions.segmentNames(s, options);
                optionalRef(s, "transactions");
                optionalRef(s, "products");
                outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".csv"), RoleMapping.empty(),
                        List.of("customer_id", "segment", "segment_name"), null));
                outputs.put(s.name() + ".profiles", StepData.written(out(s, "profiles", s.name() + "-profiles.csv"),
                        RoleMapping.empty(), null, null));
            }
            case RFM -> {
                StepData tx = ref(s, "transactions");
                StepOptions.date(s, "referenceDate");
                outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".csv"),
                        RoleMapping.parse("customer_id=customer_id,segment=segment"),
                        List.of("customer_id", "recency_days", "frequency", "monetary", "r", "f", "m", "segment"),
                        tx.policyId()));
            }
            case RECOMMEND -> {
                checkRecommendInputs(s);
                TuningField.check(this, s);
                checkModel(s, "model", s.text("model", "hybrid"));
                if (s.integer("n", 10) <= 0) {
                    problem(s, "n", Message.of("recipe.error.positive"));
                }
                if (s.get("segment") != null && s.get("segments") == null) {
                    problem(s, "segment", Message.of("recipe.error.needsSegments"));
                }
                outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".csv"), RoleMapping.empty(),
                        List.of("customer_id", "rank", "product_id", "product_name", "score"), null));
            }
            case EVALUATE -> {
                checkRecommendInputs(s);
                TuningField.check(this, s);
                for (String m : StepOptions.strings(s, "models")) {
                    if (!m.equalsIgnoreCase("all")) {
                        checkModel(s, "models", m);
                    }
                }
                StepOptions.evaluationOptions(s);
                outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".json"), RoleMapping.empty(),
                        null, null));
            }
            case EXPORT -> checkExport(s);
            case CLV -> InsightSteps.checkClv(this, s);
            case CAMPAIGN -> InsightSteps.checkCampaign(this, s);
            case ERASE -> GovernanceSteps.checkErase(this, s);
            case BACKUP -> GovernanceSteps.checkBackup(this, s, workspace);
        }
    }

    private void checkImport(RecipeStep s) {
        Path file = RecipePaths.input(recipe, s.text("file", ""));
        var options = StepOptions.importOptions(s.get("options"));
        RoleMapping roles = StepOptions.roles(s.get("roles"));
        List<String> columns;
        List<io.safesegment.core.data.io.ColumnSpec> specs;
        try {
            if (headersOnly && isDelimitedText(file)) {
                specs = io.safesegment.core.data.io.CsvImport.preview(file, options).columns();
                columns = specs.stream().map(io.safesegment.core.data.io.ColumnSpec::name).toList();
            } else {
                ImportResult imported = TableImport.load(file, options, Progress.NONE);
                specs = imported.columns();
                columns = imported.table().columnNames();
            }
        } catch (RuntimeException e) {
            problem(s, "file", Message.of("recipe.error.cannotRead", LocalizedMessage.of(e)));
            outputs.put(s.name(), StepData.written(file, roles, null, null));
            return;
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        specs.forEach(c -> types.put(c.name(), c.type()));
        for (var e : roles.asMap().entrySet()) {
            if (!columns.contains(e.getValue())) {
                problem(s, "roles." + e.getKey().cliName(), Message.of("recipe.error.missingFileColumn",
                        e.getValue(), String.valueOf(columns)));
            }
        }
        outputs.put(s.name(), new StepData(file, options, roles, columns, types, null));
    }

    /** What {@link TableImport} reads as delimited text (not .xlsx or JSON). */
    private static boolean isDelimitedText(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !(name.endsWith(".xlsx") || name.endsWith(".json") || name.endsWith(".jsonl")
                || name.endsWith(".ndjson"));
    }

    private void checkDerive(RecipeStep s) {
        StepData in = ref(s, "input");
        String q = s.text("quantity", in.roles().column(SemanticRole.QUANTITY).orElse(null));
        String p = s.text("unitPrice", in.roles().column(SemanticRole.UNIT_PRICE).orElse(null));
        String target = s.text("target", "amount");
        if (q == null) {
            problem(s, "quantity", Message.of("recipe.error.noQuantity"));
        }
        if (p == null) {
            problem(s, "unitPrice", Message.of("recipe.error.noUnitPrice"));
        }
        for (var f : new String[][] {{"quantity", q}, {"unitPrice", p}}) {
            if (f[1] != null) {
                requireColumns(s, f[0], in, List.of(f[1]));
                ColumnType t = in.types().get(f[1]);
                if (t != null && t != ColumnType.INTEGER && t != ColumnType.DECIMAL) {
                    problem(s, f[0], Message.of("recipe.error.notNumeric", f[1], String.valueOf(t)));
                }
            }
        }
        if (in.columns() != null && in.columns().contains(target)) {
            problem(s, "target", Message.of("recipe.error.targetExists", target));
        }
        List<String> cols = in.columns() == null ? null : new ArrayList<>(in.columns());
        if (cols != null) {
            cols.add(target);
        }
        outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".csv"),
                in.roles().with(SemanticRole.AMOUNT, target), cols, in.policyId()));
    }

    /**
     * Which field a failed policy look-up is about: when the id has saved revisions but not the one asked for, the
     * revision is wrong (e.g. its history copy was deleted); otherwise the id is.
     */
    private String policyFieldToBlame(RecipeStep s) {
        if (s.integer("policyRevision", 0) <= 0) {
            return "policyId";
        }
        try {
            PrivacyService.findPolicy(workspace, s.text("policyId", ""), 0);
            return "policyRevision";
        } catch (RuntimeException e) {
            return "policyId";
        }
    }

    private void checkMask(RecipeStep s) {
        StepData in = ref(s, "input");
        boolean byFile = s.get("policy") != null;
        boolean byId = s.get("policyId") != null;
        if (byFile == byId) {
            problem(s, "policy", Message.of("recipe.error.policyChoice"));
            return;
        }
        Path policyFile;
        try {
            policyFile = byFile ? RecipePaths.input(recipe, s.text("policy", ""))
                    : PrivacyService.findPolicy(workspace, s.text("policyId", ""), (int) s.integer("policyRevision", 0));
        } catch (RuntimeException e) {
            problem(s, byFile ? "policy" : policyFieldToBlame(s), LocalizedMessage.of(e));
            return;
        }
        MaskingPolicy policy;
        try {
            policy = PolicyJson.read(policyFile);
            PolicyValidator.requireValid(policy);
        } catch (RuntimeException e) {
            problem(s, byFile ? "policy" : "policyId", LocalizedMessage.of(e));
            return;
        }
        if (byId && s.get("policyRevision") != null && policy.revision() != s.integer("policyRevision", 0)) {
            problem(s, "policyRevision", Message.of("recipe.error.revision", policy.revision()));
        }
        if (in.columns() != null) {
            for (var rule : policy.rules()) {
                if (!in.columns().contains(rule.column())) {
                    problem(s, "policy", Message.of("recipe.error.policyColumn", rule.column(),
                            String.valueOf(in.columns())));
                }
            }
        }
        boolean create = s.bool("createMissingKeys", false);
        OperatorFactory.requiredKeys(policy).forEach((name, purpose) ->
                keyNeeds.putIfAbsent(name, new KeyNeed(purpose, s.number(), byFile ? "policy" : "policyId", create)));
        outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".csv"), in.roles(), in.columns(),
                policy.id()));
    }

    private void checkAnonymise(RecipeStep s) {
        StepData in = ref(s, "input");
        List<String> qis = StepOptions.strings(s, "quasiIdentifiers");
        requireColumns(s, "quasiIdentifiers", in, qis);
        String sensitive = s.text("sensitive", null);
        if (sensitive != null) {
            requireColumns(s, "sensitive", in, List.of(sensitive));
        }
        for (String column : AnonymiseStep.hierarchyFiles(recipe, s).keySet()) {
            if (!qis.contains(column) && !column.equals(sensitive)) {
                problem(s, "hierarchies." + column, Message.of("recipe.error.hierarchyColumn", column));
            }
        }
        var given = AnonymiseStep.readHierarchies(AnonymiseStep.hierarchyFiles(recipe, s));
        if (s.get("levels") != null) { // a given transformation: levels in range where the hierarchy is known
            for (String qi : qis) {
                var v = s.get("levels").get(qi);
                int top = given.containsKey(qi) ? given.get(qi).height() - 1 : Integer.MAX_VALUE;
                if (v == null || !v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > top) {
                    problem(s, "levels", Message.of("recipe.error.levels", qi, top == Integer.MAX_VALUE ? "…" : top));
                }
            }
        }
        AnonymiseStep.models(s);
        AnonymiseStep.metric(s);
        double suppression = s.number("suppressionLimit", 0);
        if (!(suppression >= 0 && suppression <= 1)) {
            problem(s, "suppressionLimit", Message.of("recipe.error.share"));
        }
        if (sensitive == null) {
            for (String f : new String[] {"l", "t"}) {
                if (s.get(f) != null) {
                    problem(s, f, Message.of("recipe.error.needsSensitive"));
                }
            }
        } else if (qis.contains(sensitive)) {
            problem(s, "sensitive", Message.of("recipe.error.sensitiveIsQi", sensitive));
        }
        outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".csv"), in.roles(), in.columns(),
                in.policyId()));
    }

    private void checkExport(RecipeStep s) {
        StepData in = ref(s, "input");
        StepOptions.exportFormat(s);
        JsonNode enc = s.get("encrypt");
        if (enc != null) {
            boolean vaultKey = enc.hasNonNull("vaultKey");
            boolean pgp = enc.hasNonNull("pgpRecipient");
            if (vaultKey == pgp || enc.size() != 1) {
                problem(s, "encrypt", Message.of("recipe.error.encryptChoice"));
            } else if (vaultKey) {
                keyNeeds.putIfAbsent(enc.get("vaultKey").asText(), new KeyNeed(KeyPurpose.FILE, s.number(),
                        "encrypt.vaultKey", false));
            } else {
                Path recipient = RecipePaths.input(recipe, enc.get("pgpRecipient").asText());
                if (!Files.isRegularFile(recipient)) {
                    problem(s, "encrypt.pgpRecipient", Message.of("recipe.error.recipientNotFound", String.valueOf(recipient)));
                } else {
                    try {
                        // Expired, revoked or non-encryption keys are refused now rather than after earlier writes.
                        PgpRecipient.load(recipient, Instant.now());
                    } catch (IOException | RuntimeException e) {
                        problem(s, "encrypt.pgpRecipient", LocalizedMessage.of(e));
                    }
                }
            }
        }
        JsonNode sign = s.get("sign");
        if (sign != null) {
            if (!sign.hasNonNull("vaultKey") || !sign.get("vaultKey").isTextual()) {
                problem(s, "sign.vaultKey", Message.of("recipe.error.noSigningKey"));
            } else {
                keyNeeds.putIfAbsent(sign.get("vaultKey").asText(), new KeyNeed(KeyPurpose.SIGNING_ED25519,
                        s.number(), "sign.vaultKey", false));
            }
            for (var it = sign.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!f.equals("vaultKey") && !f.equals("creator")) {
                    problem(s, "sign." + f, Message.of("recipe.error.signField"));
                }
            }
        }
        outputs.put(s.name(), StepData.written(out(s, "output", s.name() + ".csv"), in.roles(), in.columns(),
                in.policyId()));
    }

    private void checkRecommendInputs(RecipeStep s) {
        if ((s.get("transactions") == null) == (s.get("ratings") == null)) {
            problem(s, "transactions", Message.of("recipe.error.ratingsOrTransactions"));
        }
        ModelParameterFields.fromJson(s.get("parameters"), s.integer("seed", 42));
        optionalRef(s, "products");
        StepData segments = optionalRef(s, "segments");
        if (segments != null && s.get("segmentColumn") != null) {
            requireColumns(s, "segmentColumn", segments, List.of(s.text("segmentColumn", "")));
        }
        StepOptions.transactionOptions(s);
        if (s.number("longTail", 0) < 0) {
            problem(s, "longTail", Message.of("recipe.error.nonNegative"));
        }
    }

    private void checkModel(RecipeStep s, String field, String model) {
        if (!Recommenders.NAMES.contains(model.trim().toLowerCase(Locale.ROOT))) {
            problem(s, field, Message.of("recipe.error.unknownModel", model,
                    String.valueOf(Recommenders.NAMES)));
        }
    }

    private void checkKeys() {
        if (keyNeeds.isEmpty()) {
            return;
        }
        Map<String, KeyInfo> present = new LinkedHashMap<>();
        boolean vault;
        try (KeyVault v = keys.open()) {
            vault = v != null;
            if (v != null) {
                v.list().forEach(k -> present.put(k.name(), k));
            }
        } catch (IOException | RuntimeException e) {
            for (var need : keyNeeds.entrySet()) {
                problems.add(new RecipeProblem(need.getValue().step(), need.getValue().field(),
                        Message.of("recipe.error.keyUnchecked", need.getKey(), LocalizedMessage.of(e))));
            }
            return;
        }
        for (var need : keyNeeds.entrySet()) {
            KeyNeed n = need.getValue();
            if (!vault) {
                problems.add(new RecipeProblem(n.step(), n.field(), Message.of("recipe.error.vaultClosed", need.getKey())));
            } else if (!present.containsKey(need.getKey()) && !n.create()) {
                problems.add(new RecipeProblem(n.step(), n.field(), Message.of("recipe.error.missingKey", need.getKey(),
                        String.valueOf(n.purpose()))));
            } else if (present.containsKey(need.getKey()) && present.get(need.getKey()).purpose() != n.purpose()) {
                problems.add(new RecipeProblem(n.step(), n.field(), Message.of("recipe.error.keyPurpose", need.getKey(),
                        String.valueOf(present.get(need.getKey()).purpose()), String.valueOf(n.purpose()))));
            }
        }
    }

    /** Notes that step {@code s} needs vault key {@code name} of {@code purpose} (checked against the vault last). */
    void needKey(String name, KeyPurpose purpose, RecipeStep s, String field) {
        keyNeeds.putIfAbsent(name, new KeyNeed(purpose, s.number(), field, false));
    }

    Recipe recipe() {
        return recipe;
    }

    RecipeKeys keys() {
        return keys;
    }

    StepData ref(RecipeStep s, String field) {
        return outputs.get(s.text(field, ""));
    }

    private StepData optionalRef(RecipeStep s, String field) {
        return s.get(field) == null ? null : outputs.get(s.text(field, ""));
    }

    private void requireColumns(RecipeStep s, String field, StepData data, List<String> columns) {
        if (data == null || data.columns() == null) {
            return; // not known before running (e.g. after cleaning); the service checks it then
        }
        for (String c : columns) {
            if (!data.columns().contains(c)) {
                problem(s, field, Message.of("recipe.error.missingInputColumn", c, String.valueOf(data.columns())));
            }
        }
    }

    Path out(RecipeStep s, String field, String fallback) {
        Path p = RecipePaths.output(workspace, s, field, fallback);
        for (var e : outputs.entrySet()) {
            if (p.equals(e.getValue().file())) {
                // Checked here, not when writing: a clash found mid-run would leave earlier outputs behind.
                problem(s, field, Message.of("recipe.error.outputClash",
                        String.valueOf(p.getFileName()), e.getKey()));
            }
        }
        return p;
    }

    private void problem(RecipeStep s, String field, String reason) {
        problems.add(new RecipeProblem(s.number(), field, reason));
    }

    void problem(RecipeStep s, String field, Message reason) {
        problems.add(new RecipeProblem(s.number(), field, reason));
    }

    /** The outputs the recipe will produce, by name (after {@link #validate()}). */
    Map<String, StepData> outputs() {
        return outputs;
    }
}
