package io.safesegment.core.governance.approval;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * The re-identification risk measured on the masked data that the approver looks at; null fields were not measured.
 *
 * @param k           smallest equivalence class over the quasi-identifiers
 * @param l           smallest distinct l-diversity of a sensitive column
 * @param t           largest t-closeness distance (EMD)
 * @param prosecutor  prosecutor re-identification risk (highest record risk, 0..1)
 * @param journalist  journalist risk (0..1)
 * @param marketer    marketer risk (expected share re-identified, 0..1)
 */
public record ApprovalRisk(Integer k, Integer l, Double t, Double prosecutor, Double journalist, Double marketer) {
    /** Nothing measured. */
    public static final ApprovalRisk NONE = new ApprovalRisk(null, null, null, null, null, null);

    /** Refuses impossible values. */
    public ApprovalRisk {
        if (k != null && k < 0 || l != null && l < 0) {
            throw new LocalizedArgumentException(Message.of("approval.approvalRisk.negativeCounts"));
        }
        for (Double p : new Double[] {t, prosecutor, journalist, marketer}) {
            if (p != null && (p.isNaN() || p < 0 || p > 1)) {
                throw new LocalizedArgumentException(Message.of("approval.approvalRisk.share",
                        String.valueOf(p)));
            }
        }
    }

    /** {@code k=5 l=2 t=0.12 prosecutor=0.2 journalist=0.2 marketer=0.05}, measured parts only. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        append(s, "k", k);
        append(s, "l", l);
        append(s, "t", t);
        append(s, "prosecutor", prosecutor);
        append(s, "journalist", journalist);
        append(s, "marketer", marketer);
        return s.isEmpty() ? "not measured" : s.toString();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value != null) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(name).append('=').append(value instanceof Double d ? String.format(java.util.Locale.ROOT,
                    "%.4f", d) : value);
        }
    }
}
