package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.Metadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a handbook may no longer hold on the build date: its school year has ended, or the date by
 * which it was to be reviewed has passed. Readers meet a published handbook long after it was
 * written, so every page and the PDF's cover say so rather than leave the reader to work it out.
 *
 * @param schoolYear the school year that has ended, or null
 * @param reviewDate the review date that has passed, or null
 */
record Outdated(String schoolYear, LocalDate reviewDate) {

    /** A Flemish school year runs from 1 September to 31 August. */
    static LocalDate end(String schoolYear) {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(5, 9)), 8, 31);
    }

    /** Null when nothing is out of date, or when the build date is not known (a bare render). */
    static Outdated of(Metadata meta, LocalDate today) {
        if (today == null || meta == null) return null;
        String year = meta.schoolYear() != null && today.isAfter(end(meta.schoolYear())) ? meta.schoolYear() : null;
        LocalDate review = meta.reviewDate() != null && today.isAfter(meta.reviewDate()) ? meta.reviewDate() : null;
        return year == null && review == null ? null : new Outdated(year, review);
    }

    /** The notice in the handbook's language: one sentence per reason, then what to do. */
    List<String> sentences(Labels l) {
        List<String> out = new ArrayList<>();
        if (schoolYear != null) out.add(l.get("verouderd.schooljaar", schoolYear));
        if (reviewDate != null) out.add(l.get("verouderd.herziening", l.date(reviewDate)));
        out.add(l.get("verouderd.raad"));
        return out;
    }
}
