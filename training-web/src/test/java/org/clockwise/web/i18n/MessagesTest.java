package org.clockwise.web.i18n;

import org.clockwise.core.people.Role;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The message files and the templates agree: every key a template uses exists in English, the
 * Dutch file has no keys English lacks and covers every rep page, and every text is a valid
 * MessageFormat pattern with the same arguments in both languages.
 */
class MessagesTest {

    /** Key prefixes of the layout and the rep pages, which Dutch must translate completely. */
    static final List<String> REP_PAGES = List.of("layout.", "language.", "common.", "nav.", "signin.", "home.",
            "today.", "lesson.", "quiz.", "quizForm.", "quizResult.", "result.", "reviews.", "review.", "skills.",
            "history.", "modules.", "error.");
    /** Keys templates build at run time: #messages.msgOrNull('home.card.' + role + ...), 'error.status.' + status. */
    static final List<String> DYNAMIC_PREFIXES = List.of("home.card.", "error.status.", "account.link.", "account.problem.");

    static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([A-Za-z0-9_.-]+)'\\s*([)+])");
    static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Map<String, String> english;
    static Map<String, String> dutch;
    static Set<String> staticKeys = new TreeSet<>();
    static Set<String> dynamicPrefixes = new TreeSet<>();

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
                .filter(k -> !staticKeys.contains(k))
                .filter(k -> DYNAMIC_PREFIXES.stream().noneMatch(k::startsWith))
                .filter(k -> !k.equals("language.unknown")) // used by LanguageController
                .toList();
        assertTrue(unused.isEmpty(), "keys in messages.properties that no template uses: " + unused);
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
