package io.safesegment.cli;

import io.safesegment.core.backup.BackupResult;
import io.safesegment.core.backup.BackupService;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment backup create|restore}: encrypted workspace backups (the backup password via --password-file). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the whole workspace to one encrypted file, or restore one after verifying it.",
        subcommands = {BackupCommand.Create.class, BackupCommand.Restore.class})
final class BackupCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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

        @Mixin
        PasswordOption password;

        abstract BackupResult run(char[] secret) throws IOException;

        abstract String done(BackupResult r);

        @Override
        public Integer call() throws IOException {
            char[] secret = password.read(spec.commandLine());
            BackupResult result;
            try {
                result = run(secret);
            } finally {
                Secrets.wipe(secret);
            }
            if (json) {
                Json.print(spec.commandLine().getOut(), result);
            } else {
                spec.commandLine().getOut().println(done(result));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Write an encrypted backup (AES-256-GCM, "
            + "Argon2id key from the backup password).")
    static final class Create extends Base {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Backup file (outside the "
                + "workspace).")
        Path out;

        @Mixin
        RecordOption record;

        @Override
        BackupResult run(char[] secret) throws IOException {
            BackupResult result = BackupService.create(workspace, out, secret, actor.actor(spec.commandLine(),
                    workspace, password), new ConsoleProgress(spec.commandLine().getErr()));
            record.append(r -> io.safesegment.core.recipe.RecipeRecordingService.recordBackup(r, out));
            return result;
        }

        @Override
        String done(BackupResult r) {
            return "Backed up " + r.files() + " files (" + r.bytes() + " bytes) to " + r.backup();
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Replace the workspace with a backup; "
            + "everything is verified first, and a failed restore changes nothing.")
    static final class Restore extends Base {
        @Option(names = "--in", required = true, paramLabel = "FILE", description = "Backup file.")
        Path in;

        @Override
        BackupResult run(char[] secret) throws IOException {
            return BackupService.restore(in, workspace, secret, actor.actor(spec.commandLine(), workspace, password),
                    new ConsoleProgress(spec.commandLine().getErr()));
        }

        @Override
        String done(BackupResult r) {
            return "Restored " + r.files() + " files from the backup of " + r.createdAt() + " into " + r.workspace();
        }
    }
}
