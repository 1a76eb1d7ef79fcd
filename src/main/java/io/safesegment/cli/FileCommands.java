package io.safesegment.cli;

import io.safesegment.core.crypto.file.FileCryptoResult;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Shared report printing of the encrypt and decrypt commands. */
final class FileCommands {
    private FileCommands() {
    }

    record FileReport(String action, String input, String output, long plaintextBytes, long chunks, String key) {
    }

    static void report(CommandSpec spec, boolean json, String action, FileCryptoResult r) {
        FileReport report = new FileReport(action.toLowerCase(java.util.Locale.ROOT), r.input().toString(),
                r.output().toString(), r.plaintextBytes(), r.chunks(), r.keyDescription());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
        } else {
            out.printf("%s %s -> %s (%,d bytes, %d chunks, %s)%n", action, r.input(), r.output(), r.plaintextBytes(),
                    r.chunks(), r.keyDescription());
            out.flush();
        }
    }
}
