package org.clockwise.core.roster;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clockwise.core.people.PersonPolicy;
import org.clockwise.core.people.Role;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a roster file (RFC 4180 CSV, UTF-8 with or without a byte order mark, any line ends) and
 * checks every row on its own and against the other rows of the file. It never stops at the first
 * problem: the result holds every problem of the file with its line. Stateless and thread-safe.
 */
public final class RosterParser {

    public static final List<String> COLUMNS = List.of("email", "name", "roles", "team", "manages", "hire_date", "time_zone", "active");
    static final List<String> REQUIRED_COLUMNS = List.of("email", "name", "roles");
    /** The same rule as the users table's check constraint. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** The rows that passed their own checks, and every problem found. */
    public record Parsed(List<RosterRow> rows, List<RosterProblem> problems) {
    }

    public Parsed parse(byte[] content) {
        List<RosterProblem> problems = new ArrayList<>();
        String text = decode(stripBom(content), problems);
        Lines lines = new Lines(text);
        List<RosterRow> rows = new ArrayList<>();
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = csv.iterator();
            if (!records.hasNext()) {
                problems.add(new RosterProblem(1, "row", "the file is empty: its first line must name the columns ("
                        + String.join(", ", COLUMNS) + ")"));
                return new Parsed(List.of(), problems);
            }
            CSVRecord header = records.next();
            Map<String, Integer> columns = header(header, lines.lineOf(header.getCharacterPosition()), problems);
            Map<String, RosterRow> byEmail = new HashMap<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = lines.lineOf(record.getCharacterPosition());
                if (record.size() != header.size()) {
                    problems.add(new RosterProblem(line, "row", "has " + record.size() + " field" + (record.size() == 1 ? "" : "s")
                            + ", the header has " + header.size() + " (a value with a comma must be in double quotes)"));
                    continue;
                }
                RosterRow row = row(record, line, columns, problems);
                if (row == null) {
                    continue;
                }
                RosterRow first = byEmail.putIfAbsent(row.email().toLowerCase(Locale.ROOT), row);
                if (first == null) {
                    rows.add(row);
                } else if (!first.sameDataAs(row)) {
                    problems.add(new RosterProblem(line, "email", row.email() + " is also on line " + first.line()
                            + " with different values; keep one row per person"));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv stops at a broken quote; everything before it was checked
            problems.add(new RosterProblem(lines.lineOf(Math.max(0, text.length() - 1)), "row",
                    "a quoted value is never closed (a double quote inside a value must be written twice)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.sort(null);
        return new Parsed(rows, problems);
    }

    private static Map<String, Integer> header(CSVRecord header, int line, List<RosterProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new RosterProblem(line, name.isEmpty() ? "column " + (i + 1) : header.get(i).trim(),
                        "unknown column; the columns are " + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new RosterProblem(line, name, "the column appears twice"));
            }
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!columns.containsKey(required)) {
                problems.add(new RosterProblem(line, required, "missing column (required)"));
            }
        }
        return columns;
    }

    /** One row's own checks; null when a problem makes the row unusable. */
    private static RosterRow row(CSVRecord record, int line, Map<String, Integer> columns, List<RosterProblem> problems) {
        int before = problems.size();
        Map<String, String> v = new HashMap<>();
        columns.forEach((name, index) -> v.put(name, record.get(index).trim()));
        // A NUL or another control character belongs in no roster value (a line break inside quotes
        // is kept, as before), and PostgreSQL would refuse a NUL only when writing: name it here.
        new TreeMap<>(v).forEach((name, value) -> value.chars().filter(RosterParser::isControl).findFirst().ifPresent(c -> {
            problems.add(new RosterProblem(line, name, String.format("contains the control character U+%04X; remove it", c)));
            v.put(name, value.chars().filter(ch -> !isControl(ch))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        }));
        String email = v.getOrDefault("email", "");
        if (email.isEmpty()) {
            if (columns.containsKey("email")) {
                problems.add(new RosterProblem(line, "email", "missing value (required)"));
            }
        } else if (!PersonPolicy.isEmail(email)) {
            problems.add(new RosterProblem(line, "email", "\"" + email + "\" is not an email address"));
        }
        String name = v.getOrDefault("name", "");
        if (name.isEmpty()) {
            if (columns.containsKey("name")) {
                problems.add(new RosterProblem(line, "name", "missing value (required)"));
            }
        } else if (name.length() > 200) {
            problems.add(new RosterProblem(line, "name", "longer than 200 characters"));
        }
        Set<Role> roles = columns.containsKey("roles") ? roles(v.get("roles"), line, problems) : Set.of();
        TeamPath team = null;
        if (!v.getOrDefault("team", "").isEmpty()) {
            team = path(v.get("team"), line, "team", problems);
        } else if (roles.contains(Role.REP)) {
            problems.add(new RosterProblem(line, "team", "a REP needs a team"));
        }
        List<TeamPath> manages = new ArrayList<>();
        if (!v.getOrDefault("manages", "").isEmpty()) {
            if (!roles.contains(Role.MANAGER)) {
                problems.add(new RosterProblem(line, "manages", "only a MANAGER manages teams; add MANAGER to roles or leave it empty"));
            }
            Map<String, TeamPath> distinct = new LinkedHashMap<>();
            for (String part : v.get("manages").split(";")) {
                if (!part.isBlank()) {
                    TeamPath path = path(part, line, "manages", problems);
                    if (path != null) {
                        distinct.putIfAbsent(path.key(), path);
                    }
                }
            }
            manages.addAll(distinct.values());
            manages.sort((a, b) -> a.key().compareTo(b.key()));
        }
        LocalDate hireDate = null;
        if (!v.getOrDefault("hire_date", "").isEmpty()) {
            try {
                hireDate = LocalDate.parse(v.get("hire_date"));
            } catch (DateTimeParseException e) {
                problems.add(new RosterProblem(line, "hire_date", "\"" + v.get("hire_date") + "\" is not a date; write YYYY-MM-DD"));
            }
        } else if (roles.contains(Role.REP)) {
            problems.add(new RosterProblem(line, "hire_date", "a REP needs a hire date (YYYY-MM-DD)"));
        }
        String zone = v.getOrDefault("time_zone", "");
        if (!zone.isEmpty() && !ZoneId.getAvailableZoneIds().contains(zone)) {
            problems.add(new RosterProblem(line, "time_zone", "\"" + zone + "\" is not a time zone; use an IANA name such as Europe/Amsterdam"));
        }
        boolean active = true;
        String activeText = v.getOrDefault("active", "").toLowerCase(Locale.ROOT);
        if (activeText.equals("false")) {
            active = false;
        } else if (!activeText.isEmpty() && !activeText.equals("true")) {
            problems.add(new RosterProblem(line, "active", "\"" + v.get("active") + "\" must be true, false or empty (true)"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new RosterRow(line, email, name, roles, team, List.copyOf(manages), hireDate, zone.isEmpty() ? null : zone, active);
    }

    private static Set<Role> roles(String text, int line, List<RosterProblem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> unknown = new TreeSet<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.parse(part));
            } catch (IllegalArgumentException e) {
                unknown.add(part.trim());
            }
        }
        for (String role : unknown) {
            problems.add(new RosterProblem(line, "roles", "unknown role \"" + role + "\"; roles are "
                    + String.join(", ", Arrays.stream(Role.values()).map(Role::name).toList()) + ", separated by ;"));
        }
        if (roles.isEmpty() && unknown.isEmpty()) {
            problems.add(new RosterProblem(line, "roles", "missing value (required): one or more of REP, MANAGER, AUTHOR, ADMIN"));
        }
        return roles;
    }

    private static TeamPath path(String text, int line, String column, List<RosterProblem> problems) {
        try {
            TeamPath path = TeamPath.parse(text);
            if (path.parts().stream().anyMatch(p -> p.length() > 200)) {
                problems.add(new RosterProblem(line, column, "a team name is longer than 200 characters"));
                return null;
            }
            return path;
        } catch (IllegalArgumentException e) {
            problems.add(new RosterProblem(line, column, e.getMessage()));
            return null;
        }
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
    }

    private static byte[] stripBom(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return Arrays.copyOfRange(content, 3, content.length);
        }
        return content;
    }

    /** Decodes UTF-8; each line holding other bytes is a problem, and the rest is still read. */
    private static String decode(byte[] content, List<RosterProblem> problems) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, start, i - start));
                } catch (CharacterCodingException e) {
                    problems.add(new RosterProblem(line, "encoding", "bytes that are not UTF-8; save the file as CSV UTF-8"));
                }
                line++;
                start = i + 1;
            }
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Character offset to physical line number. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long offset) {
            int index = Arrays.binarySearch(starts, (int) offset);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
