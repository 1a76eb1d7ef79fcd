package io.safesegment.core.campaign;

import io.safesegment.core.campaign.stats.ExperimentAnalysis;
import io.safesegment.core.campaign.stats.ExperimentColumns;
import io.safesegment.core.campaign.stats.ExperimentData;
import io.safesegment.core.campaign.stats.ExperimentOptions;
import io.safesegment.core.campaign.stats.ExperimentReport;
import io.safesegment.core.campaign.stats.SampleSize;
import io.safesegment.core.i18n.Message;
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
}
