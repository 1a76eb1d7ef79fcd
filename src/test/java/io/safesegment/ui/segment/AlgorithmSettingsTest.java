package io.safesegment.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.SegmentOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The algorithm panel's values become the core's options; numbers and parameters read well. */
class AlgorithmSettingsTest {

    @Test
    void kmeansTakesKRestartsAndSeed() {
        AlgorithmSettings settings = new AlgorithmSettings();
        settings.kProperty().set(6);
        settings.restartsProperty().set(3);
        settings.seedProperty().set(7);
        SegmentOptions o = settings.segmentOptions();
        assertEquals(Algorithm.KMEANS, o.algorithm());
        assertEquals(6, o.k());
        assertEquals(3, o.restarts());
        assertEquals(7, o.seed());
    }

    @Test
    void dbscanTakesMinPointsAndEpsilonAndRulesTakeColumns() {
        AlgorithmSettings settings = new AlgorithmSettings();
        settings.algorithmProperty().set(Algorithm.DBSCAN);
        settings.minPointsProperty().set(15);
        settings.epsilonProperty().set(0.4);
        SegmentOptions dbscan = settings.segmentOptions();
        assertEquals(15, dbscan.minPoints());
        assertEquals(0.4, dbscan.epsilon());

        settings.algorithmProperty().set(Algorithm.RULES);
        settings.groupBy().setAll("city", "gender");
        settings.bandWidthProperty().set(5);
        SegmentOptions rules = settings.segmentOptions();
        assertEquals(List.of("city", "gender"), rules.groupBy());
        assertEquals(5, rules.bandWidth());
    }

    @Test
    void outOfRangeValuesAreRejectedWithAMessage() {
        AlgorithmSettings settings = new AlgorithmSettings();
        settings.kProperty().set(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, settings::segmentOptions);
        assertTrue(e.getMessage().contains("k"), e.getMessage());
    }

    @Test
    void numbersAndParametersReadWell() {
        assertEquals("–", SegmentText.number(Double.NaN));
        assertEquals("1,235", SegmentText.number(1234.6));
        assertEquals("3", SegmentText.number(3.0));
        assertEquals("0.25", SegmentText.number(0.249));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("k", 5);
        p.put("epsilon", 0.3333);
        assertEquals("k=5, epsilon=0.33", SegmentText.parameters(p));
    }
}
