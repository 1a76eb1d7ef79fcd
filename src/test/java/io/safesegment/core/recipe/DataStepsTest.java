package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.clean.DropDuplicates;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.data.join.JoinType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data steps' fields as a front end records them are what the runner reads back. */
class DataStepsTest {
    @TempDir
    Path dir;

    @Test
    void importOptionsRoundTripThroughTheRunnersConversion() {
        CsvImportOptions options = CsvImportOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1)
                .withDelimiter('\t').withHeader(true).withDecimalSeparator(',').withSkipBadRows(true)
                .withColumnTypes(Map.of("zip", ColumnType.TEXT));
        var fields = DataSteps.importFields(dir.resolve("a.tsv"), options,
                RoleMapping.empty().with(SemanticRole.CUSTOMER_ID, "Kunde"));
        CsvImportOptions read = StepOptions.importOptions(fields.get("options"));
        assertEquals(options.encoding(), read.encoding());
        assertEquals(options.delimiter(), read.delimiter());
        assertEquals(options.header(), read.header());
        assertEquals(options.decimalSeparator(), read.decimalSeparator());
        assertEquals(options.skipBadRows(), read.skipBadRows());
        assertEquals(options.columnTypes(), read.columnTypes());
        assertEquals("Kunde", StepOptions.roles(fields.get("roles")).column(SemanticRole.CUSTOMER_ID).orElseThrow());
        assertFalse(DataSteps.importFields(dir.resolve("b.csv"), CsvImportOptions.defaults(), null).has("options"),
                "defaults are left to the runner");
    }

    @Test
    void aRecordedSessionOfDataStepsValidates() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "id,city\n1,x\n1,x\n", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.csv"), "customer,n\n1,2\n", StandardCharsets.UTF_8);
        SessionRecipe recipe = new SessionRecipe();
        String ia = recipe.append(StepKind.IMPORT, "a", DataSteps.importFields(a, CsvImportOptions.defaults(), null))
                .name();
        String ib = recipe.append(StepKind.IMPORT, "b", DataSteps.importFields(b, CsvImportOptions.defaults(), null))
                .name();
        String clean = recipe.append(StepKind.CLEAN, "a-clean", DataSteps.cleanFields(ia,
                CleaningPipeline.empty().then(new DropDuplicates(List.of())))).name();
        var join = DataSteps.joinFields(clean, ib, new JoinOptions(List.of("id"), List.of("customer"),
                JoinType.INNER, "_right"));
        assertEquals("id=customer", join.get("on").get(0).asText());
        assertEquals("inner", join.get("how").asText());
        String joined = recipe.append(StepKind.JOIN, "joined", join).name();
        recipe.append(StepKind.EXPORT, "out", DataSteps.exportFields(joined, dir.resolve("out.xlsx"),
                ExportFormat.XLSX));
        assertEquals(List.of(), new RecipeValidator(recipe.toRecipe("r", dir), dir.resolve("ws"), RecipeKeys.NONE)
                .validate());
    }
}
