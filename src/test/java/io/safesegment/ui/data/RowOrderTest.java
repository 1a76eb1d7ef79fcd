package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/** RowOrder against a plain boxed sort and filter over random tables (seeded). */
class RowOrderTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
    void matchesANaiveSortAndFilter(long seed) {
        Random random = new Random(seed);
        int n = 200 + random.nextInt(2000);
        String[] cities = {"Berlin", "berlin", "Shanghai", "Zürich", "Åre", ""};
        StringColumn city = StringColumn.create("city");
        DoubleColumn income = DoubleColumn.create("income");
        DateColumn since = DateColumn.create("since");
        IntColumn visits = IntColumn.create("visits");
        DateTimeColumn seen = DateTimeColumn.create("seen");
        for (int i = 0; i < n; i++) {
            visits.append(random.nextInt(3000) - 200);
            seen.append(random.nextInt(9) == 0 ? null
                    : LocalDateTime.of(2020, 1, 1, 0, 0).plusMinutes(random.nextInt(2_000_000)));
            city.append(cities[random.nextInt(cities.length)]);
            if (random.nextInt(10) == 0) {
                income.appendMissing();
            } else {
                income.append(random.nextInt(500) / 4.0);
            }
            since.append(random.nextInt(8) == 0 ? null : LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)));
        }
        // Tablesaw keeps mostly-distinct text (e-mails) without a dictionary; both storages must filter alike.
        StringColumn emailValues = StringColumn.create("email");
        for (int i = 0; i < n; i++) {
            emailValues.append(random.nextInt(7) == 0 ? "" : "User" + random.nextInt(100_000) + "@Example.COM");
        }
        StringColumn email = StringColumn.createInternal("email", new NullDictionaryMap(emailValues.getDictionary()));
        Table table = Table.create("t", city, income, since, visits, seen, email);
        String[] filters = {"", "BER", "2.5", "20", "-1", "T1", ":3", "user12", "example.com"};
        String filter = filters[random.nextInt(filters.length)];
        for (Column<?> column : table.columns()) {
            for (boolean ascending : new boolean[] {true, false}) {
                int[] expected = naive(table, column, ascending, filter);
                assertArrayEquals(expected, RowOrder.compute(table, column.name(), ascending, filter, Progress.NONE),
                        column.name() + " " + ascending + " '" + filter + "'");
            }
        }
    }

    @Test
    void aLongFilterChecksForCancellationWithinEachColumnAndStopsWhenCancelled() {
        int n = 300_000;
        Random random = new Random(99);
        String[] names = new String[n];
        int[] amounts = new int[n];
        for (int i = 0; i < n; i++) {
            names[i] = "customer " + random.nextInt(5000);
            amounts[i] = random.nextInt(100_000);
        }
        Table table = Table.create("t", StringColumn.create("name", names), IntColumn.create("amount", amounts));
        AtomicInteger checks = new AtomicInteger();
        Progress counting = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // Only the cancellation checks matter here.
            }

            @Override
            public boolean isCancelled() {
                checks.incrementAndGet();
                return false;
            }
        };
        int matches = RowOrder.compute(table, null, true, "77", counting).length;
        assertTrue(matches > 0);
        assertTrue(checks.get() >= 2 * (n / 65_536), "checked " + checks.get() + " times over two columns");

        CancellationToken token = new CancellationToken();
        AtomicInteger seen = new AtomicInteger();
        Progress cancelling = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // Only the cancellation checks matter here.
            }

            @Override
            public boolean isCancelled() {
                if (seen.incrementAndGet() == 4) {
                    token.cancel();
                }
                return token.isCancelled();
            }
        };
        assertThrows(TaskCancelledException.class, () -> RowOrder.compute(table, "amount", true, "77", cancelling));
        assertEquals(4, seen.get(), "stopped at the first check after the cancel");
    }

    private static int[] naive(Table table, Column<?> column, boolean ascending, String filter) {
        String needle = filter.toLowerCase(Locale.ROOT);
        Comparator<Integer> values = switch (column) {
            case DoubleColumn d -> Comparator.comparingDouble(d::getDouble);
            case DateColumn d -> Comparator.comparing(d::get);
            case IntColumn d -> Comparator.comparingInt(d::getInt);
            case DateTimeColumn d -> Comparator.comparing(d::get);
            case StringColumn s -> Comparator.comparing((Integer i) -> s.get(i), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(s::get);
            default -> throw new IllegalArgumentException(column.name());
        };
        Comparator<Integer> direction = ascending ? values : values.reversed();
        return IntStream.range(0, table.rowCount()).boxed()
                .filter(row -> needle.isEmpty() || table.columns().stream().anyMatch(c -> !c.isMissing(row)
                        && c.getString(row).toLowerCase(Locale.ROOT).contains(needle)))
                .sorted((a, b) -> {
                    boolean ma = column.isMissing(a);
                    boolean mb = column.isMissing(b);
                    if (ma || mb) {
                        return ma == mb ? Integer.compare(a, b) : ma ? 1 : -1;
                    }
                    int c = direction.compare(a, b);
                    return c != 0 ? c : Integer.compare(a, b);
                })
                .mapToInt(Integer::intValue).toArray();
    }
}
