package org.clockwise.core.course;

import jakarta.inject.Singleton;
import org.clockwise.content.Course;
import org.clockwise.content.LibraryLoader;
import org.clockwise.content.LoadResult;
import org.clockwise.content.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What authors do without git: check a module in the context of the whole library, write it
 * back into the library folder as Markdown, and publish. A module with problems is never
 * written; a write whose publish fails is rolled back, so folder and database agree.
 */
@Singleton
public class LibraryEditing {

    /** Where modules may be written: below modules/, a .md file, plain names. */
    static final Pattern MODULE_PATH = Pattern.compile("modules/([a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_-]*\\.md");

    private final LibraryLocation location;
    private final LibraryPublisher publisher;
    private final CourseQueries courses;
    private final LibraryLoader loader = new LibraryLoader();
    private final LibraryPreload preload;

    LibraryEditing(LibraryLocation location, LibraryPublisher publisher, CourseQueries courses, LibraryPreload preload) {
        this.location = location;
        this.preload = preload;
        this.publisher = publisher;
        this.courses = courses;
    }

    /** The result of checking one file in the context of the library. */
    public record Check(LoadResult result, String path, Optional<Course> course) {
        public List<Problem> fileProblems() {
            return result.problemsIn(path);
        }

        public List<Problem> otherProblems() {
            return result.problems().stream().filter(p -> !p.path().equals(path)).toList();
        }

        public boolean isClean() {
            return result.isClean();
        }
    }

    /** What happened to an edit the author asked to publish. */
    public sealed interface Outcome {
        record Done(Check check, PublishResult result) implements Outcome {
        }

        /** Problems in the file (or elsewhere in the library): nothing written, nothing published. */
        record Invalid(Check check) implements Outcome {
        }

        /** The file changed on disk since the editor was opened (another author, a git pull). */
        record Conflict(Check check, String currentSource) implements Outcome {
        }
    }

    public Path folder() {
        return location.folder();
    }

    public PublishResult publishFolder(PublishOrigin origin, Long userId) {
        synchronized (this) {
            // The start's publish uses the folder as read while the schema was migrated (LibraryPreload, issue 13, first start).
            LoadResult loaded = origin == PublishOrigin.STARTUP ? preload.take(folder()).orElseGet(() -> loader.load(folder()))
                    : loader.load(folder());
            return publisher.publish(loaded, folder(), origin, userId);
        }
    }

    public Check check(String path, String markdown) {
        String normalized = checkPath(path);
        LoadResult result = loader.loadWithOverride(folder(), normalized, markdown);
        return new Check(result, normalized, result.library().courseAt(normalized));
    }

    /** The file as it is in the folder now, or empty for a new one. */
    public Optional<String> currentSource(String path) {
        Path file = folder().resolve(checkPath(path));
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version stamp an editor carries: the hash of the file as opened ("" for a new file). */
    public static String stamp(Optional<String> source) {
        return source.map(s -> LibraryAssets.sha256(s.getBytes(StandardCharsets.UTF_8))).orElse("");
    }

    /**
     * Checks, writes and publishes one module file.
     *
     * @param baseStamp {@link #stamp} of the file when the editor was opened, so a change made
     *                  meanwhile (another author, a git pull) is not silently overwritten
     */
    public Outcome save(String path, String markdown, String baseStamp, PublishOrigin origin, Long userId) {
        synchronized (this) {
            Check check = check(path, markdown);
            Optional<String> before = currentSource(check.path());
            String content = normalizeNewlines(markdown);
            boolean untouchedSinceOpened = stamp(before).equals(baseStamp == null ? "" : baseStamp);
            boolean alreadySaved = before.map(content::equals).orElse(false);
            if (!untouchedSinceOpened && !alreadySaved) {
                return new Outcome.Conflict(check, before.orElse(""));
            }
            if (!check.isClean()) {
                return new Outcome.Invalid(check);
            }
            Path file = folder().resolve(check.path());
            String courseId = check.course().map(Course::id).orElseThrow();
            write(file, content);
            try {
                // Just this module: other changes in the folder (a git pull) wait for a folder publish.
                PublishResult result = publisher.publishModule(loader.load(folder()), folder(), origin, userId, courseId);
                if (result instanceof PublishResult.Refused) {
                    restore(file, before);
                }
                return new Outcome.Done(check, result);
            } catch (RuntimeException e) {
                restore(file, before);
                throw e;
            }
        }
    }

    /**
     * Publishes the text of an old version again, as the next version, at the module's current
     * path; history stays. Empty when the module or version does not exist.
     */
    public Optional<Outcome> restore(String courseId, int version, Long userId) {
        Optional<PublishedCourse> old = courses.version(courseId, version);
        Optional<PublishedCourse> live = courses.live(courseId);
        if (old.isEmpty() || live.isEmpty()) {
            return Optional.empty();
        }
        String path = live.get().sourcePath();
        synchronized (this) {
            return Optional.of(save(path, old.get().source(), stamp(currentSource(path)), PublishOrigin.RESTORE, userId));
        }
    }

    /** Where an uploaded file goes: over the module file of the same name, else under modules/. */
    public String uploadPath(String fileName) {
        Path given = fileName == null || fileName.isBlank() ? null : Path.of(fileName).getFileName(); // "/" has no file name
        String name = given == null ? "" : given.toString().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9_-]*\\.md")) {
            throw new IllegalArgumentException("an uploaded module must be a .md file named with lower-case letters, digits, "
                    + "'-' or '_' (got \"" + fileName + "\")");
        }
        LoadResult current = loader.load(folder());
        return current.library().courses().stream().map(Course::path)
                .filter(p -> p.endsWith("/" + name)).findFirst().orElse("modules/" + name);
    }

    static String checkPath(String path) {
        String p = path == null ? "" : path.trim().replace('\\', '/');
        if (!MODULE_PATH.matcher(p).matches()) {
            throw new IllegalArgumentException("a module file must live under modules/ and end in .md, using lower-case "
                    + "letters, digits, '-' and '_' (got \"" + path + "\")");
        }
        return p;
    }

    static String normalizeNewlines(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        return unix.endsWith("\n") ? unix : unix + "\n";
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".edit-", ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void restore(Path file, Optional<String> before) {
        try {
            if (before.isPresent()) {
                write(file, before.get());
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file, e);
        }
    }
}
