package io.safesegment.core;

/** Facts about the running build, read from the jar manifest (falls back to "dev" when run from classes). */
public final class AppInfo {
    private AppInfo() {
    }

    /** The application version, e.g. {@code 0.1.0}. */
    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The application name shown in titles and the About dialog. */
    public static String name() {
        return "SafeSegment";
    }
}
