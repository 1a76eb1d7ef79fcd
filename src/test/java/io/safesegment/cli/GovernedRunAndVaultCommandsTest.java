package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record 0034 on the CLI: {@code run --user} replays as the signed-in account; {@code keys change-password} re-seals
 * every account's copy of the vault password; {@code users totp} enrols the signed-in account's own factor, which the
 * workspace database then holds sealed.
 */
class GovernedRunAndVaultCommandsTest {
    @TempDir
    Path dir;

    private CliTestSupport.Run as(Path ws, String user, Path pw, String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--workspace", ws.toString(), "--user", user, "--password-file",
                pw.toString()}, 0, all, args.length, 6);
        return CliTestSupport.run(all);
    }

    @Test
    void replayVaultPasswordChangeAndTotpEnrolmentOnAGovernedWorkspace() throws Exception {
        Path ws = dir.resolve("ws");
        Path adminPw = Files.writeString(dir.resolve("ada.pw"), "ada's long passphrase\n");
        Path officerPw = Files.writeString(dir.resolve("olivia.pw"), "olivia's own passphrase\n");
        Path analystPw = Files.writeString(dir.resolve("andy.pw"), "andy's own passphrase\n");
        Path newVaultPw = Files.writeString(dir.resolve("new.pw"), "the vault's new passphrase\n");
        assertEquals(0, CliTestSupport.run("workspace", "init", ws.toString(), "--admin", "ada",
                "--new-password-file", adminPw.toString()).exitCode());
        assertEquals(0, as(ws, "ada", adminPw, "users", "add", "--name", "olivia", "--role", "officer",
                "--new-password-file", officerPw.toString()).exitCode());
        assertEquals(0, as(ws, "ada", adminPw, "users", "add", "--name", "andy", "--role", "analyst",
                "--new-password-file", analystPw.toString()).exitCode());

        // run --user: the analyst's replay may not export unmasked data, the officer's may
        Files.writeString(dir.resolve("customers.csv"), "id,email\n1,a@example.org\n", StandardCharsets.UTF_8);
        Path recipe = Files.writeString(dir.resolve("raw.json"), "{\"recipeVersion\":1,\"name\":\"raw-out\","
                + "\"steps\":[{\"kind\":\"import\",\"name\":\"d\",\"file\":\"customers.csv\"},"
                + "{\"kind\":\"export\",\"input\":\"d\",\"output\":\"raw.csv\"}]}");
        var refused = as(ws, "andy", analystPw, "run", recipe.toString());
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.err().contains("andy is signed in as Analyst"), refused.err());
        assertFalse(Files.exists(ws.resolve("exports/raw.csv")));
        var replayed = as(ws, "olivia", officerPw, "run", recipe.toString(), "--json");
        assertEquals(0, replayed.exitCode(), replayed.err());
        List<AuditEntry> audit = AuditService.list(Workspace.open(ws), AuditFilter.ALL);
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("recipe-run") && e.user().equals("olivia")
                && e.outcome().equals("success")), audit.toString());

        // keys change-password: olivia's copy of the vault password follows the change
        assertEquals(0, as(ws, "ada", adminPw, "keys", "create", "--name", "files", "--purpose", "FILE")
                .exitCode());
        var changed = as(ws, "ada", adminPw, "keys", "change-password", "--new-password-file",
                newVaultPw.toString(), "--json");
        assertEquals(0, changed.exitCode(), changed.err());
        assertEquals(0, changed.json().get("notResealed").size());
        var listed = as(ws, "olivia", officerPw, "keys", "list", "--json");
        assertEquals(0, listed.exitCode(), listed.err());
        assertEquals("files", listed.json().get("keys").get(0).get("name").asText());

        // users reseal (record 0041): an administrator hands the vault again; an analyst has nothing to be handed
        var resealed = as(ws, "ada", adminPw, "users", "reseal", "--name", "olivia", "--json");
        assertEquals(0, resealed.exitCode(), resealed.err());
        assertEquals("resealed", resealed.json().get("action").asText());
        assertEquals("olivia", resealed.json().get("user").get("name").asText());
        assertEquals(0, as(ws, "olivia", officerPw, "keys", "list", "--json").exitCode());
        var noKeys = as(ws, "ada", adminPw, "users", "reseal", "--name", "andy");
        assertNotEquals(0, noKeys.exitCode());
        assertTrue(noKeys.err().contains("'andy' may not use keys"), noKeys.err());
        var byOfficer = as(ws, "olivia", officerPw, "users", "reseal", "--name", "olivia");
        assertNotEquals(0, byOfficer.exitCode());
        assertTrue(byOfficer.err().contains("olivia is signed in as Privacy Officer"), byOfficer.err());

        // users totp: only for oneself, and the secret is not in the database in clear
        var other = as(ws, "ada", adminPw, "users", "totp", "--name", "olivia");
        assertNotEquals(0, other.exitCode());
        assertTrue(other.err().contains("Only 'olivia' can enrol"), other.err());
        var enrolled = as(ws, "olivia", officerPw, "users", "totp", "--json");
        assertEquals(0, enrolled.exitCode(), enrolled.err());
        String secret = enrolled.json().get("secret").asText();
        String db = new String(Files.readAllBytes(ws.resolve(Workspace.DATABASE_FILE)), StandardCharsets.ISO_8859_1);
        assertFalse(db.contains(secret), "the TOTP secret is sealed at rest");
    }
}
