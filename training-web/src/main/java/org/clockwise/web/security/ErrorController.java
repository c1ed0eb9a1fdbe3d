package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Readable pages for missing things instead of a JSON error body; a controller's own explanation is kept. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorController {

    private final ErrorPages errorPages;

    ErrorController(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return errorPages.made(request, HttpStatus.NOT_FOUND)
                .orElseGet(() -> errorPages.page(request, HttpStatus.NOT_FOUND, "error.nothingHere"));
    }
}
