package io.safesegment.cli;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code safesegment import FILE --workspace W}: copies a file into the workspace's {@code data/} folder and
 * registers it as a dataset, with detected privacy roles and the semantic roles given by {@code --map}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Copy a CSV/TSV/JSON/XLSX file into a workspace as a new dataset (the original is only read).")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path directory = WorkspaceLocations.defaultWorkspace();

    @Mixin
    PasswordOption password;

    @Mixin
    AccountOption account;

    @Option(names = "--name", paramLabel = "N", description = "Dataset name (default: the file name; made unique).")
    String name;

    @Option(names = "--map", paramLabel = "ROLE=COLUMN[,...]", description = "Semantic roles of columns, e.g. "
            + "customer_id=CustomerID,timestamp=InvoiceDate. Roles: customer_id, order_id, timestamp, amount, "
            + "quantity, unit_price, product_id, product_name, category, rating, segment, birth_date, signup_date.")
    String map;

    @Mixin
    ImportOptionsMixin importOptions;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws java.io.IOException {
        account.session(directory, password, spec.commandLine()); // a governed workspace needs a signed-in account
        RoleMapping roles;
        try {
            roles = RoleMapping.parse(map);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (name != null && name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--name must not be blank");
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        DatasetImport.Imported imported = DatasetService.importDataset(directory, file, DatasetImportOptions.defaults()
                .withName(name).withRead(importOptions.toOptions()).withRoles(roles)
                .withPrivacyRoles(PrivacyService::suggestRoles), progress);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, DatasetJson.of(imported.dataset()));
        } else {
            out.printf("Imported %s as dataset %d '%s' (%,d rows x %d columns) into %s%n", file,
                    imported.dataset().id(), imported.dataset().name(), imported.dataset().rows(),
                    imported.dataset().columns().size(), imported.dataset().file());
            imported.loaded().warnings().forEach(w -> out.println("Note: " + w));
            if (imported.loaded().skippedRows() > 0) {
                out.printf("Skipped %,d bad rows%n", imported.loaded().skippedRows());
            }
            out.flush();
        }
        return 0;
    }
}
