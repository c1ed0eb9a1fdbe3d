package org.clockwise.web.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import org.clockwise.core.signin.ActiveSession;
import org.clockwise.core.signin.SessionCheck;

import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a validly signed session cookie into the signed-in person, from the database rather than
 * the token (issue 13, item 8): the session it names must still be open (not signed out, not idle,
 * its person active), and the roles, address and name are the person's as they are now. So a
 * sign-out, a role change or a deactivation counts from the next request, on every instance within
 * {@link SessionCheck#RECHECK}. Micronaut runs this on its blocking pool.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class SessionAuthenticationFactory implements JwtAuthenticationFactory {

    static final String SESSION_CLAIM = "sid";

    private final SessionCheck sessions;

    SessionAuthenticationFactory(SessionCheck sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        Object sid;
        try {
            sid = token.getJWTClaimsSet().getClaim(SESSION_CLAIM);
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (!(sid instanceof String value)) {
            return Optional.empty();
        }
        UUID sessionId;
        try {
            sessionId = UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return sessions.open(sessionId).map(session -> authentication(session, sessionId));
    }

    private static Authentication authentication(ActiveSession session, UUID sessionId) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CurrentUser.USER_ID, session.userId());
        attributes.put(CurrentUser.NAME, session.displayName());
        attributes.put(SESSION_CLAIM, sessionId.toString());
        return Authentication.build(session.email(), session.roles().stream().map(Enum::name).toList(), attributes);
    }
}
