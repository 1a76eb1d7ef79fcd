package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 1 on the CLI: a workspace made governed by {@code workspace init} (its vault password becomes the
 * administrator's), accounts managed by {@code users}, and every guarded command refused or allowed by role.
 */
class GovernedWorkspaceCommandsTest {
    @TempDir
    static Path dir;
    static Path ws;
    static Path vaultPw;
    static Path officerPw;
    static Path analystPw;
    static Path policy;

    @BeforeAll
    static void prepare() throws Exception {
        assertEquals(0, CliTestSupport.run("generate-samples", "--out", dir.toString(), "--customers", "120",
                "--seed", "7").exitCode());
        Path customers = dir.resolve("customers.csv");
        policy = dir.resolve("policy.json");
        assertEquals(0, CliTestSupport.run("policy", "suggest", customers.toString(), "--out", policy.toString())
                .exitCode());
        vaultPw = Files.writeString(dir.resolve("vault.pw"), "correct horse battery staple\n");
        officerPw = Files.writeString(dir.resolve("olivia.pw"), "olivia's own passphrase\n");
        analystPw = Files.writeString(dir.resolve("andy.pw"), "andy's own passphrase\n");
        ws = dir.resolve("ws");
        // imported with the privacy detector, so the dataset knows its direct identifiers
        assertEquals(0, CliTestSupport.run("import", customers.toString(), "--workspace", ws.toString(), "--name",
                "customers").exitCode());
        var mask = CliTestSupport.run("mask", "--policy", policy.toString(), "--in", customers.toString(), "--out",
                dir.resolve("masked.csv").toString(), "--workspace", ws.toString(), "--password-file",
                vaultPw.toString());
        assertEquals(0, mask.exitCode(), mask.err());

        // a pre-existing workspace with a vault: the administrator's password must be the vault password
        var wrong = CliTestSupport.run("workspace", "init", ws.toString(), "--admin", "ada", "--new-password-file",
                officerPw.toString());
        assertEquals(2, wrong.exitCode(), wrong.err());
        assertTrue(wrong.err().contains("must be the current vault password"), wrong.err());
        var init = CliTestSupport.run("workspace", "init", ws.toString(), "--admin", "ada", "--new-password-file",
                vaultPw.toString(), "--json");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.json().get("vaultMigrated").asBoolean());
        assertEquals("admin", init.json().get("role").asText());

        assertEquals(0, admin("users", "add", "--name", "olivia", "--role", "officer", "--new-password-file",
                officerPw.toString()).exitCode());
        assertEquals(0, admin("users", "add", "--name", "andy", "--role", "analyst", "--new-password-file",
                analystPw.toString()).exitCode());
    }

    @AfterEach
    void restoreEnvironment() {
        PasswordOption.environment = System.getenv();
    }

    static CliTestSupport.Run admin(String... args) {
        return as("ada", vaultPw, args);
    }

    static CliTestSupport.Run as(String user, Path passwordFile, String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--workspace", ws.toString(), "--user", user, "--password-file",
                passwordFile.toString()}, 0, all, args.length, 6);
        return CliTestSupport.run(all);
    }

    private static long count(String action) {
        return AuditService.list(Workspace.open(ws), AuditFilter.ALL).stream().filter(e -> e.action().equals(action))
                .count();
    }

    @Test
    void anAnalystCannotExportTheRawDatasetButCanExportItsMaskedChild() throws Exception {
        Path raw = dir.resolve("raw.csv");
        long denied = count("permission-denied");
        var refused = as("andy", analystPw, "export", "--dataset", "customers", "--out", raw.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("Refused: andy is signed in as Analyst and may not export dataset "
                + "'customers', which holds unmasked direct identifiers"), refused.err());
        assertTrue(refused.err().contains("that needs the role Privacy Officer"), refused.err());
        assertFalse(Files.exists(raw), "nothing written");
        assertEquals(denied + 1, count("permission-denied"));

        Path child = dir.resolve("child.csv");
        var allowed = as("andy", analystPw, "export", "--dataset", "masked.csv", "--out", child.toString(), "--json");
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertTrue(Files.exists(child));
    }

    @Test
    void anAnalystDesignsCampaignsOnTheMaskedChildAndTheListIsAudited() throws Exception {
        Path raw = dir.resolve("campaign-raw.csv");
        long denied = count("permission-denied");
        var refused = as("andy", analystPw, "campaign", "design", "--dataset", "customers", "--offers", "coupon",
                "--out", raw.toString());
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("may not write the assignment list 'campaign-raw.csv' with the customer ids "
                + "of dataset 'customers'"), refused.err());
        assertFalse(Files.exists(raw), "nothing written");
        assertEquals(denied + 1, count("permission-denied"));

        Path list = dir.resolve("campaign-masked.csv");
        long exports = count("export");
        var allowed = as("andy", analystPw, "campaign", "design", "--dataset", "masked.csv", "--offers", "coupon",
                "--seed", "3", "--out", list.toString(), "--json");
        assertEquals(0, allowed.exitCode(), allowed.err());
        assertEquals(120, allowed.json().get("targetCustomers").asInt());
        assertTrue(Files.exists(list));
        assertEquals(exports + 1, count("export"));
        var entry = AuditService.list(Workspace.open(ws), AuditFilter.ALL).getLast();
        assertEquals("andy", entry.user());
        assertTrue(entry.detail().startsWith("kind=campaign-assignments source=masked.csv customers=120 "),
                entry.detail());

        var neither = as("andy", analystPw, "campaign", "design", "--offers", "coupon");
        assertEquals(2, neither.exitCode());
        assertTrue(neither.err().contains("give the target customers as --target FILE or as --dataset NAME"),
                neither.err());
    }

    @Test
    void aDatasetWithoutPrivacyRolesCountsAsUnmaskedForAnAnalyst() throws Exception {
        Path plain = Files.writeString(dir.resolve("notes.csv"), "id,comment\n1,hello\n");
        assertEquals(0, admin("import", plain.toString(), "--name", "notes-raw").exitCode());
        Path out = dir.resolve("notes-out.csv");
        var refused = as("andy", analystPw, "export", "--dataset", "notes-raw", "--out", out.toString());
        assertEquals(1, refused.exitCode(), refused.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOfficersRawExportIsAllowedAndRaisesTheDirectIdentifierAlert() {
        Path raw = dir.resolve("raw-by-officer.csv");
        long alerts = count("alert");
        var run = as("olivia", officerPw, "export", "--dataset", "customers", "--out", raw.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(raw));
        assertTrue(run.err().contains("warning: alert (direct-identifier-export)"), run.err());
        assertEquals(alerts + 1, count("alert"));
    }

    @Test
    void aGovernedWorkspaceNeedsASignIn() {
        PasswordOption.environment = Map.of();
        Path out = dir.resolve("anonymous.csv");
        var run = CliTestSupport.run("export", "--workspace", ws.toString(), "--dataset", "masked.csv", "--out",
                out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is governed: sign in with --user NAME"), run.err());
        assertFalse(Files.exists(out));

        var wrong = as("andy", officerPw, "export", "--dataset", "masked.csv", "--out", out.toString());
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().contains("Sign-in failed: unknown account name or wrong password"), wrong.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theUserAndPasswordCanComeFromTheEnvironment() throws Exception {
        PasswordOption.environment = Map.of(AccountOption.USER_ENV, "andy", PasswordOption.ENV,
                Files.readString(analystPw).strip());
        Path out = dir.resolve("env.csv");
        var run = CliTestSupport.run("export", "--workspace", ws.toString(), "--dataset", "masked.csv", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(out));
    }

    @Test
    void onlyRolesThatMayUseKeysOpenTheVault() {
        var analyst = as("andy", analystPw, "keys", "list", "--json");
        assertEquals(1, analyst.exitCode());
        assertTrue(analyst.err().contains("andy is signed in as Analyst and may not use the vault keys"),
                analyst.err());
        // the officer never typed the vault password: it was kept for her, sealed under her own password
        var officer = as("olivia", officerPw, "keys", "list", "--json");
        assertEquals(0, officer.exitCode(), officer.err());
        assertTrue(officer.json().get("keys").size() > 0);
    }

    @Test
    void reidentificationNeedsAnOfficerAndAReason() throws Exception {
        Path out = dir.resolve("reidentified.csv");
        Path masked = dir.resolve("masked.csv");
        var analyst = as("andy", analystPw, "reidentify", "--policy", policy.toString(), "--in", masked.toString(),
                "--out", out.toString());
        assertEquals(1, analyst.exitCode());
        assertFalse(Files.exists(out));

        var noReason = as("olivia", officerPw, "reidentify", "--policy", policy.toString(), "--in",
                masked.toString(), "--out", out.toString());
        assertEquals(1, noReason.exitCode());
        assertTrue(noReason.err().contains("needs a reason"), noReason.err());
        assertFalse(Files.exists(out));

        var ok = as("olivia", officerPw, "reidentify", "--policy", policy.toString(), "--in", masked.toString(),
                "--out", out.toString(), "--reason", "ticket 42: fraud review", "--json");
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(Files.exists(out));
        // 120 records are more than the default threshold of 100: an alert
        assertTrue(ok.err().contains("warning: alert (reidentified-records)"), ok.err());
        List<String> details = AuditService.list(Workspace.open(ws), AuditFilter.ALL).stream()
                .filter(e -> e.action().equals("reidentify")).map(e -> e.user() + " " + e.detail()).toList();
        assertTrue(details.getLast().startsWith("olivia ") && details.getLast().contains("reason=ticket 42"),
                details.toString());
    }

    @Test
    void onlyAnOfficerMayReleaseAnExportTheLeakScanBlocked() throws Exception {
        // no keyed rule, so no vault is needed; truncating e-mails at 32 keeps them whole: the scan blocks it
        Path leaky = dir.resolve("leaky.json");
        io.safesegment.core.privacy.policy.PolicyJson.write(new io.safesegment.core.privacy.policy.MaskingPolicy(
                io.safesegment.core.privacy.policy.MaskingPolicy.FORMAT_VERSION, "leaky", 1, "Leaky",
                java.time.Instant.parse("2026-12-05T10:00:00Z"),
                Map.of("email", io.safesegment.core.data.ColumnRole.DIRECT_IDENTIFIER),
                List.of(new io.safesegment.core.privacy.policy.MaskingRule("email", "truncate",
                        Map.of("length", 32)))), leaky);
        Path customers = dir.resolve("customers.csv");
        Path byAnalyst = dir.resolve("leaky-andy.csv");
        var analyst = as("andy", analystPw, "mask", "--policy", leaky.toString(), "--in", customers.toString(),
                "--out", byAnalyst.toString(), "--allow-residual", "--reason", "deadline");
        assertEquals(1, analyst.exitCode(), analyst.err());
        assertTrue(analyst.err().contains("may not release the export 'leaky-andy.csv' that the leak scan blocked"),
                analyst.err());
        assertFalse(Files.exists(byAnalyst), "nothing written");

        Path byOfficer = dir.resolve("leaky-olivia.csv");
        var officer = as("olivia", officerPw, "mask", "--policy", leaky.toString(), "--in", customers.toString(),
                "--out", byOfficer.toString(), "--allow-residual", "--reason", "recipient contract 7 allows e-mails");
        assertEquals(0, officer.exitCode(), officer.err());
        assertTrue(Files.exists(byOfficer));
        assertTrue(officer.err().contains("warning: alert (blocked-export-override)"), officer.err());
    }

    @Test
    void onlyAnAdministratorManagesAccounts() throws Exception {
        Path pw = Files.writeString(dir.resolve("eve.pw"), "eve's passphrase\n");
        var analyst = as("andy", analystPw, "users", "add", "--name", "eve", "--role", "admin",
                "--new-password-file", pw.toString());
        assertEquals(1, analyst.exitCode());
        assertTrue(analyst.err().contains("may not add the account 'eve'"), analyst.err());

        JsonNode users = admin("users", "list", "--json").json();
        assertEquals(List.of("ada", "olivia", "andy"), users.get("users").findValuesAsText("name"));
        assertEquals("analyst", users.get("users").get(2).get("role").asText());
        assertTrue(users.get("users").get(2).get("enabled").asBoolean());

        var lastAdmin = admin("users", "disable", "--name", "ada");
        assertEquals(1, lastAdmin.exitCode());
        assertTrue(lastAdmin.err().contains("last enabled administrator"), lastAdmin.err());
        assertNotEquals(0, as("andy", analystPw, "users", "list").exitCode());
    }
}
