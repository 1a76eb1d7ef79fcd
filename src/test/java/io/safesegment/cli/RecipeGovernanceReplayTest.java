package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14, recording gaps, governance: a subject erasure and a backup done with {@code --record} are replayed by
 * {@code safesegment run --json} in a second workspace with the same data and vault. The recipe names the person only
 * by keyed pseudonyms (no e-mail, no phone digits), the replay needs the same role as the command by hand, and it
 * leaves every dataset exactly as the erasure by hand did — masked datasets (keyed pseudonyms) included.
 */
class RecipeGovernanceReplayTest {
    private static final String CUSTOMERS = "customer_id,email,phone,city\n"
            + "C1,wang.fang@example.com,+86 150 1234 5678,Xi'an\n"
            + "C2,li.na@example.org,13912345678,Beijing\n"
            + "C3,ana@example.net,+351 912 345 678,Lisbon\n"
            + "C4,bo.chen@example.com,15012345678,Xi'an\n"
            + "C5,eve@example.org,+44 20 7946 0000,London\n";
    private static final String POLICY = "{\"formatVersion\":1,\"id\":\"cust\",\"revision\":1,\"name\":\"p\","
            + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"customer_id\":\"DIRECT_IDENTIFIER\","
            + "\"email\":\"DIRECT_IDENTIFIER\",\"phone\":\"DIRECT_IDENTIFIER\",\"city\":\"QUASI_IDENTIFIER\"},"
            + "\"rules\":[{\"column\":\"customer_id\",\"operator\":\"pseudonym\",\"params\":{\"prefix\":\"C-\"}},"
            + "{\"column\":\"email\",\"operator\":\"pseudonym\",\"params\":{\"prefix\":\"E-\"}},"
            + "{\"column\":\"phone\",\"operator\":\"redact\",\"params\":{}}]}";

    @TempDir
    Path dir;

    /** A workspace with the customers and their masked copy (keyed pseudonyms of id and e-mail). */
    private Path workspace(String name, Path vaultFrom) throws Exception {
        Path ws = Files.createDirectories(dir.resolve(name));
        if (vaultFrom != null) {
            Files.copy(vaultFrom.resolve("keys.vault"), ws.resolve("keys.vault"));
        }
        Path csv = Files.writeString(dir.resolve("customers.csv"), CUSTOMERS, StandardCharsets.UTF_8);
        // saved in the workspace's policies/ as the Privacy section does, so the masked copy can be searched
        Path policy = Files.writeString(Files.createDirectories(ws.resolve("policies")).resolve("cust.policy.json"),
                POLICY, StandardCharsets.UTF_8);
        assertEquals(0, CliTestSupport.run("import", csv.toString(), "--workspace", ws.toString()).exitCode());
        var masked = CliTestSupport.run("mask", "--policy", policy.toString(), "--dataset", "customers.csv", "--out",
                Files.createDirectories(dir.resolve(name + "-out")).resolve("masked.csv").toString(), "--workspace", ws.toString(), "--password-file",
                password().toString());
        assertEquals(0, masked.exitCode(), masked.err());
        return ws;
    }

    private Path password() throws Exception {
        Path pw = dir.resolve("pw.txt");
        return Files.exists(pw) ? pw : Files.writeString(pw, "governance replay vault password\n");
    }

    /** Dataset name → the content of its current file. */
    private static Map<String, String> contents(Path ws) throws Exception {
        Map<String, String> m = new TreeMap<>();
        for (Dataset d : DatasetService.datasets(ws)) {
            m.put(d.name(), Files.readString(d.file()));
        }
        return m;
    }

    @Test
    void recordedErasuresReplayByPseudonymWithTheOfficerRoleOnly() throws Exception {
        Path ws1 = workspace("ws1", null);
        Path ws2 = workspace("ws2", ws1);
        assertEquals(contents(ws1).values().stream().toList(), contents(ws2).values().stream().toList(),
                "same data and keys in both workspaces");
        Path recipe = dir.resolve("erasures.recipe.json");
        String pw = password().toString();

        var byEmail = CliTestSupport.run("subject", "erase", "--workspace", ws1.toString(), "--email",
                "WANG.FANG@example.com", "--role", "officer", "--password-file", pw, "--record", recipe.toString(),
                "--json");
        assertEquals(0, byEmail.exitCode(), byEmail.err());
        assertEquals(2, byEmail.json().get("rowsRemoved").asInt(), "the customer row and its masked copy");
        // stored as 15012345678 without the country code: found by the trailing digits, as a search by value does
        var byPhone = CliTestSupport.run("subject", "erase", "--workspace", ws1.toString(), "--phone",
                "+86 150-1234-5678", "--role", "officer", "--password-file", pw, "--record", recipe.toString(),
                "--json");
        assertEquals(0, byPhone.exitCode(), byPhone.err());
        assertEquals(1, byPhone.json().get("rowsRemoved").asInt(), byPhone.out());

        String text = Files.readString(recipe);
        for (String personal : new String[] {"wang", "fang", "example.com", "1234", "5678", "150"}) {
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains(personal), "no personal value: " + text);
        }
        JsonNode steps = Json.mapper().readTree(text).get("steps");
        assertEquals(2, steps.size());
        assertEquals("erase", steps.get(0).get("kind").asText());
        assertEquals("email", steps.get(0).get("key").asText());
        assertEquals("subject-requests", steps.get(0).get("pseudonymKey").asText());
        // the value as given and normalised, under each keyed rule of the masked copy: keyed outputs, never the value
        assertEquals(4, steps.get(0).get("maskedForms").size(), steps.get(0).toString());
        assertEquals("phone", steps.get(1).get("key").asText());
        assertTrue(steps.get(1).get("suffixPseudonyms").size() > 0, steps.get(1).toString());

        Map<String, String> before = contents(ws2);
        var analyst = CliTestSupport.run("run", recipe.toString(), "--workspace", ws2.toString(), "--password-file",
                pw, "--json");
        assertEquals(1, analyst.exitCode(), analyst.out());
        JsonNode problems = analyst.json().get("problems");
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(1, problems.get(0).get("step").asInt());
        assertEquals("kind", problems.get(0).get("field").asText());
        assertTrue(problems.get(0).get("reason").asText().contains("officer"), problems.toString());
        assertEquals(2, problems.get(1).get("step").asInt());
        // ws2's vault predates the pseudonym key the recording created: the replaying vault needs it too
        assertEquals("pseudonymKey", problems.get(2).get("field").asText());
        assertTrue(problems.get(2).get("reason").asText().contains("subject-requests"), problems.toString());
        assertEquals(before, contents(ws2), "a refused replay erases nothing");
        Files.copy(ws1.resolve("keys.vault"), ws2.resolve("keys.vault"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        var replay = CliTestSupport.run("run", recipe.toString(), "--workspace", ws2.toString(), "--password-file",
                pw, "--role", "officer", "--json");
        assertEquals(0, replay.exitCode(), replay.err() + replay.out());
        JsonNode results = replay.json().get("steps");
        assertEquals("done", results.get(0).get("status").asText());
        assertEquals(2, results.get(0).get("details").get("rowsRemoved").asInt());
        assertEquals(1, results.get(1).get("details").get("rowsRemoved").asInt());
        assertEquals(contents(ws1), contents(ws2), "the replay leaves every dataset as the erasures by hand did");
        assertFalse(String.join("", contents(ws2).values()).contains("wang.fang"));
    }

    @Test
    void aRecordedBackupReplaysWithTheAdministratorRoleAndAPasswordFromAFile() throws Exception {
        Path ws1 = workspace("ws1", null);
        Path ws2 = workspace("ws2", ws1);
        Path recipe = dir.resolve("backup.recipe.json");
        Path backupPassword = Files.writeString(dir.resolve("backup-pw.txt"), "a backup password of some length\n");
        Path first = dir.resolve("first.ssbackup");
        var made = CliTestSupport.run("backup", "create", "--workspace", ws1.toString(), "--out", first.toString(),
                "--role", "admin", "--password-file", backupPassword.toString(), "--record", recipe.toString());
        assertEquals(0, made.exitCode(), made.err());
        assertFalse(Files.readString(recipe).contains("a backup password"), "no password in the recipe");

        Path second = dir.resolve("second.ssbackup");
        var noPassword = CliTestSupport.run("run", recipe.toString(), "--workspace", ws2.toString(), "--role", "admin",
                "--set", "backup.output=" + second, "--set", "backup.passwordEnv=SAFESEGMENT_TEST_UNSET_PASSWORD",
                "--json");
        assertEquals(1, noPassword.exitCode(), noPassword.out());
        assertEquals("passwordEnv", noPassword.json().get("problems").get(0).get("field").asText());
        var inside = CliTestSupport.run("run", recipe.toString(), "--workspace", ws2.toString(), "--role", "admin",
                "--set", "backup.output=inside.ssbackup", "--backup-password-file", backupPassword.toString(),
                "--json");
        assertEquals(1, inside.exitCode(), inside.out());
        assertEquals("output", inside.json().get("problems").get(0).get("field").asText());

        var replay = CliTestSupport.run("run", recipe.toString(), "--workspace", ws2.toString(), "--role", "admin",
                "--set", "backup.output=" + second, "--backup-password-file", backupPassword.toString(), "--json");
        assertEquals(0, replay.exitCode(), replay.err() + replay.out());
        assertTrue(replay.json().get("steps").get(0).get("details").get("files").asInt() > 0);
        Path restored = dir.resolve("restored");
        var restore = CliTestSupport.run("backup", "restore", "--workspace", restored.toString(), "--in",
                second.toString(), "--role", "admin", "--password-file", backupPassword.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        assertEquals(contents(ws2).keySet(), contents(restored).keySet(), "the replayed backup restores ws2");
    }
}
