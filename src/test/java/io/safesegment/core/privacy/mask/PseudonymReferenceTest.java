package io.safesegment.core.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.crypto.KeyPurpose;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The hand-written hex of decision 0020 gives exactly {@code prefix + hex(HMAC)[0..length)} as before. */
class PseudonymReferenceTest {

    @Test
    void sameAsFormattingTheWholeHmac() {
        KeyMaterial keys = KeyMaterial.fromSeed(new byte[32]);
        StringColumn ids = StringColumn.create("id");
        for (int i = 0; i < 300; i++) {
            ids.append(i % 7 == 0 ? "" : "c" + (i % 150) + (i % 3 == 0 ? "张😀" : ""));
        }
        byte[] key = keys.secretKey("k", KeyPurpose.PSEUDONYM_HMAC);
        for (int length : new int[] {8, 9, 16, 63, 64}) {
            for (String prefix : new String[] {"", "CUST-", "客户-"}) {
                Column<?> masked = new PseudonymOperator("k", prefix, length)
                        .apply(ids, new MaskingContext(Table.create("t", ids), keys));
                for (int r = 0; r < ids.size(); r++) {
                    String value = ids.get(r);
                    String expected = value.isEmpty() ? "" : prefix + HexFormat.of()
                            .formatHex(Hmac.sha256(key, value.getBytes(StandardCharsets.UTF_8))).substring(0, length);
                    assertEquals(expected, masked.getString(r), "row " + r + " length " + length);
                }
            }
        }
    }
}
