package io.safesegment.core.segment.features;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import org.junit.jupiter.api.Test;

/** A header-only customers file is refused for what it is, not as a missing reference date. */
class EmptyCustomersTest {
    @Test
    void headerOnlyCustomersAreRefusedAsEmpty() {
        CustomerData data = new CustomerData(FeatureBuilderTest.customers("A").emptyCopy(), FeatureBuilderTest.transactions(),
                FeatureBuilderTest.products());
        String m = assertThrows(FeatureException.class,
                () -> FeatureBuilder.build(data, FeatureOptions.defaults(), Progress.NONE)).getMessage();
        assertTrue(m.contains("The customers table has no rows"), m);
    }
}
