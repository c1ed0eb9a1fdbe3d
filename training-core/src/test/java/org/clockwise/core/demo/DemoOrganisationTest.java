package org.clockwise.core.demo;

import org.clockwise.content.Course;
import org.clockwise.content.Library;
import org.clockwise.content.LibraryLoader;
import org.clockwise.content.QuestionType;
import org.clockwise.core.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoOrganisationTest {

    @Test
    void theHashMadeInAdvanceIsBcryptOfThePublishedPassword() {
        // issue 13, first start: no bcrypt at start; the hash must follow the password if it ever changes
        assertTrue(new BCryptPasswordEncoder().matches(DemoOrganisation.PASSWORD, DemoOrganisation.PASSWORD_HASH));
        assertTrue(DemoOrganisation.PASSWORD_HASH.startsWith("$2a$12$"), "the configured default cost");
    }

    @Test
    void theDemoCastCoversEveryRoleAndASpreadOfTenures() {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        DemoOrganisation.PEOPLE.forEach(p -> p.roles().forEach(r -> counts.merge(r, 1, Integer::sum)));
        assertEquals(1, counts.get(Role.ADMIN));
        assertTrue(counts.get(Role.AUTHOR) >= 1);
        assertEquals(3, counts.get(Role.MANAGER), "two team managers and the manager of a sub-team");
        assertTrue(counts.get(Role.REP) >= 20);
        int newest = DemoOrganisation.PEOPLE.stream().filter(p -> p.roles().contains(Role.REP)).mapToInt(DemoOrganisation.Person::daysSinceHire).min().orElseThrow();
        int oldest = DemoOrganisation.PEOPLE.stream().filter(p -> p.roles().contains(Role.REP)).mapToInt(DemoOrganisation.Person::daysSinceHire).max().orElseThrow();
        assertTrue(newest <= 7, "someone hired last week");
        assertTrue(oldest >= 1090 && oldest <= 1100, "someone hired three years ago");
        assertEquals(3, DemoOrganisation.PEOPLE.stream().filter(p -> p.roles().contains(Role.REP)).map(DemoOrganisation.Person::team).distinct().count());
        assertEquals("Enterprise East", DemoOrganisation.PARENTS.get(DemoOrganisation.STRATEGIC), "the sub-team sits under a team with its own reps");
    }

    @Test
    void theQuestionTheDemoRepsKeepMissingIsInTheBundledLibrary() {
        // In the running demo (84 days of history) it is a leech for most reps; it must not vanish silently
        // when the library changes.
        Library library = new LibraryLoader().load(Path.of("..", "content-library")).library();
        Course course = library.courses().stream().filter(c -> c.id().equals(DemoHistory.TRICKY_MODULE)).findFirst().orElseThrow();
        assertTrue(course.quiz().questions().stream().anyMatch(q -> q.index() == DemoHistory.TRICKY_QUESTION
                && q.type() == QuestionType.MULTIPLE), "an all-or-nothing question: " + course.quiz());
        assertTrue(DemoHistory.TRICKY_RIGHT < 0.5);
    }
}
