package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@code safesegment anonymise} on a ';'-separated file with Chinese column names: the JSON contract of issue #16
 * item 4, the anonymised table, and the policy that {@code mask} applies to the same result.
 */
class AnonymiseCommandTest {
    @TempDir
    Path dir;

    Path data;
    Path age;
    Path sex;

    void files() throws Exception {
        data = Files.writeString(dir.resolve("病人.csv"), """
                编号;年龄;性别;诊断
                P1;21;男;flu
                P2;22;男;flu
                P3;23;女;cold
                P4;24;女;flu
                P5;31;男;hiv
                P6;32;男;flu
                P7;33;男;cold
                P8;34;女;cold
                """);
        age = Files.writeString(dir.resolve("age.csv"),
                "21;20-29;*\n22;20-29;*\n23;20-29;*\n24;20-29;*\n31;30-39;*\n32;30-39;*\n33;30-39;*\n34;30-39;*\n");
        sex = Files.writeString(dir.resolve("sex.csv"), "男;*\n女;*\n");
    }

    @Test
    void findsTheHandComputedOptimumWritesTheTableAndAPolicyMaskApplies() throws Exception {
        files();
        Path out = dir.resolve("anonymised.csv");
        Path policy = dir.resolve("policy.json");
        var run = CliTestSupport.run("anonymise", "--in", data.toString(), "--qi", "年龄,性别",
                "--hierarchy", "年龄=" + age + ",性别=" + sex, "--k", "2", "--suppression", "0.125",
                "--out", out.toString(), "--policy-out", policy.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = run.json();
        assertEquals(1, j.get("levels").get("年龄").asInt());
        assertEquals(0, j.get("levels").get("性别").asInt());
        assertEquals(0.3125, j.get("loss").asDouble(), 1e-9);
        assertEquals(1, j.get("suppressedRows").asInt());
        assertEquals(8, j.get("rows").asInt());
        assertEquals(2, j.get("k").asInt());
        assertTrue(j.get("transformationsChecked").asInt() >= 1 && j.get("transformationsChecked").asInt() <= 6);
        assertTrue(j.has("millis"));
        assertEquals(6, j.get("latticeSize").asInt());

        Table anonymised = TableImport.load(out, CsvImportOptions.defaults(), Progress.NONE).table();
        assertEquals(List.of("20-29", "20-29", "20-29", "20-29", "30-39", "30-39", "30-39", "*"),
                anonymised.column("年龄").asList().stream().map(String::valueOf).toList());
        assertEquals("*", anonymised.column("性别").getString(7));

        Path masked = dir.resolve("masked.csv");
        var mask = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", data.toString(),
                "--out", masked.toString(), "--json", "--ephemeral-keys");
        assertEquals(0, mask.exitCode(), mask.err());
        Table viaPolicy = TableImport.load(masked, CsvImportOptions.defaults(), Progress.NONE).table();
        for (String column : List.of("年龄", "性别", "诊断", "编号")) {
            assertEquals(anonymised.column(column).asList().stream().map(String::valueOf).toList(),
                    viaPolicy.column(column).asList().stream().map(String::valueOf).toList(), column);
        }
    }

    @Test
    void lDiversityAndNoSolution() throws Exception {
        files();
        var run = CliTestSupport.run("anonymise", "--in", data.toString(), "--qi", "年龄,性别",
                "--hierarchy", "年龄=" + age, "--hierarchy", "性别=" + sex, "--sensitive", "诊断", "--k", "2",
                "--l", "3", "--l-variant", "distinct", "--metric", "loss", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.json().get("levels").get("年龄").asInt());
        assertEquals(1, run.json().get("levels").get("性别").asInt());

        var none = CliTestSupport.run("anonymise", "--in", data.toString(), "--qi", "年龄,性别",
                "--hierarchy", "年龄=" + age + ",性别=" + sex, "--k", "9", "--json");
        assertEquals(AnonymiseCommand.NO_SOLUTION, none.exitCode());
        assertFalse(none.json().get("found").asBoolean());
        assertTrue(none.err().contains("no transformation meets the targets"), none.err());
    }

    @Test
    void uncoveredValuesAndMissingHierarchiesAreClearErrors() throws Exception {
        files();
        Path partial = Files.writeString(dir.resolve("age-partial.csv"), "21;20-29;*\n22;20-29;*\n");
        var run = CliTestSupport.run("anonymise", "--in", data.toString(), "--qi", "年龄",
                "--hierarchy", "年龄=" + partial, "--k", "2");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("does not cover 6 value(s)") && run.err().contains("'34'"), run.err());

        var missing = CliTestSupport.run("anonymise", "--in", data.toString(), "--qi", "年龄,性别",
                "--hierarchy", "年龄=" + age, "--k", "2");
        assertTrue(missing.exitCode() != 0);
        assertTrue(missing.err().contains("'性别' has no hierarchy"), missing.err());
    }
}
