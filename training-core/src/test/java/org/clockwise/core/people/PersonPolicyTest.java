package org.clockwise.core.people;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void blanksTakeTheDefaultsForANonRep() {
        Map<String, String> problems = new LinkedHashMap<>();
        PersonPolicy.Checked checked = PersonPolicy.check(new PersonPolicy.Input(" Ann ", "ann@example.com ", List.of("author"),
                "", List.of(), "", ""), TODAY, "Europe/Paris", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals("Ann", checked.name());
        assertEquals(Set.of(Role.AUTHOR), checked.roles());
        assertEquals(TODAY, checked.hireDate());
        assertEquals("Europe/Paris", checked.timeZone());
    }

    @Test
    void aRepNeedsATeamAndAHireDateAndOnlyManagersManage() {
        Map<String, String> problems = new LinkedHashMap<>();
        assertNull(PersonPolicy.check(new PersonPolicy.Input("Bo", "bo@example.com", List.of("REP"), "", List.of("4"), "", "UTC"),
                TODAY, "UTC", problems));
        assertEquals(Set.of("team", "hireDate", "manages"), problems.keySet());
    }

    @Test
    void offsetsAreNotIanaZones() {
        assertTrue(PersonPolicy.isIanaZone("America/New_York"));
        assertFalse(PersonPolicy.isIanaZone("+02:00"));
        assertFalse(PersonPolicy.isIanaZone("Mars/Olympus"));
    }
}
