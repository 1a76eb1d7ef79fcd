package io.safesegment.bench;

import io.safesegment.core.crypto.file.FileCipher;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.WorkerPool;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A/B of the I/O and sealing variants behind file encryption (decision 0038; a benchmark, not a test): every variant
 * encrypts the same seeded file in interleaved rounds inside one JVM, and the medians of wall time, process CPU and
 * "work CPU" (the calling thread plus the worker pool: no JIT or GC threads, so it stays meaningful on the shared,
 * loaded machine) are reported. Variants besides {@code copy} (the {@code crypto} benchmark's plain-copy peer) and
 * {@code filecipher} ({@code FileCipher.encryptWithKey}) are experiments written here, with the file format's chunk
 * layout but a dummy header: {@code ioonly} (positional read/write by the workers, no cipher), {@code pieces}
 * (sealed in 64 KiB {@code Cipher.update} pieces, what {@code FileCipher} does), {@code onecall} (one
 * {@code doFinal} per chunk, the code before decision 0038), {@code onewriter} (workers read and seal, the calling
 * thread writes in order), {@code mapin} (input mapped, one copy into the chunk), {@code mapinpre} (the same with the
 * output pre-sized), {@code mapio} (input and output mapped). Sealing is JIT-state dependent, so compare
 * {@code pieces} with {@code onecall} across separate JVMs, not inside one.
 * {@code BENCH_JAVA_OPTS="-Dcrypto.mib=256 -Dcryptoio.rounds=11 -Dcryptoio.variants=copy,filecipher,ioonly"
 * bench/run crypto-io}.
 */
public final class CryptoIoBench {
    private static final int CHUNK = FileCipher.DEFAULT_CHUNK;
    private static final int TAG = 16;
    private static final int PIECE = 64 << 10;
    /** About the size of a real header: chunk offsets that are not page-aligned, as in a real file. */
    private static final int BASE = 77;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SecretKeySpec key;
    private final byte[] nonce = new byte[12];
    private final byte[] aad = new byte[46];

    private CryptoIoBench(byte[] keyBytes) {
        key = new SecretKeySpec(keyBytes, "AES");
    }

    @FunctionalInterface
    private interface Variant {
        void run(Path in, Path out) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path outDir = Path.of(args.length > 1 ? args[1] : "bench/out");
        int mib = Integer.getInteger("crypto.mib", 256);
        int rounds = Integer.getInteger("cryptoio.rounds", 11);
        int warm = Integer.getInteger("cryptoio.warm", 3);
        List<String> names = Arrays.asList(System.getProperty("cryptoio.variants",
                "copy,filecipher,ioonly,pieces,onewriter,mapin,mapinpre,mapio").split(","));
        byte[] keyBytes = new byte[32];
        new Random(20261205L).nextBytes(keyBytes);
        CryptoIoBench bench = new CryptoIoBench(keyBytes);
        FileCipher fileCipher = new FileCipher(CHUNK, new SecureRandom());
        Map<String, Variant> all = new LinkedHashMap<>();
        all.put("copy", CryptoIoBench::plainCopy);
        all.put("filecipher", (i, o) -> fileCipher.encryptWithKey(i, o, "bench", 1, keyBytes, Progress.NONE));
        all.put("ioonly", (i, o) -> bench.positional(i, o, Seal.NONE, false, false));
        all.put("pieces", (i, o) -> bench.positional(i, o, Seal.PIECES, false, false));
        all.put("onecall", (i, o) -> bench.positional(i, o, Seal.ONE_CALL, false, false));
        all.put("onewriter", bench::oneWriter);
        all.put("mapin", (i, o) -> bench.positional(i, o, Seal.PIECES, true, false));
        all.put("mapinpre", (i, o) -> bench.positional(i, o, Seal.PIECES, true, true));
        all.put("mapio", bench::mapBoth);

        Path work = Files.createDirectories(outDir.resolve("crypto-io-tmp"));
        Path in = work.resolve("plain.bin");
        Path out = work.resolve("out.bin");
        BenchReport report = new BenchReport("crypto-io");
        try {
            byte[] data = new byte[mib << 20];
            new Random(20261123L).nextBytes(data);
            Files.write(in, data);
            for (String n : names) {
                for (int w = 0; w < warm; w++) {
                    all.get(n).run(in, out);
                }
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            Map<String, List<double[]>> results = new LinkedHashMap<>();
            names.forEach(n -> results.put(n, new ArrayList<>()));
            String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
            for (int r = 0; r < rounds; r++) {
                List<String> order = new ArrayList<>(names);
                Collections.rotate(order, r); // interleaved, each variant in every position once per names.size() rounds
                for (String n : order) {
                    System.gc();
                    long c0 = os.getProcessCpuTime();
                    long w0 = workCpu();
                    long t0 = System.nanoTime();
                    all.get(n).run(in, out);
                    long t1 = System.nanoTime();
                    results.get(n).add(new double[] {(t1 - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9,
                            (workCpu() - w0) / 1e9});
                }
            }
            report.put("file_mib", mib, "file size (MiB)");
            report.put("rounds", rounds, "interleaved rounds (medians below)");
            report.put("load_before", loadBefore, "/proc/loadavg before");
            report.put("load_after", Files.readString(Path.of("/proc/loadavg")).trim(), "/proc/loadavg after");
            double copyWall = results.containsKey("copy") ? median(results.get("copy"), 0) : Double.NaN;
            for (String n : names) {
                double wall = median(results.get(n), 0);
                report.put(n + "_wall_s", round(wall), n + ": wall (s, median)");
                report.put(n + "_cpu_s", round(median(results.get(n), 1)), n + ": process CPU (s, median)");
                report.put(n + "_work_cpu_s", round(median(results.get(n), 2)), n + ": caller + workers CPU (s, median)");
                report.put(n + "_vs_copy", round(copyWall / wall), n + ": copy wall / wall");
            }
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(work);
        }
        report.finish(outDir);
    }

    private enum Seal { NONE, ONE_CALL, PIECES }

    private record Slot(byte[] buffer, Cipher cipher) {
    }

    /** CPU of the calling thread and the worker pool. */
    private static long workCpu() {
        long sum = THREADS.getCurrentThreadCpuTime();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("safesegment-worker")) {
                sum += Math.max(0, THREADS.getThreadCpuTime(t.threadId()));
            }
        }
        return sum;
    }

    private static double median(List<double[]> values, int k) {
        double[] v = values.stream().mapToDouble(x -> x[k]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Exactly the {@code crypto} benchmark's peer. */
    private static void plainCopy(Path from, Path to) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (java.io.InputStream in = Files.newInputStream(from)) {
            AtomicFiles.write(to, false, out -> {
                int n;
                while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                    out.write(buffer, 0, n);
                }
            });
        }
    }

    /** Seals like the file format (nonce = prefix ‖ index); the output is thrown away, so a fixed prefix is fine here. */
    private int seal(Slot slot, Seal how, long index, int length) {
        if (how == Seal.NONE) {
            return length + TAG;
        }
        try {
            byte[] iv = nonce.clone();
            ByteBuffer.wrap(iv, 8, 4).putInt((int) index);
            slot.cipher().init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, iv));
            slot.cipher().updateAAD(aad);
            int done = 0;
            if (how == Seal.PIECES) {
                while (length - done > PIECE) {
                    done += slot.cipher().update(slot.buffer(), done, PIECE, slot.buffer(), done);
                }
            }
            return done + slot.cipher().doFinal(slot.buffer(), done, length - done, slot.buffer(), done);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void positional(Path inPath, Path outPath, Seal how, boolean mapIn, boolean presize) throws Exception {
        long size = Files.size(inPath);
        long chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
        try (FileChannel in = FileChannel.open(inPath, StandardOpenOption.READ); Arena arena = Arena.ofShared()) {
            MemorySegment mapped = mapIn ? in.map(FileChannel.MapMode.READ_ONLY, 0, size, arena) : null;
            AtomicFiles.writeChannel(outPath, false, out -> {
                if (presize) {
                    out.write(ByteBuffer.wrap(new byte[1]), BASE + size + chunks * TAG - 1);
                }
                out.write(ByteBuffer.wrap(new byte[BASE]), 0);
                inSlots(chunks, (slot, index) -> {
                    long from = index * CHUNK;
                    int length = (int) Math.min(CHUNK, size - from);
                    if (mapped != null) {
                        MemorySegment.copy(mapped, ValueLayout.JAVA_BYTE, from, slot.buffer(), 0, length);
                    } else {
                        ByteBuffer target = ByteBuffer.wrap(slot.buffer(), 0, length);
                        while (target.hasRemaining()) {
                            in.read(target, from + target.position());
                        }
                    }
                    ByteBuffer sealed = ByteBuffer.wrap(slot.buffer(), 0, seal(slot, how, index, length));
                    long at = BASE + index * (CHUNK + (long) TAG);
                    while (sealed.hasRemaining()) {
                        out.write(sealed, at + sealed.position());
                    }
                });
            });
        }
    }

    private void oneWriter(Path inPath, Path outPath) throws Exception {
        long size = Files.size(inPath);
        long chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
        int slots = (int) Math.min(2L * WorkerPool.THREADS, chunks);
        try (FileChannel in = FileChannel.open(inPath, StandardOpenOption.READ)) {
            AtomicFiles.writeChannel(outPath, false, out -> {
                out.write(ByteBuffer.wrap(new byte[BASE]), 0);
                Slot[] ring = new Slot[slots];
                @SuppressWarnings({"unchecked", "rawtypes"})
                Future<Integer>[] pending = new Future[slots];
                for (int k = 0; k < slots; k++) {
                    ring[k] = newSlot();
                }
                long at = BASE;
                try {
                    for (long i = 0; i < chunks + slots; i++) {
                        int k = (int) (i % slots);
                        if (pending[k] != null) {
                            ByteBuffer sealed = ByteBuffer.wrap(ring[k].buffer(), 0, pending[k].get());
                            pending[k] = null;
                            while (sealed.hasRemaining()) {
                                at += out.write(sealed, at);
                            }
                        }
                        if (i < chunks) {
                            long index = i;
                            Slot slot = ring[k];
                            pending[k] = WorkerPool.executor().submit(() -> {
                                long from = index * CHUNK;
                                int length = (int) Math.min(CHUNK, size - from);
                                ByteBuffer target = ByteBuffer.wrap(slot.buffer(), 0, length);
                                while (target.hasRemaining()) {
                                    in.read(target, from + target.position());
                                }
                                return seal(slot, Seal.PIECES, index, length);
                            });
                        }
                    }
                } catch (InterruptedException | ExecutionException e) {
                    throw new IOException(e);
                }
            });
        }
    }

    private void mapBoth(Path inPath, Path outPath) throws Exception {
        long size = Files.size(inPath);
        long chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
        long total = BASE + size + chunks * TAG;
        // AtomicFiles' channel is write-only and cannot be mapped: a temp file and a move of our own
        Path tmp = outPath.resolveSibling(outPath.getFileName() + ".mapio.tmp");
        try (FileChannel in = FileChannel.open(inPath, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE,
                     StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
             Arena arena = Arena.ofShared()) {
            out.write(ByteBuffer.wrap(new byte[1]), total - 1);
            MemorySegment source = in.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            MemorySegment target = out.map(FileChannel.MapMode.READ_WRITE, 0, total, arena);
            inSlots(chunks, (slot, index) -> {
                long from = index * CHUNK;
                int length = (int) Math.min(CHUNK, size - from);
                MemorySegment.copy(source, ValueLayout.JAVA_BYTE, from, slot.buffer(), 0, length);
                int sealed = seal(slot, Seal.PIECES, index, length);
                MemorySegment.copy(slot.buffer(), 0, target, ValueLayout.JAVA_BYTE, BASE + index * (CHUNK + (long) TAG),
                        sealed);
            });
        }
        Files.move(tmp, outPath, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @FunctionalInterface
    private interface ChunkJob {
        void run(Slot slot, long index) throws IOException;
    }

    private static Slot newSlot() {
        try {
            return new Slot(new byte[CHUNK + TAG], Cipher.getInstance("AES/GCM/NoPadding"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one job per chunk on the worker pool with 2 slots per worker, like {@code PositionalEncryption}. */
    private static void inSlots(long chunks, ChunkJob job) throws IOException {
        int slots = (int) Math.min(2L * WorkerPool.THREADS, chunks);
        BlockingQueue<Slot> free = new ArrayBlockingQueue<>(slots);
        for (int s = 0; s < slots; s++) {
            free.add(newSlot());
        }
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try {
            for (long i = 0; i < chunks; i++) {
                Slot slot = free.take();
                long index = i;
                WorkerPool.executor().execute(() -> {
                    try {
                        job.run(slot, index);
                    } catch (Throwable t) {
                        failures.add(t);
                    } finally {
                        free.add(slot);
                    }
                });
            }
            for (int s = 0; s < slots; s++) {
                free.take();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (!failures.isEmpty()) {
            throw new IOException(failures.get(0));
        }
    }
}
