package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code anonymise} step with given {@code levels} (record 0037: the transformation the Spark engine runs): the
 * search's optimum given back as levels writes the same bytes as the search; levels that suppress more than the
 * limit stop the run on {@code levels} with nothing written; a level above the hierarchy's height is a validation
 * problem naming the quasi-identifier.
 */
class RecipeAnonymiseLevelsTest {
    private static final Path CUSTOMERS = Path.of("sample-datasets/customers.csv").toAbsolutePath();

    @TempDir
    Path dir;

    private Recipe recipe(String anonymise) {
        return Recipe.parse("{\"recipeVersion\":1,\"name\":\"anon\",\"steps\":[{\"kind\":\"import\",\"name\":\"c\","
                + "\"file\":\"" + CUSTOMERS.toString().replace("\\", "\\\\") + "\"}," + anonymise + "]}", dir);
    }

    private static String step(String output, String extra) {
        return "{\"kind\":\"anonymise\",\"name\":\"anon\",\"input\":\"c\",\"output\":\"" + output + "\","
                + "\"quasiIdentifiers\":[\"birth_date\",\"gender\",\"city\"],\"k\":5" + extra + "}";
    }

    @Test
    void theOptimumGivenAsLevelsWritesTheSearchsBytes() throws Exception {
        Path ws = dir.resolve("ws");
        RecipeResult searched = new RecipeRunner(recipe(step("searched.csv", "")), ws, RecipeKeys.NONE)
                .run(Progress.NONE);
        @SuppressWarnings("unchecked")
        Map<String, Integer> levels = (Map<String, Integer>) searched.steps().get(1).details().get("levels");
        String given = ",\"levels\":{\"birth_date\":" + levels.get("birth_date") + ",\"gender\":"
                + levels.get("gender") + ",\"city\":" + levels.get("city") + "}";
        RecipeResult r = new RecipeRunner(recipe(step("given.csv", given)), ws, RecipeKeys.NONE).run(Progress.NONE);
        assertEquals("done", r.steps().get(1).status());
        assertEquals(levels, r.steps().get(1).details().get("levels"));
        assertEquals(searched.steps().get(1).details().get("suppressedRows"),
                r.steps().get(1).details().get("suppressedRows"));
        Path exports = ws.resolve(RecipePaths.EXPORTS);
        assertArrayEquals(Files.readAllBytes(exports.resolve("searched.csv")),
                Files.readAllBytes(exports.resolve("given.csv")));
    }

    @Test
    void levelsThatSuppressTooMuchStopTheRunWithNothingWritten() {
        Path ws = dir.resolve("ws");
        RecipeException e = assertThrows(RecipeException.class, () -> new RecipeRunner(recipe(step("none.csv",
                ",\"levels\":{\"birth_date\":0,\"gender\":0,\"city\":0}")), ws, RecipeKeys.NONE).run(Progress.NONE));
        assertEquals(2, e.problems().get(0).step());
        assertEquals("levels", e.problems().get(0).field());
        assertFalse(Files.exists(ws.resolve(RecipePaths.EXPORTS).resolve("none.csv")));
    }

    @Test
    void aLevelAboveTheHierarchyIsAProblemNamingTheColumn() throws Exception {
        Files.writeString(dir.resolve("gender.csv"), "M;*\nF;*\nm;*\nf;*\n;*\n");
        List<RecipeProblem> problems = new RecipeValidator(recipe(step("x.csv", ",\"hierarchies\":{\"gender\":"
                + "\"gender.csv\"},\"levels\":{\"birth_date\":1,\"gender\":2,\"city\":1}")), dir.resolve("ws"),
                RecipeKeys.NONE).validate();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("levels", problems.get(0).field());
        assertTrue(problems.get(0).reason().contains("gender"), problems.toString());
    }
}
