package org.clockwise.core.plan;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reasons are keys and arguments; every key the planner has is listed, so the web can check its message files. */
class ReasonTest {

    @Test
    void everyKeyConstantIsListed() throws IllegalAccessException {
        List<Field> constants = Arrays.stream(Reasons.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList();
        assertTrue(constants.size() >= 16, "found the key constants: " + constants.size());
        for (Field constant : constants) {
            String key = (String) constant.get(null);
            assertTrue(Reason.keys().contains(key), constant.getName() + " = " + key + " is missing from Reasons.KEYS");
            // plan.note.*: why a day has no new lesson (PlanPolicy), shown like a reason.
            assertTrue(key.startsWith("plan.reason.") || key.startsWith("plan.note."), key);
        }
        assertTrue(Reason.keys().contains(Reason.STORED));
    }

    @Test
    void aStoredTextIsTheOneArgumentOfTheStoredKey() {
        Reason stored = Reason.stored("Day 12 of your first 30 days");
        assertEquals("plan.reason.stored", stored.key());
        assertEquals(List.of("Day 12 of your first 30 days"), stored.args());
    }

    @Test
    void aReasonNeedsAKeyAndKeepsItsArgumentsUnchanged() {
        assertThrows(IllegalArgumentException.class, () -> new Reason(" ", List.of()));
        assertThrows(NullPointerException.class, () -> new Reason(null, List.of()));
        assertThrows(UnsupportedOperationException.class, () -> new Reason("plan.reason.new", List.of("a")).args().add("b"));
    }

    @Test
    void onlyAGapReasonNamesTheSkillItClosesAGapIn() {
        for (String key : List.of("plan.reason.gap", "plan.reason.gap.persona", "plan.reason.gap.phase", "plan.reason.gap.both")) {
            assertEquals(Optional.of("Discovery questioning"),
                    new Reason(key, List.of("Discovery questioning", "35", "70", "CFO", "Decision")).gapSkillName(), key);
        }
        assertEquals(Optional.empty(), new Reason("plan.reason.track.first", List.of("12", "first 30 days")).gapSkillName());
        assertEquals(Optional.empty(), new Reason("plan.reason.assigned.today", List.of("Maya Okafor")).gapSkillName());
        assertEquals(Optional.empty(), new Reason("plan.reason.new", List.of("Discovery questioning")).gapSkillName());
        assertEquals(Optional.empty(), Reason.stored("Discovery questioning is at 35%, target 70%").gapSkillName());
    }
}
