package io.safesegment.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs CLI commands in-process and captures what they print, for tests. */
public final class CliTestSupport {
    private CliTestSupport() {
    }

    /** Outcome of one CLI run. */
    public record Run(int exitCode, String out, String err) {
        /** Parses stdout as the single JSON document a {@code --json} command prints. */
        public JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError("stdout is not one JSON document: " + out, e);
            }
        }
    }

    /** Runs {@code safesegment args...} and returns exit code, stdout and stderr. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SafeSegmentCli.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
