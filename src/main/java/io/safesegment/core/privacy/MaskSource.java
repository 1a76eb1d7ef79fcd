package io.safesegment.core.privacy;

import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetExport;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.privacy.review.MaskedDatasets;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The input of a mask run: a plain file, or a workspace dataset (named, or found by the fingerprint of the input
 * file, or imported from it) so the masked output can be kept with its lineage. Moved here from the CLI so the GUI
 * and recipe replay open sources the same way.
 *
 * @param file    the file read (never overwritten)
 * @param table   its rows
 * @param dataset the source dataset, or null without lineage
 * @param lineage where a masked dataset is registered, or null without lineage
 */
record MaskSource(Path file, Table table, Dataset dataset, MaskedDatasets.Lineage lineage) {

    static MaskSource open(PrivacyService.MaskOptions o, Progress progress) {
        if (o.sourceDataset() == null && !o.keepLineage()) {
            return new MaskSource(o.input(), TableImport.load(o.input(), o.importOptions(), progress).table(), null,
                    null);
        }
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(o.workspace()));
        if (o.sourceDataset() != null) {
            Dataset source = catalog.require(o.sourceDataset());
            return new MaskSource(source.file(), DatasetExport.load(source, progress), source,
                    new MaskedDatasets.Lineage(catalog, source));
        }
        Optional<Dataset> known = sameContent(catalog, o.input());
        if (known.isPresent()) {
            Table table = TableImport.load(o.input(), o.importOptions(), progress).table();
            return new MaskSource(o.input(), table, known.get(), new MaskedDatasets.Lineage(catalog, known.get()));
        }
        DatasetImport.Imported imported = DatasetImport.importFile(catalog, o.input(),
                DatasetImportOptions.defaults().withRead(o.importOptions()), progress);
        return new MaskSource(o.input(), imported.loaded().table(), imported.dataset(),
                new MaskedDatasets.Lineage(catalog, imported.dataset()));
    }

    /** The newest dataset whose file has the same SHA-256 as {@code input}: the file was imported before. */
    private static Optional<Dataset> sameContent(DatasetCatalog catalog, Path input) {
        if (!Files.isRegularFile(input)) {
            return Optional.empty();
        }
        String fingerprint = DatasetStore.fingerprint(input);
        return catalog.list().stream().filter(d -> fingerprint.equals(d.fingerprint()))
                .max(Comparator.comparingLong(Dataset::id));
    }
}
