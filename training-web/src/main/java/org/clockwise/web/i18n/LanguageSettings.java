package org.clockwise.web.i18n;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.clockwise.web.security.CurrentUser;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * A person's own interface language ({@code users.locale}: a language code, or NULL to follow the
 * browser). Plain SQL, so the column needs nothing from the User entity.
 */
@Singleton
@Connectable
public class LanguageSettings {

    /** Request attribute holding the signed-in person's setting once read ("" for none). */
    private static final String ATTRIBUTE = "clockwise.language.setting";

    private final JdbcOperations jdbc;

    LanguageSettings(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored language code, if the person chose one. */
    public Optional<String> of(long userId) {
        return jdbc.prepareStatement("SELECT locale FROM users WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** Stores a language code, or clears the setting (null) so the browser's language counts again. */
    public void set(long userId, @Nullable String language) {
        jdbc.prepareStatement("UPDATE users SET locale = ? WHERE id = ?", ps -> {
            ps.setString(1, language);
            ps.setLong(2, userId);
            return ps.executeUpdate();
        });
    }

    /**
     * The signed-in person's setting for this request: no query for anonymous requests, at most
     * one for a signed-in person however often it is asked during the request.
     */
    Optional<String> forRequest(HttpRequest<?> request) {
        Optional<Long> userId = userId(request);
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> cached = request.getAttribute(ATTRIBUTE, String.class);
        if (cached.isPresent()) {
            return cached.filter(s -> !s.isEmpty());
        }
        String setting = of(userId.get()).orElse("");
        request.setAttribute(ATTRIBUTE, setting);
        return Optional.of(setting).filter(s -> !s.isEmpty());
    }

    static Optional<Long> userId(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(a -> a.getAttributes().get(CurrentUser.USER_ID))
                .filter(Number.class::isInstance)
                .map(id -> ((Number) id).longValue());
    }
}
