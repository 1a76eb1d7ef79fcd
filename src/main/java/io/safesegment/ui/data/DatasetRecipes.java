package io.safesegment.ui.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.clean.CleaningException;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.workspace.Workspace;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes a dataset's import column types and cleaning steps in the workspace, so a dataset reopens the
 * way the user left it. The JSON itself is owned by core ({@link DatasetService}, {@link CleaningPipeline}) so
 * headless replay reads the same format. A recipe that no longer parses is logged and ignored rather than blocking the load.
 */
final class DatasetRecipes {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetRecipes.class);

    private DatasetRecipes() {
    }

    static Map<String, ColumnType> columnTypes(Workspace workspace, String dataset) {
        Optional<Workspace.DatasetRecipe> recipe = recipe(workspace, dataset);
        if (recipe.isEmpty() || recipe.get().columnTypesJson() == null) {
            return Map.of();
        }
        try {
            return DatasetService.columnTypesFromJson(recipe.get().columnTypesJson());
        } catch (JsonProcessingException e) {
            LOG.warn("Ignoring unreadable column types saved for dataset {}", dataset);
            return Map.of();
        }
    }

    static CleaningPipeline pipeline(Workspace workspace, String dataset) {
        Optional<Workspace.DatasetRecipe> recipe = recipe(workspace, dataset);
        if (recipe.isEmpty() || recipe.get().cleaningStepsJson() == null) {
            return CleaningPipeline.empty();
        }
        try {
            return CleaningPipeline.fromJson(recipe.get().cleaningStepsJson());
        } catch (CleaningException e) {
            LOG.warn("Ignoring unreadable cleaning steps saved for dataset {}: {}", dataset, e.getMessage());
            return CleaningPipeline.empty();
        }
    }

    static void save(Workspace workspace, String dataset, Map<String, ColumnType> types, CleaningPipeline steps) {
        if (workspace == null) {
            return;
        }
        workspace.saveDatasetRecipe(dataset, DatasetService.columnTypesToJson(types), steps.toJson());
    }

    /** Keeps the saved column types and replaces the steps. */
    static void saveSteps(Workspace workspace, String dataset, CleaningPipeline steps) {
        if (workspace != null) {
            save(workspace, dataset, columnTypes(workspace, dataset), steps);
        }
    }

    private static Optional<Workspace.DatasetRecipe> recipe(Workspace workspace, String dataset) {
        return workspace == null || dataset == null ? Optional.empty() : workspace.datasetRecipe(dataset);
    }
}
