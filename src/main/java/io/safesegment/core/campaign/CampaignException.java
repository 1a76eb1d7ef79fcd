package io.safesegment.core.campaign;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A campaign, experiment, rule-mining, anomaly or offer-policy input cannot be used; the message names the file,
 * row and column (never a value of the row, which may be personal). The GUI shows {@link #message()} in the UI
 * language; {@link #getMessage()} is the English text the CLI prints.
 */
public class CampaignException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    /** With a user-facing message. */
    public CampaignException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
