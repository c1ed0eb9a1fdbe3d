package org.clockwise.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import org.clockwise.web.health.DiskFull;

/**
 * Every error Micronaut answers itself (a value that does not convert, a missing argument, a
 * wrong method, a body too large, an exception nobody handled) becomes one of the app's own
 * error pages ({@link ErrorPages}): what was wrong in words, never the framework's message
 * ("Failed to convert argument …") or an exception's text.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class) // Micronaut's default, whose pages show exception messages
class OwnErrorResponses implements ErrorResponseProcessor<Object> {

    private final ErrorPages errorPages;
    private final DiskFull diskFull;

    OwnErrorResponses(ErrorPages errorPages, DiskFull diskFull) {
        this.errorPages = errorPages;
        this.diskFull = diskFull;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        boolean databaseAway = status.getCode() >= 500 && context.getRootCause().filter(DatabaseAway::causedIt).isPresent();
        if (databaseAway) {
            // issue 13, faults: the database is restarting, refusing connections or out of disk
            status = HttpStatus.SERVICE_UNAVAILABLE;
            response.status(status).header(HttpHeaders.RETRY_AFTER, "5");
            context.getRequest().setAttribute(ErrorPages.DATABASE_AWAY, true);
            if (context.getRootCause().filter(DatabaseAway::diskFull).isPresent()) {
                diskFull.refused(); // health answers 503 for a while: reads still work, writes cannot land
            }
        }
        MutableHttpResponse<?> page = databaseAway ? errorPages.page(context.getRequest(), status, "error.databaseAway")
                : switch (status.getCode()) {
            case 400 -> badRequest(context);
            case 405 -> errorPages.page(context.getRequest(), status, "error.notAllowed", context.getRequest().getMethodName());
            case 413 -> errorPages.page(context.getRequest(), status, "error.tooLarge");
            default -> errorPages.page(context.getRequest(), status, status.getCode() >= 500 ? "error.internal" : "error.cannotDo");
        };
        page.getContentType().ifPresent(response::contentType);
        return ((MutableHttpResponse<Object>) response).body(page.body());
    }

    private MutableHttpResponse<?> badRequest(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ConversionErrorException conversion) {
            return errorPages.page(context.getRequest(), HttpStatus.BAD_REQUEST, "error.badValue", conversion.getArgument().getName());
        }
        if (cause instanceof UnsatisfiedRouteException missing) {
            return errorPages.page(context.getRequest(), HttpStatus.BAD_REQUEST, "error.missingValue", missing.getArgument().getName());
        }
        return errorPages.page(context.getRequest(), HttpStatus.BAD_REQUEST, "error.badRequest");
    }
}
