package io.safesegment.cli;

import io.safesegment.core.recipe.RecipeRecordingService;
import io.safesegment.core.subject.SubjectPseudonym;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.subject.SubjectKey;
import io.safesegment.core.subject.SubjectQuery;
import io.safesegment.core.subject.SubjectRequest;
import io.safesegment.core.subject.SubjectRequestService;
import io.safesegment.core.subject.SubjectResults;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code safesegment subject find|access|rectify|erase|list}: data subject requests. The person's value is given as an
 * option for the search only; it is never stored, logged or audited. With the vault password, masked datasets are
 * searched through their keyed pseudonyms.
 */
@Command(name = "subject", mixinStandardHelpOptions = true,
        description = "Find, export, rectify or erase a person's records across the workspace (data subject "
                + "requests, 30-day deadline).",
        subcommands = {SubjectCommand.Find.class, SubjectCommand.Access.class, SubjectCommand.Rectify.class,
            SubjectCommand.Erase.class, SubjectCommand.ListRequests.class})
final class SubjectCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Who {
        @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The person's e-mail.")
        String email;

        @Option(names = "--phone", required = true, paramLabel = "NUMBER", description = "The person's phone number.")
        String phone;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "The person's customer id.")
        String id;

        SubjectQuery query() {
            return email != null ? new SubjectQuery(SubjectKey.EMAIL, email) : phone != null
                    ? new SubjectQuery(SubjectKey.PHONE, phone) : new SubjectQuery(SubjectKey.ID, id);
        }
    }

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
        Path workspace = WorkspaceLocations.defaultWorkspace();

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        ActorOptions actor;

        void print(Object result, String text) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, result);
            } else {
                out.println(text);
                out.flush();
            }
        }
    }

    abstract static class Searching extends Base {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Who who;

        @Option(names = "--request", paramLabel = "ID", description = "Complete this open request (default: open one).")
        Long request;

        @Mixin
        PasswordOption password;

        /** Runs {@code action} with the vault's key material when a password was given, else with none. */
        <T> T withKeys(Workspace ws, KeyAction<T> action) throws IOException {
            if (!password.present()) {
                return action.run(null);
            }
            try (KeyVault vault = VaultAccess.open(ws.directory(), password, spec.commandLine(), false)) {
                return action.run(PrivacyService.keysFrom(vault));
            }
        }

        Actor who() {
            try {
                return actor.actor(spec.commandLine(), workspace, password);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    interface KeyAction<T> {
        T run(KeyMaterial keys) throws IOException;
    }

    @Command(name = "find", mixinStandardHelpOptions = true, description = "Find the person in every dataset and "
            + "open a request.")
    static final class Find extends Searching {
        @Override
        public Integer call() throws IOException {
            Workspace ws = Workspace.open(workspace);
            SubjectResults.Found found = withKeys(ws, keys -> SubjectRequestService.find(ws, who(), who.query(), keys,
                    request, Progress.NONE));
            StringBuilder text = new StringBuilder("Request " + found.request().id() + " (deadline "
                    + found.request().deadline() + "): " + found.records() + " records in " + found.matches().size()
                    + " datasets");
            found.matches().forEach(m -> text.append("\n  ").append(m.dataset()).append(m.masked() ? " (masked)" : "")
                    .append(": ").append(m.rows().size()).append(" rows, columns ").append(m.columns()));
            found.notes().forEach(n -> text.append("\n  note: ").append(n));
            print(found, text.toString());
            return 0;
        }
    }

    @Command(name = "access", mixinStandardHelpOptions = true, description = "Write the person's records as JSON "
            + "(access and portability).")
    static final class Access extends Searching {
        @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "JSON file to write.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Workspace ws = Workspace.open(workspace);
            SubjectResults.Accessed r = withKeys(ws, keys -> SubjectRequestService.access(ws, who(), who.query(),
                    keys, request, out, Progress.NONE));
            print(r, "Request " + r.request().id() + ": wrote " + r.records() + " records to " + out);
            return 0;
        }
    }

    @Command(name = "rectify", mixinStandardHelpOptions = true, description = "Set a column to a corrected value in "
            + "the person's rows.")
    static final class Rectify extends Searching {
        @Option(names = "--column", required = true, paramLabel = "NAME", description = "Column to correct.")
        String column;

        @Option(names = "--value", required = true, paramLabel = "TEXT", description = "The corrected value.")
        String value;

        @Override
        public Integer call() throws IOException {
            Workspace ws = Workspace.open(workspace);
            SubjectResults.Rectified r = withKeys(ws, keys -> SubjectRequestService.rectify(ws, who(), who.query(),
                    keys, request, column, value, Progress.NONE));
            print(r, "Request " + r.request().id() + ": " + r.rowsChanged() + " rows corrected in " + r.datasets()
                    + (r.notChanged().isEmpty() ? "" : "; masked datasets to export again: " + r.notChanged()));
            return 0;
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true, description = "Remove the person's rows from every "
            + "dataset and list the past exports that held them.")
    static final class Erase extends Searching {
        @Mixin
        RecordOption record;

        @Option(names = "--pseudonym-key", paramLabel = "NAME", description = "With --record: the vault key "
                + "(PSEUDONYM_HMAC, created when missing) the recorded step names the person by (default: "
                + "subject-requests).")
        String pseudonymKey;

        @Override
        public Integer call() throws IOException {
            Workspace ws = Workspace.open(workspace);
            String keyName = pseudonymKey != null ? pseudonymKey : RecipeRecordingService.defaultPseudonymKey();
            SubjectPseudonym subject = null;
            if (record.present()) {
                if (!password.present()) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--record names the person "
                            + "by a keyed pseudonym: give the vault password (--password-file or "
                            + PasswordOption.ENV + ")");
                }
                Actor actor = who(); // refuse a non-officer before a key is created
                if (actor.role() != io.safesegment.core.governance.Role.PRIVACY_OFFICER) {
                    return eraseAndPrint(ws);
                }
                try (KeyVault vault = VaultAccess.open(ws.directory(), password, spec.commandLine(), false)) {
                    subject = RecipeRecordingService.pseudonym(ws, who.query(), vault, keyName);
                }
            }
            int code = eraseAndPrint(ws);
            SubjectPseudonym recorded = subject;
            if (recorded != null) {
                record.append(r -> RecipeRecordingService.recordErase(r, recorded, keyName));
            }
            return code;
        }

        private int eraseAndPrint(Workspace ws) throws IOException {
            SubjectResults.Erased r = withKeys(ws, keys -> SubjectRequestService.erase(ws, who(), who.query(), keys,
                    request, Progress.NONE));
            StringBuilder text = new StringBuilder("Request " + r.request().id() + ": removed " + r.rowsRemoved()
                    + " rows from " + r.datasets());
            r.pastExports().forEach(e -> text.append("\n  past export ").append(e.id()).append(": ").append(e.file())
                    .append(" (").append(e.at()).append(")"));
            print(r, text.toString());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tracked requests with their "
            + "deadlines.")
    static final class ListRequests extends Base {
        record RequestView(long id, String type, String key, String status, Instant receivedAt, Instant deadline,
                           boolean overdue, Instant completedAt, String handledBy, String outcome) {
        }

        record RequestList(List<RequestView> requests) {
        }

        @Override
        public Integer call() {
            Instant now = Instant.now();
            List<RequestView> views = SubjectRequestService.list(Workspace.open(workspace)).stream()
                    .map(r -> view(r, now)).toList();
            StringBuilder text = new StringBuilder();
            views.forEach(v -> text.append(String.format("%4d  %-8s %-6s %-9s deadline %s%s%n", v.id(), v.type(),
                    v.key(), v.status(), v.deadline(), v.overdue() ? "  OVERDUE" : "")));
            print(new RequestList(views), text.toString().stripTrailing());
            return 0;
        }

        private static RequestView view(SubjectRequest r, Instant now) {
            return new RequestView(r.id(), r.type(), r.key().code(), r.status(), r.receivedAt(), r.deadline(),
                    r.overdue(now), r.completedAt(), r.handledBy(), r.outcome());
        }
    }
}
