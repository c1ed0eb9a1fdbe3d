package org.clockwise.core.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationStore extends CrudRepository<Organisation, Long> {
    List<Organisation> findByDemoTrue();

    /** An organisation by its name, whatever its case. */
    @Query("SELECT * FROM organisations WHERE lower(btrim(name)) = lower(btrim(:name))")
    List<Organisation> findByNameIgnoringCase(String name);
}
