package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.file.FileCipher;
import io.safesegment.core.crypto.pgp.PgpFiles;
import io.safesegment.core.crypto.pgp.PgpKeyGenerator;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export step encrypts to a vault key or an OpenPGP recipient and leaves no plaintext behind. */
class RecipeExportTest {
    private static final String PASSWORD = "export test password";
    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void setUp() throws Exception {
        ws = dir.resolve("ws");
        Files.writeString(dir.resolve("数据.csv"), "编号,城市\n1,上海\n2,北京\n", StandardCharsets.UTF_8);
        try (KeyVault v = KeyVault.create(ws, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("files", KeyPurpose.FILE);
            v.create("partner", KeyPurpose.OPENPGP);
            Files.writeString(dir.resolve("partner.asc"), PgpKeyGenerator.armor(v.current("partner").publicMaterial()));
        }
    }

    private RecipeResult run(String encrypt, String output) throws Exception {
        Recipe r = Recipe.parse("{\"recipeVersion\":1,\"name\":\"e\",\"steps\":["
                + "{\"kind\":\"import\",\"name\":\"d\",\"file\":\"数据.csv\"},"
                + "{\"kind\":\"export\",\"input\":\"d\",\"output\":\"plain.csv\"},"
                + "{\"kind\":\"export\",\"name\":\"enc\",\"input\":\"d\",\"output\":\"" + output + "\","
                + "\"encrypt\":" + encrypt + "}]}", dir);
        return new RecipeRunner(r, ws, () -> KeyVault.open(ws, PASSWORD.toCharArray())).run(Progress.NONE);
    }

    @Test
    void vaultKeyEncryptionDecryptsToThePlainExport() throws Exception {
        run("{\"vaultKey\":\"files\"}", "data.csv.enc");
        Path dec = dir.resolve("dec.csv");
        try (KeyVault v = KeyVault.open(ws, PASSWORD.toCharArray())) {
            FileCipher.withDefaults().decrypt(ws.resolve("exports/data.csv.enc"), dec, header -> {
                VaultKey k = v.version(header.keyName(), header.keyVersion());
                return k.material().clone();
            }, Progress.NONE);
        }
        assertArrayEquals(Files.readAllBytes(ws.resolve("exports/plain.csv")), Files.readAllBytes(dec));
        assertNoPlaintextLeft();
    }

    @Test
    void openPgpRecipientEncryptionDecryptsWithTheRecipientsKey() throws Exception {
        RecipeResult result = run("{\"pgpRecipient\":\"partner.asc\"}", "data.csv.pgp");
        assertEquals("done", result.steps().get(2).status());
        Path dec = dir.resolve("dec.csv");
        try (KeyVault v = KeyVault.open(ws, PASSWORD.toCharArray())) {
            PgpFiles.decrypt(ws.resolve("exports/data.csv.pgp"), dec, v.current("partner").material(), Progress.NONE);
        }
        assertArrayEquals(Files.readAllBytes(ws.resolve("exports/plain.csv")), Files.readAllBytes(dec));
        assertNoPlaintextLeft();
    }

    @Test
    void aFileThatIsNoOpenPgpKeyIsRejectedBeforeAnythingIsWritten() throws Exception {
        Files.writeString(dir.resolve("partner.asc"), "not a key", StandardCharsets.UTF_8);
        RecipeException e = org.junit.jupiter.api.Assertions.assertThrows(RecipeException.class,
                () -> run("{\"pgpRecipient\":\"partner.asc\"}", "data.csv.pgp"));
        assertEquals(3, e.problems().get(0).step());
        assertEquals("encrypt.pgpRecipient", e.problems().get(0).field());
        assertFalse(Files.exists(ws.resolve("exports/plain.csv")), "step 2 did not run either");
    }

    private void assertNoPlaintextLeft() throws Exception {
        try (Stream<Path> files = Files.list(ws.resolve("exports"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains(".plain.tmp")));
        }
    }
}
