package io.safesegment.core.recipe;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.pg.PostgresConnectionOptions;
import io.safesegment.core.data.pg.TableRef;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * The {@code postgres} step: a table or query result fetched from PostgreSQL and written as a CSV file whose
 * column types travel with it, so later steps read what the Data section loaded. The URL carries host, port and
 * database only (a URL with parameters is refused, so no password can hide in it); the password comes from the
 * front end ({@link RecipeKeys#databasePassword}) or the environment variable the step names in
 * {@code passwordEnv} (default {@value #DEFAULT_PASSWORD_ENV}), is used for one connection and wiped.
 */
final class PostgresStep {
    /** The environment variable a replay reads the database password from unless the step names another. */
    static final String DEFAULT_PASSWORD_ENV = "SAFESEGMENT_PG_PASSWORD";
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?#@\\s]+)(?::(\\d{1,5}))?/([^/?#\\s]+)");

    /** Host, port and database of a step's URL. */
    record Server(String host, int port, String database) {
    }

    private PostgresStep() {
    }

    /** The server the step's {@code url} names; a malformed URL throws naming the field (never echoing it). */
    static Server server(RecipeStep s) {
        Matcher m = URL.matcher(s.text("url", ""));
        if (!m.matches()) {
            throw new StepOptions.FieldException("url", Message.of("recipe.error.pgUrl"));
        }
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65_535) {
            throw new StepOptions.FieldException("url", Message.of("recipe.error.pgUrl"));
        }
        return new Server(m.group(1), port, m.group(3));
    }

    /** {@code schema.table} (schema {@code public} when omitted). */
    static TableRef table(RecipeStep s) {
        String t = s.text("table", "");
        int dot = t.indexOf('.');
        return dot < 0 ? new TableRef("public", t) : new TableRef(t.substring(0, dot), t.substring(dot + 1));
    }

    /** Checks the fields without connecting (a dry run needs no database); columns are unknown until run time. */
    static void check(RecipeValidator v, RecipeStep s) {
        server(s);
        if ((s.get("table") == null) == (s.get("query") == null)) {
            v.problem(s, "table", Message.of("recipe.error.pgSource"));
        }
        RoleMapping roles = StepOptions.roles(s.get("roles"));
        v.outputs().put(s.name(), StepData.written(v.out(s, "output", s.name() + ".csv"), roles, null, null));
    }

    /**
     * The database password of the step: from the front end, else from the environment variable the step names
     * (the caller wipes it after one connection).
     *
     * @throws RecipeException on {@code passwordEnv} when neither has one
     */
    static char[] password(RecipeKeys keys, RecipeStep s) {
        String env = s.text("passwordEnv", DEFAULT_PASSWORD_ENV);
        char[] password = keys.databasePassword(s.text("url", ""), s.text("user", ""));
        if (password == null) {
            String value = System.getenv(env);
            password = value == null ? null : value.toCharArray();
        }
        if (password == null) {
            throw new RecipeException(s.number(), "passwordEnv", Message.of("recipe.error.pgPassword", env));
        }
        return password;
    }

    /** Fetches, writes the output file and returns the rows fetched. */
    static StepData run(RecipeRunner r, RecipeStep s, Map<String, Object> details, Progress progress) {
        Server server = server(s);
        char[] password = password(r.keys(), s);
        PostgresConnectionOptions options = new PostgresConnectionOptions(server.host(), server.port(),
                server.database(), s.text("user", ""), password, 10);
        Table table;
        try {
            table = s.get("query") != null
                    ? DatasetService.loadPostgresQuery(options, s.text("query", ""), s.name(), progress.slice(0, 0.8))
                            .table()
                    : DatasetService.loadPostgresTable(options, table(s), progress.slice(0, 0.8)).table();
        } finally {
            options.clearPassword();
            Arrays.fill(password, '\0');
        }
        Path out = r.out(s, "output", s.name() + ".csv");
        // an intermediate file of the pipeline: values are written as fetched (no formula neutralisation)
        DatasetService.export(table, out, ExportOptions.defaults().withNeutraliseFormulas(false),
                progress.slice(0.8, 1));
        details.put("database", server.database());
        details.put("rows", table.rowCount());
        details.put("columns", table.columnCount());
        CsvImportOptions read = CsvImportOptions.defaults().withColumnTypes(DatasetService.columnTypes(table));
        return new StepData(out, read, StepOptions.roles(s.get("roles")), table.columnNames(), Map.of(), null);
    }
}
