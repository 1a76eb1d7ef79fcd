package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.field.FpeAlphabet;
import io.safesegment.core.privacy.mask.DeterministicEncryptOperator;
import io.safesegment.core.privacy.mask.FormatPreservingEncryptOperator;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.MaskingException;
import io.safesegment.core.privacy.mask.RandomisedEncryptOperator;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Authorised re-identification: decrypts the columns a policy encrypted (AES-SIV, AES-GCM, FF1), using the keys of
 * the workspace vault. Pseudonyms, hashes and masks are one-way and stay as they are. Only a privacy officer holding
 * the vault password can run this; every run should be audited by the caller.
 */
public final class Reidentifier {
    private Reidentifier() {
    }

    /**
     * Result of a re-identification.
     *
     * @param table     the table with encrypted columns decrypted
     * @param decrypted names of the columns that were decrypted
     */
    public record Result(Table table, List<String> decrypted) {
    }

    /**
     * Decrypts every column of {@code masked} whose rule in {@code policy} is an encryption operator.
     *
     * @throws PolicyException naming column and row when a value does not decrypt (wrong key, edited value)
     */
    public static Result reidentify(Table masked, MaskingPolicy policy, KeyMaterial keys, Progress progress) {
        Table out = masked.copy();
        List<String> done = new ArrayList<>();
        for (MaskingRule rule : policy.rules()) {
            progress.checkCancelled();
            if (!out.columnNames().contains(rule.column())) {
                continue;
            }
            Decryptor d = decryptor(rule, keys);
            if (d == null) {
                continue;
            }
            progress.report((double) done.size() / Math.max(1, policy.rules().size()), Message.of("progress.reidentify.column", rule.column()));
            Column<?> column = out.column(rule.column());
            String[] values = new String[column.size()];
            for (int i = 0; i < values.length; i++) {
                if (column.isMissing(i)) {
                    values[i] = "";
                    continue;
                }
                try {
                    values[i] = d.decrypt(withoutFormulaGuard(column.getString(i)), rule.column());
                } catch (CryptoException | MaskingException | IllegalArgumentException e) {
                    throw new PolicyException(Message.of("policy.reidentifier.column", rule.column(), i + 1), e);
                }
            }
            out.replaceColumn(rule.column(), StringColumn.create(rule.column(), values));
            done.add(rule.column());
        }
        progress.report(1, Message.of("progress.reidentify.done"));
        return new Result(out, done);
    }

    /**
     * Undoes the exporter's spreadsheet-formula guard: a ciphertext such as {@code -x3F…} or {@code +86 …} was
     * written as {@code '-x3F…} so that Excel does not evaluate it.
     */
    static String withoutFormulaGuard(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    @FunctionalInterface
    private interface Decryptor {
        String decrypt(String value, String column);
    }

    private static Decryptor decryptor(MaskingRule rule, KeyMaterial keys) {
        String keyName = String.valueOf(rule.params().getOrDefault("key", ""));
        switch (rule.operator()) {
            case DeterministicEncryptOperator.ID -> {
                byte[] key = keys.secretKey(keyName.isEmpty() ? "field-siv" : keyName, KeyPurpose.DETERMINISTIC_AEAD);
                return (v, c) -> DeterministicEncryptOperator.decrypt(v, c, key);
            }
            case RandomisedEncryptOperator.ID -> {
                byte[] key = keys.secretKey(keyName.isEmpty() ? "field-gcm" : keyName, KeyPurpose.FILE);
                return (v, c) -> RandomisedEncryptOperator.decrypt(v, c, key);
            }
            case FormatPreservingEncryptOperator.ID -> {
                byte[] key = keys.secretKey(keyName.isEmpty() ? "field-ff1" : keyName, KeyPurpose.FF1);
                String name = String.valueOf(rule.params().getOrDefault("alphabet", "DIGITS")).toUpperCase(Locale.ROOT);
                FpeAlphabet alphabet = Arrays.asList(FpeAlphabet.DIGITS, FpeAlphabet.LOWER_ALPHANUMERIC, FpeAlphabet.ALPHANUMERIC)
                        .stream().filter(a -> a.name().equals(name)).findFirst().orElse(FpeAlphabet.DIGITS);
                return (v, c) -> FormatPreservingEncryptOperator.decrypt(v, c, key, alphabet);
            }
            default -> {
                return null;
            }
        }
    }
}
