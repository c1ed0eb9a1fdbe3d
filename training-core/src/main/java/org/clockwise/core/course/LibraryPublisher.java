package org.clockwise.core.course;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clockwise.content.Course;
import org.clockwise.content.LoadResult;
import org.clockwise.content.Problem;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes a validated library, all or nothing: new modules get version 1, changed ones the
 * next version, removed ones are retired; unchanged ones are left alone, so publishing the
 * same library twice changes nothing. A library with any problem publishes nothing (the
 * refusal is recorded so authors see why).
 */
@Singleton
public class LibraryPublisher {

    private final CourseStore store;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final CourseQueries queries;

    LibraryPublisher(CourseStore store, TransactionOperations<Connection> transactions, Clock clock, CourseQueries queries) {
        this.queries = queries;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PublishResult publish(LoadResult loaded, Path libraryRoot, PublishOrigin origin, @Nullable Long userId) {
        return publish(loaded, libraryRoot, origin, userId, null);
    }

    /**
     * Publishes one module of a validated library (and the catalog and assets it may need): the
     * rest of the folder stays as live as it was, and nothing is retired. The whole library must
     * still be free of problems.
     */
    public PublishResult publishModule(LoadResult loaded, Path libraryRoot, PublishOrigin origin, @Nullable Long userId,
                                       String courseId) {
        return publish(loaded, libraryRoot, origin, userId, courseId);
    }

    private PublishResult publish(LoadResult loaded, Path libraryRoot, PublishOrigin origin, @Nullable Long userId,
                                  @Nullable String only) {
        Instant now = clock.instant();
        List<LibraryAssets.Asset> assets = LibraryAssets.read(libraryRoot);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(LibraryAssets.tooLarge(assets));
        if (!problems.isEmpty()) {
            transactions.executeWrite(status -> store.recordRefusal(problems, origin, userId, now));
            return new PublishResult.Refused(List.copyOf(problems));
        }
        PublishResult result = transactions.executeWrite(status -> {
            store.lockPublishing();
            Map<String, CourseStore.LiveVersion> live = store.liveVersions();
            List<Course> added = new ArrayList<>();
            List<Course> changed = new ArrayList<>();
            Set<String> present = new HashSet<>();
            for (Course course : loaded.library().courses()) {
                present.add(course.id());
                if (only != null && !only.equals(course.id())) {
                    continue;
                }
                CourseStore.LiveVersion current = live.get(course.id());
                if (current == null) {
                    added.add(course);
                } else if (current.retired() || current.differsFrom(course)) {
                    changed.add(course);
                }
            }
            List<Problem> refused = new ArrayList<>();
            for (Course course : added) {
                refused.addAll(PublishPolicy.problems(course));
            }
            for (Course course : changed) {
                refused.addAll(PublishPolicy.problems(course));
            }
            if (!refused.isEmpty()) {
                status.setRollbackOnly();
                return new PublishResult.Refused(List.copyOf(refused));
            }
            List<String> retired = only != null ? List.<String>of() : live.values().stream()
                    .filter(v -> !v.retired() && !present.contains(v.courseId()))
                    .map(CourseStore.LiveVersion::courseId).sorted().toList();
            boolean catalogChanged = store.saveCatalog(loaded.library().catalog());
            boolean assetsChanged = store.saveAssets(assets, now);
            if (added.isEmpty() && changed.isEmpty() && retired.isEmpty()) {
                if (!catalogChanged && !assetsChanged) {
                    return new PublishResult.Unchanged();
                }
                long publicationId = store.insertPublication(origin, userId, now, 0, 0, 0);
                return new PublishResult.Published(publicationId, List.of(), List.of(), List.of());
            }
            long publicationId = store.insertPublication(origin, userId, now, added.size(), changed.size(), retired.size());
            for (Course course : added) {
                store.insertCourse(course.id(), now); // its pointer to version 1 is checked at commit
                store.insertVersion(publicationId, course, 1, now);
            }
            for (Course course : changed) {
                CourseStore.LiveVersion current = live.get(course.id());
                int version = current.version();
                if (current.differsFrom(course)) {
                    version++;
                    store.insertVersion(publicationId, course, version, now);
                }
                store.makeCurrent(course.id(), version, now); // also brings a retired module back
            }
            store.retire(retired, now);
            return new PublishResult.Published(publicationId, ids(added), ids(changed), retired);
        });
        // Committed (or rolled back): this instance reads the library afresh at once.
        queries.forget();
        if (result instanceof PublishResult.Refused refusal) {
            transactions.executeWrite(status -> store.recordRefusal(refusal.problems(), origin, userId, now));
        }
        return result;
    }

    private static List<String> ids(List<Course> courses) {
        return courses.stream().map(Course::id).toList();
    }
}
