package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import tech.tablesaw.columns.Column;

/**
 * Hides characters behind a mask character, keeping the first and last few: {@code 张**}, {@code 138****5678},
 * {@code j***@example.com}. Works on Unicode code points, so an emoji or a Han character is one character.
 *
 * <p>With {@code lettersAndDigitsOnly}, separators such as spaces, dashes and {@code +} stay in place and only
 * letters and digits count and get masked. With {@code keepEmailDomain}, the part after the last {@code @} is kept
 * and only the local part is masked.
 *
 * <p>Decision (issue #13): a value with no more maskable characters than {@code keepFirst + keepLast} is masked
 * <em>whole</em> — keeping "all but one" character of a short value would let it through almost intact. Rules whose
 * {@code keepFirst + keepLast} exceeds {@value #MAX_KEPT} are refused: they hide nothing in any real identifier.
 */
public final class CharacterMaskOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "char-mask";
    /** The most characters a rule may keep in total ({@code keepFirst + keepLast}). */
    public static final int MAX_KEPT = 32;

    private final int keepFirst;
    private final int keepLast;
    private final int maskCodePoint;
    private final boolean lettersAndDigitsOnly;
    private final boolean keepEmailDomain;

    /** Creates the operator; counts must be ≥ 0 and the mask one character. */
    public CharacterMaskOperator(int keepFirst, int keepLast, String maskChar, boolean lettersAndDigitsOnly,
                                 boolean keepEmailDomain) {
        if (keepFirst < 0) {
            throw new InvalidParameterException(ID, "keepFirst", Message.of("mask.characterMaskOperator.mustBe0Or", keepFirst));
        }
        if (keepLast < 0) {
            throw new InvalidParameterException(ID, "keepLast", Message.of("mask.characterMaskOperator.mustBe0Or", keepLast));
        }
        if ((long) keepFirst + keepLast > MAX_KEPT) {
            throw new InvalidParameterException(ID, "keepFirst", Message.of("mask.characterMaskOperator.plusKeeplastMustBe", MAX_KEPT, (long) keepFirst + keepLast));
        }
        if (maskChar == null || maskChar.codePointCount(0, maskChar.length()) != 1) {
            throw new InvalidParameterException(ID, "maskChar", Message.of("mask.characterMaskOperator.mustBeExactlyOne"));
        }
        if (Character.isLetterOrDigit(maskChar.codePointAt(0))) {
            throw new InvalidParameterException(ID, "maskChar", Message.of("mask.characterMaskOperator.mustNotBeA"));
        }
        this.keepFirst = keepFirst;
        this.keepLast = keepLast;
        this.maskCodePoint = maskChar.codePointAt(0);
        this.lettersAndDigitsOnly = lettersAndDigitsOnly;
        this.keepEmailDomain = keepEmailDomain;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.MASKED;
    }

    @Override
    public boolean neverReturnsInput() {
        return true; // at least one maskable character is replaced, or a mask character is prefixed
    }

    @Override
    protected boolean cacheValues() {
        return false; // cheaper to recompute than to hash
    }

    @Override
    protected ValueFunction prepare(Column<?> column, MaskingContext context) {
        return this::mask;
    }

    /**
     * Masks one value. A value made only of mask characters (or, in letters-and-digits mode, of no letter or
     * digit) has nothing to hide; it gets one extra mask character in front so the operator never returns its
     * input.
     */
    public String mask(String value) {
        // A char[] loop over code points: this runs once per distinct value of columns with a million of them, where
        // code-point streams and a StringBuilder per value were a third of the masking time (decision 0020).
        int at = keepEmailDomain ? value.lastIndexOf('@') : -1;
        int localEnd = at > 0 ? at : value.length();
        int maskable = 0;
        for (int i = 0; i < localEnd; ) {
            int cp = value.codePointAt(i);
            if (isMaskable(cp)) {
                maskable++;
            }
            i += Character.charCount(cp);
        }
        int first = keepFirst;
        int last = keepLast;
        if (first + last >= maskable) {
            // too short to keep anything safely: mask the whole value (see the class comment)
            first = 0;
            last = 0;
        }
        // A mask character may take two chars where the character it replaces took one.
        char[] out = new char[2 * localEnd + value.length() - localEnd];
        int length = 0;
        int index = 0;
        for (int i = 0; i < localEnd; ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (isMaskable(cp)) {
                boolean keep = index < first || index >= maskable - last;
                length += Character.toChars(keep ? cp : maskCodePoint, out, length);
                index++;
            } else {
                length += Character.toChars(cp, out, length);
            }
        }
        value.getChars(localEnd, value.length(), out, length);
        length += value.length() - localEnd;
        String result = new String(out, 0, length);
        // Nothing maskable (e.g. "***" or "--"): prefix one mask character so the output still differs.
        return result.equals(value) ? Character.toString(maskCodePoint) + result : result;
    }

    private boolean isMaskable(int cp) {
        return !lettersAndDigitsOnly || Character.isLetterOrDigit(cp);
    }
}
