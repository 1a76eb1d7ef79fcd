package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;

/**
 * An operator parameter outside its meaningful range. Carries the operator, the parameter and the reason separately
 * so {@code policy check} can report them as fields; the message never contains a data value.
 */
public class InvalidParameterException extends MaskingException {
    private static final long serialVersionUID = 1L;

    private final String operator;
    private final String parameter;
    private final transient Message reason;

    /**
     * @param operator  operator id, e.g. {@code char-mask}
     * @param parameter parameter name, e.g. {@code keepFirst}
     * @param reason    what is wrong and what is allowed, e.g. "must be 0 or more, was -1"
     */
    public InvalidParameterException(String operator, String parameter, String reason) {
        this(operator, parameter, Message.literal(reason));
    }

    /**
     * @param operator  operator id, e.g. {@code char-mask}
     * @param parameter parameter name, e.g. {@code keepFirst}
     * @param reason    what is wrong and what is allowed, rendered in English by {@link #reason()} and in the GUI's
     *                  language through {@link #message()}
     */
    public InvalidParameterException(String operator, String parameter, Message reason) {
        super(Message.of("mask.error.parameter", operator, parameter, reason));
        this.operator = operator;
        this.parameter = parameter;
        this.reason = reason;
    }

    /**
     * A parameter value as echoed in a message: at most 40 characters with control characters replaced, so a huge
     * or hostile string is never printed whole.
     */
    public static String shown(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }

    /** The operator id. */
    public String operator() {
        return operator;
    }

    /** The parameter name. */
    public String parameter() {
        return parameter;
    }

    /** Why the value is refused, in English (the {@code policy check} JSON field). */
    public String reason() {
        return reason.english();
    }

    /** Why the value is refused, for rendering in the UI language. */
    public Message reasonMessage() {
        return reason;
    }
}
