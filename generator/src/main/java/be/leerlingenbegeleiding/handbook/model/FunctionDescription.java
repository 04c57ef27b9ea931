package be.leerlingenbegeleiding.handbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A function description in {@code functies/<id>.yaml}: one per function (since 1 September
 * 2021 set per ambt, not per person), with the core tasks in their three groups, the mandate,
 * the time split and who evaluates. The institution-bound tasks are {@link InstitutionTasks};
 * hours and the yearly agreement of a person are {@link StaffMember}. The id is the file name.
 */
public record FunctionDescription(
        String id,
        @Key(value = "titel", required = true, doc = "Titel van de functie.") String title,
        @Key(value = "rol", required = true, doc = "Id van de rol die deze functie invult.") RoleRef role,
        @Key(value = "ook_voor", doc = "Optioneel: ids van andere rollen met dezelfde functie, bv. dezelfde functie op een andere campus. Eén functiebeschrijving per functie, niet per persoon.") List<RoleRef> alsoFor,
        @Key(value = "mandaat", doc = "Het mandaat dat de directie geeft, in Markdown.") Markdown mandate,
        @Key(value = "kerntaken", doc = "Kerntaken in de drie groepen.") CoreTasks coreTasks,
        @Key(value = "taakclusters", doc = "Opdrachten per taakcluster: beleid, leerlingen, schoolteam.") Map<TaskCluster, List<String>> clusters,
        @Key(value = "tijdsbesteding", doc = "Verdeling van de tijd over de vier domeinen: in procent (samen 100), in uren per week (bv. '6 uur') of in dagen per week (bv. '1,5 dag'), één eenheid voor de hele verdeling.") Map<Domain, Share> timeSplit,
        @Key(value = "competenties", doc = "Kennis, vaardigheden en attitudes.") Competences competences,
        @Key(value = "partners", doc = "Ids van de rollen waarmee samengewerkt wordt.") List<RoleRef> partners,
        @Key(value = "eerste_evaluator", doc = "Id van de rol van de eerste evaluator.") RoleRef firstEvaluator,
        @Key(value = "datum", doc = "Datum van de functiebeschrijving (JJJJ-MM-DD).") LocalDate date,
        @Key(value = "bron", doc = "Optioneel: de regelgeving waarop deze tekst steunt: artikel, decreet of omzendbrief, bv. 'art. 123/21 Codex Secundair Onderwijs'. Verplicht bij een !vast tekst in een sjabloon.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** Every role this description holds for: its own and those under {@code ook_voor}. */
    public List<RoleRef> roles() {
        List<RoleRef> all = new java.util.ArrayList<>();
        if (role != null) all.add(role);
        if (alsoFor != null) all.addAll(alsoFor);
        return all;
    }

    /** The core tasks, in the three groups of the 2021 rules. */
    public record CoreTasks(
            @Key(value = "eigen_aan_functie", doc = "Taken eigen aan de functie.") List<String> proper,
            @Key(value = "professionalisering", doc = "Taken rond de eigen professionalisering.") List<String> professionalisation,
            @Key(value = "overleg_en_samenwerking", doc = "Overleg en samenwerking met directie, collega's, CLB, ouders.") List<String> cooperation,
            Source source) {
    }

    /** What the function asks in knowledge, skills and attitudes. */
    public record Competences(
            @Key(value = "kennis", doc = "Kennis.") List<String> knowledge,
            @Key(value = "vaardigheden", doc = "Vaardigheden.") List<String> skills,
            @Key(value = "attitudes", doc = "Attitudes.") List<String> attitudes,
            Source source) {
    }
}
