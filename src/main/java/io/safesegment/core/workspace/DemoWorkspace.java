package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a workspace into a demo workspace: copies the bundled sample datasets into its {@code data/} folder,
 * registers them and marks the workspace as a demo ({@code demo=true}), so a first start shows real data at once.
 *
 * <p>Samples come from the class path ({@value #CLASSPATH_PREFIX}, packed into the jar by the build) and, for files
 * missing there, from the directory named by the system property {@value #SAMPLES_PROPERTY}. Copies are atomic and
 * never replace a file the user already has: an existing file with the same name is kept and registered as is.
 */
public final class DemoWorkspace {
    /** The sample files a demo workspace receives, in the order they are listed. */
    public static final List<String> SAMPLE_FILES = List.of("customers.csv", "transactions.csv", "products.csv");
    /** System property naming a directory with sample files (used when they are not on the class path). */
    public static final String SAMPLES_PROPERTY = "safesegment.samples";
    /** Class-path folder the build packs {@code sample-datasets/*.csv} into. */
    public static final String CLASSPATH_PREFIX = "/samples/";
    /** Workspace setting that marks a demo workspace. */
    public static final String DEMO_SETTING = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoWorkspace.class);

    /** Opens one sample file by name, or reports that this source does not have it. */
    @FunctionalInterface
    public interface SampleSource {
        /** The content of sample {@code fileName}, or empty when this source lacks it. */
        Optional<InputStream> open(String fileName) throws IOException;
    }

    private final List<SampleSource> sources;

    private DemoWorkspace(List<SampleSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Samples from the class path, then from the {@value #SAMPLES_PROPERTY} directory. */
    public static DemoWorkspace bundled() {
        return new DemoWorkspace(List.of(DemoWorkspace::openFromClassPath, DemoWorkspace::openFromPropertyDirectory));
    }

    /** Samples from {@code directory} only (tests and custom sample sets). */
    public static DemoWorkspace fromDirectory(Path directory) {
        return new DemoWorkspace(List.of(name -> openFromDirectory(directory, name)));
    }

    /** Whether {@code workspace} was never set up: no datasets and never marked as demo or non-demo. */
    public static boolean isFresh(Workspace workspace) {
        return workspace.datasets().isEmpty() && workspace.setting(DEMO_SETTING).isEmpty();
    }

    /**
     * Copies the samples into {@code workspace}, registers them and sets {@code demo=true}. Safe to call again:
     * files already present are kept, registrations are updated in place.
     *
     * @throws WorkspaceException naming the file when a copy fails
     */
    public Result install(Workspace workspace) {
        List<Path> copied = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : SAMPLE_FILES) {
            Path target = workspace.dataDirectory().resolve(name);
            if (Files.exists(target)) {
                kept.add(target);
            } else if (copy(name, target)) {
                copied.add(target);
            } else {
                missing.add(name);
                continue;
            }
            workspace.registerDataset(name, target, "csv");
        }
        workspace.setSetting(DEMO_SETTING, "true");
        if (!missing.isEmpty()) {
            LOG.warn("Demo samples not found on the class path nor in -D{}: {}", SAMPLES_PROPERTY, missing);
        }
        LOG.info("Demo workspace {}: {} copied, {} kept, {} missing", workspace.directory(), copied.size(), kept.size(),
                missing.size());
        return new Result(copied, kept, missing);
    }

    private boolean copy(String name, Path target) {
        for (SampleSource source : sources) {
            try {
                Optional<InputStream> in = source.open(name);
                if (in.isPresent()) {
                    try (InputStream stream = in.get()) {
                        AtomicFiles.write(target, false, stream::transferTo);
                    }
                    return true;
                }
            } catch (IOException e) {
                throw new WorkspaceException(Message.of("workspace.demoWorkspace.cannotCopySample", name, target, LocalizedMessage.of(e)), e);
            }
        }
        return false;
    }

    private static Optional<InputStream> openFromClassPath(String name) {
        return Optional.ofNullable(DemoWorkspace.class.getResourceAsStream(CLASSPATH_PREFIX + name));
    }

    private static Optional<InputStream> openFromPropertyDirectory(String name) throws IOException {
        String dir = System.getProperty(SAMPLES_PROPERTY);
        return dir == null || dir.isBlank() ? Optional.empty() : openFromDirectory(Path.of(dir), name);
    }

    private static Optional<InputStream> openFromDirectory(Path directory, String name) throws IOException {
        Path file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    /**
     * What {@link #install(Workspace)} did.
     *
     * @param copied  sample files copied into the workspace
     * @param kept    files that already existed and were left untouched
     * @param missing sample names no source could provide
     */
    public record Result(List<Path> copied, List<Path> kept, List<String> missing) {
        /** Defensive copies keep the result immutable. */
        public Result {
            copied = List.copyOf(copied);
            kept = List.copyOf(kept);
            missing = List.copyOf(missing);
        }
    }
}
