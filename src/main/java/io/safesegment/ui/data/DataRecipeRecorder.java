package io.safesegment.ui.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.recipe.DataSteps;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.core.recipe.StepKind;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Records the Data section's actions into the window's recipe. It remembers, per dataset, which recipe step
 * produces its current table, so a cleaning step, a join or an export names its input. A dataset opened from the
 * workspace list is recorded only when an action uses it (browsing changes no data): then as an {@code import} of
 * its file plus one {@code clean} step with the steps saved with it.
 */
final class DataRecipeRecorder {
    /** Where a dataset's table comes from, for recording it lazily. */
    record Source(Path file, CsvImportOptions options, CleaningPipeline saved, Supplier<RoleMapping> roles) {
    }

    private final Supplier<SessionRecipe> recipe;
    private final Map<String, String> current = new HashMap<>();
    private final Map<String, String> base = new HashMap<>();
    private final Map<String, Source> unrecorded = new HashMap<>();

    DataRecipeRecorder(Supplier<SessionRecipe> recipe) {
        this.recipe = recipe;
    }

    /** A file was imported as {@code dataset}: recorded at once, the import changed the workspace. */
    void imported(String dataset, Path file, CsvImportOptions options, RoleMapping roles) {
        String name = recipe.get().append(StepKind.IMPORT, stem(dataset), DataSteps.importFields(file, options, roles))
                .name();
        base.put(dataset, name);
        current.put(dataset, name);
        unrecorded.remove(dataset);
    }

    /** A dataset was opened; it is recorded when an action first uses it (unless this session recorded it). */
    void opened(String dataset, Source source) {
        if (!current.containsKey(dataset)) {
            unrecorded.put(dataset, source);
        }
    }

    /** One cleaning step was applied to {@code dataset}'s table. */
    void cleaned(String dataset, CleaningPipeline step) {
        String input = inputOf(dataset);
        if (input != null) {
            current.put(dataset, append(StepKind.CLEAN, dataset, "-clean", DataSteps.cleanFields(input, step)));
        }
    }

    /**
     * The last cleaning step was undone; {@code remaining} are the steps still applied to the imported table. A
     * one-step {@code clean} just recorded is removed again; otherwise the remaining steps are recorded afresh.
     */
    void undone(String dataset, CleaningPipeline remaining) {
        String at = current.get(dataset);
        String from = base.get(dataset);
        if (at == null || from == null) {
            return;
        }
        List<RecipeStep> steps = recipe.get().steps();
        RecipeStep last = steps.isEmpty() ? null : steps.getLast();
        if (last != null && last.name().equals(at) && last.kind() == StepKind.CLEAN && last.get("steps").size() == 1) {
            recipe.get().remove(steps.size() - 1);
            current.put(dataset, last.text("input", from));
        } else if (remaining.steps().isEmpty()) {
            current.put(dataset, from);
        } else {
            current.put(dataset, append(StepKind.CLEAN, dataset, "-clean", DataSteps.cleanFields(from, remaining)));
        }
    }

    /** {@code left} (its current table) was joined with {@code right} (as imported) into {@code result}. */
    void joined(String left, String right, Source rightSource, JoinOptions options, String result) {
        String l = inputOf(left);
        String r = current.containsKey(right) ? current.get(right) : record(right, rightSource, false);
        if (l != null && r != null) {
            String name = append(StepKind.JOIN, result, "", DataSteps.joinFields(l, r, options));
            base.put(result, name);
            current.put(result, name);
        }
    }

    /** A table was fetched from PostgreSQL as {@code dataset}: recorded at once as a {@code postgres} step. */
    void fetched(String dataset, ObjectNode fields) {
        String name = recipe.get().append(StepKind.POSTGRES, stem(dataset), fields).name();
        base.put(dataset, name);
        current.put(dataset, name);
        unrecorded.remove(dataset);
    }

    /**
     * The user confirmed {@code dataset}'s roles. When its {@code import} step is the last one recorded (the role
     * panel opens right after an import), that step is recorded again with the roles. Once later steps read it, a
     * step's fields are not edited behind the steps that use them: a {@code roles} step is appended instead (or the
     * one just appended for the same table replaced), and the table's later steps read it.
     */
    void rolesConfirmed(String dataset, RoleMapping roles) {
        List<RecipeStep> steps = recipe.get().steps();
        RecipeStep last = steps.isEmpty() ? null : steps.getLast();
        String at = current.get(dataset);
        if (at == null) {
            return; // not recorded yet: the import is recorded with the saved roles when an action first uses it
        }
        if (last == null || last.kind() != StepKind.IMPORT && last.kind() != StepKind.POSTGRES
                || !last.name().equals(at)) {
            String input = at;
            if (last != null && last.kind() == StepKind.ROLES && last.name().equals(at)) {
                input = last.text("input", at); // a second edit in a row replaces the first
                recipe.get().remove(steps.size() - 1);
            }
            String name = recipe.get().append(StepKind.ROLES, stem(dataset) + "-roles",
                    DataSteps.rolesFields(input, roles)).name();
            current.put(dataset, name);
            return;
        }
        ObjectNode fields = last.fields().deepCopy();
        if (roles.asMap().isEmpty()) {
            fields.remove("roles");
        } else {
            fields.put("roles", roles.format());
        }
        recipe.get().remove(steps.size() - 1);
        String name = recipe.get().append(last.kind(), last.name(), fields).name();
        base.put(dataset, name);
        current.put(dataset, name);
    }

    /** {@code dataset}'s table was written to {@code output}. */
    void exported(String dataset, Path output, ExportFormat format) {
        String input = inputOf(dataset);
        if (input != null) {
            append(StepKind.EXPORT, dataset, "-export", DataSteps.exportFields(input, output, format));
        }
    }

    /** {@code copy} is a new dataset holding {@code dataset}'s current table (kept cleaned, or renamed on save). */
    void copied(String dataset, String copy) {
        String input = inputOf(dataset);
        if (input != null && !copy.equals(dataset)) {
            current.put(copy, input);
            base.put(copy, input);
        }
    }

    /** The recipe step whose output is {@code dataset}'s current table; null for tables a recipe cannot read. */
    String inputOf(String dataset) {
        if (current.containsKey(dataset)) {
            return current.get(dataset);
        }
        Source source = unrecorded.remove(dataset);
        return source == null ? null : record(dataset, source, true);
    }

    private String record(String dataset, Source source, boolean withSavedSteps) {
        if (source == null) {
            return null;
        }
        String imported = recipe.get().append(StepKind.IMPORT, stem(dataset),
                DataSteps.importFields(source.file(), source.options(), source.roles().get())).name();
        String now = imported;
        if (withSavedSteps && !source.saved().steps().isEmpty()) {
            now = append(StepKind.CLEAN, dataset, "-clean", DataSteps.cleanFields(imported, source.saved()));
        }
        if (withSavedSteps) {
            base.put(dataset, imported);
            current.put(dataset, now);
        }
        return now;
    }

    private String append(StepKind kind, String dataset, String suffix, ObjectNode fields) {
        return recipe.get().append(kind, stem(dataset) + suffix, fields).name();
    }

    /** A step name from a dataset name: its file name without extension, in characters safe in a file name. */
    static String stem(String dataset) {
        String name = dataset.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && dot >= name.length() - 5) {
            name = name.substring(0, dot);
        }
        String safe = name.replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "data" : safe;
    }
}
