package org.clockwise.core.review;

import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Issue 13 (team dashboard, speed): the retention chains of a whole team in one query equal the
 * per-rep query, the reference, for every shape of team tree: nested teams that inherit or set
 * their own value, an organisation with or without one, a rep in no team and an unknown id.
 */
class RetentionChainsIT {

    private static Team team(Organisation org, User manager, Long parent, String retention, User... reps) {
        TeamStore teams = CoreContext.bean(TeamStore.class);
        Team team = teams.save(new Team(null, org.id(), "Team " + Fixtures.unique(), parent, null));
        teams.addManager(team.id(), manager.id());
        for (User rep : reps) {
            teams.putMember(rep.id(), team.id());
        }
        teams.setDesiredRetention(team.id(), retention == null ? null : new BigDecimal(retention));
        return team;
    }

    @Test
    void theBatchEqualsThePerRepQueryForEveryRep() {
        List<Long> ids = new ArrayList<>();
        for (String orgValue : new String[]{null, "0.85"}) {
            Organisation org = Fixtures.anOrganisation();
            CoreContext.bean(OrganisationStore.class).setDesiredRetention(org.id(), orgValue == null ? null : new BigDecimal(orgValue));
            User manager = Fixtures.aUser(org, Role.MANAGER);
            User top = Fixtures.aUser(org, Role.REP);
            User inheriting = Fixtures.aUser(org, Role.REP);
            User own = Fixtures.aUser(org, Role.REP);
            User deep = Fixtures.aUser(org, Role.REP);
            User alone = Fixtures.aUser(org, Role.REP);
            Team root = team(org, manager, null, "0.80", top);
            Team middle = team(org, manager, root.id(), null, inheriting);
            team(org, manager, middle.id(), "0.95", own);
            team(org, manager, team(org, manager, middle.id(), null).id(), null, deep);
            ids.addAll(List.of(top.id(), inheriting.id(), own.id(), deep.id(), alone.id()));
        }
        ids.add(-1L);

        RetentionQueries queries = CoreContext.bean(RetentionQueries.class);
        ReviewSchedulers schedulers = CoreContext.bean(ReviewSchedulers.class);
        Map<Long, RetentionQueries.Chain> chains = queries.chains(ids);
        Map<Long, ReviewScheduler> batch = schedulers.forReps(ids);
        for (long id : ids) {
            assertEquals(queries.chain(id).orElse(null), chains.get(id), "chain of user " + id);
            assertEquals(schedulers.forRep(id).parameters().desiredRetention(), batch.get(id).parameters().desiredRetention(),
                    "retention of user " + id);
        }
        assertFalse(chains.containsKey(-1L), "an unknown user has no chain");
        assertEquals(4, chains.get(ids.get(3)).teams().size(), "the deep rep's chain runs up to the root");
        assertNotEquals(batch.get(ids.get(0)).parameters().desiredRetention(), batch.get(ids.get(2)).parameters().desiredRetention(),
                "the tree gives different values, so the comparison means something");
        assertEquals(Map.of(), queries.chains(List.of()));
    }
}
