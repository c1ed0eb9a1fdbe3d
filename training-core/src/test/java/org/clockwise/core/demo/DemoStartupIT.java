package org.clockwise.core.demo;

import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** issue 13 (first start ≤ 10 s): the demo organisation and its history are written together, in one transaction. */
class DemoStartupIT {

    @Test
    void aFirstStartStoppedDuringTheHistoryLeavesNoDemoOrganisationBehind() {
        DemoStartup startup = CoreContext.bean(DemoStartup.class);
        long organisations = Db.count("SELECT count(*) FROM organisations WHERE demo");
        long people = Db.count("SELECT count(*) FROM users WHERE email LIKE '%@demo.clockwise.test'");

        IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> startup.load(LocalDate.now(), reps -> {
            assertFalse(reps.isEmpty(), "the history gets the demo's reps");
            throw new IllegalStateException("stopped during the history");
        }));

        assertEquals("stopped during the history", stopped.getMessage());
        // Otherwise the next start would find the demo organisation and never give it its history.
        assertEquals(organisations, Db.count("SELECT count(*) FROM organisations WHERE demo"));
        assertEquals(people, Db.count("SELECT count(*) FROM users WHERE email LIKE '%@demo.clockwise.test'"));
    }
}
