package io.safesegment.core.campaign.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.task.Progress;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Planted outliers are found with the right reason; ordinary rows are not flagged. */
class TransactionAnomaliesTest {

    @Test
    void findsPlantedOutliersAndSaysWhy() {
        StringColumn customer = StringColumn.create("customer_id");
        DateTimeColumn time = DateTimeColumn.create("timestamp");
        DoubleColumn amount = DoubleColumn.create("amount");
        StringColumn channel = StringColumn.create("channel");
        SplittableRandom random = new SplittableRandom(5);
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 10, 0);
        for (int c = 0; c < 40; c++) {
            for (int i = 0; i < 20; i++) {
                customer.append("C" + c);
                time.append(start.plusDays(7L * i).plusHours(c));
                amount.append(20 + c + random.nextDouble() * 10); // usual: 20..30 + c
                channel.append(c % 2 == 0 ? "web" : "store");
            }
        }
        // planted: C3 spends 900 (line = index + 2), C8 buys on the app once, C12 buys 6 times within 2 hours
        customer.append("C3");
        time.append(start.plusDays(200));
        amount.append(900);
        channel.append("store");
        int bigLine = customer.size() + 1;
        customer.append("C8");
        time.append(start.plusDays(201));
        amount.append(30);
        channel.append("app");
        int appLine = customer.size() + 1;
        for (int k = 0; k < 6; k++) {
            customer.append("C12");
            time.append(start.plusDays(202).plusMinutes(20L * k));
            amount.append(32);
            channel.append("web");
        }
        Table table = Table.create("tx", customer, time, amount, channel);
        AnomalyReport report = CampaignService.anomalies(table, RoleMapping.empty(), AnomalyOptions.defaults(),
                Progress.NONE);
        assertEquals(40, report.customers());
        AnomalyReport.FlaggedTransaction first = report.top().get(0);
        assertEquals(bigLine, first.line());
        assertEquals(List.of(AnomalyReport.Reason.AMOUNT_FAR_ABOVE_USUAL), first.reasons());
        assertTrue(first.robustZ() > 50);
        assertTrue(report.top().stream().anyMatch(t -> t.line() == appLine
                && t.reasons().contains(AnomalyReport.Reason.NEW_CHANNEL)));
        Set<String> burst = report.top().stream().filter(t -> t.reasons().contains(AnomalyReport.Reason.BURST))
                .map(AnomalyReport.FlaggedTransaction::customer).collect(Collectors.toSet());
        assertEquals(Set.of("C12"), burst);
        // Only the planted rows: 1 amount + 1 channel + 2 burst rows (the 5th and 6th of the six)
        assertEquals(4, report.flagged(), report.top().toString());
    }
}
