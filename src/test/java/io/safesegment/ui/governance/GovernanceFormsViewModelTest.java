package io.safesegment.ui.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessException;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.Totp;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Governance section's forms without the toolkit (record 0041): Accounts (add with TOTP shown once, mismatch and
 * wrong confirmation refused without writing, disable), Request approval (risk measured: k = 2 by hand, two people
 * per city) and the release report (written, signed, verified; an edited export fails verification).
 */
class GovernanceFormsViewModelTest {
    private static final Actor ADA = new Actor("ada", Role.ADMINISTRATOR);

    @TempDir
    Path dir;
    Path ws;
    Workspace workspace;
    RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void workspaceWithPeopleAndTheirPolicy() throws Exception {
        ws = dir.resolve("ws");
        workspace = Workspace.open(ws);
        Path csv = Files.writeString(dir.resolve("people.csv"), "customer_id,email,city\nC1,ann@example.org,Lisbon\n"
                + "C2,bob@example.org,Porto\nC3,cy@example.org,Lisbon\nC4,di@example.org,Porto\n",
                StandardCharsets.UTF_8);
        DatasetService.importIntoWorkspace(workspace, csv, CsvImportOptions.defaults(), t -> Map.of(), Progress.NONE);
        Files.createDirectories(ws.resolve(PrivacyService.POLICY_FOLDER));
        Files.writeString(PrivacyService.policyFileFor(ws, "people.csv"), "{\"formatVersion\":1,\"id\":\"people\","
                + "\"revision\":1,\"name\":\"p\",\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"customer_id\":"
                + "\"DIRECT_IDENTIFIER\",\"email\":\"DIRECT_IDENTIFIER\",\"city\":\"QUASI_IDENTIFIER\"},\"rules\":["
                + "{\"column\":\"customer_id\",\"operator\":\"redact\",\"params\":{}},{\"column\":\"email\","
                + "\"operator\":\"redact\",\"params\":{}}]}", StandardCharsets.UTF_8);
    }

    @Test
    void theAdministratorAddsAnOfficerWithTotpShownOnceAndDisablesHer() {
        AccessService.initialise(ws, "ada", "admin passphrase".toCharArray());
        AccountsViewModel accounts = new AccountsViewModel(() -> workspace, () -> ADA, TaskExecutor.sameThread(),
                dialogs);
        accounts.refresh();
        assertEquals(List.of("ada"), accounts.accounts().stream().map(a -> a.name()).toList());

        accounts.nameProperty().set("olivia");
        accounts.roleProperty().set(Role.PRIVACY_OFFICER);
        accounts.passwordProperty().set("olivia passphrase");
        accounts.confirmProperty().set("olivia passphrase!");
        accounts.add();
        assertEquals("The two initial passwords differ; type them again.", accounts.messageProperty().get());
        accounts.passwordProperty().set("olivia passphrase");
        accounts.confirmProperty().set("olivia passphrase");
        accounts.enrolTotpProperty().set(true);
        accounts.ownPasswordProperty().set("not my passphrase");
        accounts.add();
        assertTrue(dialogs.errors.getLast() instanceof AccessException, String.valueOf(dialogs.errors));
        assertTrue(dialogs.errors.getLast().getMessage().contains("not the password of 'ada'"));
        assertEquals(1, AccessService.users(ws, ADA).size(), "nothing written");
        assertEquals("", accounts.passwordProperty().get(), "the typed passwords are not kept");

        accounts.passwordProperty().set("olivia passphrase");
        accounts.confirmProperty().set("olivia passphrase");
        accounts.enrolTotpProperty().set(true);
        accounts.ownPasswordProperty().set("admin passphrase");
        accounts.add();
        assertEquals(List.of("ada", "olivia"), accounts.accounts().stream().map(a -> a.name()).toList());
        assertTrue(accounts.accounts().get(1).totp());
        String shown = accounts.enrolmentProperty().get();
        Matcher secret = Pattern.compile("Secret: ([A-Z2-7]+)\n").matcher(shown);
        assertTrue(secret.find(), shown);
        assertTrue(shown.endsWith("otpauth://totp/SafeSegment:olivia?secret=" + secret.group(1)
                + "&issuer=SafeSegment"), shown);
        String code = Totp.code(Totp.fromBase32(secret.group(1)), Totp.step(Instant.now()), 6, Totp.Algorithm.SHA1);
        try (AccessService.Session olivia = AccessService.signIn(ws, "olivia", "olivia passphrase".toCharArray(),
                code)) {
            assertEquals("admin passphrase", new String(olivia.vaultPassword()),
                    "the confirmation handed her ada's vault copy");
        }

        dialogs.nextConfirm = true;
        accounts.selectedProperty().set(accounts.accounts().get(1));
        accounts.disable();
        assertFalse(AccessService.users(ws, ADA).get(1).enabled());
        assertEquals("Disabled olivia.", accounts.messageProperty().get());

        AccountsViewModel asAnalyst = new AccountsViewModel(() -> workspace, () -> new Actor("andy", Role.ANALYST),
                TaskExecutor.sameThread(), dialogs);
        asAnalyst.refresh();
        assertTrue(asAnalyst.accounts().isEmpty());
        assertTrue(asAnalyst.messageProperty().get().startsWith("Only an Administrator"));
    }

    @Test
    void aRequestIsFiledWithTheRiskOfTheMaskedDataset() {
        List<Runnable> filed = new java.util.ArrayList<>();
        RequestApprovalViewModel request = new RequestApprovalViewModel(() -> workspace,
                () -> new Actor("olivia", Role.PRIVACY_OFFICER), TaskExecutor.sameThread(), dialogs,
                () -> filed.add(() -> { }));
        request.refresh();
        assertEquals(List.of("people.csv"), List.copyOf(request.datasets()));
        request.datasetProperty().set("people.csv");
        assertEquals("people", request.policyIdProperty().get(), "the policy the Privacy section saved");
        request.purposeProperty().set("newsletter partner");
        request.request();
        List<Approval> pending = ApprovalService.list(workspace, ApprovalStatus.PENDING);
        assertEquals(1, pending.size(), String.valueOf(dialogs.errors));
        Approval a = pending.getFirst();
        assertEquals("people@1", a.policyRef());
        assertEquals("people.csv", a.dataset());
        assertEquals("newsletter partner", a.note());
        assertEquals(2, a.risk().k(), "two people per city after the identifiers are redacted");
        assertEquals(0.5, a.risk().prosecutor(), 1e-9, "highest record risk 1/k");
        assertEquals(1, filed.size());
        assertTrue(request.messageProperty().get().startsWith("Filed request #" + a.id()));
    }

    @Test
    void theReportIsWrittenSignedAndVerifiedAndAnEditedExportFails() throws Exception {
        Path exports = Files.createDirectories(ws.resolve("exports"));
        var options = new PrivacyService.MaskOptions(null, null, PrivacyService.policyFileFor(ws, "people.csv"),
                exports.resolve("masked.csv"), null, false, ws, null, null, "people.csv", null, true);
        Actor officer = new Actor("olivia", Role.PRIVACY_OFFICER);
        assertTrue(PrivacyService.mask(PrivacyService.plan(options), KeyMaterial.fromSeed(new byte[32]), officer,
                Progress.NONE).written());
        try (KeyVault vault = KeyVault.create(ws, "vault passphrase".toCharArray(), new Argon2Params(256, 1, 1))) {
            vault.create("signing", KeyPurpose.SIGNING_ED25519);
            SimpleObjectProperty<KeyVault> unlocked = new SimpleObjectProperty<>();
            ReleaseReportViewModel release = new ReleaseReportViewModel(() -> workspace, () -> officer, unlocked,
                    TaskExecutor.sameThread(), dialogs, () -> { });
            release.refresh();
            assertEquals(1, release.exports().size());
            release.selectedProperty().set(release.exports().getFirst());
            release.writeAndSign();
            assertEquals(List.of("info: The key vault is locked"), dialogs.shown.stream()
                    .filter(s -> s.startsWith("info:")).map(s -> s.split("\n")[0]).toList(), "locked: says so");
            assertFalse(Files.exists(exports.resolve("masked-report.html")));

            unlocked.set(vault);
            release.writeAndSign();
            assertTrue(release.resultProperty().get().startsWith("Wrote masked-report.html and masked-report.pdf"),
                    release.resultProperty().get() + dialogs.errors);
            assertTrue(Files.readString(exports.resolve("masked-report.html")).contains("people"));
            assertTrue(Files.size(exports.resolve("masked-report.pdf")) > 0);
            release.verify();
            String verified = release.resultProperty().get();
            assertTrue(verified.startsWith("Verified: masked.csv.manifest.json is signed by a workspace key"),
                    verified);
            for (String file : List.of("masked.csv: OK", "masked-report.html: OK", "masked-report.pdf: OK")) {
                assertTrue(verified.contains(file), file + " in " + verified);
            }

            Files.writeString(exports.resolve("masked.csv"), "edited\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            release.verify();
            String failed = release.resultProperty().get();
            assertTrue(failed.startsWith("Verification FAILED for masked.csv.manifest.json"), failed);
            assertTrue(failed.contains("masked.csv: SIZE_DIFFERS"), failed);
        }
    }
}
