package be.leerlingenbegeleiding.handbook.model;

import java.time.LocalDate;

/**
 * When a part of the handbook (a file or a page) was last reviewed, when it is due again and
 * who keeps it up to date. The website shows it; a part past its date gets a notice and the
 * compliance check a warning.
 */
public record Review(
        @Key(value = "laatst", doc = "Datum (JJJJ-MM-DD) waarop dit onderdeel het laatst herzien werd.") LocalDate last,
        @Key(value = "volgende", doc = "Datum (JJJJ-MM-DD) waarop dit onderdeel opnieuw bekeken moet worden.") LocalDate next,
        @Key(value = "eigenaar", doc = "Id van de rol die dit onderdeel bijhoudt.") RoleRef owner,
        Source source) {
}
