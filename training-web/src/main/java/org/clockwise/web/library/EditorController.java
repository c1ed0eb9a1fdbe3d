package org.clockwise.web.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.ModuleDrafts;
import org.clockwise.core.course.ModuleTemplate;
import org.clockwise.core.course.PublishedCourse;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writing modules without git: a Markdown editor with server-side checking and preview, and
 * import of a single .md file. Both save a draft that reps do not see; the draft page publishes it.
 */
@Controller(value = "/library", produces = MediaType.TEXT_HTML)
@Secured({"AUTHOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class EditorController {

    /** The editor form. {@code action} is "check" (preview only) or "save" (a draft reps never see; publishing is on the draft page). */
    @Serdeable
    record EditorForm(@Nullable String path, @Nullable String markdown, @Nullable String stamp, @Nullable String action) {
    }

    private final LibraryEditing editing;
    private final ModuleDrafts drafts;
    private final CourseQueries courses;
    private final ErrorPages errorPages;

    EditorController(LibraryEditing editing, ModuleDrafts drafts, CourseQueries courses, ErrorPages errorPages) {
        this.editing = editing;
        this.drafts = drafts;
        this.courses = courses;
        this.errorPages = errorPages;
    }

    @Get("/modules/{id}/edit")
    HttpResponse<?> edit(HttpRequest<?> request, @PathVariable String id) {
        Optional<PublishedCourse> course = courses.live(id);
        if (course.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noLibraryModule", id);
        }
        String path = course.get().sourcePath();
        Optional<ModuleDrafts.Draft> draft = drafts.forPath(path);
        if (draft.isPresent()) {
            return HttpResponse.ok(draftEditor(draft.get()));
        }
        Optional<String> onDisk = editing.currentSource(path);
        return HttpResponse.ok(editor(path, onDisk.orElse(course.get().source()), LibraryEditing.stamp(onDisk), false, null));
    }

    /** A saved draft, back in the editor. */
    @Get("/drafts/{draftId}/edit")
    HttpResponse<?> editDraft(HttpRequest<?> request, @PathVariable long draftId) {
        return drafts.find(draftId).<HttpResponse<?>>map(d -> HttpResponse.ok(draftEditor(d)))
                .orElseGet(() -> errorPages.page(request, HttpStatus.NOT_FOUND, "error.noDraft", String.valueOf(draftId)));
    }

    /** A new module; with {@code title}, its id and file path are suggested from it (both stay editable). */
    @Get("/new")
    HttpResponse<?> create(@Nullable @QueryValue String title) {
        if (title == null || title.isBlank()) {
            return HttpResponse.ok(editor(Slugs.path(ModuleTemplate.ID), Scaffold.module(courses.catalog()), "", true, null));
        }
        String id = Slugs.id(title);
        return HttpResponse.ok(editor(Slugs.path(id), Scaffold.module(courses.catalog(), id, title.strip()), "", true, null));
    }

    @Post(value = "/editor", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(@Body EditorForm form, Authentication authentication) {
        String markdown = form.markdown() == null ? "" : form.markdown();
        boolean isNew = form.stamp() == null || form.stamp().isEmpty();
        try {
            if ("save".equals(form.action())) {
                return savedDraft(form.path(), markdown, form.stamp(), authentication);
            }
            EditorPage checked = page(form.path(), markdown, form.stamp(), isNew, null).withCheck(editing.check(form.path(), markdown));
            return HttpResponse.status(checked.hasProblems() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK).body(view(checked));
        } catch (IllegalArgumentException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(editor(form.path(), markdown, form.stamp(), isNew, notKept(e)));
        }
    }

    /** An imported file becomes a draft like an edit does: reps see nothing until it is published from the draft page. */
    @Post(value = "/upload", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(CompletedFileUpload file, Authentication authentication) {
        String path = null;
        try {
            path = editing.uploadPath(file.getFilename());
            String markdown = utf8(file.getBytes());
            return savedDraft(path, markdown, LibraryEditing.stamp(editing.currentSource(path)), authentication);
        } catch (IllegalArgumentException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(editor(path == null ? "modules/" : path, "", "", true, notKept(e)));
        } catch (CharacterCodingException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(editor(path, "", "", true, UiText.of("editor.error.notUtf8", file.getFilename())));
        } catch (IOException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(editor("modules/", "", "", true, UiText.of("editor.error.unreadable", e.getMessage())));
        }
    }

    /** Saving never publishes: it lands on the draft page, where the author answers the preview and publishes. */
    private HttpResponse<?> savedDraft(String path, String markdown, String stamp, Authentication authentication) {
        long draftId = drafts.save(path, markdown, stamp == null ? "" : stamp, CurrentUser.of(authentication).id());
        return HttpResponse.seeOther(URI.create("/library/drafts/" + draftId + "?notice=saved"));
    }

    /**
     * A draft back in the editor. When the library file changed since the draft began (another author, a git
     * pull), the current file is shown under the draft and saving rebases the draft on it: the author merges by hand.
     */
    private ModelAndView<EditorPage> draftEditor(ModuleDrafts.Draft d) {
        EditorPage page = page(d.path(), d.markdown(), d.baseStamp(), d.baseStamp().isEmpty(), null)
                .withDraftNotice(UiText.of("editor.draft.notice", Dates.utc(d.savedAt()), d.savedBy(), String.valueOf(d.id())));
        Optional<String> onDisk = editing.currentSource(d.path());
        if (onDisk.isPresent() && !LibraryEditing.stamp(onDisk).equals(d.baseStamp())) {
            page = page.withConflict(onDisk.get()).withError(UiText.of("editor.error.changed"));
        }
        return view(page);
    }

    private ModelAndView<EditorPage> editor(String path, String markdown, String stamp, boolean isNew, UiText error) {
        return view(page(path, markdown, stamp, isNew, error));
    }

    private EditorPage page(String path, String markdown, String stamp, boolean isNew, UiText error) {
        return EditorPage.of(path, markdown, stamp, isNew, error, courses.catalog());
    }

    private static ModelAndView<EditorPage> view(EditorPage page) {
        return new ModelAndView<>("library/editor", page);
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Why the library refused the file or its path; the detail comes from the library, in English, like its problems. */
    private static UiText notKept(IllegalArgumentException e) {
        return UiText.of("editor.error.notKept", String.valueOf(e.getMessage()));
    }
}
