package be.leerlingenbegeleiding.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The day the checks run on may come from SOURCE_DATE_EPOCH; a value that is not a number of
 * seconds in a sane range is a usage error that names the variable, not an internal error.
 */
class DateSettingTest {
    private final Path book = Fixtures.resources().resolve("geldig/minimaal");
    private String fixedDate;

    @BeforeEach
    void noFixedDate() {
        // The build fixes the date for tests; here the environment must decide.
        fixedDate = System.clearProperty("handboek.datum");
    }

    @AfterEach
    void restore() {
        if (fixedDate != null) System.setProperty("handboek.datum", fixedDate);
        Build.env = System::getenv;
    }

    private Fixtures.Run checkWith(String epoch) {
        Build.env = Map.of("SOURCE_DATE_EPOCH", epoch)::get;
        return Fixtures.run("check", book.toString());
    }

    @Test
    void aSourceDateEpochBeyondAnyDateIsAUsageErrorNamingTheVariable() {
        for (String bad : new String[] {"99999999999999999999", "253402300800", "-1", "gisteren", "1.5e9"}) {
            Fixtures.Run run = checkWith(bad);
            assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), bad + ": " + run.err());
            assertTrue(run.err().contains("SOURCE_DATE_EPOCH"), run.err());
            assertTrue(run.err().contains("'" + bad + "'"), run.err());
            assertTrue(run.err().contains("tip: "), run.err());
            assertFalse(run.err().contains("interne fout"), run.err());
        }
    }

    @Test
    void aSourceDateEpochInRangeSetsTheDay() {
        Build.env = Map.of("SOURCE_DATE_EPOCH", "1767225600")::get;
        assertEquals(java.time.LocalDate.of(2026, 1, 1), Build.today());
        Fixtures.Run run = checkWith("1767225600");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }

    @Test
    void aFixedDateThatIsNotADateIsAUsageError() {
        System.setProperty("handboek.datum", "2026-13-45");
        try {
            Fixtures.Run run = Fixtures.run("check", book.toString());
            assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
            assertTrue(run.err().contains("handboek.datum"), run.err());
            assertFalse(run.err().contains("interne fout"), run.err());
        } finally {
            System.clearProperty("handboek.datum");
        }
    }
}
