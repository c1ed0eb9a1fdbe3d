package org.clockwise.web.learn;

import org.clockwise.web.security.Signatures;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The attempt id and serve time a quiz page carries, signed with the rep and the module
 * version, so a submit is recorded once under that id and timed honestly.
 */
record AttemptTicket(UUID attemptId, String courseId, int version, Instant servedAt) {

    private static final String PURPOSE = "attempt";

    static AttemptTicket mint(String courseId, int version, Instant now) {
        return new AttemptTicket(UUID.randomUUID(), courseId, version, now);
    }

    Map<String, String> fields(long userId, Signatures signatures) {
        return FormTicket.sign(PURPOSE, userId, Map.of("attempt", attemptId.toString(), "module", courseId,
                "version", Integer.toString(version), "served", Long.toString(servedAt.toEpochMilli())), signatures);
    }

    static Optional<AttemptTicket> read(Map<String, ?> form, long userId, String courseId, Signatures signatures) {
        return FormTicket.verify(PURPOSE, userId, form, List.of("attempt", "module", "version", "served"), signatures)
                .filter(f -> f.get("module").equals(courseId))
                .flatMap(f -> {
                    try {
                        return Optional.of(new AttemptTicket(UUID.fromString(f.get("attempt")), courseId,
                                Integer.parseInt(f.get("version")), Instant.ofEpochMilli(Long.parseLong(f.get("served")))));
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                });
    }
}
