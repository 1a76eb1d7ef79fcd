package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation that reads only the start of each imported file (what the Spark engine uses, whose inputs need not fit
 * in the driver) finds the same problems as validation that loads the files: missing role columns, non-numeric
 * quantities, a clean recipe clean.
 */
class RecipeValidateFromHeadersTest {
    @TempDir
    Path dir;

    private List<String> both(String steps) throws Exception {
        StringBuilder csv = new StringBuilder("客户编号,日期,数量,单价,备注\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("K").append(i).append(",2025-01-0").append(1 + i % 9).append(',').append(1 + i % 4)
                    .append(',').append(2.5 + i % 7).append(",x\n");
        }
        Files.writeString(dir.resolve("订单.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("text.csv"), "id,qty,price\nA,two,3\nB,one,4\n", StandardCharsets.UTF_8);
        Recipe r = Recipe.parse("{\"recipeVersion\":1,\"name\":\"t\",\"steps\":[" + steps + "]}", dir);
        Path ws = dir.resolve("ws");
        List<String> loaded = RecipeService.validate(r, ws, RecipeKeys.NONE).stream().map(RecipeProblem::message)
                .toList();
        List<String> fromHeaders = RecipeService.validateFromHeaders(r, ws, RecipeKeys.NONE).stream()
                .map(RecipeProblem::message).toList();
        assertEquals(loaded, fromHeaders);
        return fromHeaders;
    }

    @Test
    void aCleanRecipeIsCleanEitherWay() throws Exception {
        assertEquals(List.of(), both("{\"kind\":\"import\",\"name\":\"orders\",\"file\":\"订单.csv\","
                + "\"roles\":{\"customer_id\":\"客户编号\",\"quantity\":\"数量\",\"unit_price\":\"单价\"}},"
                + "{\"kind\":\"derive\",\"name\":\"amounts\",\"input\":\"orders\"}"));
    }

    @Test
    void aMissingRoleColumnIsFoundEitherWay() throws Exception {
        List<String> problems = both("{\"kind\":\"import\",\"name\":\"orders\",\"file\":\"订单.csv\","
                + "\"roles\":{\"customer_id\":\"kunde\"}}");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("kunde"), problems.get(0));
    }

    @Test
    void aTextQuantityIsFoundEitherWay() throws Exception {
        List<String> problems = both("{\"kind\":\"import\",\"name\":\"t\",\"file\":\"text.csv\","
                + "\"roles\":{\"customer_id\":\"id\",\"quantity\":\"qty\",\"unit_price\":\"price\"}},"
                + "{\"kind\":\"derive\",\"name\":\"amounts\",\"input\":\"t\"}");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("qty"), problems.get(0));
    }
}
