package io.safesegment.core.data.io;

import io.safesegment.core.workspace.TempFiles;
import java.io.IOException;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Points Apache POI's temporary files (SXSSF writes every sheet of an XLSX export to a gzip file first) at a private
 * owner-only folder of this process ({@code <SAFESEGMENT_HOME>/tmp/poi-<pid>}) instead of the shared, world-readable
 * {@code /tmp/poifiles}. {@code LeftoverCleanup} removes the folder at the next start once this process has ended,
 * so raw values in a half-written export do not outlive a crash.
 */
final class PoiTempFolder {
    private static boolean configured;

    private PoiTempFolder() {
    }

    /** Configures POI once per process (POI's strategy is global). */
    static synchronized void usePrivateFolder() throws IOException {
        if (!configured) {
            TempFile.setTempFileCreationStrategy(
                    new DefaultTempFileCreationStrategy(TempFiles.privateFolder("poi").toFile()));
            configured = true;
        }
    }
}
