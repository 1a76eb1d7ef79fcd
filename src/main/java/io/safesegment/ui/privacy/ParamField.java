package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.policy.OperatorParameter;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One typed field of the rule parameter form: the parameter's spec, its text as typed (empty = the default) and
 * the inline validation message.
 */
public final class ParamField {
    private final OperatorParameter spec;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    ParamField(OperatorParameter spec, String text) {
        this.spec = spec;
        this.text.set(text == null ? "" : text);
    }

    /** The parameter name. */
    public String name() {
        return spec.name();
    }

    /** Whether the field is a check box. */
    public boolean isBoolean() {
        return spec.type() == OperatorParameter.Type.BOOLEAN;
    }

    /** The allowed values of a choice field; empty for other fields. */
    public List<String> choices() {
        return spec.choices();
    }

    /** The default, shown as the prompt of an empty field ("" when there is none). */
    public String defaultText() {
        Object d = spec.defaultValue();
        return d == null ? "" : String.valueOf(d);
    }

    /** Type, range and default in words, e.g. "whole number, 0 to 32 · default 0". */
    public String hint() {
        String type = switch (spec.type()) {
            case INTEGER -> i18n("privacy.form.type.integer");
            case NUMBER -> i18n("privacy.form.type.number");
            case BOOLEAN -> i18n("privacy.form.type.boolean");
            case TEXT -> i18n("privacy.form.type.text");
            case CHOICE -> String.join(" / ", spec.choices());
            case NUMBERS -> i18n("privacy.form.type.numbers");
        };
        StringBuilder out = new StringBuilder(type);
        if (spec.min() != null && spec.max() != null) {
            out.append(", ").append(i18n("privacy.form.range", spec.min(), spec.max()));
        } else if (spec.min() != null) {
            out.append(", ").append(i18n("privacy.form.min", spec.min()));
        }
        if (spec.required()) {
            out.append(" · ").append(i18n("privacy.form.required"));
        } else if (spec.defaultValue() != null) {
            out.append(" · ").append(i18n("privacy.form.default", defaultText()));
        }
        return out.toString();
    }

    /** The value as typed; empty means the default. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the value is refused; empty when it is fine. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Checks the typed value against type and range; sets and returns the error ("" when fine). */
    String validate() {
        String raw = text.get().strip();
        String problem;
        if (raw.isEmpty()) {
            problem = spec.problem(null);
        } else {
            Object typed;
            try {
                typed = RuleParams.parse(spec.name() + "=" + raw).get(spec.name());
            } catch (IllegalArgumentException e) {
                typed = raw;
            }
            if (spec.type() == OperatorParameter.Type.NUMBER && typed instanceof Integer i) {
                typed = i.doubleValue();
            }
            problem = spec.problem(typed);
        }
        error.set(problem == null ? "" : problem);
        return error.get();
    }

    OperatorParameter spec() {
        return spec;
    }
}
