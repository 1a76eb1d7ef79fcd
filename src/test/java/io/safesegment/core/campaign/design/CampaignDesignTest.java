package io.safesegment.core.campaign.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded split, target filter, power check and the assignment list. */
class CampaignDesignTest {
    @TempDir
    Path dir;

    @Test
    void splitIsSeededIndependentOfInputOrderAndSizedByShare() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1003; i++) {
            ids.add("C" + i);
        }
        CampaignDesign design = new CampaignDesign(List.of("coupon", "shipping"), "email", 0.2, 9);
        Map<String, String> a = RandomSplit.assign(ids, design);
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new java.util.Random(1));
        assertEquals(a, RandomSplit.assign(shuffled, design));
        // round(1003 × 0.2) = 201 control; 802 left → 401 + 401
        assertEquals(201, a.values().stream().filter("control"::equals).count());
        assertEquals(401, a.values().stream().filter("coupon"::equals).count());
        assertEquals(401, a.values().stream().filter("shipping"::equals).count());
        assertFalse(a.equals(RandomSplit.assign(ids, new CampaignDesign(List.of("coupon", "shipping"), "email", 0.2,
                10))), "another seed, another split");
    }

    @Test
    void designsOnAFilteredTargetAndWritesTheList() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,segment\n");
        for (int i = 0; i < 500; i++) {
            csv.append("K").append(i).append(',').append(i % 2 == 0 ? "champions" : "at risk").append('\n');
        }
        Path target = dir.resolve("scores.csv");
        Files.writeString(target, csv);
        Path out = dir.resolve("assign.csv");
        DesignResult r = CampaignService.design(new CampaignService.DesignRequest(target, RoleMapping.empty(),
                "segment=Champions", new CampaignDesign(List.of("a", "b"), "sms", 0.5, 3),
                new CampaignService.SampleSizeRequest(0.05, 0.05, 0.05, 0.8), out), Progress.NONE);
        assertEquals(250, r.targetCustomers());
        assertEquals(125, r.arms().get(0).customers());
        assertEquals(435L, r.sampleSizePerArm());
        assertTrue(r.underpowered());
        List<String> lines = Files.readAllLines(out);
        assertEquals("customer_id,arm,channel", lines.get(0));
        assertEquals(251, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",sms")));
    }

    @Test
    void refusesUnmaskedIdentifiers() throws Exception {
        Path target = dir.resolve("raw.csv");
        Files.writeString(target, "customer_id\nann@example.com\nbob@example.org\n");
        CampaignException e = assertThrows(CampaignException.class, () -> CampaignService.design(
                new CampaignService.DesignRequest(target, RoleMapping.empty(), null,
                        new CampaignDesign(List.of("a"), null, 0.2, 1), null, null), Progress.NONE));
        assertTrue(e.getMessage().contains("line 2") && !e.getMessage().contains("ann"), e.getMessage());
        assertTrue(CampaignTarget.looksPersonal("+49 30 1234567"));
        assertFalse(CampaignTarget.looksPersonal("100000123"));
        assertFalse(CampaignTarget.looksPersonal("C0000123"));
    }
}
