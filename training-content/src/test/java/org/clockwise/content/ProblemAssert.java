package org.clockwise.content;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on problems that print every problem found when they fail. */
final class ProblemAssert {

    private ProblemAssert() {
    }

    static void assertProblem(LoadResult result, String path, int line, String fragment) {
        boolean found = result.problems().stream()
                .anyMatch(p -> p.path().equals(path) && p.line() == line && p.message().contains(fragment));
        if (!found) {
            fail("expected " + path + ":" + line + ": …" + fragment + "…, found:\n" + all(result));
        }
    }

    static void assertNoProblemContaining(LoadResult result, String fragment) {
        assertTrue(result.problems().stream().noneMatch(p -> p.message().contains(fragment)),
                () -> "no problem should contain '" + fragment + "', found:\n" + all(result));
    }

    static void assertClean(LoadResult result) {
        if (!result.isClean()) {
            fail("expected no problems, found:\n" + all(result));
        }
    }

    static String all(LoadResult result) {
        return result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
