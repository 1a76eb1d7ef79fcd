package io.safesegment.core.data.io;

import io.safesegment.core.i18n.LocalizedIOException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import io.safesegment.core.task.WorkerPool;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads a UTF-8 CSV file by parsing line-aligned byte chunks on all cores, straight from bytes into
 * {@link ColumnBuilder}s, without a character decoder or a reader thread.
 *
 * <p>Chunks start after a line feed found near a fixed offset. That guess is wrong when the line feed lies inside a
 * quoted field, so it is checked: a chunk must end exactly where the next one starts, at a record boundary. By
 * induction from the first chunk every chunk then parsed real records, with the same rules as
 * {@link CsvRecordReader}. When a check fails, or the file holds something the fast path does not handle (invalid
 * UTF-8, an unterminated quote, a field over the size limit, a bad row that fails the load), {@link #load} returns
 * null and the caller reads the file sequentially, which reports the problem exactly as before. Skipped rows
 * (wrong field count, NUL, a value that does not fit a declared type) and type widening are handled here, in file
 * order, as the sequential reader does.
 */
final class ParallelCsvReader {
    /** Target chunk size; small enough to balance two to eight cores, large enough to keep per-chunk costs low. */
    static final int CHUNK_BYTES = 8 << 20;
    private static final int WINDOW = 1 << 16;

    /** Everything a chunk needs to know about the file and its columns. */
    record Settings(Path file, String source, long dataStart, long size, char delimiter, char quote, boolean header,
                    List<ColumnSpec> specs, boolean[] declared, Set<String> missing, char decimalSeparator,
                    boolean skipBadRows, int maxFieldChars, int chunkBytes) {
    }

    /** The merged result of all chunks. */
    record Loaded(ColumnBuilder[] builders, int rows, long skipped, List<RowIssue> issues) {
    }

    private ParallelCsvReader() {
    }

    /** Whether the fast path can read text in this encoding with these separators. */
    static boolean applies(Charset charset, char delimiter, char quote) {
        return charset.equals(StandardCharsets.UTF_8) && delimiter < 0x80 && quote < 0x80;
    }

    /**
     * Loads the file, or returns null when it must be read sequentially.
     *
     * @throws WidenColumn          when an inferred column must be re-read with a wider type
     * @throws TaskCancelledException when {@code progress} is cancelled
     */
    static Loaded load(Settings s, Progress progress, Message message) throws IOException {
        progress.checkCancelled();
        try (FileChannel channel = FileChannel.open(s.file(), StandardOpenOption.READ)) {
            long[] starts = chunkStarts(channel, s.dataStart(), s.size(), s.chunkBytes());
            int n = starts.length - 1;
            for (int k = 0; k < n; k++) {
                if (starts[k + 1] - starts[k] > Integer.MAX_VALUE - 64) {
                    return null;
                }
            }
            Shared shared = new Shared();
            List<Future<ChunkParser>> futures = new ArrayList<>(n);
            try {
                for (int k = 0; k < n; k++) {
                    ChunkParser parser = new ChunkParser(s, shared, k, k == 0, k == n - 1);
                    long from = starts[k];
                    long to = starts[k + 1];
                    futures.add(WorkerPool.executor().submit(() -> {
                        parser.parse(read(channel, from, to));
                        return parser;
                    }));
                }
                List<ChunkParser> chunks = new ArrayList<>(n);
                for (Future<ChunkParser> f : futures) {
                    chunks.add(await(f, shared, progress, s.size(), message));
                }
                return merge(s, chunks);
            } finally {
                // stops chunks still queued or running when this method leaves early (error, cancellation)
                shared.cancelled.set(true);
                for (Future<ChunkParser> f : futures) {
                    f.cancel(false);
                }
            }
        }
    }

    /** State the chunks share: cancellation, the earliest chunk that ended the load, and progress. */
    static final class Shared {
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicInteger firstFinal = new AtomicInteger(Integer.MAX_VALUE);
        final AtomicLong bytesDone = new AtomicLong();
    }

    private static ChunkParser await(Future<ChunkParser> f, Shared shared, Progress progress, long size,
                                     Message message) throws IOException {
        while (true) {
            try {
                ChunkParser done = f.get(100, TimeUnit.MILLISECONDS);
                progress.report(size > 0 ? (double) shared.bytesDone.get() / size : -1, message);
                progress.checkCancelled();
                return done;
            } catch (TimeoutException e) {
                progress.report(size > 0 ? (double) shared.bytesDone.get() / size : -1, message);
                progress.checkCancelled();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TaskCancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Walks the chunks in file order, so the first problem reported is the first in the file. */
    private static Loaded merge(Settings s, List<ChunkParser> chunks) {
        long line = 1;
        long skipped = 0;
        List<RowIssue> issues = new ArrayList<>();
        int rows = 0;
        for (ChunkParser c : chunks) {
            for (ChunkParser.Event e : c.events) {
                long at = line + e.line();
                if (e.widen() != null) {
                    throw new WidenColumn(e.column() - 1, e.widen(), at);
                }
                if (!s.skipBadRows()) {
                    // The load fails: let the sequential reader report it, so that which error comes first
                    // (a bad row, or undecodable bytes the decoder meets while reading ahead) stays exactly as before.
                    return null;
                }
                skipped++;
                CsvImport.addIssue(issues, new RowIssue(at, e.column(), e.message()));
            }
            if (c.fallback || c.aborted) {
                return null;
            }
            line += c.lines;
            rows += c.rows;
        }
        int n = s.specs().size();
        ColumnBuilder[] builders = new ColumnBuilder[n];
        int total = rows;
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            ColumnBuilder b = ColumnBuilder.of(s.specs().get(i), s.missing(), s.decimalSeparator());
            // last chunk first, so the target array is allocated once at its full size
            int at = total;
            for (int k = chunks.size() - 1; k >= 0; k--) {
                ChunkParser c = chunks.get(k);
                at -= c.rows;
                if (c.rows > 0) {
                    b.copyRows(c.builders[i], c.rows, at);
                }
                c.builders[i] = null; // copied: let the collector free the chunk's part while the rest is merged
            }
            builders[i] = b;
        });
        return new Loaded(builders, rows, skipped, issues);
    }

    /** Chunk boundaries: the data start, the byte after the first line feed at or after each step, the file end. */
    static long[] chunkStarts(FileChannel channel, long dataStart, long size, int chunkBytes) throws IOException {
        List<Long> starts = new ArrayList<>();
        starts.add(dataStart);
        long nominal = dataStart + chunkBytes;
        ByteBuffer window = ByteBuffer.allocate(WINDOW);
        while (nominal < size) {
            long next = nextLineStart(channel, nominal, size, window);
            if (next >= size) {
                break;
            }
            starts.add(next);
            nominal = next + chunkBytes;
        }
        starts.add(size);
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private static long nextLineStart(FileChannel channel, long from, long size, ByteBuffer window)
            throws IOException {
        long pos = from;
        while (pos < size) {
            window.clear();
            int n = channel.read(window, pos);
            if (n <= 0) {
                return size;
            }
            byte[] b = window.array();
            for (int i = 0; i < n; i++) {
                if (b[i] == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return size;
    }

    private static byte[] read(FileChannel channel, long from, long to) throws IOException {
        byte[] bytes = new byte[(int) (to - from)];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long pos = from;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, pos);
            if (n < 0) {
                throw new LocalizedIOException(Message.of("io.parallelCsvReader.fileShrank"));
            }
            pos += n;
        }
        return bytes;
    }
}
