package io.safesegment.ui.shell;

import java.net.URL;
import java.security.CodeSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the version of a library from its jar's manifest or file name, so the About dialog never goes stale. */
final class LibraryVersions {
    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+(?:\\.[\\w]+)*)(?:-[a-z]+)?\\.jar$");

    private LibraryVersions() {
    }

    /** {@code "Name version"}, or just the name when the library or its version cannot be found. */
    static String describe(String name, String className) {
        return version(className).map(v -> name + " " + v).orElse(name);
    }

    static java.util.Optional<String> version(String className) {
        try {
            Class<?> type = Class.forName(className, false, LibraryVersions.class.getClassLoader());
            String fromManifest = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
            if (fromManifest != null) {
                return java.util.Optional.of(fromManifest);
            }
            CodeSource source = type.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            return location == null ? java.util.Optional.empty() : fromJarName(location.getPath());
        } catch (ClassNotFoundException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    /** The version in a Maven-style jar file name such as {@code tablesaw-core-0.44.4.jar}. */
    static java.util.Optional<String> fromJarName(String path) {
        Matcher m = JAR_VERSION.matcher(path);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }
}
