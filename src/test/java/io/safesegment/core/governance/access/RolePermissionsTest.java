package io.safesegment.core.governance.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guarded core operations called as each role (record 0025): each refusal names the account, the role, the
 * action and the role it needs, writes nothing but a {@code permission-denied} audit entry; each allowance works.
 * The raw export, re-identification and account management are covered end to end by
 * {@code GovernedWorkspaceCommandsTest}.
 */
class RolePermissionsTest {
    @TempDir
    static Path ws;
    static final Actor ADA = new Actor("ada", Role.ADMINISTRATOR);
    static final Actor OLIVIA = new Actor("olivia", Role.PRIVACY_OFFICER);
    static final Actor ANDY = new Actor("andy", Role.ANALYST);
    static final char[] VAULT_PW = "the vault passphrase".toCharArray();

    @BeforeAll
    static void governedWorkspace() throws Exception {
        try (KeyVault vault = KeyVault.openOrCreate(ws, VAULT_PW.clone())) {
            vault.create("files", KeyPurpose.FILE);
        }
        AccessService.initialise(ws, "ada", VAULT_PW.clone());
        try (AccessService.Session s = AccessService.signIn(ws, "ada", VAULT_PW.clone(), null)) {
            AccessService.addUser(ws, s, "olivia", Role.PRIVACY_OFFICER, "olivia passphrase".toCharArray());
            AccessService.addUser(ws, s, "andy", Role.ANALYST, "andy passphrase".toCharArray());
        }
    }

    private static long denials() {
        return AuditService.list(Workspace.open(ws), AuditFilter.ALL).stream()
                .filter(e -> e.action().equals("permission-denied")).count();
    }

    @Test
    void theRoleTableIsLeastPrivilege() {
        for (Permission p : Permission.values()) {
            assertFalse(AccessPolicy.allows(Role.ANALYST, p), p + " for an analyst");
            assertTrue(AccessPolicy.allows(Role.ADMINISTRATOR, p), p + " for an administrator");
        }
        assertTrue(AccessPolicy.allows(Role.PRIVACY_OFFICER, Permission.REIDENTIFY));
        assertTrue(AccessPolicy.allows(Role.PRIVACY_OFFICER, Permission.EDIT_POLICY));
        assertTrue(AccessPolicy.allows(Role.PRIVACY_OFFICER, Permission.APPROVE));
        assertFalse(AccessPolicy.allows(Role.PRIVACY_OFFICER, Permission.MANAGE_USERS));
        assertFalse(AccessPolicy.allows(Role.PRIVACY_OFFICER, Permission.MANAGE_WORKSPACE));
    }

    @Test
    void noOneSignedInIsRefusedOnAGovernedWorkspaceAndAllowedOnAnUngovernedOne(@TempDir Path other) {
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> AccessPolicy.require(
                Workspace.open(ws), null, Permission.EDIT_POLICY, Message.of("access.what.editPolicy", "p")));
        assertTrue(e.getMessage().startsWith("Workspace " + ws.toAbsolutePath().normalize() + " is governed: sign in"),
                e.getMessage());
        AccessPolicy.require(Workspace.open(other), null, Permission.EDIT_POLICY,
                Message.of("access.what.editPolicy", "p")); // ungoverned: as before
    }

    @Test
    void savingAPolicyIntoTheWorkspaceNeedsAPrivacyOfficer() throws Exception {
        Path folder = Files.createDirectories(ws.resolve(PrivacyService.POLICY_FOLDER));
        MaskingPolicy policy = new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "customers", 1, "Customers",
                Instant.parse("2026-12-05T10:00:00Z"), Map.of("email", ColumnRole.DIRECT_IDENTIFIER), List.of());
        Path file = folder.resolve("customers-r1.json");
        long before = denials();
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> PrivacyService.savePolicy(policy, file, ANDY));
        assertEquals("Refused: andy is signed in as Analyst and may not change the masking policy 'customers'; "
                + "that needs the role Privacy Officer or higher", e.getMessage());
        assertEquals("已拒绝：andy 以分析师身份登录，无权更改脱敏策略 'customers'；此操作需要隐私官或更高角色",
                e.message().in(Locale.SIMPLIFIED_CHINESE));
        assertFalse(Files.exists(file), "nothing written");
        assertThrows(PermissionDeniedException.class, () -> PrivacyService.savePolicy(policy, file),
                "the overload without an actor is refused on a governed workspace");
        assertEquals(before + 2, denials());
        PrivacyService.savePolicy(policy, file, OLIVIA);
        assertTrue(Files.exists(file));
        PrivacyService.savePolicy(policy, folder.resolve("customers-r1b.json"), ADA);
        AuditEntry last = AuditService.list(Workspace.open(ws), AuditFilter.ALL).getLast();
        assertEquals("policy-change", last.action());
    }

    @Test
    void onlyRolesThatMayUseKeysOpenTheVaultOrDecrypt() throws Exception {
        long before = denials();
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> CryptoService.openVault(ws, VAULT_PW.clone(), false, ANDY));
        assertTrue(e.getMessage().contains("may not use the vault keys of"), e.getMessage());
        assertEquals(Permission.USE_KEYS, e.permission());
        try (KeyVault vault = CryptoService.openVault(ws, VAULT_PW.clone(), false, OLIVIA)) {
            Path plain = Files.writeString(ws.resolve("plain.txt"), "hello");
            Path sealed = ws.resolve("plain.txt.enc");
            CryptoService.encryptWithKey(plain, sealed, vault, "files", Progress.NONE);
            Path out = ws.resolve("decrypted-by-andy.txt");
            assertThrows(PermissionDeniedException.class,
                    () -> CryptoService.decryptWithVault(sealed, out, vault, ANDY, Progress.NONE));
            assertFalse(Files.exists(out), "nothing written");
            Path ok = ws.resolve("decrypted-by-olivia.txt");
            CryptoService.decryptWithVault(sealed, ok, vault, OLIVIA, Progress.NONE);
            assertEquals("hello", Files.readString(ok));
        }
        try (KeyVault vault = CryptoService.openVault(ws, VAULT_PW.clone(), false, ADA)) {
            assertTrue(vault.list().size() > 0);
        }
        assertEquals(before + 2, denials());
    }

    @Test
    void exportingADatasetWithUnmaskedDirectIdentifiersNeedsAPrivacyOfficer() throws Exception {
        Path csv = Files.writeString(ws.resolve("people.csv"), "id,email,spend\n1,a@example.org,3\n2,b@example.org,4\n");
        DatasetService.importDataset(ws, csv, DatasetImportOptions.defaults().withName("people")
                .withPrivacyRoles(t -> Map.of("email", ColumnRole.DIRECT_IDENTIFIER)), Progress.NONE);
        Path safe = Files.writeString(ws.resolve("safe.csv"), "id,spend\n1,3\n");
        DatasetService.importDataset(ws, safe, DatasetImportOptions.defaults().withName("spend")
                .withPrivacyRoles(t -> Map.of("id", ColumnRole.QUASI_IDENTIFIER)), Progress.NONE);
        long before = denials();
        Path out = ws.resolve("people-by-andy.csv");
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> DatasetService.exportDataset(
                ws, "people", out, null, false, ANDY, Progress.NONE));
        assertEquals("Refused: andy is signed in as Analyst and may not export dataset 'people', which holds unmasked "
                + "direct identifiers (email); export its masked child dataset instead; that needs the role Privacy "
                + "Officer or higher", e.getMessage());
        assertFalse(Files.exists(out), "nothing written");
        var table = DatasetService.exportDataset(ws, "spend", ws.resolve("spend-by-andy.csv"), null, false, ANDY,
                Progress.NONE).dataset();
        assertEquals("spend", table.name(), "a dataset without direct identifiers is fine for an analyst");
        assertThrows(PermissionDeniedException.class, () -> DatasetService.exportDataset(ws, "people", out, null,
                false, Progress.NONE), "no one signed in");
        for (Actor allowed : List.of(OLIVIA, ADA)) {
            Path file = ws.resolve("people-by-" + allowed.user() + ".csv");
            DatasetService.exportDataset(ws, "people", file, null, false, allowed, Progress.NONE);
            assertTrue(Files.exists(file));
        }
        // the GUI's table export is checked the same way
        Path gui = ws.resolve("gui.csv");
        assertThrows(PermissionDeniedException.class, () -> DatasetService.exportTable(ws, "people",
                tech.tablesaw.api.Table.create("people"), gui, io.safesegment.core.data.io.ExportOptions.defaults(),
                ANDY, Progress.NONE));
        assertFalse(Files.exists(gui));
        assertEquals(before + 3, denials());
        long alerts = AuditService.list(Workspace.open(ws), AuditFilter.ALL).stream()
                .filter(x -> x.action().equals("alert") && x.object().equals("people")).count();
        assertEquals(2, alerts, "each raw export by an officer or administrator raises the direct-identifier alert");
    }

    @Test
    void accountManagementAndAlertRulesNeedAnAdministrator() {
        for (Actor actor : List.of(OLIVIA, ANDY)) {
            assertThrows(PermissionDeniedException.class, () -> AccessService.users(ws, actor));
            assertThrows(PermissionDeniedException.class, () -> AccessService.disable(ws, actor, "andy"));
            assertThrows(PermissionDeniedException.class,
                    () -> AccessService.saveAlertRules(ws, actor, AlertRules.DEFAULTS));
        }
        assertEquals(3, AccessService.users(ws, ADA).size());
        assertEquals(AlertRules.DEFAULTS, AccessService.alertRules(ws), "governed defaults");
        AccessService.saveAlertRules(ws, ADA, new AlertRules(false, 5, 10, true));
        assertEquals(new AlertRules(false, 5, 10, true), AccessService.alertRules(ws));
        AccessService.saveAlertRules(ws, ADA, AlertRules.DEFAULTS);
    }
}
