package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DatasetService;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record 0034: a recipe replay on a governed workspace runs as the signed-in account (the export of data no masking
 * step produced needs the officer's permission) and is audited under it; the older audit paths (import here) record
 * the signed-in account with the OS user as a secondary field.
 */
class GovernedRecipeReplayTest {
    private static final char[] ADMIN_PW = "admin passphrase".toCharArray();
    private static final Actor ANDY = new Actor("andy", Role.ANALYST);
    private static final Actor OLIVIA = new Actor("olivia", Role.PRIVACY_OFFICER);

    @TempDir
    Path dir;
    Path ws;
    Recipe recipe;

    @BeforeEach
    void governedWorkspace() throws Exception {
        ws = dir.resolve("ws");
        AccessService.initialise(ws, "ada", ADMIN_PW.clone());
        try (AccessService.Session admin = AccessService.signIn(ws, "ada", ADMIN_PW.clone(), null)) {
            AccessService.addUser(ws, admin, "andy", Role.ANALYST, "analyst passphrase".toCharArray());
            AccessService.addUser(ws, admin, "olivia", Role.PRIVACY_OFFICER, "officer passphrase".toCharArray());
        }
        AuditService.signedOut(ws);
        Files.writeString(dir.resolve("customers.csv"), "id,email\n1,a@example.org\n2,b@example.org\n",
                StandardCharsets.UTF_8);
        recipe = Recipe.parse("{\"recipeVersion\":1,\"name\":\"raw-out\",\"steps\":["
                + "{\"kind\":\"import\",\"name\":\"d\",\"file\":\"customers.csv\"},"
                + "{\"kind\":\"export\",\"input\":\"d\",\"output\":\"raw.csv\"}]}", dir);
    }

    private List<AuditEntry> audit() {
        return AuditService.list(Workspace.open(ws), AuditFilter.ALL);
    }

    @Test
    void anAnalystsReplayMayNotExportUnmaskedDataAnOfficersMayAndBothAreAuditedUnderTheirAccounts()
            throws Exception {
        PermissionDeniedException refused = assertThrows(PermissionDeniedException.class,
                () -> RecipeService.run(recipe, ws, RecipeKeys.NONE, ANDY, false, Progress.NONE));
        assertTrue(refused.getMessage().contains("andy is signed in as Analyst"), refused.getMessage());
        assertTrue(refused.getMessage().contains("recipe step 'd'"), refused.getMessage());
        assertFalse(Files.exists(ws.resolve("exports/raw.csv")), "nothing was exported");
        assertThrows(PermissionDeniedException.class,
                () -> RecipeService.run(recipe, ws, RecipeKeys.NONE, null, false, Progress.NONE),
                "a replay without an account fails closed on a governed workspace");

        RecipeResult done = RecipeService.run(recipe, ws, RecipeKeys.NONE, OLIVIA, false, Progress.NONE);
        assertEquals("done", done.steps().get(1).status());
        assertTrue(Files.exists(ws.resolve("exports/raw.csv")));

        List<String> runs = audit().stream().filter(e -> e.action().equals("recipe-run"))
                .map(e -> e.user() + ":" + e.outcome()).toList();
        assertTrue(runs.contains("andy:failure"), runs.toString());
        assertTrue(runs.contains("olivia:success"), runs.toString());
        assertTrue(audit().stream().anyMatch(e -> e.action().equals("permission-denied") && e.user().equals("andy")),
                "the refusal is audited under andy");
    }

    @Test
    void anOlderAuditPathRecordsTheSignedInAccountAndTheOsUserAsASecondaryField() {
        DatasetService.importDataset(ws, dir.resolve("customers.csv"), DatasetImportOptions.defaults(), Progress.NONE);
        AuditEntry before = audit().getLast();
        assertEquals("import", before.action());
        assertEquals(AuditService.currentUser(), before.user(), "nobody signed in: the OS user, as before");

        try (AccessService.Session s = AccessService.signIn(ws, "olivia", "officer passphrase".toCharArray(), null)) {
            DatasetService.importDataset(ws, dir.resolve("customers.csv"),
                    DatasetImportOptions.defaults().withName("again"), Progress.NONE);
            AuditEntry signedIn = audit().getLast();
            assertEquals("import", signedIn.action());
            assertEquals("olivia", signedIn.user());
            assertTrue(signedIn.detail().endsWith("os-user=" + AuditService.currentUser()), signedIn.detail());
            AccessService.signOut(ws, s.actor());
        }
        DatasetService.importDataset(ws, dir.resolve("customers.csv"),
                DatasetImportOptions.defaults().withName("third"), Progress.NONE);
        assertEquals(AuditService.currentUser(), audit().getLast().user(), "signed out: the OS user again");
        assertTrue(AuditService.verify(Workspace.open(ws), List.of()).valid());
    }
}
