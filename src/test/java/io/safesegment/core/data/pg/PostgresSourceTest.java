package io.safesegment.core.data.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DataImportException;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.tablesaw.api.Table;

/** Against a real, throwaway PostgreSQL server started by {@link LocalPostgres}. */
class PostgresSourceTest {
    @RegisterExtension
    static final LocalPostgres SERVER = new LocalPostgres();

    @BeforeAll
    static void createData() throws Exception {
        try (Connection c = SERVER.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS customers (id integer PRIMARY KEY, name text, phone text, "
                    + "income numeric(12,2), born date, seen timestamp, seen_tz timestamptz, vip boolean, "
                    + "visits bigint)");
            s.execute("TRUNCATE customers");
            s.execute("INSERT INTO customers SELECT g, 'name ' || g, '+86138' || lpad(g::text, 8, '0'), g * 1.5, "
                    + "date '1990-01-01' + g, timestamp '2024-01-01 10:00' + g * interval '1 hour', "
                    + "timestamptz '2024-01-01 10:00+08', g % 2 = 0, g::bigint * 1000000000 "
                    + "FROM generate_series(1, 25000) g");
            s.execute("INSERT INTO customers (id) VALUES (0)");
        }
    }

    private static PostgresSource source(String password) {
        return new PostgresSource(new PostgresConnectionOptions("127.0.0.1", SERVER.port(), "postgres",
                LocalPostgres.USER, password.toCharArray(), 5));
    }

    @Test
    void listsAndLoadsATable() {
        PostgresSource src = source(LocalPostgres.PASSWORD);
        assertTrue(src.listTables().contains(new TableRef("public", "customers")));
        TableRef ref = new TableRef("public", "customers");
        assertEquals(25_001, src.countRows(ref));
        double[] last = {0};
        Table t = src.loadTable(ref, new CancellationToken((f, m) -> last[0] = f)).table();
        assertEquals(25_001, t.rowCount());
        assertEquals(1.0, last[0]);
        int i = t.intColumn("id").indexOf(7);
        assertEquals("+8613800000007", t.stringColumn("phone").get(i));
        assertEquals(10.5, t.doubleColumn("income").get(i));
        assertEquals(LocalDate.of(1990, 1, 8), t.dateColumn("born").get(i));
        assertEquals(LocalDateTime.of(2024, 1, 1, 17, 0), t.dateTimeColumn("seen").get(i));
        assertEquals(LocalDateTime.of(2024, 1, 1, 2, 0), t.dateTimeColumn("seen_tz").get(i));
        assertFalse(t.booleanColumn("vip").get(i));
        assertEquals(7_000_000_000L, t.longColumn("visits").get(i));
        int empty = t.intColumn("id").indexOf(0);
        assertTrue(t.doubleColumn("income").isMissing(empty));
        assertTrue(t.dateColumn("born").isMissing(empty));
        assertTrue(t.dateTimeColumn("seen_tz").isMissing(empty));
        assertTrue(t.dateTimeColumn("seen").isMissing(empty));
        assertTrue(t.booleanColumn("vip").isMissing(empty));
        assertTrue(t.longColumn("visits").isMissing(empty));
        assertTrue(t.stringColumn("name").isMissing(empty));
    }

    @Test
    void loadsAQuery() {
        PostgresSource src = source(LocalPostgres.PASSWORD);
        String sql = "SELECT id, name AS label FROM customers WHERE id <= 10 ORDER BY id;";
        assertEquals(11, src.countQueryRows(sql));
        Table t = src.loadQuery(sql, "q", Progress.NONE).table();
        assertEquals(11, t.rowCount());
        assertEquals("name 10", t.stringColumn("label").get(10));
    }

    @Test
    void cancellationStopsTheFetch() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(TaskCancelledException.class,
                () -> source(LocalPostgres.PASSWORD).loadTable(new TableRef("public", "customers"), token));
    }

    @Test
    void wrongPasswordNamesServerButNotPassword() {
        DataImportException e = assertThrows(DataImportException.class, () -> source("wrong-secret").listTables());
        assertTrue(e.getMessage().contains("127.0.0.1:" + SERVER.port() + "/postgres"), e.getMessage());
        assertTrue(e.getMessage().contains("authentication failed"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-secret"));
    }

    @Test
    void serverDownIsAConnectionError() throws Exception {
        int unused = LocalPostgres.freePort();
        PostgresSource src = new PostgresSource(new PostgresConnectionOptions("127.0.0.1", unused, "postgres",
                "nobody", "x".toCharArray(), 2));
        DataImportException e = assertThrows(DataImportException.class, src::listTables);
        assertTrue(e.getMessage().startsWith("PostgreSQL server 127.0.0.1:" + unused + "/postgres: cannot connect"),
                e.getMessage());
    }

    @Test
    void badQueryAndMissingTableAreExplained() {
        PostgresSource src = source(LocalPostgres.PASSWORD);
        assertTrue(assertThrows(DataImportException.class, () -> src.loadQuery("SELEC 1", "q", Progress.NONE))
                .getMessage().contains("not valid SQL"));
        assertTrue(assertThrows(DataImportException.class, () -> src.countRows(new TableRef("public", "nope")))
                .getMessage().contains("does not exist"));
    }

    @Test
    void optionsNeverPrintThePassword() {
        PostgresConnectionOptions o = new PostgresConnectionOptions("h", 5432, "db", "u", "s3cret".toCharArray(), 0);
        assertFalse(o.toString().contains("s3cret"));
        o.clearPassword();
        assertEquals("\0\0\0\0\0\0", new String(o.password()));
    }
}
