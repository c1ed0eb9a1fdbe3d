package org.clockwise.content;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded content library: its catalog and its modules.
 *
 * <p>A library loaded with problems still holds every module that has a valid id, so an editor
 * can preview it; publish only a library whose {@link LoadResult#isClean()} is true.
 *
 * @param catalog the catalog
 * @param courses the modules, ordered by path; ids are unique
 */
public record Library(Catalog catalog, List<Course> courses) {

    public Library {
        Objects.requireNonNull(catalog, "catalog");
        courses = List.copyOf(courses);
        Set<String> ids = new HashSet<>();
        for (Course course : courses) {
            if (!ids.add(course.id())) {
                throw new IllegalArgumentException("duplicate module id: " + course.id());
            }
        }
    }

    /** The module with this id. */
    public Optional<Course> course(String id) {
        return courses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The module loaded from this path (relative to the library, forward slashes). */
    public Optional<Course> courseAt(String path) {
        return courses.stream().filter(c -> c.path().equals(path)).findFirst();
    }

    /** Total minutes of all modules. */
    public int totalMinutes() {
        return courses.stream().mapToInt(Course::minutes).sum();
    }
}
