package org.clockwise.web.health;

import org.clockwise.web.testing.RawHttp;
import org.clockwise.web.testing.SecondServer;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthIT {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*", "text/plain", "text/html,application/xhtml+xml,*/*;q=0.8"})
    void answers200WithoutDetailsForAnyAccept(String accept) {
        TestServer.get();
        HttpResponse<String> answer = RawHttp.send("GET", "/health", accept, null, null);

        assertEquals(200, answer.statusCode(), answer.body());
        String body = answer.body().toLowerCase();
        for (String detail : new String[] {"jdbc", "postgres", "user=", "version", "disk", "free", "details"}) {
            assertFalse(body.contains(detail), "health shows " + detail + ": " + answer.body());
        }
    }

    @Test
    void answersHead() {
        TestServer.get();
        assertEquals(200, RawHttp.send("HEAD", "/health", null, null, null).statusCode());
        assertEquals(200, RawHttp.send("HEAD", "/health", "*/*", null, null).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health/liveness", "/health/readiness", "/flyway", "/info", "/beans", "/env", "/loggers",
            "/routes", "/threaddump", "/refresh", "/stop"})
    void noOtherManagementEndpointAnswers(String path) {
        TestServer.get();
        HttpResponse<String> answer = RawHttp.send("GET", path, "application/json", null, null);
        assertTrue(answer.statusCode() == 404 || answer.statusCode() == 401, path + " answered " + answer.statusCode());
        assertFalse(answer.body().contains("jdbc"), answer.body());
    }

    @Test
    void answers503WhileTheDatabaseIsAway() throws Exception {
        try (SecondServer second = new SecondServer(Map.of())) {
            assertEquals(200, RawHttp.sendTo(second.url(), "GET", "/health", "*/*", null, null).statusCode());

            second.database.close();
            int status = 0;
            for (int i = 0; i < 40 && status != 503; i++) {
                Thread.sleep(250);
                status = RawHttp.sendTo(second.url(), "GET", "/health", "*/*", null, null).statusCode();
            }
            assertEquals(503, status);
            HttpResponse<String> head = RawHttp.sendTo(second.url(), "HEAD", "/health", null, null, null);
            assertEquals(503, head.statusCode());
        }
    }
}
