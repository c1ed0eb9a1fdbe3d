package org.clockwise.core.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code clockwise.data-dir}: the folder for the embedded database, the generated signing
 * secret and the copy of the bundled library. {@code Application} sets it from
 * {@code TRAINING_DATA_DIR}.
 */
@Context
@ConfigurationProperties("clockwise")
public record DataSettings(@Bindable(defaultValue = "data") @NotBlank String dataDir) {
}
