package org.clockwise.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationStore extends CrudRepository<Organisation, Long> {
    List<Organisation> findByDemoTrue();

    /** The organisation's desired retention; {@code null}: the global setting (bounds checked by RetentionPolicy and a CHECK). */
    @Query("UPDATE organisations SET desired_retention = :value WHERE id = :orgId")
    void setDesiredRetention(long orgId, @Nullable BigDecimal value);

    /** An organisation by its name, whatever its case. */
    @Query("SELECT * FROM organisations WHERE lower(btrim(name)) = lower(btrim(:name))")
    List<Organisation> findByNameIgnoringCase(String name);
}
