package org.clockwise.core.plan;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Speed": {@link PlanStore} parses each stored plan text once. A second view gives the
 * same day, and a row whose items are changed in place shows the new items at once.
 */
class ParsedPlanCacheIT {

    private final Organisation org = Fixtures.anOrganisation();
    private final PlanService plans = CoreContext.bean(PlanService.class);
    private final PlanStore store = CoreContext.bean(PlanStore.class);

    @Test
    void aPlanChangedInPlaceIsShownWithItsNewItems() {
        Instant now = LocalDate.now(ZoneOffset.UTC).atTime(9, 0).toInstant(ZoneOffset.UTC);
        User rep = Fixtures.aUser(org, LocalDate.now(ZoneOffset.UTC).minusDays(100), "UTC", Role.REP);
        List<String> modules = Fixtures.publish(TestLibrary.create(), "parsed-one", "parsed-two");
        PlanService.Today first = plans.today(rep.id(), now);
        PlanService.Today again = plans.today(rep.id(), now.plusSeconds(1));
        assertEquals(first, again, "a second view, from the parsed plan");
        assertEquals(first, plans.peek(rep.id(), now.plusSeconds(1)));
        assertTrue(store.parsedPlans() > 0, "the plan's text was kept parsed");
        String lesson = first.lesson().item().moduleId();
        String other = modules.get(0).equals(lesson) ? modules.get(1) : modules.get(0);

        // The row's items rewritten in place (as tests and a hand repair may): no stale items.
        Db.transactions().executeWrite(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE daily_plans SET items = replace(items::text, ?, ?)::jsonb WHERE user_id = ?", ps -> {
                    ps.setString(1, "\"" + lesson + "\"");
                    ps.setString(2, "\"" + other + "\"");
                    ps.setLong(3, rep.id());
                    return ps.executeUpdate();
                }));

        PlanService.Today changed = plans.today(rep.id(), now.plusSeconds(2));
        assertEquals(other, changed.lesson().item().moduleId());
        assertNotEquals(first.lines(), changed.lines());
        assertEquals(plans.peek(rep.id(), now.plusSeconds(2)), changed);
    }
}
