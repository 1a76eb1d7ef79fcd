package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.anonymise.AnonymisationResult;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The {@code anonymise} recipe step: replay matches the Privacy service, and validation names step and field. */
class RecipeAnonymiseStepTest {
    private static final Path CUSTOMERS = Path.of("sample-datasets/customers.csv").toAbsolutePath();
    private static final List<String> QIS = List.of("birth_date", "gender", "city");

    @TempDir
    Path dir;

    private Recipe recipe(String anonymise) {
        return Recipe.parse("{\"recipeVersion\":1,\"name\":\"anon\",\"steps\":[{\"kind\":\"import\",\"name\":\"c\","
                + "\"file\":\"" + CUSTOMERS.toString().replace("\\", "\\\\") + "\"}," + anonymise + "]}", dir);
    }

    @Test
    void anonymiseStepWritesKAnonymousTableWithTheServiceOptimum() throws Exception {
        Path workspace = dir.resolve("ws");
        RecipeResult result = new RecipeRunner(recipe("{\"kind\":\"anonymise\",\"name\":\"anon\",\"input\":\"c\","
                + "\"quasiIdentifiers\":[\"birth_date\",\"gender\",\"city\"],\"k\":5}"), workspace, RecipeKeys.NONE)
                .run(Progress.NONE);

        RecipeResult.StepResult step = result.steps().get(1);
        assertEquals("done", step.status());
        Path out = Path.of(step.outputs().get("anon"));
        assertTrue(out.startsWith(workspace.toAbsolutePath().normalize().resolve(RecipePaths.EXPORTS)), out.toString());
        assertTrue(Files.isRegularFile(out));

        Table original = DatasetService.importFile(CUSTOMERS, CsvImportOptions.defaults(), Progress.NONE).table();
        Map<String, Hierarchy> built = new LinkedHashMap<>();
        QIS.forEach(q -> built.put(q, PrivacyService.suggestHierarchy(original, q)));
        AnonymisationResult expected = PrivacyService.anonymise(original, new AnonymiseOptions(QIS, built, null,
                List.of(new PrivacyModel.KAnonymity(5)), 0, UtilityMetric.LOSS, 1), Progress.NONE);
        assertTrue(expected.found());
        assertEquals(expected.levels(), step.details().get("levels"));
        assertEquals(expected.optimum().suppressedRows(), step.details().get("suppressedRows"));

        Table written = DatasetService.importFile(out, CsvImportOptions.defaults(), Progress.NONE).table();
        assertEquals(original.rowCount(), written.rowCount());
        Map<String, Integer> classes = new HashMap<>();
        for (int r = 0; r < written.rowCount(); r++) {
            StringBuilder key = new StringBuilder();
            for (String q : QIS) {
                key.append(written.column(q).getString(r)).append('\u0001');
            }
            classes.merge(key.toString(), 1, Integer::sum);
        }
        String suppressed = "*\u0001*\u0001*\u0001";
        classes.forEach((key, size) -> assertTrue(size >= 5 || key.equals(suppressed), key + " has " + size));
    }

    @Test
    void unknownQuasiIdentifierNamesStepAndField() {
        List<RecipeProblem> problems = new RecipeValidator(recipe("{\"kind\":\"anonymise\",\"name\":\"anon\","
                + "\"input\":\"c\",\"quasiIdentifiers\":[\"birth_date\",\"shoe_size\"],\"k\":5}"), dir.resolve("ws"),
                RecipeKeys.NONE).validate();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).step());
        assertEquals("quasiIdentifiers", problems.get(0).field());
        assertTrue(problems.get(0).reason().contains("shoe_size"), problems.get(0).message());
    }

    @Test
    void missingHierarchyFileNamesStepAndField() {
        List<RecipeProblem> problems = new RecipeValidator(recipe("{\"kind\":\"anonymise\",\"name\":\"anon\","
                + "\"input\":\"c\",\"quasiIdentifiers\":[\"city\"],\"hierarchies\":{\"city\":\"no-such.csv\"},"
                + "\"k\":5}"), dir.resolve("ws"), RecipeKeys.NONE).validate();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).step());
        assertEquals("hierarchies.city", problems.get(0).field());
        assertTrue(problems.get(0).reason().contains("no-such.csv"), problems.get(0).message());
    }

    @Test
    void lWithoutSensitiveColumnIsRejected() {
        List<RecipeProblem> problems = new RecipeValidator(recipe("{\"kind\":\"anonymise\",\"name\":\"anon\","
                + "\"input\":\"c\",\"quasiIdentifiers\":[\"city\"],\"k\":2,\"l\":2}"), dir.resolve("ws"),
                RecipeKeys.NONE).validate();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("l", problems.get(0).field());
    }
}
