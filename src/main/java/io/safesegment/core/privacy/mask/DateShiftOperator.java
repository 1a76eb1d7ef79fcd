package io.safesegment.core.privacy.mask;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.i18n.Message;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import javax.crypto.Mac;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Shifts every date of a subject by the same secret offset of 1..{@code maxDays} days, forwards or backwards. The
 * offset comes from HMAC-SHA-256(key, subject id), so all of one customer's dates move together (intervals between
 * their purchases survive) and the same subject gets the same offset in every dataset masked with the same key.
 */
public final class DateShiftOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "date-shift";

    private final String subjectColumn;
    private final int maxDays;
    private final String keyName;

    /**
     * @param subjectColumn column that identifies the subject (e.g. customer_id), read from the unmasked table
     * @param maxDays       largest shift in days, 1..3650
     * @param keyName       vault key for the per-subject offsets
     */
    public DateShiftOperator(String subjectColumn, int maxDays, String keyName) {
        if (subjectColumn == null || subjectColumn.isBlank()) {
            throw new InvalidParameterException(ID, "subjectColumn", Message.of("mask.dateShiftOperator.mustNameTheColumn"));
        }
        if (maxDays < 1 || maxDays > 3650) {
            throw new InvalidParameterException(ID, "maxDays", Message.of("mask.dateShiftOperator.mustBeBetween1", maxDays));
        }
        if (keyName == null || keyName.isBlank()) {
            throw new InvalidParameterException(ID, "key", Message.of("mask.dateShiftOperator.mustNameAWorkspace"));
        }
        this.subjectColumn = subjectColumn;
        this.maxDays = maxDays;
        this.keyName = keyName;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.PERTURBED;
    }

    @Override
    public boolean neverReturnsInput() {
        return true; // the offset is never zero
    }

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        if (!context.table().columnNames().contains(subjectColumn)) {
            throw new InvalidParameterException(ID, "subjectColumn", Message.of("mask.dateShiftOperator.namesAColumnThat", InvalidParameterException.shown(subjectColumn)));
        }
        Column<?> subjects = context.table().column(subjectColumn);
        byte[] key = context.keys().secretKey(keyName, KeyPurpose.PSEUDONYM_HMAC);
        Mac mac = Hmac.newMac(key);
        Arrays.fill(key, (byte) 0);
        int n = column.size();
        if (column instanceof DateColumn dates) {
            DateColumn out = DateColumn.create(column.name(), n);
            for (int i = 0; i < n; i++) {
                if (!dates.isMissing(i)) {
                    out.set(i, dates.get(i).plusDays(offset(mac, subjects, i)));
                }
            }
            return out;
        }
        if (column instanceof DateTimeColumn times) {
            DateTimeColumn out = DateTimeColumn.create(column.name(), n);
            for (int i = 0; i < n; i++) {
                if (!times.isMissing(i)) {
                    out.set(i, times.get(i).plusDays(offset(mac, subjects, i)));
                }
            }
            return out;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            if (column.isMissing(i)) {
                out[i] = StringColumnValues.MISSING;
                continue;
            }
            String text = column.getString(i);
            long days = offset(mac, subjects, i);
            try {
                out[i] = text.length() > 10 ? LocalDateTime.parse(text).plusDays(days).toString()
                        : LocalDate.parse(text).plusDays(days).toString();
            } catch (DateTimeParseException e) {
                throw new MaskingException(Message.of("mask.dateShiftOperator.dateShiftColumn", column.name(), i + 1));
            }
        }
        return StringColumnValues.column(column.name(), out);
    }

    /** The non-zero offset in [-maxDays, -1] ∪ [1, maxDays] for the subject on {@code row}. */
    private long offset(Mac mac, Column<?> subjects, int row) {
        String subject = subjects.isMissing(row) ? "" : subjects.getString(row);
        long h = ByteBuffer.wrap(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8))).getLong();
        long magnitude = Math.floorMod(h >>> 1, maxDays) + 1;
        return (h & 1) == 0 ? magnitude : -magnitude;
    }
}
