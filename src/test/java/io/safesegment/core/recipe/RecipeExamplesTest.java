package io.safesegment.core.recipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.sign.ManifestVerifier;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three documented examples run as they are on sample-datasets/, into a temporary workspace. */
class RecipeExamplesTest {
    private static final Path EXAMPLES = Path.of("docs", "recipes").toAbsolutePath();
    private static final String PASSWORD = "example workspace password";

    @TempDir
    Path workspace;

    private RecipeKeys keys() {
        return () -> KeyVault.open(workspace, PASSWORD.toCharArray());
    }

    private RecipeResult run(String file) throws Exception {
        return new RecipeRunner(Recipe.read(EXAMPLES.resolve(file)), workspace, keys()).run(Progress.NONE);
    }

    @Test
    void maskAndSignedExport() throws Exception {
        try (KeyVault v = KeyVault.create(workspace, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("signing", KeyPurpose.SIGNING_ED25519);
        }
        RecipeResult result = run("mask-and-signed-export.json");
        assertEquals(List.of("done", "done", "done"), result.steps().stream().map(RecipeResult.StepResult::status)
                .toList());
        Path release = workspace.resolve("exports/customers-release.csv");
        List<String> lines = Files.readAllLines(release, StandardCharsets.UTF_8);
        assertEquals(5008, lines.size());
        assertTrue(lines.get(1).startsWith("CUST-"), "customer ids are pseudonymised: " + lines.get(1));
        assertTrue(lines.stream().noneMatch(l -> l.contains("C0000001")), "no original id survives");
        Path manifest = workspace.resolve("exports/customers-release.csv.manifest.json");
        byte[] signer;
        try (KeyVault v = KeyVault.open(workspace, PASSWORD.toCharArray())) {
            var key = v.version("signing", v.list().stream().filter(k -> k.name().equals("signing")).findFirst()
                    .orElseThrow().version());
            signer = key.publicMaterial().clone();
            key.wipe();
        }
        // verified against the workspace's own signing key: an unpinned signature proves nothing
        assertTrue(ManifestVerifier.verifyPinned(manifest, List.of(signer), Progress.NONE).valid(),
                "the manifest verifies");
    }

    @Test
    void segmentAndProfiles() throws Exception {
        RecipeResult result = run("segment-and-profiles.json");
        assertEquals("done", result.steps().get(2).status());
        assertEquals(5, result.steps().get(2).details().get("segments"));
        assertEquals(5001, Files.readAllLines(workspace.resolve("exports/segments.csv")).size());
        assertTrue(Files.size(workspace.resolve("exports/segment-profiles.csv")) > 0);
    }

    @Test
    void recommendationsAndCampaignList() throws Exception {
        RecipeResult result = run("recommendations-campaign.json");
        assertEquals(5, result.steps().size());
        assertTrue(result.steps().stream().allMatch(s -> s.status().equals("done")));
        List<String> campaign = Files.readAllLines(workspace.resolve("exports/campaign-champions.csv"));
        assertEquals("customer_id,rank,product_id,product_name,score,explanation", campaign.get(0));
        int customers = (Integer) result.steps().get(3).details().get("customers");
        assertEquals(customers * 5, campaign.size() - 1, "five items per customer of the segment");
        List<String> champions = Files.readAllLines(workspace.resolve("exports/rfm.csv")).stream()
                .filter(l -> l.endsWith(",\"champions\"")).map(l -> l.substring(0, l.indexOf(',')))
                .sorted().toList();
        assertEquals(champions, campaign.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct()
                .sorted().collect(Collectors.toList()), "the list covers exactly the champions");
        assertTrue(Files.readString(workspace.resolve("exports/evaluation.json")).contains("itemknn"));
    }

    @Test
    void replayingGivesByteIdenticalMaskedOutputAndIdenticalSegmentsAndLists() throws Exception {
        // A small generated set with all three deterministic stages; the vault's keys make pseudonyms repeatable.
        Path data = workspace.resolve("data");
        io.safesegment.core.data.samples.SampleDataGenerator.generate(
                new io.safesegment.core.data.samples.SampleDataOptions(data, 300, 60, 8, 7L), Progress.NONE);
        Files.copy(EXAMPLES.resolve("customers.policy.json"), data.resolve("policy.json"));
        try (KeyVault v = KeyVault.create(workspace, PASSWORD.toCharArray(), new Argon2Params(256, 1, 1))) {
            v.create("pseudonym", KeyPurpose.PSEUDONYM_HMAC);
        }
        Path recipeFile = data.resolve("replay.json");
        Files.writeString(recipeFile, """
                {"recipeVersion": 1, "name": "replay", "steps": [
                  {"kind": "import", "name": "customers", "file": "customers.csv"},
                  {"kind": "import", "name": "transactions", "file": "transactions.csv"},
                  {"kind": "mask", "name": "masked", "input": "customers", "policy": "policy.json"},
                  {"kind": "segment", "name": "seg", "customers": "customers", "transactions": "transactions",
                   "k": 4, "seed": 9},
                  {"kind": "rfm", "name": "rfm", "transactions": "transactions"},
                  {"kind": "recommend", "name": "recs", "transactions": "transactions", "model": "bpr",
                   "seed": 5, "n": 3}
                ]}
                """, StandardCharsets.UTF_8);
        List<String> outputs = List.of("masked.csv", "seg.csv", "rfm.csv", "recs.csv");
        new RecipeRunner(Recipe.read(recipeFile), workspace, keys()).run(Progress.NONE);
        List<byte[]> first = outputs.stream().map(f -> read(workspace.resolve("exports").resolve(f))).toList();
        new RecipeRunner(Recipe.read(recipeFile), workspace, keys()).run(Progress.NONE);
        for (int i = 0; i < outputs.size(); i++) {
            assertArrayEquals(first.get(i), read(workspace.resolve("exports").resolve(outputs.get(i))),
                    outputs.get(i) + " differs between replays");
        }
        // A different seed really changes the randomised model's lists (the comparison is not vacuous).
        new RecipeRunner(Recipe.read(recipeFile).withOverrides(List.of("recs.seed=6")), workspace, keys())
                .run(Progress.NONE);
        assertTrue(!java.util.Arrays.equals(first.get(3), read(workspace.resolve("exports/recs.csv"))),
                "seed 6 gives other BPR lists than seed 5");
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
