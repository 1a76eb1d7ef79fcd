package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysChangePasswordCommandTest {
    @TempDir
    Path dir;

    Path ws;
    Path oldPw;
    Path newPw;

    @BeforeEach
    void setUp() {
        ws = dir.resolve("ws");
        oldPw = dir.resolve("old.txt");
        newPw = dir.resolve("new.txt");
    }

    @AfterEach
    void restoreEnvironment() {
        PasswordOption.environment = System.getenv();
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertEquals(0, run.exit(), run.err());
        return Json.mapper().readTree(run.out());
    }

    @Test
    void changesThePasswordAndKeepsTheKeys() throws IOException {
        Files.writeString(oldPw, "first secret\n");
        Files.writeString(newPw, "second secret\n");
        json(CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", oldPw.toString(),
                "--name", "files", "--purpose", "FILE", "--json"));
        JsonNode changed = json(CliRun.of("keys", "change-password", "--workspace", ws.toString(),
                "--password-file", oldPw.toString(), "--new-password-file", newPw.toString(), "--json"));
        assertEquals("password-changed", changed.path("action").asText());
        assertEquals(1, changed.path("keys").asInt());
        assertFalse(changed.toString().contains("secret"));

        CliRun withOld = CliRun.of("keys", "list", "--workspace", ws.toString(), "--password-file", oldPw.toString());
        assertEquals(1, withOld.exit());
        assertTrue(withOld.err().contains("wrong password for the key vault"), withOld.err());
        JsonNode list = json(CliRun.of("keys", "list", "--workspace", ws.toString(), "--password-file",
                newPw.toString(), "--json"));
        assertEquals("files", list.path("keys").get(0).path("name").asText());
    }

    @Test
    void currentPasswordMayComeFromTheEnvironment() throws IOException {
        Files.writeString(newPw, "from file\n");
        PasswordOption.environment = Map.of(PasswordOption.ENV, "from env");
        json(CliRun.of("keys", "create", "--workspace", ws.toString(), "--name", "k", "--purpose", "FF1", "--json"));
        CliRun text = CliRun.of("keys", "change-password", "--workspace", ws.toString(), "--new-password-file",
                newPw.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith("Changed the master password of "), text.out());
        assertEquals(1, CliRun.of("keys", "list", "--workspace", ws.toString()).exit(), "env password is now wrong");
        PasswordOption.environment = Map.of();
        json(CliRun.of("keys", "list", "--workspace", ws.toString(), "--password-file", newPw.toString(), "--json"));
    }

    @Test
    void wrongCurrentPasswordChangesNothing() throws IOException {
        Files.writeString(oldPw, "right\n");
        Files.writeString(newPw, "next\n");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "wrong\n");
        json(CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", oldPw.toString(),
                "--name", "k", "--purpose", "FILE", "--json"));
        byte[] before = Files.readAllBytes(ws.resolve("keys.vault"));
        CliRun run = CliRun.of("keys", "change-password", "--workspace", ws.toString(), "--password-file",
                wrong.toString(), "--new-password-file", newPw.toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ws.resolve("keys.vault"))));
    }

    @Test
    void missingOrEmptyNewPasswordFileIsAClearError() throws IOException {
        Files.writeString(oldPw, "right\n");
        Files.writeString(newPw, "\n");
        json(CliRun.of("keys", "create", "--workspace", ws.toString(), "--password-file", oldPw.toString(),
                "--name", "k", "--purpose", "FILE", "--json"));
        CliRun empty = CliRun.of("keys", "change-password", "--workspace", ws.toString(), "--password-file",
                oldPw.toString(), "--new-password-file", newPw.toString());
        assertEquals(2, empty.exit(), empty.err());
        assertTrue(empty.err().contains("The password is empty"), empty.err());
        CliRun missing = CliRun.of("keys", "change-password", "--workspace", ws.toString(), "--password-file",
                oldPw.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--new-password-file"), missing.err());
    }
}
