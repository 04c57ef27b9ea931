package be.leerlingenbegeleiding.handbook.model;

import java.time.LocalDate;

/** {@code handboek.yaml}: what the handbook is, its status and its adoption. */
public record Metadata(
        @Key(value = "titel", required = true, doc = "Titel van het handboek, zoals op de voorpagina.") String title,
        @Key(value = "soort", doc = "school (standaard) of sjabloon: een sjabloon wordt gebouwd als voorbeeldweergave, met wat een school moet invullen duidelijk gemarkeerd. Een school neemt dit niet over van haar sjabloon.") Kind kind,
        @Key(value = "sjabloon", doc = "Map van het sjabloonhandboek waarop dit handboek verder bouwt, relatief aan deze map, bv. ../sjabloon.") String template,
        @Key(value = "ondertitel", doc = "Optionele ondertitel.") String subtitle,
        @Key(value = "schooljaar", format = Key.Format.SCHOOL_YEAR, doc = "Schooljaar waarvoor het handboek geldt, bv. 2025-2026.") String schoolYear,
        @Key(value = "editie", doc = "Versie of editie, bv. 'versie 2'.") String edition,
        @Key(value = "taal", doc = "Taal van de vaste teksten: nl-BE (standaard) of en.") Language language,
        @Key(value = "status", required = true, doc = "concept (ontwerp) of vastgesteld.") Status status,
        @Key(value = "vastgesteld", doc = "Wanneer en door wie het beleid werd vastgesteld.") Adoption adoption,
        @Key(value = "herzieningsdatum", doc = "Datum (JJJJ-MM-DD) waarop het beleid opnieuw bekeken wordt.") LocalDate reviewDate,
        @Key(value = "publicatie_url", format = Key.Format.SITE, doc = "Volledig webadres waar de website van het handboek gepubliceerd wordt, bv. https://www.school.be/leerlingenbegeleiding/. Geeft een sitemap met volledige adressen, canonieke links en een foutpagina (404) die op elk adres werkt.") String publicationUrl,
        Source source) {

    public Metadata {
        if (language == null) language = Language.NL_BE;
        if (kind == null) kind = Kind.SCHOOL;
    }

    /** Whether this handbook is a template that schools build on, built as a preview. */
    public boolean isTemplate() {
        return kind == Kind.SJABLOON;
    }

    /** The adoption of the policy: date, body, and who was consulted. */
    public record Adoption(
            @Key(value = "datum", doc = "Datum van vaststelling (JJJJ-MM-DD).") LocalDate date,
            @Key(value = "door", doc = "Wie het beleid vaststelde, bv. 'directie en schoolbestuur'.") String by,
            @Key(value = "na_overleg_met", doc = "Organen waarmee overlegd werd, bv. schoolraad.") java.util.List<String> consulted,
            Source source) {
    }
}
