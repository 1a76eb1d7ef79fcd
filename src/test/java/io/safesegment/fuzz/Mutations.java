package io.safesegment.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutators for fuzz tests: byte-level damage (bit flips, truncation, inserted and deleted runs, extreme
 * integers) and JSON-aware damage (type swaps, huge numbers, deep nesting, hostile UTF-8, dropped or duplicated
 * fields). The same seed always yields the same cases, so a failure is reproduced by its case number.
 */
public final class Mutations {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] HOSTILE_TEXT = {
        "", " ", "\u0000", "\u001b[31mred\u001b[0m", "\r\n", "\uFEFF", "客户编号", "名字\u200Bzero-width",
        "\uD800", "😀", "../../etc/passwd", "a".repeat(5_000), "null", "NaN", "-1", "1e999", "\"", "\\",
        "%s%n", "=cmd|' /C calc'!A0"};
    private static final String[] HUGE_NUMBERS = {
        "1e309", "-1e309", "1e-400", "99999999999999999999999999", "-99999999999999999999999999",
        "2147483648", "-2147483649", "9223372036854775808", "-0", "0.0000000000000000000001", "1E+2147483647"};
    private static final int[] EXTREME_INTS = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xFFFF, 0x10000, 1023,
        1024, 64 << 20, (64 << 20) + 1};

    private Mutations() {
    }

    /** One byte-level mutation of {@code input} (a new array). */
    public static byte[] bytes(byte[] input, SplittableRandom random) {
        byte[] b = input.clone();
        if (b.length == 0) {
            return randomBytes(random, 1 + random.nextInt(16));
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(8)) {
            case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> b[at] = (byte) random.nextInt(256);
            case 2 -> b = java.util.Arrays.copyOf(b, at);
            case 3 -> {
                byte[] extra = randomBytes(random, 1 + random.nextInt(64));
                b = splice(b, at, at, extra);
            }
            case 4 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(32)), new byte[0]);
            case 5 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(32));
                b = splice(b, end, end, java.util.Arrays.copyOfRange(b, at, end));
            }
            case 6 -> {
                int v = EXTREME_INTS[random.nextInt(EXTREME_INTS.length)];
                for (int i = 0; i < 4 && at + i < b.length; i++) {
                    b[at + i] = (byte) (v >>> (24 - 8 * i));
                }
            }
            default -> {
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
        }
        return b;
    }

    /** One mutation of a JSON document: JSON-aware most of the time, otherwise raw damage to its UTF-8 bytes. */
    public static String json(String document, SplittableRandom random) {
        int kind = random.nextInt(10);
        if (kind < 2) {
            return new String(bytes(document.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8);
        }
        if (kind == 2) {
            return textual(document, random);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(document);
        } catch (Exception e) {
            return textual(document, random);
        }
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(hostileText(random), randomValue(random, 0));
                default -> o.set(name, randomValue(random, 0));
            }
        } else if (target instanceof ArrayNode a) {
            switch (random.nextInt(3)) {
                case 0 -> a.add(randomValue(random, 0));
                case 1 -> {
                    if (!a.isEmpty()) {
                        a.set(random.nextInt(a.size()), randomValue(random, 0));
                    }
                }
                default -> {
                    if (!a.isEmpty()) {
                        a.add(a.get(random.nextInt(a.size())).deepCopy());
                    }
                }
            }
        }
        String out = root.toString();
        if (random.nextInt(8) == 0) {
            out = numbersToHuge(out, random);
        }
        return out;
    }

    /** Text-level damage that a tree cannot express: deep nesting, duplicate keys, truncation, garbage. */
    private static String textual(String document, SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> "[".repeat(1 + random.nextInt(20_000)) + document;
            case 1 -> document.replaceFirst("\\{", "{\"dup\":1,\"dup\":2,");
            case 2 -> document.substring(0, random.nextInt(document.length() + 1));
            case 3 -> numbersToHuge(document, random);
            default -> hostileText(random);
        };
    }

    private static String numbersToHuge(String document, SplittableRandom random) {
        String huge = HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)];
        return document.replaceAll("(?<=[:\\[,])(-?\\d+(\\.\\d+)?)(?=[,}\\]])", huge);
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collectContainers(it.next(), out);
            }
        }
    }

    private static JsonNode randomValue(SplittableRandom random, int depth) {
        return switch (random.nextInt(depth > 3 ? 7 : 9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(EXTREME_INTS[random.nextInt(EXTREME_INTS.length)]);
            case 3 -> NODES.numberNode(new double[] {1e308, -1e308, Double.MIN_VALUE, 0.5, -0.0}[random.nextInt(5)]);
            case 4 -> NODES.numberNode(new java.math.BigInteger("9".repeat(1 + random.nextInt(60))));
            case 5, 6 -> NODES.textNode(hostileText(random));
            case 7 -> {
                ArrayNode a = NODES.arrayNode();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    a.add(randomValue(random, depth + 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = NODES.objectNode();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    o.set(hostileText(random), randomValue(random, depth + 1));
                }
                yield o;
            }
        };
    }

    /** A string from the hostile list or random code points (controls, CJK, surrogates, emoji). */
    public static String hostileText(SplittableRandom random) {
        if (random.nextBoolean()) {
            return HOSTILE_TEXT[random.nextInt(HOSTILE_TEXT.length)];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x4E00 + random.nextInt(0x5000);
                case 2 -> 0x1F600 + random.nextInt(0x40);
                default -> 0x20 + random.nextInt(0x5F);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static byte[] randomBytes(SplittableRandom random, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }
}
