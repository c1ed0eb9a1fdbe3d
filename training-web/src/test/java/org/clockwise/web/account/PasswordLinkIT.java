package org.clockwise.web.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import jakarta.mail.internet.MimeMessage;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestMail;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordLinkIT extends ServerTest {

    @Test
    void unknownLinksAnswer404AndExpiredOnes410() {
        String email = "expiring-" + Fixtures.unique() + "@example.test";
        long id = Accounts.addPerson(org, email, "Eve Expired");
        String link = TestMail.linkPath(TestMail.await(email, 1));
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = TestServer.get().getApplicationContext()
                .getBean(Argument.of(TransactionOperations.class, Connection.class));
        tx.executeWrite(status -> TestServer.bean(JdbcOperations.class).prepareStatement(
                "UPDATE password_tokens SET created_at = ?, expires_at = ? WHERE user_id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(8))));
                    ps.setTimestamp(2, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
                    ps.setLong(3, id);
                    return ps.executeUpdate();
                }));

        Browser.Page expired = new Browser().get(link);
        assertEquals(410, expired.status());
        assertTrue(expired.html().selectFirst("h1").text().contains("expired"));
        assertTrue(expired.html().select("input[type=password]").isEmpty());
        assertEquals("no-store", expired.header("cache-control").orElse(""));

        Browser.Page unknown = new Browser().get("/invite/" + "A".repeat(43));
        assertEquals(404, unknown.status());
        assertTrue(unknown.html().select("input[type=password]").isEmpty(), "no form for an unknown link");
        assertEquals(404, new Browser().get("/reset/not-a-token").status());
        // an invitation token is not a reset token
        assertEquals(404, new Browser().get(link.replace("/invite/", "/reset/")).status());

        Browser poster = new Browser();
        poster.get("/login");
        assertEquals(410, poster.post(link, Map.of("password", "violet tugboat morning", "confirm", "violet tugboat morning")).status());
    }

    @Test
    void aRefusedPasswordKeepsTheLinkAndSaysWhy() {
        String email = "refused-" + Fixtures.unique() + "@example.test";
        Accounts.addPerson(org, email, "Rafa Refused");
        String link = TestMail.linkPath(TestMail.await(email, 1));
        Browser browser = new Browser();
        assertEquals(200, browser.get(link).status());

        Browser.Page mismatch = browser.post(link, Map.of("password", "violet tugboat morning", "confirm", "violet tugboat evening"));
        assertEquals(422, mismatch.status());
        assertTrue(mismatch.html().selectFirst("#password-error").text().contains("not the same"));
        Browser.Page tooShort = browser.post(link, Map.of("password", "short", "confirm", "short"));
        assertEquals(422, tooShort.status());
        assertTrue(tooShort.html().selectFirst("#password-error").text().contains("at least 12"));
        assertTrue(tooShort.html().select("input[type=password]").attr("value").isEmpty(), "a password is never echoed");

        assertEquals(303, browser.post(link, Map.of("password", "violet tugboat morning", "confirm", "violet tugboat morning")).status());
    }

    @Test
    void forgotPasswordAnswersTheSameForUnknownAddresses() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser known = new Browser();
        known.get("/reset");
        Browser.Page knownAnswer = known.post("/reset", Map.of("email", rep.email()));
        Browser unknown = new Browser();
        unknown.get("/reset");
        Browser.Page unknownAnswer = unknown.post("/reset", Map.of("email", "nobody-" + Fixtures.unique() + "@example.test"));

        assertEquals(303, knownAnswer.status());
        assertEquals(knownAnswer.status(), unknownAnswer.status());
        assertEquals(knownAnswer.location(), unknownAnswer.location());
        String knownPage = known.get("/reset?sent").html().selectFirst("main").text();
        assertEquals(knownPage, unknown.get("/reset?sent").html().selectFirst("main").text());
        TestMail.await(rep.email(), 1);

        known.get("/reset");
        known.post("/reset", Map.of("email", rep.email()));
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(1, TestMail.to(rep.email()).size(), "at most one reset mail per address per five minutes");
    }

    @Test
    void anAdminResendsAnInvitationOnlyInTheirOwnOrganisation() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        String email = "resent-" + Fixtures.unique() + "@example.test";
        long id = Accounts.addPerson(org, email, "Robin Resent");
        String first = TestMail.linkPath(TestMail.await(email, 1));

        Browser browser = new Browser();
        browser.signIn(admin.email(), Fixtures.PASSWORD);
        browser.get("/home");
        Browser.Page resent = browser.post("/admin/people/" + id + "/invitation", Map.of());
        assertEquals(303, resent.status());
        assertEquals("/admin/people/" + id + "?invited", resent.location().orElseThrow());

        MimeMessage second = TestMail.await(email, 2);
        String link = TestMail.linkPath(second);
        assertNotEquals(first, link);
        assertEquals(410, new Browser().get(first).status(), "the older invitation stops working");
        assertEquals(200, new Browser().get(link).status());

        User otherAdmin = Fixtures.aUser(Fixtures.anOrganisation(), Role.ADMIN);
        Browser outsider = new Browser();
        outsider.signIn(otherAdmin.email(), Fixtures.PASSWORD);
        outsider.get("/home");
        assertEquals(404, outsider.post("/admin/people/" + id + "/invitation", Map.of()).status());
        User rep = Fixtures.aUser(org, Role.REP);
        Browser repBrowser = new Browser();
        repBrowser.signIn(rep.email(), Fixtures.PASSWORD);
        repBrowser.get("/home");
        assertEquals(403, repBrowser.post("/admin/people/" + id + "/invitation", Map.of()).status());
        assertFalse(TestMail.to(email).size() > 2, "refused requests send nothing");
    }
}
