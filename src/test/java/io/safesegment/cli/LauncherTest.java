package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Java 8 launcher's version parsing (running it on an old JVM is DistributionLaunchIT's job). */
class LauncherTest {

    @Test
    void readsTheFeatureReleaseOfOldAndNewVersionSchemes() {
        assertEquals(8, Launcher.featureRelease("1.8"));
        assertEquals(11, Launcher.featureRelease("11"));
        assertEquals(17, Launcher.featureRelease("17"));
        assertEquals(25, Launcher.featureRelease("25"));
        assertEquals(26, Launcher.featureRelease("26.1"));
    }

    @Test
    void anUnreadableVersionCountsAsTooOld() {
        assertEquals(0, Launcher.featureRelease(""));
        assertEquals(0, Launcher.featureRelease("abc"));
    }
}
