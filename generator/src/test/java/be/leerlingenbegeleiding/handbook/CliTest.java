package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.util.List;
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
        // The names at the start of the lines under "Commando's:", not just words somewhere in the text.
        String commands = run.out().substring(run.out().indexOf("Commando's:\n"), run.out().indexOf("\nAfsluitcodes"));
        assertEquals(List.of("check", "build", "serve", "init", "new", "upgrade-report", "upgrade", "wijzigingen", "schema", "benchmark", "help"),
                commands.lines().map(l -> l.matches("  (\\S+)\\s{2,}.*") ? l.strip().split("\\s+")[0] : null)
                        .filter(java.util.Objects::nonNull).toList(), run.out());
        assertTrue(run.out().endsWith("Afsluitcodes: 0 in orde, 1 fouten in de inhoud, 2 verkeerd gebruik of interne\nfout.\n"), run.out());
    }

    @Test
    void noCommandPrintsUsageAndExitsWithTwo() {
        Fixtures.Run run = Fixtures.run();
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        // The same usage as --help, in Dutch: not picocli's English default.
        assertEquals(Fixtures.run("--help").out(), run.out());
        assertTrue(run.out().startsWith("Gebruik: handbook "), run.out());
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
            assertTrue(run.out().matches(name + ": \\d+ van 17 regels voldaan\\.\n"), name + ": " + run.out());
        }
    }

    /**
     * A build in a CI log or a pipe draws no progress bar: no carriage returns or escape codes.
     * --quiet leaves only the problems; --verbose adds one plain line per handbook with its time.
     */
    @Test
    void buildOutputOutsideATerminalIsPlainQuietOrVerboseOnRequest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path minimal = Fixtures.resources().resolve("geldig/minimaal");
        Fixtures.copyTree(minimal, tmp.resolve("content/a"));
        Fixtures.copyTree(minimal, tmp.resolve("content/b"));
        String content = tmp.resolve("content").toString();
        String out = tmp.resolve("uit").toString();

        Fixtures.Run plain = Fixtures.run("build", content, "-o", out);
        assertEquals(ExitCode.OK, plain.exitCode(), plain.err());
        for (String text : new String[] {plain.out(), plain.err()}) {
            assertFalse(text.contains("\r") || text.contains("\u001b"), text);
        }
        assertEquals(2, plain.out().lines().filter(l -> l.contains("bestanden geschreven")).count(), plain.out());

        Fixtures.Run quiet = Fixtures.run("build", content, "-o", out, "--quiet");
        assertEquals(ExitCode.OK, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.out());
        assertFalse(quiet.err().contains("ms)"), quiet.err());

        Fixtures.Run verbose = Fixtures.run("--verbose", "build", content, "-o", out);
        assertEquals(ExitCode.OK, verbose.exitCode(), verbose.err());
        assertTrue(verbose.err().lines().anyMatch(l -> l.matches("[12]/2 a \\(\\d+ ms\\)")), verbose.err());
        assertTrue(verbose.err().lines().anyMatch(l -> l.matches("[12]/2 b \\(\\d+ ms\\)")), verbose.err());
        assertFalse(verbose.err().contains("\r"), verbose.err());
    }

    @Test
    void serveOnAPortInUseSaysSoAndHowToPickAnother() throws java.io.IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Fixtures.Run run = Fixtures.run("serve", Fixtures.resources().resolve("geldig/minimaal").toString(),
                    "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("de poort " + taken.getLocalPort() + " is al in gebruik\n  tip: Kies een andere poort met --port"),
                    run.err());
        }
    }
}
