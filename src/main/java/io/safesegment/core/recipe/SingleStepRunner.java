package io.safesegment.core.recipe;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs single steps of a recipe with the desktop runner's own step code, for an engine that runs the other steps
 * elsewhere: the Spark engine runs the file and workspace steps ({@code encrypt}, {@code campaign}, {@code erase},
 * {@code backup}, and the encryption of an encrypted {@code export}) on its driver, on the files its earlier steps
 * wrote (record 0037). A step run here is permission-checked and audited exactly as in a desktop replay: the same
 * {@link RecipeRunner} code with the replaying account ({@code actor}, for exports and campaign lists) and the
 * governance actor and passwords of {@link RecipeKeys} ({@code erase} needs a Privacy Officer, {@code backup} an
 * Administrator and the backup password from the front end or the environment).
 *
 * <p>The caller validates the whole recipe first ({@link RecipeService#validateFromHeaders}), as the desktop runner
 * does before its first step, and names each earlier step's output with {@link #provide} before a step that reads
 * it. Outputs of steps run here are kept for later steps run here and returned by {@link #output}.
 */
public final class SingleStepRunner {
    /** The step kinds run here: they read and write files or the workspace, never a table another engine holds. */
    public static final Set<StepKind> KINDS = Collections.unmodifiableSet(EnumSet.of(StepKind.ENCRYPT,
            StepKind.CAMPAIGN, StepKind.ERASE, StepKind.BACKUP));

    private final RecipeRunner runner;

    /**
     * @param workspace the workspace (policies, key vault, exports folder)
     * @param keys      its key vault, the governance actor and the backup password, as for a desktop replay
     * @param actor     the signed-in account on a governed workspace (checked for exports and campaign lists), else
     *                  null
     */
    public SingleStepRunner(Recipe recipe, Path workspace, RecipeKeys keys, Actor actor) {
        this.runner = new RecipeRunner(recipe, workspace, keys, actor);
    }

    /**
     * An earlier step's output, as the other engine wrote it.
     *
     * @param file     the file (read by an import, written by the other steps)
     * @param roles    the role mapping travelling with it
     * @param columns  its columns, or null when unknown
     * @param policyId the masking policy applied upstream, or null
     */
    public record StepFile(Path file, RoleMapping roles, List<String> columns, String policyId) {
        /** Validates. */
        public StepFile {
            Objects.requireNonNull(file, "file");
            roles = roles == null ? RoleMapping.empty() : roles;
            columns = columns == null ? null : List.copyOf(columns);
        }
    }

    /** Names the output {@code name} of an earlier step for the steps run next. */
    public void provide(String name, StepFile output) {
        runner.put(name, new StepData(output.file(), CsvImportOptions.defaults(), output.roles(), output.columns(),
                Map.of(), output.policyId()));
    }

    /** An output written by a step run here (e.g. {@code NAME}, {@code NAME.manifest}), or a provided one. */
    public Optional<StepFile> output(String name) {
        StepData d = runner.output(name);
        return d == null || d.file() == null ? Optional.empty()
                : Optional.of(new StepFile(d.file(), d.roles(), d.columns(), d.policyId()));
    }

    /**
     * Runs {@code step} (of a kind in {@link #KINDS}) as the desktop runner does.
     *
     * @throws RecipeException naming the step and field when it cannot run (a role missing, a key missing, ...)
     */
    public RecipeResult.StepResult run(RecipeStep step, Progress progress) throws IOException {
        if (!KINDS.contains(step.kind())) {
            throw new IllegalArgumentException("not a step run on its own: " + step.kind().id());
        }
        try {
            return runner.runStep(step, progress);
        } catch (StepOptions.FieldException e) {
            throw new RecipeException(step.number(), e.field, LocalizedMessage.of(e));
        }
    }

    /** Writes the table's plaintext (in the format {@link #plaintextFormat} names) to a temp file. */
    public interface PlaintextWriter {
        /**
         * @param plaintext the temp file to write (deleted after the encryption, whatever happens)
         * @param details   the step's figures, for the writer's own (e.g. {@code format})
         */
        void write(Path plaintext, Map<String, Object> details) throws IOException;
    }

    /**
     * Runs an {@code export} step with an {@code encrypt} field whose table another engine writes: the desktop's
     * permission check (data no masking step produced needs a role that may export it unmasked), then
     * {@code writer} writes the plaintext next to the target, the desktop's code encrypts it to the vault key or
     * OpenPGP recipient, deletes the plaintext and signs the manifest when asked.
     */
    public RecipeResult.StepResult runEncryptedExport(RecipeStep step, PlaintextWriter writer, Progress progress)
            throws IOException {
        if (step.kind() != StepKind.EXPORT || step.get("encrypt") == null) {
            throw new IllegalArgumentException("not an encrypted export: step " + step.number());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            StepData in = runner.in(step, "input");
            Path out = runner.out(step, "output", step.name() + ".csv");
            ExportFormat format = StepOptions.exportFormat(step);
            ExportStep.requireAllowed(runner, step, in);
            AtomicFiles.requireNotSameFile(in.file(), out);
            ExportStep.encrypted(runner, step, out, format, plain -> writer.write(plain, details), details,
                    progress);
            ExportStep.sign(runner, step, in, out, details);
            runner.put(step.name(), StepData.written(out, in.roles(), null, in.policyId()));
        } catch (StepOptions.FieldException e) {
            throw new RecipeException(step.number(), e.field, LocalizedMessage.of(e));
        }
        return new RecipeResult.StepResult(step.number(), step.kind().id(), step.name(), "done",
                runner.outputsOf(step), details);
    }

    /**
     * The format an encrypted export's plaintext is written in, as the desktop decides it (the step's
     * {@code format}, else the target's extension, CSV behind .enc / .pgp / .gpg); empty when the name says none.
     */
    public static Optional<ExportFormat> plaintextFormat(Path workspace, RecipeStep step) {
        ExportFormat format;
        try {
            format = StepOptions.exportFormat(step);
        } catch (StepOptions.FieldException e) {
            throw new RecipeException(step.number(), e.field, LocalizedMessage.of(e));
        }
        if (format != null) {
            return Optional.of(format);
        }
        Path out = RecipePaths.output(workspace.toAbsolutePath().normalize(), step, "output", step.name() + ".csv");
        return ExportFormat.fromFileName(ExportStep.plaintextFile(out, null));
    }
}
