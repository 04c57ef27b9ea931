package be.leerlingenbegeleiding.handbook.model;

import java.util.List;
import java.util.Map;

/** {@code zorgcontinuum.yaml}: the phases of care, what happens in each and who acts. */
public record CareContinuum(
        @Key(value = "inleiding", doc = "Optionele inleiding bij het zorgcontinuüm, in Markdown.") Markdown introduction,
        @Key(value = "fasen", doc = "Per fase: omschrijving, wat er gebeurt en wie handelt.") Map<Phase, PhaseSection> phases,
        @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** One phase of the continuum. */
    public record PhaseSection(
            @Key(value = "omschrijving", required = true, doc = "Wat deze fase inhoudt, in Markdown.") Markdown description,
            @Key(value = "wat", doc = "Wat er in deze fase gebeurt.") List<String> what,
            @Key(value = "wie", doc = "Ids van de rollen die in deze fase handelen.") List<RoleRef> who,
            @Key(value = "overgang", doc = "Wanneer een leerling naar de volgende fase gaat, in Markdown.") Markdown transition,
            Source source) {
    }
}
