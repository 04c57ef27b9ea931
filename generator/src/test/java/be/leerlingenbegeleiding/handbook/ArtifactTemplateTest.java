package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template published as a Maven artifact and pinned by coordinates. */
class ArtifactTemplateTest {
    @TempDir
    Path tmp;
    private String before;

    @BeforeEach
    void repository() throws IOException {
        before = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", tmp.resolve("repository").toString());
        publish("2.0", "elke maand");
    }

    /** A template version in the local repository, as a support service would deploy it. */
    void publish(String version, String mandate) throws IOException {
        Path jar = tmp.resolve("repository/be/clb/sjabloon/" + version + "/sjabloon-" + version + ".jar");
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> f : Map.of(
                    "handboek/handboek.yaml", "titel: Sjabloon\nstatus: concept\neditie: versie " + version + "\n",
                    "handboek/school.yaml", "naam: !invullen de naam van je school\n",
                    "handboek/cel.yaml", "naam: cel leerlingenbegeleiding\nritme: !invullen Wanneer?\nmandaat: De cel overlegt " + mandate + ".\n")
                    .entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty("maven.repo.local");
        else System.setProperty("maven.repo.local", before);
    }

    void write(String path, String text) throws IOException {
        Fixtures.write(tmp, path, text);
    }

    @Test
    void aSchoolBuildsOnATemplateNamedByItsCoordinates() throws IOException {
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: be.clb:sjabloon:2.0\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\n");
        write("school/cel.yaml", "ritme: elke dinsdag\n");
        Build.Result c = Build.check(tmp.resolve("school"));
        assertEquals(List.of(), c.structural());
        assertEquals("cel leerlingenbegeleiding", c.handbooks().get(0).guidanceTeam().name());
    }

    @Test
    void aVersionThatIsNotInTheRepositoryIsAnErrorAtItsLine() throws IOException {
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: be.clb:sjabloon:3.0\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\n");
        List<Diagnostic> d = Build.check(tmp.resolve("school")).structural();
        assertEquals(List.of(Problem.TEMPLATE_NOT_FOUND), d.stream().map(Diagnostic::problem).toList());
        assertEquals(3, d.get(0).position().line());
    }

    @Test
    void initByCoordinatesPinsTheVersionInTheNewHandbook() throws IOException {
        Path school = tmp.resolve("nieuw");
        Fixtures.Run run = Fixtures.run("init", "--template", "be.clb:sjabloon:2.0", school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.readString(school.resolve("handboek.yaml")).contains("sjabloon: be.clb:sjabloon:2.0"));
        List<Diagnostic> d = Build.check(school).structural();
        assertTrue(d.stream().allMatch(x -> x.problem() == Problem.OPEN_PART), d.toString());
        assertEquals(2, d.size());
    }

    @Test
    void aSchoolPinnedByCoordinatesUpgradesByGivingTheNewVersionNumber() throws IOException {
        publish("2.1", "elke week");
        write("school/handboek.yaml", "titel: Ons beleid\nstatus: concept\nsjabloon: be.clb:sjabloon:2.0\n");
        write("school/school.yaml", "naam: Atheneum Ter Heide\n");
        write("school/cel.yaml", "ritme: elke dinsdag\n");
        Fixtures.Run report = Fixtures.run("upgrade-report", tmp.resolve("school").toString(), "--to", "2.1");
        assertEquals(ExitCode.OK, report.exitCode(), report.err());
        assertTrue(report.out().contains("cel.yaml: mandaat"), report.out());
        Fixtures.Run run = Fixtures.run("upgrade", tmp.resolve("school").toString(), "--to", "2.1");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.readString(tmp.resolve("school/handboek.yaml")).contains("sjabloon: be.clb:sjabloon:2.1"));
        assertEquals("De cel overlegt elke week.", Build.check(tmp.resolve("school")).handbooks().get(0).guidanceTeam().mandate().text());
    }
}
