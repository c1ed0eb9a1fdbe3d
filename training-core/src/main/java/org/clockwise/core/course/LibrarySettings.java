package org.clockwise.core.course;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code clockwise.library.*}.
 *
 * @param path           the library folder; unset means the checkout's or the data folder's copy
 *                       (see {@link LibraryLocation})
 * @param publishOnStart publish the folder's modules when the server starts
 */
@Context
@ConfigurationProperties("clockwise.library")
public record LibrarySettings(@Nullable String path, @Bindable(defaultValue = "true") boolean publishOnStart) {
}
