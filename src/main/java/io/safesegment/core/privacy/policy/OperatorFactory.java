package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.mask.CharacterMaskOperator;
import io.safesegment.core.privacy.mask.DateGeneraliseOperator;
import io.safesegment.core.privacy.mask.DateShiftOperator;
import io.safesegment.core.privacy.mask.DeterministicEncryptOperator;
import io.safesegment.core.privacy.mask.FormatPreservingEncryptOperator;
import io.safesegment.core.privacy.mask.RandomisedEncryptOperator;
import io.safesegment.core.privacy.mask.FakeSurrogateOperator;
import io.safesegment.core.privacy.mask.HierarchyOperator;
import io.safesegment.core.privacy.mask.HierarchySuppressionOperator;
import io.safesegment.core.privacy.mask.KeepOperator;
import io.safesegment.core.privacy.mask.MaskingException;
import io.safesegment.core.privacy.mask.MaskingOperator;
import io.safesegment.core.privacy.mask.MicroaggregationOperator;
import io.safesegment.core.privacy.mask.NoiseOperator;
import io.safesegment.core.privacy.mask.NumberBinOperator;
import io.safesegment.core.privacy.mask.PrefixGeneraliseOperator;
import io.safesegment.core.privacy.mask.PseudonymOperator;
import io.safesegment.core.privacy.mask.RedactOperator;
import io.safesegment.core.privacy.mask.ReplaceOperator;
import io.safesegment.core.privacy.mask.InvalidParameterException;
import io.safesegment.core.privacy.mask.TopBottomCodingOperator;
import io.safesegment.core.privacy.mask.TruncateOperator;
import io.safesegment.core.crypto.KeyPurpose;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds operators from policy rules, validating every parameter. Errors name the column, the operator and the
 * parameter ("rule for column 'phone': char-mask 'keepFirst' must be a whole number, was 'three'").
 */
public final class OperatorFactory {
    /** Default vault key name for keyed operators. */
    public static final String DEFAULT_KEY = "pseudonym";
    /** Id of the retired salted-hash operator; rules using it migrate to keyed HMAC-SHA-256 with a warning. */
    public static final String LEGACY_HASH = "hash";

    private static final Map<String, Function<Params, MaskingOperator>> BUILDERS = Map.ofEntries(
            Map.entry(KeepOperator.ID, p -> new KeepOperator()),
            Map.entry(RedactOperator.ID, p -> new RedactOperator()),
            Map.entry(ReplaceOperator.ID, p -> new ReplaceOperator(p.string("value", "<REDACTED>"))),
            Map.entry(CharacterMaskOperator.ID, p -> new CharacterMaskOperator(p.integer("keepFirst", 0),
                    p.integer("keepLast", 0), p.string("maskChar", "*"), p.bool("lettersAndDigitsOnly", true),
                    p.bool("keepEmailDomain", false))),
            Map.entry(TruncateOperator.ID, p -> new TruncateOperator(p.integer("length", 3))),
            Map.entry(PrefixGeneraliseOperator.ID, p -> new PrefixGeneraliseOperator(p.integer("keep", 3),
                    p.bool("padToLength", true))),
            Map.entry(NumberBinOperator.ID, p -> p.has("edges") ? NumberBinOperator.customEdges(p.doubles("edges"))
                    : NumberBinOperator.fixedWidth(p.number("width", 10), p.number("origin", 0))),
            Map.entry(DateGeneraliseOperator.ID, p -> new DateGeneraliseOperator(
                    DateGeneraliseOperator.parseLevel(p.string("level", "YEAR")))),
            Map.entry(HierarchyOperator.ID, p -> p.has("suppressBelow")
                    ? new HierarchySuppressionOperator(p.integer("suppressBelow", 1), p.requiredString("group"), p.column())
                    : new HierarchyOperator(HierarchyOperator.readHierarchy(p.path("file")), p.integer("level", 1))),
            Map.entry(TopBottomCodingOperator.ID, p -> new TopBottomCodingOperator(
                    p.number("lower", Double.NEGATIVE_INFINITY), p.number("upper", Double.POSITIVE_INFINITY))),
            Map.entry(PseudonymOperator.ID, p -> new PseudonymOperator(p.string("key", DEFAULT_KEY),
                    p.string("prefix", ""), p.integer("length", 16))),
            // Legacy unkeyed SHA-256(salt ‖ value) was brute-forceable; old rules now run as keyed HMAC (warned).
            Map.entry(LEGACY_HASH, p -> new PseudonymOperator(p.string("key", DEFAULT_KEY), "", 64)),
            Map.entry(FakeSurrogateOperator.ID, p -> new FakeSurrogateOperator(
                    FakeSurrogateOperator.parseKind(p.string("kind", "NAME")), p.string("key", DEFAULT_KEY))),
            Map.entry(DateShiftOperator.ID, p -> new DateShiftOperator(p.requiredString("subjectColumn"),
                    p.integer("maxDays", 30), p.string("key", DEFAULT_KEY))),
            Map.entry(NoiseOperator.ID, OperatorFactory::noise),
            Map.entry(MicroaggregationOperator.ID, p -> new MicroaggregationOperator(p.integer("k", 5))),
            Map.entry(DeterministicEncryptOperator.ID, p -> new DeterministicEncryptOperator(p.string("key", "field-siv"))),
            Map.entry(RandomisedEncryptOperator.ID, p -> new RandomisedEncryptOperator(p.string("key", "field-gcm"))),
            Map.entry(FormatPreservingEncryptOperator.ID, p -> new FormatPreservingEncryptOperator(p.string("key", "field-ff1"),
                    p.string("alphabet", "DIGITS"))));

    private OperatorFactory() {
    }

    /**
     * The vault keys a policy needs (key name → purpose), so a front end can unlock or create them before masking.
     */
    public static Map<String, KeyPurpose> requiredKeys(MaskingPolicy policy) {
        Map<String, KeyPurpose> keys = new java.util.LinkedHashMap<>();
        for (MaskingRule rule : policy.rules()) {
            Params p = new Params(rule);
            switch (rule.operator()) {
                case PseudonymOperator.ID, FakeSurrogateOperator.ID, DateShiftOperator.ID, LEGACY_HASH ->
                        keys.put(p.string("key", DEFAULT_KEY), KeyPurpose.PSEUDONYM_HMAC);
                case NoiseOperator.ID -> keys.put(p.string("key", NoiseOperator.DEFAULT_KEY), KeyPurpose.PSEUDONYM_HMAC);
                case DeterministicEncryptOperator.ID -> keys.put(p.string("key", "field-siv"), KeyPurpose.DETERMINISTIC_AEAD);
                case RandomisedEncryptOperator.ID -> keys.put(p.string("key", "field-gcm"), KeyPurpose.FILE);
                case FormatPreservingEncryptOperator.ID -> keys.put(p.string("key", "field-ff1"), KeyPurpose.FF1);
                default -> { }
            }
        }
        return keys;
    }

    /** All operator ids, sorted. */
    public static List<String> operatorIds() {
        return BUILDERS.keySet().stream().sorted().toList();
    }

    /** Builds the operator for {@code rule}. */
    public static MaskingOperator create(MaskingRule rule) {
        Function<Params, MaskingOperator> builder = BUILDERS.get(rule.operator());
        if (builder == null) {
            throw new PolicyException(Message.of("policy.operatorFactory.ruleForColumn", rule.column(), rule.operator(), String.join(", ", operatorIds())));
        }
        try {
            return builder.apply(new Params(rule));
        } catch (MaskingException e) {
            throw new PolicyException(Message.of("policy.operatorFactory.ruleForColumn2", rule.column(), LocalizedMessage.of(e)), e);
        }
    }

    /**
     * The noise rule: a Laplace or Gaussian mechanism with declared clamping bounds. Old rules (`sensitivity`
     * without bounds, Gaussian `sigma`) are refused with a message saying what to declare instead; their `seed`
     * is read but ignored (see {@link PolicyValidator#warnings}).
     */
    private static MaskingOperator noise(Params p) {
        if (p.has("sigma")) {
            throw new InvalidParameterException(NoiseOperator.ID, "sigma", Message.of("policy.operatorFactory.isNoLongerAccepted"));
        }
        for (String bound : List.of("lower", "upper")) {
            if (!p.has(bound)) {
                throw new InvalidParameterException(NoiseOperator.ID, bound, Message.of("policy.operatorFactory.isRequiredDeclareThe"));
            }
        }
        double lower = p.number("lower", 0);
        double upper = p.number("upper", 0);
        if (p.has("sensitivity")) {
            double declared = p.number("sensitivity", 0);
            if (!(Math.abs(declared - (upper - lower)) <= 1e-9 * Math.max(1, Math.abs(upper - lower)))) {
                throw new InvalidParameterException(NoiseOperator.ID, "sensitivity", Message.of("policy.operatorFactory.mustEqualUpperLower"));
            }
        }
        String key = p.string("key", NoiseOperator.DEFAULT_KEY);
        String mechanism = p.string("mechanism", "laplace").toLowerCase(Locale.ROOT);
        // The privacy parameters are what the budget is charged, so they are declared, never defaulted.
        if (!p.has("epsilon")) {
            throw new InvalidParameterException(NoiseOperator.ID, "epsilon", Message.of("policy.operatorFactory.isRequiredThePrivacy"));
        }
        if (mechanism.equals("gaussian") && !p.has("delta")) {
            throw new InvalidParameterException(NoiseOperator.ID, "delta", Message.of("policy.operatorFactory.isRequiredForThe"));
        }
        return switch (mechanism) {
            case "laplace" -> NoiseOperator.laplace(p.number("epsilon", 1), lower, upper, key);
            case "gaussian" -> NoiseOperator.gaussian(p.number("epsilon", 0.5), p.number("delta", 1e-6), lower, upper, key);
            default -> throw new InvalidParameterException(NoiseOperator.ID, "mechanism", Message.of("policy.operatorFactory.mustBeLaplaceOr", Params.shown(mechanism)));
        };
    }

    /** Typed access to rule parameters with clear errors. */
    static final class Params {
        /** The vault's key-name rule, checked here so a bad name is reported by policy check, not by the vault. */
        private static final java.util.regex.Pattern KEY_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

        private final MaskingRule rule;

        Params(MaskingRule rule) {
            this.rule = rule;
            Set<String> known = Set.of("value", "keepFirst", "keepLast", "maskChar", "lettersAndDigitsOnly",
                    "keepEmailDomain", "length", "keep", "padToLength", "edges", "width", "origin", "level", "file",
                    "lower", "upper", "key", "prefix", "salt", "kind", "subjectColumn", "maxDays", "mechanism", "sigma",
                    "seed", "epsilon", "delta", "sensitivity", "k", "alphabet", "suppressBelow", "group");
            for (String name : rule.params().keySet()) {
                if (!known.contains(name)) {
                    throw new InvalidParameterException(rule.operator(), name, Message.of("policy.operatorFactory.isNotAKnown"));
                }
            }
        }

        /** A parameter value as echoed in an error: at most 40 characters, so a huge string is not printed. */
        static String shown(Object v) {
            return InvalidParameterException.shown(v);
        }

        Path path(String name) {
            String text = requiredString(name);
            try {
                return Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                throw new InvalidParameterException(rule.operator(), name, Message.of("policy.operatorFactory.isNotAValid", shown(text)));
            }
        }

        String column() {
            return rule.column();
        }

        boolean has(String name) {
            return rule.params().containsKey(name);
        }

        String string(String name, String dflt) {
            Object v = rule.params().get(name);
            String text = v == null ? dflt : v.toString();
            if (name.equals("key") && !KEY_NAME.matcher(text).matches()) {
                throw new InvalidParameterException(rule.operator(), "key", Message.of("policy.operatorFactory.mustBeAWorkspace", shown(text)));
            }
            return text;
        }

        String requiredString(String name) {
            Object v = rule.params().get(name);
            if (v == null || v.toString().isBlank()) {
                throw new InvalidParameterException(rule.operator(), name, Message.of("policy.operatorFactory.isRequired"));
            }
            return v.toString();
        }

        double number(String name, double dflt) {
            Object v = rule.params().get(name);
            if (v == null) {
                return dflt;
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            try {
                return Double.parseDouble(v.toString());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(rule.operator(), name, Message.of("policy.operatorFactory.mustBeANumber", shown(v)));
            }
        }

        int integer(String name, int dflt) {
            double d = number(name, dflt);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new InvalidParameterException(rule.operator(), name, Message.of("policy.operatorFactory.mustBeAWhole", shown(rule.params().get(name))));
            }
            return (int) d;
        }

        boolean bool(String name, boolean dflt) {
            Object v = rule.params().get(name);
            if (v == null) {
                return dflt;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            String s = v.toString().toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("false")) {
                return Boolean.parseBoolean(s);
            }
            throw new InvalidParameterException(rule.operator(), name, Message.of("policy.operatorFactory.mustBeTrueOr", shown(v)));
        }

        double[] doubles(String name) {
            Object v = rule.params().get(name);
            if (!(v instanceof List<?> list)) {
                throw new InvalidParameterException(rule.operator(), name, Message.of("policy.operatorFactory.mustBeAList"));
            }
            List<Double> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof Number n)) {
                    throw new InvalidParameterException(rule.operator(), name, Message.of("policy.operatorFactory.mustContainOnlyNumbers", shown(o)));
                }
                out.add(n.doubleValue());
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
