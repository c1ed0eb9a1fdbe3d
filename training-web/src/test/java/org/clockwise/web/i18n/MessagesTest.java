package org.clockwise.web.i18n;

import org.clockwise.core.people.Role;
import org.clockwise.core.plan.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The message files, the templates and the code agree: every key a template, a controller or the
 * planner's reasons use exists in English, the Dutch file has exactly the keys English has (every
 * page, not only the rep pages), and every text is a valid MessageFormat pattern with the same
 * arguments in both languages.
 */
class MessagesTest {

    /** Key prefixes of the layout and the rep pages, which Dutch must translate completely. */
    static final List<String> REP_PAGES = List.of("layout.", "language.", "common.", "nav.", "signin.", "home.",
            "today.", "lesson.", "quiz.", "quizForm.", "quizResult.", "result.", "reviews.", "review.", "skills.",
            "history.", "modules.", "error.", "plan.");
    /** Keys templates build at run time: #messages.msgOrNull('home.card.' + role + ...), 'error.status.' + status. */
    static final List<String> DYNAMIC_PREFIXES = List.of("home.card.", "error.status.", "account.link.", "account.problem.");

    static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([A-Za-z0-9_.-]+)'\\s*([)+])");
    static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** A string literal in Java that looks like a message key: "error.noModule", "team.assign.error.rep". */
    static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    static Map<String, String> english;
    static Map<String, String> dutch;
    static Set<String> staticKeys = new TreeSet<>();
    static Set<String> dynamicPrefixes = new TreeSet<>();
    /** Key-like literals of the web's Java sources whose first part is a namespace of the English file. */
    static Set<String> javaKeys = new TreeSet<>();
    static final Pattern FILE_NAME = Pattern.compile(".*\\.(csv|json|md|eml|txt|html|yml)");

    @BeforeAll
    static void load() throws IOException {
        english = properties("/i18n/messages.properties");
        dutch = properties("/i18n/messages_nl.properties");
        // The main templates (the test class path has a views folder of its own, for probes).
        try (Stream<Path> files = Files.walk(resource("/views/layout/page.html").getParent().getParent())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = MESSAGE_EXPRESSION.matcher(html);
                while (m.find()) {
                    staticKeys.add(m.group(1));
                }
                Matcher call = MESSAGES_CALL.matcher(html);
                while (call.find()) {
                    (call.group(2).equals(")") ? staticKeys : dynamicPrefixes).add(call.group(1));
                }
            }
        }
        // Keys controllers pass as text (error pages, notices, form errors); Maven runs tests in the module folder.
        Set<String> namespaces = english.keySet().stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    // A file name such as "roster.csv" looks like a key but is none.
                    if (namespaces.stream().anyMatch(m.group(1)::startsWith) && !FILE_NAME.matcher(m.group(1)).matches()) {
                        javaKeys.add(m.group(1));
                    }
                }
            }
        }
    }

    @Test
    void templatesUseMessages() {
        assertTrue(staticKeys.size() > 100, "found the #{...} keys: " + staticKeys.size());
        assertEquals(new TreeSet<>(DYNAMIC_PREFIXES), dynamicPrefixes, "computed keys this test knows how to check");
    }

    @Test
    void everyKeyTheTemplatesUseExistsInEnglish() {
        List<String> missing = staticKeys.stream().filter(k -> !english.containsKey(k)).toList();
        assertTrue(missing.isEmpty(), "keys used in templates but missing from messages.properties: " + missing);
    }

    @Test
    void everyKeyTheJavaCodeUsesExistsInEnglish() {
        assertTrue(javaKeys.size() > 20, "found the keys in Java: " + javaKeys);
        List<String> missing = javaKeys.stream().filter(k -> !english.containsKey(k)).toList();
        assertTrue(missing.isEmpty(), "keys used in Java but missing from messages.properties: " + missing);
    }

    @Test
    void everyReasonKeyOfThePlannerExistsInEnglishAndDutch() {
        List<String> missing = Reason.keys().stream().sorted()
                .filter(k -> !english.containsKey(k) || !dutch.containsKey(k)).toList();
        assertTrue(missing.isEmpty(), "plan reason keys missing from messages.properties or messages_nl.properties: " + missing);
    }

    @Test
    void reasonsReadWellInEnglishAndDutch() {
        UiMessages messages = new UiMessages();
        Locale nl = Locale.forLanguageTag("nl");
        Map<Reason, List<String>> expected = new LinkedHashMap<>();
        expected.put(reason("plan.reason.stored", "Day 12 of your first 30 days"),
                List.of("Day 12 of your first 30 days", "Day 12 of your first 30 days"));
        expected.put(reason("plan.reason.review.lastSeen", "9"),
                List.of("Review: you last saw this 9 days ago", "Herhaling: je zag dit 9 dagen geleden"));
        expected.put(reason("plan.reason.review.lastSeen", "1"),
                List.of("Review: you last saw this yesterday", "Herhaling: je zag dit gisteren"));
        expected.put(reason("plan.reason.review.due", "0"), List.of("Review: due today", "Herhaling: vandaag aan de beurt"));
        expected.put(reason("plan.reason.review.due", "3"), List.of("Review: overdue by 3 days", "Herhaling: 3 dagen te laat"));
        expected.put(reason("plan.reason.track.first", "12", "first 30 days"),
                List.of("Day 12 of your first 30 days", "Dag 12 van je traject first 30 days"));
        expected.put(reason("plan.reason.track", "45", "Days 31 to 60", "2", "3"),
                List.of("Day 45: Days 31 to 60 track, lesson 2 of 3", "Dag 45: traject Days 31 to 60, les 2 van 3"));
        expected.put(reason("plan.reason.track.catchUp", "First 30 days", "4", "6"),
                List.of("Catching up: First 30 days, lesson 4 of 6", "Inhalen: First 30 days, les 4 van 6"));
        expected.put(reason("plan.note.reviewsFirst", "9", "5"),
                List.of("Reviews first today: 9 are due, and the next new lesson comes once no more than 5 are.",
                        "Vandaag eerst herhalen: er staan er 9 klaar, en de volgende nieuwe les komt zodra het er niet meer dan 5 zijn."));
        expected.put(reason("plan.note.finished"),
                List.of("Every module the plan can give is taken; all modules stay open.",
                        "Elke module die het plan kan geven is gedaan; alle modules blijven open."));
        expected.put(reason("plan.reason.gap", "Discovery questioning", "35", "70"),
                List.of("Discovery questioning is at 35%, target 70%", "Discovery questioning staat op 35%, doel 70%"));
        expected.put(reason("plan.reason.gap.both", "Buyer alignment", "10", "50", "Procurement", "Decision"),
                List.of("Buyer alignment is at 10%, target 50%, and it covers the Procurement persona and the Decision phase, "
                                + "both new to you",
                        "Buyer alignment staat op 10%, doel 50%, en deze les gaat over de persona Procurement en de fase Decision, "
                                + "allebei nieuw voor je"));
        expected.put(reason("plan.reason.new", "Buying clock"), List.of("Something new: Buying clock", "Iets nieuws: Buying clock"));
        expected.put(reason("plan.reason.assigned", "Maya O'Brien", "2026-12-03"),
                List.of("Assigned by Maya O'Brien, due Thursday 3 December", "Toegewezen door Maya O'Brien, uiterlijk donderdag 3 december"));
        expected.put(reason("plan.reason.assigned.overdue", "Tom", "2026-12-03"),
                List.of("Assigned by Tom, overdue since Thursday 3 December", "Toegewezen door Tom, te laat sinds donderdag 3 december"));
        expected.forEach((reason, texts) -> {
            assertEquals(texts.get(0), messages.text(Locale.ENGLISH, reason.key(), reason.args()), reason.toString());
            assertEquals(texts.get(1), messages.text(nl, reason.key(), reason.args()), reason.toString());
        });
    }

    static Reason reason(String key, String... args) {
        return new Reason(key, List.of(args));
    }

    @Test
    void everyComputedKeyExistsInEnglish() {
        List<String> missing = new ArrayList<>();
        for (Role role : Role.values()) {
            for (String part : List.of("tag", "title", "text", "action")) {
                String key = "home.card." + role.name().toLowerCase(Locale.ROOT) + "." + part;
                if (!english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        for (String reason : List.of("unknown", "used", "expired")) {
            for (String part : List.of("title", "text")) {
                if (!english.containsKey("account.link." + reason + "." + part)) {
                    missing.add("account.link." + reason + "." + part);
                }
            }
        }
        for (var problem : org.clockwise.core.signin.PasswordPolicy.Problem.values()) {
            if (!english.containsKey("account.problem." + problem.name())) {
                missing.add("account.problem." + problem.name());
            }
        }
        for (int status : new int[]{400, 401, 403, 404, 500}) {
            if (!english.containsKey("error.status." + status)) {
                missing.add("error.status." + status);
            }
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void noEnglishKeyIsUnused() {
        List<String> unused = english.keySet().stream()
                .filter(k -> !staticKeys.contains(k) && !javaKeys.contains(k) && !Reason.keys().contains(k))
                .filter(k -> DYNAMIC_PREFIXES.stream().noneMatch(k::startsWith))
                .toList();
        assertTrue(unused.isEmpty(), "keys in messages.properties that no template, controller or reason uses: " + unused);
    }

    @Test
    void dutchHasNoKeyEnglishLacks() {
        List<String> orphans = dutch.keySet().stream().filter(k -> !english.containsKey(k)).toList();
        assertTrue(orphans.isEmpty(), "keys in messages_nl.properties but not in messages.properties: " + orphans);
    }

    @Test
    void dutchCoversTheLayoutAndEveryRepPage() {
        List<String> untranslated = english.keySet().stream()
                .filter(k -> REP_PAGES.stream().anyMatch(k::startsWith))
                .filter(k -> !dutch.containsKey(k))
                .toList();
        assertTrue(untranslated.isEmpty(), "rep-page keys without Dutch: " + untranslated);
    }

    /** Managers, authors and admins read Dutch too: every English text has its Dutch, not only the rep pages. */
    @Test
    void dutchCoversEveryKey() {
        List<String> untranslated = english.keySet().stream().filter(k -> !dutch.containsKey(k)).toList();
        assertTrue(untranslated.isEmpty(), "keys without Dutch in messages_nl.properties: " + untranslated);
    }

    @Test
    void everyTextIsAValidPatternWithTheSameArgumentsInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> file : Map.of("en", english, "nl", dutch).entrySet()) {
            file.getValue().forEach((key, text) -> {
                if (text.replace("''", "").contains("'")) {
                    problems.add(file.getKey() + " " + key + ": write an apostrophe as ''");
                }
                try {
                    new MessageFormat(text, Locale.forLanguageTag(file.getKey()));
                } catch (IllegalArgumentException e) {
                    problems.add(file.getKey() + " " + key + ": " + e.getMessage());
                }
            });
        }
        dutch.forEach((key, text) -> {
            if (english.containsKey(key) && !arguments(text).equals(arguments(english.get(key)))) {
                problems.add("nl " + key + " uses arguments " + arguments(text) + ", English " + arguments(english.get(key)));
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The file's keys and texts; a key written twice fails the test (Properties would keep the last silently). */
    static Map<String, String> properties(String name) throws IOException {
        Path file = resource(name);
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        List<String> keys = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
                .map(l -> l.split("[=:]", 2)[0].strip())
                .toList();
        assertEquals(keys.size(), new TreeSet<>(keys).size(), name + " has a key twice");
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    static Path resource(String name) {
        URL url = MessagesTest.class.getResource(name);
        if (url == null) {
            throw new UncheckedIOException(new IOException("not on the class path: " + name));
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
