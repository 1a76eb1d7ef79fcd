package io.safesegment.core.data.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the text encoding of a file from its first bytes: a byte-order mark wins; otherwise a strict UTF-8 decode;
 * otherwise GB18030 when the bytes decode to mostly CJK characters; otherwise windows-1252 (or ISO-8859-1 when
 * windows-1252 cannot represent a byte). The guess is always overridable in {@link CsvImportOptions}.
 */
public final class EncodingDetector {
    /** Charset of simplified Chinese files (a superset of GBK). */
    public static final Charset GB18030 = Charset.forName("GB18030");
    /** The usual Western "ANSI" code page. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingDetector() {
    }

    /** The detected encoding and how many bytes of byte-order mark to skip. */
    public record Detection(Charset charset, int bomLength) {
    }

    /**
     * Detects the encoding of {@code sample}, the first bytes of a file.
     *
     * @param sample    leading bytes (may cut a multi-byte character at the end; that is tolerated)
     * @param truncated whether the file is longer than the sample
     */
    public static Detection detect(byte[] sample, int length, boolean truncated) {
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new Detection(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new Detection(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new Detection(StandardCharsets.UTF_16BE, 2);
        }
        if (decodesStrictly(StandardCharsets.UTF_8, sample, length, truncated)) {
            return new Detection(StandardCharsets.UTF_8, 0);
        }
        if (looksLikeChinese(sample, length, truncated)) {
            return new Detection(GB18030, 0);
        }
        if (decodesStrictly(WINDOWS_1252, sample, length, truncated)) {
            return new Detection(WINDOWS_1252, 0);
        }
        return new Detection(StandardCharsets.ISO_8859_1, 0);
    }

    /** Whether the bytes decode without error; a cut character at the end of a truncated sample is allowed. */
    static boolean decodesStrictly(Charset charset, byte[] sample, int length, boolean truncated) {
        return decode(charset, sample, length, truncated) != null;
    }

    private static String decode(Charset charset, byte[] sample, int length, boolean truncated) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 16);
        try {
            CoderResult result = decoder.decode(in, out, !truncated);
            if (result.isError()) {
                return null;
            }
            if (!truncated) {
                CoderResult flush = decoder.flush(out);
                if (flush.isError()) {
                    return null;
                }
            } else if (in.remaining() > 4) {
                return null;
            }
        } catch (IllegalStateException e) {
            return null;
        }
        out.flip();
        return out.toString();
    }

    private static boolean looksLikeChinese(byte[] sample, int length, boolean truncated) {
        String text = decode(GB18030, sample, length, truncated);
        if (text == null) {
            return false;
        }
        int nonAscii = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)) {
                    cjk++;
                }
            }
        }
        // Latin-1 accents followed by an ASCII letter also form valid GBK pairs ("ü" + "l"), but their second byte is
        // ASCII; common Chinese characters (GB2312) have both bytes at 0xA1 or above.
        int highPairs = 0;
        int lowPairs = 0;
        for (int i = 0; i < length - 1; i++) {
            int b = sample[i] & 0xFF;
            if (b >= 0x81) {
                if ((sample[i + 1] & 0xFF) >= 0xA1) {
                    highPairs++;
                } else {
                    lowPairs++;
                }
                i++;
            }
        }
        return nonAscii > 0 && cjk * 10 >= nonAscii * 9 && highPairs * 10 >= (highPairs + lowPairs) * 9;
    }

    /** Strict decoding check used by tests and callers that already hold the whole content. */
    public static boolean isValid(Charset charset, byte[] bytes) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
