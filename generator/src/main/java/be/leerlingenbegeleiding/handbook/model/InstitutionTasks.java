package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/**
 * {@code opdrachten.yaml}: the institution-bound tasks (instellingsgebonden opdrachten) and how
 * the school divides them. Since 1 September 2021 they are no part of a function description:
 * the school hands this one list to all its staff.
 */
public record InstitutionTasks(
        @Key(value = "inleiding", doc = "Optioneel: een korte uitleg bij de lijst, in Markdown.") Markdown introduction,
        @Key(value = "opdrachten", required = true, doc = "De instellingsgebonden opdrachten, elk met aan wie ze verdeeld zijn.") List<Task> tasks,
        @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** One task and the functions or person it is divided to. */
    public record Task(
            @Key(value = "opdracht", required = true, doc = "De opdracht, bv. toezicht op de speelplaats.") String task,
            @Key(value = "rollen", doc = "Ids van de rollen (functies) aan wie de opdracht verdeeld is.") List<RoleRef> roles,
            @Key(value = "persoon", doc = "Optioneel: wie de opdracht opneemt, als ze aan één persoon gegeven is.") String person,
            @Key(value = "toelichting", doc = "Optioneel: wanneer, hoe vaak of met wie.") String note,
            Source source) {
    }
}
