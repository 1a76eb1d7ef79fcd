package io.safesegment.core.data.dataset;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedUncheckedIOException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Adds a user's file to a workspace as an {@link DatasetKind#IMPORTED} dataset: the file is <em>copied</em> into the
 * workspace's {@code data/} folder (atomically, under a free name; the original is only read), the copy is loaded to
 * learn its schema, and the dataset is registered with an {@code import} lineage step.
 */
public final class DatasetImport {
    private DatasetImport() {
    }

    /**
     * The result of an import.
     *
     * @param dataset the registered dataset
     * @param loaded  the table read from the copy, with the import's warnings and skipped rows
     */
    public record Imported(Dataset dataset, ImportResult loaded) {
    }

    /**
     * Copies, loads and registers {@code source}.
     *
     * @throws IllegalArgumentException naming the file when it does not exist, or naming a mapped column that the
     *                                  file lacks (nothing is registered and the copy is removed)
     */
    public static Imported importFile(DatasetCatalog catalog, Path source, DatasetImportOptions options,
                                      Progress progress) {
        if (!Files.isRegularFile(source)) {
            throw new LocalizedArgumentException(Message.of("import.error.noSource", String.valueOf(source)));
        }
        Path copy = freeCopy(catalog.workspace().dataDirectory(), source.getFileName().toString());
        try {
            progress.report(0, Message.of("progress.dataset.copying", source.getFileName().toString()));
            AtomicFiles.write(copy, false, out -> Files.copy(source, out));
        } catch (IOException e) {
            throw new LocalizedUncheckedIOException(Message.of("dataset.datasetImport.cannotCopy", source, copy,
                    LocalizedMessage.of(e)), e);
        }
        try {
            ImportResult loaded = TableImport.load(copy, options.read(), progress.slice(0.1, 0.9));
            RoleMapping roles = options.roles();
            requireMappedColumns(roles, loaded, source);
            String name = options.name() != null ? options.name() : source.getFileName().toString();
            loaded.table().setName(name);
            LineageStep step = LineageStep.of("import", "source", source.getFileName().toString(),
                    "copiedTo", catalog.workspace().directory().relativize(copy.toAbsolutePath().normalize()).toString(),
                    "declaredTypes", options.read().columnTypes().keySet().stream().sorted().toList());
            Dataset dataset = catalog.register(new NewDataset(name, copy, DatasetKind.IMPORTED,
                    DatasetCatalog.columns(loaded.table(), options.privacyRoles().apply(loaded.table())), roles,
                    List.of(), List.of(step), loaded.table().rowCount()));
            progress.report(1, Message.of("progress.dataset.imported", dataset.name()));
            AuditService.record(catalog.workspace(), new AuditEvent(AuditAction.IMPORT, dataset.name(),
                    dataset.fingerprint(), AuditOutcome.SUCCESS, "source=" + source.getFileName() + " rows="
                    + loaded.table().rowCount()));
            return new Imported(dataset, loaded);
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    private static void requireMappedColumns(RoleMapping roles, ImportResult loaded, Path source) {
        for (Map.Entry<SemanticRole, String> entry : roles.asMap().entrySet()) {
            if (!loaded.table().containsColumn(entry.getValue())) {
                throw new LocalizedArgumentException(Message.of("dataset.datasetImport.hasNoColumn", source.getFileName(), entry.getValue(), entry.getKey().cliName(), String.join(", ", loaded.table().columnNames())));
            }
        }
    }

    /** {@code name} in {@code directory}, or {@code base-2.ext}, {@code base-3.ext}, … when taken. */
    static Path freeCopy(Path directory, String name) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+", "");
        if (safe.isEmpty()) {
            safe = "dataset";
        }
        int dot = safe.lastIndexOf('.');
        String base = dot > 0 ? safe.substring(0, dot) : safe;
        String ext = dot > 0 ? safe.substring(dot) : "";
        Path file = directory.resolve(safe);
        for (int i = 2; Files.exists(file); i++) {
            file = directory.resolve(base + "-" + i + ext);
        }
        return file;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The failure being reported matters more than a stray copy in data/.
        }
    }
}
