package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compliance rules as a director meets them. Each rule has a fixture: a complete handbook
 * that passes every rule ({@code naleving/basis}, a frozen copy of the de-kiem example, so that
 * editing the demo content never breaks these fixtures) with one change that breaks exactly that
 * rule; its output is kept in {@code naleving/<rule>.txt} and must name that rule only.
 */
class ComplianceTest {
    private static final Path EXAMPLE = Fixtures.resources().resolve("naleving/basis");

    @TempDir
    Path tmp;

    /** One change per rule, written against the example's own files. */
    static final Map<String, List<Edit>> BREAKS = new LinkedHashMap<>();

    record Edit(String file, UnaryOperator<String> change) {
    }

    static {
        BREAKS.put("R1", List.of(new Edit("domeinen.yaml", s -> dropBlock(s, "  preventieve_gezondheidszorg:"))));
        BREAKS.put("R2", List.of(new Edit("visie.yaml", s -> dropBlock(s, "  discreet:"))));
        BREAKS.put("R3", List.of(new Edit("zorgcontinuum.yaml", s -> dropBlock(s, "  uitbreiding_van_zorg:"))));
        BREAKS.put("R4", List.of(new Edit("rollen.yaml", s -> s.replaceFirst("\nrollen:\n",
                "\nrollen:\n  - id: stagecoordinator\n    naam: Stagecoördinator\n    soort: intern\n"))));
        BREAKS.put("R5", List.of(new Edit("functies/leerlingenbegeleider-eerste-graad.yaml", s -> null),
                new Edit("functies/leerlingenbegeleider-tweede-derde-graad.yaml", s -> null),
                // A staff file names its function: without functions there is nobody to name.
                new Edit("personeel/sofie-claes.yaml", s -> null), new Edit("personeel/ruben-de-smet.yaml", s -> null)));
        BREAKS.put("R6", List.of(new Edit("rollen.yaml", s -> s.replace("taakcluster: schoolteam", "taakcluster: beleid"))));
        BREAKS.put("R7", List.of(new Edit("professionalisering.yaml", s -> dropBlock(s, "beleid: |"))));
        BREAKS.put("R8", List.of(new Edit("clb.yaml", s -> dropBlock(s, "afspraken:"))));
        BREAKS.put("R9", List.of(new Edit("functies/leerlingenbegeleider-eerste-graad.yaml",
                s -> s.replace("eerste_evaluator: directeur\n", ""))));
        BREAKS.put("R10", List.of(new Edit("cel.yaml", s -> dropBlock(s, "aansluitend:"))));
        BREAKS.put("R11", List.of(new Edit("handboek.yaml", s -> s.replace("herzieningsdatum: 2027-06-30", "herzieningsdatum: 2026-09-01"))));
        BREAKS.put("R12", List.of(new Edit("praktijkvoorbeelden/dalende-resultaten.md", s -> s + "\nVoor vragen: leerling Jonas"
                + " of zijn vader (papa.jonas@gmail.com, 0485 12 34 56). Rijksregisternummer 85.07.30-033.28.\n")));
        BREAKS.put("R13", List.of(new Edit("contact.yaml", s -> s.replace("voor: [ouders]", "voor: [leerkrachten]")
                .replace("voor: [ouders, leerlingen]", "voor: [leerlingen]").replace("voor: [leerlingen, ouders]", "voor: [leerlingen]")
                .replace("voor: [ouders, leerkrachten]", "voor: [leerkrachten]"))));
        BREAKS.put("R14", List.of(new Edit("paginas/begrippenlijst.md",
                s -> s + "\n![](afbeeldingen/schema.png)\n\nMeer uitleg vind je [hier](https://www.onderwijs.vlaanderen.be).\n")));
        BREAKS.put("R15", List.of(new Edit("leersteun.yaml", s -> dropBlock(s, "  overleg:"))));
        // Two protocols kept, but for other situations: what is missing is named, each on its own.
        BREAKS.put("R16", List.of(new Edit("crisis.yaml", s -> s.replace("soort: kindermishandeling", "soort: ander")
                .replace("soort: ernstig-incident", "soort: ander"))));
        BREAKS.put("R17", List.of(new Edit("privacy.yaml", s -> null)));
    }

    static Stream<String> rules() {
        return BREAKS.keySet().stream();
    }

    /**
     * R6 per policy part, and R12 for staff: each fixture breaks one thing, names rule
     * {@code <id>} before the dash only, and its output is kept in {@code naleving/<fixture>.txt}.
     * R6's own fixture above breaks the part "supporting the staff".
     */
    static final Map<String, List<Edit>> PARTS = new LinkedHashMap<>();

    static {
        // Only roles outside the school still guide pupils: the old R6 passed this.
        PARTS.put("R6-leerlingen", List.of(new Edit("rollen.yaml", s -> {
            int outside = s.indexOf("soort: extern");
            return s.substring(0, outside).replace("taakcluster: leerlingen", "taakcluster: beleid") + s.substring(outside);
        })));
        PARTS.put("R6-coordinatie", List.of(new Edit("cel.yaml", s -> dropBlock(dropBlock(s, "omschrijving: |"), "mandaat: |"))));
        PARTS.put("R12-personeel", List.of(new Edit("praktijkvoorbeelden/dalende-resultaten.md", s -> s
                + "\nSofie Claes werkt dit jaar aan haar persoonlijke leerdoelen; in het functioneringsgesprek kreeg ze twee werkpunten.\n"
                + "\nSofie is thuis bereikbaar op 011 22 33 44 of via sofie.claes@gmail.com.\n")));
        // The register lets the grade coordinator read the cel's folder, and forgets the deputy head.
        PARTS.put("R17-cel", List.of(new Edit("privacy.yaml", s -> s.replace(
                "inzage: [directeur, adjunct-directeur, leerlingenbegeleider-eerste-graad, leerlingenbegeleider-tweede-derde-graad]",
                "inzage: [directeur, graadcoordinator, leerlingenbegeleider-eerste-graad, leerlingenbegeleider-tweede-derde-graad]"))));
        PARTS.put("R17-functionaris", List.of(new Edit("privacy.yaml", s -> s.replace(
                "naam: functionaris voor gegevensbescherming van Scholengemeenschap Kempenland Heidebeek\n  email: privacy@sg-kempenland.be",
                "naam: Hilde Vermeulen\n  email: hilde.vermeulen@sg-kempenland.be"))));
    }

    static Stream<String> parts() {
        return PARTS.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parts")
    void eachPolicyPartAndStaffPrivacyHaveAFixtureWithTheirExactFindings(String fixture) throws IOException {
        String rule = fixture.substring(0, fixture.indexOf('-'));
        Broken b = breakAndCheck(fixture, rule, PARTS.get(fixture));
        String actual = b.output();
        Fixtures.Run run = b.run();
        Fixtures.assertGolden(Fixtures.resources().resolve("naleving").resolve(fixture + ".txt"), "exit " + run.exitCode() + "\n" + actual);
    }

    @Test
    void theExampleBacksEachPolicyPartSoR6Passes() throws IOException {
        Path school = copyOfExample("school");
        Fixtures.Run run = Fixtures.run("check", "--format", "json", school.toString());
        var tree = new ObjectMapper().readTree(run.out());
        for (var rule : tree.at("/handbooks/0/rules")) {
            if (rule.get("id").asText().equals("R6")) assertEquals("passed", rule.get("status").asText(), rule.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleHasAFixtureThatBreaksExactlyThatRule(String rule) throws IOException {
        Broken b = breakAndCheck(rule, rule, BREAKS.get(rule));
        String actual = b.output();
        Fixtures.Run run = b.run();
        Path golden = Fixtures.resources().resolve("naleving").resolve(rule + ".txt");
        String withExit = "exit " + run.exitCode() + "\n" + actual;
        Fixtures.assertGolden(golden, withExit);
    }

    /** A broken copy's check: the run and its output with the folder left out. */
    private record Broken(Fixtures.Run run, String output) {
    }

    /**
     * A copy of the example under {@code name} with {@code edits} applied, checked: its output
     * with the folder left out, after asserting that it names rule {@code rule} and no other.
     */
    private Broken breakAndCheck(String name, String rule, List<Edit> edits) throws IOException {
        Path school = copyOfExample(name);
        for (Edit e : edits) edit(school.resolve(e.file()), e.change());
        Fixtures.Run run = Fixtures.run("check", school.toString());
        String actual = run.err().replace(Fixtures.printed(school.getParent()) + "/", "");
        Set<String> codes = new TreeSet<>();
        Matcher m = Pattern.compile("(?:fout|waarschuwing|info)\\[([A-Z0-9-]+)]").matcher(actual);
        while (m.find()) codes.add(m.group(1));
        assertEquals(Set.of(rule), codes, actual);
        return new Broken(run, actual);
    }

    /** The issue's own example: no CLB agreements and no prevention domain; both named, with line and source. */
    @Test
    void missingClbAgreementsAndPreventionDomainAreBothNamedWithLineAndSource() throws IOException {
        Path school = copyOfExample("school");
        edit(school.resolve("clb.yaml"), s -> null);
        edit(school.resolve("domeinen.yaml"), s -> dropBlock(s, "  preventieve_gezondheidszorg:"));
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
        String err = run.err();
        assertTrue(err.contains("school/clb.yaml: fout[R8]: clb.yaml ontbreekt"), err);
        assertTrue(err.contains("bron: art. 123/24 Codex Secundair Onderwijs"), err);
        assertTrue(Pattern.compile("school/domeinen\\.yaml:\\d+:\\d+: fout\\[R1]: .*ontbreekt: preventieve gezondheidszorg\n").matcher(err).find(), err);
        assertTrue(err.contains("bron: art. 123/21 Codex Secundair Onderwijs"), err);
        // An adopted handbook that misses the law is not published: the previous output stays.
        Path out = tmp.resolve("uit");
        assertEquals(ExitCode.CONTENT_ERRORS, Fixtures.run("build", school.toString(), "-o", out.toString()).exitCode());
        assertFalse(Files.exists(out.resolve("school/index.html")));
    }

    @Test
    void theSameGapInADraftIsAWarningAndTheDraftIsBuilt() throws IOException {
        Path school = copyOfExample("school");
        edit(school.resolve("handboek.yaml"), s -> s.replace("status: vastgesteld", "status: concept"));
        edit(school.resolve("clb.yaml"), s -> null);
        Fixtures.Run run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("waarschuwing[R8]: clb.yaml ontbreekt"), run.err());
        assertTrue(run.err().contains("(concept: gemeld als waarschuwing"), run.err());
        assertEquals(ExitCode.CONTENT_ERRORS, Fixtures.run("check", "--strict", school.toString()).exitCode());
    }

    @Test
    void privacyStaysAnErrorInADraft() throws IOException {
        Path school = copyOfExample("school");
        edit(school.resolve("handboek.yaml"), s -> s.replace("status: vastgesteld", "status: concept"));
        edit(school.resolve("school.yaml"), s -> s + "\n# Contact: directeur.privé@hotmail.com\nfax: 0478 11 22 33\n");
        Fixtures.Run run = Fixtures.run("check", school.toString());
        // The unknown key is a structural error: compliance waits until the form is right.
        assertTrue(run.err().contains("fout[HB001]"), run.err());
        assertFalse(run.err().contains("[R12]"), run.err());
        edit(school.resolve("school.yaml"), s -> s.replace("fax: 0478 11 22 33\n", "").replaceFirst("(?m)^telefoon: .*$", "telefoon: 0478 11 22 33"));
        run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("fout[R12]: '0478 11 22 33' lijkt een persoonlijk gsm-nummer"), run.err());
    }

    @Test
    void anExemptionSilencesOneOccurrenceAndKeepsItsReason() throws IOException {
        Path school = copyOfExample("school");
        Fixtures.Run run = Fixtures.run("check", "--format", "json", school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"reason\": \"Dit is de dienst-gsm van de leerlingenbegeleiding"), run.out());
        edit(school.resolve("naleving.yaml"), s -> s.replace("tekst: 0470 20 30 40", "tekst: 0470 20 30 41"));
        run = Fixtures.run("check", school.toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
        assertTrue(run.err().contains("fout[R12]: '0470 20 30 40' lijkt een persoonlijk gsm-nummer"), run.err());
        assertTrue(run.err().contains("waarschuwing[HB034]: de uitzondering voor '0470 20 30 41' (regel R12) zet niets stil"), run.err());
    }

    @Test
    void aRuleAddedByATemplateFiresOnASchoolThatBuildsOnIt() throws IOException {
        Fixtures.write(tmp, "sjabloon/handboek.yaml", "titel: Sjabloon\nstatus: concept\n");
        Fixtures.write(tmp, "sjabloon/school.yaml", "naam: !invullen de naam van je school\n");
        Fixtures.write(tmp, "sjabloon/naleving.yaml", """
                regels:
                  - id: KOEPEL1
                    titel: De school noemt haar pedagogisch project
                    ernst: fout
                    bron: afspraak binnen de koepel
                    controles:
                      - pad: school.pedagogisch_project
                        verplicht: true
                        melding: "het pedagogisch project ontbreekt in school.yaml"
                aanpassingen:
                  - id: R14
                    ernst: !vast fout
                """);
        Fixtures.write(tmp, "school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: ../sjabloon\n");
        Fixtures.write(tmp, "school/school.yaml", "naam: Atheneum Ter Heide\n");
        Fixtures.Run run = Fixtures.run("check", tmp.resolve("school").toString());
        assertTrue(run.err().contains("school · KOEPEL1 · De school noemt haar pedagogisch project"), run.err());
        assertTrue(run.err().contains("waarschuwing[KOEPEL1]: het pedagogisch project ontbreekt in school.yaml"), run.err());
        assertTrue(run.err().contains("bron: afspraak binnen de koepel"), run.err());
        // A severity the template locks cannot be lowered by the school.
        Fixtures.write(tmp, "school/naleving.yaml", "aanpassingen:\n  - id: R14\n    ernst: uit\n");
        run = Fixtures.run("check", tmp.resolve("school").toString());
        assertTrue(run.err().contains("fout[HB028]"), run.err());
    }

    @Test
    void jsonOutputFollowsItsPublishedSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/be/leerlingenbegeleiding/handbook/check-rapport.schema.json")) {
            assertNotNull(in, "the schema ships in the jar");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();
        for (Path dir : List.of(Fixtures.repoRoot().resolve("content"), Fixtures.resources().resolve("geldig/minimaal"),
                Fixtures.resources().resolve("ongeldig/onbekende-rol/handboek"))) {
            Fixtures.Run run = Fixtures.run("check", "--format", "json", dir.toString());
            Set<ValidationMessage> errors = schema.validate(json.readTree(run.out()));
            assertEquals(Set.of(), errors, dir + ":\n" + run.out());
            assertEquals("", run.err(), "JSON output keeps stderr clean");
        }
        Fixtures.Run run = Fixtures.run("check", "--format", "json", Fixtures.resources().resolve("geldig/minimaal").toString());
        var tree = json.readTree(run.out());
        assertEquals("failed", tree.at("/handbooks/0/rules/0/status").asText(), "R1 fails on the minimal fixture");
        assertEquals("R1", tree.at("/handbooks/0/rules/0/findings/0/code").asText());
    }

    @Test
    void junitOutputIsValidJunitXmlWithATestCasePerRule() throws Exception {
        var xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Fixtures.resources().resolve("junit.xsd").toFile());
        for (boolean strict : List.of(true, false)) {
            String dir = Fixtures.resources().resolve("geldig/minimaal").toString();
            Fixtures.Run run = strict ? Fixtures.run("check", "--format", "junit", "--strict", dir) : Fixtures.run("check", "--format", "junit", dir);
            xsd.newValidator().validate(new StreamSource(new StringReader(run.out())));
            Document xml = Jsoup.parse(run.out(), "", org.jsoup.parser.Parser.xmlParser());
            assertEquals(18, xml.select("testsuite[name=minimaal] > testcase").size(), "structure + 17 rules");
            int failures = xml.select("testcase > failure").size();
            // Fourteen rules have warnings on the minimal draft (R16: no crisis.yaml, R17: no privacy.yaml); only --strict makes them fail.
            assertEquals(strict ? 14 : 0, failures, run.out());
        }
        Fixtures.Run run = Fixtures.run("check", "--format", "junit", Fixtures.repoRoot().resolve("content").toString());
        xsd.newValidator().validate(new StreamSource(new StringReader(run.out())));
        assertEquals(ExitCode.OK, run.exitCode());
    }

    @Test
    void theBuiltSiteHasAnInternalComplianceReportPage() throws IOException {
        Path school = copyOfExample("school");
        edit(school.resolve("handboek.yaml"), s -> s.replace("status: vastgesteld", "status: concept"));
        edit(school.resolve("clb.yaml"), s -> dropBlock(s, "afspraken:"));
        Path out = tmp.resolve("uit");
        assertEquals(ExitCode.OK, Fixtures.run("build", school.toString(), "-o", out.toString()).exitCode());
        Document page = Jsoup.parse(out.resolve("school/naleving.html").toFile(), "UTF-8");
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertNotNull(page.selectFirst(".intern-band"), "marked as internal");
        assertEquals(17, page.select("table.naleving tbody tr").size());
        assertEquals("Niet voldaan (1 melding)", page.selectFirst("tr.naleving-niet-voldaan td:last-child").text());
        var finding = page.selectFirst("#regel-r8 ~ ul li, section[aria-labelledby=regel-r8] li");
        assertNotNull(finding, page.html());
        assertTrue(finding.text().contains("school/clb.yaml:"), finding.text());
        assertEquals("clb.html", finding.selectFirst("a").attr("href"), "links to the page concerned");
        Document home = Jsoup.parse(out.resolve("school/index.html").toFile(), "UTF-8");
        assertNull(home.selectFirst("nav.menu a[href=naleving.html]"), "not in the menu");
        assertFalse(Files.readString(out.resolve("school/sitemap.xml")).contains("naleving"));
        assertFalse(Files.readString(out.resolve("school/assets/zoekindex.js")).contains("naleving.html"));

        edit(school.resolve("naleving.yaml"), s -> s.replace("rapport: intern", "rapport: openbaar"));
        Fixtures.run("build", school.toString(), "-o", out.toString());
        home = Jsoup.parse(out.resolve("school/index.html").toFile(), "UTF-8");
        assertNotNull(home.selectFirst("nav.menu a[href=naleving.html]"), "public: in the menu");

        edit(school.resolve("naleving.yaml"), s -> s.replace("rapport: openbaar", "rapport: weglaten"));
        Fixtures.run("build", school.toString(), "-o", out.toString());
        assertFalse(Files.exists(out.resolve("school/naleving.html")));
    }

    @Test
    void pagesShowWhenTheyWereReviewedAndAnOverdueNotice() throws IOException {
        Path school = copyOfExample("school");
        Path out = tmp.resolve("uit");
        assertEquals(ExitCode.OK, Fixtures.run("build", school.toString(), "-o", out.toString(), "--datum", "2026-11-23").exitCode());
        Document clb = Jsoup.parse(out.resolve("school/clb.html").toFile(), "UTF-8");
        assertEquals("Laatst herzien op 24 juni 2025 · volgende herziening: 18 mei 2027 · verantwoordelijke: Directeur",
                clb.selectFirst("p.herzien").text());
        assertNull(clb.selectFirst(".achterstand"));

        Fixtures.Run run = Fixtures.run("build", school.toString(), "-o", out.toString(), "--datum", "2027-06-01");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("waarschuwing[R11]: 'volgende' (2027-05-18) is voorbij, 14 dagen geleden"), run.err());
        clb = Jsoup.parse(out.resolve("school/clb.html").toFile(), "UTF-8");
        String notice = clb.selectFirst(".achterstand").text();
        assertTrue(notice.contains("18 mei 2027") && notice.contains("14 dagen geleden"), notice);
    }

    /** Every part with a herziening is held to its date, also the list of institution-bound tasks. */
    @Test
    void anOverdueReviewOfTheInstitutionBoundTasksIsReportedAtItsDate() throws IOException {
        Path school = copyOfExample("school");
        Path tasks = school.resolve("opdrachten.yaml");
        Files.writeString(tasks, Files.readString(tasks).replace("  volgende: 2027-05-18\n", "  volgende: 2026-06-30\n"));
        Fixtures.Run run = Fixtures.run("check", school.toString(), "--datum", "2026-11-23");
        assertTrue(Pattern.compile("school/opdrachten\\.yaml:31:13: waarschuwing\\[R11]: 'volgende' \\(2026-06-30\\) is voorbij, 146 dagen geleden")
                .matcher(run.err()).find(), run.err());
    }

    /**
     * A copy of the example. Until the function descriptions' personal part moves to an internal
     * document (issue #17), it drops the development goals the example still publishes (R12), so
     * a fixture breaks only the rule it is about; once they have moved this changes nothing.
     */
    private Path copyOfExample(String name) throws IOException {
        Path target = tmp.resolve(name).resolve("school");
        try (Stream<Path> s = Files.walk(EXAMPLE)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        if (Files.isDirectory(target.resolve("functies"))) {
            try (Stream<Path> s = Files.list(target.resolve("functies"))) {
                for (Path f : s.toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    Files.writeString(f, dropBlock(text, "  professionaliseringsdoelen:"), StandardCharsets.UTF_8);
                }
            }
        }
        return target;
    }

    /** Changes a file; a change that returns null deletes it. */
    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after == null) {
            Files.delete(file);
            return;
        }
        assertFalse(before.equals(after), "the change to " + file.getFileName() + " changed nothing");
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }

    /** Removes the line {@code start} and every following line indented deeper (a YAML block). */
    static String dropBlock(String text, String start) {
        List<String> lines = text.lines().toList();
        StringBuilder out = new StringBuilder();
        int indent = start.length() - start.stripLeading().length();
        boolean dropping = false;
        for (String line : lines) {
            if (line.equals(start)) {
                dropping = true;
                continue;
            }
            if (dropping) {
                int i = line.length() - line.stripLeading().length();
                if (line.isBlank() || i > indent || line.stripLeading().startsWith("- ") && i == indent && indent > 0) continue;
                dropping = false;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
