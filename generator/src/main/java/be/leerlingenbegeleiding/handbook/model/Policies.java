package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/**
 * {@code beleid.yaml}: links to the school's other policies (school rules, anti-bullying,
 * drugs, absences, the transfer from primary school). The handbook does not repeat them; it
 * points to them where a reader needs them, and lists them all on a page of their own.
 */
public record Policies(
        @Key(value = "inleiding", doc = "Optionele inleiding bij de lijst met beleidsdocumenten, in Markdown.") Markdown introduction,
        @Key(value = "documenten", required = true, doc = "De andere beleidsdocumenten van de school, elk met titel, onderwerp en een https-adres of een bestand uit documenten/.") List<Document> documents,
        @Key(value = "herziening", doc = "Optioneel: wanneer dit onderdeel herzien werd en opnieuw herzien wordt, en door wie.") Review review,
        Source source) implements Reviewed {

    /** One policy: what it is called, what it is about and where to read it. */
    public record Document(
            @Key(value = "titel", required = true, doc = "De titel van het document zoals lezers het kennen, bv. Schoolreglement 2026-2027.") String title,
            @Key(value = "onderwerp", required = true, doc = "Waarover het gaat: schoolreglement, afwezigheden, pesten, drugs, overgang (van basis- naar secundair onderwijs), privacy of ander. Bepaalt waar de link verschijnt.") PolicySubject subject,
            @Key(value = "url", format = Key.Format.URL, doc = "Het webadres van het document, met https://. Geef url of bestand, niet allebei.") String url,
            @Key(value = "bestand", doc = "Een PDF uit de map documenten/ van het handboek, bv. documenten/drugbeleid.pdf. Geef url of bestand, niet allebei.") String file,
            @Key(value = "omschrijving", doc = "Optioneel: in één zin waarover het document gaat.") String description,
            Source source) {

        /** Where the link points: the web address, or the file's path in the site. */
        public String target() {
            return url != null && !url.isBlank() ? url : file;
        }
    }

    /** The documents about one subject, in the file's order. */
    public List<Document> about(PolicySubject subject) {
        return documents.stream().filter(d -> d.subject() == subject).toList();
    }
}
