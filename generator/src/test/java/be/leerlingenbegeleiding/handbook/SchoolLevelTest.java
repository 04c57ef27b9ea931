package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's level ({@code niveau} in school.yaml): a primary school is checked against the
 * decree on primary education, skips the rules that only hold for secondary schools and reads
 * its own words on the site; a secondary school, with or without the key, stays as it was.
 */
class SchoolLevelTest {
    private static final String PRIMARY_R1 = "decreet basisonderwijs van 25 februari 1997, zoals gewijzigd door het decreet "
            + "leerlingenbegeleiding van 27 april 2018 (begeleidingsdomeinen)";

    @TempDir
    Path tmp;

    /** de-vlinder beside the primary template it builds on, to change freely. */
    private Path primarySchool() throws IOException {
        Path content = Fixtures.repoRoot().resolve("content");
        Fixtures.copyTree(content.resolve("sjabloon-basis"), tmp.resolve("sjabloon-basis"));
        return Fixtures.copyTree(content.resolve("de-vlinder"), tmp.resolve("de-vlinder"));
    }

    private static String output(Fixtures.Run run, Path school) {
        return run.err().replace(Fixtures.printed(school.getParent()) + "/", "");
    }

    private static JsonNode rules(Path school) throws IOException {
        Fixtures.Run run = Fixtures.run("check", "--format", "json", school.toString());
        return new ObjectMapper().readTree(run.out()).at("/handbooks/0/rules");
    }

    private static List<String> ids(JsonNode rules) {
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void aPrimarySchoolsFindingNamesTheDecreeOnPrimaryEducationAsItsSource() throws IOException {
        Path school = primarySchool();
        Files.writeString(school.resolve("domeinen.yaml"), "domeinen:\n  preventieve_gezondheidszorg: !verwijderd\n");
        Fixtures.Run run = Fixtures.run("check", school.toString());
        String out = output(run, school);
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), out);
        assertTrue(out.contains("fout[R1]: "), out);
        assertTrue(out.contains("\n  bron: " + PRIMARY_R1 + "\n"), out);
        assertFalse(out.contains("Codex Secundair Onderwijs"), out);
    }

    @Test
    void theExamplePrimarySchoolPassesWithThePrimarySourcesInItsReport() throws IOException {
        JsonNode rules = rules(Fixtures.repoRoot().resolve("content/de-vlinder"));
        assertEquals(PRIMARY_R1, rules.get(0).get("source").asText());
        for (JsonNode r : rules) {
            assertEquals("passed", r.get("status").asText(), r.toString());
            assertFalse(r.get("source").asText().contains("Codex Secundair"), r.toString());
        }
    }

    @Test
    void aSecondarySchoolReadsTheSameWithOrWithoutItsLevel() throws IOException {
        Path without = Fixtures.copyTree(Fixtures.resources().resolve("naleving/basis"), tmp.resolve("a/school"));
        Path with = Fixtures.copyTree(Fixtures.resources().resolve("naleving/basis"), tmp.resolve("b/school"));
        Files.writeString(with.resolve("school.yaml"), Files.readString(with.resolve("school.yaml")) + "niveau: secundair\n");
        for (Path school : List.of(without, with)) {
            Path domains = school.resolve("domeinen.yaml");
            String text = Files.readString(domains);
            Files.writeString(domains, text.substring(0, text.indexOf("  preventieve_gezondheidszorg:")));
        }
        String a = output(Fixtures.run("check", without.toString()), without);
        String b = output(Fixtures.run("check", with.toString()), with);
        assertTrue(a.contains("\n  bron: art. 123/21 Codex Secundair Onderwijs (begeleidingsdomeinen)\n"), a);
        assertEquals(a, b);
        assertTrue(ids(rules(with)).contains("R10"));
    }

    @Test
    void aRuleForSecondarySchoolsOnlyIsNotReportedForAPrimarySchool() throws IOException {
        Path school = primarySchool();
        // On a secondary school this breaks R10 (nobody joins the cel); here the template's SB1 says it.
        Files.writeString(school.resolve("cel.yaml"), Files.readString(school.resolve("cel.yaml")) + "aansluitend: !verwijderd\n");
        Fixtures.Run run = Fixtures.run("check", "--strict", school.toString());
        String out = output(run, school);
        assertFalse(out.contains("R10"), out);
        assertTrue(out.contains("waarschuwing[SB1]: "), out);
        assertFalse(ids(rules(school)).contains("R10"));
    }

    @Test
    void aPrimarySchoolMayAdjustOrExemptASecondaryOnlyRuleWithoutAnError() throws IOException {
        Path school = primarySchool();
        Files.writeString(school.resolve("naleving.yaml"), """
                aanpassingen:
                  - id: R10
                    ernst: uit
                    reden: Geldt alleen voor het secundair.
                  - id: R99
                    ernst: uit
                    reden: Bestaat niet.
                """);
        Fixtures.Run run = Fixtures.run("check", school.toString());
        String out = output(run, school);
        assertFalse(out.contains("'R10'"), out);
        assertTrue(out.contains("de-vlinder/naleving.yaml:5:9: fout[HB"), out);
    }

    @Test
    void aSchoolWithBothLevelsRunsEveryRuleAndSeesBothSources() throws IOException {
        Path school = primarySchool();
        Files.writeString(school.resolve("school.yaml"), Files.readString(school.resolve("school.yaml")) + "niveau: beide\n");
        JsonNode rules = rules(school);
        assertTrue(ids(rules).contains("R10"), ids(rules).toString());
        assertTrue(ids(rules).contains("SB1"), ids(rules).toString());
        assertEquals("art. 123/21 Codex Secundair Onderwijs (begeleidingsdomeinen) (secundair); " + PRIMARY_R1 + " (basis)",
                rules.get(0).get("source").asText());
    }

    @Test
    void aPrimarySchoolsSiteSpeaksOfItsCarePolicyAndShowsItsLevel() throws IOException {
        Document primary = page(GoldenPagesTest.primarySite().get("visie.html"));
        Document secondary = page(GoldenPagesTest.site().get("visie.html"));
        assertEquals("Onze visie op zorg en leerlingenbegeleiding", primary.selectFirst("main h2 > span").text());
        assertEquals("Onze visie op leerlingenbegeleiding", secondary.selectFirst("main h2 > span").text());
        assertTrue(primary.selectFirst("meta[name=description]").attr("content").contains("het zorgbeleid"));

        Document home = page(GoldenPagesTest.primarySite().get("index.html"));
        assertEquals("Basisonderwijs", home.select("dt:containsOwn(Onderwijsniveau) + dd").text());
        // A school that does not state its level shows none: the secondary examples do not change.
        assertTrue(page(GoldenPagesTest.site().get("index.html")).select("dt:containsOwn(Onderwijsniveau)").isEmpty());
    }

    private static Document page(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }
}
