package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rejection reason, named by step number, field and reason, before anything is written. */
class RecipeValidationTest {
    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void files() throws Exception {
        workspace = dir.resolve("ws");
        // Foreign shapes: Chinese column names, no id column called customer_id, text quantity.
        Files.writeString(dir.resolve("订单.csv"), """
                客户编号,日期,数量,单价,备注
                K1,2025-01-02,2,3.5,a
                K2,2025-01-03,1,10,b
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("policy.json"), """
                {"formatVersion":1,"id":"p1","revision":1,"name":"p","updatedAt":"2026-01-01T00:00:00Z",
                 "roles":{"客户编号":"DIRECT_IDENTIFIER"},
                 "rules":[{"column":"客户编号","operator":"pseudonym","params":{"prefix":"C-"}}]}
                """, StandardCharsets.UTF_8);
    }

    private List<RecipeProblem> problems(String steps) {
        return problems(steps, RecipeKeys.NONE);
    }

    private List<RecipeProblem> problems(String steps, RecipeKeys keys) {
        Recipe r = Recipe.parse("{\"recipeVersion\":1,\"name\":\"t\",\"steps\":[" + steps + "]}", dir);
        return new RecipeValidator(r, workspace, keys).validate();
    }

    private static final String IMPORT = "{\"kind\":\"import\",\"name\":\"orders\",\"file\":\"订单.csv\","
            + "\"roles\":{\"customer_id\":\"客户编号\",\"quantity\":\"数量\",\"unit_price\":\"单价\"}}";

    private static void assertOne(List<RecipeProblem> problems, int step, String field, String reasonPart) {
        assertEquals(1, problems.size(), problems.toString());
        RecipeProblem p = problems.get(0);
        assertEquals(step, p.step(), p.message());
        assertEquals(field, p.field(), p.message());
        assertTrue(p.reason().contains(reasonPart), p.message());
    }

    @Test
    void aValidRecipeWithForeignColumnNamesHasNoProblems() {
        assertEquals(List.of(), problems(IMPORT + ",{\"kind\":\"derive\",\"name\":\"priced\",\"input\":\"orders\"}"));
    }

    @Test
    void unknownStepKindIsRejectedWhileParsing() {
        RecipeException e = assertThrows(RecipeException.class, () -> problems(IMPORT + ",{\"kind\":\"teleport\"}"));
        assertOne(e.problems(), 2, "kind", "unknown step kind 'teleport'");
    }

    @Test
    void unknownFieldIsRejected() {
        assertOne(problems(IMPORT + ",{\"kind\":\"rfm\",\"transactions\":\"orders\",\"colour\":\"red\"}"), 2,
                "colour", "unknown field");
    }

    @Test
    void missingRequiredFieldIsRejected() {
        assertOne(problems(IMPORT + ",{\"kind\":\"segment\",\"customers\":\"orders\"}"), 2, "seed", "missing");
    }

    @Test
    void wrongTypeIsRejected() {
        assertOne(problems(IMPORT + ",{\"kind\":\"segment\",\"customers\":\"orders\",\"seed\":1,\"k\":\"five\"}"),
                2, "k", "wrong type: must be an integer");
    }

    @Test
    void referenceToNoEarlierOutputIsRejected() {
        assertOne(problems(IMPORT + ",{\"kind\":\"rfm\",\"transactions\":\"later\"}"), 2, "transactions",
                "not the name of an earlier step's output");
    }

    @Test
    void missingInputFileIsRejected() {
        assertOne(problems("{\"kind\":\"import\",\"file\":\"nope.csv\"}"), 1, "file", "file not found");
    }

    @Test
    void missingColumnInRoleMappingIsRejected() {
        assertOne(problems("{\"kind\":\"import\",\"file\":\"订单.csv\",\"roles\":\"customer_id=CustomerID\"}"), 1,
                "roles.customer_id", "missing column 'CustomerID'");
    }

    @Test
    void missingJoinKeyColumnIsRejected() {
        assertOne(problems(IMPORT + ",{\"kind\":\"import\",\"name\":\"b\",\"file\":\"订单.csv\"},"
                + "{\"kind\":\"join\",\"left\":\"orders\",\"right\":\"b\",\"on\":[\"客户编号=id\"]}"), 3, "on",
                "missing column 'id'");
    }

    @Test
    void nonNumericDeriveColumnIsRejected() {
        assertOne(problems(IMPORT + ",{\"kind\":\"derive\",\"input\":\"orders\",\"quantity\":\"备注\"}"), 2,
                "quantity", "not a number");
    }

    @Test
    void badEnumValueNamesTheField() {
        assertOne(problems(IMPORT + ",{\"kind\":\"recommend\",\"transactions\":\"orders\",\"seed\":1,"
                + "\"model\":\"magic\"}"), 2, "model", "unknown model 'magic'");
    }

    @Test
    void maskPolicyForAColumnTheInputLacksIsRejected() throws Exception {
        Files.writeString(dir.resolve("other.json"), Files.readString(dir.resolve("policy.json"))
                .replace("客户编号", "email"), StandardCharsets.UTF_8);
        List<RecipeProblem> found = problems(IMPORT + ",{\"kind\":\"mask\",\"input\":\"orders\","
                + "\"policy\":\"other.json\",\"createMissingKeys\":true}");
        assertTrue(found.stream().anyMatch(p -> p.step() == 2 && p.field().equals("policy")
                && p.reason().contains("missing column 'email'")), found.toString());
    }

    @Test
    void keyedMaskWithoutVaultIsRejected() {
        assertOne(problems(IMPORT + ",{\"kind\":\"mask\",\"input\":\"orders\",\"policy\":\"policy.json\"}"), 2,
                "policy", "needs key 'pseudonym' from the workspace key vault");
    }

    @Test
    void missingVaultKeyIsRejectedUnlessMaskMayCreateIt() throws Exception {
        char[] pw = "a long test password".toCharArray();
        try (KeyVault v = KeyVault.create(workspace, pw, new Argon2Params(256, 1, 1))) {
            v.create("files", KeyPurpose.FILE);
        }
        RecipeKeys keys = () -> KeyVault.open(workspace, "a long test password".toCharArray());
        assertOne(problems(IMPORT + ",{\"kind\":\"mask\",\"input\":\"orders\",\"policy\":\"policy.json\"}", keys),
                2, "policy", "missing key 'pseudonym'");
        assertEquals(List.of(), problems(IMPORT + ",{\"kind\":\"mask\",\"input\":\"orders\","
                + "\"policy\":\"policy.json\",\"createMissingKeys\":true}", keys));
        assertOne(problems(IMPORT + ",{\"kind\":\"export\",\"input\":\"orders\",\"output\":\"o.csv\","
                + "\"sign\":{\"vaultKey\":\"files\"}}", keys), 2, "sign.vaultKey", "is a FILE key");
        assertOne(problems(IMPORT + ",{\"kind\":\"export\",\"input\":\"orders\",\"output\":\"o.csv\","
                + "\"encrypt\":{\"vaultKey\":\"absent\"}}", keys), 2, "encrypt.vaultKey", "missing key 'absent'");
    }

    @Test
    void unknownSavedPolicyIdIsRejected() {
        assertOne(problems(IMPORT + ",{\"kind\":\"mask\",\"input\":\"orders\",\"policyId\":\"p9\","
                + "\"policyRevision\":2}"), 2, "policyId", "No saved policy 'p9' revision 2");
    }

    @Test
    void anOutputOverAnInputOrAnEarlierOutputIsRejected() {
        String abs = dir.resolve("订单.csv").toString().replace("\\", "\\\\");
        assertOne(problems(IMPORT + ",{\"kind\":\"rfm\",\"transactions\":\"orders\",\"output\":\"" + abs
                + "\"}"), 2, "output", "the file of earlier output 'orders'");
        assertOne(problems(IMPORT + ",{\"kind\":\"rfm\",\"name\":\"a\",\"transactions\":\"orders\"},"
                + "{\"kind\":\"derive\",\"input\":\"orders\",\"output\":\"a.csv\"}"), 3, "output",
                "earlier output 'a'");
    }

    @Test
    void documentLevelProblemsAreStepZero() {
        RecipeException e = assertThrows(RecipeException.class,
                () -> Recipe.parse("{\"recipeVersion\":2,\"name\":\"t\",\"steps\":[]}", dir));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().allMatch(p -> p.step() == 0));
        RecipeException dup = assertThrows(RecipeException.class, () -> problems(IMPORT + "," + IMPORT));
        assertOne(dup.problems(), 2, "name", "already used");
    }

    @Test
    void overridesChangeFieldsAndRejectUnknownSteps() {
        Recipe r = Recipe.parse("{\"recipeVersion\":1,\"name\":\"t\",\"steps\":[" + IMPORT
                + ",{\"kind\":\"segment\",\"name\":\"seg\",\"customers\":\"orders\",\"seed\":1}]}", dir);
        Recipe changed = r.withOverrides(List.of("seg.k=7", "2.algorithm=gmm"));
        assertEquals(7, changed.steps().get(1).integer("k", 0));
        assertEquals("gmm", changed.steps().get(1).text("algorithm", null));
        assertEquals(0, r.steps().get(1).integer("k", 0), "the original recipe is unchanged");
        RecipeException e = assertThrows(RecipeException.class, () -> r.withOverrides(List.of("nine.k=1")));
        assertOne(e.problems(), 0, "--set", "no step 'nine'");
    }

    @Test
    void aRejectedRecipeWritesNothing() throws Exception {
        Recipe r = Recipe.parse("{\"recipeVersion\":1,\"name\":\"t\",\"steps\":[" + IMPORT
                + ",{\"kind\":\"rfm\",\"transactions\":\"orders\",\"output\":\"rfm.csv\"},"
                + "{\"kind\":\"segment\",\"customers\":\"orders\",\"seed\":\"x\"}]}", dir);
        RecipeException e = assertThrows(RecipeException.class,
                () -> new RecipeRunner(r, workspace, RecipeKeys.NONE).run(Progress.NONE));
        assertOne(e.problems(), 3, "seed", "wrong type");
        assertFalse(Files.exists(workspace.resolve("exports")), "no exports folder, no file");
    }

    private void applyRevisions(int upTo) throws Exception {
        Path current = workspace.resolve(io.safesegment.core.privacy.PrivacyService.POLICY_FOLDER)
                .resolve("订单.policy.json");
        for (int revision = 1; revision <= upTo; revision++) {
            String json = "{\"formatVersion\":1,\"id\":\"p1\",\"revision\":" + revision + ",\"name\":\"p\","
                    + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"客户编号\":\"DIRECT_IDENTIFIER\"},"
                    + "\"rules\":[{\"column\":\"客户编号\",\"operator\":\"redact\",\"params\":{}}]}";
            io.safesegment.core.privacy.PrivacyService.applyPolicy(
                    io.safesegment.core.privacy.policy.PolicyJson.fromJson(json, "t"), current);
        }
    }

    @Test
    void anOlderAppliedRevisionStillValidatesAndReplays() throws Exception {
        applyRevisions(3);
        String steps = IMPORT + ",{\"kind\":\"mask\",\"name\":\"masked\",\"input\":\"orders\","
                + "\"policyId\":\"p1\",\"policyRevision\":1}";
        assertEquals(List.of(), problems(steps));
        Recipe r = Recipe.parse("{\"recipeVersion\":1,\"name\":\"t\",\"steps\":[" + steps + "]}", dir);
        RecipeResult result = new RecipeRunner(r, workspace, RecipeKeys.NONE).run(Progress.NONE);
        assertEquals(1, result.steps().get(1).details().get("policyRevision"), result.toString());
    }

    @Test
    void aMissingRevisionOfAKnownPolicyNamesTheRevisionField() throws Exception {
        applyRevisions(2);
        assertOne(problems(IMPORT + ",{\"kind\":\"mask\",\"input\":\"orders\",\"policyId\":\"p1\","
                + "\"policyRevision\":7}"), 2, "policyRevision", "No saved policy 'p1' revision 7");
    }
}
