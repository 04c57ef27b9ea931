package be.leerlingenbegeleiding.handbook.model;

import java.time.LocalDate;
import java.util.List;

/** {@code clb.yaml}: the cooperation agreements with the partner CLB (art. 123/24). */
public record ClbCooperation(
        @Key(value = "clb", required = true, doc = "Naam van het partner-CLB.") String name,
        @Key(value = "lidwoord", doc = "Optioneel: het lidwoord van de naam van het CLB, 'het' (bv. 'het Vrij CLB Kortedijk'), 'de' of 'geen' (standaard). Teksten die {{het clb}} schrijven, krijgen het juiste.") Article article,
        @Key(value = "rol", doc = "Id van de rol die het CLB in rollen.yaml beschrijft.") RoleRef role,
        @Key(value = "adres", doc = "Adres van het CLB.") School.Address address,
        @Key(value = "website", format = Key.Format.URL, doc = "Website van het CLB (https://…).") String website,
        @Key(value = "contact", doc = "Het aanspreekpunt van het CLB voor de school.") Contact contact,
        @Key(value = "per_campus", doc = "Optioneel: de contactpersoon van het CLB per vestiging.") List<CampusContact> perCampus,
        @Key(value = "afspraken", doc = "De schoolspecifieke samenwerkingsafspraken.") List<Agreement> agreements,
        @Key(value = "informatiedeling", doc = "Hoe school en CLB informatie delen, met respect voor beroepsgeheim en privacy, in Markdown.") Markdown informationSharing,
        @Key(value = "evaluatie", doc = "Wanneer en hoe de afspraken geëvalueerd worden.") Evaluation evaluation,
        @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** One cooperation agreement. */
    public record Agreement(
            @Key(value = "onderwerp", required = true, doc = "Waarover de afspraak gaat.") String subject,
            @Key(value = "afspraak", required = true, doc = "Wat er afgesproken is, in Markdown.") Markdown agreement,
            @Key(value = "wie", doc = "Ids van de betrokken rollen.") List<RoleRef> who,
            @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
            Source source) {
    }

    /** When the agreements are evaluated. */
    public record Evaluation(
            @Key(value = "moment", required = true, doc = "Wanneer de afspraken geëvalueerd worden, bv. 'jaarlijks in juni'.") String moment,
            @Key(value = "laatste", doc = "Datum van de laatste evaluatie (JJJJ-MM-DD).") LocalDate last,
            @Key(value = "volgende", doc = "Datum van de volgende evaluatie (JJJJ-MM-DD).") LocalDate next,
            Source source) {
    }

    /** The CLB's contact for one campus. */
    public record CampusContact(
            @Key(value = "campus", required = true, doc = "Het id van de vestiging.") CampusRef campus,
            @Key(value = "contact", required = true, doc = "Hoe men het CLB voor deze vestiging bereikt.") Contact contact,
            Source source) {
    }
}
