package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook init}: a new school on the example template. */
class InitTest {
    @TempDir
    Path tmp;

    private Path init() {
        Path school = tmp.resolve("nieuwe-school");
        Fixtures.Run run = Fixtures.run("init", "--template", Fixtures.repoRoot().resolve("content/sjabloon").toString(),
                school.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("school.yaml"), run.out());
        return school;
    }

    @Test
    void aNewSchoolFailsTheCheckOnlyOnTheOpenPartsAndOnlyInItsOwnFiles() throws IOException {
        Path school = init();
        List<Diagnostic> d = Build.check(school).structural();
        assertTrue(!d.isEmpty());
        for (Diagnostic x : d) {
            assertEquals(Problem.OPEN_PART, x.problem(), x.toString());
            assertTrue(x.position().file().startsWith(school), "points into the school's files: " + x.position());
        }
        assertTrue(Files.readString(school.resolve("handboek.yaml")).contains("sjabloon: "));
        assertTrue(Files.readString(school.resolve("cel.yaml")).contains("# In te vullen door je school"));
    }

    @Test
    void onceEveryOpenPartIsWrittenTheSchoolChecksClean() throws IOException {
        Path school = init();
        fillIn(school);
        assertEquals(List.of(), Build.check(school).structural());
    }

    /**
     * Writes a value for every open part, as a school would: addresses get a real one, the other
     * placeholders keep their hint as text.
     */
    private static void fillIn(Path school) throws IOException {
        try (Stream<Path> s = Files.walk(school)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.writeString(f, Files.readString(f).replace(": !invullen\n", ":\n")
                        .replaceAll("(email|pedagogisch_project|website): !invullen .*", "$1: " + "https://www.onzeschool.be/x")
                        .replace("email: https://www.onzeschool.be/x", "email: info@onzeschool.be")
                        .replace("!invullen ", ""));
            }
        }
    }

    @Test
    void aNewSchoolHoldsOnlyWhatTheTemplateLeavesOpenNotCopiesOfItsTexts() throws IOException {
        Path school = init();
        String roles = Files.readString(school.resolve("rollen.yaml"));
        // The template's roles stay the template's: only the one open part is written, by id.
        assertTrue(roles.contains("  - id: leerlingenbegeleider\n    contact:\n"), roles);
        assertFalse(roles.contains("naam: Directeur"), roles);
        assertFalse(roles.contains("taken:"), roles);
        String crisis = Files.readString(school.resolve("crisis.yaml"));
        assertFalse(crisis.contains("!vast"), "no locked text is copied: " + crisis);
        assertFalse(crisis.contains("stappen:"), crisis);
        // The editor finds the schemas beside the new handbook, wherever it is kept.
        assertTrue(roles.startsWith("# yaml-language-server: $schema=.schema/rollen.schema.json\n"), roles);
        assertTrue(Files.isRegularFile(school.resolve(".schema/rollen.schema.json")));
    }

    @Test
    void aNewReleaseOfTheTemplateReachesTheSchoolInItsLockedAndItsOrdinaryTexts() throws IOException {
        Path template = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), tmp.resolve("sjabloon"));
        Path school = tmp.resolve("nieuwe-school");
        assertEquals(ExitCode.OK, Fixtures.run("init", "--template", template.toString(), school.toString()).exitCode());
        fillIn(school);
        assertEquals(List.of(), Build.check(school).structural());
        // The next release changes a locked text and an ordinary one, both in lists the school
        // also writes in (it fills in a part of a protocol and of a role).
        Path crisis = template.resolve("crisis.yaml");
        Files.writeString(crisis, Files.readString(crisis).replace("Luister zonder door te vragen.", "Luister rustig, zonder door te vragen."));
        Path roles = template.resolve("rollen.yaml");
        Files.writeString(roles, Files.readString(roles).replace("De directeur is **eindverantwoordelijk**", "De directeur is **als eerste verantwoordelijk**"));
        Build.Result after = Build.check(school);
        assertEquals(List.of(), after.structural(), "no school file holds a copy that now differs");
        Handbook h = after.handbooks().get(0);
        assertTrue(h.crisis().protocols().get(1).steps().get(0).what().text().startsWith("Luister rustig"), "the locked text arrives");
        assertTrue(h.role("directeur").orElseThrow().description().text().contains("als eerste verantwoordelijk"), "the ordinary text arrives");
    }

    @Test
    void aNewSchoolWritesOnlyTheOpenContactChannelsByIdAndKeepsReceivingTheTemplatesQuestions() throws IOException {
        Path template = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/sjabloon"), tmp.resolve("sjabloon"));
        Path school = tmp.resolve("nieuwe-school");
        assertEquals(ExitCode.OK, Fixtures.run("init", "--template", template.toString(), school.toString()).exitCode());
        String contact = Files.readString(school.resolve("contact.yaml"));
        assertTrue(contact.contains("  - id: leren\n    kanalen:\n      - id: platform\n"), contact);
        assertFalse(contact.contains("vraag:"), "the questions stay the template's: " + contact);
        assertFalse(contact.contains("id: beleid"), "a contact point with nothing open is not written: " + contact);
        fillIn(school);
        Path source = template.resolve("contact.yaml");
        Files.writeString(source, Files.readString(source).replace("(een vak, mijn planning, studeren)", "(een vak, plannen of studeren)"));
        Build.Result after = Build.check(school);
        assertEquals(List.of(), after.structural());
        var first = after.handbooks().get(0).contactPoints().points().get(0);
        assertTrue(first.question().contains("plannen of studeren"), "the new release arrives: " + first.question());
        assertEquals(6, after.handbooks().get(0).contactPoints().points().size());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws IOException {
        Path school = tmp.resolve("bestaat");
        Files.createDirectories(school);
        Files.writeString(school.resolve("notities.txt"), "van iemand");
        Fixtures.Run run = Fixtures.run("init", "--template", Fixtures.repoRoot().resolve("content/sjabloon").toString(),
                school.toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.err().contains("niet leeg"), run.err());
        assertEquals(List.of(school.resolve("notities.txt")), Files.list(school).toList());
    }
}
