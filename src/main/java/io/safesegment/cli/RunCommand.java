package io.safesegment.cli;

import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeProblem;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code safesegment run RECIPE.json}: replays a recipe headless. The whole recipe is validated first; with
 * {@code --dry-run} nothing else happens. A rejected recipe prints every problem (step number, field, reason) and
 * exits 1 without writing anything.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a recipe (a JSON file of steps: import, postgres, roles, clean, join, derive, mask,",
                "anonymise, segment, rfm, recommend, evaluate, export, encrypt, clv, campaign, erase, backup).",
                "Inputs are relative to the recipe file; outputs go to the workspace's exports/ folder.",
                "See docs/recipes.md."})
final class RunCommand implements Callable<Integer> {
    /** Exit code when a masking step's leak scan blocked its export (as for {@code mask}). */
    static final int BLOCKED = MaskCommand.LEAK_BLOCKED;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECIPE.json", description = "The recipe file.")
    Path recipeFile;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path workspace = WorkspaceLocations.defaultWorkspace();

    @Option(names = "--set", paramLabel = "STEP.FIELD=VALUE",
            description = "Override a step field, e.g. --set segment.k=6 or --set 4.seed=7 (repeatable).")
    List<String> overrides = List.of();

    @Option(names = "--dry-run", description = "Validate only: write nothing.")
    boolean dryRun;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "desktop",
            description = {"desktop (this JVM, default) or spark: the same recipe as Spark jobs (needs the Spark",
                "engine: mvn -Pspark package, or spark-submit target/safesegment-spark.jar; docs/spark.md)."})
    String engine = "desktop";

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master with --engine spark: local[2], spark://HOST:7077, yarn, k8s://... "
                    + "(default: what spark-submit set, else local[*]).")
    String master;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    PasswordOption password;

    @Option(names = "--pg-password-file", paramLabel = "FILE",
            description = {"File whose first line is the PostgreSQL password of the recipe's postgres steps",
                "(else the environment variable a step names in passwordEnv, default SAFESEGMENT_PG_PASSWORD)."})
    Path pgPasswordFile;

    @Mixin
    AccountOption account;

    @Option(names = "--role", paramLabel = "ROLE",
            description = {"Acting role on an ungoverned workspace for the recipe's governance steps (erase needs",
                "officer, backup admin; default: analyst). A governed workspace takes the signed-in account's."})
    String role;

    @Option(names = "--backup-password-file", paramLabel = "FILE",
            description = {"File whose first line is the password of the recipe's backup steps (else the environment",
                "variable a step names in passwordEnv, default SAFESEGMENT_BACKUP_PASSWORD)."})
    Path backupPasswordFile;

    /** The JSON document of a rejected recipe. */
    record Rejected(String recipe, boolean valid, List<RecipeProblem> problems) {
    }

    @Override
    public Integer call() throws Exception {
        // a governed workspace needs a signed-in account; the replay's steps are checked and audited under it
        io.safesegment.core.governance.Actor actor = account.actor(workspace, password, spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        RecipeKeys vault = () -> password.present() && KeyVault.exists(workspace) ? openVault() : null;
        RecipeKeys keys = pgPasswordFile == null ? vault : RecipeService.withDatabasePassword(vault, () -> {
            try {
                return PasswordOption.firstLine(pgPasswordFile);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the PostgreSQL password file "
                        + pgPasswordFile + ": " + e.getMessage(), e);
            }
        });
        keys = RecipeService.withActor(keys, actor(), backupPasswordFile == null ? null : () -> {
            try {
                return PasswordOption.firstLine(backupPasswordFile);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the backup password file "
                        + backupPasswordFile + ": " + e.getMessage(), e);
            }
        });
        RecipeResult result;
        try {
            Recipe recipe = Recipe.read(recipeFile).withOverrides(overrides);
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
            result = dryRun || engine.equals("desktop")
                    ? RecipeService.run(recipe, workspace, keys, actor, dryRun, progress)
                    : RecipeService.run(recipe, workspace, keys, actor, engine, master, progress);
        } catch (RecipeException e) {
            if (json) {
                Json.print(out, new Rejected(recipeFile.toString(), false, e.problems()));
            }
            for (RecipeProblem p : e.problems()) {
                spec.commandLine().getErr().println("safesegment run: " + p.message());
            }
            spec.commandLine().getErr().println("safesegment run: the recipe was rejected; nothing was written");
            return CliErrors.USER_ERROR;
        }
        boolean blocked = result.steps().stream().anyMatch(s -> s.status().equals("blocked"));
        if (json) {
            Json.print(out, result);
        } else {
            for (RecipeResult.StepResult s : result.steps()) {
                out.printf("%2d. %-9s %-16s %-7s %s%n", s.index(), s.kind(), s.name(), s.status(),
                        describe(s.outputs(), s.details()));
            }
            out.flush();
        }
        if (blocked) {
            spec.commandLine().getErr().println("safesegment run: a masking step's leak scan blocked its export; "
                    + "later steps did not run. Fix the policy, or set allowResidual on that step.");
            return BLOCKED;
        }
        return 0;
    }

    /**
     * Who replays: the signed-in account on a governed workspace, else the stated user (--user, else
     * SAFESEGMENT_USER, else the OS user) with the stated role (--role, default analyst), like the governance commands.
     */
    private io.safesegment.core.governance.Actor actor() throws java.io.IOException {
        io.safesegment.core.governance.Actor signedIn = account.actor(workspace, password, spec.commandLine());
        if (signedIn != null) {
            if (role != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--role is for ungoverned "
                        + "workspaces: on the governed workspace " + workspace + " the role is the signed-in account's");
            }
            return signedIn;
        }
        String name = account.user != null ? account.user : PasswordOption.environment.getOrDefault(
                AccountOption.USER_ENV, io.safesegment.core.governance.AuditService.currentUser());
        io.safesegment.core.governance.Role r = io.safesegment.core.governance.Role.ANALYST;
        if (role != null) {
            r = java.util.Arrays.stream(io.safesegment.core.governance.Role.values())
                    .filter(x -> x.code().equalsIgnoreCase(role.strip()) || x.name().equalsIgnoreCase(role.strip()))
                    .findFirst().orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "Unknown --role '" + role + "'; one of: analyst, officer, admin"));
        }
        return new io.safesegment.core.governance.Actor(name, r);
    }

    private KeyVault openVault() throws java.io.IOException {
        return VaultAccess.open(workspace, password, account, spec.commandLine(), false);
    }

    private static String describe(Map<String, String> outputs, Map<String, Object> details) {
        StringBuilder sb = new StringBuilder();
        details.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
        if (!outputs.isEmpty()) {
            sb.append("→ ").append(String.join(", ", outputs.values()));
        }
        return sb.toString().trim();
    }
}
