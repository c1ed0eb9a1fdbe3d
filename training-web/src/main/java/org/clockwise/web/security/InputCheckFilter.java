package org.clockwise.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place bad encoding is refused (issue 13): before anything else runs, a request whose
 * address or url-encoded form holds a NUL character, a malformed percent-escape ({@code %G1},
 * a lone {@code %}) or bytes that are not UTF-8 ({@code %FF}) gets the 400 page naming where
 * the problem is. No text with NUL ever reaches PostgreSQL, which cannot store it.
 *
 * <p>One exception keeps a rep's work: a quiz submission with NUL in an answer goes on to the quiz,
 * which comes back with 422, the answers kept without the NUL, and records nothing.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class InputCheckFilter implements Ordered {

    private static final Pattern KEEPS_FORM = Pattern.compile("/modules/[^/]+/quiz");

    private final ErrorPages errorPages;

    InputCheckFilter(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @RequestFilter
    Publisher<Optional<MutableHttpResponse<?>>> check(HttpRequest<?> request) {
        Encoding.Problem address = Encoding.check(bytes(request.getUri().getRawPath()), false);
        if (address == Encoding.Problem.NONE && request.getUri().getRawQuery() != null) {
            address = Encoding.check(bytes(request.getUri().getRawQuery()), true);
        }
        if (address != Encoding.Problem.NONE) {
            return Mono.just(Optional.of(errorPages.page(request, HttpStatus.BAD_REQUEST, address.addressKey())));
        }
        MediaType type = request.getContentType().orElse(null);
        if (request.getMethod() == HttpMethod.GET || type == null || !type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || !(request instanceof ServerHttpRequest<?> server)) {
            return Mono.just(Optional.empty());
        }
        return Mono.fromFuture(server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer())
                .map(body -> {
                    try (CloseableAvailableByteBody b = body) {
                        return verdict(request, Encoding.check(b.toString(StandardCharsets.ISO_8859_1), true));
                    }
                });
    }

    /** One char per UTF-8 byte, as {@link Encoding#check} reads text. */
    private static String bytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private Optional<MutableHttpResponse<?>> verdict(HttpRequest<?> request, Encoding.Problem form) {
        if (form == Encoding.Problem.NONE) {
            return Optional.empty();
        }
        if (form == Encoding.Problem.NUL && request.getMethod() == HttpMethod.POST && KEEPS_FORM.matcher(request.getPath()).matches()) {
            return Optional.empty();
        }
        return Optional.of(errorPages.page(request, HttpStatus.BAD_REQUEST, form.formKey()));
    }

    @Override
    public int getOrder() {
        // Before the CSRF check, which parses the form, and before sign-in.
        return ServerFilterPhase.FIRST.order();
    }
}
