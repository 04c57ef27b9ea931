package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/** {@code rollen.yaml}: every actor in the school's guidance. */
public record RolesFile(
        @Key(value = "rollen", doc = "De actoren in de leerlingenbegeleiding, elk met id, naam en taken.") List<Role> roles,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {
}
