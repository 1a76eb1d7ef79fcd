package io.safesegment.ui.data;

import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Loads a CSV file into a Tablesaw table for the Data section's preview, reporting progress by bytes read and
 * stopping when cancelled.
 *
 * <p>Identifier-like columns (phone, national id, postcode, ids) are declared as text: Tablesaw's type inference
 * would otherwise turn {@code +8613812345678} into a number and lose the {@code +} and leading zeros.
 */
public final class CsvTableLoader {
    /** Column names read as text whatever their content looks like. */
    static final Pattern TEXT_COLUMNS = Pattern.compile(
            "(?i).*(phone|mobile|national_id|id_number|id_card|passport|postcode|postal|zip|iban).*"
                    + "|id|.*_id|.*_no|.*_number");

    private CsvTableLoader() {
    }

    /** The column type forced for {@code columnName}, if any. */
    static Optional<ColumnType> declaredType(String columnName) {
        return TEXT_COLUMNS.matcher(columnName.trim().toLowerCase(Locale.ROOT)).matches()
                ? Optional.of(ColumnType.STRING) : Optional.empty();
    }

    /**
     * Reads {@code file} (UTF-8, comma separated, header row).
     *
     * @throws IOException naming the file when it cannot be read or parsed
     * @throws TaskCancelledException when {@code progress} is cancelled
     */
    public static Table load(Path file, Progress progress) throws IOException {
        long size = Math.max(1, Files.size(file));
        String name = file.getFileName().toString();
        progress.update(0, name);
        try (InputStream in = new ProgressInputStream(Files.newInputStream(file), size, progress)) {
            CsvReadOptions options = CsvReadOptions.builder(in)
                    .tableName(name)
                    .columnTypesPartial(CsvTableLoader::declaredType)
                    .maxCharsPerColumn(65_536)
                    .build();
            Table table = Table.read().usingOptions(options);
            progress.update(1, name);
            return table;
        } catch (TaskCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            if (progress.isCancelled()) {
                throw new TaskCancelledException();
            }
            throw new IOException("Cannot read " + file + ": " + e.getMessage()
                    + ". Check that it is a UTF-8 CSV file with a header row.", e);
        }
    }

    /** Reports the fraction of bytes read and stops reading when the user cancels. */
    private static final class ProgressInputStream extends FilterInputStream {
        private final long size;
        private final Progress progress;
        private long read;
        private long lastReported;

        ProgressInputStream(InputStream in, long size, Progress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            advance(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            advance(Math.max(n, 0));
            return n;
        }

        private void advance(int n) {
            progress.checkCancelled();
            read += n;
            if (read - lastReported > size / 100) {
                lastReported = read;
                // Reading the bytes is most of the work; parsing the cached bytes takes the rest.
                progress.update(0.9 * read / size, null);
            }
        }
    }
}
