package io.safesegment.cli;

import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyNotFoundException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.sign.ExportManifest;
import io.safesegment.core.crypto.sign.SignedManifest;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safesegment sign}: writes a signed manifest (names, sizes, SHA-256) for exported files. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Write an Ed25519-signed manifest of exported files (check it with 'safesegment verify').")
final class SignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Exported files, all in the manifest's folder.")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "MANIFEST", description = "Manifest file to write.")
    Path out;

    @Option(names = "--policy", required = true, paramLabel = "ID", description = "Masking policy id.")
    String policy;

    @Option(names = "--creator", required = true, paramLabel = "NAME", description = "Who made the export.")
    String creator;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
    Path workspace = WorkspaceLocations.defaultWorkspace();

    @Option(names = "--key", paramLabel = "NAME", description = "SIGNING_ED25519 key (default: newest).")
    String key;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    PasswordOption password;


    @Mixin

    AccountOption account;

    record SignReport(String manifest, String keyFingerprint, int files, String policyId) {
    }

    @Override
    public Integer call() throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        for (Path f : files) {
            if (!f.toAbsolutePath().getParent().equals(dir)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), f
                        + " is not in the manifest's folder " + dir + "; write the manifest next to the files");
            }
            io.safesegment.core.workspace.WorkspaceService.requireNotSameFile(f, out);
        }
        SignedManifest signed;
        try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
            String name = key != null ? key : vault.newestOf(KeyPurpose.SIGNING_ED25519).map(KeyInfo::name)
                    .orElseThrow(() -> new KeyNotFoundException("The vault has no signing key; create one with: "
                            + "safesegment keys create --name signing --purpose SIGNING_ED25519"));
            VaultKey signingKey = vault.current(name);
            try {
                signed = ExportManifest.create(files, policy, creator, signingKey);
            } finally {
                signingKey.wipe();
            }
        }
        signed.write(out);
        SignReport report = new SignReport(out.toString(), signed.keyFingerprint(), signed.manifest().files().size(),
                policy);
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else {
            spec.commandLine().getOut().printf("Signed %d files into %s (key %s)%n", report.files(), out,
                    report.keyFingerprint());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
