package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** An adopted policy is held to the law: the same gaps are errors there, and check fails. */
    @Test
    void anIncompleteAdoptedHandbookFailsOnComplianceOnly() {
        Fixtures.Run run = Fixtures.run("check", Fixtures.resources().resolve("geldig").resolve("bom-crlf").toString());
        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode(), run.err());
        assertFalse(run.err().contains("[HB"), run.err());
        assertTrue(run.err().contains("fout[R1]"), run.err());
    }

    /**
     * The valid fixtures are incomplete drafts: no structural problem, so exit 0, and the
     * compliance rules report what the policy still lacks as warnings (a draft is not held to the
     * law yet), with a one-line summary per handbook.
     */
    @Test
    void validFixturesHaveNoStructuralProblemsOnlyComplianceWarnings() {
        for (String name : new String[] {"minimaal", "jbake-pagina"}) {
            Fixtures.Run run = Fixtures.run("check", Fixtures.resources().resolve("geldig").resolve(name).toString());
            assertEquals(ExitCode.OK, run.exitCode(), name + ": " + run.err());
            assertFalse(run.err().contains("[HB"), name + ": " + run.err());
            assertTrue(run.err().contains("waarschuwing[R1]"), name + ": " + run.err());
            assertTrue(run.out().matches(name + ": \\d+ van 14 regels voldaan\\.\n"), name + ": " + run.out());
        }
    }
}
