package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.List;
import java.util.Objects;

/**
 * One parameter an operator takes, as a form in a front end needs it: its type, default, allowed range or choices.
 * The ranges repeat the checks the operators make when {@link OperatorFactory} builds them (the operators stay the
 * authority: a form that passes these checks can still be refused, e.g. keepFirst + keepLast above the maximum).
 *
 * @param name         the parameter name in the rule's {@code params}
 * @param type         how the value is typed
 * @param defaultValue the value used when the parameter is left out, or null when there is none
 * @param min          smallest allowed number (INTEGER / NUMBER), or null
 * @param max          largest allowed number (INTEGER / NUMBER), or null
 * @param choices      the allowed values of a CHOICE parameter (empty otherwise)
 * @param required     whether the rule must state it
 */
public record OperatorParameter(String name, Type type, Object defaultValue, Double min, Double max,
                                List<String> choices, boolean required) {
    /** Value types of operator parameters. */
    public enum Type { INTEGER, NUMBER, BOOLEAN, TEXT, CHOICE, NUMBERS }

    /** Validates and copies. */
    public OperatorParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices == null ? List.of() : choices);
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("policy.operatorParameter.choiceParameter", name));
        }
        if (min != null && max != null && min > max) {
            throw new LocalizedArgumentException(Message.of("policy.operatorParameter.parameter", name, min, max));
        }
    }

    static OperatorParameter integer(String name, int defaultValue, Integer min, Integer max) {
        return new OperatorParameter(name, Type.INTEGER, defaultValue, min == null ? null : min.doubleValue(),
                max == null ? null : max.doubleValue(), List.of(), false);
    }

    static OperatorParameter number(String name, Double defaultValue, Double min, boolean required) {
        return new OperatorParameter(name, Type.NUMBER, defaultValue, min, null, List.of(), required);
    }

    static OperatorParameter bool(String name, boolean defaultValue) {
        return new OperatorParameter(name, Type.BOOLEAN, defaultValue, null, null, List.of(), false);
    }

    static OperatorParameter text(String name, String defaultValue, boolean required) {
        return new OperatorParameter(name, Type.TEXT, defaultValue, null, null, List.of(), required);
    }

    static OperatorParameter choice(String name, String defaultValue, List<String> choices) {
        return new OperatorParameter(name, Type.CHOICE, defaultValue, null, null, choices, false);
    }

    /**
     * Checks one typed value against the type and range (not against the other parameters).
     *
     * @return why the value is refused, or null when it is acceptable
     */
    public String problem(Object value) {
        if (value == null) {
            return required ? "'" + name + "' is required" : null;
        }
        return switch (type) {
            case INTEGER -> value instanceof Integer i ? range(i) : "'" + name + "' must be a whole number";
            case NUMBER -> value instanceof Number n && Double.isFinite(n.doubleValue()) ? range(n.doubleValue())
                    : "'" + name + "' must be a number";
            case BOOLEAN -> value instanceof Boolean ? null : "'" + name + "' must be true or false";
            case CHOICE -> choices.contains(String.valueOf(value)) ? null
                    : "'" + name + "' must be one of " + String.join(", ", choices);
            case NUMBERS -> value instanceof List<?> ? null : "'" + name + "' must be a list of numbers";
            case TEXT -> null;
        };
    }

    private String range(double v) {
        if ((min != null && v < min) || (max != null && v > max)) {
            return "'" + name + "' must be " + (max == null ? "at least " + shown(min)
                    : min == null ? "at most " + shown(max) : "between " + shown(min) + " and " + shown(max));
        }
        return null;
    }

    private static String shown(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
