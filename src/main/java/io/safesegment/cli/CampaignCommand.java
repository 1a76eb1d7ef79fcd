package io.safesegment.cli;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.design.CampaignDesign;
import io.safesegment.core.campaign.design.DesignResult;
import io.safesegment.core.task.CancellationToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment campaign design|sample-size}: plan a campaign before it runs. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = "Design a campaign (seeded split into offer arms and a control group) or size an experiment.",
        subcommands = {CampaignCommand.Design.class, CampaignCommand.Size.class})
final class CampaignCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Effect-size options shared by both subcommands. */
    static class Effect {
        @Option(names = "--baseline", paramLabel = "RATE", description = "Control conversion rate, e.g. 0.05.")
        Double baseline;

        @Option(names = "--mde", paramLabel = "DIFF",
                description = "Minimum detectable effect as an absolute rate difference, e.g. 0.01.")
        Double mde;

        @Option(names = "--alpha", defaultValue = "0.05", description = "Two-sided significance level "
                + "(default: ${DEFAULT-VALUE}).")
        double alpha;

        @Option(names = "--power", defaultValue = "0.8", description = "Power 1 - beta (default: ${DEFAULT-VALUE}).")
        double power;

        CampaignService.SampleSizeRequest request() {
            if (baseline == null && mde == null) {
                return null;
            }
            if (baseline == null || mde == null) {
                throw new IllegalArgumentException("--baseline and --mde go together");
            }
            return new CampaignService.SampleSizeRequest(baseline, mde, alpha, power);
        }
    }

    @Command(name = "design", mixinStandardHelpOptions = true,
            description = {"Split a target (segment file, rfm --out scores, recommendation list, customers) into a",
                    "control group and one arm per offer with a seed, check the power, write the assignment list."})
    static final class Design extends Effect implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--target", paramLabel = "FILE",
                description = "CSV of the target customers (masked ids), e.g. a segment file or rfm --out scores.")
        Path target;

        @Option(names = "--dataset", paramLabel = "NAME|ID", description = "Instead of --target: a dataset of "
                + "--workspace, read with its saved roles.")
        String dataset;

        @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace the campaign belongs to: a "
                + "written assignment list is recorded in its audit trail, and on a governed workspace only an account "
                + "that may export unmasked data may list the ids of an unmasked dataset (sign in with --user).")
        Path workspace;

        @Mixin
        PasswordOption password;

        @Mixin
        AccountOption account;

        @Mixin
        RoleMapMixin roleMap;

        @Option(names = "--where", paramLabel = "COLUMN=VALUE",
                description = "Keep only rows where COLUMN equals VALUE (any case), e.g. segment=champions.")
        String where;

        @Option(names = "--offers", required = true, split = ",", paramLabel = "NAME[,NAME...]",
                description = "One arm per offer, e.g. coupon-10,free-shipping.")
        String[] offers;

        @Option(names = "--channel", defaultValue = "email", description = "Channel (default: ${DEFAULT-VALUE}).")
        String channel;

        @Option(names = "--control-share", defaultValue = "0.2",
                description = "Share held out as control (default: ${DEFAULT-VALUE}).")
        double controlShare;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the split (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the assignment list customer_id,arm,channel.")
        Path out;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        RecordOption record;

        @Override
        public Integer call() throws Exception {
            Path file = targetFile();
            CampaignService.DesignRequest designRequest = new CampaignService.DesignRequest(file, roleMap.roles(),
                    where, new CampaignDesign(Arrays.asList(offers), channel, controlShare, seed), request(), out,
                    workspace, workspace == null ? null : account.actor(workspace, password, spec.commandLine()));
            DesignResult result = CampaignService.design(designRequest, new CancellationToken());
            record.append(r -> io.safesegment.core.recipe.RecipeRecordingService.recordCampaign(r, designRequest));
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                Json.print(w, result);
                return 0;
            }
            w.printf(Locale.ROOT, "%d customers, channel %s, seed %d%n", result.targetCustomers(), result.channel(),
                    result.seed());
            result.arms().forEach(a -> w.printf(Locale.ROOT, "  %-20s %8d%n", a.arm(), a.customers()));
            if (result.sampleSizePerArm() != null) {
                w.printf(Locale.ROOT, "Needed per arm: %d%s%n", result.sampleSizePerArm(),
                        result.underpowered() ? " - an arm is smaller: the test is underpowered" : " - every arm has it");
            }
            if (result.assignments() != null) {
                w.println("Assignment list: " + result.assignments());
            }
            w.flush();
            return 0;
        }

        /** {@code --target}, or the file of {@code --dataset} in {@code --workspace}: exactly one of the two. */
        private Path targetFile() {
            if ((target == null) == (dataset == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give the target customers as --target FILE or as --dataset NAME with --workspace DIR");
            }
            if (target != null) {
                return target;
            }
            if (workspace == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--dataset needs --workspace DIR");
            }
            var datasets = io.safesegment.core.data.DatasetService.datasets(workspace);
            return datasets.stream().filter(d -> d.name().equals(dataset) || String.valueOf(d.id()).equals(dataset))
                    .findFirst().map(io.safesegment.core.data.dataset.Dataset::file)
                    .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(), "workspace "
                            + workspace + " has no dataset '" + dataset + "'; its datasets: " + datasets.stream()
                            .map(io.safesegment.core.data.dataset.Dataset::name).toList()));
        }
    }

    @Command(name = "sample-size", mixinStandardHelpOptions = true,
            description = "Customers per arm to detect --mde over --baseline (two-sided two-proportion z-test).")
    static final class Size extends Effect implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() {
            CampaignService.SampleSizeRequest request = request();
            if (request == null) {
                throw new IllegalArgumentException("give --baseline and --mde");
            }
            long n = CampaignService.sampleSizePerArm(request);
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                Json.print(w, new SizeReport(request.baseline(), request.mde(), request.alpha(), request.power(), n));
            } else {
                w.printf(Locale.ROOT, "%d customers per arm%n", n);
                w.flush();
            }
            return 0;
        }
    }

    record SizeReport(double baseline, double mde, double alpha, double power, long perArm) {
    }
}
