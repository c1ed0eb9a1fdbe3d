package org.clockwise.web.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.clockwise.core.account.AccountService;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.net.URI;

/**
 * An admin resends a person's invitation: a new link, the older ones stop working. Only for
 * people of the admin's own organisation; anyone else's id answers 404, as if it did not exist.
 */
@Controller(produces = MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class InvitationResendController {

    private final AccountService accounts;
    private final UserStore users;
    private final ErrorPages errorPages;

    InvitationResendController(AccountService accounts, UserStore users, ErrorPages errorPages) {
        this.accounts = accounts;
        this.users = users;
        this.errorPages = errorPages;
    }

    @Post(value = "/admin/people/{id}/invitation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resend(HttpRequest<?> request, @PathVariable long id, Authentication authentication) {
        long orgId = users.findById(CurrentUser.of(authentication).id()).map(User::orgId).orElseThrow();
        if (accounts.invite(orgId, id).isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "There is no such person in your organisation.");
        }
        return HttpResponse.seeOther(URI.create("/admin/people/" + id + "?invited"));
    }
}
