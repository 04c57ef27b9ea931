package be.leerlingenbegeleiding.handbook.model;

import java.util.List;
import java.util.Map;

/** {@code domeinen.yaml}: the four guidance domains. */
public record Domains(
        @Key(value = "inleiding", doc = "Optionele inleiding bij de begeleidingsdomeinen, in Markdown.") Markdown introduction,
        @Key(value = "domeinen", doc = "Per begeleidingsdomein: omschrijving, doelen en acties per fase.") Map<Domain, DomainSection> domains,
        @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** One guidance domain as the school works it out. */
    public record DomainSection(
            @Key(value = "omschrijving", doc = "Wat dit domein op school inhoudt, in Markdown.") Markdown description,
            @Key(value = "doelen", doc = "Doelen die de school in dit domein nastreeft.") List<String> goals,
            @Key(value = "acties", doc = "Acties per fase van het zorgcontinuüm.") Map<Phase, List<Action>> actions,
            Source source) {
    }

    /** Something that is done, and who does it. */
    public record Action(
            @Key(value = "wat", required = true, doc = "Wat er gebeurt.") String what,
            @Key(value = "wie", doc = "Ids van de rollen die dit doen.") List<RoleRef> who,
            Source source) {
    }
}
