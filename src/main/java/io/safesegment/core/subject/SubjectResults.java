package io.safesegment.core.subject;

import io.safesegment.core.governance.approval.ExportRecord;
import java.nio.file.Path;
import java.util.List;

/** The results of the subject request actions. */
public final class SubjectResults {
    private SubjectResults() {
    }

    /**
     * What a search found.
     *
     * @param request the tracked request
     * @param matches one per dataset holding the person
     * @param notes   datasets that could not be searched fully and why (e.g. a masked dataset whose policy is not in
     *                the workspace), no values
     */
    public record Found(SubjectRequest request, List<SubjectMatch> matches, List<String> notes) {
        /** Copies. */
        public Found {
            matches = List.copyOf(matches);
            notes = List.copyOf(notes);
        }

        /** Records found in all datasets. */
        public int records() {
            return matches.stream().mapToInt(m -> m.rows().size()).sum();
        }
    }

    /**
     * An access (portability) export.
     *
     * @param request the completed request
     * @param file    the JSON file written
     * @param records how many records it holds
     */
    public record Accessed(SubjectRequest request, Path file, int records) {
    }

    /**
     * A rectification.
     *
     * @param request     the completed request
     * @param rowsChanged rows whose value changed
     * @param datasets    datasets rewritten
     * @param notChanged  masked datasets holding the person that need a new masked export (their values are
     *                    pseudonyms, not the plain value)
     */
    public record Rectified(SubjectRequest request, int rowsChanged, List<String> datasets, List<String> notChanged) {
    }

    /**
     * An erasure.
     *
     * @param request      the completed request
     * @param rowsRemoved  rows removed over all datasets
     * @param datasets     datasets rewritten
     * @param pastExports  exports written earlier from those datasets: they contained the person and are outside the
     *                     workspace's reach — tell their recipients
     */
    public record Erased(SubjectRequest request, int rowsRemoved, List<String> datasets,
                         List<ExportRecord> pastExports) {
    }
}
