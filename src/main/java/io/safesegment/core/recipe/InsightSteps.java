package io.safesegment.core.recipe;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.design.CampaignDesign;
import io.safesegment.core.campaign.design.DesignResult;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import io.safesegment.core.value.ChurnRule;
import io.safesegment.core.value.ClvOptions;
import io.safesegment.core.value.ClvResult;
import io.safesegment.core.value.SummaryColumns;
import io.safesegment.core.value.TimeUnit;
import io.safesegment.core.value.ValueService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code clv} and {@code campaign} steps: what the {@code clv} and {@code campaign design} commands (and the Value
 * and Campaigns sections) write, each one call of its service ({@link ValueService#clv},
 * {@link CampaignService#design}) with the same defaults as the CLI. Both are deterministic given their fields: the
 * CLV fits have no randomness and the campaign split takes the step's {@code seed}.
 */
final class InsightSteps {
    /** Columns of the lapsed segment file, as later steps see them. */
    static final List<String> LAPSED_COLUMNS = List.of("customer_id", "segment", "segment_name");

    private InsightSteps() {
    }

    /** The step's CLV settings over the CLI's defaults; a value out of range names its field. */
    static ClvOptions clvOptions(RecipeStep s) {
        TimeUnit unit;
        try {
            unit = TimeUnit.parse(s.text("unit", "day"));
        } catch (IllegalArgumentException e) {
            throw new StepOptions.FieldException("unit", Message.of("recipe.error.parameterValue",
                    LocalizedMessage.of(e)));
        }
        ChurnRule churn;
        try {
            churn = new ChurnRule((int) s.integer("inactiveDays", ChurnRule.DEFAULT.inactiveDays()),
                    s.number("aliveBelow", ChurnRule.DEFAULT.aliveBelow()));
        } catch (IllegalArgumentException e) {
            throw new StepOptions.FieldException(s.get("aliveBelow") != null ? "aliveBelow" : "inactiveDays",
                    Message.of("recipe.error.parameterValue", LocalizedMessage.of(e)));
        }
        ClvOptions d = ClvOptions.defaults();
        try {
            return new ClvOptions(unit, StepOptions.date(s, "calibrationEnd"), (int) s.integer("horizon", d.horizon()),
                    (int) s.integer("clvMonths", d.clvMonths()), s.number("discount", d.monthlyDiscount()),
                    s.number("penalizer", d.penalizer()), (int) s.integer("minRepeatBuyers", d.minRepeatBuyers()),
                    s.number("maxCorrelation", d.maxSpendCorrelation()), churn);
        } catch (IllegalArgumentException e) {
            throw new StepOptions.FieldException(clvField(String.valueOf(e instanceof LocalizedMessage l
                    && l.message() != null ? l.message().key() : e.getMessage())),
                    Message.of("recipe.error.parameterValue", LocalizedMessage.of(e)));
        }
    }

    /** Which field a {@link ClvOptions} refusal is about, from its message key. */
    private static String clvField(String key) {
        if (key.contains("horizon")) {
            return "horizon";
        }
        if (key.contains("discount")) {
            return "discount";
        }
        if (key.contains("penalizer")) {
            return "penalizer";
        }
        if (key.contains("minRepeatBuyers")) {
            return "minRepeatBuyers";
        }
        return "maxCorrelation";
    }

    static void checkClv(RecipeValidator v, RecipeStep s) {
        if ((s.get("transactions") == null) == (s.get("summary") == null)) {
            v.problem(s, "transactions", Message.of("recipe.error.clvInput"));
        }
        if (s.get("summary") != null && s.get("calibrationEnd") != null) {
            v.problem(s, "calibrationEnd", Message.of("recipe.error.clvCalibration"));
        }
        clvOptions(s);
        v.outputs().put(s.name(), StepData.written(v.out(s, "output", s.name() + ".csv"), customerRoles(), null,
                null));
        v.outputs().put(s.name() + ".lapsed", StepData.written(v.out(s, "lapsed", s.name() + "-lapsed.csv"),
                lapsedRoles(), LAPSED_COLUMNS, null));
    }

    static void runClv(RecipeRunner r, RecipeStep s, Map<String, Object> details, Progress progress)
            throws IOException {
        boolean fromTransactions = s.get("transactions") != null;
        StepData in = r.in(s, fromTransactions ? "transactions" : "summary");
        Path out = r.out(s, "output", s.name() + ".csv");
        Path lapsed = r.out(s, "lapsed", s.name() + "-lapsed.csv");
        ClvResult result = ValueService.clv(new ValueService.ClvRequest(fromTransactions ? in.file() : null,
                fromTransactions ? null : in.file(), fromTransactions ? in.roles() : RoleMapping.empty(),
                SummaryColumns.parse(null), clvOptions(s), out, lapsed,
                s.bool("keepLapsed", false) ? r.workspace() : null), progress);
        details.put("customers", result.bgnbd().customers());
        details.put("repeatBuyers", result.bgnbd().repeatBuyers());
        details.put("lapsed", result.lapsedCount());
        details.put("spendModel", String.valueOf(result.spendModel()));
        r.put(s.name(), StepData.written(out, customerRoles(), null, in.policyId()));
        r.put(s.name() + ".lapsed", StepData.written(lapsed, lapsedRoles(), LAPSED_COLUMNS, in.policyId()));
    }

    private static RoleMapping customerRoles() {
        return RoleMapping.parse("customer_id=customer_id");
    }

    private static RoleMapping lapsedRoles() {
        return RoleMapping.parse("customer_id=customer_id,segment=segment_name");
    }

    /** The step's design; an invalid one names its field. */
    static CampaignDesign design(RecipeStep s) {
        List<String> offers = StepOptions.strings(s, "offers");
        try {
            return new CampaignDesign(offers, s.text("channel", "email"), s.number("controlShare", 0.2),
                    s.integer("seed", 42));
        } catch (RuntimeException e) {
            String m = String.valueOf(e instanceof LocalizedMessage l && l.message() != null ? l.message().key()
                    : e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            String field = m.contains("offer") ? "offers" : m.contains("channel") ? "channel" : "controlShare";
            throw new StepOptions.FieldException(field, Message.of("recipe.error.parameterValue",
                    LocalizedMessage.of(e)));
        }
    }

    private static CampaignService.SampleSizeRequest sampleSize(RecipeStep s) {
        if (s.get("baseline") == null) {
            if (s.get("mde") != null) {
                throw new StepOptions.FieldException("mde", Message.of("recipe.error.mdeWithoutBaseline"));
            }
            return null;
        }
        try {
            return new CampaignService.SampleSizeRequest(s.number("baseline", 0), s.number("mde", 0.01), 0.05, 0.8);
        } catch (RuntimeException e) {
            throw new StepOptions.FieldException(s.get("mde") != null ? "mde" : "baseline",
                    Message.of("recipe.error.parameterValue", LocalizedMessage.of(e)));
        }
    }

    static void checkCampaign(RecipeValidator v, RecipeStep s) {
        StepData target = v.ref(s, "target");
        design(s);
        sampleSize(s);
        String where = s.text("where", null);
        if (where != null) {
            int eq = where.indexOf('=');
            if (eq <= 0) {
                v.problem(s, "where", Message.of("recipe.error.where"));
            } else if (target != null && target.columns() != null
                    && !target.columns().contains(where.substring(0, eq).strip())) {
                v.problem(s, "where", Message.of("recipe.error.missingInputColumn", where.substring(0, eq).strip(),
                        String.valueOf(target.columns())));
            }
        }
        v.outputs().put(s.name(), StepData.written(v.out(s, "output", s.name() + ".csv"),
                RoleMapping.parse("customer_id=customer_id"), List.of("customer_id", "arm", "channel"), null));
    }

    static void runCampaign(RecipeRunner r, RecipeStep s, Map<String, Object> details, Progress progress)
            throws IOException {
        StepData target = r.in(s, "target");
        Path out = r.out(s, "output", s.name() + ".csv");
        DesignResult result = CampaignService.design(new CampaignService.DesignRequest(target.file(), target.roles(),
                s.text("where", null), design(s), sampleSize(s), out, r.workspace(), r.actor()), progress);
        details.put("customers", result.targetCustomers());
        details.put("seed", result.seed());
        for (DesignResult.ArmSize arm : result.arms()) {
            details.put("arm." + arm.arm(), arm.customers());
        }
        if (result.underpowered() != null) {
            details.put("underpowered", result.underpowered());
        }
        r.put(s.name(), StepData.written(out, RoleMapping.parse("customer_id=customer_id"),
                List.of("customer_id", "arm", "channel"), target.policyId()));
    }
}
