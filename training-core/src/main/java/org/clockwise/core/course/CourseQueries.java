package org.clockwise.core.course;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.content.Option;
import org.clockwise.content.Problem;
import org.clockwise.content.Question;
import org.clockwise.content.QuestionType;
import org.clockwise.content.Quiz;
import org.clockwise.core.db.JsonColumns;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the published library: what is live, any version by number, the catalog, the last refusal. */
@Singleton
@Connectable
public class CourseQueries {

    private final JdbcOperations jdbc;
    private final JsonColumns json;

    CourseQueries(JdbcOperations jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }


    /**
     * How long this instance serves the published library from memory before asking the database
     * (one small query) whether a publication happened since, on another instance. A publication
     * on this instance counts here at once ({@link #forget}).
     */
    public static final Duration RECHECK = Duration.ofSeconds(2);
    private static final int MAX_VERSIONS = 256;

    /**
     * The published library as of publication {@code stamp} (issue 13, "Speed"): every page reads
     * it, and it changes only when a publication commits. Versions are immutable once published;
     * {@code versions} keeps those asked for (bounded), with the retired flag of this snapshot.
     */
    private record Snapshot(long stamp, long checkedAtNanos, List<CourseSummary> all, Map<String, CourseSummary> byId,
                            CatalogView catalog, List<TrackInfo> tracks, Map<String, PublishedCourse> versions) {
        Snapshot checkedAt(long nanos) {
            return new Snapshot(stamp, nanos, all, byId, catalog, tracks, versions);
        }
    }

    private final Object lock = new Object();
    private volatile Snapshot snapshot;
    private long generation;

    /** Every module ever published, live version first in catalog-friendly order; retired ones last. */
    public List<CourseSummary> all() {
        return snapshot().all();
    }

    /**
     * The latest publication this instance serves (refused ones too; rechecked every {@link #RECHECK}):
     * a stamp for anything derived from the published library, dropped when it moves.
     */
    public long publication() {
        return snapshot().stamp();
    }

    public CatalogView catalog() {
        return snapshot().catalog();
    }

    /** Tenure tracks in catalog order, with their day ranges. */
    public List<TrackInfo> tracks() {
        return snapshot().tracks();
    }

    /** A given version, or the live one when {@code version} is null. */
    public Optional<PublishedCourse> version(String id, Integer version) {
        Snapshot s = snapshot();
        int v;
        if (version == null) {
            CourseSummary live = s.byId().get(id);
            if (live == null) {
                return Optional.empty();
            }
            v = live.version();
        } else {
            v = version;
        }
        String key = id + "#" + v;
        PublishedCourse cached = s.versions().get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PublishedCourse> loaded = load(id, v);
        if (loaded.isPresent() && s.versions().size() < MAX_VERSIONS) {
            s.versions().put(key, loaded.get());
        }
        return loaded;
    }

    /**
     * The publication the library held in memory is as of: it changes when a publication commits
     * (on this instance at once, on another within {@link #RECHECK}). Caches of what a publication
     * writes, such as the target bands, key on it (issue 13, "Speed").
     */
    public long stamp() {
        return snapshot().stamp();
    }

    public Quiz quiz(String id, int version) {
        return version(id, version).map(PublishedCourse::quiz).orElseGet(Quiz::empty);
    }

    /** Forgets the library held in memory: a publication has committed on this instance. */
    void forget() {
        synchronized (lock) {
            generation++;
            snapshot = null;
        }
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s != null && now - s.checkedAtNanos() < RECHECK.toNanos()) {
            return s;
        }
        long started;
        synchronized (lock) {
            started = generation;
        }
        // The stamp is read before the library, so what is kept is never older than its stamp says.
        long stamp = readStamp();
        Snapshot next;
        if (s != null && s.stamp() == stamp) {
            next = s.checkedAt(now);
        } else {
            List<CourseSummary> all = List.copyOf(loadAll());
            Map<String, CourseSummary> byId = new HashMap<>();
            all.forEach(c -> byId.put(c.id(), c));
            next = new Snapshot(stamp, now, all, Map.copyOf(byId), loadCatalog(), List.copyOf(loadTracks()), new ConcurrentHashMap<>());
        }
        synchronized (lock) {
            if (generation == started) { // not when a publication was forgotten while this one loaded
                snapshot = next;
            }
        }
        return next;
    }

    /** The latest publication (refused ones too): every change to the published library adds one. */
    private long readStamp() {
        return jdbc.prepareStatement("SELECT coalesce(max(id), 0) FROM publications", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<CourseSummary> loadAll() {
        return jdbc.prepareStatement("""
                SELECT c.id, v.version, v.title, v.summary, v.skills, v.phases, v.personas, v.level, v.track, v.track_order,
                       v.requires, v.minutes, (SELECT count(*) FROM questions q WHERE q.course_id = v.course_id AND q.version = v.version),
                       c.last_published_at, c.retired_at IS NOT NULL
                FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.current_version
                ORDER BY c.retired_at IS NOT NULL, v.track NULLS LAST, v.track_order NULLS LAST, v.title""", ps -> {
            List<CourseSummary> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new CourseSummary(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            texts(rs, 5), texts(rs, 6), texts(rs, 7), rs.getString(8), rs.getString(9),
                            (Integer) rs.getObject(10), texts(rs, 11), rs.getInt(12), rs.getInt(13), rs.getTimestamp(14).toInstant(),
                            rs.getBoolean(15)));
                }
            }
            return list;
        });
    }

    public Optional<PublishedCourse> live(String id) {
        return version(id, null);
    }

    private Optional<PublishedCourse> load(String id, int version) {
        Optional<PublishedCourse> course = jdbc.prepareStatement("""
                SELECT v.course_id, v.version, v.title, v.summary, v.skills, v.phases, v.personas, v.minutes, v.lesson_html,
                       v.source_path, v.source_markdown, v.published_at, c.retired_at IS NOT NULL
                FROM course_versions v JOIN courses c ON c.id = v.course_id
                WHERE v.course_id = ? AND v.version = ?""", ps -> {
            ps.setString(1, id);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<PublishedCourse>empty();
                }
                return Optional.of(new PublishedCourse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        texts(rs, 5), texts(rs, 6), texts(rs, 7), rs.getInt(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), Quiz.empty(), rs.getTimestamp(12).toInstant(), rs.getBoolean(13)));
            }
        });
        return course.map(c -> new PublishedCourse(c.id(), c.version(), c.title(), c.summary(), c.skills(), c.phases(),
                c.personas(), c.minutes(), c.lessonHtml(), c.sourcePath(), c.source(), loadQuiz(c.id(), c.version()),
                c.publishedAt(), c.retired()));
    }

    private Quiz loadQuiz(String id, int version) {
        return jdbc.prepareStatement("""
                SELECT idx, prompt, type, explanation_html, options::text, accepted_answers, accepted_patterns, line
                FROM questions WHERE course_id = ? AND version = ? ORDER BY idx""", ps -> {
            ps.setString(1, id);
            ps.setInt(2, version);
            List<Question> questions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Option> options = new ArrayList<>();
                    for (Map<String, Object> o : json.rows(rs.getString(5))) {
                        options.add(new Option((String) o.get("key"), (String) o.get("text"), Boolean.TRUE.equals(o.get("correct")),
                                (String) o.get("feedbackHtml"), ((Number) o.get("line")).intValue()));
                    }
                    questions.add(new Question(rs.getInt(1), rs.getString(2), QuestionType.valueOf(rs.getString(3)), options,
                            texts(rs, 6), texts(rs, 7), rs.getString(4), rs.getInt(8)));
                }
            }
            return new Quiz(questions);
        });
    }

    private CatalogView loadCatalog() {
        return jdbc.prepareStatement("SELECT kind, id, name, description FROM catalog_entries WHERE NOT retired ORDER BY kind, position", ps -> {
            List<CatalogView.Entry> skills = new ArrayList<>();
            List<CatalogView.Entry> phases = new ArrayList<>();
            List<CatalogView.Entry> personas = new ArrayList<>();
            List<CatalogView.Entry> tracks = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CatalogView.Entry entry = new CatalogView.Entry(rs.getString(2), rs.getString(3), rs.getString(4));
                    switch (rs.getString(1)) {
                        case "SKILL" -> skills.add(entry);
                        case "PHASE" -> phases.add(entry);
                        case "PERSONA" -> personas.add(entry);
                        default -> tracks.add(entry);
                    }
                }
            }
            return new CatalogView(skills, phases, personas, tracks);
        });
    }

    private List<TrackInfo> loadTracks() {
        return jdbc.prepareStatement("SELECT id, name, from_day, to_day FROM catalog_entries WHERE kind = 'TRACK' AND NOT retired ORDER BY position", ps -> {
            List<TrackInfo> tracks = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tracks.add(new TrackInfo(rs.getString(1), rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4)));
                }
            }
            return tracks;
        });
    }


    /** The last refused publish, if it came after the last successful one. */
    public Optional<Refusal> lastRefusal() {
        return jdbc.prepareStatement("""
                SELECT published_at, origin, problems::text FROM publications p
                WHERE NOT succeeded AND published_at >= coalesce((SELECT max(published_at) FROM publications WHERE succeeded), '-infinity')
                ORDER BY id DESC LIMIT 1""", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Refusal>empty();
                }
                List<Problem> problems = json.rows(rs.getString(3)).stream()
                        .map(p -> new Problem((String) p.get("path"), ((Number) p.get("line")).intValue(), (String) p.get("message")))
                        .toList();
                return Optional.of(new Refusal(rs.getTimestamp(1).toInstant(), PublishOrigin.valueOf(rs.getString(2)), problems));
            }
        });
    }

    public Optional<Asset> asset(String path) {
        return jdbc.prepareStatement("SELECT media_type, content, content_hash FROM assets WHERE path = ?", ps -> {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Asset(rs.getString(1), rs.getBytes(2), rs.getString(3))) : Optional.<Asset>empty();
            }
        });
    }

    public record Asset(String mediaType, byte[] content, String hash) {
    }


    private static List<String> texts(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
