package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/**
 * A Markdown page with YAML front matter: a free page in {@code paginas/} or a practice example
 * in {@code praktijkvoorbeelden/}. The id is the file name without {@code .md}.
 */
public record Page(
        String id,
        @Key(value = "titel", required = true, doc = "Titel van de pagina.") String title,
        @Key(value = "volgorde", doc = "Volgorde in het menu: lager komt eerst.") Integer order,
        @Key(value = "sectie", doc = "Onder welke sectie van het menu de pagina hoort.") String section,
        @Key(value = "samenvatting", doc = "Korte samenvatting voor overzichten.") String summary,
        @Key(value = "domeinen", doc = "Begeleidingsdomeinen waarover de pagina gaat.") List<Domain> domains,
        @Key(value = "fasen", doc = "Fasen van het zorgcontinuüm waarover de pagina gaat.") List<Phase> phases,
        @Key(value = "rollen", doc = "Ids van de rollen die in de pagina optreden.") List<RoleRef> roles,
        Markdown body,
        @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {
}
