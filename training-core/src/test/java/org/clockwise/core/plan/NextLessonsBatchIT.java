package org.clockwise.core.plan;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 (team dashboard, speed): {@link PlanService#nextLessonsInBatch} reads each input once
 * for all reps and gives what {@link PlanService#nextLessons}, the per-rep reference, gives, for
 * reps in every state the coaching list shows: no plan yet, today's lesson open, today's lesson
 * done (the next is tomorrow's), more reviews due than the lesson leaves room for, an open
 * assignment, and a team with its own desired retention.
 */
class NextLessonsBatchIT {

    private final Organisation org = Fixtures.anOrganisation();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final PlanService plans = CoreContext.bean(PlanService.class);

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }

    private User rep() {
        return Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
    }

    @Test
    void theBatchGivesWhatThePerRepReferenceGives() {
        List<String> modules = Fixtures.publish(TestLibrary.create(), "one", "two", "three");
        Instant now = at(today, 10, 0);
        User fresh = rep();
        User open = rep();
        plans.today(open.id(), at(today, 8, 0));
        User done = rep();
        String first = plans.today(done.id(), at(today, 8, 0)).lesson().item().moduleId();
        Fixtures.takeQuiz(done, first, at(today, 8, 5), 30);
        User reviewing = rep();
        Fixtures.takeQuiz(reviewing, modules.get(0), at(today.minusDays(9), 8, 0), 30);
        Fixtures.takeQuiz(reviewing, modules.get(1), at(today.minusDays(9), 9, 0), 30);
        Db.transactions().executeWrite(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE review_items SET due = ? WHERE user_id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(at(today.minusDays(1), 8, 0)));
                    ps.setLong(2, reviewing.id());
                    return ps.executeUpdate();
                }));
        User assigned = rep();
        User manager = Fixtures.aUser(org, Role.MANAGER);
        CoreContext.bean(AssignmentStore.class).save(manager.id(), List.of(assigned.id()), modules.get(2), today.plusDays(3), now);
        User strict = rep();
        Fixtures.takeQuiz(strict, modules.get(0), at(today.minusDays(3), 8, 0), 30);
        long team = Fixtures.aTeam(org, manager, strict, assigned).id();
        CoreContext.bean(TeamStore.class).setDesiredRetention(team, new BigDecimal("0.95"));
        List<Long> ids = List.of(fresh.id(), open.id(), done.id(), reviewing.id(), assigned.id(), strict.id());

        Map<Long, NextLesson> reference = plans.nextLessons(ids, now);
        Map<Long, NextLesson> batch = plans.nextLessonsInBatch(ids, now);

        for (long id : ids) {
            assertEquals(reference.get(id), batch.get(id), "next lesson of rep " + id);
        }
        assertEquals(reference.keySet(), batch.keySet());
        // The states are what they claim to be, so the comparison covers them.
        assertTrue(batch.get(done.id()).tomorrow(), "today's lesson is done: the next is tomorrow's");
        assertNotNull(batch.get(open.id()).lesson());
        assertNull(batch.get(reviewing.id()).lesson(), "reviews fill the day");
        assertNotNull(batch.get(reviewing.id()).note());
        assertEquals(modules.get(2), batch.get(assigned.id()).lesson().moduleId(), "the assignment leads");
        assertEquals(Map.of(), plans.nextLessonsInBatch(List.of(), now));
        assertThrows(NoSuchElementException.class, () -> plans.nextLessonsInBatch(List.of(fresh.id(), -1L), now),
                "an unknown rep fails as in the reference");
    }
}
