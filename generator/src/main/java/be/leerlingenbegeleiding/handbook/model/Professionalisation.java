package be.leerlingenbegeleiding.handbook.model;

import java.util.List;
import java.util.Map;

/** {@code professionalisering.yaml}: the professionalisation policy and its four learning themes. */
public record Professionalisation(
        @Key(value = "beleid", doc = "Het professionaliseringsbeleid rond leerlingenbegeleiding, in Markdown.") Markdown policy,
        @Key(value = "leerthemas", doc = "Per leerthema: doel en acties.") Map<LearningTheme, Theme> themes,
        @Key(value = "vormen", doc = "Vormen van professionalisering, bv. intervisie, lerend netwerk.") List<String> forms,
        @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** One learning theme. */
    public record Theme(
            @Key(value = "doel", doc = "Wat de school met dit thema wil bereiken.") String goal,
            @Key(value = "acties", doc = "Wat de school hiervoor doet.") List<String> actions,
            Source source) {
    }
}
