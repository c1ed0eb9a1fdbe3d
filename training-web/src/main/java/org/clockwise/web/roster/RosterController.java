package org.clockwise.web.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.roster.RosterImport;
import org.clockwise.core.roster.RosterPolicy;
import org.clockwise.web.roster.RosterPages.PreviewPage;
import org.clockwise.web.roster.RosterPages.UploadPage;
import org.clockwise.web.security.CurrentUser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Upload a roster, preview it, apply it. Nothing is kept between the preview and Apply except what
 * the preview page posts back: the file itself and the fingerprint of the plan that was shown.
 * Apply recomputes the plan under the import lock and refuses when it differs.
 */
@Controller(value = "/admin/roster", produces = MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class RosterController {

    /** What the preview's Apply button posts back. */
    @Serdeable
    record ApplyForm(@Nullable String fileName, @Nullable String content, @Nullable String fingerprint, @Nullable String deactivateMissing) {
    }

    private final RosterImport roster;
    private final UserStore users;

    RosterController(RosterImport roster, UserStore users) {
        this.roster = roster;
        this.users = users;
    }

    @Get
    ModelAndView<UploadPage> form(@Nullable @QueryValue String imported) {
        // only a summary as the import writes it: a crafted link cannot put other words on the page
        return upload(imported != null && imported.matches("\\d+ added, \\d+ changed, \\d+ unchanged, \\d+ deactivated") ? imported : null, null);
    }

    @Post(value = "/preview", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> preview(@Nullable CompletedFileUpload file, @Nullable @Part("deactivateMissing") String deactivateMissing,
                            Authentication authentication) {
        byte[] content;
        try {
            content = file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            content = new byte[0];
        }
        if (file == null || content.length == 0) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(upload(null, "noFile"));
        }
        String fileName = fileName(file.getFilename());
        boolean deactivate = deactivateMissing != null;
        CurrentUser user = CurrentUser.of(authentication);
        RosterImport.Result result = roster.preview(orgOf(user), content, new RosterPolicy.Options(deactivate, user.id()));
        return page(result, fileName, deactivate, content, false);
    }

    @Post(value = "/apply", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> apply(@Body ApplyForm form, Authentication authentication) {
        byte[] content;
        try {
            content = Base64.getDecoder().decode(form.content() == null ? "" : form.content());
        } catch (IllegalArgumentException e) {
            content = new byte[0];
        }
        if (content.length == 0 || form.fingerprint() == null || form.fingerprint().isBlank()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(upload(null, "incomplete"));
        }
        String fileName = fileName(form.fileName());
        boolean deactivate = "on".equals(form.deactivateMissing()) || "true".equals(form.deactivateMissing());
        CurrentUser user = CurrentUser.of(authentication);
        RosterImport.Result result = roster.apply(orgOf(user), content, new RosterPolicy.Options(deactivate, user.id()), form.fingerprint());
        if (result instanceof RosterImport.Result.Applied applied) {
            return HttpResponse.seeOther(URI.create("/admin/roster?imported=" + URLEncoder.encode(applied.plan().summary(), StandardCharsets.UTF_8)));
        }
        return page(result, fileName, deactivate, content, true);
    }

    private HttpResponse<?> page(RosterImport.Result result, String fileName, boolean deactivate, byte[] content, boolean applying) {
        if (result instanceof RosterImport.Result.Refused refused) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("roster/preview", PreviewPage.refused(fileName, deactivate, refused.problems())));
        }
        if (result instanceof RosterImport.Result.Stale stale) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(new ModelAndView<>("roster/preview", PreviewPage.planned(fileName, deactivate, stale.plan(), content, true)));
        }
        RosterImport.Result.Planned planned = (RosterImport.Result.Planned) result;
        return HttpResponse.ok(new ModelAndView<>("roster/preview", PreviewPage.planned(fileName, deactivate, planned.plan(), content, false)));
    }

    private long orgOf(CurrentUser user) {
        return users.findById(user.id()).orElseThrow().orgId();
    }

    private static ModelAndView<UploadPage> upload(String summary, String error) {
        return new ModelAndView<>("roster/upload", new UploadPage(summary, error));
    }

    /** Only the last part of a browser-sent name, for the problem lines. */
    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "roster.csv";
        }
        try {
            Path last = Path.of(name.replace('\\', '/')).getFileName();
            return last == null ? "roster.csv" : last.toString();
        } catch (RuntimeException e) {
            return "roster.csv";
        }
    }
}
