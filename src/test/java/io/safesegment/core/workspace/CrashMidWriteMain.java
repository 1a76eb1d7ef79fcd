package io.safesegment.core.workspace;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.file.FileCipher;
import io.safesegment.core.crypto.file.FileKeySource;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Child process of {@link CrashLeftoverTest}: starts a decrypt or an XLSX export and, part-way through (from inside
 * the progress callback, so the temporary files exist), writes a marker file and waits to be killed with SIGKILL.
 * Args: {@code decrypt IN OUT MARKER} or {@code xlsx OUT ROWS MARKER}.
 */
public final class CrashMidWriteMain {
    private CrashMidWriteMain() {
    }

    public static void main(String[] args) throws Exception {
        Path marker = Path.of(args[3]);
        Progress stallMidWay = new Progress() {
            @Override
            public void update(double fraction, String message) {
                if (fraction > 0.2 && fraction < 1) {
                    try {
                        Files.writeString(marker, "mid-write");
                        Thread.sleep(Long.MAX_VALUE); // the parent kills this process now
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        if (args[0].equals("decrypt")) {
            FileCipher.withDefaults().decrypt(Path.of(args[1]), Path.of(args[2]),
                    FileKeySource.password("crash test".toCharArray()), stallMidWay);
        } else {
            int rows = Integer.parseInt(args[2]);
            StringColumn email = StringColumn.create("email");
            for (int i = 0; i < rows; i++) {
                email.append("customer" + i + "@example.com");
            }
            TableExport.write(Table.create("customers", email), Path.of(args[1]), ExportOptions.defaults(),
                    stallMidWay);
        }
        throw new IllegalStateException("the write finished before it was stalled");
    }

    /** Encrypts {@code plain} to {@code encrypted} with the password the child decrypts with. */
    static void encryptForChild(Path plain, Path encrypted) throws Exception {
        FileCipher.withDefaults().encryptWithPassword(plain, encrypted, "crash test".toCharArray(),
                new Argon2Params(256, 1, 1), Progress.NONE);
    }
}
