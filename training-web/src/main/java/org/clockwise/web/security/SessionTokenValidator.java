package org.clockwise.web.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenSignatureValidator;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.clockwise.core.BoundedMap;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/**
 * Validates the session cookie as Micronaut's own validator does, but parses and checks the
 * signature of each token string once (issue 13, "Speed": the JSON parsing and the HMAC were a
 * large part of every signed-in request's CPU).
 * <p>
 * What is kept is a pure function of the token string and the signing key, which does not change
 * while the server runs: "this exact string parses to this token and carries a valid signature".
 * Only tokens that passed are kept, so junk cannot fill the map. Everything that depends on time
 * or on the database still runs on every request, cached token or not: the claims validators
 * (expiry, not-before) and {@link SessionAuthenticationFactory} (the session still open, not idle,
 * not signed out, its person active, the roles as they are now).
 */
@Singleton
@Replaces(ReactiveJsonWebTokenValidator.class)
class SessionTokenValidator<R> implements ReactiveJsonWebTokenValidator<JWT, R> {

    /** At most this many verified tokens are kept (a few MB); when full the map starts again. */
    static final int MAX_CACHED = 4096;

    private final List<GenericJwtClaimsValidator<R>> claimsValidators;
    private final JsonWebTokenParser<JWT> parser;
    private final ReactiveJsonWebTokenSignatureValidator<SignedJWT> signatures;
    private final JwtAuthenticationFactory authentications;
    private final BoundedMap<String, SignedJWT> verified = new BoundedMap<>(MAX_CACHED); // a cache, not a record: dropping it only costs a parse each

    SessionTokenValidator(List<GenericJwtClaimsValidator<R>> claimsValidators, JsonWebTokenParser<JWT> parser,
                          ReactiveJsonWebTokenSignatureValidator<SignedJWT> signatures, JwtAuthenticationFactory authentications) {
        this.claimsValidators = claimsValidators;
        this.parser = parser;
        this.signatures = signatures;
        this.authentications = authentications;
    }

    @Override
    @SingleResult
    public Publisher<Authentication> validateToken(String token, R request) {
        return Mono.from(validate(token, request))
                .map(authentications::createAuthentication)
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    @NonNull
    @Override
    public Publisher<JWT> validate(@NonNull String token, @Nullable R request) {
        SignedJWT known = verified.get(token);
        if (known != null) {
            return validClaims(known, request) ? Mono.just(known) : Mono.empty();
        }
        // Only signed tokens count: the server has a signing key, so an unsigned ("alg: none") or
        // encrypted-only token is refused, as Micronaut's validator refuses it.
        if (!(parser.parse(token).orElse(null) instanceof SignedJWT jwt)) {
            return Mono.empty();
        }
        return Mono.from(signatures.validateSignature(jwt))
                .filter(Boolean::booleanValue)
                .doOnNext(valid -> remember(token, jwt))
                .filter(valid -> validClaims(jwt, request))
                .map(valid -> jwt);
    }

    private void remember(String token, SignedJWT jwt) {
        verified.put(token, jwt);
    }

    /** Expiry, not-before and any other configured claim check, against the clock now. */
    private boolean validClaims(JWT jwt, @Nullable R request) {
        if (claimsValidators.isEmpty()) {
            return true;
        }
        try {
            JwtClaimsSetAdapter claims = new JwtClaimsSetAdapter(jwt.getJWTClaimsSet());
            for (GenericJwtClaimsValidator<R> validator : claimsValidators) {
                if (!validator.validate(claims, request)) {
                    return false;
                }
            }
            return true;
        } catch (ParseException e) {
            return false;
        }
    }

    /** Whether this exact token string is held as verified (for tests). */
    boolean holds(String token) {
        return verified.get(token) != null;
    }
}
