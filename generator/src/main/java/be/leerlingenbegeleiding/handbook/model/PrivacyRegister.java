package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/**
 * {@code privacy.yaml}: the register of the pupil file. For each category of data the school
 * keeps about a pupil: what it holds, which roles may read it, why it is kept, how long, and
 * what passes to a new school when the pupil changes school; plus how to reach the data
 * protection officer. Not to be confused with the compliance check on personal data in the
 * published text (R12): this part describes the file, it holds no pupil's data.
 */
public record PrivacyRegister(
        @Key(value = "inleiding", doc = "Korte uitleg bij het leerlingendossier en dit register, in Markdown.") Markdown introduction,
        @Key(value = "functionaris", required = true, doc = "De functionaris voor gegevensbescherming (DPO): een functiemailbox, geen persoonlijk adres.") Contact officer,
        @Key(value = "categorieen", required = true, doc = "De soorten gegevens in het leerlingendossier, elk met wie ze mag lezen, waarom, hoe lang en wat meegaat bij een schoolverandering.") List<Category> categories,
        @Key(value = "rechten", doc = "Welke rechten leerlingen en ouders hebben op de gegevens (inzage, uitleg, verbetering) en hoe ze die vragen, in Markdown.") Markdown rights,
        @Key(value = "overdracht", doc = "Wat de school in het algemeen doet met het dossier bij een schoolverandering, in Markdown.") Markdown transfer,
        @Key(value = "bron", doc = "De regelgeving waarop dit register steunt, bv. de AVG.") String basis,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** One category of data in the pupil file. */
    public record Category(
            @Key(value = "id", required = true, format = Key.Format.ID, doc = "Korte naam van de categorie, uniek in dit bestand, bv. 'cel-verslagen'.") String id,
            @Key(value = "naam", required = true, doc = "De naam van de categorie zoals ouders en collega's ze begrijpen.") String name,
            @Key(value = "inhoud", doc = "Welke gegevens in deze categorie staan, in Markdown.") Markdown contents,
            @Key(value = "inzage", required = true, doc = "Ids van de rollen die deze gegevens mogen lezen.") List<RoleRef> readers,
            @Key(value = "doel", required = true, doc = "Waarom de school deze gegevens bijhoudt.") String purpose,
            @Key(value = "bewaartermijn", required = true, doc = "Hoe lang de gegevens bewaard worden: een tekst, en waar het kan het aantal jaren.") Retention retention,
            @Key(value = "overdracht", doc = "Of en wat er van deze gegevens meegaat naar een nieuwe school.") Transfer transfer,
            @Key(value = "cel", doc = "true voor de afgeschermde map van de cel (cel.yaml, procedures.inzage): wie ze mag lezen, moet overeenkomen met de cel.") Boolean cel,
            Source source) {

        /** Whether this category holds the cel's recorded agreements (its restricted folder). */
        public boolean isCel() {
            return Boolean.TRUE.equals(cel);
        }
    }

    /** How long a category is kept: in words, and where it can be given, a number of years. */
    public record Retention(
            @Key(value = "tekst", doc = "De bewaartermijn in woorden, bv. 'tot vijf jaar nadat de leerling de school verliet'.") String text,
            @Key(value = "jaren", doc = "Het aantal jaren, als de termijn in jaren uit te drukken is.") Integer years,
            Source source) {
    }

    /** What passes to a new school at a change of school. */
    public record Transfer(
            @Key(value = "gaat_mee", required = true, doc = "Gaat deze categorie mee naar een nieuwe school: ja, deels of nee.") Passes passes,
            @Key(value = "toelichting", doc = "Wat er meegaat en onder welke voorwaarden; verplicht bij 'deels'.") Markdown note,
            Source source) {
    }

    /** Whether a category passes to the new school. */
    public enum Passes implements Coded {
        JA("ja"),
        DEELS("deels"),
        NEE("nee");

        private final String code;

        Passes(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
