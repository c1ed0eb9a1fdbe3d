package org.clockwise.web.faults;

import org.clockwise.web.testing.Browser;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Reps submitting quizzes as fast as they can, one thread each, while a test breaks something.
 * Every quiz is a new take (a new attempt id); a submit answered 303 to its attempt counts as
 * recorded, anything else (an error page, a refused connection) keeps the filled form so that
 * {@link #retryFailed} can send exactly the same form again.
 */
final class QuizLoad implements AutoCloseable {

    /** One submitted form and the answer it got. */
    record Sent(Browser rep, String attemptId, Map<String, String> form, int status, long millis) {
    }

    private final String quizPath;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    final Set<String> recorded = ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<Sent> failed = new ConcurrentLinkedQueue<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicInteger refusedConnections = new AtomicInteger();
    final AtomicLong slowestMillis = new AtomicLong();
    final ConcurrentLinkedQueue<String> errorBodies = new ConcurrentLinkedQueue<>();

    QuizLoad(List<Browser> reps, String module, int takeBase) {
        this.quizPath = "/modules/" + module + "/quiz";
        for (int i = 0; i < reps.size(); i++) {
            Browser rep = reps.get(i);
            int firstTake = takeBase + i * 100_000;
            Thread t = new Thread(() -> submitUntilStopped(rep, firstTake), "quiz-load-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void submitUntilStopped(Browser rep, int firstTake) {
        int take = firstTake;
        while (running.get()) {
            Map<String, String> form;
            try {
                Browser.Page quiz = rep.get(quizPath + "?take=" + take);
                form = filled(quiz);
                if (form == null) {
                    count(quiz.status(), 0, quiz.body());
                    pause();
                    continue;
                }
            } catch (RuntimeException e) {
                refusedConnections.incrementAndGet();
                pause();
                continue;
            }
            take++;
            long start = System.nanoTime();
            String attempt = form.get("attempt");
            try {
                Browser.Page answer = rep.postRaw(quizPath, form);
                long millis = (System.nanoTime() - start) / 1_000_000;
                count(answer.status(), millis, answer.body());
                if (answer.status() == 303 && answer.location().orElse("").equals("/attempts/" + attempt)) {
                    recorded.add(attempt);
                } else {
                    failed.add(new Sent(rep, attempt, form, answer.status(), millis));
                }
            } catch (RuntimeException e) {
                refusedConnections.incrementAndGet();
                failed.add(new Sent(rep, attempt, form, 0, (System.nanoTime() - start) / 1_000_000));
                pause();
            }
        }
    }

    private void count(int status, long millis, String body) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        slowestMillis.accumulateAndGet(millis, Math::max);
        if (status >= 500 && errorBodies.size() < 5) {
            errorBodies.add(body);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The quiz form filled in: the signed hidden fields, the first option of every question (or "x" typed), "sure". */
    static Map<String, String> filled(Browser.Page quiz) {
        if (quiz.status() != 200) {
            return null;
        }
        Element form = quiz.html().selectFirst("form.quiz");
        if (form == null) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        Set<String> answered = new HashSet<>();
        for (Element input : form.select("input[name]")) {
            String name = input.attr("name");
            if (input.attr("type").equals("hidden")) {
                fields.put(name, input.val());
            } else if (name.matches("q\\d+") && answered.add(name)) {
                fields.put(name, input.attr("type").equals("text") ? "x" : input.val());
                fields.put("c" + name.substring(1), "sure");
            }
        }
        return fields.containsKey("attempt") ? fields : null;
    }

    /** What a JSON client got: status, body and how long it took; status 0 when no answer came within 15 s. */
    record JsonAnswer(int status, String body, long millis) {
    }

    /** The quiz form sent by a client that prefers JSON (and takes anything, as the route only makes HTML), with the rep's session and CSRF cookies. */
    static JsonAnswer jsonPost(Browser rep, String baseUrl, String path, Map<String, String> form) {
        String cookies = java.util.stream.Stream.of("CLOCKWISE_SESSION", "CLOCKWISE_CSRF")
                .map(name -> rep.cookie(name).map(java.net.HttpCookie::toString).orElseThrow())
                .collect(java.util.stream.Collectors.joining("; "));
        String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        long start = System.nanoTime();
        try {
            java.net.http.HttpResponse<String> answer = JSON_CLIENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path))
                    .header("Accept", "application/json, */*;q=0.5").header("Cookie", cookies)
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(java.time.Duration.ofSeconds(15))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new JsonAnswer(answer.statusCode(), answer.body(), (System.nanoTime() - start) / 1_000_000);
        } catch (java.io.IOException e) {
            return new JsonAnswer(0, e.toString(), (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final java.net.http.HttpClient JSON_CLIENT = java.net.http.HttpClient.newHttpClient();

    int count(int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    /** Stops the reps and waits for their last answers. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
    }

    /**
     * Sends every failed form again, exactly as it was, until it is answered 303 to its attempt;
     * returns how many were sent again. Fails after a minute without success.
     */
    int retryFailed(Function<Browser, Browser> sameRepOnServer) throws InterruptedException {
        int retried = 0;
        for (Sent sent : failed) {
            Browser rep = sameRepOnServer.apply(sent.rep());
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (true) {
                Browser.Page again = rep.postRaw(quizPath, sent.form());
                retried++;
                if (again.status() == 303 && again.location().orElse("").equals("/attempts/" + sent.attemptId())) {
                    recorded.add(sent.attemptId());
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("attempt " + sent.attemptId() + " sent again still answers " + again.status()
                            + ":\n" + again.body());
                }
                Thread.sleep(500);
            }
        }
        return retried;
    }

    String summary() {
        return "statuses " + statuses + ", refused connections " + refusedConnections + ", failed submits " + failed.size()
                + ", recorded " + recorded.size() + ", slowest answer " + slowestMillis + " ms";
    }
}
