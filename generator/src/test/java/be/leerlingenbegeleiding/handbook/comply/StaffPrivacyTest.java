package be.leerlingenbegeleiding.handbook.comply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Internal;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.Source;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R12 for staff: what a named staff member's page must not show, and what it may. */
class StaffPrivacyTest {
    @TempDir
    Path tmp;

    private static final String ROLES = """
            rollen:
              - id: leerlingenbegeleider
                naam: Leerlingenbegeleider
                soort: intern
                personen: [Sofie Claes]
            """;

    private Findings check(String page, String roles) throws IOException {
        Fixtures.write(tmp, "h/handboek.yaml", "titel: Proef\nstatus: concept\n");
        Fixtures.write(tmp, "h/school.yaml", "naam: Proefschool\n");
        Fixtures.write(tmp, "h/rollen.yaml", roles);
        if (page != null) Fixtures.write(tmp, "h/paginas/tekst.md", "---\ntitel: Tekst\n---\n" + page + "\n");
        Handbook h = Build.check(tmp.resolve("h")).handbooks().get(0);
        Findings out = new Findings(LocalDate.of(2026, 11, 23));
        new Privacy().check(h, out);
        return out;
    }

    private static List<String> findings(Findings out) {
        return out.raw.stream().map(r -> r.message().key() + " " + r.subject() + " " + r.at().line() + ":" + r.at().column()).toList();
    }

    @Test
    void goalsEvaluationsAndPrivateNumbersOfANamedStaffMemberAreFindingsWithTheirPlace() throws IOException {
        Findings out = check("""
                Sofie Claes werkt dit jaar aan haar persoonlijke leerdoelen.
                In het functioneringsgesprek van juni kreeg Sofie twee werkpunten.
                Sofie Claes is thuis bereikbaar op 011 22 33 44 of sofie.claes@gmail.com.
                """, ROLES);
        assertEquals(List.of(
                "privacy.staffEmail sofie.claes@gmail.com 6:52",
                "privacy.staffGoal persoonlijke leerdoelen 4:37",
                "privacy.staffEvaluation functioneringsgesprek 5:8",
                "privacy.staffEvaluation werkpunten 5:56",
                "privacy.staffNumber 011 22 33 44 6:36"), findings(out));
        assertEquals("Sofie Claes", out.raw.get(3).message().args().get(1), "names whose remark it is");
    }

    @Test
    void theSameWordsWithoutANamedStaffMemberAreLeftAlone() throws IOException {
        Findings out = check("""
                De leerlingenbegeleider bespreekt haar persoonlijke leerdoelen in het jaarlijkse functioneringsgesprek.
                Leerlingen werken aan eigen leerdoelen. Bel de school op 011 22 33 44.

                Sofie Claes coördineert de cel. Privé-informatie over leerlingen delen we niet.
                """, ROLES);
        assertEquals(List.of(), findings(out));
    }

    @Test
    void aLongSentenceFullOfStaffDataIsReportedQuickly() {
        String item = "Sofie Claes: functioneringsgesprek, thuis 011 22 33 44, persoonlijke leerdoelen; ";
        int n = 600_000 / item.length();
        Findings out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> check(item.repeat(n) + " ".repeat(200_000) + "x", ROLES));
        assertEquals(3 * n, out.raw.size());
    }

    /** A part marked internal, as the function description's personal part is meant to be. */
    @Internal
    record PersonalFile(@Key(value = "doelen", doc = "") List<String> goals, Source source) {
    }

    record Part(@Key(value = "tekst", doc = "") String text, @Internal @Key(value = "notitie", doc = "") String note,
                @Key(value = "dossier", doc = "") PersonalFile file, Source source) {
    }

    @Test
    void partsMarkedInternalAreNotReadAsPublished() {
        Source src = new Source(new be.leerlingenbegeleiding.handbook.diag.Position(tmp.resolve("x.yaml"), 1, 1),
                java.util.Map.of(), java.util.Map.of());
        Part part = new Part("Openbaar.", "Intern.", new PersonalFile(List.of("Mijn doel dit jaar."), src), src);
        assertEquals(List.of("Openbaar."), Texts.publishedOf(part).stream().map(Texts.Text::text).toList());
        assertEquals(List.of("Openbaar.", "Intern.", "Mijn doel dit jaar."), Texts.allOf(part).stream().map(Texts.Text::text).toList());
    }
}
