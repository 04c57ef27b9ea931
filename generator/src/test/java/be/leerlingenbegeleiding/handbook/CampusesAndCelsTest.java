package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school as it is: two campuses, a cel per grade on its own campus plus a policy cel, numbers
 * on roles, contact points per campus and a time split in days. Starts from the frozen
 * {@code naleving/basis} handbook (two campuses, two counsellors, every rule met).
 */
class CampusesAndCelsTest {
    @TempDir
    Path tmp;

    private static final String CELS = """
            cellen:
              - id: eerste-graad
                naam: cel eerste graad
                campus: campus-molenweg
                graad: eerste en tweede jaar
                vaste_kern:
                  - rol: directeur
                  - rol: leerlingenbegeleider-eerste-graad
                  - rol: clb
                aansluitend:
                  - rol: klassenleraar
                    wanneer: als er een leerling uit de eigen klas besproken wordt
                ritme: elke dinsdag van 12.40 tot 13.30 uur
              - id: bovenbouw
                naam: cel bovenbouw
                campus: campus-stationsplein
                graad: derde tot zesde jaar
                vaste_kern:
                  - rol: adjunct-directeur
                  - rol: leerlingenbegeleider-tweede-derde-graad
                  - rol: clb
                ritme: om de twee weken op donderdag
              - id: duaal
                naam: cel duaal leren
                campus: campus-stationsplein
                ritme: de eerste maandag van de maand
            beleidscel:
              id: beleid
              naam: beleidscel
              vaste_kern:
                - rol: directeur
                - rol: adjunct-directeur
              ritme: vijf keer per schooljaar
            """;

    /** The basis handbook with three cels and a policy cel in cel.yaml. */
    private Path school() throws IOException {
        Path school = Fixtures.copyTree(Fixtures.resources().resolve("naleving/basis"), tmp.resolve("school"));
        Path cel = school.resolve("cel.yaml");
        Files.writeString(cel, Files.readString(cel, StandardCharsets.UTF_8) + CELS, StandardCharsets.UTF_8);
        return school;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from + " in " + file);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private Document page(Path site, String name) throws IOException {
        return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
    }

    private Path build(Path school) throws IOException {
        Path out = tmp.resolve("uit");
        Build.Result r = Build.build(school, out);
        assertFalse(r.hasErrors(), Messages.dutch().formatAll(r.diagnostics()).toString());
        return out.resolve(school.getFileName().toString());
    }

    @Test
    void everyCelGetsItsOwnSectionFigureAndRhythmAndACelWithoutMembersTakesThoseOfTheFile() throws IOException {
        Document d = page(build(school()), "cel.html");
        for (String id : List.of("eerste-graad", "bovenbouw", "duaal")) {
            Element section = d.selectFirst("section:has(> h2#cel-" + id + ")");
            assertNotNull(section, id + " has a section");
            assertNotNull(section.selectFirst("figure svg"), id + " has its figure");
            assertNotNull(d.getElementById("fig-cel-" + id + "-titel"), "figure ids are unique on the page");
            assertNotNull(d.selectFirst("nav.cellen a[href=#cel-" + id + "]"), "the list of cels links " + id);
        }
        Element duaal = d.selectFirst("section:has(> h2#cel-duaal)");
        assertTrue(duaal.text().contains("Vestiging: Campus Stationsplein"), duaal.text());
        assertTrue(duaal.text().contains("De eerste maandag van de maand"), duaal.text());
        // No core of its own: the file's core, with the adjunct-directeur who chairs every meeting.
        assertTrue(duaal.select("h3 + ul").first().text().contains("Adjunct-directeur"), duaal.text());
        Element eerste = d.selectFirst("section:has(> h2#cel-eerste-graad)");
        assertTrue(eerste.text().contains("Voor: eerste en tweede jaar"), eerste.text());
        assertTrue(eerste.text().contains("Elke dinsdag van 12.40 tot 13.30 uur"), eerste.text());
        Element policy = d.selectFirst("section:has(> h2#beleidscel)");
        assertNotNull(policy, "the policy cel has its section");
        assertTrue(policy.text().contains("Vijf keer per schooljaar"), policy.text());
        // The procedures and the mandate of the file hold for all cels and follow once.
        assertEquals(1, d.select("h2#werkwijze").size());
    }

    @Test
    void aRoleInACelLinksToThatCelsSectionFromItsPage() throws IOException {
        Document d = page(build(school()), "rollen/leerlingenbegeleider-eerste-graad.html");
        assertNotNull(d.selectFirst("a[href=../cel.html#cel-eerste-graad]"), d.select("main").html());
    }

    @Test
    void aRuleOnTheFixedCoreIsCheckedForEveryCelAndTheFindingNamesTheCel() throws IOException {
        Path school = school();
        Files.writeString(school.resolve("naleving.yaml"), """
                regels:
                  - id: SJ1
                    titel: De directie zit in de vaste kern van elke cel
                    ernst: fout
                    bron: ondersteuningsdienst
                    controles:
                      - pad: cel.vaste_kern[*].rol
                        bevat: [directeur]
                """, StandardCharsets.UTF_8);
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        // The cel of the upper grades lacks the director in its own core; the cel for dual
        // learning inherits the file's core, which lacks it too: that is where it points.
        Path cel = school.resolve("cel.yaml");
        int own = lineOf(cel, "  - id: bovenbouw") + 5;
        int inherited = lineOf(cel, "vaste_kern:") + 1;
        assertTrue(run.err().contains("school/cel.yaml:" + own + ":7: fout[SJ1]: cel bovenbouw: 'vaste_kern' mist: directeur"), run.err());
        assertTrue(run.err().contains("school/cel.yaml:" + inherited + ":3: fout[SJ1]: cel duaal leren: 'vaste_kern' mist: directeur"), run.err());
        assertFalse(run.err().contains("cel eerste graad: 'vaste_kern'"), run.err());
        assertEquals(2, count(run.err(), "fout[SJ1]"), run.err());
    }

    @Test
    void ruleR10IsCheckedForEveryCel() throws IOException {
        Path school = school();
        replace(school.resolve("cel.yaml"), "    ritme: om de twee weken op donderdag\n",
                "    ritme: om de twee weken op donderdag\n    aansluitend: []\n");
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("fout[R10]: cel bovenbouw: de cel noemt geen leden die aansluiten"), run.err());
        assertEquals(1, count(run.err(), "fout[R10]"), run.err());
    }

    @Test
    void anUnknownCampusIsAnErrorThatSuggestsTheRightOne() throws IOException {
        Path school = school();
        replace(school.resolve("cel.yaml"), "campus: campus-molenweg", "campus: campus-molen");
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("fout[HB070]: er is geen vestiging 'campus-molen'"), run.err());
        assertTrue(run.err().contains("bedoelde je 'campus-molenweg'?"), run.err());
    }

    @Test
    void staffingIsListedPerCampusOnTheRolePageAndAddedUpForTheCoreOfEachCel() throws IOException {
        Path school = school();
        replace(school.resolve("rollen.yaml"), "    naam: Leerlingenbegeleider eerste graad\n    soort: intern\n", """
                    naam: Leerlingenbegeleider eerste graad
                    soort: intern
                    bezetting:
                      - campus: campus-molenweg
                        aantal: 2
                        uren_per_persoon: 12,5
                        bron: BPT
                      - campus: campus-stationsplein
                        uren_per_persoon: 4
                        eenheid: klokuren
                        toelichting: voor de overstap naar het derde jaar
                """);
        replace(school.resolve("rollen.yaml"), "  - id: directeur\n    naam: Directeur\n    soort: intern\n",
                "  - id: directeur\n    naam: Directeur\n    soort: intern\n    bezetting:\n      - aantal: 1\n");
        replace(school.resolve("rollen.yaml"), "    naam: CLB Kempenland Heidebeek\n    soort: extern\n",
                "    naam: CLB Kempenland Heidebeek\n    soort: extern\n    bezetting:\n      - campus: campus-molenweg\n        uren_per_persoon: 4\n        eenheid: klokuren\n");
        Path site = build(school);
        Element main = page(site, "rollen/leerlingenbegeleider-eerste-graad.html").selectFirst("main");
        String text = main.selectFirst("section:has(> h2#bezetting)").text();
        assertTrue(text.contains("Campus Molenweg: 2 personen, elk 12,5 lestijden (BPT)"), text);
        assertTrue(text.contains("Campus Stationsplein: 1 persoon, 4 klokuren (voor de overstap naar het derde jaar)"), text);
        assertTrue(text.contains("In totaal: 3 personen met samen 25 lestijden en 4 klokuren."), text);
        Document cel = page(site, "cel.html");
        // The first grade's cel is on Campus Molenweg: only that campus's line counts.
        String eerste = cel.selectFirst("section:has(> h2#cel-eerste-graad)").text();
        assertTrue(eerste.contains("De vaste kern telt 4 personen met samen 25 lestijden en 4 klokuren."), eerste);
        // The adjunct-directeur in the core of the upper grades has no numbers: no total that leaves them out.
        String bovenbouw = cel.selectFirst("section:has(> h2#cel-bovenbouw)").text();
        assertFalse(bovenbouw.contains("De vaste kern telt"), bovenbouw);
        assertTrue(eerste.contains("Leerlingenbegeleider eerste graad (2 personen, elk 12,5 lestijden)"), eerste);
    }

    @Test
    void contactPointsForOneCampusStandUnderThatCampusOnTheContactAndHomePage() throws IOException {
        Path school = school();
        replace(school.resolve("contact.yaml"), "    rol: leerlingenbegeleider-eerste-graad\n",
                "    rol: leerlingenbegeleider-eerste-graad\n    campus: campus-molenweg\n");
        Path site = build(school);
        Document contact = page(site, "contact.html");
        Element heading = contact.getElementById("campus-campus-molenweg");
        assertNotNull(heading, "a heading per campus");
        assertTrue(heading.text().startsWith("Campus Molenweg"), heading.outerHtml());
        assertTrue(heading.nextElementSibling().text().contains("Ik voel me niet goed in mijn vel"), heading.nextElementSibling().text());
        assertTrue(contact.getElementById("campus-school").text().startsWith("Voor de hele school"));
        Document home = page(site, "index.html");
        assertNotNull(home.getElementById("terecht-campus-molenweg"), "the home page groups per campus too");
    }

    @Test
    void theClbsContactPerCampusIsOnTheClbPage() throws IOException {
        Path school = school();
        replace(school.resolve("clb.yaml"), "afspraken:\n", """
                per_campus:
                  - campus: campus-molenweg
                    contact:
                      naam: CLB-medewerker eerste graad
                      email: molenweg@clb-heidebeek.be
                afspraken:
                """);
        Document d = page(build(school), "clb.html");
        Element section = d.selectFirst("section:has(> h2#per-campus)");
        assertNotNull(section);
        assertTrue(section.text().contains("Campus Molenweg"), section.text());
        assertNotNull(section.selectFirst("a[href=mailto:molenweg@clb-heidebeek.be]"));
    }

    @Test
    void aTimeSplitInDaysIsShownAsWrittenAndAsPartsOfTheWhole() throws IOException {
        Path school = school();
        replace(school.resolve("functies/leerlingenbegeleider-eerste-graad.yaml"), """
                tijdsbesteding:
                  onderwijsloopbaan: 20
                  leren_en_studeren: 35
                  psychisch_en_sociaal_functioneren: 35
                  preventieve_gezondheidszorg: 10
                """, """
                tijdsbesteding:
                  onderwijsloopbaan: 0,5 dag
                  leren_en_studeren: 1,5 dag
                  psychisch_en_sociaal_functioneren: 2.5 dagen
                  preventieve_gezondheidszorg: 0,5 dag
                """);
        Document d = page(build(school), "functies/leerlingenbegeleider-eerste-graad.html");
        Element table = d.selectFirst("section:has(> h2#tijdsbesteding) table");
        assertTrue(table.selectFirst("caption").text().contains("in dagen per week"), table.text());
        assertTrue(table.text().contains("1,5 dag (30 %)"), table.text());
        assertTrue(table.text().contains("2,5 dagen (50 %)"), table.text());
        String figure = d.selectFirst("section:has(> h2#tijdsbesteding) svg").text();
        assertTrue(figure.contains("1,5 dag · 30"), figure);
        assertTrue(figure.contains("Psychisch en sociaal functioneren: 2,5 dagen · 50"), figure);
    }

    @Test
    void aTimeSplitInPercentStillAddsUpToAHundredAndMayUseADecimalComma() throws IOException {
        Path school = school();
        Path f = school.resolve("functies/leerlingenbegeleider-eerste-graad.yaml");
        replace(f, "  onderwijsloopbaan: 20\n  leren_en_studeren: 35\n", "  onderwijsloopbaan: 20,5\n  leren_en_studeren: 34.5 %\n");
        assertEquals(ExitCode.OK, Fixtures.run("check", school.toString()).exitCode());
        replace(f, "  onderwijsloopbaan: 20,5\n", "  onderwijsloopbaan: 20\n");
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertTrue(run.err().contains("fout[HB013]: de tijdsbesteding telt op tot 99,5%, niet tot 100%"), run.err());
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).equals(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
