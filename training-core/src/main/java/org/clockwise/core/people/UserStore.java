package org.clockwise.core.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserStore extends CrudRepository<User, Long> {

    /** Addresses are unique whatever their case (see the users_email_lower_key index). */
    @Query("SELECT * FROM users WHERE lower(email) = lower(:email)")
    Optional<User> findByEmailIgnoringCase(String email);

    /** The users of these ids, in no particular order; an unknown id is left out (issue 13, the team dashboard). */
    List<User> findByIdIn(Collection<Long> ids);

    @Query("SELECT role FROM user_roles WHERE user_id = :userId ORDER BY role")
    List<String> findRoleNames(long userId);

    @Query("INSERT INTO user_roles (user_id, role) VALUES (:userId, :role) ON CONFLICT DO NOTHING")
    void addRole(long userId, String role);

    @Query("SELECT u.* FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP' WHERE u.org_id = :orgId ORDER BY u.id")
    List<User> findRepsOf(long orgId);

    @Query("SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP' WHERE u.active ORDER BY u.id")
    List<Long> findActiveRepIds();

    @Query("SELECT count(*) FROM organisations")
    long countOrganisations();
}
