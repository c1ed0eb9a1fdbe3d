package org.clockwise.core.roster;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.PeopleStore;
import org.clockwise.core.people.PersonAdded;
import org.clockwise.core.people.PersonDeactivated;
import org.clockwise.core.people.RolesChanged;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.roster.RosterPlan.Wanted;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a roster file all or nothing. A dry run checks the whole file and returns the plan; an
 * apply does the same inside one transaction that first takes an advisory lock, so two imports
 * never interleave and the plan is always computed from what the database holds at that moment.
 */
@Singleton
public class RosterImport {

    /** What became of a file. */
    public sealed interface Result {
        /** Problems: nothing was written. */
        record Refused(List<RosterProblem> problems) implements Result {
        }

        /** A dry run: nothing was written. */
        record Planned(RosterPlan plan) implements Result {
        }

        /** The plan was written; {@code orgId} is the organisation (new when the import created it). */
        record Applied(RosterPlan plan, long orgId) implements Result {
        }

        /** The database changed since the preview the admin confirmed; nothing was written. */
        record Stale(RosterPlan plan) implements Result {
        }
    }

    private final RosterParser parser = new RosterParser();
    private final RosterQueries queries;
    private final PeopleStore people;
    private final TeamStore teams;
    private final OrganisationStore organisations;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<PersonAdded> events;
    // Issue 13 leftovers, item 3: a role change or deactivation counts from the next request, as on the People page.
    private final ApplicationEventPublisher<RolesChanged> rolesChanged;
    private final ApplicationEventPublisher<PersonDeactivated> deactivated;
    private final Clock clock;

    RosterImport(RosterQueries queries, PeopleStore people, TeamStore teams, OrganisationStore organisations,
                 TransactionOperations<Connection> transactions, ApplicationEventPublisher<PersonAdded> events,
                 ApplicationEventPublisher<RolesChanged> rolesChanged, ApplicationEventPublisher<PersonDeactivated> deactivated,
                 Clock clock) {
        this.rolesChanged = rolesChanged;
        this.deactivated = deactivated;
        this.queries = queries;
        this.people = people;
        this.teams = teams;
        this.organisations = organisations;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A dry run against the organisation ({@code null}: one that does not exist yet). */
    public Result preview(@Nullable Long orgId, byte[] content, RosterPolicy.Options options) {
        RosterParser.Parsed parsed = parser.parse(content);
        RosterPolicy.Verdict verdict = transactions.executeRead(status -> check(parsed, orgId, options));
        return verdict.isClean() ? new Result.Planned(verdict.plan()) : new Result.Refused(verdict.problems());
    }

    /**
     * Applies the file to the organisation.
     *
     * @param expectedFingerprint the {@link RosterPlan#fingerprint()} of the preview the admin confirmed,
     *                            or {@code null} to apply whatever the file means now
     */
    public Result apply(long orgId, byte[] content, RosterPolicy.Options options, @Nullable String expectedFingerprint) {
        return apply(orgId, null, content, options, expectedFingerprint);
    }

    /** Creates the organisation and imports the file into it, in one transaction (nothing at all when the file has problems). */
    public Result applyToNewOrganisation(String name, byte[] content) {
        return apply(null, name, content, new RosterPolicy.Options(false, null), null);
    }

    private Result apply(Long orgId, String newOrgName, byte[] content, RosterPolicy.Options options, String expectedFingerprint) {
        RosterParser.Parsed parsed = parser.parse(content);
        return transactions.executeWrite(status -> {
            queries.lock();
            RosterPolicy.Verdict verdict = check(parsed, orgId, options);
            if (!verdict.isClean()) {
                return new Result.Refused(verdict.problems());
            }
            RosterPlan plan = verdict.plan();
            if (expectedFingerprint != null && !expectedFingerprint.equals(plan.fingerprint())) {
                return new Result.Stale(plan);
            }
            long org = orgId != null ? orgId : organisations.save(new Organisation(null, newOrgName.trim(), false, null)).id();
            write(org, plan, options.actingUserId());
            return new Result.Applied(plan, org);
        });
    }

    private RosterPolicy.Verdict check(RosterParser.Parsed parsed, Long orgId, RosterPolicy.Options options) {
        List<String> emails = parsed.rows().stream().map(RosterRow::email).toList();
        RosterSnapshot snapshot = orgId == null ? RosterSnapshot.empty(queries.emailsElsewhere(null, emails))
                : queries.snapshot(orgId, emails);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(snapshot.defaultTimeZone())));
        return RosterPolicy.check(parsed, snapshot, options, today);
    }

    private void write(long orgId, RosterPlan plan, Long actingUserId) {
        Instant now = clock.instant();
        Map<String, Long> teamIds = new HashMap<>();
        RosterSnapshot snapshot = queries.snapshot(orgId, List.of());
        RosterPolicy.paths(snapshot.teams()).forEach((id, path) -> teamIds.put(path.key(), id));
        for (TeamPath path : plan.newTeams()) {
            Long parent = path.parent() == null ? null : teamIds.get(path.parent().key());
            teamIds.put(path.key(), teams.save(new Team(null, orgId, path.name(), parent, null)).id());
        }
        for (RosterPlan.Added added : plan.added()) {
            Wanted w = added.person();
            long id = people.insert(orgId, details(w));
            sync(orgId, id, w, teamIds, now);
            if (w.active()) {
                events.publishEvent(new PersonAdded(orgId, id, actingUserId));
            }
        }
        for (RosterPlan.Changed changed : plan.changed()) {
            people.update(orgId, changed.userId(), details(changed.person()));
            sync(orgId, changed.userId(), changed.person(), teamIds, now);
            if (changed.changes().stream().anyMatch(c -> c.field().equals("roles"))) {
                rolesChanged.publishEvent(new RolesChanged(orgId, changed.userId()));
            }
        }
        for (RosterPlan.Deactivated gone : plan.deactivated()) {
            setActive(orgId, gone.userId(), false, now);
        }
    }

    private void sync(long orgId, long userId, Wanted w, Map<String, Long> teamIds, Instant now) {
        people.setRoles(userId, w.roles());
        people.setTeam(userId, w.team() == null ? null : teamIds.get(w.team().key()));
        people.setManaged(userId, w.manages().stream().map(p -> teamIds.get(p.key())).toList());
        setActive(orgId, userId, w.active(), now);
    }

    /** Deactivating ends their sessions; the event makes this instance forget its recent checks of them after the commit. */
    private void setActive(long orgId, long userId, boolean active, Instant now) {
        if (people.setActive(orgId, userId, active, now) && !active) {
            deactivated.publishEvent(new PersonDeactivated(orgId, userId));
        }
    }

    private static PeopleStore.Details details(Wanted w) {
        return new PeopleStore.Details(w.email(), w.name(), w.hireDate(), w.timeZone());
    }
}
