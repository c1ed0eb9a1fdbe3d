package org.clockwise.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that signs session tokens and CSRF tokens. Never shipped: configured in production
 * ({@code TRAINING_SIGNING_SECRET}), generated once into the data folder otherwise.
 */
public final class SigningSecret {

    public static final int MIN_LENGTH = 32;

    private SigningSecret() {
    }

    public static String configuredOrStored(String configured, Path dataDir, boolean mayGenerate) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException("TRAINING_SIGNING_SECRET must be at least " + MIN_LENGTH
                        + " characters long (it has " + configured.length() + ")");
            }
            return configured;
        }
        if (!mayGenerate) {
            throw new IllegalStateException("TRAINING_SIGNING_SECRET is not set: with an external database, "
                    + "configure a random secret of at least " + MIN_LENGTH + " characters (e.g. openssl rand -base64 48)");
        }
        return loadOrCreate(dataDir.resolve("signing-secret"));
    }

    static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "secret", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the folder's own permissions protect it
            }
            Files.writeString(tmp, secret, StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file); // no REPLACE_EXISTING: a concurrent first start keeps the winner's
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing secret " + file, e);
        }
    }
}
