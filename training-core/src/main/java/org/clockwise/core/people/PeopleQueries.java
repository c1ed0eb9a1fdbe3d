package org.clockwise.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's read side of an organisation: its people (searched, filtered, paged), one person
 * with roles and teams, and the team tree. Every query is bounded by the organisation, so another
 * organisation's ids find nothing.
 */
@Singleton
@Connectable
public class PeopleQueries {

    /** Largest page the list serves. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * What the list shows; every part optional.
     *
     * @param search  part of a name or an email, any case
     * @param teamId  people in this team
     * @param role    people holding this role
     * @param active  {@code true} active only, {@code false} deactivated only, {@code null} both
     * @param pending only active people who have not yet set a password (invitation pending)
     */
    public record Filter(@Nullable String search, @Nullable Long teamId, @Nullable Role role, @Nullable Boolean active,
                         boolean pending) {
        public static Filter none() {
            return new Filter(null, null, null, null, false);
        }
    }

    /** A person as the list shows them. */
    public record Row(long id, String name, String email, List<Role> roles, @Nullable String team, boolean active,
                      boolean pending) {
    }

    /** One page of the list; {@code page} counts from 1. */
    public record Page(List<Row> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }
    }

    /** One person with everything the admin may change. */
    public record Person(long id, long orgId, String name, String email, Set<Role> roles, @Nullable Long teamId,
                         @Nullable String teamName, Set<Long> managedTeamIds, LocalDate hireDate, String timeZone,
                         boolean active, boolean pending) {
    }

    /**
     * A team in the tree, in depth-first order.
     *
     * @param depth          0 for a top team
     * @param path           names from the top, joined with " / "
     * @param activeMembers  active people in the team itself
     * @param allMembers     everyone in the team, deactivated included (a team with any cannot be removed)
     * @param managerIds     the team's managers
     * @param managerNames   their names, comma separated
     * @param subTeams       teams directly below
     */
    public record TeamNode(long id, String name, @Nullable Long parentId, int depth, String path, int activeMembers,
                           int allMembers, List<Long> managerIds, String managerNames, int subTeams) {
    }

    /** Someone who may manage a team: an active person with the MANAGER role. */
    public record Manager(long id, String name, String email) {
    }

    private final JdbcOperations jdbc;

    PeopleQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation a person belongs to (the admin's own, for every admin action). */
    public Optional<Long> orgOf(long userId) {
        return jdbc.prepareStatement("SELECT org_id FROM users WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    /** The page {@code page} (from 1) of the organisation's people matching the filter, by name. */
    public Page list(long orgId, Filter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        List<Object> params = new ArrayList<>();
        String where = where(orgId, filter, params);
        long total = jdbc.prepareStatement("SELECT count(*) FROM users u " + where, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.max(1, Math.min(page, pages));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageSize);
        pageParams.add((long) (current - 1) * pageSize);
        List<Row> rows = jdbc.prepareStatement("""
                SELECT u.id, u.display_name, u.email, u.active, u.password_hash IS NULL,
                       (SELECT t.name FROM team_members m JOIN teams t ON t.id = m.team_id WHERE m.user_id = u.id),
                       (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id)
                FROM users u""" + " " + where + " ORDER BY lower(u.display_name), u.id LIMIT ? OFFSET ?", ps -> {
            bind(ps, pageParams);
            List<Row> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean active = rs.getBoolean(4);
                    out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), roles(rs.getString(7)), rs.getString(6),
                            active, active && rs.getBoolean(5)));
                }
            }
            return out;
        });
        return new Page(rows, total, current, pageSize);
    }

    private static String where(long orgId, Filter f, List<Object> params) {
        StringBuilder sql = new StringBuilder("WHERE u.org_id = ?");
        params.add(orgId);
        if (f.search() != null && !f.search().isBlank()) {
            String like = "%" + f.search().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" AND (lower(u.display_name) LIKE ? OR lower(u.email) LIKE ?)");
            params.add(like);
            params.add(like);
        }
        if (f.teamId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM team_members m WHERE m.user_id = u.id AND m.team_id = ?)");
            params.add(f.teamId());
        }
        if (f.role() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ?)");
            params.add(f.role().name());
        }
        if (f.active() != null) {
            sql.append(" AND u.active = ?");
            params.add(f.active());
        }
        if (f.pending()) {
            sql.append(" AND u.active AND u.password_hash IS NULL");
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static List<Role> roles(@Nullable String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(Role::parse).toList();
    }

    /** One person of the organisation, or empty when there is none with that id there. */
    public Optional<Person> person(long orgId, long userId) {
        return jdbc.prepareStatement("""
                SELECT u.id, u.org_id, u.display_name, u.email, u.hire_date, u.time_zone, u.active, u.password_hash IS NULL,
                       m.team_id, t.name,
                       (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id),
                       (SELECT array_agg(tm.team_id ORDER BY tm.team_id) FROM team_managers tm WHERE tm.manager_id = u.id)
                FROM users u LEFT JOIN team_members m ON m.user_id = u.id LEFT JOIN teams t ON t.id = m.team_id
                WHERE u.id = ? AND u.org_id = ?""", ps -> {
            ps.setLong(1, userId);
            ps.setLong(2, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long team = rs.getLong(9);
                Long teamId = rs.wasNull() ? null : team;
                Set<Role> roles = EnumSet.noneOf(Role.class);
                roles.addAll(roles(rs.getString(11)));
                Set<Long> managed = new LinkedHashSet<>();
                java.sql.Array array = rs.getArray(12);
                if (array != null) {
                    for (Long id : (Long[]) array.getArray()) {
                        managed.add(id);
                    }
                }
                boolean active = rs.getBoolean(7);
                return Optional.of(new Person(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), roles, teamId,
                        rs.getString(10), managed, rs.getObject(5, LocalDate.class), rs.getString(6), active,
                        active && rs.getBoolean(8)));
            }
        });
    }

    /** Whoever else uses this address, whatever its case (addresses are unique across organisations). */
    public Optional<Long> emailOwner(String email) {
        return jdbc.prepareStatement("SELECT id FROM users WHERE lower(email) = lower(?)", ps -> {
            ps.setString(1, email.trim());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    /** The organisation's default time zone, for people added without one. */
    public String defaultTimeZone(long orgId) {
        return jdbc.prepareStatement("SELECT default_time_zone FROM organisations WHERE id = ?", ps -> {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "UTC";
            }
        });
    }

    /** The organisation's teams, parents before their sub-teams, siblings by name. */
    public List<TeamNode> teamTree(long orgId) {
        Map<Long, List<Long>> managerIds = new HashMap<>();
        jdbc.prepareStatement("""
                SELECT tm.team_id, tm.manager_id FROM team_managers tm JOIN teams t ON t.id = tm.team_id
                JOIN users u ON u.id = tm.manager_id WHERE t.org_id = ? ORDER BY lower(u.display_name), u.id""", ps -> {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    managerIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            return null;
        });
        return jdbc.prepareStatement("""
                WITH RECURSIVE tree AS (
                    SELECT id, name, parent_team_id, 0 AS depth, name AS path, ARRAY[lower(name) || chr(1) || id] AS sort_key
                    FROM teams WHERE org_id = ? AND parent_team_id IS NULL
                    UNION ALL
                    SELECT t.id, t.name, t.parent_team_id, p.depth + 1, p.path || ' / ' || t.name,
                           p.sort_key || (lower(t.name) || chr(1) || t.id)
                    FROM teams t JOIN tree p ON t.parent_team_id = p.id
                )
                SELECT x.id, x.name, x.parent_team_id, x.depth, x.path,
                       (SELECT count(*) FROM team_members m JOIN users u ON u.id = m.user_id WHERE m.team_id = x.id AND u.active),
                       (SELECT count(*) FROM team_members m WHERE m.team_id = x.id),
                       coalesce((SELECT string_agg(u.display_name, ', ' ORDER BY lower(u.display_name), u.id)
                                 FROM team_managers tm JOIN users u ON u.id = tm.manager_id WHERE tm.team_id = x.id), ''),
                       (SELECT count(*) FROM teams c WHERE c.parent_team_id = x.id)
                FROM tree x ORDER BY x.sort_key""", ps -> {
            ps.setLong(1, orgId);
            List<TeamNode> nodes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long parent = rs.getLong(3);
                    Long parentId = rs.wasNull() ? null : parent;
                    nodes.add(new TeamNode(id, rs.getString(2), parentId, rs.getInt(4), rs.getString(5), rs.getInt(6),
                            rs.getInt(7), managerIds.getOrDefault(id, List.of()), rs.getString(8), rs.getInt(9)));
                }
            }
            return nodes;
        });
    }

    /** One team of the organisation. */
    public Optional<TeamNode> team(long orgId, long teamId) {
        return teamTree(orgId).stream().filter(t -> t.id() == teamId).findFirst();
    }

    /** The active people of the organisation who hold the MANAGER role, by name. */
    public List<Manager> managers(long orgId) {
        return jdbc.prepareStatement("""
                SELECT u.id, u.display_name, u.email FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'MANAGER'
                WHERE u.org_id = ? AND u.active ORDER BY lower(u.display_name), u.id""", ps -> {
            ps.setLong(1, orgId);
            List<Manager> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Manager(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /**
     * Holds the organisation's row until the transaction ends, so two changes to its team tree
     * (two moves that together would make a loop) run one after the other. Reads nothing else.
     */
    public void lockTeamTree(long orgId) {
        jdbc.prepareStatement("SELECT id FROM organisations WHERE id = ? FOR NO KEY UPDATE", ps -> {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }
}
