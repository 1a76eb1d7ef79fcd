package io.safesegment.core.data.io;

import io.safesegment.core.i18n.Message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The parallel UTF-8 reader must give exactly what the sequential reader gives: the same table, types, warnings,
 * skipped rows and issues, or the same error naming the same line and column. Seeded random files mix quotes,
 * doubled quotes, embedded CR/LF, Unicode, blank lines, ragged rows, NUL bytes and invalid UTF-8; tiny chunk sizes put
 * chunk boundaries on every line, including inside quoted fields.
 */
class ParallelCsvReaderTest {
    private static final int[] CHUNK_SIZES = {1, 5, 17, 64, 300, 1 << 20};
    private static final String[] WORDS = {"Ann", "李明", "Zoë", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf",
        "😀 emoji", "", "NA", "=SUM(A1)", "+86 138", "0123", " padded ", "'quote'"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void cleanRandomFilesLoadIdentically(long seed) throws IOException {
        Random random = new Random(seed);
        for (int i = 0; i < 25; i++) {
            Path file = write("clean-" + seed + "-" + i + ".csv", randomCsv(random, false));
            assertSameForAllChunkSizes(file, CsvImportOptions.defaults());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void damagedRandomFilesFailOrSkipIdentically(long seed) throws IOException {
        Random random = new Random(seed);
        for (int i = 0; i < 25; i++) {
            Path file = write("bad-" + seed + "-" + i + ".csv", randomCsv(random, true));
            assertSameForAllChunkSizes(file, CsvImportOptions.defaults());
            assertSameForAllChunkSizes(file, CsvImportOptions.defaults().withSkipBadRows(true));
        }
    }

    @Test
    void declaredTypesRejectTheSameRowsOnBothPaths() throws IOException {
        Random random = new Random(21);
        for (int i = 0; i < 20; i++) {
            Path file = write("declared-" + i + ".csv", randomCsv(random, false));
            CsvImportOptions options = CsvImportOptions.defaults().withColumnTypes(Map.of("n", ColumnType.INTEGER,
                    "d", ColumnType.DATE, "t", ColumnType.DECIMAL));
            assertSameForAllChunkSizes(file, options);
            assertSameForAllChunkSizes(file, options.withSkipBadRows(true));
        }
    }

    @Test
    void chunksOfPlainLinesAreParsedInParallelWithoutFallback() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,amount\n");
        for (int r = 0; r < 500; r++) {
            csv.append(r).append(",name ").append(r % 37).append(',').append(r * 0.5).append(r % 3 == 0 ? "\r\n" : "\n");
        }
        Path file = write("plain.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        ParallelCsvReader.Loaded loaded = ParallelCsvReader.load(settings(file, 3, 40), Progress.NONE, Message.literal(""));
        assertNotNull(loaded, "a file without quoted line breaks needs no fallback");
        assertEquals(500, loaded.rows());
        assertEquals(ImportResultView.of(CsvImport.load(file, CsvImportOptions.defaults(), Progress.NONE, 0)),
                ImportResultView.of(CsvImport.load(file, CsvImportOptions.defaults(), Progress.NONE, 40)));
    }

    @Test
    void aQuotedLineBreakAtAChunkBoundaryFallsBackToTheSequentialReader() throws IOException {
        String csv = "id,note\n1,\"first line\nsecond line\"\n2,plain\n";
        Path file = write("straddle.csv", csv.getBytes(StandardCharsets.UTF_8));
        // the guessed second chunk starts after the line feed inside the quotes
        long guess = ParallelCsvReader.chunkStarts(java.nio.channels.FileChannel.open(file), 0, Files.size(file),
                10)[1];
        assertEquals(csv.indexOf("second"), guess);
        assertNull(ParallelCsvReader.load(settings(file, 2, 10), Progress.NONE, Message.literal("")));
        Table table = CsvImport.load(file, CsvImportOptions.defaults(), Progress.NONE, 10).table();
        assertEquals("first line\nsecond line", table.stringColumn("note").get(0));
        assertEquals(2, table.rowCount());
    }

    @Test
    void aSkippedRowInALaterChunkIsReportedWithItsLineInTheWholeFile() throws IOException {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int r = 1; r <= 300; r++) {
            csv.append(r).append(",n").append(r).append(r == 250 ? ",extra\n" : "\n");
        }
        Path file = write("ragged.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        ParallelCsvReader.Settings skipping = settings(file, 2, 64);
        skipping = new ParallelCsvReader.Settings(file, "f.csv", 0, Files.size(file), ',', '"', true,
                skipping.specs(), skipping.declared(), Set.of(""), '.', true, 1000, 64);
        ParallelCsvReader.Loaded loaded = ParallelCsvReader.load(skipping, Progress.NONE, Message.literal(""));
        assertNotNull(loaded);
        assertEquals(299, loaded.rows());
        assertEquals(List.of(new RowIssue(251, 0, RecordBatches.fieldCountProblem(3, 2))), loaded.issues());
        DataImportException e = org.junit.jupiter.api.Assertions.assertThrows(DataImportException.class,
                () -> CsvImport.load(file, CsvImportOptions.defaults(), Progress.NONE, 64));
        assertEquals(251, e.line());
    }

    @Test
    void cancellingDuringAParallelLoadStopsIt() throws IOException {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int r = 1; r <= 2000; r++) {
            csv.append(r).append(",n").append(r).append('\n');
        }
        Path file = write("cancel.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        List<Double> fractions = new ArrayList<>();
        CancellationToken[] token = new CancellationToken[1];
        token[0] = new CancellationToken((fraction, message) -> {
            fractions.add(fraction);
            if (fraction > 0) {
                token[0].cancel(); // as a user pressing Cancel once the first chunk is read
            }
        });
        org.junit.jupiter.api.Assertions.assertThrows(TaskCancelledException.class,
                () -> CsvImport.load(file, CsvImportOptions.defaults(), token[0], 256));
        assertTrue(fractions.stream().anyMatch(f -> f > 0), "progress before the cancel: " + fractions);
    }

    private ParallelCsvReader.Settings settings(Path file, int columns, int chunkBytes) throws IOException {
        List<ColumnSpec> specs = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            specs.add(new ColumnSpec("c" + i, ColumnType.TEXT, null));
        }
        return new ParallelCsvReader.Settings(file, "f.csv", 0, Files.size(file), ',', '"', true, specs,
                new boolean[columns], Set.of(""), '.', false, 1000, chunkBytes);
    }

    private void assertSameForAllChunkSizes(Path file, CsvImportOptions options) {
        Object expected = outcome(file, options, 0);
        for (int chunk : CHUNK_SIZES) {
            assertEquals(expected, outcome(file, options, chunk), file.getFileName() + " with chunks of " + chunk
                    + " bytes, skipBadRows=" + options.skipBadRows());
        }
    }

    private static Object outcome(Path file, CsvImportOptions options, int chunkBytes) {
        try {
            return ImportResultView.of(CsvImport.load(file, options, Progress.NONE, chunkBytes));
        } catch (DataImportException e) {
            return "error at " + e.line() + ":" + e.column() + " " + e.getMessage();
        }
    }

    /** What a load produced, comparable with equals. */
    private record ImportResultView(List<String> columns, List<List<String>> cells, List<ColumnSpec> specs,
                                    long skipped, List<RowIssue> issues, List<String> warnings) {
        static ImportResultView of(ImportResult r) {
            Table t = r.table();
            List<String> columns = new ArrayList<>();
            List<List<String>> cells = new ArrayList<>();
            for (Column<?> c : t.columns()) {
                columns.add(c.name() + ":" + c.type().name());
                List<String> values = new ArrayList<>();
                for (int row = 0; row < c.size(); row++) {
                    values.add(c.isMissing(row) ? "<missing>" : c.getString(row));
                }
                cells.add(values);
            }
            return new ImportResultView(columns, cells, r.columns(), r.skippedRows(), r.issues(), r.warnings());
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** A random CSV with a header n,t,d,b,s: integers, decimals, dates, booleans and messy text. */
    static byte[] randomCsv(Random random, boolean damaged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(5) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        String eol = random.nextBoolean() ? "\n" : "\r\n";
        StringBuilder csv = new StringBuilder("n,t,d,b,s").append(eol);
        int rows = 1 + random.nextInt(60);
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            cells.add(random.nextInt(10) == 0 ? "" : Integer.toString(random.nextInt(2000) - 1000));
            cells.add(random.nextInt(15) == 0 ? "1.5e3" : random.nextInt(200) + "." + random.nextInt(10));
            cells.add(random.nextInt(12) == 0 ? "NA" : String.format("20%02d-%02d-%02d", random.nextInt(30),
                    1 + random.nextInt(12), 1 + random.nextInt(28)));
            cells.add(random.nextBoolean() ? "true" : "false");
            cells.add(text(random));
            if (damaged && random.nextInt(12) == 0) {
                switch (random.nextInt(6)) {
                    case 0 -> cells.add("extra");
                    case 1 -> cells.removeLast();
                    case 2 -> cells.set(0, "x" + cells.get(0));
                    case 3 -> cells.set(4, "nul\u0000here");
                    case 4 -> cells.set(2, "2021-02-30");
                    default -> cells.set(4, "\"unterminated");
                }
            }
            csv.append(String.join(",", cells)).append(random.nextInt(8) == 0 ? "\r\n" : eol);
            if (random.nextInt(20) == 0) {
                csv.append(eol);
            }
        }
        if (random.nextInt(4) == 0) {
            csv.setLength(csv.length() - eol.length());
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        if (damaged && random.nextInt(6) == 0) {
            body[random.nextInt(body.length)] = (byte) 0xC3; // usually an invalid UTF-8 sequence
        }
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static String text(Random random) {
        String word = WORDS[random.nextInt(WORDS.length)] + (random.nextInt(3) == 0 ? random.nextInt(100) : "");
        boolean mustQuote = word.contains(",") || word.contains("\"") || word.contains("\n") || word.contains("\r");
        if (mustQuote || random.nextInt(4) == 0) {
            return "\"" + word.replace("\"", "\"\"") + "\"" + (random.nextInt(30) == 0 ? "tail" : "");
        }
        return word;
    }
}
