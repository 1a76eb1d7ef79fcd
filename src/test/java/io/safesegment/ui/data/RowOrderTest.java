package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** RowOrder against a plain boxed sort and filter over random tables (seeded). */
class RowOrderTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void matchesANaiveSortAndFilter(long seed) {
        Random random = new Random(seed);
        int n = 200 + random.nextInt(2000);
        String[] cities = {"Berlin", "berlin", "Shanghai", "Zürich", "Åre", ""};
        StringColumn city = StringColumn.create("city");
        DoubleColumn income = DoubleColumn.create("income");
        DateColumn since = DateColumn.create("since");
        for (int i = 0; i < n; i++) {
            city.append(cities[random.nextInt(cities.length)]);
            if (random.nextInt(10) == 0) {
                income.appendMissing();
            } else {
                income.append(random.nextInt(500) / 4.0);
            }
            since.append(random.nextInt(8) == 0 ? null : LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)));
        }
        Table table = Table.create("t", city, income, since);
        String filter = random.nextBoolean() ? "" : random.nextBoolean() ? "BER" : "2.5";
        for (Column<?> column : table.columns()) {
            for (boolean ascending : new boolean[] {true, false}) {
                int[] expected = naive(table, column, ascending, filter);
                assertArrayEquals(expected, RowOrder.compute(table, column.name(), ascending, filter, Progress.NONE),
                        column.name() + " " + ascending + " '" + filter + "'");
            }
        }
    }

    private static int[] naive(Table table, Column<?> column, boolean ascending, String filter) {
        String needle = filter.toLowerCase(Locale.ROOT);
        Comparator<Integer> values = switch (column) {
            case DoubleColumn d -> Comparator.comparingDouble(d::getDouble);
            case DateColumn d -> Comparator.comparing(d::get);
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
