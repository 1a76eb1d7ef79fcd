package io.safesegment.core.privacy.policy;

import static io.safesegment.core.privacy.policy.OperatorParameter.bool;
import static io.safesegment.core.privacy.policy.OperatorParameter.choice;
import static io.safesegment.core.privacy.policy.OperatorParameter.integer;
import static io.safesegment.core.privacy.policy.OperatorParameter.number;
import static io.safesegment.core.privacy.policy.OperatorParameter.text;

import io.safesegment.core.privacy.mask.CharacterMaskOperator;
import io.safesegment.core.privacy.mask.DateGeneraliseOperator;
import io.safesegment.core.privacy.mask.DateShiftOperator;
import io.safesegment.core.privacy.mask.DeterministicEncryptOperator;
import io.safesegment.core.privacy.mask.FakeSurrogateOperator;
import io.safesegment.core.privacy.mask.FormatPreservingEncryptOperator;
import io.safesegment.core.privacy.mask.HierarchyOperator;
import io.safesegment.core.privacy.mask.MicroaggregationOperator;
import io.safesegment.core.privacy.mask.NoiseOperator;
import io.safesegment.core.privacy.mask.NumberBinOperator;
import io.safesegment.core.privacy.mask.PrefixGeneraliseOperator;
import io.safesegment.core.privacy.mask.PseudonymOperator;
import io.safesegment.core.privacy.mask.RandomisedEncryptOperator;
import io.safesegment.core.privacy.mask.ReplaceOperator;
import io.safesegment.core.privacy.mask.TopBottomCodingOperator;
import io.safesegment.core.privacy.mask.TruncateOperator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The parameter spec of every operator {@link OperatorFactory} builds: names, types, defaults and ranges, so a
 * front end can offer a typed form instead of free text. Defaults are the ones the factory applies.
 */
public final class OperatorParameters {
    private static final Map<String, List<OperatorParameter>> SPECS = Map.ofEntries(
            Map.entry(ReplaceOperator.ID, List.of(text("value", "<REDACTED>", false))),
            Map.entry(CharacterMaskOperator.ID, List.of(
                    integer("keepFirst", 0, 0, CharacterMaskOperator.MAX_KEPT),
                    integer("keepLast", 0, 0, CharacterMaskOperator.MAX_KEPT),
                    text("maskChar", "*", false), bool("lettersAndDigitsOnly", true),
                    bool("keepEmailDomain", false))),
            Map.entry(TruncateOperator.ID, List.of(integer("length", 3, 1, TruncateOperator.MAX_LENGTH))),
            Map.entry(PrefixGeneraliseOperator.ID, List.of(integer("keep", 3, 1, PrefixGeneraliseOperator.MAX_KEEP),
                    bool("padToLength", true))),
            Map.entry(NumberBinOperator.ID, List.of(number("width", 10.0, NumberBinOperator.MIN_WIDTH, false),
                    number("origin", 0.0, null, false),
                    new OperatorParameter("edges", OperatorParameter.Type.NUMBERS, null, null, null, List.of(),
                            false))),
            Map.entry(DateGeneraliseOperator.ID, List.of(choice("level", "YEAR",
                    Arrays.stream(DateGeneraliseOperator.Level.values()).map(Enum::name).toList()))),
            Map.entry(HierarchyOperator.ID, List.of(text("file", null, false), integer("level", 1, 1, null),
                    new OperatorParameter("suppressBelow", OperatorParameter.Type.INTEGER, null, 1.0, null,
                            List.of(), false), text("group", null, false))),
            Map.entry(TopBottomCodingOperator.ID, List.of(number("lower", null, null, false),
                    number("upper", null, null, false))),
            Map.entry(PseudonymOperator.ID, List.of(text("key", OperatorFactory.DEFAULT_KEY, false),
                    text("prefix", "", false), integer("length", 16, 8, 64))),
            Map.entry(FakeSurrogateOperator.ID, List.of(choice("kind", "NAME", List.of("NAME", "EMAIL", "PHONE")),
                    text("key", OperatorFactory.DEFAULT_KEY, false))),
            Map.entry(DateShiftOperator.ID, List.of(text("subjectColumn", null, true),
                    integer("maxDays", 30, 1, 3650), text("key", OperatorFactory.DEFAULT_KEY, false))),
            Map.entry(NoiseOperator.ID, List.of(choice("mechanism", "laplace", List.of("laplace", "gaussian")),
                    new OperatorParameter("epsilon", OperatorParameter.Type.NUMBER, null, 0.0, NoiseOperator.MAX_EPSILON,
                            List.of(), true),
                    new OperatorParameter("delta", OperatorParameter.Type.NUMBER, null, 0.0, 1.0, List.of(), false),
                    number("lower", null, null, true), number("upper", null, null, true),
                    text("key", NoiseOperator.DEFAULT_KEY, false))),
            Map.entry(MicroaggregationOperator.ID, List.of(integer("k", 5, 2, null))),
            Map.entry(DeterministicEncryptOperator.ID, List.of(text("key", "field-siv", false))),
            Map.entry(RandomisedEncryptOperator.ID, List.of(text("key", "field-gcm", false))),
            Map.entry(FormatPreservingEncryptOperator.ID, List.of(text("key", "field-ff1", false),
                    choice("alphabet", "DIGITS", List.of("DIGITS", "LOWER_ALPHANUMERIC", "ALPHANUMERIC")))),
            Map.entry(OperatorFactory.LEGACY_HASH, List.of(text("key", OperatorFactory.DEFAULT_KEY, false))));

    private OperatorParameters() {
    }

    /** The parameters of {@code operatorId} in form order; empty for operators without any (keep, redact). */
    public static List<OperatorParameter> of(String operatorId) {
        return SPECS.getOrDefault(operatorId, List.of());
    }
}
