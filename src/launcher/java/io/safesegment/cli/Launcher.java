package io.safesegment.cli;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's {@code Main-Class}: checks the Java version before anything of SafeSegment is loaded, then starts
 * {@code io.safesegment.Main}.
 *
 * <p>Why a separate class: the application is compiled for Java 25 (class file version 69), so an older {@code java}
 * fails while <em>loading</em> the main class, with an {@code UnsupportedClassVersionError} stack trace that does
 * not tell a user what to do. This class alone is compiled with {@code --release 8} (its own compiler execution in
 * pom.xml, sources under {@code src/launcher/java}), so any Java from 8 on can run it and print one actionable
 * line instead (decision 0030). It uses only Java 8 API and reaches the real main reflectively, so nothing
 * compiled for Java 25 is touched on an old JVM. It lives in the cli package because only the CLI writes to the
 * console (ArchitectureTest).
 */
public final class Launcher {

    /** The oldest Java feature release SafeSegment runs on. */
    static final int REQUIRED = 25;

    private Launcher() {
    }

    /** Prints one line and exits 1 on a Java older than 25; otherwise runs {@code io.safesegment.Main}. */
    public static void main(String[] args) throws Throwable {
        int feature = featureRelease(System.getProperty("java.specification.version", "0"));
        if (feature < REQUIRED) {
            System.err.println("SafeSegment needs Java " + REQUIRED + " or newer, but was started with Java "
                    + System.getProperty("java.version", "?") + " (" + System.getProperty("java.home", "?")
                    + "). Get Java " + REQUIRED + " from https://adoptium.net/temurin/releases/?version=" + REQUIRED
                    + " and start it with that java, or use bin/safesegment, which finds an installed JDK "
                    + REQUIRED + ".");
            System.exit(1);
        }
        try {
            Class.forName("io.safesegment.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the real main's own exception, not the reflection wrapper
        }
    }

    /** The feature release in a {@code java.specification.version}: "1.8" is 8, "17" is 17; unparsable is 0. */
    static int featureRelease(String specificationVersion) {
        String v = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int dot = v.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
