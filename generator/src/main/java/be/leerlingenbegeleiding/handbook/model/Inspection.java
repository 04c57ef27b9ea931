package be.leerlingenbegeleiding.handbook.model;

import java.util.List;

/**
 * {@code doorlichting.yaml}: the inspection's expectations on pupil guidance (referentiekader
 * onderwijskwaliteit), each in the handbook's own words, mapped to the parts of the handbook
 * that give evidence for it. Internal: a director uses it to prepare a visit, so it is printed
 * only by {@code handbook build --intern} and never reaches the public site.
 */
@Internal
public record Inspection(
        @Key(value = "inleiding", doc = "Optionele inleiding voor wie de doorlichting voorbereidt, in Markdown.") Markdown introduction,
        @Key(value = "bron", required = true, doc = "Het kader waaruit de verwachtingen komen, bv. 'referentiekader onderwijskwaliteit (OK), verwachtingen over begeleiding'.") String basis,
        @Key(value = "verwachtingen", required = true, doc = "De verwachtingen, elk met id, korte titel in eigen woorden, bron en de delen van het handboek die het bewijs leveren.") List<Expectation> expectations,
        Source source) {

    /** One expectation of the frame and where the handbook answers it. */
    public record Expectation(
            @Key(value = "id", required = true, format = Key.Format.ID, doc = "Korte unieke naam in kleine letters, bv. gedeelde-visie.") String id,
            @Key(value = "titel", required = true, doc = "De verwachting in een korte zin, in eigen woorden: schrijf de tekst van het referentiekader niet over.") String title,
            @Key(value = "bron", required = true, doc = "Waar de verwachting staat, bv. 'OK, kwaliteitsverwachting begeleiding'.") String basis,
            @Key(value = "bewijs", doc = "Paden naar de delen van het handboek die het bewijs leveren, bv. visie, cel, zorgcontinuum.fasen, domeinen.domeinen.leren_en_studeren, rollen.leerlingenbegeleider of paginas.begrippenlijst.") List<String> evidence,
            Source source) {
    }
}
