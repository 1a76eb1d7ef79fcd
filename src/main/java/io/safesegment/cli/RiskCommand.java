package io.safesegment.cli;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.risk.RiskOptions;
import io.safesegment.core.privacy.risk.RiskReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safesegment risk FILE --qi a,b,c}: re-identification risk over quasi-identifiers. */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "Measure k-anonymity, l-diversity, t-closeness and re-identification risk.")
final class RiskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Dataset (usually a masked export).")
    Path file;

    @Option(names = "--qi", required = true, split = ",", paramLabel = "COLUMN",
            description = "Quasi-identifier columns, comma separated.")
    List<String> qis;

    @Option(names = "--sensitive", paramLabel = "COLUMN", description = "Sensitive column for l-diversity and t-closeness.")
    String sensitive;

    @Option(names = "--k-target", defaultValue = "5", description = "Count records in classes smaller than this (default: ${DEFAULT-VALUE}).")
    int kTarget;

    @Option(names = "--threshold", defaultValue = "0.2", description = "Risk above which a record is at risk (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--population", defaultValue = "0", description = "Population size for journalist risk (default: the dataset is the population).")
    long population;

    @Mixin
    ImportOptionsMixin importOptions;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        RiskReport r = PrivacyService.risk(file, importOptions.toOptions(),
                new RiskOptions(qis, sensitive, kTarget, threshold, population), progress);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, r);
            return 0;
        }
        out.printf("%,d records, %,d equivalence classes over %s%n", r.rows(), r.equivalenceClasses(), r.quasiIdentifiers());
        out.printf("k-anonymity: k = %d; %,d records in classes smaller than %d; sample uniques %.1f%%%n",
                r.k(), r.recordsBelowK(), r.kTarget(), 100 * r.sampleUniquesShare());
        out.printf("prosecutor risk: highest %.3f, average %.3f, %,d records above %.2f%n", r.prosecutor().highest(),
                r.prosecutor().average(), r.prosecutor().recordsAtRisk(), r.prosecutor().threshold());
        out.printf("journalist risk: highest %.3f, average %.3f; marketer risk %.3f%n", r.journalist().highest(),
                r.journalist().average(), r.marketerRisk());
        if (r.diversity() != null) {
            out.printf("%s: distinct l = %d, entropy l = %.2f, t-closeness = %.3f (%s distance)%n",
                    r.diversity().sensitive(), r.diversity().distinctL(), r.diversity().entropyL(),
                    r.diversity().tCloseness(), r.diversity().ordered() ? "ordered" : "equal");
        }
        out.flush();
        return 0;
    }
}
