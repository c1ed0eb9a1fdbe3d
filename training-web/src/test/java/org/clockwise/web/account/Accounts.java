package org.clockwise.web.account;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.PeopleStore;
import org.clockwise.core.people.PersonAdded;
import org.clockwise.core.people.Role;
import org.clockwise.web.testing.TestServer;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Set;

/** Adds people the way the admin pages and the roster import do: the row and PersonAdded in one transaction. */
final class Accounts {

    private Accounts() {
    }

    @SuppressWarnings("unchecked")
    static long addPerson(Organisation org, String email, String name) {
        TransactionOperations<Connection> tx = TestServer.get().getApplicationContext()
                .getBean(Argument.of(TransactionOperations.class, Connection.class));
        PeopleStore people = TestServer.bean(PeopleStore.class);
        ApplicationEventPublisher<PersonAdded> events = TestServer.get().getApplicationContext()
                .getBean(Argument.of(ApplicationEventPublisher.class, PersonAdded.class));
        return tx.executeWrite(status -> {
            long id = people.insert(org.id(), new PeopleStore.Details(email, name, LocalDate.now(), "UTC"));
            people.setRoles(id, Set.of(Role.REP));
            events.publishEvent(new PersonAdded(org.id(), id, null));
            return id;
        });
    }
}
