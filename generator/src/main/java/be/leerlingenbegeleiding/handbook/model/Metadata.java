package be.leerlingenbegeleiding.handbook.model;

import java.time.LocalDate;
import java.util.Map;

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
        @Key(value = "hernoemde_rollen", templateOnly = true, doc = "Alleen in een sjabloon (soort: sjabloon): rollen die het sjabloon een nieuw id gaf, telkens 'oud-id: nieuw-id', bv. 'zorgcoordinator: leerlingenbegeleider'. Een school die het oude id nog gebruikt, krijgt bij check en in het upgraderapport te zien door welk id ze het moet vervangen. Laat oude namen staan: ook een school die een versie oversloeg, heeft ze nodig.") Map<String, String> renamedRoles,
        @Key(value = "publicatie_url", format = Key.Format.SITE, doc = "Volledig webadres waar de website van het handboek gepubliceerd wordt, bv. https://www.school.be/leerlingenbegeleiding/. Geeft een sitemap met volledige adressen, canonieke links en een foutpagina (404) die op elk adres werkt.") String publicationUrl,
        @Key(value = "vorige_uitgave", doc = "De vorige uitgave van dit handboek, om op de website een pagina 'Wat is er nieuw' en in de pdf een bijlage te publiceren met elk deel dat sindsdien veranderde: een git-revisie van de repository waarin het handboek staat (een tag zoals v2025-2026, of een commit), of een map met die uitgave naast dit handboek in de inhoudsmap, bv. ../archief/de-kiem-2025. Een school neemt dit niet over van haar sjabloon.") String previousEdition,
        Source source) {

    public Metadata {
        if (language == null) language = Language.NL_BE;
        if (kind == null) kind = Kind.SCHOOL;
        renamedRoles = renamedRoles == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(renamedRoles));
    }

    /**
     * The id a role has now in the template, when {@code id} is one the template renamed; null
     * otherwise. Renames may follow each other over versions (a to b, later b to c): a school
     * that skipped a version is sent to the last one.
     */
    public String renamedRole(String id) {
        return renamed(renamedRoles, id);
    }

    /** {@link #renamedRole} in a map of renames (old id to new id); null when {@code id} is not renamed. */
    public static String renamed(Map<String, String> renames, String id) {
        String now = renames.get(id);
        // Bounded: a circle of renames (a to b, b to a) must not hang the check.
        for (int i = 0; i < renames.size() && now != null && renames.containsKey(now); i++) now = renames.get(now);
        return now;
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
