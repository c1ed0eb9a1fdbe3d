package org.clockwise.web.i18n;

import jakarta.inject.Singleton;
import org.clockwise.core.plan.Reason;
import org.clockwise.core.plan.ReasonWords;

/** A plan reason in English from {@code i18n/messages.properties}: for the plan table and the dashboard downloads. */
@Singleton
class EnglishReasons implements ReasonWords {

    private final UiMessages messages;

    EnglishReasons(UiMessages messages) {
        this.messages = messages;
    }

    @Override
    public String english(Reason reason) {
        return messages.text(Languages.DEFAULT, reason.key(), reason.args());
    }
}
