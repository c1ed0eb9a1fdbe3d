package org.clockwise.core.testing;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryPublisher;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.signin.PasswordHasher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the data a test needs, with unique names so tests never collide on a shared database. */
public final class Fixtures {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static String passwordHash;

    private Fixtures() {
    }

    public static Organisation anOrganisation() {
        return CoreContext.bean(OrganisationStore.class)
                .save(new Organisation(null, "Org " + unique(), false, null));
    }

    public static User aUser(Organisation org, Role... roles) {
        return aUser(org, LocalDate.now().minusDays(100), "UTC", roles);
    }

    public static User aUser(Organisation org, LocalDate hireDate, String zone, Role... roles) {
        UserStore users = CoreContext.bean(UserStore.class);
        String roleNames = String.join("-", Arrays.stream(roles).map(r -> r.name().toLowerCase()).toList());
        User user = users.save(User.newUser(org.id(), roleNames + "." + unique() + "@example.test",
                "Person " + unique(), hash(), hireDate, zone));
        for (Role role : roles) {
            users.addRole(user.id(), role.name());
        }
        return user;
    }

    public static Team aTeam(Organisation org, User manager, User... members) {
        TeamStore teams = CoreContext.bean(TeamStore.class);
        Team team = teams.save(new Team(null, org.id(), "Team " + unique(), null, null));
        teams.addManager(team.id(), manager.id());
        for (User member : members) {
            teams.putMember(member.id(), team.id());
        }
        return team;
    }

    public static String unique() {
        return SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = CoreContext.bean(PasswordHasher.class).hash(PASSWORD);
        }
        return passwordHash;
    }

    /**
     * Writes a module for each prefix (if any) into the library and publishes the whole library,
     * retiring every module not in it; returns the new modules' ids.
     */
    public static List<String> publish(TestLibrary library, String... prefixes) {
        List<String> ids = new ArrayList<>();
        for (String prefix : prefixes) {
            String id = prefix + "-" + unique();
            library.module(id);
            ids.add(id);
        }
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(),
                PublishOrigin.AUTHOR, null);
        return ids;
    }

    /**
     * Takes version 1 of a test module's quiz, every answer right and sure, submitted at {@code at}
     * after {@code seconds}. At 30 s (10 s a question) that rates Easy, so no review falls due for about a week.
     */
    public static void takeQuiz(User rep, String module, Instant at, long seconds) {
        var answers = Map.of(1, new QuizGrading.Answer(Set.of("b"), ""), 2, new QuizGrading.Answer(Set.of("a", "b"), ""),
                3, new QuizGrading.Answer(Set.of(), "5"));
        var sure = Map.of(1, Confidence.SURE, 2, Confidence.SURE, 3, Confidence.SURE);
        CoreContext.bean(AttemptRecorder.class).record(
                new Submission(UUID.randomUUID(), rep.id(), module, 1, at.minusSeconds(seconds), answers, sure), at);
    }
}
