package org.clockwise.web.learn;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import org.clockwise.core.db.Signatures;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A quiz submitted after the session ended, kept in a short-lived signed cookie while the rep
 * signs in again, then sent once more. Only the answer fields and the quiz page's signed ticket
 * are kept: the ticket still names the rep and the attempt id (stable per take), so the replay is
 * recorded under the rep who was served the page, and once, however often it is sent.
 */
final class QuizReplay {

    static final String COOKIE = "CLOCKWISE_QUIZ_REPLAY";
    static final Duration LIFETIME = Duration.ofMinutes(30);
    /** Browsers keep about 4 KB per cookie; a longer form (long typed answers) cannot be kept. */
    static final int MAX_VALUE = 3800;
    private static final Pattern KEPT = Pattern.compile("q\\d{1,3}|c\\d{1,3}|attempt|module|version|served|" + FormTicket.SIGNATURE);

    private QuizReplay() {
    }

    /** The posted answers, signed for this module until {@code now + LIFETIME}; empty when they do not fit a cookie. */
    static Optional<Cookie> stash(String moduleId, Map<String, ?> form, Instant now, Signatures signatures, boolean secure) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            if (!KEPT.matcher(name).matches()) {
                return;
            }
            for (Object v : value instanceof List<?> list ? list : List.of(String.valueOf(value))) {
                body.append(body.isEmpty() ? "" : "&").append(enc(name)).append('=').append(enc(String.valueOf(v)));
            }
        });
        String payload = now.plus(LIFETIME).toEpochMilli() + "|" + moduleId + "|" + body;
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        String value = encoded + "." + signatures.sign(purpose(encoded));
        if (value.length() > MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(cookie(value, secure).maxAge(LIFETIME));
    }

    /** The kept form for this module, if the cookie is there, signed by this server and not expired. */
    static Optional<Map<String, Object>> read(HttpRequest<?> request, String moduleId, Instant now, Signatures signatures) {
        Optional<String> value = request.getCookies().findCookie(COOKIE).map(Cookie::getValue);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = value.get().split("\\.", 2);
        if (parts.length != 2 || !signatures.verify(purpose(parts[0]), parts[1])) {
            return Optional.empty();
        }
        String[] payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).split("\\|", 3);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (payload.length != 3 || !payload[1].equals(moduleId) || now.toEpochMilli() > Long.parseLong(payload[0])) {
            return Optional.empty();
        }
        Map<String, Object> form = new LinkedHashMap<>();
        for (String pair : payload[2].split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String v = kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            form.merge(name, v, (a, b) -> {
                List<Object> values = new ArrayList<>(a instanceof List<?> l ? l : List.of(a));
                values.add(b);
                return values;
            });
        }
        return Optional.of(form);
    }

    /** Removes the kept answers (after they were sent, or when they can no longer be). */
    static Cookie clear(boolean secure) {
        return cookie("", secure).maxAge(0);
    }

    private static Cookie cookie(String value, boolean secure) {
        return Cookie.of(COOKIE, value).path("/modules").httpOnly(true).sameSite(SameSite.Lax).secure(secure);
    }

    private static String purpose(String encoded) {
        return "quiz-replay:" + encoded;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
