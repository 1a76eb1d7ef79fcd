package io.safesegment.ui.shell.demo;

import java.nio.file.Path;

/**
 * Where the demo writes in the open workspace: {@code demo-tour/} holds the masked export, its release report and
 * signed manifest, the segment assignments and the campaign list, so a presenter can open them after the tour.
 *
 * @param folder the {@code demo-tour} folder
 */
public record DemoFiles(Path folder) {
    /** The folder name inside the workspace. */
    public static final String FOLDER = "demo-tour";

    /** The demo files of the workspace in {@code workspaceDirectory}. */
    public static DemoFiles in(Path workspaceDirectory) {
        return new DemoFiles(workspaceDirectory.resolve(FOLDER));
    }

    /** The approved, masked and leak-scanned customers. */
    public Path masked() {
        return folder.resolve("customers-masked.csv");
    }

    /** Customer → segment of the run on the masked customers. */
    public Path assignments() {
        return folder.resolve("segment-assignments.csv");
    }

    /** Top-N recommendations for every member of one segment. */
    public Path campaignList() {
        return folder.resolve("campaign-list.csv");
    }

    /** The release report of the masked export (beside it, so one signed manifest covers both). */
    public Path report() {
        return folder.resolve("release-report.html");
    }

    /** The Ed25519-signed manifest over the export and the report. */
    public Path manifest() {
        return folder.resolve("customers-masked.csv.manifest.json");
    }
}
