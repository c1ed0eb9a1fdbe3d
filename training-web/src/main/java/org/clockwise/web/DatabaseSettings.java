package org.clockwise.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code clockwise.database.*}: set by {@link Application} from the database it resolved.
 *
 * @param description where the data lives, for the ready line
 */
@Context
@ConfigurationProperties("clockwise.database")
record DatabaseSettings(@Bindable(defaultValue = "the configured PostgreSQL") @NotBlank String description) {
}
