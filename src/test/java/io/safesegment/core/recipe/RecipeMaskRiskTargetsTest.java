package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.RiskTargets;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipe replay of a {@code mask} step whose policy carries risk targets: blocked when missed, or overridden. */
class RecipeMaskRiskTargetsTest {
    @TempDir
    Path dir;

    private RecipeResult run(String extra) throws Exception {
        Path in = Files.writeString(dir.resolve("patients.csv"), "age,zip\n20-29,12*\n20-29,12*\n30-39,13*\n",
                StandardCharsets.UTF_8);
        PolicyJson.write(new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "t", 1, "t", Instant.EPOCH,
                Map.of("age", ColumnRole.QUASI_IDENTIFIER, "zip", ColumnRole.QUASI_IDENTIFIER),
                List.of(MaskingRule.of("zip", "keep")), new RiskTargets(2, null, null, null, null, null, null)),
                dir.resolve("p.json"));
        Recipe recipe = Recipe.parse("{\"recipeVersion\":1,\"name\":\"r\",\"steps\":[{\"kind\":\"import\",\"name\":"
                + "\"c\",\"file\":\"" + in.toString().replace("\\", "\\\\") + "\"},{\"kind\":\"mask\",\"name\":\"m\","
                + "\"input\":\"c\",\"policy\":\"p.json\"" + extra + "}]}", dir);
        return new RecipeRunner(recipe, dir.resolve("ws"), RecipeKeys.NONE).run(Progress.NONE);
    }

    @Test
    void aMissedTargetBlocksTheStepAndTheRecordedReasonOverridesIt() throws Exception {
        RecipeResult.StepResult blocked = run("").steps().get(1);
        assertEquals("blocked", blocked.status());
        assertEquals("k-anonymity: target k 2, measured smallest class 1", blocked.details().get("riskTargetsMissed"));

        RecipeResult.StepResult done = run(",\"overrideRiskTargets\":\"approved, ticket 9\"").steps().get(1);
        assertEquals("done", done.status());
        assertEquals(false, done.details().get("riskTargetsMet"));
        assertTrue(Files.isRegularFile(Path.of(done.outputs().get("m"))));
    }
}
