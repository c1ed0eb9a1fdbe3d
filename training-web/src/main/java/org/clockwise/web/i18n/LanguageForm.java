package org.clockwise.web.i18n;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The language form as posted: a language code or "" (follow the browser), and the page to return to. */
@Serdeable
public record LanguageForm(@Nullable String language, @Nullable String back) {
}
