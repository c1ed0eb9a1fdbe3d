package org.clockwise.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional `targets:` list of catalog.yml: input → bands, or → the problem and its line. */
class TargetsRulesTest {

    static final String SKILLS = """
            skills:
              - id: discovery-questioning
                name: Discovery questioning
              - id: negotiation
                name: Negotiation
            """;

    static CatalogParser.Parsed parse(String yaml, ProblemLog log) {
        return new CatalogParser().parse(SKILLS + yaml, log);
    }

    @Test
    void bandsAreReadWithDefaultsAndPerSkillTargets() {
        ProblemLog log = new ProblemLog("catalog.yml");
        Catalog catalog = parse("""
                targets:
                  - tenure-days: [0, 30]
                    default: 0.3
                    skills:
                      discovery-questioning: 0.5
                  - tenure-days: [31, null]
                    default: 0.7
                """, log).catalog();

        assertTrue(log.problems().isEmpty(), log.problems().toString());
        assertEquals(List.of(new TargetBand(0, 30, 0.3, Map.of("discovery-questioning", 0.5)),
                new TargetBand(31, null, 0.7, Map.of())), catalog.targets());
    }

    @Test
    void noTargetsMeansThePlatformDefaults() {
        ProblemLog log = new ProblemLog("catalog.yml");
        assertEquals(List.of(), parse("", log).catalog().targets());
        assertTrue(log.problems().isEmpty());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "  - tenure-days: [0, null]\\n    default: 1.5                                                   | 8 | a proportion between 0 and 1",
            "  - tenure-days: [0, null]\\n    default: 0.5\\n    skills:\\n      discovery: 0.5               | 10 | unknown skill `discovery`",
            "  - tenure-days: [0, null]\\n    default: 0.5\\n    skills:\\n      negotiation: high            | 10 | target for `negotiation` must be a proportion",
            "  - tenure-days: [5, null]\\n    default: 0.5                                                   | 7 | gap in `targets`: no band covers day 0",
            "  - tenure-days: [0, 30]\\n    default: 0.5\\n  - tenure-days: [20, null]\\n    default: 0.6    | 9 | overlap in `targets`",
            "  - tenure-days: [0, 30]\\n    default: 0.5                                                   | 6 | the last target band must be open-ended",
            "  - tenure-days: [0, null]\\n    default: 0.5\\n    goal: 0.9                                      | 9 | unknown key `goal` in `targets`",
            "  - default: 0.5                                                                              | 7 | a target band needs `tenure-days"})
    void eachMistakeIsReportedWithItsLine(String band, int line, String message) {
        ProblemLog log = new ProblemLog("catalog.yml");
        parse("targets:\n  " + band.replace("\\n", "\n") + "\n", log);

        assertTrue(log.problems().stream().anyMatch(p -> p.line() == line && p.message().contains(message)),
                () -> "expected line " + line + " '" + message + "' in " + log.problems());
    }

    @Test
    void theSkillIdsOfTheCatalogAreTheOnlyOnesAccepted() {
        ProblemLog log = new ProblemLog("catalog.yml");
        CatalogParser.Parsed parsed = parse("", log);
        assertEquals(Set.of("discovery-questioning", "negotiation"), parsed.skills());
    }
}
