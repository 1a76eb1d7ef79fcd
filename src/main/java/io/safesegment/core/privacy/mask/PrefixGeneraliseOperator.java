package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import tech.tablesaw.columns.Column;

/**
 * Generalises codes to a prefix, marking the dropped part: postcode "100080" → "100***", "SW1A 1AA" → "SW1*".
 * Unlike truncation the output shows that something was removed and keeps the original length for letters and
 * digits (separators are dropped).
 */
public final class PrefixGeneraliseOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "generalise-prefix";
    /** Longest prefix a rule may keep. */
    public static final int MAX_KEEP = 16;

    private final int keep;
    private final boolean padToLength;

    /**
     * @param keep         how many leading letters/digits to keep (≥ 1)
     * @param padToLength  whether to pad with {@code *} to the original number of letters/digits
     */
    public PrefixGeneraliseOperator(int keep, boolean padToLength) {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new InvalidParameterException(ID, "keep", Message.of("mask.prefixGeneraliseOperator.mustBeBetween1", MAX_KEEP, keep));
        }
        this.keep = keep;
        this.padToLength = padToLength;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.GENERALISED;
    }

    @Override
    public boolean neverReturnsInput() {
        return true; // the output ends in '*' and differs from the input (see prepare)
    }

    @Override
    protected boolean cacheValues() {
        return false; // cheaper to recompute than to hash
    }

    @Override
    protected ValueFunction prepare(Column<?> column, MaskingContext context) {
        return value -> {
            int[] alnum = value.codePoints().filter(Character::isLetterOrDigit).toArray();
            StringBuilder out = new StringBuilder();
            // A value with no more letters/digits than 'keep' would come out whole: keep none of it (like char-mask).
            int kept = alnum.length > keep ? keep : 0;
            for (int i = 0; i < kept; i++) {
                out.appendCodePoint(alnum[i]);
            }
            int stars = padToLength ? Math.max(1, alnum.length - kept) : 1;
            String result = out.append("*".repeat(stars)).toString();
            // A value without letters or digits ("*") would otherwise come out unchanged.
            return result.equals(value) ? result + "*" : result;
        };
    }
}
