package org.clockwise.web.learn;

import org.clockwise.core.db.Signatures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The attempt id and serve time a quiz page carries, signed with the rep and the module
 * version, so a submit is recorded once under that id and timed honestly. The id is derived, not
 * random: the rep's n-th take of a module version always gets the same id, so a reload or Back
 * serves the same attempt and submitting that page again lands on the attempt already recorded.
 */
record AttemptTicket(UUID attemptId, String courseId, int version, Instant servedAt) {

    private static final String PURPOSE = "attempt";

    static AttemptTicket mint(UUID attemptId, String courseId, int version, Instant now) {
        return new AttemptTicket(attemptId, courseId, version, now);
    }

    /**
     * The id of the rep's {@code take}-th attempt at a module version: keyed with the server's
     * secret, so nobody can compute another rep's ids, and the same on every server instance.
     */
    static UUID attemptId(long userId, String courseId, int version, int take, Signatures signatures) {
        String mac = signatures.sign("attempt-id:" + userId + ":" + courseId + ":" + version + ":" + take);
        return UUID.nameUUIDFromBytes(mac.getBytes(StandardCharsets.US_ASCII));
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
