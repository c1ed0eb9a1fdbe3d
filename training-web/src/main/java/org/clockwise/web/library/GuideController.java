package org.clockwise.web.library;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.LibraryEditing;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The authors' guide (the library's README.md) as a page: from the library folder, else the
 * copy bundled with the server. Raw HTML in it is escaped, like everything authors write.
 */
@Controller(value = "/library/guide", produces = MediaType.TEXT_HTML)
@Secured({"AUTHOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class GuideController {

    /** {@code html}: the guide rendered by commonmark with raw HTML escaped. */
    record GuidePage(String html) {
    }

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final LibraryEditing editing;

    GuideController(LibraryEditing editing) {
        this.editing = editing;
    }

    @Get
    ModelAndView<GuidePage> guide() {
        return new ModelAndView<>("library/guide", new GuidePage(RENDERER.render(PARSER.parse(text()))));
    }

    private String text() {
        Path inFolder = editing.folder().resolve("README.md");
        try {
            if (Files.isRegularFile(inFolder)) {
                return Files.readString(inFolder, StandardCharsets.UTF_8);
            }
            try (InputStream bundled = GuideController.class.getResourceAsStream("/content-library/README.md")) {
                return bundled == null ? "" : new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
