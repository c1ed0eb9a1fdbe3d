package org.clockwise.core.summary;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryPublisher;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily_activity rollup follows every attempt, by the rep's local day, and its check finds and repairs drift. */
class ActivityRollupStoreIT {

    @Test
    void attemptsLandOnTheRepsLocalDayAndTheCheckAgreesThenCatchesDrift() {
        Organisation org = Fixtures.anOrganisation();
        // 23:30 UTC is already tomorrow in Tokyo: the rollup must count it on the Tokyo day.
        User rep = Fixtures.aUser(org, LocalDate.now().minusDays(50), "Asia/Tokyo", Role.REP);
        TestLibrary library = TestLibrary.create();
        String module = "rollup-" + Fixtures.unique().replace("-", "");
        library.module(module);
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
        Instant submitted = LocalDate.now().minusDays(3).atTime(23, 30).atZone(ZoneId.of("UTC")).toInstant();
        AttemptRecorder recorder = CoreContext.bean(AttemptRecorder.class);
        for (int i = 0; i < 2; i++) {
            recorder.record(new Submission(UUID.randomUUID(), rep.id(), module, 1, submitted.minusSeconds(100), Map.of(
                    1, new QuizGrading.Answer(Set.of("b"), "")), Map.of()), submitted);
        }
        LocalDate tokyoDay = submitted.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate();

        assertEquals(2, Db.count("SELECT lessons FROM daily_activity WHERE user_id = ? AND day = ?", rep.id(), Date.valueOf(tokyoDay)));
        assertEquals(200, Db.count("SELECT seconds FROM daily_activity WHERE user_id = ? AND day = ?", rep.id(), Date.valueOf(tokyoDay)));
        ActivityRollupStore rollup = CoreContext.bean(ActivityRollupStore.class);
        LocalDate since = LocalDate.now().minusDays(10);
        assertTrue(Db.transactions().executeRead(s -> rollup.check(since)).stream().noneMatch(d -> d.userId() == rep.id()));

        Db.transactions().executeWrite(s -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE daily_activity SET lessons = 7 WHERE user_id = ?", ps -> {
                    ps.setLong(1, rep.id());
                    return ps.executeUpdate();
                }));
        List<ActivityRollupStore.Drift> drift = Db.transactions().executeRead(s -> rollup.check(since)).stream()
                .filter(d -> d.userId() == rep.id()).toList();
        assertEquals(1, drift.size());
        assertEquals(tokyoDay, drift.get(0).day());

        Db.transactions().executeWrite(s -> rollup.repair(since));
        assertEquals(2, Db.count("SELECT lessons FROM daily_activity WHERE user_id = ? AND day = ?", rep.id(), Date.valueOf(tokyoDay)));
        assertTrue(Db.transactions().executeRead(s -> rollup.check(since)).isEmpty());
    }
}
