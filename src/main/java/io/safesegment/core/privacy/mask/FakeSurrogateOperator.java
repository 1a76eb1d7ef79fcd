package io.safesegment.core.privacy.mask;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.i18n.Message;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import tech.tablesaw.columns.Column;

/**
 * Consistent fake surrogates: a realistic, clearly fictitious name, email or phone number chosen deterministically
 * from HMAC-SHA-256(key, value), so the same input always maps to the same surrogate and the output still looks
 * like the column it replaces (useful for demos and for testing downstream systems).
 *
 * <ul>
 *   <li>names keep the script: a Chinese input gets a Chinese surrogate, anything else an English one;</li>
 *   <li>emails use the reserved domains example.com / example.org / example.net (RFC 2606);</li>
 *   <li>phones use reserved fictional ranges where they exist (US 555-01xx, UK 07700 900xxx) and random digits
 *       after the +86 1xx prefix for Chinese mobiles.</li>
 * </ul>
 * Surrogates are not unique: two inputs may share one, so do not join on surrogate columns (use a pseudonym).
 */
public final class FakeSurrogateOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "fake";

    /** What kind of surrogate to produce. */
    public enum Kind { NAME, EMAIL, PHONE }

    private static final List<String> FIRST = List.of("Alex", "Blake", "Casey", "Dana", "Eli", "Frankie", "Gale",
            "Harper", "Indy", "Jamie", "Kai", "Logan", "Morgan", "Noel", "Oakley", "Parker", "Quinn", "Riley", "Sage",
            "Taylor", "Uma", "Val", "Wren", "Xen", "Yael", "Zion", "Avery", "Brook", "Cameron", "Drew", "Emery", "Finley");
    private static final List<String> LAST = List.of("Ashford", "Brightwater", "Cloudsley", "Dunmore", "Everhart",
            "Fairbank", "Greystone", "Hollowell", "Ironwood", "Juniper", "Kingsley", "Lakewood", "Merriweather",
            "Northcott", "Oakhurst", "Pemberton", "Quill", "Ravenscroft", "Stonebridge", "Thornbury", "Underhill",
            "Vale", "Whitlock", "Yarrow", "Zephyr", "Ashdown", "Birchwood", "Copperfield", "Dovecote", "Elmsworth");
    private static final List<String> ZH_SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高");
    private static final List<String> ZH_GIVEN = List.of("安", "博", "晨", "丹", "恩", "帆", "歌", "涵", "佳", "凯",
            "岚", "敏", "宁", "鹏", "琪", "然", "书", "婷", "文", "欣", "雅", "逸", "昭", "子", "悦", "舟", "泽", "宇");
    private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net");

    private final Kind surrogateKind;
    private final String keyName;

    /** @param kind what to produce @param keyName vault key for the deterministic choice */
    public FakeSurrogateOperator(Kind kind, String keyName) {
        if (kind == null) {
            throw new InvalidParameterException(ID, "kind", Message.of("mask.fakeSurrogateOperator.mustBeNameEmail"));
        }
        if (keyName == null || keyName.isBlank()) {
            throw new InvalidParameterException(ID, "key", Message.of("mask.fakeSurrogateOperator.mustNameAWorkspace"));
        }
        this.surrogateKind = kind;
        this.keyName = keyName;
    }

    /** Parses the kind parameter case-insensitively. */
    public static Kind parseKind(String text) {
        try {
            return Kind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidParameterException(ID, "kind", Message.of("mask.fakeSurrogateOperator.mustBeNameEmail2", InvalidParameterException.shown(text)));
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.PSEUDONYMISED;
    }

    @Override
    public boolean neverReturnsInput() {
        return true;
    }

    @Override
    protected ValueFunction prepare(Column<?> column, MaskingContext context) {
        byte[] key = context.keys().secretKey(keyName, KeyPurpose.PSEUDONYM_HMAC);
        Mac mac = Hmac.newMac(key);
        Arrays.fill(key, (byte) 0);
        return value -> {
            ByteBuffer h = ByteBuffer.wrap(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
            String fake = switch (surrogateKind) {
                case NAME -> name(value, h);
                case EMAIL -> email(h);
                case PHONE -> phone(value, h);
            };
            return fake.equals(value) ? fake + " " + pick(LAST, h) : fake;
        };
    }

    private static String name(String value, ByteBuffer h) {
        if (value.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return pick(ZH_SURNAMES, h) + pick(ZH_GIVEN, h) + ((h.get(h.position()) & 1) == 0 ? pick(ZH_GIVEN, h) : "");
        }
        return pick(FIRST, h) + " " + pick(LAST, h);
    }

    private static String email(ByteBuffer h) {
        return (pick(FIRST, h) + "." + pick(LAST, h)).toLowerCase(Locale.ROOT)
                + Math.floorMod(h.getShort(), 100) + "@" + pick(DOMAINS, h);
    }

    private static String phone(String value, ByteBuffer h) {
        String compact = value.replaceAll("[^+0-9]", "");
        if (compact.startsWith("+86") || (compact.length() == 11 && compact.startsWith("1"))) {
            long digits = Math.floorMod(h.getLong(), 100_000_000L);
            return String.format(Locale.ROOT, "+86 1%d%d %04d %04d", 3 + Math.floorMod(h.get(), 7), Math.floorMod(h.get(), 10),
                    digits / 10_000, digits % 10_000);
        }
        if (compact.startsWith("+44") || compact.startsWith("07")) {
            return String.format(Locale.ROOT, "+44 7700 900%03d", Math.floorMod(h.getShort(), 1000));
        }
        return String.format(Locale.ROOT, "+1 %s 555 01%02d", pick(List.of("201", "212", "312", "415", "617", "718"), h),
                Math.floorMod(h.getShort(), 100));
    }

    private static String pick(List<String> options, ByteBuffer h) {
        if (h.remaining() < 2) {
            h.rewind();
        }
        return options.get(Math.floorMod(h.getShort(), options.size()));
    }
}
