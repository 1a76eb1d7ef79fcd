package io.safesegment.core.recipe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of recipe step and their typed fields. Every kind also takes {@code kind} and {@code name} (the name
 * later steps use to refer to its output). Randomised kinds require a {@code seed}, so a replay is repeatable.
 */
public enum StepKind {
    /** Read a file with import options and a role mapping. */
    IMPORT(fields("file", FieldType.FILE, "options", FieldType.OBJECT, "roles", FieldType.ROLES),
            Set.of("file")),
    /**
     * Fetch a table or a query result from PostgreSQL and write it as a file (with its column types), like an
     * import. The URL names host, port and database, never a password: replay reads the password from the
     * front end ({@code --pg-password-file}) or the environment variable named by {@code passwordEnv}.
     */
    POSTGRES(fields("url", FieldType.STRING, "user", FieldType.STRING, "table", FieldType.STRING,
            "query", FieldType.STRING, "passwordEnv", FieldType.STRING, "roles", FieldType.ROLES,
            "output", FieldType.OUTPUT, "partitionColumn", FieldType.STRING, "partitions", FieldType.INTEGER),
            Set.of("url", "user")),
    /**
     * Replace the role mapping that travels with an earlier step's output (role edits made after later steps read
     * the import); writes nothing.
     */
    ROLES(fields("input", FieldType.REF, "roles", FieldType.ROLES), Set.of("input", "roles")),
    /** Apply recorded cleaning steps (the Data section's JSON) and write the result. */
    CLEAN(fields("input", FieldType.REF, "steps", FieldType.OBJECTS, "output", FieldType.OUTPUT),
            Set.of("input", "steps")),
    /** Join two datasets on key columns. */
    JOIN(fields("left", FieldType.REF, "right", FieldType.REF, "on", FieldType.STRINGS, "how", FieldType.STRING,
            "output", FieldType.OUTPUT), Set.of("left", "right", "on")),
    /** Add amount = quantity × unit price. */
    DERIVE(fields("input", FieldType.REF, "quantity", FieldType.STRING, "unitPrice", FieldType.STRING,
            "target", FieldType.STRING, "output", FieldType.OUTPUT), Set.of("input")),
    /** Apply a masking policy (file, or saved id + revision), leak-scan, write. */
    MASK(fields("input", FieldType.REF, "policy", FieldType.FILE, "policyId", FieldType.STRING,
            "policyRevision", FieldType.INTEGER, "datasetId", FieldType.STRING, "allowResidual", FieldType.BOOLEAN,
            "createMissingKeys", FieldType.BOOLEAN, "overrideRiskTargets", FieldType.STRING, "output",
            FieldType.OUTPUT), Set.of("input")),
    /**
     * Generalise quasi-identifiers to the least-loss transformation meeting k (and l, t) within a suppression
     * limit; hierarchies are files per column or built from the values. Deterministic: no seed.
     */
    ANONYMISE(fields("input", FieldType.REF, "quasiIdentifiers", FieldType.STRINGS, "hierarchies", FieldType.OBJECT,
            "sensitive", FieldType.STRING, "k", FieldType.INTEGER, "l", FieldType.NUMBER, "t", FieldType.NUMBER,
            "suppressionLimit", FieldType.NUMBER, "metric", FieldType.STRING, "output", FieldType.OUTPUT,
            "levels", FieldType.OBJECT), Set.of("input", "quasiIdentifiers", "k")),
    /** Build customer features and run a clustering; writes assignments and profiles. */
    SEGMENT(fields("customers", FieldType.REF, "transactions", FieldType.REF, "products", FieldType.REF,
            "features", FieldType.STRINGS, "scaling", FieldType.STRING,
            "scalingByColumn", FieldType.OBJECT, "missing", FieldType.STRING,
            "log", FieldType.BOOLEAN, "referenceDate", FieldType.STRING, "algorithm", FieldType.STRING,
            "k", FieldType.INTEGER, "seed", FieldType.INTEGER, "restarts", FieldType.INTEGER,
            "minPoints", FieldType.INTEGER, "epsilon", FieldType.NUMBER, "sample", FieldType.INTEGER,
            "groupBy", FieldType.STRINGS, "bandWidth", FieldType.NUMBER, "output", FieldType.OUTPUT,
            "profiles", FieldType.OUTPUT, "saveRun", FieldType.BOOLEAN, "segmentNames", FieldType.STRINGS),
            Set.of("customers", "seed")),
    /** RFM scores and segments. */
    RFM(fields("transactions", FieldType.REF, "referenceDate", FieldType.STRING, "output", FieldType.OUTPUT),
            Set.of("transactions")),
    /**
     * Fit a model (on transactions or ratings, with recorded hyper-parameters over the defaults) and write top-N
     * per customer (of one segment: a campaign list).
     */
    RECOMMEND(fields("transactions", FieldType.REF, "ratings", FieldType.REF, "products", FieldType.REF,
            "segments", FieldType.REF, "segmentColumn", FieldType.STRING, "segment", FieldType.STRING,
            "model", FieldType.STRING, "parameters", FieldType.OBJECT,
            "seed", FieldType.INTEGER, "n", FieldType.INTEGER, "longTail", FieldType.NUMBER,
            "weighting", FieldType.STRING, "halfLife", FieldType.NUMBER, "output", FieldType.OUTPUT,
            "tuning", FieldType.OBJECT), Set.of("seed")),
    /** Cross-validate models (transactions or ratings, with the desktop's hyper-parameters); writes the evaluation report as JSON. */
    EVALUATE(fields("transactions", FieldType.REF, "ratings", FieldType.REF, "products", FieldType.REF,
            "segments", FieldType.REF, "segmentColumn", FieldType.STRING, "models", FieldType.STRINGS,
            "parameters", FieldType.OBJECT, "folds", FieldType.INTEGER,
            "k", FieldType.INTEGER, "split", FieldType.STRING, "testShare", FieldType.NUMBER,
            "maxUsers", FieldType.INTEGER, "seed", FieldType.INTEGER, "longTail", FieldType.NUMBER,
            "weighting", FieldType.STRING, "output", FieldType.OUTPUT, "tuning", FieldType.OBJECT),
            Set.of("models", "seed")),
    /** Write a dataset in a format, optionally encrypted (vault key id or OpenPGP recipient) and signed. */
    EXPORT(fields("input", FieldType.REF, "output", FieldType.OUTPUT, "format", FieldType.STRING,
            "encrypt", FieldType.OBJECT, "sign", FieldType.OBJECT), Set.of("input", "output")),
    /**
     * Encrypt a file (an earlier step's output, or a file) to a vault key or an OpenPGP recipient, optionally with a
     * signed manifest: what the Keys window's "encrypt for a recipient" does. Keys by vault key name only.
     */
    ENCRYPT(fields("input", FieldType.REF, "file", FieldType.FILE, "vaultKey", FieldType.STRING,
            "pgpRecipient", FieldType.FILE, "sign", FieldType.OBJECT, "policyId", FieldType.STRING,
            "output", FieldType.OUTPUT, "manifest", FieldType.OUTPUT), Set.of()),
    /**
     * Customer lifetime value (BG/NBD + Gamma-Gamma) of a transactions or summary output: per-customer figures
     * ({@code NAME}) and the lapsed segment ({@code NAME.lapsed}), optionally kept as a workspace dataset. The fits are
     * deterministic (no seed).
     */
    CLV(fields("transactions", FieldType.REF, "summary", FieldType.REF, "unit", FieldType.STRING,
            "calibrationEnd", FieldType.STRING, "horizon", FieldType.INTEGER, "clvMonths", FieldType.INTEGER,
            "discount", FieldType.NUMBER, "penalizer", FieldType.NUMBER, "minRepeatBuyers", FieldType.INTEGER,
            "maxCorrelation", FieldType.NUMBER, "inactiveDays", FieldType.INTEGER, "aliveBelow", FieldType.NUMBER,
            "output", FieldType.OUTPUT, "lapsed", FieldType.OUTPUT, "keepLapsed", FieldType.BOOLEAN), Set.of()),
    /** A campaign's seeded split of a target list into control and offer arms, written as an assignment list. */
    CAMPAIGN(fields("target", FieldType.REF, "where", FieldType.STRING, "offers", FieldType.STRINGS,
            "channel", FieldType.STRING, "controlShare", FieldType.NUMBER, "seed", FieldType.INTEGER,
            "baseline", FieldType.NUMBER, "mde", FieldType.NUMBER, "output", FieldType.OUTPUT),
            Set.of("target", "offers", "seed")),
    /**
     * Erase a data subject from every workspace dataset (a Privacy Officer's action). The person is named only by a
     * keyed pseudonym (HMAC-SHA-256 under the vault key {@code pseudonymKey}), never by a value.
     */
    ERASE(fields("key", FieldType.STRING, "pseudonym", FieldType.STRING, "pseudonymKey", FieldType.STRING,
            "suffixPseudonyms", FieldType.STRINGS, "maskedForms", FieldType.STRINGS),
            Set.of("key", "pseudonym", "pseudonymKey")),
    /**
     * An encrypted backup of the workspace (an Administrator's action) to an absolute path outside it; the backup
     * password comes from the front end or the environment variable {@code passwordEnv}, never from the recipe.
     */
    BACKUP(fields("output", FieldType.OUTPUT, "passwordEnv", FieldType.STRING), Set.of("output"));

    private final Map<String, FieldType> fields;
    private final Set<String> required;

    StepKind(Map<String, FieldType> fields, Set<String> required) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.required = Set.copyOf(required);
    }

    private static Map<String, FieldType> fields(Object... pairs) {
        Map<String, FieldType> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (FieldType) pairs[i + 1]);
        }
        return m;
    }

    /** The id used in JSON, e.g. {@code import}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this JSON id. */
    public static Optional<StepKind> of(String id) {
        for (StepKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Field name → type (without {@code kind} and {@code name}), inputs first, in a fixed order (summaries use it). */
    public Map<String, FieldType> fields() {
        return fields;
    }

    /** Fields that must be present. */
    public Set<String> required() {
        return required;
    }
}
