package org.clockwise.web.library;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.clockwise.core.course.CourseQueries;

/** Images from the published library's assets/ folder. */
@Controller("/assets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AssetController {

    /** An SVG opened on its own runs in a sandbox: no script, no forms, no plugins. */
    static final String ASSET_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    private final CourseQueries courses;

    AssetController(CourseQueries courses) {
        this.courses = courses;
    }

    @Get("/{+path}")
    HttpResponse<?> asset(HttpRequest<?> request, @PathVariable String path) {
        return courses.asset(path).<HttpResponse<?>>map(asset -> {
            String etag = "\"" + asset.hash() + "\"";
            if (etag.equals(request.getHeaders().get("If-None-Match"))) {
                return HttpResponse.status(HttpStatus.NOT_MODIFIED).header("ETag", etag);
            }
            return HttpResponse.ok(asset.content())
                    .contentType(asset.mediaType())
                    .header("ETag", etag)
                    .header("Cache-Control", "private, max-age=300")
                    .header("Content-Security-Policy", ASSET_POLICY);
        }).orElseGet(() -> HttpResponse.notFound());
    }
}
