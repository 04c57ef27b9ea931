package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/**
 * {@code leersteun.yaml}: the agreements with the school's one leersteuncentrum (decreet over
 * leersteun, in force since 1 September 2023). The school itself puts every request for learning
 * support to this centre; the CLB's part is the report (GC-, IAC- or OV4-verslag).
 */
public record LearningSupport(
        @Key(value = "leersteuncentrum", doc = "Naam van het leersteuncentrum waarmee de school samenwerkt (één centrum per school).") String name,
        @Key(value = "rol", doc = "Id van de rol die het leersteuncentrum in rollen.yaml beschrijft.") RoleRef role,
        @Key(value = "adres", doc = "Adres van het leersteuncentrum.") School.Address address,
        @Key(value = "website", format = Key.Format.URL, doc = "Website van het leersteuncentrum (https://…).") String website,
        @Key(value = "contact", doc = "Het aanspreekpunt van het leersteuncentrum voor de school.") Contact contact,
        @Key(value = "afspraken", doc = "De afspraken tussen school en leersteuncentrum: aanvraag, overleg en opvolging.") Agreements agreements,
        @Key(value = "evaluatie", doc = "Wanneer en hoe school en leersteuncentrum de afspraken evalueren.") ClbCooperation.Evaluation evaluation,
        @Key(value = "bron", doc = "De regelgeving waarop deze afspraken steunen, bv. het decreet of de omzendbrief over leersteun.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** The agreements every school makes with its centre, and any others it adds. */
    public record Agreements(
            @Key(value = "aanvraag", doc = "Hoe de school leersteun aanvraagt en wie op school de aanvraag doet.") Step request,
            @Key(value = "overleg", doc = "Wie deelneemt aan het overleg met het leersteuncentrum, en hoe dat verloopt.") Step consultation,
            @Key(value = "opvolging", doc = "Hoe de leersteun opgevolgd en geëvalueerd wordt.") Step followUp,
            @Key(value = "andere", doc = "Andere afspraken met het leersteuncentrum, elk met onderwerp en afspraak.") List<ClbCooperation.Agreement> others,
            Source source) {
    }

    /** One agreement about a step of the support: what is agreed and who takes part. */
    public record Step(
            @Key(value = "afspraak", required = true, doc = "Wat er afgesproken is, in Markdown.") Markdown agreement,
            @Key(value = "wie", doc = "Ids van de betrokken rollen.") List<RoleRef> who,
            Source source) {
    }
}
