package org.clockwise.core.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a person's details acceptable, before any database check: each problem is named by
 * its field ({@code name}, {@code email}, {@code roles}, {@code team}, {@code manages},
 * {@code hireDate}, {@code timeZone}). The same limits as the users table's constraints.
 */
public final class PersonPolicy {

    /** The users table's check on addresses. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * Whether the text is an address the users table accepts: the same shape and length as its
     * CHECK (V1), so admins, roster imports and the first-admin command refuse alike, before the
     * database has to.
     */
    public static boolean isEmail(String text) {
        return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    /**
     * A person as typed: every value a string (or strings), blank when not given.
     *
     * @param team     the id of their team, blank for none
     * @param manages  ids of the teams they manage
     * @param hireDate {@code YYYY-MM-DD}; blank means today unless they are a rep
     * @param timeZone an IANA zone; blank means the organisation's default
     */
    public record Input(String name, String email, List<String> roles, String team, List<String> manages,
                        String hireDate, String timeZone) {
        public Input {
            name = name == null ? "" : name.trim();
            email = email == null ? "" : email.trim();
            roles = roles == null ? List.of() : List.copyOf(roles);
            team = team == null ? "" : team.trim();
            manages = manages == null ? List.of() : List.copyOf(manages);
            hireDate = hireDate == null ? "" : hireDate.trim();
            timeZone = timeZone == null ? "" : timeZone.trim();
        }
    }

    /** Details that passed every check here. */
    public record Checked(String name, String email, Set<Role> roles, Long teamId, Set<Long> managedTeamIds,
                          LocalDate hireDate, String timeZone) {
    }

    private PersonPolicy() {
    }

    /**
     * Checks the input; {@code problems} receives one message per field that is wrong.
     *
     * @param today       the admin's date, for a blank hire date
     * @param defaultZone the organisation's zone, for a blank time zone
     * @return the checked details, or {@code null} when any problem was found
     */
    public static Checked check(Input in, LocalDate today, String defaultZone, Map<String, String> problems) {
        Map<String, String> found = new LinkedHashMap<>();
        if (in.name().isEmpty()) {
            found.put("name", "Name: enter the person's name.");
        } else if (in.name().length() > 200) {
            found.put("name", "Name: at most 200 characters.");
        }
        if (in.email().isEmpty()) {
            found.put("email", "Email: enter the person's work email.");
        } else if (!isEmail(in.email())) {
            found.put("email", "Email: \"" + in.email() + "\" is not an email address like name@company.com.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : in.roles()) {
            try {
                roles.add(Role.parse(r));
            } catch (IllegalArgumentException e) {
                found.put("roles", "Roles: \"" + r + "\" is not a role (REP, MANAGER, AUTHOR or ADMIN).");
            }
        }
        if (roles.isEmpty() && !found.containsKey("roles")) {
            found.put("roles", "Roles: choose at least one role.");
        }
        Long teamId = null;
        if (!in.team().isEmpty()) {
            teamId = id(in.team());
            if (teamId == null) {
                found.put("team", "Team: choose a team from the list.");
            }
        } else if (roles.contains(Role.REP)) {
            found.put("team", "Team: a rep belongs to a team; choose one.");
        }
        Set<Long> managed = new LinkedHashSet<>();
        for (String m : in.manages()) {
            if (m == null || m.isBlank()) {
                continue;
            }
            Long id = id(m);
            if (id == null) {
                found.put("manages", "Manages: choose teams from the list.");
            } else {
                managed.add(id);
            }
        }
        if (!managed.isEmpty() && !roles.contains(Role.MANAGER)) {
            found.put("manages", "Manages: only a person with the MANAGER role manages teams.");
        }
        LocalDate hire = today;
        if (in.hireDate().isEmpty()) {
            if (roles.contains(Role.REP)) {
                found.put("hireDate", "Hire date: a rep needs one (their plan follows their tenure).");
            }
        } else {
            try {
                hire = LocalDate.parse(in.hireDate());
                if (hire.getYear() < 1900 || hire.isAfter(today.plusYears(1))) {
                    found.put("hireDate", "Hire date: between 1900 and a year from now.");
                }
            } catch (DateTimeParseException e) {
                found.put("hireDate", "Hire date: \"" + in.hireDate() + "\" is not a date like 2026-03-01.");
            }
        }
        String zone = in.timeZone().isEmpty() ? defaultZone : in.timeZone();
        if (!isIanaZone(zone)) {
            found.put("timeZone", "Time zone: \"" + zone + "\" is not a time zone name like Europe/Amsterdam.");
        }
        problems.putAll(found);
        if (!found.isEmpty()) {
            return null;
        }
        return new Checked(in.name(), in.email(),
                roles, teamId, managed, hire, zone);
    }

    /** An IANA region name such as {@code Europe/Amsterdam} or {@code UTC}, not an offset like {@code +02:00}. */
    public static boolean isIanaZone(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
    }

    /** The ids among {@code wanted} that are not in {@code known}, in order. */
    public static List<Long> unknown(Set<Long> wanted, Set<Long> known) {
        List<Long> out = new ArrayList<>();
        for (Long id : wanted) {
            if (!known.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static Long id(String text) {
        try {
            long id = Long.parseLong(text.trim());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
