package org.clockwise.core.account;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.PeopleStore;
import org.clockwise.core.people.PersonAdded;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.signin.PasswordPolicy;
import org.clockwise.core.signin.SignInResult;
import org.clockwise.core.signin.SignInService;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountServiceIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/(invite|reset)/([A-Za-z0-9_-]{43})");
    private final AccountService accounts = CoreContext.bean(AccountService.class);
    private final JdbcOperations jdbc = CoreContext.bean(JdbcOperations.class);
    private final Organisation org = Fixtures.anOrganisation();

    /** Adds a person the way the admin pages and the roster import do: insert and PersonAdded in one transaction. */
    @SuppressWarnings("unchecked")
    static long addPerson(Organisation org, String email) {
        TransactionOperations<Connection> tx = CoreContext.get().getBean(TransactionOperations.class);
        PeopleStore people = CoreContext.bean(PeopleStore.class);
        ApplicationEventPublisher<PersonAdded> events = CoreContext.get().getBean(ApplicationEventPublisher.class);
        return tx.executeWrite(status -> {
            long id = people.insert(org.id(), new PeopleStore.Details(email, "Dana <b>O'Neil</b>", LocalDate.now(), "UTC"));
            people.setRoles(id, java.util.Set.of(Role.REP));
            events.publishEvent(new PersonAdded(org.id(), id, null));
            return id;
        });
    }

    private List<String[]> mails(String to) {
        return Db.transactions().executeWrite(st -> jdbc.prepareStatement("SELECT subject, body_text, body_html FROM mail_outbox WHERE recipient = ? ORDER BY id", ps -> {
            ps.setString(1, to);
            List<String[]> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            return out;
        }));
    }

    private static String token(String body) {
        Matcher m = LINK.matcher(body);
        assertTrue(m.find(), body);
        return m.group(2);
    }

    @Test
    void addingAPersonQueuesAnInvitationWhoseTokenIsStoredOnlyAsAHash() {
        String email = "invited-" + Fixtures.unique() + "@example.test";
        long id = addPerson(org, email);

        List<String[]> mails = mails(email);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0)[0].contains(org.name()), "the subject names the organisation");
        String token = token(mails.get(0)[1]);
        assertTrue(mails.get(0)[1].contains("/invite/" + token));
        assertTrue(mails.get(0)[2].contains("Dana &lt;b&gt;O&#39;Neil&lt;/b&gt;"), "HTML escapes the name");
        assertFalse(mails.get(0)[2].contains("<b>O'Neil"));
        Object[] row = Db.transactions().executeWrite(st -> jdbc.prepareStatement("SELECT purpose, token_hash, expires_at - created_at FROM password_tokens WHERE user_id = ?", ps -> {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return new Object[]{rs.getString(1), rs.getBytes(2), rs.getString(3)};
            }
        }));
        assertEquals("INVITE", row[0]);
        assertArrayEquals(LinkTokens.hash(token), (byte[]) row[1]);
        assertEquals("7 days", row[2]);
        assertEquals(new AccountService.Link(LinkStatus.VALID, Purpose.INVITE, "Dana <b>O'Neil</b>"), accounts.check(token));
    }

    @Test
    void anInvitationSetsThePasswordOnceWithinThePolicy() {
        String email = "accept-" + Fixtures.unique() + "@example.test";
        addPerson(org, email);
        String token = token(mails(email).get(0)[1]);

        assertEquals(new AccountService.PasswordSet.Refused(PasswordPolicy.Problem.TOO_SHORT), accounts.setPassword(token, "short"));
        assertEquals(new AccountService.PasswordSet.Refused(PasswordPolicy.Problem.COMMON), accounts.setPassword(token, "qwerty123456"));
        assertEquals(LinkStatus.VALID, accounts.check(token).status(), "a refused password leaves the link usable");

        assertInstanceOf(AccountService.PasswordSet.Done.class, accounts.setPassword(token, "violet tugboat morning"));
        assertInstanceOf(SignInResult.SignedIn.class, CoreContext.bean(SignInService.class).signIn(email, "violet tugboat morning"));

        assertEquals(new AccountService.PasswordSet.Unusable(LinkStatus.USED), accounts.setPassword(token, "another fine phrase"));
        assertEquals(LinkStatus.USED, accounts.check(token).status());
    }

    @Test
    void anExpiredOrUnknownLinkIsRefused() {
        String email = "late-" + Fixtures.unique() + "@example.test";
        long id = addPerson(org, email);
        String token = token(mails(email).get(0)[1]);
        Db.transactions().executeWrite(st -> jdbc.prepareStatement("UPDATE password_tokens SET created_at = ?, expires_at = ? WHERE user_id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(8))));
            ps.setTimestamp(2, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
            ps.setLong(3, id);
            return ps.executeUpdate();
        }));

        assertEquals(LinkStatus.EXPIRED, accounts.check(token).status());
        assertEquals(new AccountService.PasswordSet.Unusable(LinkStatus.EXPIRED), accounts.setPassword(token, "violet tugboat morning"));
        assertEquals(LinkStatus.UNKNOWN, accounts.check(LinkTokens.newToken()).status());
        assertEquals(LinkStatus.UNKNOWN, accounts.check("../../etc/passwd").status());
    }

    @Test
    void resendingMakesANewLinkAndTheOldOneStopsWorking() {
        String email = "resend-" + Fixtures.unique() + "@example.test";
        long id = addPerson(org, email);
        String first = token(mails(email).get(0)[1]);

        AccountService.Invitation again = accounts.invite(org.id(), id).orElseThrow();

        assertEquals(2, mails(email).size());
        String second = token(mails(email).get(1)[1]);
        assertTrue(again.link().endsWith(second));
        assertEquals(LinkStatus.USED, accounts.check(first).status());
        assertEquals(LinkStatus.VALID, accounts.check(second).status());
        assertTrue(accounts.invite(Fixtures.anOrganisation().id(), id).isEmpty(), "another organisation's admin cannot");
    }

    @Test
    void aResetLinkGoesOnlyToKnownAddressesAtMostEveryFiveMinutesAndEndsSessions() {
        User rep = Fixtures.aUser(org, Role.REP);
        SignInService signIn = CoreContext.bean(SignInService.class);
        SignInResult.SignedIn session = (SignInResult.SignedIn) signIn.signIn(rep.email(), Fixtures.PASSWORD);

        accounts.requestReset("nobody-" + Fixtures.unique() + "@example.test");
        accounts.requestReset("  " + rep.email().toUpperCase() + " ");
        accounts.requestReset(rep.email());

        List<String[]> mails = mails(rep.email());
        assertEquals(1, mails.size(), "one reset mail per address per five minutes");
        String token = token(mails.get(0)[1]);
        assertTrue(mails.get(0)[1].contains("/reset/" + token));
        assertEquals(Purpose.RESET, accounts.check(token).purpose());

        assertInstanceOf(AccountService.PasswordSet.Done.class, accounts.setPassword(token, "a brand new passphrase"));
        assertFalse(signIn.isSessionActive(session.sessionId()), "the other sessions ended");
        assertInstanceOf(SignInResult.SignedIn.class, signIn.signIn(rep.email(), "a brand new passphrase"));
        assertEquals(LinkStatus.USED, accounts.check(token).status());
    }

    @Test
    void theFirstAdminIsRefusedForAnAddressThatExists() throws Exception {
        String email = "first-" + Fixtures.unique() + "@example.test";
        AccountService.Invitation invitation = accounts.createFirstAdmin("Acme " + Fixtures.unique(), email, "Ada Admin");
        assertTrue(invitation.link().contains("/invite/"));
        assertEquals(List.of("ADMIN"), CoreContext.bean(UserStore.class).findRoleNames(invitation.userId()));

        AccountService.Refused refused = assertThrows(AccountService.Refused.class,
                () -> accounts.createFirstAdmin("Other", email.toUpperCase(), "Someone"));
        assertTrue(refused.getMessage().contains("already has an account"));
    }
}
