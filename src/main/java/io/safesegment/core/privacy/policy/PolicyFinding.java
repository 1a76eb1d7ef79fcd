package io.safesegment.core.privacy.policy;

/**
 * One problem or warning about a policy rule, with its parts as fields so {@code policy check --json} can report
 * them separately. Never contains a data value.
 *
 * @param column    the rule's column (null for policy-wide findings)
 * @param operator  the rule's operator id (null when not about one rule)
 * @param parameter the parameter at fault (null when not about one parameter)
 * @param reason    what is wrong and what is allowed
 * @param message   the whole sentence, as printed
 */
public record PolicyFinding(String column, String operator, String parameter, String reason, String message) {
}
