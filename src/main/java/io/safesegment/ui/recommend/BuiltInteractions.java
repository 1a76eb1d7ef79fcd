package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.segment.rfm.RfmAnalyzer;
import io.safesegment.core.segment.rfm.RfmOptions;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.core.task.Progress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

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
        boolean rfm = choice.segmentSource() == SegmentSource.RFM;
        RecommendInputs.Loaded loaded = choice.inputs().load(progress.slice(0, rfm ? 0.6 : 0.95));
        if (choice.products() == null && choice.transactions() != null && loaded.catalogue().isEmpty()) {
            // Without a products dataset, product names and categories come from the transaction lines themselves
            // (the online-retail export carries a Description per line), so previews show names, not only codes.
            ProductCatalog fromLines = ProductCatalog.load(choice.transactions(), choice.roles());
            if (fromLines.products().values().stream().anyMatch(p -> !p.name().isBlank() || !p.category().isBlank())) {
                loaded = new RecommendInputs.Loaded(loaded.matrix(), fromLines, loaded.segments(), loaded.skipped());
            }
        }
        Map<String, String> segmentMap = loaded.segments();
        if (rfm) {
            var roles = choice.roles();
            var table = SegmentTables.read(choice.transactions(), roles, progress.slice(0.6, 0.8));
            RfmResult result = RfmAnalyzer.analyze(table, RfmOptions.defaults().withRoles(roles.restrictedTo(table)),
                    progress.slice(0.8, 0.95));
            Map<String, String> map = new HashMap<>();
            result.customers().forEach(c -> map.put(c.customerId(), c.segment()));
            segmentMap = map;
            loaded = new RecommendInputs.Loaded(loaded.matrix(), loaded.catalogue(), map, loaded.skipped());
        }
        var matrix = loaded.matrix();
        List<String> customers = IntStream.range(0, matrix.rows()).filter(u -> matrix.rowLength(u) > 0)
                .mapToObj(u -> matrix.users().id(u)).sorted().toList();
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
        return loaded.matrix().explicit();
    }
}
