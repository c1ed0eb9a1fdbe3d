package org.clockwise.web.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.clockwise.core.demo.DemoOrganisation;
import org.clockwise.core.testing.CoreContext;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rep's Today page under load, next to the trivial /health endpoint in the same run and
 * JVM, on the demo organisation with 12 weeks of history. Loopback only, a fixed number of
 * requests, prints figures and asserts nothing. Run: see README "Benchmarks".
 */
public final class TodayLoadBenchmark {

    static final int THREADS = 8;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int todayRequests = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Map<String, Object> props = new HashMap<>(CoreContext.testProperties());
        props.put("micronaut.server.port", -1);
        props.put("clockwise.demo.enabled", true);
        props.put("clockwise.library.publish-on-start", true);
        props.remove("clockwise.library.path");
        props.put("clockwise.data-dir", Files.createTempDirectory("clockwise-bench").toString());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            String base = server.getURL().toString();
            List<HttpClient> reps = new ArrayList<>();
            for (String email : List.of("rep@", "jordan.rep@", "sam.rep@", "lena.rep@", "omar.rep@", "kim.rep@", "ines.rep@",
                    "noah.rep@", "priya.rep@", "lucas.rep@", "grace.rep@", "diego.rep@")) {
                reps.add(signIn(base, email + "demo.clockwise.test"));
            }
            HttpClient anonymous = HttpClient.newHttpClient();
            run("warm-up /health", base + "/health", List.of(anonymous), 2000);
            run("warm-up /today", base + "/today", reps, 300);
            Result health = run("/health", base + "/health", List.of(anonymous), todayRequests * 5);
            Result today = run("/today", base + "/today", reps, todayRequests);
            System.out.printf("Today page throughput = %.1f%% of the trivial endpoint's (%d client threads, %d cores)%n",
                    100.0 * today.perSecond() / health.perSecond(), THREADS, Runtime.getRuntime().availableProcessors());
        }
        System.exit(0);
    }

    record Result(double perSecond, double p50, double p95) {
    }

    static Result run(String label, String url, List<HttpClient> clients, int requests) throws Exception {
        return run(label, url, clients, requests, THREADS);
    }

    static Result run(String label, String url, List<HttpClient> clients, int requests, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[requests];
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    HttpClient client = clients.get(i % clients.size());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - s;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        Result result = new Result(requests / seconds, latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.95)] / 1e6);
        if (!label.startsWith("warm-up")) {
            System.out.printf("%-11s %6d requests: %8.1f req/s, p50 %6.2f ms, p95 %6.2f ms, %d failed%n",
                    label, requests, result.perSecond(), result.p50(), result.p95(), failures.get());
        }
        return result;
    }

    static HttpClient signIn(String base, String email) throws Exception {
        return signIn(base, email, DemoOrganisation.PASSWORD);
    }

    static HttpClient signIn(String base, String email, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8) + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("sign-in failed for " + email + ": " + answer.statusCode());
        }
        return client;
    }
}
