package be.leerlingenbegeleiding.handbook.model;

import be.leerlingenbegeleiding.handbook.diag.Position;

/** A reference to a role by its id, as written in a content file. */
public record RoleRef(String id, Position position) {
    @Override
    public String toString() {
        return id;
    }
}
