package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.pg.LocalPostgres;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 item 1: a {@code postgres} step on Spark local[2] (Spark's JDBC source, 3 partitions over the numeric
 * {@code id}) fetches the rows the desktop engine fetches, with the same cell texts for integers, bigints, numerics,
 * reals, doubles, text (a formula left as it is), dates, timestamps with and without time zone, booleans and NULLs;
 * the password comes from where the desktop takes it and appears in no output. Against the throwaway PostgreSQL of
 * the desktop tests ({@link LocalPostgres}: skipped with a message without server binaries, a failure under CI).
 */
class SparkJdbcTest {
    @RegisterExtension
    static final LocalPostgres SERVER = new LocalPostgres();

    @TempDir
    Path dir;

    @BeforeAll
    static void createData() throws Exception {
        try (Connection c = SERVER.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id integer PRIMARY KEY, big bigint, price numeric(10,2), ratio real, "
                    + "score double precision, note text, born date, seen timestamp, seen_tz timestamptz, "
                    + "active boolean)");
            s.execute("INSERT INTO orders SELECT g, g * 1000000000::bigint, g * 1.25, g / 7.0, g / 3.0, "
                    + "CASE WHEN g % 50 = 0 THEN NULL WHEN g % 7 = 0 THEN '=SUM(A1)' ELSE 'note ' || g END, "
                    + "date '2000-01-01' + g, timestamp '2024-01-01 00:00' + g * interval '61 seconds', "
                    + "timestamptz '2024-01-01 00:00+08' + g * interval '1 hour', g % 2 = 0 "
                    + "FROM generate_series(1, 1000) g");
            s.execute("INSERT INTO orders (id) VALUES (0)");
        }
    }

    private Recipe recipe(String prefix) {
        return Recipe.parse("""
                {"recipeVersion": 1, "name": "jdbc", "steps": [
                  {"kind": "postgres", "name": "orders", "url": "jdbc:postgresql://127.0.0.1:%2$d/postgres",
                   "user": "postgres", "table": "public.orders", "partitionColumn": "id", "partitions": 3,
                   "output": "%1$s-orders.csv"}
                ]}""".formatted(prefix, SERVER.port()), dir);
    }

    @Test
    void sparkFetchesTheRowsTheDesktopFetches() throws Exception {
        RecipeKeys keys = RecipeKeys.withDatabasePassword(RecipeKeys.NONE, LocalPostgres.PASSWORD::toCharArray);
        Path ws = dir.resolve("ws");
        RecipeResult desktop = RecipeService.run(recipe("desktop"), ws, keys, "desktop", null, Progress.NONE);
        RecipeResult spark = RecipeService.run(recipe("spark"), ws, keys, "spark", "local[2]", Progress.NONE);
        assertEquals("done", spark.steps().get(0).status(), spark.toString());
        assertEquals(1001L, ((Number) spark.steps().get(0).details().get("rows")).longValue());
        assertEquals(3, spark.steps().get(0).details().get("partitions"));
        assertEquals(desktop.steps().get(0).details().get("columns"), spark.steps().get(0).details().get("columns"));
        List<String> expected = Files.readAllLines(ws.resolve("exports/desktop-orders.csv"));
        List<String> actual = Files.readAllLines(ws.resolve("exports/spark-orders.csv"));
        assertEquals(expected.get(0), actual.get(0));
        // PostgreSQL promises no row order without ORDER BY: the same rows, compared sorted
        assertEquals(expected.stream().skip(1).sorted().toList(), actual.stream().skip(1).sorted().toList());
        String text = String.join("\n", actual);
        assertTrue(text.contains("=SUM(A1)"), "an intermediate file keeps text as fetched, as on the desktop");
        assertFalse(text.contains(LocalPostgres.PASSWORD) || spark.toString().contains(LocalPostgres.PASSWORD));
    }
}
