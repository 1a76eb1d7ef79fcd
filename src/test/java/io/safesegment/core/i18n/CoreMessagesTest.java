package io.safesegment.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.data.io.CsvImport;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.segment.SegmentNames;
import io.safesegment.core.segment.SegmentNumbering;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Core messages render in English for the CLI and logs and in Chinese for a Chinese UI. */
class CoreMessagesTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    @Test
    void pluralsFollowTheCount() {
        assertEquals("1 cleaning step applied", Message.of("progress.clean.done", 1).english());
        assertEquals("2 cleaning steps applied", Message.of("progress.clean.done", 2).english());
        assertEquals("0 cleaning steps applied", Message.of("progress.clean.done", 0).english());
        assertEquals("已应用 2 个清洗步骤", Message.of("progress.clean.done", 2).in(CHINESE));
    }

    @Test
    void aPluralFormatRendersColumnRemovedAndColumnsRemoved() {
        // The same choice format as the bundles use; "1 column removed" / "2 columns removed" is the example.
        String pattern = "{0,choice,1#{0,number,#} column|1<{0,number,#} columns} removed";
        assertEquals("1 column removed", new java.text.MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {1}));
        assertEquals("2 columns removed", new java.text.MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {2}));
    }

    @Test
    void countsKeepTheirOldEnglishSpellingAndLineNumbersAreGrouped() {
        assertEquals("Read 12345 rows from a.csv", Message.of("progress.import.read", 12345L, "a.csv").english());
        DataImportException e = new DataImportException("customers.csv", 1204, 3,
                Message.of("import.error.tooManyFields", 5000));
        assertEquals("customers.csv line 1,204, column 3: more than 5000 fields in one record; check the delimiter "
                + "or the file type", e.getMessage());
        assertEquals("customers.csv 第 1,204 行第 3 列：一条记录中的字段超过 5000 个；请检查分隔符或文件类型",
                e.message().in(CHINESE));
    }

    @Test
    void anImportErrorIsEnglishInGetMessageAndChineseWhenRenderedSo() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "", StandardCharsets.UTF_8);

        DataImportException e = assertThrows(DataImportException.class,
                () -> CsvImport.load(file, CsvImportOptions.defaults(), Progress.NONE));

        assertEquals(file + ": the file is empty; choose a file with a header and data rows", e.getMessage());
        assertEquals(e.getMessage(), e.message().english());
        assertEquals(file + "：文件为空；请选择包含表头和数据行的文件", e.message().in(CHINESE));
    }

    @Test
    void aRaggedRowNamesItsLineInBothLanguages() throws Exception {
        Path file = dir.resolve("ragged.csv");
        Files.writeString(file, "id,city\n1,Oslo\n2,Rome,extra\n", StandardCharsets.UTF_8);

        DataImportException e = assertThrows(DataImportException.class,
                () -> CsvImport.load(file, CsvImportOptions.defaults(), Progress.NONE));

        assertEquals(file + " line 3: has 3 fields, expected 2; check quotes and delimiters on this line, or use "
                + "skip-bad-rows", e.getMessage());
        assertEquals(file + " 第 3 行：有 3 个字段，应为 2 个；请检查此行的引号和分隔符，或使用 skip-bad-rows",
                e.message().in(CHINESE));
    }

    @Test
    void aWrongVaultPasswordIsTranslatedWithoutChangingTheEnglish() throws Exception {
        Path vault = KeyVault.fileIn(dir);
        KeyVault.create(dir, "right".toCharArray(), new io.safesegment.core.crypto.Argon2Params(8, 1, 1)).close();

        WrongPasswordException e = assertThrows(WrongPasswordException.class,
                () -> KeyVault.open(dir, "wrong".toCharArray()));

        assertEquals("wrong password for the key vault " + vault, e.getMessage());
        assertEquals("密钥库 " + vault + " 的密码错误", e.message().in(CHINESE));
        assertInstanceOf(LocalizedMessage.class, e);
    }

    @Test
    void recipeProblemsAreTranslatedAndTheirJsonFieldStaysEnglish() {
        RecipeException e = assertThrows(RecipeException.class, () -> Recipe.parse("[]", dir));

        assertEquals("The recipe was rejected before anything was written: recipe (json): a recipe is a JSON "
                + "object with recipeVersion, name and steps", e.getMessage());
        assertEquals("a recipe is a JSON object with recipeVersion, name and steps", e.problems().getFirst().reason());
        assertEquals("配方在写入任何内容之前被拒绝：配方（json）：配方是包含 recipeVersion、name 和 steps 的 JSON 对象",
                e.message().in(CHINESE));
    }

    @Test
    void aRecipeProblemsJsonHasOnlyItsContractFields() throws Exception {
        // The CLI prints problems with --json: step, field, reason; the translatable detail must not leak into it.
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new io.safesegment.core.recipe.RecipeProblem(2, "k", Message.of("recipe.error.positive")));

        assertEquals("{\"step\":2,\"field\":\"k\",\"reason\":\"must be > 0\"}", json);
    }

    @Test
    void defaultSegmentNamesAreStoredInEnglishAndShownInTheUiLanguage() {
        assertEquals("Segment 3", SegmentNumbering.defaultName(2));
        assertEquals("细分 3", SegmentNames.display("Segment 3").in(CHINESE));
        assertEquals("噪声", SegmentNames.display("Noise").in(CHINESE));
        assertEquals("Champions", SegmentNames.display("Champions").in(CHINESE));
        assertEquals("Segment 03", SegmentNames.display("Segment 03").in(CHINESE), "not a default name");
    }

    @Test
    void aProgressUpdateReachesAnAdapterAsAMessageThroughASlice() {
        List<Message> received = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Progress uiSide = new Progress() {
            @Override
            public void update(double fraction, String message) {
                texts.add(message);
            }

            @Override
            public void report(double fraction, Message message) {
                // what ui.common.TaskRunner does: keep the message and render it in the UI language
                received.add(message);
                update(fraction, message.in(CHINESE));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        uiSide.slice(0.5, 1).report(0.5, Message.of("progress.kmeans.iteration", 7));

        assertEquals(List.of(Message.of("progress.kmeans.iteration", 7)), received);
        assertEquals(List.of("k-means 第 7 次迭代"), texts);
    }

    @Test
    void aProgressThatKnowsOnlyTextGetsTheEnglish() {
        List<String> texts = new ArrayList<>();
        Progress console = new Progress() {
            @Override
            public void update(double fraction, String message) {
                texts.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        console.report(1, Message.of("progress.pg.fetched", 5000));
        console.report(1, null);

        assertEquals(java.util.Arrays.asList("Fetched 5000 rows", null), texts);
    }

    @Test
    void literalsAndJoinsRenderTheirPartsInTheRequestedLanguage() {
        Message joined = Message.join("; ", List.of(Message.literal("a.csv"), Message.of("progress.rfm.done")));
        assertEquals("a.csv; RFM finished", joined.english());
        assertEquals("a.csv; RFM 完成", joined.in(CHINESE));
        assertEquals("!no.such.key!", Message.of("no.such.key").english());
        assertNotEquals(Message.literal("x"), Message.of("x"));
        assertTrue(Message.of("progress.rfm.done").in(Locale.GERMAN).startsWith("RFM"), "unknown languages get English");
    }
}
