package io.safesegment.core.recipe;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a {@link RecipeEngine} other than the desktop runner reads from a step, read exactly as the desktop runner
 * reads it (the same field rules, the same paths), so one recipe means the same on every engine.
 */
public final class EngineSteps {
    /** The workspace folder that receives outputs unless a step names an absolute path. */
    public static final String EXPORTS = RecipePaths.EXPORTS;

    private EngineSteps() {
    }

    /** An input file of the recipe: relative paths are relative to the recipe file. */
    public static Path input(Recipe recipe, String value) {
        return RecipePaths.input(recipe, value);
    }

    /** A step's output file: {@code fallback} unless the step sets {@code field}; relative to the exports folder. */
    public static Path output(Path workspace, RecipeStep step, String field, String fallback) {
        return RecipePaths.output(workspace.toAbsolutePath().normalize(), step, field, fallback);
    }

    /** An import step's {@code options}. */
    public static CsvImportOptions importOptions(RecipeStep step) {
        return field(step, () -> StepOptions.importOptions(step.get("options")));
    }

    /** A step's {@code roles}. */
    public static RoleMapping roles(RecipeStep step) {
        return field(step, () -> StepOptions.roles(step.get("roles")));
    }

    /** A date field ({@code yyyy-MM-dd}), or null when the step does not set it. */
    public static LocalDate date(RecipeStep step, String field) {
        return field(step, () -> StepOptions.date(step, field));
    }

    /** An export step's {@code format}, or null to take it from the file name. */
    public static ExportFormat exportFormat(RecipeStep step) {
        return field(step, () -> StepOptions.exportFormat(step));
    }

    /**
     * An anonymise step's quasi-identifiers, models, sensitive column, suppression limit and metric with these
     * hierarchies, validated as the desktop runner validates them (the field of a failing check named).
     */
    public static io.safesegment.core.privacy.anonymise.AnonymiseOptions anonymiseOptions(RecipeStep step,
            java.util.Map<String, io.safesegment.core.privacy.anonymise.Hierarchy> hierarchies) {
        return field(step, () -> AnonymiseStep.options(step, StepOptions.strings(step, "quasiIdentifiers"),
                hierarchies));
    }

    /** An anonymise step's given {@code levels} in the options' quasi-identifier order, checked as the desktop does. */
    public static int[] anonymiseLevels(RecipeStep step, io.safesegment.core.privacy.anonymise.AnonymiseOptions options) {
        return field(step, () -> AnonymiseStep.levels(step, options));
    }

    /** A clean step's {@code steps}, as the desktop runner reads them. */
    public static io.safesegment.core.data.clean.CleaningPipeline cleaningSteps(RecipeStep step) {
        try {
            return io.safesegment.core.data.clean.CleaningPipeline.fromJson(String.valueOf(step.get("steps")));
        } catch (io.safesegment.core.data.clean.CleaningException e) {
            throw new RecipeException(step.number(), "steps", io.safesegment.core.i18n.LocalizedMessage.of(e));
        }
    }

    /** A join step's keys and type ({@code on}, {@code how}). */
    public static io.safesegment.core.data.join.JoinOptions joinOptions(RecipeStep step) {
        return field(step, () -> StepOptions.joinOptions(step));
    }

    /** A segment step's feature options ({@code features}, {@code scaling}, {@code missing}, ...). */
    public static io.safesegment.core.segment.features.FeatureOptions featureOptions(RecipeStep step) {
        return field(step, () -> StepOptions.featureOptions(step));
    }

    /** A segment step's algorithm and its parameters ({@code algorithm}, {@code k}, {@code seed}, ...). */
    public static io.safesegment.core.segment.SegmentOptions segmentOptions(RecipeStep step) {
        return field(step, () -> StepOptions.segmentOptions(step));
    }

    /** A segment step's recorded {@code segmentNames}, or null to keep the default names. */
    public static java.util.List<String> segmentNames(RecipeStep step,
                                                       io.safesegment.core.segment.SegmentOptions options) {
        return field(step, () -> StepOptions.segmentNames(step, options));
    }

    /**
     * A postgres step's server as a JDBC URL with host, port and database only (validated as the desktop does; a
     * URL with parameters is refused, so no password can hide in it).
     */
    public static String postgresUrl(RecipeStep step) {
        PostgresStep.Server s = field(step, () -> PostgresStep.server(step));
        return "jdbc:postgresql://" + s.host() + ":" + s.port() + "/" + s.database();
    }

    /** A postgres step's {@code table} as {@code schema.table} (schema {@code public} when omitted). */
    public static io.safesegment.core.data.pg.TableRef postgresTable(RecipeStep step) {
        return PostgresStep.table(step);
    }

    /**
     * The database password of a postgres step, from where the desktop engine takes it (the front end, else the
     * environment variable the step names); the caller wipes it.
     */
    public static char[] postgresPassword(RecipeKeys keys, RecipeStep step) {
        return PostgresStep.password(keys, step);
    }

    private static <T> T field(RecipeStep step, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (StepOptions.FieldException e) {
            throw new RecipeException(step.number(), e.field, io.safesegment.core.i18n.LocalizedMessage.of(e));
        }
    }
}
