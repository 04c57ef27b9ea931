package be.leerlingenbegeleiding.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A user error and a bug reach the user through the same place but read differently: the one
 * says what to do, the other says to report it. Both end with exit code 2; neither shows a
 * stack unless asked with --verbose, and a user error not even then.
 */
class FailuresTest {
    @AfterEach
    void noMoreFaults() {
        Main.beforeCommand = () -> { };
    }

    private static Fixtures.Run failing(RuntimeException e, String... args) {
        Main.beforeCommand = () -> {
            throw e;
        };
        return Fixtures.run(args);
    }

    @Test
    void aUserErrorFromAnyCommandIsItsMessageDetailsAndTipWithoutAStackEvenWhenVerbose() {
        UserError refusal = new UserError(Msg.of("cli.noSuchFolder", "ergens"), Msg.of("serve.port.tip"));
        for (String[] command : new String[][] {{"check"}, {"schema"}, {"upgrade-report", "--to", "x"}}) {
            String[] args = new String[command.length + 1];
            args[0] = "--verbose";
            System.arraycopy(command, 0, args, 1, command.length);
            Fixtures.Run run = failing(refusal, args);
            assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), command[0] + ": " + run.err());
            assertEquals("de map 'ergens' bestaat niet\n"
                    + "  tip: Kies een andere poort met --port, bv. --port 8001, of stop het andere programma.\n", run.err());
        }
    }

    @Test
    void aUserErrorIsToldInTheLanguageAskedFor() {
        Fixtures.Run run = failing(new UserError(Msg.of("cli.benchmark.runs")), "--lang", "en", "check");
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertEquals(Fixtures.run("--lang", "en", "benchmark", "-n", "0", ".").err(), run.err());
        assertFalse(run.err().startsWith("Geef"), run.err());
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorAskingForABugReport() {
        Fixtures.Run run = failing(new IllegalStateException("kapot"), "check");
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertEquals("interne fout: java.lang.IllegalStateException: kapot\n"
                + "  tip: Dit is een fout in de generator, niet in je handboek. Meld het met de volledige uitvoer "
                + "van het commando (--verbose).\n", run.err());
    }

    @Test
    void anInternalErrorShowsItsStackOnlyWithVerbose() {
        Fixtures.Run run = failing(new IllegalStateException("kapot"), "--verbose", "check");
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.err().startsWith("interne fout: java.lang.IllegalStateException: kapot\n  tip: "), run.err());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void aUsageErrorIsPicocliMessageAndUsageNotAnInternalError() {
        Fixtures.Run run = Fixtures.run("check", "--bogus");
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode());
        assertTrue(run.err().startsWith("Unknown option: '--bogus'\nGebruik: handbook check "), run.err());
        assertFalse(run.err().contains("interne fout"), run.err());
    }
}
