package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.detect.EntityType;
import io.safesegment.core.privacy.detect.Recognizers;
import io.safesegment.core.privacy.detect.ValueRecognizer;
import io.safesegment.core.privacy.mask.TransformKind;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The last check before a masked export leaves. A cell counts as a leak only where it can identify someone:
 * <ul>
 *   <li>the identifier's own column still equals the record's original value, contains it whole, or keeps a run of
 *       {@value #RUN_LENGTH} or more letters or digits that no other value of the column shares (a partly masked
 *       value);</li>
 *   <li>another column of the same record contains the record's identifier (an email copied into notes), when the
 *       identifier is strong enough to be matched inside text (see {@link IdentifierStrength});</li>
 *   <li>any cell contains a distinctive identifier value — strong, varied, and not itself a value of a
 *       non-identifier input column (a product code that equals a customer id is a code, not a leak);</li>
 *   <li>a direct-identifier column still holds values a strong recogniser accepts as a real email, phone, id number…
 *       (values containing the mask character {@code *} are masked and not counted here).</li>
 * </ul>
 * Small ids (1–200) that equal an income elsewhere, or 5-digit customer ids that equal product codes, are therefore
 * not leaks; a {@code keep} on the id column still is.
 *
 * <p>Reports counts per column and kind only; it never echoes the leaked values themselves.
 */
public final class LeakScanner {
    /**
     * Consecutive letters or digits of an original that make a partly masked value a leak when no other value shares
     * them (also the anchor length of the distinctive-value index).
     * Six: the usual partial masks (first 3 + last 2 of a phone, last 4 of a card) keep shorter runs, while 6
     * characters of a random id already leave about 36^6 ≈ 2·10^9 possibilities, enough to single out its owner.
     */
    public static final int RUN_LENGTH = 6;

    private LeakScanner() {
    }

    /**
     * Scans {@code masked} against {@code original}. Rows are matched by position (masking never reorders rows);
     * when the row counts differ only the record-independent checks run.
     *
     * @param roles column roles of the original (from the policy)
     */
    public static LeakReport scan(Table original, Table masked, Map<String, ColumnRole> roles, Progress progress) {
        return scan(original, masked, roles, Set.of(), progress);
    }

    /**
     * Scans like {@link #scan(Table, Table, Map, Progress)}, knowing which output columns hold a keyed pseudonym or
     * ciphertext ({@link #keyedColumns}). Such a value is a keyed pseudo-random function of the whole original, so a
     * run of {@value #RUN_LENGTH} characters it happens to share with its original is chance, not a kept part (with
     * 5,000 18-digit ids, random hex or format-preserving digits share such a run in about one export in five): the
     * partial-run check is skipped there, while unchanged, contained and copied identifiers are still found. The
     * same holds for a distinctive identifier of <em>another</em> record inside such a value: the 5,007 sample ids
     * ({@code c0000001}…) are themselves hex, so 16-hex-digit pseudonyms contained one in about one export in six.
     * And for a recogniser's match: about 2 in 100,000 random 16-hex-digit pseudonyms are all decimal digits with an
     * issuer prefix and a valid Luhn digit (a "card number"; measured on 20M random values: 406 cards, 26 phones, 2
     * IBANs), so 5,000 pseudonymised names blocked about one export in ten, and {@code encrypt-fpe} keeps the shape
     * of a phone by design.
     */
    public static LeakReport scan(Table original, Table masked, Map<String, ColumnRole> roles,
                                  Set<String> keyedColumns, Progress progress) {
        Map<String, String[]> identifiers = identifiers(original, roles);
        return scanIdentifiers(original, masked, identifiers, keyedColumns,
                TableLeakScope.ofIdentifiers(original, identifiers), progress);
    }

    /**
     * Scans like {@link #scan(Table, Table, Map, Set, Progress)} with the cross-record checks (a distinctive value of
     * another record, a run shared with other values) taken from {@code scope} instead of {@code original} alone:
     * an engine that masks in chunks passes the scope of the whole input with each chunk, so the chunks' reports
     * together find what one scan of the whole table finds.
     */
    public static LeakReport scan(Table original, Table masked, Map<String, ColumnRole> roles,
                                  Set<String> keyedColumns, LeakScope scope, Progress progress) {
        return scanIdentifiers(original, masked, identifiers(original, roles), keyedColumns, scope, progress);
    }

    private static LeakReport scanIdentifiers(Table original, Table masked, Map<String, String[]> identifiers,
                                              Set<String> keyedColumns, LeakScope scope, Progress progress) {
        if (identifiers.isEmpty()) { // every check is about a direct identifier: nothing to look for
            progress.report(1, Message.of("progress.leak.done"));
            return new LeakReport(List.of());
        }
        boolean aligned = original.rowCount() == masked.rowCount();
        List<ValueRecognizer> strong = Recognizers.all().stream().filter(r -> r.specificity() >= 0.9).toList();
        List<LeakReport.ColumnLeak> leaks = new ArrayList<>();
        int n = masked.columnCount();
        for (int ci = 0; ci < n; ci++) {
            progress.checkCancelled();
            Column<?> column = masked.column(ci);
            progress.report((double) ci / n, Message.of("progress.leak.column", column.name()));
            ColumnScan scan = new ColumnScan(column.name(), identifiers, scope, aligned, strong,
                    keyedColumns.contains(column.name()));
            for (int i = 0; i < column.size(); i++) {
                if (!column.isMissing(i)) {
                    scan.cell(i, column.getString(i));
                }
            }
            scan.result().ifPresent(leaks::add);
        }
        progress.report(1, Message.of("progress.leak.done"));
        return new LeakReport(leaks);
    }

    /** The columns a mask turned into keyed pseudonyms or ciphertext (their transform kind says so). */
    public static Set<String> keyedColumns(List<ColumnOutcome> outcomes) {
        Set<String> keyed = new HashSet<>();
        for (ColumnOutcome o : outcomes) {
            if (o.kind() == TransformKind.PSEUDONYMISED || o.kind() == TransformKind.ENCRYPTED) {
                keyed.add(o.column());
            }
        }
        return keyed;
    }

    /** The normalised values of the original's direct-identifier columns, in column order. */
    static Map<String, String[]> identifiers(Table original, Map<String, ColumnRole> roles) {
        Map<String, String[]> identifiers = new LinkedHashMap<>();
        for (String name : original.columnNames()) {
            if (roles.get(name) == ColumnRole.DIRECT_IDENTIFIER) {
                identifiers.put(name, normalised(original.column(name)));
            }
        }
        return identifiers;
    }

    private static String[] normalised(Column<?> c) {
        String[] out = new String[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.isMissing(i) ? null : IdentifierStrength.normalise(c.getString(i));
        }
        return out;
    }

    /** The checks of one output column, counting each cell once under its most severe kind. */
    private static final class ColumnScan {
        private final String name;
        private final Map<String, String[]> identifiers;
        private final String[] own;
        private final LeakScope scope;
        private final boolean aligned;
        private final List<ValueRecognizer> strong;
        private final boolean keyed;
        private final Map<LeakKind, Map<String, Integer>> counts = new EnumMap<>(LeakKind.class);
        private final Set<EntityType> entities = new TreeSet<>();

        ColumnScan(String name, Map<String, String[]> identifiers, LeakScope scope, boolean aligned,
                   List<ValueRecognizer> strong, boolean keyed) {
            this.keyed = keyed;
            this.name = name;
            this.identifiers = identifiers;
            this.own = identifiers.get(name);
            this.scope = scope;
            this.aligned = aligned;
            this.strong = strong;
        }

        void cell(int row, String raw) {
            String s = IdentifierStrength.normalise(raw);
            if (s == null) {
                return;
            }
            if (aligned && own != null && own[row] != null) {
                String v = own[row];
                if (s.equals(v)) {
                    count(LeakKind.UNCHANGED_IDENTIFIER, name);
                    return;
                }
                if (s.contains(v) && (IdentifierStrength.searchable(v) || IdentifierStrength.onlyDecorates(s, v))) {
                    count(LeakKind.CONTAINS_IDENTIFIER, name);
                    return;
                }
            }
            if (aligned) {
                for (Map.Entry<String, String[]> id : identifiers.entrySet()) {
                    String v = id.getValue()[row];
                    if (!id.getKey().equals(name) && v != null && IdentifierStrength.searchable(v) && s.contains(v)) {
                        count(LeakKind.COPY_IN_SAME_RECORD, id.getKey());
                        return;
                    }
                }
            }
            // in a keyed column another record's identifier can only turn up by chance (see the scan's Javadoc)
            String source = keyed ? null : scope.distinctiveSource(s);
            if (source != null) {
                count(LeakKind.DISTINCTIVE_IDENTIFIER, source);
                return;
            }
            if (!keyed && aligned && own != null && own[row] != null && keepsUniqueRun(s, own[row])) {
                count(LeakKind.PARTIAL_IDENTIFIER, name);
                return;
            }
            // a keyed output that looks like a card or a phone is chance (or, for encrypt-fpe, the promised format):
            // it is no one's card, and never the record's own value, which the checks above already rule out
            if (!keyed && own != null && raw.indexOf('*') < 0) {
                String stripped = raw.strip();
                for (ValueRecognizer r : strong) {
                    if (r.matches(stripped)) {
                        count(LeakKind.RECOGNISABLE_PATTERN, null);
                        entities.add(r.entity());
                        return;
                    }
                }
            }
        }

        /**
         * Whether {@code s} keeps a run of {@code v} ({@link IdentifierStrength#runs}: {@link #RUN_LENGTH} letters or
         * digits in a row, punctuation riding along) that no other sampled value has. Runs inside an email's domain are skipped: a domain names a provider or an employer, not a person,
         * and keeping it is the suggested email mask.
         */
        private boolean keepsUniqueRun(String s, String v) {
            int domain = v.lastIndexOf('@');
            int end = domain < 0 ? v.length() : domain;
            for (IdentifierStrength.Run run : IdentifierStrength.runs(v)) {
                if (run.start() < end && s.contains(run.text()) && scope.othersWith(name, run.text(), v) == 0) {
                    return true;
                }
            }
            return false;
        }

        private void count(LeakKind kind, String source) {
            counts.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(source == null ? "" : source, 1, Integer::sum);
        }

        java.util.Optional<LeakReport.ColumnLeak> result() {
            if (counts.isEmpty()) {
                return java.util.Optional.empty();
            }
            List<LeakFinding> findings = new ArrayList<>();
            int original = 0;
            int patterns = 0;
            for (Map.Entry<LeakKind, Map<String, Integer>> e : counts.entrySet()) {
                for (Map.Entry<String, Integer> bySource : e.getValue().entrySet()) {
                    findings.add(new LeakFinding(e.getKey(), bySource.getKey().isEmpty() ? null : bySource.getKey(),
                            bySource.getValue()));
                    if (e.getKey().carriesOriginal()) {
                        original += bySource.getValue();
                    } else {
                        patterns += bySource.getValue();
                    }
                }
            }
            return java.util.Optional.of(new LeakReport.ColumnLeak(name, original, patterns, List.copyOf(entities),
                    findings));
        }
    }
}
