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
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;

/**
 * The one place bad encoding is refused (issue 13): before anything else runs, a request whose
 * address or url-encoded form holds a NUL character, a malformed percent-escape ({@code %G1},
 * a lone {@code %}) or bytes that are not UTF-8 ({@code %FF}) gets the 400 page naming where
 * the problem is. No text with NUL ever reaches PostgreSQL, which cannot store it.
 *
 * <p>One exception keeps a rep's work: a quiz submission with NUL in an answer goes on to the quiz,
 * which comes back with 422, the answers kept without the NUL, and records nothing. A {@link RefusedForm}
 * (the sign-in form) with any of these problems comes back as that form, with what was typed
 * minus the bad bytes and a message naming the field, when its CSRF token is good.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class InputCheckFilter implements Ordered {

    private static final Pattern KEEPS_FORM = Pattern.compile("/modules/[^/]+/quiz");

    private final ErrorPages errorPages;
    private final CsrfTokens csrf;
    private final List<RefusedForm> refusedForms;
    private final Scheduler blocking;

    InputCheckFilter(ErrorPages errorPages, CsrfTokens csrf, List<RefusedForm> refusedForms,
                     @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.errorPages = errorPages;
        this.csrf = csrf;
        this.refusedForms = List.copyOf(refusedForms);
        this.blocking = Schedulers.fromExecutorService(blocking);
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
                .flatMap(body -> {
                    String raw;
                    try (CloseableAvailableByteBody b = body) {
                        raw = b.toString(StandardCharsets.ISO_8859_1);
                    }
                    Encoding.Problem problem = Encoding.check(raw, true);
                    Optional<RefusedForm> form = problem == Encoding.Problem.NONE ? Optional.empty() : refusedForm(request);
                    if (form.isEmpty()) {
                        return Mono.just(verdict(request, problem));
                    }
                    // The form page may read the database (demo mode): off the event loop.
                    return Mono.fromCallable(() -> refused(request, form.get(), raw, problem)).subscribeOn(blocking);
                });
    }

    /** The form that comes back filled in for this request, for a browser that sent a good CSRF token. */
    private Optional<RefusedForm> refusedForm(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || ErrorPages.wantsJson(request)) {
            return Optional.empty();
        }
        return refusedForms.stream().filter(f -> f.path().equals(request.getPath())).findFirst();
    }

    private Optional<MutableHttpResponse<?>> refused(HttpRequest<?> request, RefusedForm form, String raw, Encoding.Problem problem) {
        Map<String, String> fields = Encoding.lenient(raw);
        String token = fields.get(CsrfTokens.FIELD);
        if (token == null || !csrf.isValid(CsrfTokens.cookieValue(request).orElse(null), token)) {
            return verdict(request, problem); // a forged form learns nothing more than before
        }
        String field = Encoding.badField(raw);
        return Optional.of(form.refused(request, fields, field == null ? "" : field));
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
