package io.safesegment.ui.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.features.FeatureOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Appends the Segments section's work to the window's recipe: a {@code segment} step after every run (features,
 * per-feature scaling, algorithm, parameters and seed) and an {@code rfm} step after every scoring, so
 * {@code safesegment run} repeats them to the same assignments. The input files become {@code import} steps unless
 * the session already imported them; the Data section's in-memory table is the step the Data section publishes as
 * having made it ({@link SessionRecipe#loadedTableStep()}: its import, fetch, cleaning step or join). An export of
 * the assignments or the profiles becomes the {@code output} or {@code profiles} of the run's {@code segment} step,
 * with the segment names as renamed ({@code segmentNames}).
 */
final class SegmentRecording {
    private final SessionRecipe recipe;
    private final SourceViewModel source;

    SegmentRecording(SessionRecipe recipe, SourceViewModel source) {
        this.recipe = recipe;
        this.source = source;
    }

    /** Records a run made with these options; returns the step, or null when the inputs cannot be named. */
    RecipeStep recordSegment(FeatureOptions features, SegmentOptions options) {
        SourceViewModel.SourceFiles files = source.files();
        String customers = files == null ? null : files.customers() == null ? recipe.loadedTableStep()
                : importOf(files.customers(), files.customerRoles(), "customers");
        if (customers == null) {
            return null;
        }
        ObjectNode f = SessionRecipe.fields();
        f.put("customers", customers);
        if (files.transactions() != null) {
            f.put("transactions", importOf(files.transactions(), files.transactionRoles(), "transactions"));
        }
        if (files.products() != null) {
            f.put("products", importOf(files.products(), files.productRoles(), "products"));
        }
        f.setAll(io.safesegment.core.recipe.RecipeRecordingService.segmentFields(features, options));
        return recipe.append(StepKind.SEGMENT, "segment", f);
    }

    /**
     * Records that the assignments of the run recorded as {@code segmentStep} were written to {@code file}. The
     * {@code segment} step writes the very same file (same writer, same bytes), so the first export becomes that
     * step's {@code output}; a further export of the same run is an {@code export} step of it (same rows, written
     * by the table writer with CRLF line ends).
     *
     * @param renamed the segment names as renamed in the profiles pane, or null when unchanged
     */
    void recordAssignmentsExport(String segmentStep, Path file, List<String> renamed) {
        recordExport(segmentStep, "output", segmentStep, file, renamed);
    }

    /**
     * Records that the profiles of the run recorded as {@code segmentStep} were written to {@code file}: the step's
     * {@code profiles} output (the same writer), with the renamed segment names; a further export is an
     * {@code export} step of {@code NAME.profiles}.
     */
    void recordProfilesExport(String segmentStep, Path file, List<String> renamed) {
        recordExport(segmentStep, "profiles", segmentStep + ".profiles", file, renamed);
    }

    private void recordExport(String segmentStep, String field, String output, Path file, List<String> renamed) {
        RecipeStep step = recipe.steps().stream().filter(s -> s.name().equals(segmentStep)).findFirst().orElse(null);
        if (step == null) {
            return; // the run on screen was opened from the saved runs, or its step was removed
        }
        if (step.get(field) == null) {
            ObjectNode fields = step.fields().deepCopy();
            fields.put(field, file.toAbsolutePath().toString());
            // Names change what both outputs hold: set them only while no output of the step was written with
            // other names (a rename between two exports of one run is not replayable as one step).
            boolean written = step.get("output") != null || step.get("profiles") != null;
            if (renamed != null && (!written || sameNames(step, renamed))) {
                ArrayNode names = fields.putArray("segmentNames");
                renamed.forEach(names::add);
            }
            recipe.amend(segmentStep, fields);
        } else {
            recipe.append(StepKind.EXPORT, segmentStep + "-export", io.safesegment.core.recipe.DataSteps
                    .exportFields(output, file, io.safesegment.core.data.io.ExportFormat.CSV));
        }
    }

    private static boolean sameNames(RecipeStep step, List<String> names) {
        JsonNode recorded = step.get("segmentNames");
        if (recorded == null || recorded.size() != names.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(recorded.get(i).asText())) {
                return false;
            }
        }
        return true;
    }

    /** Records an RFM scoring of the loaded transactions; returns the step, or null without a transactions file. */
    RecipeStep recordRfm() {
        SourceViewModel.SourceFiles files = source.files();
        if (files == null || files.transactions() == null) {
            return null;
        }
        ObjectNode f = SessionRecipe.fields();
        f.put("transactions", importOf(files.transactions(), files.transactionRoles(), "transactions"));
        return recipe.append(StepKind.RFM, "rfm", f);
    }

    /**
     * The name of the step whose output {@code file} is (its import, or the step that wrote it, such as a masked
     * export), appending an import (with its saved roles) when there is none.
     */
    private String importOf(Path file, RoleMapping roles, String name) {
        String path = file.toAbsolutePath().normalize().toString();
        String known = recipe.stepFor(file); // imported, or written by an earlier step (a masked export)
        if (known != null) {
            return known;
        }
        ObjectNode f = SessionRecipe.fields();
        f.put("file", path);
        if (roles != null && !roles.format().isEmpty()) {
            f.put("roles", roles.format());
        }
        return recipe.append(StepKind.IMPORT, name, f).name();
    }
}
