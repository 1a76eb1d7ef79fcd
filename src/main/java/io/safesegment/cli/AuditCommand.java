package io.safesegment.cli;

import io.safesegment.core.PrintableText;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.AuditVerification;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code safesegment audit list|verify|export|checkpoint}: the workspace's tamper-evident audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "List, verify, export or checkpoint the workspace's audit trail.",
        subcommands = {AuditCommand.ListEntries.class, AuditCommand.Verify.class, AuditCommand.Export.class,
            AuditCommand.Checkpoint.class})
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static class Common {
        @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
        Path workspace = WorkspaceLocations.defaultWorkspace();
    }

    /** Filter options shared by list and export. */
    static class Filters extends Common {
        @Option(names = "--action", paramLabel = "A", description = "Only this action, e.g. import, mask-export, "
                + "key-create.")
        String action;

        @Option(names = "--user", paramLabel = "NAME", description = "Only this user.")
        String user;

        @Option(names = "--since", paramLabel = "T", description = "Only entries at or after T (2026-12-05 or "
                + "2026-12-05T10:00:00Z, UTC).")
        String since;

        @Option(names = "--until", paramLabel = "T", description = "Only entries before T.")
        String until;

        @Option(names = "--object", paramLabel = "TEXT", description = "Only entries whose object contains TEXT.")
        String object;

        AuditFilter filter(CommandSpec spec) {
            AuditAction a = null;
            if (action != null) {
                a = AuditAction.parse(action).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "Unknown --action '" + action + "'; one of: " + String.join(", ",
                                Arrays.stream(AuditAction.values()).map(AuditAction::code).toList())));
            }
            try {
                return new AuditFilter(a, user, time(spec, "--since", since), time(spec, "--until", until), object);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        private static Instant time(CommandSpec spec, String option, String text) {
            if (text == null) {
                return null;
            }
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), option + " '" + text + "' is not a date "
                        + "(2026-12-05) or UTC time (2026-12-05T10:00:00Z)");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit entries, oldest first.")
    static final class ListEntries extends Filters implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() {
            List<AuditEntry> entries = AuditService.list(Workspace.open(workspace), filter(spec));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, new EntryList(entries.stream().map(EntryView::of).toList()));
            } else {
                for (AuditEntry e : entries) {
                    out.printf("%6d  %s  %-12s %-14s %-9s %s%s%n", e.sequence(), e.at(), PrintableText.of(e.user()),
                            e.action(), e.outcome(), PrintableText.of(e.object(), 300),
                            e.detail() == null ? "" : "  " + PrintableText.of(e.detail(), 1000));
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the hash chain and the signed checkpoints; exit 2 at the first broken link. With "
                    + "the vault password, checkpoints are checked against the vault's signing keys.")
    static final class Verify extends Common implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        PasswordOption password;

        @Override
        public Integer call() throws IOException {
            Workspace ws = Workspace.open(workspace);
            List<byte[]> trusted = List.of();
            if (password.present()) {
                try (KeyVault vault = VaultAccess.open(ws.directory(), password, spec.commandLine(), false)) {
                    trusted = CryptoService.auditSigningKeys(vault);
                }
            }
            AuditVerification v = AuditService.verify(ws, trusted);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, v);
            } else {
                out.println(v.valid() ? "Audit trail intact: " + v.entries() + " entries"
                        : "Audit trail BROKEN at entry " + v.firstBrokenSequence() + ": " + v.reason());
                out.println("Checkpoints: " + v.checkpointsVerified() + " of " + v.checkpoints() + " verified"
                        + (trusted.isEmpty() ? " (against the key of the first checkpoint; give the vault password "
                        + "to check against the vault's key)" : " (against the vault's signing keys)"));
                out.flush();
            }
            return v.valid() ? 0 : 2;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write audit entries to a CSV file.")
    static final class Export extends Filters implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "CSV file to write.")
        Path out;

        @Override
        public Integer call() throws IOException {
            int n = AuditService.exportCsv(Workspace.open(workspace), filter(spec), out);
            spec.commandLine().getOut().println("Wrote " + n + " audit entries to " + out);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true,
            description = "Sign the current head of the trail with the vault's Ed25519 key (created as "
                    + "'audit-signing' when the vault has none).")
    static final class Checkpoint extends Common implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PasswordOption password;

        @Override
        public Integer call() throws IOException {
            Workspace ws = Workspace.open(workspace);
            Optional<Long> upTo;
            try (KeyVault vault = VaultAccess.open(ws.directory(), password, spec.commandLine(), false)) {
                upTo = AuditService.checkpoint(ws, CryptoService.auditSigner(vault));
            }
            spec.commandLine().getOut().println(upTo.map(s -> "Signed a checkpoint up to entry " + s)
                    .orElse("The audit trail is empty; nothing to sign"));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    record EntryView(long sequence, String time, String user, String action, String object, String fingerprint,
                     String outcome, String detail, String prevHash, String entryHash) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.sequence(), e.at().toString(), e.user(), e.action(), e.object(), e.fingerprint(),
                    e.outcome(), e.detail(), e.prevHash(), e.entryHash());
        }
    }

    record EntryList(List<EntryView> entries) {
    }
}
