package org.clockwise.web.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The notification settings form as posted: the checkbox ("on" or absent) and the time ("08:30"). */
@Serdeable
public record NotificationForm(@Nullable String enabled, @Nullable String time) {
}
