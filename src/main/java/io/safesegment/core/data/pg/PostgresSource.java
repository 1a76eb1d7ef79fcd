package io.safesegment.core.data.pg;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.data.io.ColumnSpec;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.task.Progress;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads tables and query results from PostgreSQL into Tablesaw. Rows are streamed with a server-side cursor
 * (autocommit off, fetch size), so a large table does not have to fit twice in memory, and the load reports progress
 * against the row count and stops when cancelled. Connection errors name the server and say what to check; the
 * password never appears in messages or logs.
 */
public final class PostgresSource {
    /** Rows fetched per round trip. */
    public static final int FETCH_SIZE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresSource.class);

    private final PostgresConnectionOptions options;

    /** A source for the given server; nothing is opened until a method is called. */
    public PostgresSource(PostgresConnectionOptions options) {
        this.options = options;
    }

    /** User tables and views, excluding system schemas, sorted by schema and name. */
    public List<TableRef> listTables() {
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            List<TableRef> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE", "VIEW", "MATERIALIZED VIEW"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (!schema.equals("information_schema") && !schema.startsWith("pg_")) {
                        tables.add(new TableRef(schema, rs.getString("TABLE_NAME")));
                    }
                }
            }
            tables.sort(java.util.Comparator.comparing(TableRef::schema).thenComparing(TableRef::name));
            return tables;
        } catch (SQLException e) {
            throw translate(e, "listing tables");
        }
    }

    /** Number of rows of a table. */
    public long countRows(TableRef table) {
        return count("SELECT count(*) FROM " + table.quoted(), table.quoted());
    }

    /** Number of rows a query returns (the query runs once inside {@code count(*)}). */
    public long countQueryRows(String sql) {
        return count("SELECT count(*) FROM (" + stripSemicolon(sql) + ") AS safesegment_query", "the query");
    }

    /** Loads a whole table. */
    public ImportResult loadTable(TableRef table, Progress progress) {
        long total = countRows(table);
        return load("SELECT * FROM " + table.quoted(), table.name(), total, progress);
    }

    /** Loads the result of a read-only query. */
    public ImportResult loadQuery(String sql, String tableName, Progress progress) {
        return load(stripSemicolon(sql), tableName, -1, progress);
    }

    private long count(String sql, String what) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw translate(e, "counting rows of " + what);
        }
    }

    private ImportResult load(String sql, String tableName, long total, Progress progress) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int n = meta.getColumnCount();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        names.add(meta.getColumnLabel(i));
                    }
                    var header = io.safesegment.core.data.io.HeaderNames.normalise(names);
                    JdbcColumnReader[] columns = new JdbcColumnReader[n];
                    List<ColumnSpec> specs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        columns[i] = JdbcColumnReader.of(header.names().get(i), meta.getColumnType(i + 1),
                                meta.getColumnTypeName(i + 1));
                        specs.add(new ColumnSpec(header.names().get(i), columns[i].type(), null));
                    }
                    int row = 0;
                    while (rs.next()) {
                        for (int i = 0; i < n; i++) {
                            columns[i].read(rs, i + 1);
                        }
                        row++;
                        if (row % FETCH_SIZE == 0) {
                            progress.checkCancelled();
                            progress.report(total > 0 ? Math.min(1.0, (double) row / total) : -1,
                                    Message.of("progress.pg.fetched", row));
                        }
                    }
                    Column<?>[] built = new Column<?>[n];
                    for (int i = 0; i < n; i++) {
                        built[i] = columns[i].column();
                    }
                    c.commit();
                    progress.report(1.0, Message.of("progress.pg.fetched", row));
                    LOG.info("Loaded {} rows x {} columns from {}", row, n, options.describe());
                    return new ImportResult(Table.create(tableName, built), specs, null, 0, List.of(),
                            header.renames());
                }
            }
        } catch (SQLException e) {
            throw translate(e, "reading data");
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", options.user());
        props.setProperty("password", new String(options.password()));
        props.setProperty("connectTimeout", Integer.toString(options.connectTimeoutSeconds()));
        props.setProperty("loginTimeout", Integer.toString(options.connectTimeoutSeconds()));
        props.setProperty("ApplicationName", "SafeSegment");
        String url = "jdbc:postgresql://" + hostForUrl(options.host()) + ":" + options.port() + "/"
                + java.net.URLEncoder.encode(options.database(), java.nio.charset.StandardCharsets.UTF_8);
        return DriverManager.getConnection(url, props);
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String stripSemicolon(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("pg.postgresSource.enterASqlQuery"));
        }
        return s;
    }

    /** Turns driver errors into messages that name the server and say what to do. */
    private DataImportException translate(SQLException e, String doing) {
        Message server = Message.of("import.pg.server", options.describe());
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Message advice;
        if (state.equals("28P01") || state.equals("28000")) {
            advice = Message.of("import.pg.auth", options.user());
        } else if (state.startsWith("08")) {
            advice = Message.of("import.pg.connect");
        } else if (state.equals("3D000")) {
            advice = Message.of("import.pg.noDatabase");
        } else if (state.equals("42P01")) {
            advice = Message.of("import.pg.noTable");
        } else if (state.startsWith("42")) {
            advice = Message.of("import.pg.badSql", e.getMessage());
        } else if (state.equals("57014")) {
            advice = Message.of("import.pg.cancelled");
        } else {
            advice = Message.of("import.pg.failed", doing, state, e.getMessage());
        }
        LOG.debug("{} while {}: SQL state {}", server, doing, state);
        return new DataImportException(server, 0, 0, advice, e);
    }
}
