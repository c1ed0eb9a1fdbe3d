package org.clockwise.core.course;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.clockwise.content.Course;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Drafts: an author saves an edit without reps seeing it, previews and answers it, then
 * publishes just that module. A draft lives in the database, not in the library folder, so
 * neither a folder publish nor a restart puts it in front of reps.
 */
@Singleton
public class ModuleDrafts {

    /**
     * A saved draft.
     *
     * @param courseId  the id its text declares, when it parses that far
     * @param baseStamp the stamp of the library file the edit started from ("" for a new file)
     */
    public record Draft(long id, String path, @Nullable String courseId, String markdown, String baseStamp, String savedBy,
                        Instant savedAt) {
    }

    private final DraftStore store;
    private final LibraryEditing editing;
    private final Clock clock;

    ModuleDrafts(DraftStore store, LibraryEditing editing, Clock clock) {
        this.store = store;
        this.editing = editing;
        this.clock = clock;
    }

    /** Saves a draft, problems and all (a draft may be unfinished); throws for a path outside modules/. */
    public long save(String path, String markdown, String baseStamp, Long userId) {
        LibraryEditing.Check check = editing.check(path, markdown);
        String courseId = check.course().map(Course::id).orElse(null);
        return store.save(check.path(), courseId, LibraryEditing.normalizeNewlines(markdown), baseStamp, userId, clock.instant());
    }

    public Optional<Draft> find(long id) {
        return store.find(id);
    }

    public Optional<Draft> forPath(String path) {
        return store.forPath(path);
    }

    public List<Draft> all() {
        return store.all();
    }

    public LibraryEditing.Check check(Draft draft) {
        return editing.check(draft.path(), draft.markdown());
    }

    /** Publishes the draft's module alone; a published (or already identical) module's draft is deleted. */
    public LibraryEditing.Outcome publish(Draft draft, Long userId) {
        LibraryEditing.Outcome outcome = editing.save(draft.path(), draft.markdown(), draft.baseStamp(), PublishOrigin.EDITOR, userId);
        if (outcome instanceof LibraryEditing.Outcome.Done done && !(done.result() instanceof PublishResult.Refused)) {
            store.delete(draft.id());
        }
        return outcome;
    }

    public void discard(long id) {
        store.delete(id);
    }
}
