package io.safesegment.core.campaign;

import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.access.Alerts;
import io.safesegment.core.workspace.Workspace;

import io.safesegment.core.campaign.anomaly.AnomalyOptions;
import io.safesegment.core.campaign.anomaly.AnomalyReport;
import io.safesegment.core.campaign.anomaly.TransactionAnomalies;
import io.safesegment.core.campaign.design.AssignmentList;
import io.safesegment.core.campaign.design.CampaignDesign;
import io.safesegment.core.campaign.design.CampaignTarget;
import io.safesegment.core.campaign.design.DesignResult;
import io.safesegment.core.campaign.design.RandomSplit;
import io.safesegment.core.campaign.offers.Calibration;
import io.safesegment.core.campaign.offers.Offer;
import io.safesegment.core.campaign.offers.OfferLog;
import io.safesegment.core.campaign.offers.OfferSimulation;
import io.safesegment.core.campaign.offers.OfflineEvaluation;
import io.safesegment.core.campaign.offers.ResponseModel;
import io.safesegment.core.campaign.offers.SimulationOptions;
import io.safesegment.core.campaign.offers.SimulationResult;
import io.safesegment.core.campaign.rules.AssociationRule;
import io.safesegment.core.campaign.rules.BasketScope;
import io.safesegment.core.campaign.rules.Baskets;
import io.safesegment.core.campaign.rules.FrequentItemsets;
import io.safesegment.core.campaign.rules.RuleOptions;
import io.safesegment.core.campaign.rules.RulesResult;
import io.safesegment.core.campaign.stats.ExperimentAnalysis;
import io.safesegment.core.campaign.stats.ExperimentColumns;
import io.safesegment.core.campaign.stats.ExperimentData;
import io.safesegment.core.campaign.stats.ExperimentOptions;
import io.safesegment.core.campaign.stats.ExperimentReport;
import io.safesegment.core.campaign.stats.SampleSize;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The campaigns feature's one entry point (decision records 0015, 0021, 0029): experiment analysis, campaign design,
 * frequently-bought-together rules, odd transactions and offer policies. Stateless; the CLI, the GUI's task executor
 * and recipe replay call it alike. Inputs are read by column role and may be masked: nothing here needs a real
 * identity, and no message contains a cell value.
 */
public final class CampaignService {
    private CampaignService() {
    }

    /**
     * An experiment to analyse.
     *
     * @param results the results CSV (customer_id, arm, exposed, clicked, converted, revenue unless mapped)
     * @param map     {@code role=column,…} for the experiment roles, or null
     * @param options analysis options
     */
    public record ExperimentRequest(Path results, String map, ExperimentOptions options) {
        /** Validates. */
        public ExperimentRequest {
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(options, "options");
            ExperimentColumns.parse(map); // fail early on a bad --map
        }
    }

    /** Reads and analyses an experiment's results. */
    public static ExperimentReport analyse(ExperimentRequest request, Progress progress) {
        progress.report(-1, Message.of("campaign.progress.analysing"));
        ExperimentData data = ExperimentData.read(request.results(), ExperimentColumns.parse(request.map()),
                progress);
        progress.checkCancelled();
        ExperimentReport report = ExperimentAnalysis.analyse(data, request.options());
        progress.report(1, Message.of("campaign.progress.analysing"));
        return report;
    }

    /**
     * Inputs of the sample-size calculator.
     *
     * @param baseline control conversion rate (0..1)
     * @param mde      minimum detectable effect, absolute difference of rates (e.g. 0.02 for +2 points)
     * @param alpha    two-sided significance level
     * @param power    1 − β
     */
    public record SampleSizeRequest(double baseline, double mde, double alpha, double power) {
        /** Validates. */
        public SampleSizeRequest {
            if (!(baseline > 0 && baseline < 1) || !(baseline + mde > 0 && baseline + mde < 1) || mde == 0) {
                throw new CampaignException(Message.of("campaign.error.sampleSizeRates"));
            }
            if (!(alpha > 0 && alpha < 0.5) || !(power > 0.5 && power < 1)) {
                throw new CampaignException(Message.of("campaign.error.alphaPower"));
            }
        }
    }

    /** Customers needed per arm (see {@link SampleSize}). */
    public static long sampleSizePerArm(SampleSizeRequest request) {
        return SampleSize.perArm(request.baseline(), request.mde(), request.alpha(), request.power());
    }

    /**
     * A campaign to design.
     *
     * @param target     a CSV of customers (segment file, {@code rfm --out} scores, recommendation list, customers)
     * @param roles      the user's {@code --map} (at least where the customer id is not suggested), or empty
     * @param where      {@code column=value} to keep only matching rows (e.g. {@code segment=champions}), or null
     * @param design     offers, channel, control share and seed
     * @param sampleSize the effect to detect, or null to skip the power check
     * @param out        where to write the assignment list, or null (never the target file)
     * @param workspace  the workspace the campaign is designed in, or null: a target that is one of its datasets
     *                   is read with the dataset's saved roles, a written list is audited there, and on a governed
     *                   workspace only an account that may export unmasked data may list the ids of an unmasked
     *                   dataset
     * @param actor      the signed-in account on a governed workspace, or null
     */
    public record DesignRequest(Path target, RoleMapping roles, String where, CampaignDesign design,
                                SampleSizeRequest sampleSize, Path out, Path workspace,
                                io.safesegment.core.governance.Actor actor) {
        /** Validates. */
        public DesignRequest {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(design, "design");
            roles = roles == null ? RoleMapping.empty() : roles;
        }

        /** A design outside any workspace (a file in, a file out, nothing audited). */
        public DesignRequest(Path target, RoleMapping roles, String where, CampaignDesign design,
                             SampleSizeRequest sampleSize, Path out) {
            this(target, roles, where, design, sampleSize, out, null, null);
        }

        /** The same request writing to {@code file}. */
        public DesignRequest withOut(Path file) {
            return new DesignRequest(target, roles, where, design, sampleSize, file, workspace, actor);
        }
    }

    /** Reads the target, splits it into control and offer arms with the seed, checks power, writes the list. */
    public static DesignResult design(DesignRequest request, Progress progress) throws IOException {
        if (request.out() != null) {
            AtomicFiles.requireNotSameFile(request.target(), request.out());
        }
        String source = request.target().getFileName().toString();
        CampaignWorkspace inside = request.workspace() == null ? null
                : CampaignWorkspace.open(request.workspace(), request.target());
        RoleMapping roles = inside == null ? request.roles() : inside.roles(request.roles());
        var table = readCampaignFile(request.target(), roles, progress);
        if (inside != null && request.out() != null) { // before anything is written
            inside.requireMayWrite(request.actor(), io.safesegment.core.data.RoleSuggester.resolve(table, roles),
                    request.out());
        }
        var customers = CampaignTarget.customers(table, roles, request.where(), source);
        progress.checkCancelled();
        Map<String, String> assignment = RandomSplit.assign(customers, request.design());
        List<DesignResult.ArmSize> arms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        names.add(CampaignDesign.CONTROL);
        names.addAll(request.design().offers());
        for (String arm : names) {
            arms.add(new DesignResult.ArmSize(arm, (int) assignment.values().stream().filter(arm::equals).count()));
        }
        Long perArm = request.sampleSize() == null ? null : sampleSizePerArm(request.sampleSize());
        Boolean underpowered = perArm == null ? null : arms.stream().anyMatch(a -> a.customers() < perArm);
        if (request.out() != null) {
            AssignmentList.write(request.out(), assignment, request.design().channel());
        }
        DesignResult result = new DesignResult(customers.size(), List.copyOf(arms), request.design().channel(),
                request.design().seed(), perArm, underpowered, request.out() == null ? null
                : request.out().toString());
        if (inside != null && request.out() != null) {
            inside.auditWritten(request.actor(), request.target(), request.out(), result);
        }
        progress.report(1, Message.of("campaign.progress.designed"));
        return result;
    }

    /** Reads a CSV with identifier columns as text (through the segment studio's reader, which knows the roles). */
    private static tech.tablesaw.api.Table readCampaignFile(Path file, RoleMapping roles, Progress progress) {
        try {
            return SegmentTables.read(file, roles, progress);
        } catch (RuntimeException e) {
            if (e instanceof io.safesegment.core.task.TaskCancelledException) {
                throw e;
            }
            throw new CampaignException(io.safesegment.core.i18n.LocalizedMessage.of(e));
        }
    }

    /**
     * Frequently-bought-together mining on a transactions file.
     *
     * @param transactions CSV with product id and order id (or customer id and timestamp) roles
     * @param roles        the user's {@code --map}, or empty
     * @param options      thresholds
     * @param scope        what a basket is (null: {@link BasketScope#AUTO})
     */
    public record RulesRequest(Path transactions, RoleMapping roles, RuleOptions options, BasketScope scope) {
        /** Validates. */
        public RulesRequest {
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(options, "options");
            roles = roles == null ? RoleMapping.empty() : roles;
            scope = scope == null ? BasketScope.AUTO : scope;
        }

        /** With {@link BasketScope#AUTO}. */
        public RulesRequest(Path transactions, RoleMapping roles, RuleOptions options) {
            this(transactions, roles, options, BasketScope.AUTO);
        }
    }

    /** Reads the orders and mines association rules with FP-growth. */
    public static RulesResult rules(RulesRequest request, Progress progress) {
        var table = readCampaignFile(request.transactions(), request.roles(), progress);
        progress.report(-1, Message.of("campaign.progress.mining"));
        return FrequentItemsets.mine(Baskets.of(table, request.roles(), request.transactions().getFileName()
                .toString(), request.scope()), request.options(), progress);
    }

    /** Mines association rules on an already loaded transactions table ({@code source} names it in messages). */
    public static RulesResult rules(tech.tablesaw.api.Table transactions, RoleMapping roles, RuleOptions options,
                                    String source, Progress progress) {
        return FrequentItemsets.mine(Baskets.of(transactions, roles, source), options, progress);
    }

    /**
     * The "bought with" list of one product: single-product rules {@code product → other}, by lift (as mined).
     *
     * @param limit at most this many
     */
    public static List<AssociationRule> boughtWith(RulesResult rules, String product, int limit) {
        return rules.rules().stream().filter(r -> r.antecedent().equals(List.of(product))
                && r.consequent().size() == 1).limit(limit).toList();
    }

    /**
     * An explanation source for recommendations: the strongest rule (by lift) whose antecedent the customer has
     * bought and whose consequent is exactly the recommended product, e.g. "bought with P00062 in 42% of baskets,
     * lift 3.1". Empty when no mined rule supports the recommendation.
     */
    public static Optional<AssociationRule> explain(RulesResult rules, Collection<String> history,
                                                    String recommended) {
        return rules.rules().stream().filter(r -> r.consequent().equals(List.of(recommended))
                && history.containsAll(r.antecedent())).max(Comparator.comparingDouble(AssociationRule::lift));
    }

    /**
     * The rules as the recommender's explanation source (issue 20 item 4): a recommended product that a mined rule
     * predicts from the customer's history is explained by that rule, e.g. "Bought together with P00062: 42% of those
     * baskets hold it (lift 3.1)".
     */
    public static io.safesegment.core.recommend.ExplanationSource explanationSource(RulesResult rules) {
        return (history, item) -> explain(rules, history, item).map(r -> new io.safesegment.core.recommend
                .ExplanationSource.Explained("BOUGHT_TOGETHER", String.format(java.util.Locale.ROOT,
                "Bought together with %s: %.0f%% of those baskets hold it (lift %.1f)", String.join(" + ",
                r.antecedent()), 100 * r.confidence(), r.lift()), r.antecedent()));
    }

    /**
     * Odd transactions in a file.
     *
     * @param transactions CSV with customer id, timestamp, amount (or quantity and unit price), optional channel
     * @param roles        the user's {@code --map}, or empty
     * @param options      thresholds
     */
    public record AnomalyRequest(Path transactions, RoleMapping roles, AnomalyOptions options, Path workspace) {
        /** Validates. */
        public AnomalyRequest {
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(options, "options");
            roles = roles == null ? RoleMapping.empty() : roles;
        }

        /** A scan outside any workspace: no alert rule applies. */
        public AnomalyRequest(Path transactions, RoleMapping roles, AnomalyOptions options) {
            this(transactions, roles, options, null);
        }
    }

    /**
     * Reads the transactions and flags rows far from each customer's usual behaviour. With a workspace, its
     * flagged-transactions alert rule is applied (issue 20 item 5: the flags feed governance's alerts).
     */
    public static AnomalyReport anomalies(AnomalyRequest request, Progress progress) {
        var table = readCampaignFile(request.transactions(), request.roles(), progress);
        AnomalyReport report = TransactionAnomalies.find(table, request.roles(), request.options(),
                request.transactions().getFileName().toString(), progress);
        if (request.workspace() != null) {
            Alerts.flaggedTransactions(Workspace.open(request.workspace()),
                    AuditService.actingUser(request.workspace()), request.transactions().getFileName().toString(), report.flagged(), report.rows());
        }
        return report;
    }

    /** Flags odd rows of an already loaded transactions table. */
    public static AnomalyReport anomalies(tech.tablesaw.api.Table transactions, RoleMapping roles,
                                          AnomalyOptions options, Progress progress) {
        return TransactionAnomalies.find(transactions, roles, options, transactions.name(), progress);
    }

    /**
     * An offer-policy simulation.
     *
     * @param transactions transactions to calibrate the simulator from, or null for the documented defaults
     * @param roles        the user's {@code --map}, or empty
     * @param offers       the offers (at least two; include a 0-discount reminder to compare against)
     * @param margin       gross margin of an order before discount (0..1]
     * @param options      episodes, learning rates, seed
     * @param logOut       where to write a log of an ε-greedy behaviour policy for {@link #evaluate}, or null
     * @param logRows      rows of that log
     * @param logEpsilon   exploration of the logging policy (&gt; 0 so every offer has a propensity)
     */
    public record SimulationRequest(Path transactions, RoleMapping roles, List<Offer> offers, double margin,
                                    SimulationOptions options, Path logOut, int logRows, double logEpsilon) {
        /** Validates. */
        public SimulationRequest {
            offers = List.copyOf(offers);
            Objects.requireNonNull(options, "options");
            roles = roles == null ? RoleMapping.empty() : roles;
            if (offers.size() < 2 || offers.stream().map(Offer::name).distinct().count() != offers.size()) {
                throw new CampaignException(Message.of("campaign.error.offers"));
            }
            if (!(margin > 0 && margin <= 1) || logRows < 0 || !(logEpsilon > 0 && logEpsilon <= 1)) {
                throw new CampaignException(Message.of("campaign.error.simulation"));
            }
        }
    }

    /** Calibrates the simulator, runs every policy, and writes a behaviour log when asked. */
    public static SimulationResult simulate(SimulationRequest request, Progress progress) throws IOException {
        ResponseModel model;
        int customers = 0;
        if (request.transactions() == null) {
            model = Calibration.defaults(request.offers(), request.margin());
        } else {
            var table = readCampaignFile(request.transactions(), request.roles(), progress);
            model = Calibration.fromTransactions(table, request.roles(), request.offers(), request.margin(),
                    request.transactions().getFileName().toString());
            customers = table.rowCount() == 0 ? 0 : (int) table.column(
                    io.safesegment.core.data.RoleSuggester.resolve(table, request.roles())
                            .column(io.safesegment.core.data.SemanticRole.CUSTOMER_ID).orElseThrow()).countUnique();
        }
        SimulationResult.Calibration calibration = new SimulationResult.Calibration(model.basePurchase(),
                model.orderValue(), model.startShares(), model.margin(), customers);
        SimulationResult result = OfferSimulation.run(model, calibration, request.options(), progress);
        if (request.logOut() != null && request.logRows() > 0) {
            new OfferLog(result.offers(), OfflineEvaluation.simulateLog(model, request.logRows(),
                    request.logEpsilon(), request.options().seed())).write(request.logOut());
        }
        return result;
    }

    /**
     * Offline evaluation of a target policy on a log.
     *
     * @param log    the {@code state,offer,propensity,reward} file
     * @param policy an offer name (sent in every state) or one offer name per state, comma-separated, in the order of
     *               {@link ResponseModel#STATE_NAMES}
     * @param alpha  1 − confidence of the intervals
     */
    public record EvaluationRequest(Path log, String policy, double alpha) {
        /** Validates. */
        public EvaluationRequest {
            Objects.requireNonNull(log, "log");
            if (policy == null || policy.isBlank() || !(alpha > 0 && alpha < 0.5)) {
                throw new CampaignException(Message.of("campaign.error.policy", String.join(", ",
                        ResponseModel.STATE_NAMES)));
            }
        }
    }

    /**
     * The estimates and the policy they are for.
     *
     * @param states    state names
     * @param policy    the target's offer per state
     * @param estimate  IPS, DR, direct method and logged value
     */
    public record EvaluationResult(List<String> states, List<String> policy, OfflineEvaluation.Estimate estimate) {
    }

    /** Reads a log and estimates the target policy's value with IPS and doubly robust estimators. */
    public static EvaluationResult evaluate(EvaluationRequest request, Progress progress) throws IOException {
        OfferLog log = OfferLog.read(request.log());
        String[] names = request.policy().split(",");
        if (names.length != 1 && names.length != ResponseModel.STATES) {
            throw new CampaignException(Message.of("campaign.error.policy", String.join(", ",
                    ResponseModel.STATE_NAMES)));
        }
        int[] target = new int[ResponseModel.STATES];
        List<String> chosen = new ArrayList<>();
        for (int s = 0; s < ResponseModel.STATES; s++) {
            String name = names[names.length == 1 ? 0 : s].trim();
            target[s] = log.offers().indexOf(name);
            if (target[s] < 0) {
                throw new CampaignException(Message.of("campaign.error.unknownOffer", name,
                        String.join(", ", log.offers())));
            }
            chosen.add(name);
        }
        progress.checkCancelled();
        return new EvaluationResult(ResponseModel.STATE_NAMES, List.copyOf(chosen), OfflineEvaluation.evaluate(
                log.steps(), target, log.offers().size(), request.alpha()));
    }
}
