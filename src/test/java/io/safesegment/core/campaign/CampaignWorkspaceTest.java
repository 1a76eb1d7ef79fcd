package io.safesegment.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.campaign.design.CampaignDesign;
import io.safesegment.core.campaign.design.DesignResult;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.PermissionDeniedException;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign designed in a workspace: a workspace dataset as target (its saved roles apply), the assignment list
 * refused before anything is written when an analyst would list the raw ids of an unmasked dataset, and every
 * written list recorded in the audit trail with the dataset's fingerprint, arm sizes and seed — never an id.
 */
class CampaignWorkspaceTest {
    @TempDir
    static Path ws;
    static final Actor OLIVIA = new Actor("olivia", Role.PRIVACY_OFFICER);
    static final Actor ANDY = new Actor("andy", Role.ANALYST);
    static Dataset raw;
    static Dataset pseudonymised;

    @BeforeAll
    static void governedWorkspaceWithTwoDatasets() throws Exception {
        char[] pw = "the vault passphrase".toCharArray();
        try (KeyVault vault = KeyVault.openOrCreate(ws, pw.clone())) {
            // a vault, as a real governed workspace has one
        }
        AccessService.initialise(ws, "ada", pw.clone());
        try (AccessService.Session s = AccessService.signIn(ws, "ada", pw.clone(), null)) {
            AccessService.addUser(ws, s, "olivia", Role.PRIVACY_OFFICER, "olivia passphrase".toCharArray());
            AccessService.addUser(ws, s, "andy", Role.ANALYST, "andy passphrase".toCharArray());
        }
        StringBuilder rows = new StringBuilder("kunde,segment\n");
        StringBuilder masked = new StringBuilder("kunde,segment\n");
        for (int i = 0; i < 200; i++) {
            rows.append(String.format("K-%04d,%s%n", i, i % 2 == 0 ? "champions" : "at-risk"));
            masked.append(String.format("p%08x,%s%n", i * 2654435761L & 0xffffffffL, i % 2 == 0 ? "champions"
                    : "at-risk"));
        }
        RoleMapping roles = RoleMapping.parse("customer_id=kunde");
        raw = DatasetService.importDataset(ws, Files.writeString(ws.resolve("kunden.csv"), rows),
                DatasetImportOptions.defaults().withName("kunden").withRoles(roles)
                        .withPrivacyRoles(t -> Map.of("kunde", ColumnRole.DIRECT_IDENTIFIER)), Progress.NONE)
                .dataset();
        pseudonymised = DatasetService.importDataset(ws, Files.writeString(ws.resolve("kunden-p.csv"), masked),
                DatasetImportOptions.defaults().withName("kunden-pseudonymised").withRoles(roles)
                        .withPrivacyRoles(t -> Map.of("kunde", ColumnRole.OTHER)), Progress.NONE).dataset();
    }

    private static CampaignService.DesignRequest request(Dataset target, Path out, Actor actor) {
        return new CampaignService.DesignRequest(target.file(), RoleMapping.empty(), "segment=champions",
                new CampaignDesign(List.of("coupon-10"), "email", 0.2, 7L), null, out, ws, actor);
    }

    private static List<AuditEntry> entries() {
        return AuditService.list(Workspace.open(ws), AuditFilter.ALL);
    }

    @Test
    void anAnalystMayNotListTheRawIdsOfAnUnmaskedDatasetAndNothingIsWritten() {
        Path out = ws.resolve("raw-by-andy.csv");
        int before = entries().size();
        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> CampaignService.design(request(raw, out, ANDY), Progress.NONE));
        assertTrue(e.getMessage().startsWith("Refused: andy is signed in as Analyst and may not write the assignment "
                + "list 'raw-by-andy.csv' with the customer ids of dataset 'kunden'"), e.getMessage());
        assertFalse(Files.exists(out), "nothing written");
        List<AuditEntry> after = entries();
        assertEquals(before + 1, after.size());
        assertEquals("permission-denied", after.getLast().action());
    }

    @Test
    void theSavedRolesOfAWorkspaceDatasetApplyAndTheWrittenListIsAudited() throws Exception {
        Path out = ws.resolve("champions-by-andy.csv");
        DesignResult result = CampaignService.design(request(pseudonymised, out, ANDY), Progress.NONE);
        assertEquals(100, result.targetCustomers(), "no --map needed: the dataset says kunde is the customer id");
        assertTrue(Files.readString(out).startsWith("customer_id,arm,channel"));
        AuditEntry last = entries().getLast();
        assertEquals("export", last.action());
        assertEquals("andy", last.user());
        assertEquals("champions-by-andy.csv", last.object());
        assertEquals(pseudonymised.fingerprint(), last.fingerprint());
        assertNotNull(last.fingerprint());
        assertEquals("success", last.outcome());
        int control = result.arms().stream().filter(a -> a.arm().equals("control")).findFirst().orElseThrow()
                .customers();
        assertEquals("kind=campaign-assignments source=kunden-pseudonymised customers=100 arms=control=" + control
                + ",coupon-10=" + (100 - control) + " seed=7 channel=email", last.detail());
        String id = Files.readAllLines(out).get(1).split(",")[0];
        assertFalse(last.toString().contains(id), "no customer id in the audit trail");
    }

    @Test
    void anOfficerMayListTheRawIdsAndIsAudited() throws Exception {
        Path out = ws.resolve("raw-by-olivia.csv");
        CampaignService.design(request(raw, out, OLIVIA), Progress.NONE);
        assertTrue(Files.exists(out));
        AuditEntry last = entries().getLast();
        assertEquals("olivia", last.user());
        assertEquals(raw.fingerprint(), last.fingerprint());
        assertTrue(last.detail().startsWith("kind=campaign-assignments source=kunden "), last.detail());
    }

    @Test
    void aFileOutsideTheWorkspaceIsAuditedByItsFileName(@TempDir Path elsewhere) throws Exception {
        Path target = Files.writeString(elsewhere.resolve("scores.csv"), "customer_id,score\nq1,3\nq2,4\nq3,5\n");
        Path out = elsewhere.resolve("list.csv");
        CampaignService.design(new CampaignService.DesignRequest(target, RoleMapping.empty(), null,
                new CampaignDesign(List.of("a"), "sms", 0.2, 1L), null, out, ws, ANDY), Progress.NONE);
        AuditEntry last = entries().getLast();
        assertEquals("list.csv", last.object());
        assertEquals(null, last.fingerprint());
        assertTrue(last.detail().startsWith("kind=campaign-assignments source=file:scores.csv customers=3 "),
                last.detail());
    }
}
