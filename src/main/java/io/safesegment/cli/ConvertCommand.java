package io.safesegment.cli;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.ColumnSpec;
import io.safesegment.core.data.io.CsvFormat;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.io.RowIssue;
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

/** {@code safesegment convert IN OUT}: imports any supported file and writes the format chosen by OUT's extension. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Import a CSV/TSV/JSON/XLSX file and write it as .csv, .tsv, .xlsx or .json.")
final class ConvertCommand implements Callable<Integer> {
    private static final int SHOWN_ISSUES = 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "Input file.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output file; its extension picks the format.")
    Path output;

    @Mixin
    ImportOptionsMixin importOptions;

    @Option(names = "--bom", description = "Start CSV/TSV output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Option(names = "--keep-formulas", description = "Do not neutralise cells starting with = + - @ (unsafe when the"
            + " output is opened in a spreadsheet).")
    boolean keepFormulas;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        DatasetService.Converted converted = DatasetService.convert(input, importOptions.toOptions(), output,
                ExportOptions.defaults().withBom(bom).withNeutraliseFormulas(!keepFormulas), progress);
        ImportResult imported = converted.imported();
        ExportResult written = converted.written();
        Report report = new Report(input.toString(), written.file(), written.format().name(), written.rows(),
                written.columns(), imported.skippedRows(), written.neutralisedCells(), imported.csvFormat(),
                imported.columns(), imported.issues().stream().limit(SHOWN_ISSUES).toList(), imported.warnings());
        if (json) {
            Json.print(out, report);
        } else {
            out.printf("Wrote %,d rows x %d columns to %s (%s)%n", report.rows(), report.columns(), report.output(),
                    report.format());
            if (report.skippedRows() > 0) {
                out.printf("Skipped %,d bad rows:%n", report.skippedRows());
                report.issues().forEach(i -> out.println("  line " + i.line() + ": " + i.reason()));
            }
            if (report.neutralisedCells() > 0) {
                out.printf("Neutralised %,d formula-like cells with a leading '%n", report.neutralisedCells());
            }
            report.warnings().forEach(w -> out.println("Note: " + w));
            out.flush();
        }
        return 0;
    }

    record Report(String input, String output, String format, int rows, int columns, long skippedRows,
                  long neutralisedCells, CsvFormat csvFormat, List<ColumnSpec> columnTypes, List<RowIssue> issues,
                  List<String> warnings) {
    }
}
