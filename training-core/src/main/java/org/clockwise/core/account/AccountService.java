package org.clockwise.core.account;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.core.mail.MailOutbox;
import org.clockwise.core.mail.SiteSettings;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.PeopleStore;
import org.clockwise.core.people.PersonAdded;
import org.clockwise.core.people.PersonPolicy;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.signin.PasswordHasher;
import org.clockwise.core.signin.PasswordPolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Invitations (on {@link PersonAdded}, and resent by an admin), password resets, setting a password
 * through either link, and the first admin of a new organisation.
 */
@Singleton
public class AccountService {

    /** At most one reset email per address in this time. */
    static final Duration RESET_INTERVAL = Duration.ofMinutes(5);

    /** An invitation made: for whom, and the link in it. */
    public record Invitation(long userId, String email, String link) {
    }

    /** What a link is, as its page needs it; {@code name} only for a usable one. */
    public record Link(LinkStatus status, Purpose purpose, String name) {
    }

    /** What following a link with a new password came to. */
    public sealed interface PasswordSet {
        /** Done: the person may be signed in. */
        record Done(long userId, Purpose purpose) implements PasswordSet {
        }

        /** The password breaks the policy; nothing changed. */
        record Refused(PasswordPolicy.Problem problem) implements PasswordSet {
        }

        /** The link is unknown, used or expired; nothing changed. */
        record Unusable(LinkStatus status) implements PasswordSet {
        }
    }

    /** {@link #createFirstAdmin} was refused: the address has an account already, or is malformed. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private final PasswordStore store;
    private final UserStore users;
    private final OrganisationStore organisations;
    private final PeopleStore people;
    private final MailOutbox outbox;
    private final SiteSettings site;
    private final PasswordHasher hasher;
    private final Clock clock;

    AccountService(PasswordStore store, UserStore users, OrganisationStore organisations, PeopleStore people,
                   MailOutbox outbox, SiteSettings site, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.users = users;
        this.organisations = organisations;
        this.people = people;
        this.outbox = outbox;
        this.site = site;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Runs inside the transaction that added the person: the invitation commits with them. */
    @EventListener
    void onPersonAdded(PersonAdded added) {
        invite(added.orgId(), added.userId());
    }

    /**
     * Makes a new invitation link for the person (older unused ones stop working) and queues the
     * email; empty when no such person is in this organisation.
     */
    @Transactional
    public Optional<Invitation> invite(long orgId, long userId) {
        Optional<User> user = users.findById(userId).filter(u -> u.orgId() == orgId);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        User u = user.get();
        Instant now = clock.instant();
        store.invalidate(userId, Purpose.INVITE, now);
        String token = LinkTokens.newToken();
        long id = store.insert(userId, Purpose.INVITE, LinkTokens.hash(token), now);
        String link = site.link("/invite/" + token);
        outbox.enqueue(AccountMails.invitation(orgId, orgName(orgId), u.email(), u.displayName(), link, "invite:" + id));
        return Optional.of(new Invitation(userId, u.email(), link));
    }

    /**
     * Sends a reset link to the address if it belongs to an active person and none was sent in the
     * last five minutes; says nothing either way (the page answers the same for every address).
     */
    @Transactional
    public void requestReset(String email) {
        String address = email == null ? "" : email.trim();
        if (!PersonPolicy.isEmail(address)) {
            return;
        }
        Optional<User> user = users.findByEmailIgnoringCase(address).filter(User::active);
        if (user.isEmpty()) {
            return;
        }
        User u = user.get();
        store.lockUser(u.id());
        Instant now = clock.instant();
        if (store.createdSince(u.id(), Purpose.RESET, now.minus(RESET_INTERVAL))) {
            return;
        }
        store.invalidate(u.id(), Purpose.RESET, now);
        String token = LinkTokens.newToken();
        long id = store.insert(u.id(), Purpose.RESET, LinkTokens.hash(token), now);
        outbox.enqueue(AccountMails.reset(u.orgId(), orgName(u.orgId()), u.email(), u.displayName(),
                site.link("/reset/" + token), "reset:" + id));
    }

    /** What the link with this token is; an unknown token and junk look the same. */
    @Transactional(readOnly = true)
    public Link check(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return new Link(LinkStatus.UNKNOWN, null, null);
        }
        Optional<PasswordStore.Token> found = store.find(LinkTokens.hash(token), false);
        if (found.isEmpty()) {
            return new Link(LinkStatus.UNKNOWN, null, null);
        }
        PasswordStore.Token t = found.get();
        Optional<User> user = users.findById(t.userId()).filter(User::active);
        LinkStatus status = status(t, user.isPresent(), clock.instant());
        return new Link(status, t.purpose(), status == LinkStatus.VALID ? user.get().displayName() : null);
    }

    /**
     * Sets the person's password through the link: once only (the link row is locked and marked
     * used in the same transaction), every other link of theirs stops working, and a reset ends
     * all their sessions.
     */
    @Transactional
    public PasswordSet setPassword(String token, String password) {
        if (!LinkTokens.wellFormed(token)) {
            return new PasswordSet.Unusable(LinkStatus.UNKNOWN);
        }
        Optional<PasswordStore.Token> found = store.find(LinkTokens.hash(token), true);
        if (found.isEmpty()) {
            return new PasswordSet.Unusable(LinkStatus.UNKNOWN);
        }
        PasswordStore.Token t = found.get();
        Instant now = clock.instant();
        boolean active = users.findById(t.userId()).filter(User::active).isPresent();
        LinkStatus status = status(t, active, now);
        if (status != LinkStatus.VALID) {
            return new PasswordSet.Unusable(status);
        }
        Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(password);
        if (problem.isPresent()) {
            return new PasswordSet.Refused(problem.get());
        }
        store.setPasswordHash(t.userId(), hasher.hash(password));
        store.invalidate(t.userId(), null, now);
        people.endSessions(t.userId(), now);
        return new PasswordSet.Done(t.userId(), t.purpose());
    }

    /**
     * Creates an organisation and its first admin, with an invitation queued; refused when the
     * address already has an account anywhere.
     */
    @Transactional
    public Invitation createFirstAdmin(String orgName, String email, String name) throws Refused {
        String address = email.trim();
        if (!PersonPolicy.isEmail(address)) {
            throw new Refused("--email: " + email + " is not an email address");
        }
        if (users.findByEmailIgnoringCase(address).isPresent()) {
            throw new Refused(address + " already has an account; nothing was created");
        }
        if (!organisations.findByNameIgnoringCase(orgName).isEmpty()) {
            throw new Refused("an organisation named " + orgName.trim() + " exists already; its admins add people in the browser"
                    + " (People), so nothing was created");
        }
        Organisation org = organisations.save(new Organisation(null, orgName.trim(), false, null));
        LocalDate today = LocalDate.now(clock);
        long userId = people.insert(org.id(), new PeopleStore.Details(address, name, today, "UTC"));
        people.setRoles(userId, Set.of(Role.ADMIN));
        return invite(org.id(), userId).orElseThrow();
    }

    private static LinkStatus status(PasswordStore.Token t, boolean userActive, Instant now) {
        if (t.usedAt() != null || !userActive) {
            return LinkStatus.USED;
        }
        return now.isBefore(t.expiresAt()) ? LinkStatus.VALID : LinkStatus.EXPIRED;
    }

    private String orgName(long orgId) {
        return organisations.findById(orgId).map(Organisation::name).orElse("Clockwise");
    }
}
