package io.safesegment.core.data.io;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.task.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Imports delimited text (CSV, TSV, semicolon, pipe) into a Tablesaw {@link Table}.
 *
 * <p>Two steps, so a UI can show what it is about to do: {@link #preview} detects encoding, delimiter, header and
 * decimal separator and infers column types from a sample; {@link #load} reads the whole file with the same (or
 * user-overridden) settings. UTF-8 files are parsed by {@link ParallelCsvReader} in line-aligned chunks on every
 * core, straight from bytes into primitive column arrays; other encodings, and files the parallel reader cannot
 * decide alone (a quoted line break at a chunk boundary, invalid bytes, a failing bad row), are read by
 * {@link CsvRecordReader} on a decoder thread while the caller fills the same arrays. Both are several times faster
 * than Tablesaw's own reader and give identical results. When a value later in the file does not fit an inferred
 * type the column is widened (integer to decimal, anything to text) and the file is read again, so no value is ever
 * lost.
 */
public final class CsvImport {
    /** Rows shown by {@link #preview}. */
    public static final int PREVIEW_ROWS = 200;
    /** Rows used for type inference. */
    static final int INFERENCE_ROWS = 5000;
    private static final int SAMPLE_BYTES = 1 << 20;
    private static final char[] CANDIDATE_DELIMITERS = {',', ';', '\t', '|'};
    private static final Logger LOG = LoggerFactory.getLogger(CsvImport.class);

    static {
        // Tablesaw's ColumnType interface and its implementations initialise each other. When the first Tablesaw
        // columns are built by the parallel stream in read(), two fork-join workers can each hold one of those class
        // initialisations and wait for the other forever (seen when the Recommendations section computed RFM
        // segments before any other table was loaded). Initialising them here, on one thread, rules that out.
        tech.tablesaw.api.ColumnType.values();
    }

    private CsvImport() {
    }

    /**
     * Detects the format and infers the columns from the start of {@code file} without loading it.
     *
     * @throws DataImportException when the file is missing, unreadable, empty or binary
     */
    public static CsvPreview preview(Path file, CsvImportOptions options) {
        Prepared p = prepare(file, options);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(PREVIEW_ROWS, p.sampleRows.size()); i++) {
            rows.add(Arrays.asList(p.sampleRows.get(i)));
        }
        return new CsvPreview(p.format, p.specs, rows, p.warnings);
    }

    /**
     * Loads the whole file.
     *
     * @param progress receives the fraction of bytes read; cancellation stops the load
     * @throws DataImportException naming file, line and column for malformed input (unless skip-bad-rows is set,
     *                             in which case bad rows are skipped and counted)
     */
    public static ImportResult load(Path file, CsvImportOptions options, Progress progress) {
        return load(file, options, progress, ParallelCsvReader.CHUNK_BYTES);
    }

    /**
     * {@link #load} with another chunk size for the parallel UTF-8 path, or 0 for the sequential reader only; tests
     * use it to compare both paths and to put chunk boundaries everywhere.
     */
    static ImportResult load(Path file, CsvImportOptions options, Progress progress, int chunkBytes) {
        Prepared p = prepare(file, options);
        List<ColumnSpec> specs = new ArrayList<>(p.specs);
        List<String> warnings = new ArrayList<>(p.warnings);
        for (int attempt = 0; attempt <= 2 * specs.size() + 1; attempt++) {
            try {
                return read(file, p, specs, warnings, options, progress, chunkBytes);
            } catch (WidenColumn w) {
                ColumnSpec old = specs.get(w.index);
                specs.set(w.index, new ColumnSpec(old.name(), w.type, null));
                String note = "column \"" + old.name() + "\" read as " + w.type + " because line " + w.line
                        + " is not a valid " + old.type();
                warnings.add(note);
                LOG.info("{}: {}", p.source, note);
            }
        }
        throw DataImportException.forFile(file, Message.of("import.error.typesChanging"), null);
    }

    private static ImportResult read(Path file, Prepared p, List<ColumnSpec> specs, List<String> warnings,
                                     CsvImportOptions options, Progress progress, int chunkBytes) {
        if (chunkBytes > 0 && ParallelCsvReader.applies(p.charset, p.format.delimiter(), p.format.quote())) {
            try {
                ParallelCsvReader.Loaded loaded = ParallelCsvReader.load(new ParallelCsvReader.Settings(file,
                        p.source, p.bomLength, p.fileSize, p.format.delimiter(), p.format.quote(), p.format.header(),
                        specs, p.declared, options.missingValues(), p.format.decimalSeparator(),
                        options.skipBadRows(), options.maxFieldChars(), chunkBytes), progress, Message.of("progress.import.reading", p.fileName));
                if (loaded != null) {
                    return finish(p, specs, warnings, loaded.builders(), loaded.rows(), loaded.skipped(),
                            loaded.issues(), progress);
                }
                LOG.debug("{}: the parallel reader cannot decide this file alone; reading it sequentially", p.source);
            } catch (IOException e) {
                throw DataImportException.forFile(file, Message.of("import.error.cannotRead", e.getMessage()), e);
            }
        }
        return readSequentially(file, p, specs, warnings, options, progress);
    }

    private static ImportResult readSequentially(Path file, Prepared p, List<ColumnSpec> specs,
                                                 List<String> warnings, CsvImportOptions options, Progress progress) {
        int n = specs.size();
        ColumnBuilder[] builders = new ColumnBuilder[n];
        for (int i = 0; i < n; i++) {
            builders[i] = ColumnBuilder.of(specs.get(i), options.missingValues(), p.format.decimalSeparator());
        }
        List<RowIssue> issues = new ArrayList<>();
        long skipped = 0;
        int row = 0;
        long size = p.fileSize;
        try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
             Reader reader = strictReader(counting, p)) {
            CsvRecordReader records = new CsvRecordReader(reader, p.source, p.format.delimiter(), p.format.quote(),
                    options.maxFieldChars());
            try (RecordBatches batches = new RecordBatches(records, n, p.format.header())) {
                boolean done = false;
                while (!done) {
                    RecordBatches.Batch batch = batches.take();
                    for (int b = 0; b < batch.size(); b++) {
                        Message problem = batch.problems()[b];
                        int problemColumn = batch.problemColumns()[b];
                        long line = batch.lines()[b];
                        if (problem == null) {
                            String[] fields = batch.rows()[b];
                            for (int i = 0; i < n; i++) {
                                if (!builders[i].put(row, fields[i])) {
                                    ColumnSpec spec = specs.get(i);
                                    if (!p.declared[i]) {
                                        throw new WidenColumn(i, ColumnBuilder.widen(spec.type(), fields[i],
                                                p.format.decimalSeparator()), line);
                                    }
                                    problemColumn = i + 1;
                                    problem = invalidValue(spec);
                                    break;
                                }
                            }
                        }
                        if (problem != null) {
                            if (!options.skipBadRows()) {
                                throw new DataImportException(p.source, line, problemColumn, problem);
                            }
                            skipped++;
                            addIssue(issues, new RowIssue(line, problemColumn, problem.english()));
                            continue;
                        }
                        row++;
                    }
                    progress.checkCancelled();
                    progress.report(size > 0 ? (double) counting.count() / size : -1, Message.of("progress.import.reading", p.fileName));
                    if (batch.failure() != null) {
                        if (!(batch.failure() instanceof DataImportException e) || !options.skipBadRows()) {
                            throw batch.failure();
                        }
                        skipped++;
                        addIssue(issues, new RowIssue(e.line(), e.column(), e.getMessage()));
                        warnings.add("reading stopped early: " + e.getMessage());
                    }
                    done = batch.end();
                }
            }
        } catch (IOException e) {
            throw DataImportException.forFile(file, Message.of("import.error.cannotRead", e.getMessage()), e);
        }
        return finish(p, specs, warnings, builders, row, skipped, issues, progress);
    }

    private static ImportResult finish(Prepared p, List<ColumnSpec> specs, List<String> warnings,
                                       ColumnBuilder[] builders, int row, long skipped, List<RowIssue> issues,
                                       Progress progress) {
        int n = specs.size();
        if (row == 0) {
            warnings.add("the file has no data rows");
        }
        if (skipped > 0) {
            warnings.add(skipped + " bad rows skipped");
        }
        Column<?>[] columns = new Column<?>[n];
        int rows = row;
        // Building string dictionaries dominates this step; columns are independent, so use both cores.
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> columns[i] = builders[i].build(rows));
        progress.report(1.0, Message.of("progress.import.read", row, p.fileName));
        Table table = Table.create(tableName(p.fileName), columns);
        return new ImportResult(table, specs, p.format, skipped, issues, warnings);
    }

    /** The message for a value that does not fit its declared column type. */
    static Message invalidValue(ColumnSpec spec) {
        return spec.pattern() == null ? Message.of("import.error.invalidValue", spec.name(), String.valueOf(spec.type()))
                : Message.of("import.error.invalidValuePattern", spec.name(), String.valueOf(spec.type()), spec.pattern());
    }

    /** {@link #invalidValue(ColumnSpec)} in English, for row issues. */
    static String invalidValueProblem(ColumnSpec spec) {
        return invalidValue(spec).english();
    }

    static void addIssue(List<RowIssue> issues, RowIssue issue) {
        if (issues.size() < ImportResult.MAX_ISSUES) {
            issues.add(issue);
        }
    }

    static String tableName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static Reader strictReader(InputStream raw, Prepared p) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        long toSkip = p.bomLength;
        while (toSkip > 0) {
            long s = in.skip(toSkip);
            if (s <= 0) {
                break;
            }
            toSkip -= s;
        }
        return new InputStreamReader(in, p.charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Everything learnt from the start of the file. */
    private record Prepared(String source, String fileName, long fileSize, Charset charset, int bomLength,
                            CsvFormat format, List<ColumnSpec> specs, boolean[] declared, List<String[]> sampleRows,
                            List<String> warnings) {
    }

    private static Prepared prepare(Path file, CsvImportOptions options) {
        String source = DataImportException.name(file);
        String fileName = file.getFileName() == null ? source : file.getFileName().toString();
        Sample sample = readSample(file);
        if (sample.size == 0) {
            throw DataImportException.forFile(file, Message.of("import.error.emptyFile"),
                    null);
        }
        EncodingDetector.Detection detected = EncodingDetector.detect(sample.bytes, sample.length, sample.truncated);
        Charset charset = options.encoding() != null ? options.encoding() : detected.charset();
        int bomLength = bomLengthFor(charset, sample.bytes, sample.length);
        if (sample.size <= bomLength) {
            throw DataImportException.forFile(file, Message.of("import.error.onlyBom"), null);
        }
        if (!charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32")) {
            checkNotBinary(file, sample);
        }
        String text = new String(sample.bytes, bomLength, sample.length - bomLength, charset);
        if (sample.truncated) {
            int lastNewline = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            if (lastNewline > 0) {
                text = text.substring(0, lastNewline + 1);
            }
        }
        char quote = options.quote();
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(text, quote, source);
        List<String[]> records = sampleRecords(text, source, delimiter, quote, INFERENCE_ROWS + 1,
                options.maxFieldChars());
        if (records.isEmpty()) {
            throw DataImportException.forFile(file, Message.of("import.error.onlyBlank"), null);
        }
        boolean header = options.header() != null ? options.header() : looksLikeHeader(records);
        List<String> warnings = new ArrayList<>();
        List<String> names;
        List<String[]> dataRows;
        if (header) {
            HeaderNames.Result h = HeaderNames.normalise(Arrays.asList(records.getFirst()));
            names = h.names();
            warnings.addAll(h.renames());
            dataRows = records.subList(1, records.size());
        } else {
            int width = records.stream().mapToInt(r -> r.length).max().orElse(1);
            names = HeaderNames.generated(width);
            dataRows = records;
        }
        char decimal = options.decimalSeparator() != null ? options.decimalSeparator()
                : detectDecimalSeparator(dataRows, delimiter);
        for (String declaredName : options.columnTypes().keySet()) {
            if (!names.contains(declaredName)) {
                throw DataImportException.forFile(file, Message.of("import.error.noDeclaredColumn",
                        declaredName, String.valueOf(names)), null);
            }
        }
        List<ColumnSpec> specs = new ArrayList<>();
        boolean[] declared = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            List<String> values = new ArrayList<>(dataRows.size());
            for (String[] r : dataRows) {
                if (r.length == names.size()) {
                    values.add(r[i]);
                }
            }
            String name = names.get(i);
            ColumnType declaredType = options.columnTypes().get(name);
            if (declaredType != null) {
                declared[i] = true;
                specs.add(new ColumnSpec(name, declaredType, patternFor(declaredType, values, options)));
            } else {
                specs.add(TypeInference.infer(name, values, options.missingValues(), decimal));
            }
        }
        CsvFormat format = new CsvFormat(charset.name(), bomLength > 0, delimiter, quote, header, decimal);
        LOG.debug("{}: format {}", source, format);
        return new Prepared(source, fileName, sample.size, charset, bomLength, format, specs, declared, dataRows,
                warnings);
    }

    private static String patternFor(ColumnType type, List<String> values, CsvImportOptions options) {
        if (type != ColumnType.DATE && type != ColumnType.DATE_TIME) {
            return null;
        }
        List<String> present = values.stream().filter(v -> !options.missingValues().contains(v)).toList();
        String found = TypeInference.findPattern(type, present);
        if (found != null) {
            return found;
        }
        return type == ColumnType.DATE ? "yyyy-MM-dd" : ValueParsers.ISO;
    }

    private record Sample(byte[] bytes, int length, boolean truncated, long size) {
    }

    private static Sample readSample(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw DataImportException.forFile(file, Message.of("import.error.directory"), null);
            }
            long size = Files.size(file);
            byte[] bytes = new byte[(int) Math.min(SAMPLE_BYTES, size)];
            int length = 0;
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while (length < bytes.length && (n = in.read(bytes, length, bytes.length - length)) > 0) {
                    length += n;
                }
            }
            return new Sample(bytes, length, size > length, size);
        } catch (NoSuchFileException e) {
            throw DataImportException.forFile(file, Message.of("import.error.notFound"), e);
        } catch (AccessDeniedException e) {
            throw DataImportException.forFile(file, Message.of("import.error.denied"), e);
        } catch (IOException e) {
            throw DataImportException.forFile(file, Message.of("import.error.cannotReadDetail",
                    e.getClass().getSimpleName(), e.getMessage()), e);
        }
    }

    private static int bomLengthFor(Charset charset, byte[] b, int length) {
        if (charset.equals(StandardCharsets.UTF_8) && length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
                && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        boolean le = length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE;
        boolean be = length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF;
        if ((charset.equals(StandardCharsets.UTF_16LE) && le) || (charset.equals(StandardCharsets.UTF_16BE) && be)) {
            return 2;
        }
        return 0;
    }

    private static void checkNotBinary(Path file, Sample sample) {
        int nul = 0;
        int control = 0;
        for (int i = 0; i < sample.length; i++) {
            int b = sample.bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (nul > Math.max(8, sample.length / 100) || control > Math.max(8, sample.length / 20)) {
            throw DataImportException.forFile(file, Message.of("import.error.binary", nul, control,
                    sample.length), null);
        }
    }

    /** Picks the candidate delimiter that splits the sample lines into the most consistent number of fields. */
    static char detectDelimiter(String text, char quote, String source) {
        char best = ',';
        double bestScore = 0;
        int bestWidth = 1;
        for (char d : CANDIDATE_DELIMITERS) {
            if (d == quote) {
                continue;
            }
            List<String[]> records = sampleRecords(text, source, d, quote, 50, Integer.MAX_VALUE - 16);
            if (records.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> widths = new HashMap<>();
            for (String[] r : records) {
                widths.merge(r.length, 1, Integer::sum);
            }
            int mode = 1;
            int modeCount = 0;
            for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
                if (e.getValue() > modeCount || (e.getValue() == modeCount && e.getKey() > mode)) {
                    mode = e.getKey();
                    modeCount = e.getValue();
                }
            }
            if (mode < 2) {
                continue;
            }
            double score = (double) modeCount / records.size();
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && mode > bestWidth)) {
                best = d;
                bestScore = score;
                bestWidth = mode;
            }
        }
        return best;
    }

    private static List<String[]> sampleRecords(String text, String source, char delimiter, char quote, int max,
                                                int maxFieldChars) {
        List<String[]> records = new ArrayList<>();
        CsvRecordReader reader = new CsvRecordReader(new StringReader(text), source, delimiter, quote, maxFieldChars);
        try {
            while (records.size() < max && reader.next()) {
                if (!reader.isBlankLine()) {
                    records.add(reader.record());
                }
            }
        } catch (DataImportException e) {
            // The sample may end inside a quoted field; the full load reports real problems with line numbers.
            LOG.debug("{}: sample ends inside a record", source);
        }
        return records;
    }

    /** A header is assumed unless a first-row cell looks like data (a number, date or boolean). */
    private static boolean looksLikeHeader(List<String[]> records) {
        if (records.size() < 2) {
            return true;
        }
        for (String cell : records.getFirst()) {
            String c = cell.strip();
            if (!c.isEmpty() && (ValueParsers.parseInteger(c) != ValueParsers.NOT_AN_INTEGER
                    || !Double.isNaN(ValueParsers.parseDecimal(c, '.'))
                    || ValueParsers.parseIsoDate(c) != ValueParsers.NOT_A_DATE)) {
                return false;
            }
        }
        return true;
    }

    private static char detectDecimalSeparator(List<String[]> rows, char delimiter) {
        if (delimiter == ',') {
            return '.';
        }
        int comma = 0;
        int dot = 0;
        for (String[] r : rows) {
            for (String c : r) {
                if (c.indexOf(',') > 0 && !Double.isNaN(ValueParsers.parseDecimal(c, ','))) {
                    comma++;
                } else if (c.indexOf('.') > 0 && !Double.isNaN(ValueParsers.parseDecimal(c, '.'))) {
                    dot++;
                }
            }
        }
        return comma > 0 && dot == 0 ? ',' : '.';
    }
}
