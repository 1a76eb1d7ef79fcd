package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The interaction matrix and everything the section derives from it once: the catalogue, the customer → segment
 * map, the searchable customer ids and the segment names.
 *
 * @param loaded    matrix, catalogue and segments
 * @param choice    the inputs they were built from
 * @param customers ids of customers with history, sorted (the preview's search list)
 * @param segments  segment names, sorted
 */
public record BuiltInteractions(RecommendInputs.Loaded loaded, SourceChoice choice, List<String> customers,
        List<String> segments) {

    /** Reads the files of {@code choice} (and computes RFM segments when asked); runs in the background. */
    static BuiltInteractions build(SourceChoice choice, Progress progress) {
        RecommendInputs.Loaded loaded = RecommendationService.loadForPreview(choice.inputs(),
                choice.segmentSource() == SegmentSource.RFM, progress.slice(0, 0.95));
        Map<String, String> segmentMap = loaded.segments();
        List<String> customers = RecommendationService.customersWithHistory(loaded.matrix());
        progress.update(1, null);
        return new BuiltInteractions(loaded, choice, customers, List.copyOf(new TreeSet<>(segmentMap.values())));
    }

    /** Members of {@code segment}, sorted. */
    List<String> members(String segment) {
        return loaded.segments().entrySet().stream().filter(e -> e.getValue().equals(segment))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Whether the values are explicit ratings (MF applies). */
    boolean explicit() {
        return RecommendationService.isExplicit(loaded.matrix());
    }
}
