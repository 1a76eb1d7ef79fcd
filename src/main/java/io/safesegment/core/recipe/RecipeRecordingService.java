package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.subject.SubjectPseudonym;
import io.safesegment.core.subject.SubjectQuery;
import io.safesegment.core.subject.SubjectRequestService;
import io.safesegment.core.value.ClvOptions;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what a front end just did through a service into recipe steps, so the GUI (into the window's
 * {@link SessionRecipe}) and the CLI (with {@code --record}, into a recipe file through
 * {@link RecipeService#appendTo}) record the same fields: the {@code clv}, {@code campaign}, {@code erase} and
 * {@code backup} kinds, and the CLI's {@code segment}. Input files become the step that made or imported them ({@link SessionRecipe#stepFor}),
 * else a new {@code import}. Fields equal to the replay's defaults are left out; seeds are always written.
 */
public final class RecipeRecordingService {
    private RecipeRecordingService() {
    }

    /**
     * Records a CLV fit of a transactions file ({@code summary} false) or a summary file, with what it wrote.
     *
     * @param output     the per-customer file written, or null
     * @param lapsed     the lapsed segment file written, or null
     * @param keepLapsed whether the lapsed segment was kept as a workspace dataset
     */
    public static RecipeStep recordClv(SessionRecipe recipe, Path input, boolean summary, RoleMapping roles,
                                       ClvOptions options, Path output, Path lapsed, boolean keepLapsed) {
        ObjectNode f = SessionRecipe.fields();
        f.put(summary ? "summary" : "transactions", inputStep(recipe, input, roles, summary ? "summary"
                : "transactions"));
        ClvOptions d = ClvOptions.defaults();
        if (options.unit() != d.unit()) {
            f.put("unit", options.unit().cliName());
        }
        if (options.calibrationEnd() != null) {
            f.put("calibrationEnd", options.calibrationEnd().toString());
        }
        f.put("horizon", options.horizon());
        f.put("clvMonths", options.clvMonths());
        f.put("discount", options.monthlyDiscount());
        f.put("penalizer", options.penalizer());
        f.put("minRepeatBuyers", options.minRepeatBuyers());
        f.put("maxCorrelation", options.maxSpendCorrelation());
        f.put("inactiveDays", options.churn().inactiveDays());
        f.put("aliveBelow", options.churn().aliveBelow());
        if (output != null) {
            f.put("output", output.toAbsolutePath().normalize().toString());
        }
        if (lapsed != null) {
            f.put("lapsed", lapsed.toAbsolutePath().normalize().toString());
        }
        if (keepLapsed) {
            f.put("keepLapsed", true);
        }
        return recipe.append(StepKind.CLV, "clv", f);
    }

    /** Records a campaign design that wrote its assignment list to {@code request.out()}. */
    public static RecipeStep recordCampaign(SessionRecipe recipe, CampaignService.DesignRequest request) {
        ObjectNode f = SessionRecipe.fields();
        f.put("target", inputStep(recipe, request.target(), request.roles(), "target"));
        if (request.where() != null && !request.where().isBlank()) {
            f.put("where", request.where());
        }
        request.design().offers().forEach(f.putArray("offers")::add);
        f.put("channel", request.design().channel());
        f.put("controlShare", request.design().controlShare());
        f.put("seed", request.design().seed());
        if (request.sampleSize() != null) {
            f.put("baseline", request.sampleSize().baseline());
            f.put("mde", request.sampleSize().mde());
        }
        if (request.out() != null) {
            f.put("output", request.out().toAbsolutePath().normalize().toString());
        }
        return recipe.append(StepKind.CAMPAIGN, "campaign", f);
    }

    /**
     * The keyed pseudonym of {@code query} for an {@code erase} step: HMAC-SHA-256 under the vault key
     * {@code keyName} (a {@code PSEUDONYM_HMAC} key, created when missing), plus what the value became in the
     * workspace's masked datasets. Call it before erasing; the value itself goes nowhere.
     */
    public static SubjectPseudonym pseudonym(Workspace workspace, SubjectQuery query, KeyVault vault, String keyName)
            throws IOException {
        vault.ensure(keyName, KeyPurpose.PSEUDONYM_HMAC);
        VaultKey key = vault.current(keyName).requirePurpose(KeyPurpose.PSEUDONYM_HMAC);
        try {
            return SubjectRequestService.pseudonymise(workspace, query, PrivacyService.keysFrom(vault),
                    key.material());
        } finally {
            key.wipe();
        }
    }

    /** Records an erasure of the person {@code subject} names (made with the vault key {@code keyName}). */
    public static RecipeStep recordErase(SessionRecipe recipe, SubjectPseudonym subject, String keyName) {
        ObjectNode f = SessionRecipe.fields();
        f.put("key", subject.key().code());
        f.put("pseudonym", subject.pseudonym());
        f.put("pseudonymKey", keyName);
        if (!subject.suffixPseudonyms().isEmpty()) {
            subject.suffixPseudonyms().forEach(f.putArray("suffixPseudonyms")::add);
        }
        if (!subject.maskedForms().isEmpty()) {
            subject.maskedForms().forEach(f.putArray("maskedForms")::add);
        }
        return recipe.append(StepKind.ERASE, "erase", f);
    }

    /** The vault key recorded erasures are pseudonymised with unless the front end names another. */
    public static String defaultPseudonymKey() {
        return GovernanceSteps.DEFAULT_PSEUDONYM_KEY;
    }

    /** Records a backup written to {@code out}; the password is never recorded (a replay reads it elsewhere). */
    public static RecipeStep recordBackup(SessionRecipe recipe, Path out) {
        ObjectNode f = SessionRecipe.fields();
        f.put("output", out.toAbsolutePath().normalize().toString());
        return recipe.append(StepKind.BACKUP, "backup", f);
    }

    /**
     * Records a segmentation ({@code safesegment segment}): imports of its files (with the roles), then a
     * {@code segment} step with every feature and algorithm setting and the seed, and what it wrote.
     *
     * @param output   the assignments file written, or null
     * @param profiles the profiles file written, or null
     * @param saveRun  whether the run (and its assignments dataset) was kept in the workspace
     */
    public static RecipeStep recordSegment(SessionRecipe recipe, SegmentationService.FeatureInput input,
                                           SegmentOptions options, Path output, Path profiles, boolean saveRun) {
        ObjectNode f = SessionRecipe.fields();
        f.put("customers", inputStep(recipe, input.customers(), input.roles(), "customers"));
        if (input.transactions() != null) {
            f.put("transactions", inputStep(recipe, input.transactions(), input.roles(), "transactions"));
        }
        if (input.products() != null) {
            f.put("products", inputStep(recipe, input.products(), RoleMapping.empty(), "products"));
        }
        f.setAll(segmentFields(input.features(), options));
        if (output != null) {
            f.put("output", output.toAbsolutePath().normalize().toString());
        }
        if (profiles != null) {
            f.put("profiles", profiles.toAbsolutePath().normalize().toString());
        }
        if (saveRun) {
            f.put("saveRun", true);
        }
        return recipe.append(StepKind.SEGMENT, "segment", f);
    }

    /**
     * The feature and algorithm fields of a {@code segment} step for these options (without inputs and outputs), the
     * same for the Segments section and {@code segment --record}: every value the run depends on, the seed included.
     */
    public static ObjectNode segmentFields(FeatureOptions features, SegmentOptions options) {
        ObjectNode f = SessionRecipe.fields();
        features.columns().forEach(f.putArray("features")::add);
        f.put("scaling", id(features.scaling()));
        if (!features.scalingByColumn().isEmpty()) {
            ObjectNode byColumn = f.putObject("scalingByColumn");
            features.scalingByColumn().forEach((column, scaling) -> byColumn.put(column, id(scaling)));
        }
        f.put("missing", id(features.missing()));
        if (features.logColumns().isEmpty()) {
            f.put("log", false);
        }
        if (features.referenceDate() != null) {
            f.put("referenceDate", features.referenceDate().toString());
        }
        f.put("algorithm", options.algorithm().id());
        f.put("seed", options.seed());
        switch (options.algorithm()) {
            case DBSCAN -> {
                f.put("minPoints", options.minPoints());
                f.put("epsilon", options.epsilon());
            }
            case RULES -> {
                options.groupBy().forEach(f.putArray("groupBy")::add);
                f.put("bandWidth", options.bandWidth());
            }
            default -> {
                f.put("k", options.k());
                f.put("restarts", options.restarts());
                f.put("sample", options.sampleSize());
            }
        }
        return f;
    }

    private static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The step that made or imported {@code file}, else a new {@code import} of it (with {@code roles}). */
    private static String inputStep(SessionRecipe recipe, Path file, RoleMapping roles, String name) {
        String known = recipe.stepFor(file);
        if (known != null) {
            return known;
        }
        ObjectNode f = SessionRecipe.fields();
        f.put("file", file.toAbsolutePath().normalize().toString());
        if (roles != null && !roles.format().isEmpty()) {
            f.put("roles", roles.format());
        }
        return recipe.append(StepKind.IMPORT, name.toLowerCase(Locale.ROOT), f).name();
    }
}
