package io.safesegment.core.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The front ends' entry to a workspace as a whole: what it holds, and start-up housekeeping. */
public final class WorkspaceService {
    private WorkspaceService() {
    }

    /**
     * A workspace at a glance.
     *
     * @param directory the workspace folder
     * @param database  its SQLite file
     * @param demo      whether it is the bundled demo workspace
     * @param datasets  the files registered in it
     */
    public record Summary(Path directory, Path database, boolean demo, List<Workspace.DatasetEntry> datasets) {
        /** Copies the list. */
        public Summary {
            datasets = List.copyOf(datasets);
        }
    }

    /** Opens (creating if needed) the workspace at {@code directory} and summarises it. */
    public static Summary summary(Path directory) {
        Workspace ws = Workspace.open(directory);
        return new Summary(ws.directory(), ws.databaseFile(), ws.isDemo(), ws.datasets());
    }

    /** Records which datasets run {@code runId} of {@code runKind} ({@link RunDatasets#SEGMENT}, ...) read. */
    public static void recordRunDatasets(Workspace workspace, String runKind, String runId,
                                         List<RunDatasets.Used> used) {
        new RunDatasets(workspace).record(runKind, runId, used);
    }

    /** The datasets each run of {@code runKind} read, by run id. */
    public static Map<String, List<RunDatasets.Used>> runDatasets(Workspace workspace, String runKind) {
        return new RunDatasets(workspace).all(runKind);
    }

    /** The names of the datasets a run read ("customers + transactions"), empty when none is recorded. */
    public static Optional<String> describeRunDatasets(List<RunDatasets.Used> used) {
        return RunDatasets.describe(used);
    }

    /** Writes {@code bytes} to {@code target} through a temporary file moved atomically (see {@link AtomicFiles}). */
    public static void writeAtomically(Path target, byte[] bytes, boolean sync) throws IOException {
        AtomicFiles.write(target, bytes, sync);
    }

    /**
     * Removes temporary files (possibly plaintext) that a killed run left behind, in the usual places and in
     * {@code alsoScan}; returns what was removed.
     */
    public static List<Path> removeLeftovers(Collection<Path> alsoScan) {
        return LeftoverCleanup.run(alsoScan);
    }

    /** The demo samples: from the class path, then from the {@value DemoWorkspace#SAMPLES_PROPERTY} directory. */
    public static DemoWorkspace bundledDemo() {
        return DemoWorkspace.bundled();
    }

    /** Whether {@code workspace} was never set up: no datasets and never marked as demo or non-demo. */
    public static boolean isFresh(Workspace workspace) {
        return DemoWorkspace.isFresh(workspace);
    }

    /** Copies {@code demo}'s samples into {@code workspace}, registers them and marks it as the demo (idempotent). */
    public static DemoWorkspace.Result installDemo(DemoWorkspace demo, Workspace workspace) {
        return demo.install(workspace);
    }

    /**
     * Refuses to write {@code output} over {@code input} (same path or same file by link): a front end calls it
     * before asking for a password, so the refusal comes first; the services check again before writing.
     */
    public static void requireNotSameFile(Path input, Path output) throws IOException {
        AtomicFiles.requireNotSameFile(input, output);
    }
}
