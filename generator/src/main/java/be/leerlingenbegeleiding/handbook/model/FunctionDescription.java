package be.leerlingenbegeleiding.handbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A function description in {@code functies/<id>.yaml}: the core tasks in their three groups,
 * the mandate, the hours, the time split and who evaluates. The id is the file name.
 */
public record FunctionDescription(
        String id,
        @Key(value = "titel", required = true, doc = "Titel van de functie.") String title,
        @Key(value = "rol", required = true, doc = "Id van de rol die deze functie invult.") RoleRef role,
        @Key(value = "mandaat", doc = "Het mandaat dat de directie geeft, in Markdown.") Markdown mandate,
        @Key(value = "uren", doc = "Hoeveel uren, in welke eenheid en uit welke bron.") List<Hours> hours,
        @Key(value = "kerntaken", doc = "Kerntaken in de drie groepen.") CoreTasks coreTasks,
        @Key(value = "taakclusters", doc = "Opdrachten per taakcluster: beleid, leerlingen, schoolteam.") Map<TaskCluster, List<String>> clusters,
        @Key(value = "tijdsbesteding", doc = "Verdeling van de tijd over de vier domeinen, in procent (samen 100).") Map<Domain, Integer> timeSplit,
        @Key(value = "competenties", doc = "Kennis, vaardigheden en attitudes.") Competences competences,
        @Key(value = "partners", doc = "Ids van de rollen waarmee samengewerkt wordt.") List<RoleRef> partners,
        @Key(value = "eerste_evaluator", doc = "Id van de rol van de eerste evaluator.") RoleRef firstEvaluator,
        @Key(value = "schoolspecifieke_opdrachten", doc = "Bijkomende opdrachten eigen aan deze school (aparte lijst).") List<String> schoolSpecificDuties,
        @Key(value = "datum", doc = "Datum van de functiebeschrijving (JJJJ-MM-DD).") LocalDate date,
        @Key(value = "ondertekenaars", doc = "Wie ondertekent: rol en naam.") List<Signatory> signatories,
        @Key(value = "jaarafspraak", doc = "Optionele jaarafspraak tussen directie en begeleider.") YearlyAgreement yearlyAgreement,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) {

    /** A number of hours and where they come from. */
    public record Hours(
            @Key(value = "aantal", required = true, doc = "Aantal uren of lestijden per week.") Double amount,
            @Key(value = "eenheid", doc = "lestijden of klokuren.") HoursUnit unit,
            @Key(value = "bron", doc = "Waar de uren vandaan komen, bv. BPT-uren.") String source,
            Source origin) {
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

    /** Someone who signs the function description. */
    public record Signatory(
            @Key(value = "rol", required = true, doc = "Id van de rol van wie ondertekent.") RoleRef role,
            @Key(value = "naam", doc = "Naam van wie ondertekent.") String name,
            Source source) {
    }

    /** The yearly agreement between director and counsellor. */
    public record YearlyAgreement(
            @Key(value = "schooljaar", required = true, format = Key.Format.SCHOOL_YEAR, doc = "Schooljaar van de afspraak, bv. 2025-2026.") String schoolYear,
            @Key(value = "doelen", doc = "Doelen voor dit schooljaar.") List<String> goals,
            @Key(value = "tijdsbesteding", doc = "Geplande verdeling over de vier domeinen, in procent (samen 100).") Map<Domain, Integer> plannedTimeSplit,
            @Key(value = "beschikbaarheid", doc = "Wanneer de begeleider beschikbaar is voor leerlingen, ouders en collega's.") String availability,
            @Key(value = "professionaliseringsdoelen", doc = "Wat de begeleider dit jaar wil leren.") List<String> developmentGoals,
            Source source) {
    }
}
