package org.clockwise.content;

import java.util.List;
import java.util.Objects;

/**
 * What {@link LibraryLoader} found: the library as far as it could be read, and every problem.
 *
 * @param library  the library; modules without a valid id are left out
 * @param problems every problem in the library, ordered by path and line
 */
public record LoadResult(Library library, List<Problem> problems) {

    public LoadResult {
        Objects.requireNonNull(library, "library");
        problems = List.copyOf(problems);
    }

    /** True when there are no problems: only then may the library be published. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** How many different files have problems. */
    public long filesWithProblems() {
        return problems.stream().map(Problem::path).distinct().count();
    }

    /** The problems in one file. */
    public List<Problem> problemsIn(String path) {
        return problems.stream().filter(p -> p.path().equals(path)).toList();
    }
}
