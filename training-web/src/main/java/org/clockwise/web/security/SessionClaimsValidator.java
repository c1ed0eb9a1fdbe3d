package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import org.clockwise.core.signin.SignInService;

import java.util.UUID;

/** A signed cookie counts only while its server-side session is open: signing out ends it for real. */
@Singleton
class SessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final String SESSION_CLAIM = "sid";

    private final SignInService signIn;

    SessionClaimsValidator(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object sid = claims.get(SESSION_CLAIM);
        if (!(sid instanceof String value)) {
            return false;
        }
        try {
            return signIn.isSessionActive(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
