package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.Role;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bridge another engine uses to run one step with the desktop's code (record 0037): a provided file is encrypted
 * as the desktop runner encrypts it, an encrypted export encrypts the plaintext the engine wrote and leaves none
 * behind, a governance step needs its role, and only the file and workspace kinds run here.
 */
class SingleStepRunnerTest {
    private static final String PASSWORD = "single step password";
    private static final String DATA = "id,city\r\n1,Lisbon\r\n2,Xi'an\r\n";

    @TempDir
    Path dir;
    Path ws;
    Recipe recipe;

    @BeforeEach
    void setUp() throws Exception {
        ws = dir.resolve("ws");
        Files.writeString(dir.resolve("data.csv"), DATA, StandardCharsets.UTF_8);
        try (KeyVault v = KeyVault.create(ws, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("files", KeyPurpose.FILE);
        }
        recipe = Recipe.parse("""
                {"recipeVersion": 1, "name": "one step", "steps": [
                  {"kind": "import", "name": "d", "file": "data.csv"},
                  {"kind": "encrypt", "name": "sealed", "input": "d", "vaultKey": "files", "output": "d.csv.enc"},
                  {"kind": "export", "name": "out", "input": "d", "output": "out.csv.enc",
                   "encrypt": {"vaultKey": "files"}},
                  {"kind": "backup", "name": "saved", "output": "%s"}
                ]}""".formatted(dir.resolve("b.ssbackup").toString().replace("\\", "\\\\")), dir);
    }

    private SingleStepRunner runner(Actor actor) {
        SingleStepRunner r = new SingleStepRunner(recipe, ws, RecipeService.withActor(
                () -> KeyVault.open(ws, PASSWORD.toCharArray()), actor, "backup password text"::toCharArray), null);
        r.provide("d", new SingleStepRunner.StepFile(dir.resolve("data.csv"), RoleMapping.empty(),
                List.of("id", "city"), null));
        return r;
    }

    private byte[] decrypt(Path file) throws Exception {
        Path plain = dir.resolve(file.getFileName() + ".dec");
        try (KeyVault v = KeyVault.open(ws, PASSWORD.toCharArray())) {
            CryptoService.decryptWithVault(file, plain, v, Progress.NONE);
        }
        return Files.readAllBytes(plain);
    }

    @Test
    void aProvidedFileIsEncryptedAndAnEnginesPlaintextExportedEncrypted() throws Exception {
        SingleStepRunner r = runner(null);
        RecipeResult.StepResult sealed = r.run(recipe.steps().get(1), Progress.NONE);
        assertEquals("done", sealed.status());
        assertEquals("vault key files", sealed.details().get("encryptedWith"));
        Path file = ws.resolve("exports/d.csv.enc");
        assertEquals(Optional.of(file), r.output("sealed").map(SingleStepRunner.StepFile::file));
        assertArrayEquals(DATA.getBytes(StandardCharsets.UTF_8), decrypt(file));

        assertEquals(Optional.of(ExportFormat.CSV), SingleStepRunner.plaintextFormat(ws, recipe.steps().get(2)));
        Path[] written = new Path[1];
        RecipeResult.StepResult out = r.runEncryptedExport(recipe.steps().get(2), (plain, details) -> {
            written[0] = plain;
            Files.writeString(plain, DATA, StandardCharsets.UTF_8);
            details.put("format", "CSV");
        }, Progress.NONE);
        assertEquals("done", out.status());
        assertEquals("CSV", out.details().get("format"));
        assertEquals(ws.resolve("exports/out.csv.enc").toString(), out.outputs().get("out"));
        assertArrayEquals(DATA.getBytes(StandardCharsets.UTF_8), decrypt(ws.resolve("exports/out.csv.enc")));
        assertTrue(written[0].getFileName().toString().endsWith(".plain.tmp.csv"), written[0].toString());
        assertTrue(!Files.exists(written[0]), "the plaintext is deleted");
    }

    @Test
    void governanceStepsNeedTheirRoleAndOtherKindsDoNotRunHere() throws Exception {
        RecipeException refused = assertThrows(RecipeException.class, () -> runner(null)
                .run(recipe.steps().get(3), Progress.NONE));
        assertEquals("kind", refused.problems().get(0).field());
        // the validator refuses this role before a desktop replay runs; the service checks again and refuses
        assertThrows(io.safesegment.core.backup.BackupException.class, () -> runner(
                new Actor("ana", Role.ANALYST)).run(recipe.steps().get(3), Progress.NONE));
        RecipeResult.StepResult saved = runner(new Actor("adam", Role.ADMINISTRATOR)).run(recipe.steps().get(3),
                Progress.NONE);
        assertEquals("done", saved.status());
        assertTrue(Files.exists(dir.resolve("b.ssbackup")));
        assertTrue(!saved.toString().contains("backup password text"), "no password in the result");
        assertThrows(IllegalArgumentException.class, () -> runner(null).run(recipe.steps().get(0), Progress.NONE));
        assertThrows(IllegalArgumentException.class, () -> runner(null).runEncryptedExport(recipe.steps().get(1),
                (p, d) -> { }, Progress.NONE));
    }
}
