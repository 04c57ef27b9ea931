package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.author.Upgrade;
import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example schools as they were on version 2026.1 of the example template (before the law of
 * 2026–2027 came into it, fixtures under {@code upgrade/}) look at the current template: what
 * must they write themselves, what must they move, and which ids must they change?
 */
class UpgradeFromTemplate20261Test {
    @TempDir
    Path tmp;

    Path deLinde;
    Path campus;
    final Path template = Fixtures.repoRoot().resolve("content/sjabloon");

    @BeforeEach
    void oldSchools() throws IOException {
        Path from = Fixtures.resources().resolve("upgrade");
        for (String s : List.of("sjabloon-2026.1", "de-linde-2026.1", "campus-ter-beke-2026.1")) {
            Fixtures.copyTree(from.resolve(s), tmp.resolve(s));
        }
        deLinde = tmp.resolve("de-linde-2026.1");
        campus = tmp.resolve("campus-ter-beke-2026.1");
    }

    @Test
    void theNewMandatoryPartsAreTheLeersteunAgreementsAndTheInstitutionBoundTasks() throws IOException {
        Upgrade.Report r = Upgrade.report(deLinde, template);
        List<String> mandatory = sections(r, Upgrade.Kind.NEW_MANDATORY);
        for (String s : List.of("leersteun.yaml: leersteuncentrum", "leersteun.yaml: contact", "leersteun.yaml: evaluatie",
                "opdrachten.yaml: opdrachten")) {
            assertTrue(mandatory.contains(s), s + " in " + mandatory);
        }
    }

    @Test
    void thePerPersonPartsOfTheFunctionDescriptionAreForReviewWithWhatTheSchoolWrote() throws IOException {
        Upgrade.Report r = Upgrade.report(deLinde, template);
        Map<String, Upgrade.Change> review = r.of(Upgrade.Kind.REVIEW).stream()
                .collect(Collectors.toMap(Upgrade.Change::section, c -> c));
        Map<String, String> written = Map.of(
                "uren", "BPT-uren voor bijzondere pedagogische taken",
                "jaarafspraak", "toetsstress in het eerste jaar",
                "schoolspecifieke_opdrachten", "De leerlingenraad begeleiden.");
        written.forEach((key, text) -> {
            Upgrade.Change c = review.get("functies/leerlingenbegeleider.yaml: " + key);
            assertTrue(c != null, key + " under review: " + review.keySet());
            assertNull(c.newText(), key + " is gone from the new template");
            assertTrue(c.localText().contains(text), c.localText());
        });
    }

    @Test
    void theTemplatesOwnVersionIsInTheHeadingNotAPartToReview() throws IOException {
        Upgrade.Report r = Upgrade.report(deLinde, template);
        assertTrue(r.fromEdition().startsWith("versie 2026.1"), r.fromEdition());
        assertTrue(r.toEdition().startsWith("versie 2026.2"), r.toEdition());
        // The template's version, not its texts (a subtitle the school inherits may well change).
        assertFalse(r.changes().stream().anyMatch(c -> c.section().startsWith("handboek.yaml") && c.section().contains("versie")),
                sections(r, Upgrade.Kind.REVIEW).toString());
    }

    @Test
    void theRenamedRolesAreListedWithEveryPlaceTheSchoolStillUsesTheOldId() throws IOException {
        assertEquals(Map.of("okan-volgschoolcoach", List.of("rollen.yaml:7:5")),
                renames(Upgrade.report(deLinde, template)));
        assertEquals(Map.of("okan-volgschoolcoach", List.of("cel.yaml:55:10", "functies/leerlingenbegeleider-campus-zuid.yaml:74:5")),
                renames(Upgrade.report(campus, template)));
        Upgrade.Rename r = Upgrade.report(campus, template).renames().get(0);
        assertEquals("vervolgschoolcoach", r.newId());
    }

    @Test
    void theTextReportAndThePageSayWhatToReplaceWhere() throws IOException {
        Path html = tmp.resolve("rapport.html");
        Fixtures.Run run = Fixtures.run("upgrade-report", campus.toString(), "--to", template.toString(), "--html", html.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("""
                Hernoemde rollen: het sjabloon gaf een rol een nieuw id (1):
                  'okan-volgschoolcoach' heet nu 'vervolgschoolcoach'.
                    Vervang 'okan-volgschoolcoach' door 'vervolgschoolcoach' in:
                      cel.yaml:55:10
                      functies/leerlingenbegeleider-campus-zuid.yaml:74:5
                """), run.out());
        var page = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(List.of("cel.yaml, regel 55, kolom 10", "functies/leerlingenbegeleider-campus-zuid.yaml, regel 74, kolom 5"),
                page.select("#hernoemd + ul > li:first-child li").eachText());
        assertTrue(page.select("td .weg").text().contains("staat niet meer in het nieuwe sjabloon"), page.select("td").text());
        // On a phone the three texts stack: each cell names its column.
        assertEquals(List.of("Sjabloon nu", "Nieuw sjabloon", "Tekst van je school"),
                page.select("tbody tr").first().select("td").eachAttr("data-label"));
    }

    /**
     * After {@code upgrade}, {@code check} tells the school every step left, each error with a
     * tip that says where the content goes now or which id to write.
     */
    @Test
    void afterUpgradeEveryErrorSaysWhereTheContentGoesNow() throws IOException {
        Messages nl = Messages.dutch();
        Map<String, List<String>> tips = new TreeMap<>();
        for (Path school : List.of(deLinde, campus)) {
            Fixtures.Run run = Fixtures.run("upgrade", school.toString(), "--to", template.toString());
            assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.out() + run.err());
            for (Diagnostic d : Build.check(school).diagnostics()) {
                if (!d.isError()) continue;
                String tip = d.tip() == null ? "" : nl.text(d.tip()).strip();
                assertFalse(tip.isEmpty(), "no tip: " + d);
                tips.computeIfAbsent(d.code(), k -> new java.util.ArrayList<>()).add(tip);
            }
        }
        assertTrue(tips.keySet().containsAll(List.of("HB006", "HB031", "HB054", "HB055", "HB056")), tips.keySet().toString());
        assertTrue(tips.get("HB054").stream().allMatch(t -> t.contains("opdrachten.yaml")), tips.get("HB054").toString());
        assertTrue(tips.get("HB055").stream().allMatch(t -> t.contains("personeel/")), tips.get("HB055").toString());
        for (String code : List.of("HB006", "HB031")) {
            assertTrue(tips.get(code).stream().allMatch(t -> t.contains("Vervang 'okan-volgschoolcoach' hier door 'vervolgschoolcoach'")),
                    tips.get(code).toString());
        }
    }

    private static List<String> sections(Upgrade.Report r, Upgrade.Kind kind) {
        return r.of(kind).stream().map(Upgrade.Change::section).toList();
    }

    private static Map<String, List<String>> renames(Upgrade.Report r) {
        return r.renames().stream().collect(Collectors.toMap(Upgrade.Rename::oldId, n -> n.placesIn(r.school())));
    }
}
