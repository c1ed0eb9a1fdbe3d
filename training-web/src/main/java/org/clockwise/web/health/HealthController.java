package org.clockwise.web.health;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.concurrent.CompletableFuture;

/**
 * For load balancers: 200 "ok" when this instance can serve, 503 "unavailable" when its database
 * cannot be reached or lately refused a write for want of disk ({@link DiskFull}); nothing else, to anyone, whatever the {@code Accept} header, and for HEAD.
 * Micronaut's own management endpoints (which would show the JDBC URL and versions) are off in
 * application.yml.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {

    private final DatabaseReadiness database;
    private final DiskFull diskFull;

    HealthController(DatabaseReadiness database, DiskFull diskFull) {
        this.database = database;
        this.diskFull = diskFull;
    }

    @Get(produces = MediaType.ALL)
    CompletableFuture<HttpResponse<String>> health() {
        return database.ready().thenApply(answers -> answers && !diskFull.lately()).thenApply(ready -> HttpResponse.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .header("Cache-Control", "no-store")
                .body(ready ? "ok" : "unavailable"));
    }
}
