package be.leerlingenbegeleiding.handbook.model;

import java.util.List;
import java.util.Map;

/**
 * {@code personeel/<id>.yaml}: what holds for one staff member rather than for the function —
 * the hours, the yearly agreement and the personal goals. Internal: it belongs to the
 * personnel file and is only built with {@code handbook build --intern}, never into the
 * public site, its search index, sitemap or PDFs. The id is the file name.
 */
@Internal
public record StaffMember(
        String id,
        @Key(value = "naam", required = true, doc = "Naam van het personeelslid.") String name,
        @Key(value = "functie", required = true, doc = "Id van de functiebeschrijving (bestandsnaam in functies/, zonder .yaml).") String function,
        @Key(value = "uren", doc = "Hoeveel uren, in welke eenheid en uit welke bron.") List<Hours> hours,
        @Key(value = "jaarafspraak", doc = "De jaarafspraak tussen de eerste evaluator en dit personeelslid.") YearlyAgreement yearlyAgreement,
        Source source) {

    /** A number of hours and where they come from. */
    public record Hours(
            @Key(value = "aantal", required = true, doc = "Aantal uren of lestijden per week.") Double amount,
            @Key(value = "eenheid", doc = "lestijden of klokuren.") HoursUnit unit,
            @Key(value = "bron", doc = "Waar de uren vandaan komen, bv. BPT-uren.") String source,
            Source origin) {
    }

    /** The yearly agreement between the first evaluator and the staff member. */
    public record YearlyAgreement(
            @Key(value = "schooljaar", required = true, format = Key.Format.SCHOOL_YEAR, doc = "Schooljaar van de afspraak, bv. 2025-2026.") String schoolYear,
            @Key(value = "doelen", doc = "Doelen voor dit schooljaar.") List<String> goals,
            @Key(value = "tijdsbesteding", doc = "Geplande verdeling over de vier domeinen: in procent (samen 100), in uren of in dagen per week, één eenheid voor de hele verdeling.") Map<Domain, Share> plannedTimeSplit,
            @Key(value = "beschikbaarheid", doc = "Wanneer het personeelslid beschikbaar is voor leerlingen, ouders en collega's.") String availability,
            @Key(value = "professionaliseringsdoelen", doc = "Wat het personeelslid dit jaar wil leren (persoonlijke ontwikkeldoelen).") List<String> developmentGoals,
            Source source) {
    }
}
