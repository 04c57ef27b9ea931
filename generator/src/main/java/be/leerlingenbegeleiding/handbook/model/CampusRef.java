package be.leerlingenbegeleiding.handbook.model;

import be.leerlingenbegeleiding.handbook.diag.Position;

/** A reference to a campus of {@code school.yaml} by its id, as written in a content file. */
public record CampusRef(String id, Position position) {
    @Override
    public String toString() {
        return id;
    }
}
