package be.leerlingenbegeleiding.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import be.leerlingenbegeleiding.handbook.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whichever tool refuses (the build, init, new, serve, the date setting, a command's own check
 * of its arguments), the user sees the same shape on standard error: the message, its details
 * indented, "tip:" and what to do, exit code 2, nothing on standard output, no stack.
 */
class UserErrorOutputTest {
    @TempDir
    Path tmp;

    private Path school;

    @BeforeEach
    void school() throws IOException {
        school = Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), tmp.resolve("school"));
    }

    private static void assertRefused(Fixtures.Run run, String err) {
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        assertEquals(err, run.err());
        assertEquals("", run.out());
    }

    @Test
    void theBuildRefusingAnOutputFolderThatIsNotOursGivesMessageAndTip() throws IOException {
        Path out = tmp.resolve("uit");
        Fixtures.write(out, "school/eigen.txt", "van iemand anders");
        assertRefused(Fixtures.run("build", school.toString(), "-o", out.toString()),
                "de map '" + out.resolve("school") + "' bestaat al en werd niet door handbook gemaakt; ze wordt niet overschreven\n"
                        + "  tip: Kies met -o een andere map, of maak deze map eerst zelf leeg.\n");
    }

    @Test
    void theBuildRefusingAnOutputInsideTheContentNamesTheContentOnALineOfItsOwn() {
        Path out = school.resolve("uit");
        assertRefused(Fixtures.run("--lang", "en", "build", school.toString(), "-o", out.toString()),
                "the output folder '" + out + "' overlaps what the build reads: a handbook, a template it builds on, "
                        + "or the content folder (a symbolic link counts too)\n"
                        + "  the build reads from: '" + school + "'\n"
                        + "  tip: Choose a folder with -o that is not in, on or around the handbooks and their templates, "
                        + "e.g. -o " + tmp.resolve("site-output") + ", next to the content folder '" + school + "'.\n");
    }

    @Test
    void initIntoAFolderThatIsNotEmptyGivesOneLine() throws IOException {
        Fixtures.write(tmp, "vol/iets.txt", "x");
        assertRefused(Fixtures.run("init", "--template", school.toString(), tmp.resolve("vol").toString()),
                "fout: de map '" + tmp.resolve("vol") + "' bestaat al en is niet leeg; kies een nieuwe map.\n");
    }

    @Test
    void newWithAnIdThatIsNoIdGivesTheIdItProbablyMeantInTheTip() {
        assertRefused(Fixtures.run("--lang", "en", "new", "rol", "Zorg Coördinator", school.toString()),
                "error: 'Zorg Coördinator' is not a valid id\n"
                        + "  tip: did you mean 'zorg-coordinator'? An id has only lowercase letters, digits and hyphens, "
                        + "without spaces or accents, e.g. zorgcoordinator or eerste-graad. It also becomes the file name "
                        + "and part of the web address.\n");
    }

    @Test
    void serveOnAPortInUseGivesMessageAndTip() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertRefused(Fixtures.run("serve", "--port", String.valueOf(port), school.toString()),
                    "de poort " + port + " is al in gebruik\n"
                            + "  tip: Kies een andere poort met --port, bv. --port 8001, of stop het andere programma.\n");
        }
    }

    @Test
    void aDateSettingThatIsNoDateGivesMessageAndTip() {
        String before = System.getProperty("handboek.datum");
        System.setProperty("handboek.datum", "morgen");
        try {
            assertRefused(Fixtures.run("check", school.toString()),
                    "de instelling handboek.datum heeft de waarde 'morgen'; dat is geen datum in de vorm JJJJ-MM-DD\n"
                            + "  tip: Geef een bestaande datum, bv. -Dhandboek.datum=2026-09-01, of laat de instelling weg; "
                            + "met het commando kan ook --datum.\n");
        } finally {
            if (before != null) System.setProperty("handboek.datum", before);
            else System.clearProperty("handboek.datum");
        }
    }

    @Test
    void aFolderThatDoesNotExistGivesOneLineForEveryCommandThatReadsOne() {
        Path none = tmp.resolve("bestaat-niet");
        for (String command : new String[] {"check", "build", "serve", "benchmark"}) {
            assertRefused(Fixtures.run(command, none.toString()), "de map '" + none + "' bestaat niet\n");
        }
        assertRefused(Fixtures.run("upgrade", none.toString(), "--to", school.toString()), "de map '" + none + "' bestaat niet\n");
    }

    @Test
    void aLineBreakInTheArgumentOfARefusalCannotStartALineOfItsOwn() {
        Fixtures.Run run = Fixtures.run("new", "pagina", "een\nfout: nep", school.toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        assertEquals("fout: 'een\\nfout: nep' is geen geldig id", run.err().lines().findFirst().orElse(""));
    }

    @Test
    void initOnATemplateThatIsNoHandbookSaysSoAndWritesNothing() {
        Path target = tmp.resolve("nieuw");
        Path template = tmp.resolve("geen-sjabloon");
        assertRefused(Fixtures.run("init", "--template", template.toString(), target.toString()),
                "fout: '" + template + "' is geen handboekmap (er staat geen handboek.yaml in).\n");
        assertFalse(Files.exists(target));
    }
}
