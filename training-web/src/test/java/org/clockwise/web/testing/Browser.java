package org.clockwise.web.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A minimal browser over real HTTP: keeps cookies, never follows redirects (tests assert them),
 * and reads the CSRF token from the last page like a form would.
 */
public final class Browser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private Page lastPage;
    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** A browser for the shared test server. */
    public Browser() {
        this(null);
    }

    /** A browser for a server at another address, e.g. one started as a separate process. */
    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    private String url(String path) {
        return (baseUrl != null ? baseUrl : TestServer.url("")) + path;
    }

    public record Page(int status, String body, HttpResponse<String> response) {
        public Document html() {
            return Jsoup.parse(body);
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public Optional<String> location() {
            return header("location");
        }

        public Optional<String> csrfToken() {
            return Optional.ofNullable(html().selectFirst("input[name=_csrf]")).map(e -> e.attr("value"));
        }
    }

    /** What Chromium sends for a navigation. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", BROWSER_ACCEPT).GET());
    }

    /** As an API client or curl would ask: any type, no preference for HTML. */
    public Page getAsApiClient(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "*/*").GET());
    }

    /** Posts a form with the CSRF token of the last page seen, as a real form would. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        if (lastPage != null) {
            lastPage.csrfToken().ifPresent(token -> all.put("_csrf", token));
        }
        all.putAll(fields);
        return postRaw(path, all);
    }

    /** Uploads one file as multipart/form-data; the CSRF token goes in the action URL, as the upload form does. */
    public Page upload(String path, String field, String fileName, byte[] content) {
        String token = lastPage == null ? "" : lastPage.csrfToken().orElse("");
        String boundary = "----clockwise" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/markdown\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create(url(path + "?_csrf=" + enc(token))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts exactly these fields: no token added. */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page signIn(String email, String password) {
        get("/login");
        return post("/login", Map.of("email", email, "password", password));
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Forgets a cookie, as a browser does when it expires or is cleared (issue 13, rendered pages kept). */
    public Browser forgetCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().getURIs().forEach(u -> cookies.getCookieStore().remove(u, c)));
        return this;
    }

    /** Copies this browser's cookies into a fresh one, like an attacker replaying a captured cookie. */
    public Browser copyCookies() {
        Browser copy = new Browser(baseUrl);
        cookies.getCookieStore().getCookies().forEach(c -> copy.cookies.getCookieStore().add(URI.create(url("/")), c));
        return copy;
    }

    /** The same cookies, for a server at another address (e.g. the same server after a restart). */
    public Browser copyCookiesTo(String otherBaseUrl) {
        Browser copy = new Browser(otherBaseUrl);
        cookies.getCookieStore().getCookies().forEach(c -> {
            HttpCookie clone = (HttpCookie) c.clone();
            clone.setPath("/");
            copy.cookies.getCookieStore().add(URI.create(otherBaseUrl + "/"), clone);
        });
        return copy;
    }

    /** Sends this header with every later request, e.g. Accept-Language as a browser would. */
    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Page lastPage() {
        return lastPage;
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Page page = new Page(response.statusCode(), response.body(), response);
            if (page.csrfToken().isPresent()) {
                lastPage = page;
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The hidden fields of the page's quiz or review form ({@code form.quiz}) plus the given answers, as a rep sends them. */
    public static Map<String, String> answers(Page form, Map<String, String> answers) {
        Map<String, String> fields = new HashMap<>();
        for (Element hidden : form.html().select("form.quiz input[type=hidden]")) {
            fields.put(hidden.attr("name"), hidden.val());
        }
        fields.putAll(answers);
        return fields;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
