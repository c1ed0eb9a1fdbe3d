package org.clockwise.web.home;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /favicon.ico}, which browsers ask for on their own, signed in or not: the clock mark. */
@Controller
class FaviconController {

    static final String TYPE = "image/x-icon";

    private final byte[] icon;

    FaviconController() {
        try (InputStream in = FaviconController.class.getResourceAsStream("/public/icons/favicon.ico")) {
            if (in == null) {
                throw new IllegalStateException("public/icons/favicon.ico is missing from the class path");
            }
            icon = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/favicon.ico", produces = TYPE)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<byte[]> favicon() {
        return HttpResponse.ok(icon).contentType(TYPE).header("Cache-Control", "public, max-age=86400");
    }
}
