package io.safesegment.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guard of decision 0023: no core exception is built from an English string literal any more, so every error a
 * user can meet reaches the GUI in its language. A site counts when the arguments of {@code new …Exception(…)} hold a
 * string literal with words and no {@code Message.of} (the way the sites were counted: 478 before round two, 154
 * before round three, 2 after). The only ones left are invariants of the code that no input can trigger; a new
 * English-only site, or a fixed one still allowed here, fails the test.
 */
class EnglishOnlyCoreMessagesTest {
    private static final Path CORE = Path.of("src/main/java/io/safesegment/core");
    private static final Pattern EXCEPTION = Pattern.compile("new\\s+([\\w.]*(?:Exception|Error))\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    /** File (relative to core) → English-only sites allowed, each an internal invariant rather than a user error. */
    private static final Map<String, Integer> ALLOWED = Map.of(
            // "k = 3 of 2", "rank beyond the counts": a caller's bug in the order statistics, never user input
            "segment/profile/OrderStatistics.java", 2,
            // a JDK without AES-GCM / HPKE / HMAC-SHA-256: a broken runtime, not something a user can correct
            "governance/access/AccountSecrets.java", 2,
            "governance/access/VaultEscrow.java", 1,
            "subject/SubjectPseudonym.java", 1,
            // another engine handing SingleStepRunner a step kind it does not run alone, or ClvCustomers a customer
            // row without a purchase (the engine's own aggregation never makes one): the engine's bug, not input
            "recipe/SingleStepRunner.java", 2,
            "value/ClvCustomers.java", 1);

    @Test
    void noCoreExceptionIsBuiltFromAnEnglishLiteral() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        StringBuilder sites = new StringBuilder();
        try (Stream<Path> files = Files.walk(CORE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = CORE.relativize(file).toString().replace('\\', '/');
                for (String site : englishOnlySites(Files.readString(file, StandardCharsets.UTF_8))) {
                    found.merge(name, 1, Integer::sum);
                    sites.append('\n').append(name).append(": ").append(site);
                }
            }
        }
        assertEquals(new TreeMap<>(ALLOWED), found, "English-only exception messages in core; give each a key of "
                + "i18n/core.properties (Message.of) or, for an internal invariant, list it in ALLOWED:" + sites);
    }

    @Test
    void theScannerFindsAnEnglishLiteralAndAcceptsAKey() {
        // Guards the guard: if the scanner stopped matching, "nothing found" would mean nothing.
        assertEquals(List.of("IllegalArgumentException(\"weight must be >= 0, was \" + weight)"),
                englishOnlySites("if (w < 0) { throw new IllegalArgumentException(\"weight must be >= 0, was \" "
                        + "+ weight); }"));
        assertEquals(List.of("StepOptions.FieldException(\"how\", \"takes inner or left\")"),
                englishOnlySites("throw new StepOptions.FieldException(\"how\", \"takes inner or left\");"));
        assertEquals(List.of(), englishOnlySites("throw new LocalizedArgumentException(Message.of(\"recommend.model"
                + ".weight\", String.valueOf(weight)));"));
        assertEquals(List.of(), englishOnlySites("throw new FieldException(\"on\", LocalizedMessage.of(e));"));
        assertEquals(List.of(), englishOnlySites("throw new UncheckedIOException(e);"));
    }

    /** The {@code new …Exception(…)} expressions of {@code source} whose arguments are English text. */
    static List<String> englishOnlySites(String source) {
        List<String> sites = new java.util.ArrayList<>();
        Matcher m = EXCEPTION.matcher(source);
        while (m.find()) {
            int end = closingParenthesis(source, m.end());
            String args = source.substring(m.end(), end);
            if (args.contains("Message.of")) {
                continue;
            }
            Matcher literal = LITERAL.matcher(args);
            while (literal.find()) {
                if (WORD.matcher(literal.group(1)).find()) {
                    sites.add(m.group(1) + "(" + args.replaceAll("\\s+", " ").strip() + ")");
                    break;
                }
            }
        }
        return sites;
    }

    /** The index of the parenthesis closing the one just before {@code from}, skipping string and char literals. */
    private static int closingParenthesis(String s, int from) {
        int depth = 1;
        boolean inString = false;
        int i = from;
        for (; i < s.length() && depth > 0; i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '\'') {
                i += s.charAt(i + 1) == '\\' ? 3 : 2; // a char literal such as '(' or '"'
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return i - 1;
    }
}
