package org.clockwise.content;

import java.util.Objects;

/**
 * A skill, buying-cycle phase or persona declared in {@code catalog.yml}.
 *
 * @param id          stable id ({@code [a-z0-9][a-z0-9-]*}), unique within its list
 * @param name        display name
 * @param description optional longer text; empty when the catalog gives none
 */
public record CatalogEntry(String id, String name, String description) {

    public CatalogEntry {
        Ids.requireValid(id, "catalog id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name of " + id + " must not be blank");
        }
        description = description == null ? "" : description;
    }
}
