package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.model.KnnParams;
import io.safesegment.core.recommend.model.Similarity;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step kinds and fields added for the GUI's last unrecorded actions ({@code postgres}, {@code roles},
 * {@code encrypt}, {@code ratings}, {@code parameters}): each rejection names step, field and reason, and what
 * validates runs.
 */
class RecipeGapStepsTest {
    private static final String PASSWORD = "gap-steps-pw";

    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void files() throws Exception {
        workspace = dir.resolve("ws");
        Files.writeString(dir.resolve("orders.csv"), "cust,item,qty\nK1,A,2\nK2,B,1\nK1,B,3\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ratings.csv"), "user,item,rating\nu1,a,5\nu1,b,3\nu2,a,4\nu2,c,1\n",
                StandardCharsets.UTF_8);
    }

    private Recipe recipe(String steps) {
        return Recipe.parse("{\"recipeVersion\":1,\"name\":\"t\",\"steps\":[" + steps + "]}", dir);
    }

    private List<RecipeProblem> problems(String steps, RecipeKeys keys) {
        return new RecipeValidator(recipe(steps), workspace, keys).validate();
    }

    private static void assertOne(List<RecipeProblem> problems, int step, String field, String reasonPart) {
        assertEquals(1, problems.size(), problems.toString());
        RecipeProblem p = problems.getFirst();
        assertEquals(step, p.step(), p.message());
        assertEquals(field, p.field(), p.message());
        assertTrue(p.reason().contains(reasonPart), p.message());
    }

    private static final String ORDERS = "{\"kind\":\"import\",\"name\":\"orders\",\"file\":\"orders.csv\"}";

    @Test
    void aPostgresUrlWithParametersIsRefusedWithoutEchoingIt() {
        List<RecipeProblem> p = problems("{\"kind\":\"postgres\",\"url\":\"jdbc:postgresql://db:5432/shop?password="
                + "hunter2\",\"user\":\"u\",\"table\":\"public.t\"}", RecipeKeys.NONE);
        assertOne(p, 1, "url", "without parameters");
        assertFalse(p.getFirst().message().contains("hunter2"), p.getFirst().message());
        assertOne(problems("{\"kind\":\"postgres\",\"url\":\"jdbc:postgresql://db/shop\",\"user\":\"u\","
                + "\"table\":\"t\",\"query\":\"SELECT 1\"}", RecipeKeys.NONE), 1, "table", "exactly one");
        assertEquals(List.of(), problems("{\"kind\":\"postgres\",\"url\":\"jdbc:postgresql://db/shop\","
                + "\"user\":\"u\",\"query\":\"SELECT 1\"}", RecipeKeys.NONE), "a dry run does not connect");
    }

    @Test
    void aRolesStepReplacesTheMappingAndNamesAMissingColumn() throws Exception {
        assertOne(problems(ORDERS + ",{\"kind\":\"roles\",\"input\":\"orders\",\"roles\":{\"customer_id\":\"nope\"}}",
                RecipeKeys.NONE), 2, "roles", "missing column 'nope'");
        String steps = ORDERS + ",{\"kind\":\"roles\",\"name\":\"mapped\",\"input\":\"orders\",\"roles\":"
                + "{\"customer_id\":\"cust\",\"product_id\":\"item\",\"quantity\":\"qty\"}},"
                + "{\"kind\":\"recommend\",\"transactions\":\"mapped\",\"model\":\"popularity\",\"seed\":1,\"n\":1}";
        RecipeResult r = new RecipeRunner(recipe(steps), workspace, RecipeKeys.NONE).run(Progress.NONE);
        String roles = String.valueOf(r.steps().get(1).details().get("roles"));
        for (String part : List.of("customer_id=cust", "product_id=item", "quantity=qty")) {
            assertTrue(roles.contains(part), roles);
        }
        List<String> list = Files.readAllLines(Path.of(r.steps().get(2).outputs().values().iterator().next()));
        assertTrue(list.stream().anyMatch(l -> l.startsWith("K2,1,")), "customers come from the mapped column: "
                + list);
    }

    @Test
    void recommendTakesExactlyOneOfTransactionsAndRatingsAndCheckedParameters() throws Exception {
        String ratings = "{\"kind\":\"import\",\"name\":\"ratings\",\"file\":\"ratings.csv\"}";
        assertOne(problems(ORDERS + "," + ratings + ",{\"kind\":\"recommend\",\"transactions\":\"orders\","
                + "\"ratings\":\"ratings\",\"seed\":1}", RecipeKeys.NONE), 3, "transactions", "exactly one");
        assertOne(problems(ratings + ",{\"kind\":\"recommend\",\"ratings\":\"ratings\",\"seed\":1,"
                + "\"parameters\":{\"itemKnn\":{\"neighbors\":3}}}", RecipeKeys.NONE), 2,
                "parameters.itemKnn.neighbors", "neighbours");
        assertOne(problems(ratings + ",{\"kind\":\"evaluate\",\"ratings\":\"ratings\",\"models\":[\"mf\"],\"seed\":1,"
                + "\"parameters\":{\"deepNet\":{}}}", RecipeKeys.NONE), 2, "parameters.deepNet", "itemKnn");
        assertOne(problems(ratings + ",{\"kind\":\"recommend\",\"ratings\":\"ratings\",\"seed\":1,"
                + "\"parameters\":{\"itemKnn\":{\"neighbours\":0}}}", RecipeKeys.NONE), 2, "parameters",
                "neighbours must be > 0");
        RecipeResult r = new RecipeRunner(recipe(ratings + ",{\"kind\":\"recommend\",\"ratings\":\"ratings\","
                + "\"model\":\"itemknn\",\"seed\":1,\"n\":2,\"parameters\":{\"itemKnn\":{\"neighbours\":1}}}"),
                workspace, RecipeKeys.NONE).run(Progress.NONE);
        assertEquals("done", r.steps().getLast().status());
    }

    @Test
    void parameterFieldsHoldOnlyWhatDiffersAndReadBackToTheSameRecord() {
        ModelParameters d = ModelParameters.defaults(7);
        assertTrue(ModelParameterFields.toJson(d, 7).isEmpty());
        ModelParameters changed = new ModelParameters(new KnnParams(Similarity.PEARSON, 12, 0), d.userKnn(), d.mf(),
                d.als(), d.bpr(), d.content(), d.markov(), d.hybrid());
        var json = ModelParameterFields.toJson(changed, 7);
        assertEquals("{\"itemKnn\":{\"similarity\":\"PEARSON\",\"neighbours\":12,\"shrinkage\":0.0}}", json.toString());
        assertEquals(changed, ModelParameterFields.fromJson(json, 7));
        assertEquals(ModelParameters.defaults(8).als(), ModelParameterFields.fromJson(json, 8).als(),
                "seeds come from the step");
    }

    @Test
    void anEncryptStepNeedsOneSourceAndOneKeyAndEncryptsWithAVaultKey() throws Exception {
        List<RecipeProblem> both = problems(ORDERS + ",{\"kind\":\"encrypt\",\"input\":\"orders\","
                + "\"file\":\"orders.csv\",\"vaultKey\":\"k\"}", RecipeKeys.NONE);
        assertTrue(both.stream().anyMatch(p -> p.step() == 2 && p.field().equals("input")
                && p.reason().contains("exactly one")), both.toString());
        assertOne(problems(ORDERS + ",{\"kind\":\"encrypt\",\"input\":\"orders\"}", RecipeKeys.NONE), 2, "vaultKey",
                "exactly one");
        assertOne(problems(ORDERS + ",{\"kind\":\"encrypt\",\"input\":\"orders\",\"vaultKey\":\"absent\"}",
                RecipeKeys.NONE), 2, "vaultKey", "not open");

        try (KeyVault vault = KeyVault.create(workspace, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            vault.create("files", KeyPurpose.FILE);
            vault.create("signer", KeyPurpose.SIGNING_ED25519);
        }
        RecipeKeys keys = () -> KeyVault.open(workspace, PASSWORD.toCharArray());
        RecipeResult r = new RecipeRunner(recipe(ORDERS + ",{\"kind\":\"encrypt\",\"name\":\"sealed\",\"input\":"
                + "\"orders\",\"vaultKey\":\"files\",\"sign\":{\"vaultKey\":\"signer\",\"creator\":\"t\"}}"),
                workspace, keys).run(Progress.NONE);
        Path sealed = Path.of(r.steps().getLast().outputs().get("sealed"));
        assertEquals(workspace.resolve("exports").resolve("orders.csv.enc"), sealed);
        assertTrue(Files.exists(Path.of(r.steps().getLast().outputs().get("sealed.manifest"))));
        Path plain = dir.resolve("plain.csv");
        try (KeyVault vault = keys.open()) {
            CryptoService.decryptWithVault(sealed, plain, vault, Progress.NONE);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("orders.csv")), Files.readAllBytes(plain));
    }
}
