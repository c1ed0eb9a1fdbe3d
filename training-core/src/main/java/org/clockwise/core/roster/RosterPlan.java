package org.clockwise.core.roster;

import org.clockwise.core.people.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What an import would do, field by field. Applying it creates {@link #newTeams} first (parents
 * before children), then adds, changes and deactivates people.
 */
public record RosterPlan(List<Added> added, List<Changed> changed, int unchanged, List<Deactivated> deactivated,
                         List<TeamPath> newTeams) {

    /** A person as the file wants them. */
    public record Wanted(String email, String name, LocalDate hireDate, String timeZone, Set<Role> roles,
                         TeamPath team, List<TeamPath> manages, boolean active) {
    }

    public record Added(int line, Wanted person) {
    }

    public record FieldChange(String field, String before, String after) {
    }

    public record Changed(int line, long userId, Wanted person, List<FieldChange> changes) {
    }

    public record Deactivated(long userId, String email, String name) {
    }

    public RosterPlan {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        deactivated = List.copyOf(deactivated);
        newTeams = List.copyOf(newTeams);
    }

    /** {@code N added, N changed, N unchanged, N deactivated}. */
    public String summary() {
        return added.size() + " added, " + changed.size() + " changed, " + unchanged + " unchanged, " + deactivated.size() + " deactivated";
    }

    /**
     * A digest of everything the plan would write: a preview shown to an admin is applied only
     * while the same file still makes the same plan.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
