package org.clockwise.web.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.nudge.NudgePolicy;
import org.clockwise.core.nudge.NudgePreferenceStore;
import org.clockwise.core.nudge.NudgeQueries;
import org.clockwise.web.security.CurrentUser;

import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** {@code /settings/notifications}: the signed-in person turns the daily nudge (and digest) on or off and picks its hour. */
@Controller(value = "/settings/notifications", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationSettingsController {

    // What a time input sends: HH:mm, or HH:mm:ss when a browser adds seconds.
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?");

    /**
     * The page model.
     *
     * @param enabled  whether the box is ticked
     * @param time     the time as shown (what the person typed, after a refusal)
     * @param errorKey the message key of what was wrong, or {@code null}
     * @param saved    whether to say the settings were saved
     */
    record NotificationsPage(boolean enabled, String time, String errorKey, boolean saved) {
    }

    private final NudgeQueries queries;
    private final NudgePreferenceStore preferences;

    NotificationSettingsController(NudgeQueries queries, NudgePreferenceStore preferences) {
        this.queries = queries;
        this.preferences = preferences;
    }

    @Get
    ModelAndView<NotificationsPage> show(Authentication authentication, @Nullable @QueryValue String saved) {
        NudgeQueries.Preferences p = queries.preferences(CurrentUser.of(authentication).id())
                .orElse(new NudgeQueries.Preferences(true, NudgePolicy.DEFAULT_TIME));
        String time = String.format("%02d:%02d", p.time().getHour(), p.time().getMinute());
        return new ModelAndView<>("notify/settings", new NotificationsPage(p.enabled(), time, null, saved != null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(Authentication authentication, @Body NotificationForm form) {
        boolean enabled = form.enabled() != null && !form.enabled().isBlank();
        String typed = form.time() == null ? "" : form.time().trim();
        if (typed.length() > 8 || !TIME.matcher(typed).matches()) {
            return refuse(enabled, typed, typed.isEmpty() ? "notifications.time.missing" : "notifications.time.invalid");
        }
        LocalTime time;
        try {
            time = LocalTime.parse(typed).withSecond(0);
        } catch (DateTimeParseException e) {
            return refuse(enabled, typed, "notifications.time.invalid");
        }
        preferences.set(CurrentUser.of(authentication).id(), enabled, time);
        return HttpResponse.seeOther(URI.create("/settings/notifications?saved=1"));
    }

    private static HttpResponse<?> refuse(boolean enabled, String typed, String errorKey) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("notify/settings", new NotificationsPage(enabled, typed, errorKey, false)));
    }
}
