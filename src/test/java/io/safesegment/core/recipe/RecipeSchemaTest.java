package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** recipe.schema.json accepts the documented examples, rejects malformed recipes and matches {@link StepKind}. */
class RecipeSchemaTest {
    private static final Path EXAMPLES = Path.of("docs", "recipes");
    private static final List<String> EXAMPLE_FILES = List.of("mask-and-signed-export.json",
            "segment-and-profiles.json", "recommendations-campaign.json");

    private static String schemaText() throws Exception {
        try (InputStream in = RecipeSchemaTest.class.getResourceAsStream("/recipe.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaText(), InputFormat.JSON);
    }

    @Test
    void theExamplesAreValidAgainstTheSchemaAndParse() throws Exception {
        Schema schema = schema();
        for (String f : EXAMPLE_FILES) {
            String text = Files.readString(EXAMPLES.resolve(f), StandardCharsets.UTF_8);
            List<Error> errors = schema.validate(text, InputFormat.JSON);
            assertEquals(List.of(), errors.stream().map(Error::getMessage).toList(), f);
            Recipe.parse(text, EXAMPLES.toAbsolutePath());
        }
    }

    @Test
    void theSchemaRejectsWrongTypesUnknownKindsAndUnknownFields() throws Exception {
        Schema schema = schema();
        for (String bad : List.of(
                "{\"recipeVersion\":1,\"name\":\"x\",\"steps\":[{\"kind\":\"teleport\"}]}",
                "{\"recipeVersion\":1,\"name\":\"x\",\"steps\":[{\"kind\":\"rfm\",\"transactions\":\"t\",\"x\":1}]}",
                "{\"recipeVersion\":1,\"name\":\"x\",\"steps\":[{\"kind\":\"segment\",\"customers\":\"c\","
                        + "\"seed\":1,\"k\":\"five\"}]}",
                "{\"recipeVersion\":2,\"name\":\"x\",\"steps\":[{\"kind\":\"import\",\"file\":\"a.csv\"}]}",
                "{\"recipeVersion\":1,\"name\":\"x\",\"steps\":[{\"kind\":\"mask\",\"input\":\"c\"}]}")) {
            assertFalse(schema.validate(bad, InputFormat.JSON).isEmpty(), bad);
        }
    }

    @Test
    void everyStepKindAndFieldIsInTheSchema() throws Exception {
        JsonNode defs = new ObjectMapper().readTree(schemaText()).get("$defs");
        for (StepKind kind : StepKind.values()) {
            JsonNode step = defs.get(kind.id() + "Step");
            assertTrue(step != null, "schema lacks " + kind.id());
            Set<String> schemaFields = new TreeSet<>();
            step.get("properties").fieldNames().forEachRemaining(schemaFields::add);
            Set<String> expected = new TreeSet<>(kind.fields().keySet());
            expected.add("kind");
            expected.add("name");
            assertEquals(expected, schemaFields, kind.id());
            List<String> required = new ArrayList<>();
            step.get("required").forEach(r -> required.add(r.asText()));
            assertEquals(new TreeSet<>(kind.required()), new TreeSet<>(required.subList(1, required.size())),
                    kind.id());
        }
    }
}
