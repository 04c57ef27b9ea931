package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void versionNamesTheCommand() {
        Fixtures.Run run = Fixtures.run("--version");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().startsWith("handbook "), run.out());
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Fixtures.Run run = Fixtures.run("--help");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("check"), run.out());
        assertTrue(run.out().contains("build"), run.out());
        assertTrue(run.out().contains("Afsluitcodes"), run.out());
    }

    @Test
    void noCommandPrintsUsageAndExitsWithTwo() {
        Fixtures.Run run = Fixtures.run();
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.out().contains("Usage") || run.out().contains("COMMANDO"), run.out());
    }

    @Test
    void aMistypedCommandGetsASuggestionAndExitsWithTwo() {
        Fixtures.Run run = Fixtures.run("chek");
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.err().contains("check"), run.err());
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageError() {
        Fixtures.Run run = Fixtures.run("check", "bestaat/niet");
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertEquals("de map 'bestaat/niet' bestaat niet\n", run.err());
    }

    @Test
    void validFixturesPassSilently() {
        for (String name : new String[] {"minimaal", "jbake-pagina", "bom-crlf"}) {
            Fixtures.Run run = Fixtures.run("check", Fixtures.resources().resolve("geldig").resolve(name).toString());
            assertEquals(ExitCode.OK, run.exitCode(), name + ": " + run.err());
            assertEquals("", run.err(), name);
            assertEquals("", run.out(), name);
        }
    }
}
