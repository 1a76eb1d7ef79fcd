package io.safesegment.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("export.csv"), "old content");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, false, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old content", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file must be removed");
        }
    }

    @Test
    void successfulWriteReplacesTarget(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("a.txt"), "old");
        AtomicFiles.writeString(target, "new", true);
        assertEquals("new", Files.readString(target));
    }

    @Test
    void createsMissingParentDirectories(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x/y/z.txt");
        AtomicFiles.writeString(target, "hello", false);
        assertTrue(Files.isRegularFile(target));
    }

    @Test
    void refusesToOverwriteTheInput(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("in.csv"), "a,b");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.requireNotSameFile(input, dir.resolve("./in.csv")));
        assertTrue(e.getMessage().contains("in.csv"));
    }
}
