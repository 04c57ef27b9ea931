package be.leerlingenbegeleiding.handbook.model;

import java.time.LocalDate;
import java.util.List;

/** {@code kwaliteit.yaml}: the quality cycle and the five quality questions. */
public record QualityCare(
        @Key(value = "cyclus", doc = "De kwaliteitscyclus: beginsituatie, doelen, acties, effecten.") Cycle cycle,
        @Key(value = "kwaliteitsvragen", doc = "De antwoorden van de school op de vijf kwaliteitsvragen.") Questions questions,
        @Key(value = "volgende_evaluatie", doc = "Datum (JJJJ-MM-DD) van de volgende evaluatie van het beleid.") LocalDate nextEvaluation,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** The quality cycle. */
    public record Cycle(
            @Key(value = "beginsituatie", doc = "De analyse van de beginsituatie, in Markdown.") Markdown initialAnalysis,
            @Key(value = "doelen", doc = "Concrete doelen.") List<String> goals,
            @Key(value = "acties", doc = "Verbeteracties.") List<String> actions,
            @Key(value = "effecten", doc = "Hoe de school de effecten meet en wat ze ermee doet, in Markdown.") Markdown effects,
            Source source) {
    }

    /** The five quality questions, answered. */
    public record Questions(
            @Key(value = "juiste_dingen", doc = "Doen we de juiste dingen? In Markdown.") Markdown rightThings,
            @Key(value = "goed_doen", doc = "Doen we ze goed? In Markdown.") Markdown doneWell,
            @Key(value = "hoe_weten", doc = "Hoe weten we dat? In Markdown.") Markdown howWeKnow,
            @Key(value = "anderen", doc = "Vinden anderen (leerlingen, ouders) dat ook? In Markdown.") Markdown othersAgree,
            @Key(value = "leren", doc = "Wat leren we eruit en wat doen we ermee? In Markdown.") Markdown learning,
            Source source) {
    }
}
