package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.author.Upgrade;
import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school on template version 1 looks at version 2, which touches both untouched and overridden parts. */
class UpgradeTest {
    @TempDir
    Path tmp;

    void write(String path, String text) throws IOException {
        Fixtures.write(tmp, path, text);
    }

    @BeforeEach
    void versions() throws IOException {
        for (String v : List.of("v1", "v2")) {
            write(v + "/handboek.yaml", "titel: Sjabloon\nstatus: concept\n");
            write(v + "/school.yaml", "naam: !invullen naam van je school\n");
            write(v + "/paginas/begrippen.md", "---\ntitel: Begrippen\n---\nWoorden.\n");
        }
        write("v1/cel.yaml", "naam: cel\nritme: elke maand\nmandaat: De cel stelt voor.\n");
        write("v2/cel.yaml", "naam: cel\nritme: elke twee weken\nmandaat: De cel beslist mee.\n"
                + "procedures:\n  casusbespreking: !vast Elke bespreking start bij de vraag van de leerling.\n");
        write("v2/paginas/privacy.md", "---\ntitel: Privacy\n---\nNieuw.\n");
        Files.delete(tmp.resolve("v2/paginas/begrippen.md"));
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../v1\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\n");
        write("school/cel.yaml", "ritme: elke week op dinsdag\n");
    }

    @Test
    void theReportListsExactlyWhatChangesPerSection() throws IOException {
        Upgrade.Report r = Upgrade.report(tmp.resolve("school"), tmp.resolve("v2"));
        assertEquals(List.of("cel.yaml: mandaat"), sections(r, Upgrade.Kind.AUTOMATIC));
        assertEquals(List.of("cel.yaml: ritme"), sections(r, Upgrade.Kind.REVIEW));
        assertEquals(List.of("cel.yaml: procedures"), sections(r, Upgrade.Kind.NEW_MANDATORY));
        assertEquals(List.of("paginas/privacy.md: Pagina 'Privacy'"), sections(r, Upgrade.Kind.NEW));
        assertEquals(List.of("paginas/begrippen.md: Pagina 'Begrippen'"), sections(r, Upgrade.Kind.REMOVED));
        Upgrade.Change review = r.of(Upgrade.Kind.REVIEW).get(0);
        assertEquals(List.of("elke maand", "elke twee weken", "elke week op dinsdag"),
                List.of(review.oldText(), review.newText(), review.localText()));
    }

    /**
     * One action of one domain and one task of one role change in the template: the report names
     * that domain's actions in that phase and that task, not all of domeinen.yaml or the role.
     */
    @Test
    void aChangeDeepInsideAFileShowsAsThePartThatChanged() throws IOException {
        String domains = "domeinen:\n  leren_en_studeren:\n    omschrijving: Leren leren.\n    acties:\n"
                + "      brede_basiszorg:\n        - wat: Studiemethode in het eerste jaar.\n"
                + "      verhoogde_zorg:\n        - wat: Studiebegeleiding op woensdag.\n";
        String roles = "rollen:\n  - id: leerlingenbegeleider\n    naam: Leerlingenbegeleider\n    taken:\n"
                + "      - id: intake\n        omschrijving: Voert het intakegesprek.\n"
                + "      - id: opvolging\n        omschrijving: Volgt op.\n";
        write("v1/domeinen.yaml", domains);
        write("v2/domeinen.yaml", domains.replace("op woensdag", "op woensdag en vrijdag"));
        write("v1/rollen.yaml", roles);
        write("v2/rollen.yaml", roles.replace("Voert het intakegesprek.", "Voert het intakegesprek binnen de week."));
        Upgrade.Report r = Upgrade.report(tmp.resolve("school"), tmp.resolve("v2"));
        assertEquals(List.of("cel.yaml: mandaat",
                "domeinen.yaml: Acties in de fase 'verhoogde zorg' van domein 'leren en studeren'",
                "rollen.yaml: Taak 'intake' van rol 'Leerlingenbegeleider'"), sections(r, Upgrade.Kind.AUTOMATIC));
    }

    /**
     * A function description of the old template had the hours in it; the new one has not. A
     * school that wrote its own hours must move them itself (to personeel/): the report puts that
     * section among what a person must look at, not among what simply disappears.
     */
    @Test
    void aSectionGoneFromTheTemplateThatTheSchoolWroteItselfIsForAPersonToReview() throws IOException {
        write("v1/functies/leerlingenbegeleider.yaml", "titel: Leerlingenbegeleider\nrol: leerlingenbegeleider\n"
                + "uren: !invullen\n  - aantal: 0\n");
        write("v2/functies/leerlingenbegeleider.yaml", "titel: Leerlingenbegeleider\nrol: leerlingenbegeleider\n");
        write("school/functies/leerlingenbegeleider.yaml", "uren:\n  - aantal: 12\n");
        Upgrade.Report r = Upgrade.report(tmp.resolve("school"), tmp.resolve("v2"));
        assertEquals(List.of("cel.yaml: ritme", "functies/leerlingenbegeleider.yaml: uren"), sections(r, Upgrade.Kind.REVIEW));
        assertEquals(List.of("paginas/begrippen.md: Pagina 'Begrippen'"), sections(r, Upgrade.Kind.REMOVED));
        Upgrade.Change hours = r.of(Upgrade.Kind.REVIEW).get(1);
        assertEquals(null, hours.newText(), "the new template has no hours");
        assertTrue(hours.localText().contains("12"), hours.localText());
    }

    @Test
    void theReportIsAlsoAPageWithTheTextsSideBySide() throws IOException {
        Path html = tmp.resolve("rapport.html");
        Fixtures.Run run = Fixtures.run("upgrade-report", tmp.resolve("school").toString(), "--to", tmp.resolve("v2").toString(),
                "--html", html.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("cel.yaml: ritme"), run.out());
        var page = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(List.of("elke maand", "elke twee weken", "elke week op dinsdag"),
                page.select("table td").eachText());
    }

    @Test
    void upgradeTakesInWhatTheSchoolDidNotWriteAndKeepsWhatItDid() throws IOException {
        Fixtures.Run run = Fixtures.run("upgrade", tmp.resolve("school").toString(), "--to", tmp.resolve("v2").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.readString(tmp.resolve("school/handboek.yaml")).contains("sjabloon: ../v2"));
        var h = Build.check(tmp.resolve("school")).handbooks().get(0);
        assertEquals("De cel beslist mee.", h.guidanceTeam().mandate().text());
        assertEquals("elke week op dinsdag", h.guidanceTeam().rhythm());
    }

    @Test
    void aBrokenNewTemplateIsReportedNotCompared() throws IOException {
        write("v2/cel.yaml", "naam: cel\nritme: [niet gesloten\n");
        Fixtures.Run run = Fixtures.run("upgrade-report", tmp.resolve("school").toString(), "--to", tmp.resolve("v2").toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
        assertTrue(run.err().contains("fout[HB009]"), run.err());
    }

    private static List<String> sections(Upgrade.Report r, Upgrade.Kind kind) {
        return r.of(kind).stream().map(Upgrade.Change::section).toList();
    }
}
