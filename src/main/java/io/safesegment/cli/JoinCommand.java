package io.safesegment.cli;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.data.join.JoinReport;
import io.safesegment.core.data.join.JoinResult;
import io.safesegment.core.data.join.JoinType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code safesegment join LEFT RIGHT OUT --on key[,key]}: the Data section's join, headless, with the same match
 * report (matched, unmatched left and right, duplicate keys).
 */
@Command(name = "join", mixinStandardHelpOptions = true,
        description = "Join two files on key columns (inner or left) and report how well the keys matched.")
final class JoinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEFT", description = "Left file (all its rows are kept by a left join).")
    Path left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "Right file.")
    Path right;

    @Parameters(index = "2", paramLabel = "OUT", description = "Output file; its extension picks the format.")
    Path output;

    @Option(names = "--on", required = true, split = ",", paramLabel = "KEY",
            description = "Key columns, comma-separated; LEFT_NAME=RIGHT_NAME when the names differ.")
    List<String> on;

    @Option(names = "--how", defaultValue = "inner", paramLabel = "inner|left",
            description = "Join type: inner (default) or left.")
    String how;

    @Option(names = "--keep-formulas", description = "Do not neutralise cells starting with = + - @ (unsafe when the"
            + " output is opened in a spreadsheet).")
    boolean keepFormulas;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        JoinOptions options = options();
        DatasetService.JoinOutcome outcome = DatasetService.join(new DatasetService.JoinRequest(left, right, options,
                output, keepFormulas), progress);
        JoinResult joined = outcome.joined();
        ExportResult written = outcome.written();
        Report report = new Report(left.toString(), right.toString(), written.file(), written.format().name(),
                options.type().name().toLowerCase(java.util.Locale.ROOT), options.leftKeys(), options.rightKeys(),
                written.columns(), joined.report());
        if (json) {
            Json.print(out, report);
        } else {
            JoinReport r = joined.report();
            out.printf("Matched left rows: %,d of %,d; unmatched left: %,d; unmatched right: %,d of %,d%n",
                    r.matchedLeftRows(), r.leftRows(), r.unmatchedLeftRows(), r.unmatchedRightRows(), r.rightRows());
            out.printf("Duplicate keys: %,d left, %,d right%n", r.duplicateLeftKeys(), r.duplicateRightKeys());
            out.printf("Wrote %,d rows x %d columns to %s (%s)%n", r.resultRows(), written.columns(),
                    written.file(), written.format().name());
            out.flush();
        }
        return 0;
    }

    private JoinOptions options() {
        JoinType type = switch (how.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "inner" -> JoinType.INNER;
            case "left" -> JoinType.LEFT;
            default -> throw new ParameterException(spec.commandLine(), "--how takes inner or left, not '" + how
                    + "'");
        };
        List<String> leftKeys = new ArrayList<>();
        List<String> rightKeys = new ArrayList<>();
        for (String key : on) {
            String k = key.trim();
            int eq = k.indexOf('=');
            String l = eq < 0 ? k : k.substring(0, eq).trim();
            String r = eq < 0 ? k : k.substring(eq + 1).trim();
            if (l.isEmpty() || r.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--on takes column names, e.g. customer_id or "
                        + "id=customer_id; got '" + key + "'");
            }
            leftKeys.add(l);
            rightKeys.add(r);
        }
        return new JoinOptions(leftKeys, rightKeys, type, "_right");
    }

    record Report(String left, String right, String output, String format, String how, List<String> leftKeys,
                  List<String> rightKeys, int columns, JoinReport report) {
    }
}
