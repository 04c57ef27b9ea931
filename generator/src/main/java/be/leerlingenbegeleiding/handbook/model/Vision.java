package be.leerlingenbegeleiding.handbook.model;

import java.util.Map;

/** {@code visie.yaml}: the vision on guidance and how the school realises the five principles. */
public record Vision(
        @Key(value = "visie", doc = "De visie op leerlingenbegeleiding, in Markdown.") Markdown vision,
        @Key(value = "principes", doc = "Per principe van het decreet: hoe de school het waarmaakt.") Map<Principle, PrincipleSection> principles,
        @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** How the school lives up to one principle. */
    public record PrincipleSection(
            @Key(value = "realisatie", required = true, doc = "Hoe de school dit principe waarmaakt, in Markdown.") Markdown realisation,
            @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
            Source source) {
    }
}
