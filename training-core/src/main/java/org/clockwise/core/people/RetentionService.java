package org.clockwise.core.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.core.review.RetentionPolicy;

import java.math.BigDecimal;

/**
 * An admin sets or clears the desired retention of their organisation or of one of its teams
 * (see {@link RetentionPolicy} for the bounds and for how a rep's value is resolved). Another
 * organisation's team is {@link NotInOrganisation}; a bad value is {@link InvalidInput} under the
 * field {@code desiredRetention}, and nothing is written.
 */
@Singleton
public class RetentionService {

    public static final String FIELD = "desiredRetention";

    private final PeopleQueries queries;
    private final TeamStore teams;
    private final OrganisationStore organisations;

    RetentionService(PeopleQueries queries, TeamStore teams, OrganisationStore organisations) {
        this.queries = queries;
        this.teams = teams;
        this.organisations = organisations;
    }

    /** @param typed what the admin typed; blank clears the value (the team inherits) */
    @Transactional
    public void setForTeam(long adminId, long teamId, String typed) {
        long orgId = org(adminId);
        queries.team(orgId, teamId).orElseThrow(() -> new NotInOrganisation("team"));
        teams.setDesiredRetention(teamId, checked(typed));
    }

    /** @param typed what the admin typed; blank clears the value (the global setting applies) */
    @Transactional
    public void setForOrganisation(long adminId, String typed) {
        organisations.setDesiredRetention(org(adminId), checked(typed));
    }

    private long org(long adminId) {
        return queries.orgOf(adminId).orElseThrow(() -> new NotInOrganisation("admin"));
    }

    private static BigDecimal checked(String typed) {
        try {
            return RetentionPolicy.parse(typed).orElse(null);
        } catch (RetentionPolicy.OutOfBounds e) {
            throw InvalidInput.of(FIELD, e.getMessage());
        }
    }
}
