package org.clockwise.web.i18n;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.clockwise.core.BoundedMap;
import org.clockwise.web.security.CurrentUser;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/**
 * A person's own interface language ({@code users.locale}: a language code, or NULL to follow the
 * browser). Plain SQL, so the column needs nothing from the User entity.
 */
@Singleton
public class LanguageSettings {

    /** Request attribute holding the signed-in person's setting once read ("" for none). */
    private static final String ATTRIBUTE = "clockwise.language.setting";

    /**
     * How long this instance keeps a person's setting before reading it again (issue 13, "Speed":
     * it was one query on every signed-in request). A change made here counts here at once; one
     * made on another instance counts here within this time.
     */
    static final Duration RECHECK = Duration.ofSeconds(5);
    private static final int MAX_CACHED = 50_000;

    private record Known(String setting, long readAtNanos) {
    }

    private final JdbcOperations jdbc;
    /**
     * A connection only for a query: not the whole class {@code @Connectable}, which took one from the
     * pool on every signed-in request even when the setting came from memory (issue 13, "Speed").
     */
    private final ConnectionOperations<Connection> connections;
    private final BoundedMap<Long, Known> known = new BoundedMap<>(MAX_CACHED); // a cache, not a record: dropping it only costs a query each

    LanguageSettings(JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /** The stored language code, if the person chose one. */
    public Optional<String> of(long userId) {
        return connections.executeRead(status -> jdbc.prepareStatement("SELECT locale FROM users WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
            }
        }));
    }

    /** Stores a language code, or clears the setting (null) so the browser's language counts again. */
    public void set(long userId, @Nullable String language) {
        connections.executeWrite(status -> jdbc.prepareStatement("UPDATE users SET locale = ? WHERE id = ?", ps -> {
            ps.setString(1, language);
            ps.setLong(2, userId);
            return ps.executeUpdate();
        }));
        remember(userId, language == null ? "" : language);
    }

    /** The setting ("" for none), from memory when read within {@link #RECHECK}. */
    private String recent(long userId) {
        Known k = known.get(userId);
        if (k != null && System.nanoTime() - k.readAtNanos() < RECHECK.toNanos()) {
            return k.setting();
        }
        String setting = of(userId).orElse("");
        remember(userId, setting);
        return setting;
    }

    private void remember(long userId, String setting) {
        known.put(userId, new Known(setting, System.nanoTime()));
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
        String setting = recent(userId.get());
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
