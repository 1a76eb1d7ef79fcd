package io.safesegment.cli;

import io.safesegment.core.data.clean.CleaningException;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.clean.StepOutcome;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.io.TableImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        CleaningPipeline pipeline = readSteps();
        ImportResult imported = TableImport.load(input, importOptions.toOptions(), progress);
        CleaningPipeline.Result cleaned;
        try {
            cleaned = pipeline.apply(imported.table(), progress);
        } catch (CleaningException e) {
            throw new CleaningException("Cannot apply " + stepsFile.getFileName() + " to " + input.getFileName()
                    + ": " + e.getMessage());
        }
        ExportResult written = TableExport.write(cleaned.table(), output, ExportOptions.defaults().withInput(input)
                .withNeutraliseFormulas(!keepFormulas), progress);
        List<StepReport> steps = new ArrayList<>();
        for (int i = 0; i < cleaned.outcomes().size(); i++) {
            StepOutcome o = cleaned.outcomes().get(i);
            steps.add(new StepReport(i + 1, pipeline.steps().get(i).describe(), o.summary(), o.changedCells(),
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

    private CleaningPipeline readSteps() {
        String text;
        try {
            text = Files.readString(stepsFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("Steps file " + stepsFile + " not found; check the path", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read steps file " + stepsFile + ": " + e.getMessage(), e);
        }
        try {
            return CleaningPipeline.fromJson(text);
        } catch (CleaningException e) {
            throw new CleaningException(stepsFile.getFileName() + ": " + e.getMessage());
        }
    }

    /** One applied step: what it does, what it changed, and how many values it could not convert. */
    record StepReport(int number, String step, String summary, long changedCells, int failedValues) {
    }

    record Report(String input, String output, String format, int rowsBefore, int rows, int columns,
                  long neutralisedCells, List<StepReport> steps) {
    }
}
