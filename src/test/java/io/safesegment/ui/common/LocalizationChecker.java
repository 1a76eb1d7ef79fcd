package io.safesegment.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds localisation defects: keys missing from one of the bundles, keys used in Java or FXML but defined nowhere,
 * and keys defined but used nowhere. Java code must write keys literally as {@code i18n("key"...)} or
 * {@code getString("key")}; FXML as {@code "%key"}.
 */
final class LocalizationChecker {
    static final Pattern JAVA_KEY = Pattern.compile("(?:\\bi18n|\\.getString)\\(\\s*\"([A-Za-z0-9_.\\-]+)\"");
    /** Keys of the core bundles: {@code Message.of("key"...)}. */
    static final Pattern CORE_KEY = Pattern.compile("\\bMessage\\.of\\(\\s*\"([A-Za-z0-9_.\\-]+)\"");
    static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.\\-]+)\"");

    /** One defect, e.g. {@code MISSING_IN_BUNDLE messages_zh_CN.properties: data.title}. */
    record Problem(Kind kind, String key, String where) {
        @Override
        public String toString() {
            return kind + " " + where + ": " + key;
        }
    }

    enum Kind { MISSING_IN_BUNDLE, UNDEFINED, UNUSED }

    private LocalizationChecker() {
    }

    /**
     * Checks the bundles against the sources.
     *
     * @param bundles bundle files; the first is the base bundle
     * @param roots   directories searched for {@code *.java} and {@code *.fxml} files
     */
    static List<Problem> check(List<Path> bundles, List<Path> roots) throws IOException {
        return check(bundles, roots, JAVA_KEY);
    }

    /**
     * Like {@link #check(List, List)} with another pattern for keys in Java code (group 1 is the key), e.g.
     * {@link #CORE_KEY} for the core bundles.
     */
    static List<Problem> check(List<Path> bundles, List<Path> roots, Pattern javaKey) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Set<String>> keySets = new ArrayList<>();
        Set<String> defined = new TreeSet<>();
        for (Path bundle : bundles) {
            Set<String> keys = keys(bundle);
            keySets.add(keys);
            defined.addAll(keys);
        }
        for (int i = 0; i < bundles.size(); i++) {
            for (String key : defined) {
                if (!keySets.get(i).contains(key)) {
                    problems.add(new Problem(Kind.MISSING_IN_BUNDLE, key, bundles.get(i).getFileName().toString()));
                }
            }
        }
        Set<String> used = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    Pattern pattern = name.endsWith(".java") ? javaKey : name.endsWith(".fxml") ? FXML_KEY : null;
                    if (pattern == null) {
                        continue;
                    }
                    Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(m.group(1));
                        if (!defined.contains(m.group(1))) {
                            problems.add(new Problem(Kind.UNDEFINED, m.group(1), file.toString()));
                        }
                    }
                }
            }
        }
        for (String key : defined) {
            if (!used.contains(key)) {
                problems.add(new Problem(Kind.UNUSED, key, bundles.getFirst().getFileName().toString()));
            }
        }
        return problems;
    }

    private static Set<String> keys(Path bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    /** The bundle's entries, read as UTF-8 like {@link java.util.ResourceBundle} does. */
    static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
