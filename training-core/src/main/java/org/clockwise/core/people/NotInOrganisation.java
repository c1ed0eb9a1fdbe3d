package org.clockwise.core.people;

/** A person or team that does not exist in the admin's organisation (another organisation's ids look the same: 404). */
public class NotInOrganisation extends RuntimeException {

    public NotInOrganisation(String what) {
        super(what + " not found");
    }
}
