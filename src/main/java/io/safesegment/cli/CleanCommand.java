package io.safesegment.cli;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.clean.StepOutcome;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.ImportResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code safesegment clean IN OUT --steps steps.json}: applies recorded cleaning steps headless. The steps file is
 * the JSON array the Data section saves with the workspace ({@link CleaningPipeline#toJson()}), so a recipe built
 * in the GUI runs unchanged in a script.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Apply recorded cleaning steps (a JSON array, as the Data section saves them) to a file.")
final class CleanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "Input file (CSV/TSV/JSON/XLSX).")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output file; its extension picks the format.")
    Path output;

    @Option(names = "--steps", required = true, paramLabel = "FILE", description = "Cleaning steps as JSON.")
    Path stepsFile;

    @Mixin
    ImportOptionsMixin importOptions;

    @Option(names = "--keep-formulas", description = "Do not neutralise cells starting with = + - @ (unsafe when the"
            + " output is opened in a spreadsheet).")
    boolean keepFormulas;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        // Read the recipe first: a broken recipe should fail before a large file is loaded.
        CleaningPipeline pipeline = DatasetService.readSteps(stepsFile);
        DatasetService.CleanResult result = DatasetService.clean(new DatasetService.CleanRequest(input,
                importOptions.toOptions(), pipeline, output, keepFormulas), stepsFile.getFileName().toString(),
                progress);
        ImportResult imported = result.imported();
        CleaningPipeline.Result cleaned = result.cleaned();
        ExportResult written = result.written();
        List<String> descriptions = DatasetService.describe(pipeline);
        List<StepReport> steps = new ArrayList<>();
        for (int i = 0; i < cleaned.outcomes().size(); i++) {
            StepOutcome o = cleaned.outcomes().get(i);
            steps.add(new StepReport(i + 1, descriptions.get(i), o.summary(), o.changedCells(),
                    o.failedValues().size()));
        }
        Report report = new Report(input.toString(), written.file(), written.format().name(),
                imported.table().rowCount(), written.rows(), written.columns(), written.neutralisedCells(), steps);
        if (json) {
            Json.print(out, report);
        } else {
            for (StepReport s : steps) {
                out.printf("%d. %s: %s%n", s.number(), s.step(), s.summary());
            }
            out.printf("Wrote %,d rows x %d columns to %s (%s); %,d rows before cleaning%n", report.rows(),
                    report.columns(), report.output(), report.format(), report.rowsBefore());
            out.flush();
        }
        return 0;
    }

    /** One applied step: what it does, what it changed, and how many values it could not convert. */
    record StepReport(int number, String step, String summary, long changedCells, int failedValues) {
    }

    record Report(String input, String output, String format, int rowsBefore, int rows, int columns,
                  long neutralisedCells, List<StepReport> steps) {
    }
}
