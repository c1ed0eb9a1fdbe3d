package org.clockwise.web.signin;

import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.security.CsrfTokens;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.RawHttp;
import org.clockwise.web.testing.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 leftovers, item 2: a sign-in refused for bad encoding (NUL, a malformed escape, bytes
 * that are not UTF-8) comes back as the sign-in form with what was typed, minus the bad bytes, and
 * a message naming the field; nothing is recorded.
 */
class SignInBadInputIT extends ServerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the sent email (EMAIL stands for a fresh address) | the password | the email kept | the field named
            "EMAIL%00           | x     | EMAIL     | email",
            "%FFEMAIL           | x     | EMAIL     | email",
            "EMAIL%G1           | x     | EMAILG1   | email",
            "EMAIL%             | x     | EMAIL     | email",
            "EMAIL              | x%00y | EMAIL     | password",
            "EMAIL              | %C3(  | EMAIL     | password",
    })
    void theFormComesBackWithTheEmailKeptAndTheFieldNamed(String email, String password, String kept, String field) {
        String address = "bad-input-" + Fixtures.unique() + "@x.test";
        String sent = email.replace("EMAIL", address.replace("@", "%40"));
        Browser browser = new Browser();
        String token = browser.get("/login").csrfToken().orElseThrow();
        String cookie = browser.cookie(CsrfTokens.COOKIE).orElseThrow().toString();

        HttpResponse<String> answer = RawHttp.send("POST", "/login", "text/html", "application/x-www-form-urlencoded",
                "_csrf=" + token + "&email=" + sent + "&password=" + password, "Cookie", cookie);

        assertEquals(422, answer.statusCode(), answer.body());
        Document page = Jsoup.parse(answer.body());
        assertNotNull(page.selectFirst("form[action=/login]"), "the sign-in form, not an error page");
        assertEquals(kept.replace("EMAIL", address), page.selectFirst("input[name=email]").val());
        assertFalse(page.selectFirst("input[name=_csrf]").val().isEmpty(), "the form can be sent again");
        String error = page.select("#signin-error").text();
        String label = field.equals("email") ? "email" : "password";
        assertTrue(error.toLowerCase(Locale.ROOT).contains(label), error);
        assertFalse(answer.body().contains("PSQL") || answer.body().contains("0x00") || answer.body().contains("Exception"));
        assertEquals(0, Db.count("SELECT count(*) FROM login_guesses WHERE email_key = ?", address.toLowerCase(Locale.ROOT)),
                "nothing recorded");
    }
}
