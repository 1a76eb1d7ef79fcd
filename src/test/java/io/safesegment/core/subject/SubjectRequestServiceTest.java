package io.safesegment.core.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Find, access, rectify and erase one person across a plain dataset and its masked child (found through the HMAC
 * pseudonym of the policy's vault key); nothing of the person's value reaches the audit trail or the request table.
 */
class SubjectRequestServiceTest {
    static final Actor OFFICER = new Actor("olga", Role.PRIVACY_OFFICER);
    static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[32]);
    static final String EMAIL = "Wang.Fang@example.com";
    static final String PHONE = "+86 150 8771 9150";

    @TempDir
    Path dir;
    Path ws;
    Workspace workspace;

    @BeforeEach
    void plainAndMaskedDatasets() throws Exception {
        ws = dir.resolve("ws");
        workspace = Workspace.open(ws);
        Path csv = Files.writeString(dir.resolve("customers.csv"), "customer_id,email,phone,city\n"
                + "C001," + EMAIL + "," + PHONE + ",Xi'an\n"
                + "C002,li.na@example.org,+1 212-555-0104,New York\n"
                + "C003,ana.silva@example.net,+351 912 345 678,Lisbon\n", StandardCharsets.UTF_8);
        DatasetService.importIntoWorkspace(workspace, csv, CsvImportOptions.defaults(), t -> Map.of(), Progress.NONE);
        Path policy = Files.createDirectories(ws.resolve(PrivacyService.POLICY_FOLDER)).resolve("customers.json");
        Files.writeString(policy, "{\"formatVersion\":1,\"id\":\"customers\",\"revision\":1,\"name\":\"p\","
                + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"customer_id\":\"DIRECT_IDENTIFIER\","
                + "\"email\":\"DIRECT_IDENTIFIER\",\"phone\":\"DIRECT_IDENTIFIER\"},\"rules\":["
                + "{\"column\":\"customer_id\",\"operator\":\"pseudonym\",\"params\":{\"prefix\":\"CUST-\"}},"
                + "{\"column\":\"email\",\"operator\":\"pseudonym\",\"params\":{}},"
                + "{\"column\":\"phone\",\"operator\":\"redact\",\"params\":{}}]}", StandardCharsets.UTF_8);
        var options = new PrivacyService.MaskOptions(null, null, policy, dir.resolve("masked.csv"), null, false, ws,
                null, null, "customers.csv", null, true);
        assertTrue(PrivacyService.mask(PrivacyService.plan(options), KEYS, Progress.NONE).written());
        assertFalse(Files.readString(dir.resolve("masked.csv")).contains("example.com"));
    }

    @Test
    void findsThePersonInThePlainAndThroughThePseudonymInTheMaskedDataset() {
        var otherCase = SubjectRequestService.find(workspace, OFFICER, new SubjectQuery(SubjectKey.EMAIL,
                "  wang.fang@EXAMPLE.com "), KEYS, null, Progress.NONE);
        assertEquals(List.of("customers.csv"), otherCase.matches().stream().map(SubjectMatch::dataset).toList(),
                "plain values compare case-insensitively; a pseudonym only matches the value as it was stored");
        var found = SubjectRequestService.find(workspace, OFFICER, new SubjectQuery(SubjectKey.EMAIL, EMAIL), KEYS,
                null, Progress.NONE);
        assertEquals(2, found.matches().size(), found.toString());
        SubjectMatch plain = found.matches().get(0);
        assertFalse(plain.masked());
        assertEquals(List.of(0), plain.rows());
        assertEquals(List.of("email"), plain.columns());
        SubjectMatch masked = found.matches().get(1);
        assertTrue(masked.masked());
        assertEquals(List.of(0), masked.rows());
        assertEquals(List.of("email"), masked.columns());
        assertEquals("open", found.request().status());
        assertEquals(Duration.ofDays(30), Duration.between(found.request().receivedAt(), found.request().deadline()));

        var byPhone = SubjectRequestService.find(workspace, OFFICER, new SubjectQuery(SubjectKey.PHONE,
                "0086-150-87719150".substring(4)), KEYS, null, Progress.NONE);
        assertEquals(1, byPhone.matches().size(), "the phone is redacted in the masked dataset");
        var byId = SubjectRequestService.find(workspace, OFFICER, new SubjectQuery(SubjectKey.ID, "C001"), KEYS,
                null, Progress.NONE);
        assertEquals(2, byId.matches().size(), "the masked dataset holds the id's pseudonym CUST-…");
        var withoutKeys = SubjectRequestService.find(workspace, OFFICER, new SubjectQuery(SubjectKey.ID, "C001"),
                null, null, Progress.NONE);
        assertEquals(1, withoutKeys.matches().size());
        assertTrue(withoutKeys.notes().stream().anyMatch(n -> n.contains("unlock the vault")), withoutKeys.notes()
                .toString());
    }

    @Test
    void accessWritesTheirRecordsAsJsonAndCompletesTheRequest() throws Exception {
        var found = SubjectRequestService.find(workspace, OFFICER, new SubjectQuery(SubjectKey.EMAIL, EMAIL), KEYS,
                null, Progress.NONE);
        Path out = dir.resolve("access.json");
        var accessed = SubjectRequestService.access(workspace, OFFICER, new SubjectQuery(SubjectKey.EMAIL, EMAIL),
                KEYS, found.request().id(), out, Progress.NONE);
        assertEquals(2, accessed.records());
        assertEquals("completed", accessed.request().status());
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertEquals(found.request().id(), doc.get("request").asLong());
        JsonNode first = doc.get("datasets").get(0).get("records").get(0);
        assertEquals(EMAIL, first.get("email").asText());
        assertEquals(PHONE, first.get("phone").asText(), "values are kept as text, + and spaces included");
        assertThrows(SubjectRequestException.class, () -> SubjectRequestService.erase(workspace, OFFICER,
                new SubjectQuery(SubjectKey.EMAIL, EMAIL), KEYS, found.request().id(), Progress.NONE),
                "a completed request is not reused");
    }

    @Test
    void rectifyChangesThePlainDatasetAndNamesTheMaskedOne() throws Exception {
        var rectified = SubjectRequestService.rectify(workspace, OFFICER, new SubjectQuery(SubjectKey.ID, "C001"),
                KEYS, null, "city", "Beijing", Progress.NONE);
        assertEquals(1, rectified.rowsChanged());
        assertEquals(List.of("customers.csv"), rectified.datasets());
        assertEquals(1, rectified.notChanged().size());
        Dataset plain = DatasetService.findDataset(workspace, "customers.csv").orElseThrow();
        String content = Files.readString(plain.file());
        assertTrue(content.contains("C001," + EMAIL + "," + PHONE + ",Beijing"), content);
        assertTrue(content.contains("C003,ana.silva@example.net,+351 912 345 678,Lisbon"), "others unchanged");
        assertEquals(io.safesegment.core.workspace.DatasetStore.fingerprint(plain.file()), plain.fingerprint());
    }

    @Test
    void eraseRemovesTheRowsEverywhereAndListsThePastExports() throws Exception {
        Path oldFile = DatasetService.findDataset(workspace, "customers.csv").orElseThrow().file();
        var erased = SubjectRequestService.erase(workspace, OFFICER, new SubjectQuery(SubjectKey.EMAIL, EMAIL), KEYS,
                null, Progress.NONE);
        assertEquals(2, erased.rowsRemoved());
        assertEquals(2, erased.datasets().size());
        assertEquals(List.of("masked.csv"), erased.pastExports().stream()
                .map(e -> Path.of(e.file()).getFileName().toString()).toList());
        assertEquals(ApprovalService.exports(workspace), erased.pastExports());
        assertFalse(Files.exists(oldFile), "the old file still held the person");
        for (Dataset d : DatasetService.datasets(ws)) {
            assertEquals(2, d.rows());
            assertEquals(3, Files.readAllLines(d.file()).size(), d.name());
        }
        assertTrue(SubjectRequestService.find(workspace, OFFICER, new SubjectQuery(SubjectKey.EMAIL, EMAIL), KEYS,
                null, Progress.NONE).matches().isEmpty());
    }

    @Test
    void onlyAPrivacyOfficerAndTheValueIsNeverStoredOrAudited() throws Exception {
        assertThrows(SubjectRequestException.class, () -> SubjectRequestService.find(workspace,
                new Actor("andy", Role.ANALYST), new SubjectQuery(SubjectKey.EMAIL, EMAIL), KEYS, null,
                Progress.NONE));
        SubjectRequestService.erase(workspace, OFFICER, new SubjectQuery(SubjectKey.PHONE, PHONE), KEYS, null,
                Progress.NONE);
        assertEquals(1, SubjectRequestService.list(workspace).size());
        var audit = AuditService.list(workspace, AuditFilter.ALL);
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("subject-request")
                && e.detail().contains("type=erase key=phone rows=1")), audit.toString());
        String db = new String(Files.readAllBytes(workspace.databaseFile()), StandardCharsets.ISO_8859_1);
        for (String v : List.of("Wang.Fang", "wang.fang", "8771", "87719150")) {
            assertFalse(db.contains(v), v);
        }
        assertFalse(new SubjectQuery(SubjectKey.EMAIL, EMAIL).toString().contains("Wang"));
    }
}
