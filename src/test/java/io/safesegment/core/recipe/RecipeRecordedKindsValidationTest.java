package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinds added for the last recording gaps ({@code clv}, {@code campaign}, {@code erase}, {@code backup}, a
 * segment's {@code segmentNames}, a model's {@code tuning}) are refused before anything is written, each problem
 * naming step number and field.
 */
class RecipeRecordedKindsValidationTest {
    private static final String HEX = "ab".repeat(32);

    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void files() throws Exception {
        workspace = dir.resolve("ws");
        Files.writeString(dir.resolve("tx.csv"), "customer_id,timestamp,amount\nK1,2025-01-02,3.5\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("segments.csv"), "customer_id,segment,segment_name\nK1,1,lapsed\n",
                StandardCharsets.UTF_8);
    }

    private static final String IMPORTS = "{\"kind\":\"import\",\"name\":\"tx\",\"file\":\"tx.csv\"},"
            + "{\"kind\":\"import\",\"name\":\"seg\",\"file\":\"segments.csv\"}";

    private List<RecipeProblem> problems(String step, RecipeKeys keys) {
        Recipe r = Recipe.parse("{\"recipeVersion\":1,\"name\":\"t\",\"steps\":[" + IMPORTS + "," + step + "]}",
                dir);
        return new RecipeValidator(r, workspace, keys).validate();
    }

    private List<RecipeProblem> problems(String step) {
        return problems(step, RecipeKeys.NONE);
    }

    private static RecipeKeys as(Role role, String backupPassword) {
        return RecipeKeys.withActor(RecipeKeys.NONE, new Actor("tester", role),
                backupPassword == null ? null : backupPassword::toCharArray);
    }

    private static void assertProblem(List<RecipeProblem> problems, String field, String reasonPart) {
        assertTrue(problems.stream().anyMatch(p -> p.step() == 3 && p.field().equals(field)
                && p.reason().contains(reasonPart)), problems.toString());
    }

    private static void assertOnly(List<RecipeProblem> problems, String field, String reasonPart) {
        assertEquals(1, problems.size(), problems.toString());
        assertProblem(problems, field, reasonPart);
    }

    @Test
    void validClvAndCampaignStepsHaveNoProblems() {
        assertEquals(List.of(), problems("{\"kind\":\"clv\",\"transactions\":\"tx\",\"horizon\":30}"));
        assertEquals(List.of(), problems("{\"kind\":\"campaign\",\"target\":\"seg\",\"where\":\"segment_name=lapsed\","
                + "\"offers\":[\"a\",\"b\"],\"seed\":1,\"baseline\":0.05,\"mde\":0.01}"));
    }

    @Test
    void clvNeedsExactlyOneInputAndSettingsInRange() {
        assertOnly(problems("{\"kind\":\"clv\",\"transactions\":\"tx\",\"summary\":\"seg\"}"), "transactions",
                "exactly one");
        assertOnly(problems("{\"kind\":\"clv\"}"), "transactions", "exactly one");
        assertOnly(problems("{\"kind\":\"clv\",\"transactions\":\"tx\",\"horizon\":0}"), "horizon", "not usable");
        assertOnly(problems("{\"kind\":\"clv\",\"transactions\":\"tx\",\"unit\":\"fortnight\"}"), "unit",
                "not usable");
        assertOnly(problems("{\"kind\":\"clv\",\"transactions\":\"tx\",\"discount\":1.5}"), "discount",
                "not usable");
        assertOnly(problems("{\"kind\":\"clv\",\"summary\":\"seg\",\"calibrationEnd\":\"2025-01-01\"}"),
                "calibrationEnd", "hold-out");
    }

    @Test
    void campaignNamesTheBadOfferFilterOrPowerField() {
        assertOnly(problems("{\"kind\":\"campaign\",\"target\":\"seg\",\"seed\":1}"), "offers", "missing");
        assertOnly(problems("{\"kind\":\"campaign\",\"target\":\"seg\",\"offers\":[\"control\"],\"seed\":1}"),
                "offers", "not usable");
        assertOnly(problems("{\"kind\":\"campaign\",\"target\":\"seg\",\"offers\":[\"a\"],\"seed\":1,"
                + "\"where\":\"lapsed\"}"), "where", "COLUMN=VALUE");
        assertOnly(problems("{\"kind\":\"campaign\",\"target\":\"seg\",\"offers\":[\"a\"],\"seed\":1,"
                + "\"where\":\"tier=gold\"}"), "where", "tier");
        assertOnly(problems("{\"kind\":\"campaign\",\"target\":\"seg\",\"offers\":[\"a\"],\"seed\":1,"
                + "\"mde\":0.01}"), "mde", "baseline");
        assertOnly(problems("{\"kind\":\"campaign\",\"target\":\"seg\",\"offers\":[\"a\"],\"seed\":1,"
                + "\"controlShare\":1.5}"), "controlShare", "not usable");
    }

    @Test
    void eraseRefusesAPersonalValueAWrongRoleAndAMissingKey() {
        String ok = "{\"kind\":\"erase\",\"key\":\"email\",\"pseudonym\":\"" + HEX + "\",\"pseudonymKey\":\"s\"}";
        assertProblem(problems(ok, as(Role.ANALYST, null)), "kind", "officer");
        assertProblem(problems(ok, RecipeKeys.NONE), "kind", "officer");
        List<RecipeProblem> locked = problems(ok, as(Role.PRIVACY_OFFICER, null));
        assertOnly(locked, "pseudonymKey", "s");
        assertProblem(problems("{\"kind\":\"erase\",\"key\":\"email\",\"pseudonym\":\"wang.fang@example.com\","
                + "\"pseudonymKey\":\"s\"}", as(Role.PRIVACY_OFFICER, null)), "pseudonym", "never the person");
        assertProblem(problems("{\"kind\":\"erase\",\"key\":\"name\",\"pseudonym\":\"" + HEX + "\","
                + "\"pseudonymKey\":\"s\"}", as(Role.PRIVACY_OFFICER, null)), "key", "email, phone, id");
        assertProblem(problems("{\"kind\":\"erase\",\"key\":\"phone\",\"pseudonym\":\"" + HEX + "\","
                + "\"suffixPseudonyms\":[\"13912345678\"],\"pseudonymKey\":\"s\"}", as(Role.PRIVACY_OFFICER, null)),
                "suffixPseudonyms", "hex");
    }

    @Test
    void backupNeedsAnAdministratorAPasswordAndAPlaceOutsideTheWorkspace() {
        String outside = dir.resolve("b.ssbackup").toString().replace("\\", "\\\\");
        String ok = "{\"kind\":\"backup\",\"output\":\"" + outside + "\",\"passwordEnv\":\"SAFESEGMENT_TEST_UNSET_PW\"}";
        assertEquals(List.of(), problems(ok, as(Role.ADMINISTRATOR, "pw")));
        assertOnly(problems(ok, as(Role.PRIVACY_OFFICER, "pw")), "kind", "admin");
        assertOnly(problems(ok, as(Role.ADMINISTRATOR, null)), "passwordEnv", "SAFESEGMENT_TEST_UNSET_PW");
        assertOnly(problems("{\"kind\":\"backup\",\"output\":\"b.ssbackup\"}", as(Role.ADMINISTRATOR, "pw")),
                "output", "outside the workspace");
    }

    @Test
    void segmentNamesAndTuningAreChecked() {
        assertOnly(problems("{\"kind\":\"segment\",\"customers\":\"tx\",\"seed\":1,\"k\":3,"
                + "\"segmentNames\":[\"a\",\"b\"]}"), "segmentNames", "2 names for k = 3");
        assertOnly(problems("{\"kind\":\"recommend\",\"transactions\":\"tx\",\"seed\":1,\"tuning\":{\"seed\":1,"
                + "\"models\":[{\"model\":\"itemknn\",\"colour\":1}]}}"), "tuning.models[0].colour", "unknown field");
        assertOnly(problems("{\"kind\":\"recommend\",\"transactions\":\"tx\",\"seed\":1,\"tuning\":{\"seed\":1,"
                + "\"models\":[{\"model\":\"oracle\"}]}}"), "tuning.models[0].model", "oracle");
        assertOnly(problems("{\"kind\":\"evaluate\",\"transactions\":\"tx\",\"models\":[\"itemknn\"],\"seed\":1,"
                + "\"tuning\":{\"models\":[]}}"), "tuning.seed", "integer");
    }
}
