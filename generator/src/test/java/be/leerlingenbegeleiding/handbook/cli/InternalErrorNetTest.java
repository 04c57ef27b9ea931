package be.leerlingenbegeleiding.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever escapes a command, Error or exception, is "interne fout" with exit 2 and no stack trace. */
class InternalErrorNetTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noMoreFaults() {
        Main.beforeCommand = () -> { };
    }

    @Test
    void anErrorEscapingAnyCommandIsAnInternalErrorWithExitTwo() throws Exception {
        Path book = Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), tmp.resolve("school"));
        for (Throwable t : new Throwable[] {new StackOverflowError(), new OutOfMemoryError("Java heap space"),
                new IllegalArgumentException("stuk")}) {
            Main.beforeCommand = () -> {
                if (t instanceof Error e) throw e;
                throw (RuntimeException) t;
            };
            Fixtures.Run run = Fixtures.run("new", "rol", "zorgcoordinator", book.toString());
            assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), t + ": " + run.err());
            assertTrue(run.err().startsWith("interne fout"), run.err());
            assertTrue(run.err().contains(t.getClass().getName()), run.err());
            assertFalse(run.err().contains("at be.leerlingenbegeleiding"), run.err());
        }
    }
}
