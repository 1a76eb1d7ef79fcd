package io.safesegment.core.data.io;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.DataImportException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Splits CSV loading over two cores: a background task decodes and tokenises the file into batches of records while
 * the caller converts the previous batch into typed columns. Records keep file order, and structural problems
 * (wrong field count, NUL characters, an unterminated quote) travel inside the batches so the consumer reports the
 * first problem in file order, exactly as a single-threaded reader would.
 */
final class RecordBatches implements AutoCloseable {
    static final int BATCH_ROWS = 4096;
    private static final ExecutorService READERS = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("safesegment-csv-reader-", 0).factory());

    /** One batch of records; {@code failure} or {@code end} mark the last batch. */
    record Batch(String[][] rows, long[] lines, Message[] problems, int[] problemColumns, int size,
                 RuntimeException failure, boolean end) {
    }

    /** The message for a record holding a NUL character. */
    static final String NUL_PROBLEM = Message.of("import.error.nul").english();

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Future<?> task;

    /**
     * Starts reading.
     *
     * @param records     the tokeniser (owned by the background task until {@link #close()} returns)
     * @param width       expected fields per record
     * @param skipHeader  whether the first record is the header
     */
    RecordBatches(CsvRecordReader records, int width, boolean skipHeader) {
        task = READERS.submit(() -> produce(records, width, skipHeader));
    }

    /** The next batch, in file order. */
    Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.safesegment.core.task.TaskCancelledException();
        }
    }

    private void produce(CsvRecordReader records, int width, boolean skipHeader) {
        Batch current = null;
        String[][] rows = new String[BATCH_ROWS][];
        long[] lines = new long[BATCH_ROWS];
        Message[] problems = new Message[BATCH_ROWS];
        int[] columns = new int[BATCH_ROWS];
        int size = 0;
        try {
            if (skipHeader) {
                records.next();
            }
            while (records.next()) {
                if (records.isBlankLine()) {
                    continue;
                }
                lines[size] = records.recordLine();
                if (records.fieldCount() != width) {
                    problems[size] = fieldCount(records.fieldCount(), width);
                } else if (records.nulColumn() > 0) {
                    columns[size] = records.nulColumn();
                    problems[size] = Message.of("import.error.nul");
                } else {
                    rows[size] = records.record();
                }
                size++;
                if (size == BATCH_ROWS) {
                    current = new Batch(rows, lines, problems, columns, size, null, false);
                    if (!put(current)) {
                        return;
                    }
                    rows = new String[BATCH_ROWS][];
                    lines = new long[BATCH_ROWS];
                    problems = new Message[BATCH_ROWS];
                    columns = new int[BATCH_ROWS];
                    size = 0;
                }
            }
            put(new Batch(rows, lines, problems, columns, size, null, true));
        } catch (DataImportException | io.safesegment.core.task.TaskCancelledException e) {
            put(new Batch(rows, lines, problems, columns, size, e, true));
        } catch (RuntimeException e) {
            put(new Batch(rows, lines, problems, columns, size, e, true));
        }
    }

    /** The message for a record with the wrong number of fields. */
    /** A record with the wrong number of fields, as a message for the exception the GUI shows. */
    static Message fieldCount(int count, int width) {
        return Message.of("import.error.fieldCount", count, width);
    }

    /** {@link #fieldCount(int, int)} in English, for row issues. */
    static String fieldCountProblem(int count, int width) {
        return fieldCount(count, width).english();
    }

    private boolean put(Batch batch) {
        try {
            if (stopped.get()) {
                return false;
            }
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the background task and waits for it, so the caller may close the file afterwards. */
    @Override
    public void close() {
        stopped.set(true);
        queue.clear();
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // the producer reports its failures through the queue; nothing is left to handle here
            queue.clear();
        }
    }
}
