package io.safesegment.cli;

import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetExport;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.privacy.review.MaskedDatasets;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The input of {@code mask}: a plain file, or a workspace dataset (named with {@code --dataset}, or found by the
 * fingerprint of the {@code --in} file, or imported from it) so the masked output can be kept with its lineage.
 *
 * @param file    the file read (never overwritten)
 * @param table   its rows
 * @param dataset the source dataset, or null without a workspace
 * @param lineage where a masked dataset is registered, or null without a workspace
 */
record MaskSource(Path file, Table table, Dataset dataset, MaskedDatasets.Lineage lineage) {

    static MaskSource open(Path workspace, String datasetName, Path input, CsvImportOptions read, Progress progress) {
        if (workspace == null) {
            return new MaskSource(input, TableImport.load(input, read, progress).table(), null, null);
        }
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(workspace));
        if (datasetName != null) {
            Dataset source = catalog.require(datasetName);
            return new MaskSource(source.file(), DatasetExport.load(source, progress), source,
                    new MaskedDatasets.Lineage(catalog, source));
        }
        Optional<Dataset> known = sameContent(catalog, input);
        if (known.isPresent()) {
            Table table = TableImport.load(input, read, progress).table();
            return new MaskSource(input, table, known.get(), new MaskedDatasets.Lineage(catalog, known.get()));
        }
        DatasetImport.Imported imported = DatasetImport.importFile(catalog, input,
                DatasetImportOptions.defaults().withRead(read), progress);
        return new MaskSource(input, imported.loaded().table(), imported.dataset(),
                new MaskedDatasets.Lineage(catalog, imported.dataset()));
    }

    /** The newest dataset whose file has the same SHA-256 as {@code input}: the file was imported before. */
    private static Optional<Dataset> sameContent(DatasetCatalog catalog, Path input) {
        if (!java.nio.file.Files.isRegularFile(input)) {
            return Optional.empty();
        }
        String fingerprint = DatasetStore.fingerprint(input);
        return catalog.list().stream().filter(d -> fingerprint.equals(d.fingerprint()))
                .max(Comparator.comparingLong(Dataset::id));
    }
}
