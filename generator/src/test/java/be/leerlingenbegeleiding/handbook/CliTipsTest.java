package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small refusals of the command line: each says what to do next, in the user's own names. */
class CliTipsTest {
    @TempDir
    Path tmp;

    @Test
    void checkWithoutAFolderSaysWhereItLookedAndHowToNameAnother() {
        // The tests run in the generator module, which has no content/ of its own.
        assertFalse(Files.exists(Path.of("content")));
        String cwd = Path.of("").toAbsolutePath().toString().replace('\\', '/');

        Fixtures.Run run = Fixtures.run("check");
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.err().startsWith("de map 'content' bestaat niet\n  tip: "), run.err());
        assertTrue(run.err().contains("'" + cwd + "'"), "names the working folder: " + run.err());
        assertTrue(run.err().contains("content/"), run.err());
        assertTrue(run.err().contains("'handbook check pad/naar/handboek'"), run.err());

        Fixtures.Run en = Fixtures.run("check", "--lang=en");
        assertTrue(en.err().startsWith("the folder 'content' does not exist\n  tip: "), en.err());
        assertTrue(en.err().contains("'" + cwd + "'") && en.err().contains("'handbook check path/to/handbook'"), en.err());
    }

    @Test
    void buildWithoutAFolderNamesItsOwnCommandInTheTip() {
        Fixtures.Run run = Fixtures.run("build");
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.err().contains("'handbook build pad/naar/handboek'"), run.err());
    }

    @Test
    void anOutputFolderInsideTheContentNamesTheContentFolderTheUserGave() throws IOException {
        Path books = Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), tmp.resolve("boeken/minimaal")).getParent();
        Fixtures.Run run = Fixtures.run("build", books.toString(), "-o", books.resolve("uit").toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        String tip = run.err().lines().filter(l -> l.startsWith("  tip: ")).findFirst().orElseThrow();
        assertFalse(tip.contains("content"), tip);
        assertTrue(tip.contains("-o " + Fixtures.printed(tmp.resolve("site-output"))), tip);
        assertTrue(tip.contains("'" + Fixtures.printed(books) + "'"), tip);
    }

    @ParameterizedTest
    @CsvSource({"rollen, rol", "functies, functie", "paginas, pagina", "pagina's, pagina",
            "praktijkvoorbeelden, praktijkvoorbeeld", "rool, rol", "Rollen, rol"})
    void aPluralOrMistypedKindGetsTheKindItMeans(String typed, String meant) {
        Fixtures.Run run = Fixtures.run("new", typed, "zorgcoordinator", tmp.toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertEquals("fout: onbekende soort '" + typed + "'\n  tip: bedoelde je '" + meant
                + "'? Je kunt toevoegen: rol, functie, pagina, praktijkvoorbeeld.\n", run.err());
    }

    /**
     * Pins what R12 says about a staff member's private number: the rule speaks of pupils and staff,
     * the finding names the staff member and the tip speaks of staff only.
     */
    @Test
    void aStaffMembersPrivateNumberIsReportedAsAboutStaff() throws IOException {
        Fixtures.write(tmp, "h/handboek.yaml", "titel: Proef\nstatus: concept\n");
        Fixtures.write(tmp, "h/school.yaml", "naam: Proefschool\n");
        Fixtures.write(tmp, "h/rollen.yaml", "rollen:\n  - id: leerlingenbegeleider\n    naam: Leerlingenbegeleider\n"
                + "    soort: intern\n    personen: [Sofie Claes]\n");
        Fixtures.write(tmp, "h/paginas/tekst.md", "---\ntitel: Tekst\n---\nSofie Claes is thuis bereikbaar op 011 22 33 44.\n");
        Fixtures.Run run = Fixtures.run("check", tmp.resolve("h").toString());
        String at = Fixtures.printed(tmp.resolve("h/paginas/tekst.md"));
        assertTrue(run.err().contains(" · R12 · Er staan geen persoonsgegevens van leerlingen of personeelsleden in wat gepubliceerd wordt\n"
                + at + ":4:36: fout[R12]: '011 22 33 44' lijkt een privénummer van Sofie Claes\n"
                + "  tip: Vermeld van personeelsleden alleen naam, functie en werkcontact: een functiemailbox of het algemene nummer van de school.\n"),
                run.err());

        Fixtures.Run en = Fixtures.run("check", "--lang=en", tmp.resolve("h").toString());
        assertTrue(en.err().contains(" · R12 · No personal data of pupils or staff in what is published\n"
                + at + ":4:36: error[R12]: '011 22 33 44' looks like a private number of Sofie Claes\n"
                + "  tip: Publish no more of staff than name, function and work contact"), en.err());
    }
}
