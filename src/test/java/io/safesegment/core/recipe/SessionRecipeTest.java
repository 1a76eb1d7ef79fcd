package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRecipeTest {
    @TempDir
    Path dir;

    private static ObjectNode importOf(Path file) {
        ObjectNode f = SessionRecipe.fields();
        f.put("file", file.toAbsolutePath().toString());
        return f;
    }

    @Test
    void recordedStepsSaveAsARecipeThatParsesBackWithRelativeFiles() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data")).resolve("客户 list.csv");
        Files.writeString(data, "id,name\n1,a\n");
        SessionRecipe recipe = new SessionRecipe();
        AtomicInteger changes = new AtomicInteger();
        recipe.addListener(changes::incrementAndGet);

        RecipeStep imported = recipe.append(StepKind.IMPORT, "customers", importOf(data));
        ObjectNode mask = SessionRecipe.fields();
        mask.put("input", imported.name());
        mask.put("policyId", "p1");
        mask.put("policyRevision", 3);
        recipe.append(StepKind.MASK, "masked", mask);

        Path file = dir.resolve("session.recipe.json");
        recipe.save("My session", file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"file\" : \"data/客户 list.csv\""), json);
        Recipe parsed = Recipe.read(file);
        assertEquals("My session", parsed.name());
        assertEquals(List.of(StepKind.IMPORT, StepKind.MASK), parsed.steps().stream().map(RecipeStep::kind).toList());
        assertEquals("customers", parsed.steps().get(1).text("input", null));
        assertEquals(3, parsed.steps().get(1).integer("policyRevision", 0));
        assertEquals(2, changes.get());
    }

    @Test
    void namesStayUniqueAndNumbersFollowRemoveAndMove() {
        SessionRecipe recipe = new SessionRecipe();
        recipe.append(StepKind.IMPORT, "customers", importOf(dir.resolve("a.csv")));
        RecipeStep second = recipe.append(StepKind.IMPORT, "customers", importOf(dir.resolve("b.csv")));
        recipe.append(StepKind.IMPORT, " ", importOf(dir.resolve("c.csv")));
        assertEquals("customers-2", second.name());
        assertEquals(List.of("customers", "customers-2", "step"),
                recipe.steps().stream().map(RecipeStep::name).toList());

        recipe.move(2, 0);
        assertEquals(List.of("step", "customers", "customers-2"),
                recipe.steps().stream().map(RecipeStep::name).toList());
        assertEquals(List.of(1, 2, 3), recipe.steps().stream().map(RecipeStep::number).toList());
        recipe.remove(1);
        assertEquals(List.of(1, 2), recipe.steps().stream().map(RecipeStep::number).toList());
        assertEquals("customers-2", recipe.lastNameOf(StepKind.IMPORT));
        assertNull(recipe.lastNameOf(StepKind.MASK));
        recipe.clear();
        assertTrue(recipe.isEmpty());
    }

    @Test
    void anOpenedRecipeKeepsItsInputsAbsoluteSoSavingElsewhereStillFindsThem() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data")).resolve("customers.csv");
        Files.writeString(data, "id\n1\n");
        Files.createDirectories(dir.resolve("recipes"));
        Files.writeString(dir.resolve("recipes/r.json"), """
                {"recipeVersion": 1, "name": "r", "steps": [
                  {"kind": "import", "name": "c", "file": "../data/customers.csv"},
                  {"kind": "export", "name": "e", "input": "c", "output": "out.csv",
                   "encrypt": {"pgpRecipient": "keys/partner.asc"}}]}
                """);
        Recipe opened = Recipe.read(dir.resolve("recipes/r.json")).withAbsoluteInputs();
        assertEquals(data.toAbsolutePath().normalize().toString(), opened.steps().get(0).text("file", null));
        assertEquals(dir.resolve("recipes/keys/partner.asc").toAbsolutePath().normalize().toString(),
                opened.steps().get(1).get("encrypt").get("pgpRecipient").asText());
        assertEquals("out.csv", opened.steps().get(1).text("output", null), "outputs stay as they are");

        SessionRecipe session = new SessionRecipe();
        session.replaceWith(opened);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere")).resolve("r.recipe.json");
        session.save("r", elsewhere);
        assertTrue(Files.readString(elsewhere).contains("\"file\" : \"../data/customers.csv\""));
    }

    @Test
    void aFileIsNamedByTheStepThatImportedOrWroteItSoSectionsChainTheirSteps() {
        SessionRecipe recipe = new SessionRecipe();
        Path raw = dir.resolve("customers.csv");
        Path target = dir.resolve("out").resolve("masked.csv");
        Path registeredCopy = dir.resolve("ws").resolve("data").resolve("masked.csv");
        RecipeStep imported = recipe.append(StepKind.IMPORT, "customers", importOf(raw));
        ObjectNode export = SessionRecipe.fields();
        export.put("input", imported.name());
        export.put("output", target.toAbsolutePath().toString());
        RecipeStep exported = recipe.append(StepKind.EXPORT, "export", export);
        assertNull(recipe.stepFor(registeredCopy), "a file no step made");

        recipe.producedBy(registeredCopy, exported.name());
        assertEquals(imported.name(), recipe.stepFor(dir.resolve("x").resolve("..").resolve("customers.csv")));
        assertEquals(exported.name(), recipe.stepFor(target), "an absolute output");
        assertEquals(exported.name(), recipe.stepFor(registeredCopy), "the noted copy of the output");

        recipe.remove(1);
        assertNull(recipe.stepFor(registeredCopy), "the step that made it was removed: import it again");
        recipe.append(StepKind.EXPORT, "export", export);
        recipe.clear();
        assertNull(recipe.stepFor(registeredCopy));
    }

    @Test
    void amendReplacesFieldsInPlaceAndTheLoadedTableStepIsWhatTheDataSectionPublishes() {
        SessionRecipe recipe = new SessionRecipe();
        AtomicInteger changes = new AtomicInteger();
        recipe.addListener(changes::incrementAndGet);
        recipe.append(StepKind.IMPORT, "customers", SessionRecipe.fields().put("file", "/data/c.csv"));
        recipe.append(StepKind.CLEAN, "customers-clean", SessionRecipe.fields().put("input", "customers"));
        recipe.append(StepKind.RFM, "rfm", SessionRecipe.fields().put("transactions", "customers"));
        assertEquals("customers", recipe.loadedTableStep(), "no publisher: the last import");
        recipe.publishLoadedTable(() -> "customers-clean");
        assertEquals("customers-clean", recipe.loadedTableStep());

        ObjectNode moved = recipe.steps().get(1).fields().deepCopy().put("output", "/out/c.csv");
        assertTrue(recipe.amend("customers-clean", moved));
        assertEquals(List.of("customers", "customers-clean", "rfm"),
                recipe.steps().stream().map(RecipeStep::name).toList(), "same place, same name");
        assertEquals("/out/c.csv", recipe.steps().get(1).text("output", null));
        assertEquals(2, recipe.steps().get(1).number());
        assertEquals(4, changes.get(), "three appends and the amendment were announced");
        assertTrue(!recipe.amend("nope", moved), "no such step");
    }
}
