package org.clockwise.core.plan;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Speed": an answer checks today's plan before it is recorded with the plan's own read
 * ({@link PlanStore#checkedPlan}), so only the check after the answer reads again.
 */
class PlanCheckIT {

    private final Organisation org = Fixtures.anOrganisation();
    private final PlanService plans = CoreContext.bean(PlanService.class);
    private final PlanStore store = CoreContext.bean(PlanStore.class);

    @Test
    void thePlanReadGivesWhatIsDoneAsTheDoneKeysReadDoesAndNothingOnceComplete() {
        User rep = Fixtures.aUser(org, LocalDate.now(ZoneOffset.UTC).minusDays(100), "UTC", Role.REP);
        String module = Fixtures.publish(TestLibrary.create(), "checked").get(0);
        LocalDate day = plans.today(rep.id()).day();
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();

        PlanStore.Checked open = Db.transactions().executeRead(s -> store.checkedPlan(rep.id(), day, dayStart)).orElseThrow();
        assertEquals(store.plan(rep.id(), day).orElseThrow(), open.stored());
        assertEquals(Set.of(), open.done(), "nothing done yet");

        Fixtures.takeQuiz(rep, module, Instant.now(), 30);
        PlanStore.Checked taken = Db.transactions().executeRead(s -> store.checkedPlan(rep.id(), day, dayStart)).orElseThrow();
        Set<String> done = Db.transactions().executeRead(s -> store.doneKeys(rep.id(), dayStart));
        assertEquals(done, taken.done());
        assertTrue(done.contains("L" + module) && done.contains("R" + module + "#1"), done.toString());

        assertTrue(plans.today(rep.id()).complete()); // stamps it
        PlanStore.Checked complete = Db.transactions().executeRead(s -> store.checkedPlan(rep.id(), day, dayStart)).orElseThrow();
        assertNull(complete.done(), "a complete plan needs no check");
        assertTrue(Db.transactions().executeRead(s -> store.checkedPlan(rep.id(), day.minusDays(1), dayStart)).isEmpty());
    }

    @Test
    void anAnswerToAPlanThatWasCompleteBeforeItStampsItButDidNotCompleteIt() {
        User rep = Fixtures.aUser(org, LocalDate.now(ZoneOffset.UTC).minusDays(100), "UTC", Role.REP);
        String module = Fixtures.publish(TestLibrary.create(), "before").get(0);
        plans.today(rep.id()); // the plan: this module's lesson
        Fixtures.takeQuiz(rep, module, Instant.now(), 30); // done outside an answer's plan check: not stamped yet
        assertEquals(0, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ? AND completed_at IS NOT NULL", rep.id()));

        assertFalse(plans.answering(rep.id(), () -> "another answer").completedPlan(), "complete before this answer");
        assertEquals(1, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ? AND completed_at IS NOT NULL", rep.id()),
                "stamped by the check before the answer");
    }
}
