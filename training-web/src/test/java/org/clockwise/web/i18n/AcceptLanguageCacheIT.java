package org.clockwise.web.i18n;

import io.micronaut.context.MessageSource;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 9: 10,000 distinct Accept-Language headers leave every cache that locale
 * resolution and messages keep (each message source's and locale resolver's maps, Micronaut's own
 * among them) the size it was. Sizes, not the heap: a heap figure moves with garbage collection and
 * everything else the server does, so a small leak hides in its noise, while a map that gains one
 * entry per header shows up as exactly 10,000.
 */
class AcceptLanguageCacheIT extends ServerTest {

    private static final int HEADERS = 10_000;
    private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]+)\"");

    @Test
    void tenThousandDistinctAcceptLanguageHeadersDoNotGrowAnyLocaleCache() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        warmUp(client);
        long before = cachedEntries();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> pages = new ArrayList<>();
        for (int i = 0; i < HEADERS; i++) {
            // Every one different, well-formed, and none a language we have.
            String header = "x-" + Integer.toString(i, 36) + "-q" + i + ", zz-" + i + ";q=0.5";
            pages.add(pool.submit(() -> lang(client, header)));
        }
        for (Future<String> page : pages) {
            assertEquals("en", page.get(), "a language we do not have falls back to English");
        }
        pool.shutdown();

        long after = cachedEntries();
        assertTrue(after - before < 50, "locale caches grew by " + (after - before) + " entries for " + HEADERS + " headers");
        assertEquals("nl", lang(client, "nl-BE, fr;q=0.5"), "and a language we have still counts");
    }

    private static void warmUp(HttpClient client) throws Exception {
        for (String header : List.of("en", "nl", "nl-BE", "fr", "")) {
            lang(client, header);
        }
    }

    private static String lang(HttpClient client, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.url("/login")));
        if (!acceptLanguage.isEmpty()) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        Matcher m = LANG.matcher(response.body());
        assertTrue(m.find(), "the page names its language");
        return m.group(1);
    }

    /** Entries in every map or collection field of the message sources and locale resolvers. */
    private static long cachedEntries() throws IllegalAccessException {
        long total = 0;
        List<Object> beans = new ArrayList<>();
        beans.addAll(TestServer.get().getApplicationContext().getBeansOfType(MessageSource.class));
        beans.addAll(TestServer.get().getApplicationContext().getBeansOfType(HttpLocaleResolver.class));
        for (Object bean : beans) {
            for (Class<?> type = bean.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())
                            || !(Map.class.isAssignableFrom(field.getType()) || Collection.class.isAssignableFrom(field.getType()))) {
                        continue;
                    }
                    if (!field.trySetAccessible()) {
                        continue;
                    }
                    Object value = field.get(bean);
                    total += value instanceof Map<?, ?> map ? map.size() : value instanceof Collection<?> c ? c.size() : 0;
                }
            }
        }
        return total;
    }
}
