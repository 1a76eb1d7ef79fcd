package io.safesegment.core.data.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A hand-edited or damaged recipe is refused naming the step number and the field, never with a bare NPE. */
class CleaningStepsJsonTest {

    private static String refusal(String json) {
        return assertThrows(CleaningException.class, () -> CleaningPipeline.fromJson(json)).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[null]|Step 1 is null",
        "[3]|Step 1 is a number",
        "[[]]|Step 1 is an array",
        "{\"step\":\"scale\"}|must be a JSON array of steps, not an object",
        "\"x\"|must be a JSON array of steps, not text",
        "[{}]|Step 1 has no \"step\" field",
        "[{\"step\":7}]|Step 1: field \"step\" must be text, not a number",
        "[{\"step\":\"bogus\"}]|Step 1: unknown step kind \"bogus\"",
        "[{\"step\":\"scale\",\"column\":\"a\",\"method\":\"MIN_MAX\"},{\"step\":\"fill-missing\"}]"
                + "|Step 2 (fill-missing): field \"column\" is missing",
        "[{\"step\":\"fill-missing\",\"column\":\"a\"}]|Step 1 (fill-missing): field \"strategy\" is missing",
        "[{\"step\":\"fill-missing\",\"column\":5,\"strategy\":\"MEAN\"}]"
                + "|Step 1 (fill-missing): field \"column\" must be text, not a number",
        "[{\"step\":\"fill-missing\",\"column\":\"a\",\"strategy\":\"AVERAGE\"}]"
                + "|Step 1 (fill-missing): field \"strategy\" must be one of [CONSTANT, MEAN, MEDIAN, MODE]",
        "[{\"step\":\"fill-missing\",\"column\":\"a\",\"strategy\":\"CONSTANT\"}]"
                + "|Step 1 (fill-missing): A constant fill needs a value",
        "[{\"step\":\"scale\",\"column\":\"a\",\"method\":\"MIN_MAX\",\"colour\":1}]"
                + "|Step 1 (scale): unknown field \"colour\"",
        "[{\"step\":\"outliers\",\"column\":\"a\",\"method\":\"IQR\",\"action\":\"CLIP\",\"threshold\":\"1.5\"}]"
                + "|Step 1 (outliers): field \"threshold\" must be a finite number, not text",
        "[{\"step\":\"outliers\",\"column\":\"a\",\"method\":\"IQR\",\"action\":\"CLIP\",\"threshold\":1e999}]"
                + "|Step 1 (outliers): field \"threshold\" must be a finite number",
        "[{\"step\":\"outliers\",\"column\":\"a\",\"method\":\"IQR\",\"action\":\"CLIP\",\"threshold\":-1}]"
                + "|Step 1 (outliers): The threshold must be a positive number",
        "[{\"step\":\"one-hot\",\"column\":\"a\",\"maxCategories\":99999999999}]"
                + "|Step 1 (one-hot): field \"maxCategories\" must be a whole number",
        "[{\"step\":\"one-hot\",\"column\":\"a\",\"keepOriginal\":\"yes\"}]"
                + "|Step 1 (one-hot): field \"keepOriginal\" must be true or false",
        "[{\"step\":\"drop-missing\",\"columns\":\"a\"}]|Step 1 (drop-missing): field \"columns\" must be an array",
        "[{\"step\":\"drop-duplicates\",\"keyColumns\":[null]}]"
                + "|Step 1 (drop-duplicates): field \"keyColumns\" must hold column names (text), not null",
        "[{\"step\":\"derive\",\"source\":\"b\",\"derivation\":\"AGE_YEARS\",\"target\":\"age\",\"asOf\":\"soon\"}]"
                + "|Step 1 (derive): field \"asOf\" must be a date like 2024-12-31",
        "[{\"step\":\"derive\",\"source\":\"b\",\"derivation\":\"AGE_YEARS\",\"target\":\"age\"}]"
                + "|Step 1 (derive): Ages and tenures need a reference date (asOf)",
        "[{\"step\":\"parse\",\"column\":\"a\",\"target\":\"TEXT\"}]"
                + "|Step 1 (parse): Text can be parsed to INTEGER, DECIMAL, DATE or DATE_TIME",
        "[{\"step\":\"parse\",\"column\":\"a\",\"target\":\"DATE\",\"decimalSeparator\":\"..\"}]"
                + "|Step 1 (parse): field \"decimalSeparator\" must be one character",
        "[{\"step\":\"normalise-text\"}]|Step 1 (normalise-text): field \"column\" is missing",
        "[{\"step\":\"parse\",\"column\":\"a\",\"target\":\"DATE\",\"pattern\":\"yyyy-MM-dd{\"}]"
                + "|Step 1 (parse): The date pattern is not valid",
        "[|not valid JSON (line 1, column 2)",
    })
    void malformedStepsAreRefusedNamingTheStepAndField(String json, String expected) {
        String message = refusal(json);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void anEmptyRecipeFileIsRefusedButAnEmptyArrayIsNoSteps() {
        assertTrue(refusal("").contains("empty"), refusal(""));
        assertTrue(refusal("  \n").contains("empty"));
        assertEquals(0, CleaningPipeline.fromJson("[]").steps().size());
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String deep = "[" + "[".repeat(5_000) + "]".repeat(5_000) + "]";
        String message = refusal(deep);
        assertTrue(message.length() < 200, message);
    }

    @Test
    void echoedTextIsStrippedOfControlCharactersAndBounded() {
        String message = refusal("[{\"step\":\"\\u001b[31m" + "x".repeat(500) + "\"}]");
        assertTrue(message.chars().noneMatch(Character::isISOControl), message);
        assertTrue(message.length() < 300, message);
        String chinese = refusal("[{\"step\":\"清洗\"}]");
        assertTrue(chinese.contains("\"清洗\""), chinese);
    }

    @Test
    void everyStepTheUiSavesStillReadsBack() {
        CleaningPipeline all = new CleaningPipeline(List.of(
                new DropDuplicates(List.of("a")), new DropDuplicates(List.of()),
                new FillMissing("a", FillMissing.Strategy.CONSTANT, "0"),
                new FillMissing("a", FillMissing.Strategy.MEAN, null),
                new DropMissing(List.of("a", "b")),
                new HandleOutliers("a", HandleOutliers.Method.Z_SCORE, 3, HandleOutliers.Action.CLIP),
                new NormaliseText("名字", true, false, NormaliseText.TextCase.TITLE),
                new ParseColumn("a", io.safesegment.core.data.ColumnType.DATE, "dd.MM.yyyy", ','),
                new ParseColumn("a", io.safesegment.core.data.ColumnType.DECIMAL, null, '.'),
                new ScaleColumn("a", ScaleColumn.Method.MIN_MAX),
                new OneHotEncode("a", 5, true),
                new DeriveColumn("b", DeriveColumn.Derivation.AGE_YEARS, "age", LocalDate.of(2024, 1, 1)),
                new DeriveColumn("b", DeriveColumn.Derivation.YEAR, "year", null)));
        assertEquals(all, CleaningPipeline.fromJson(all.toJson()));
    }
}
