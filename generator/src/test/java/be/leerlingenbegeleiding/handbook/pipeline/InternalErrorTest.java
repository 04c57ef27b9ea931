package be.leerlingenbegeleiding.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug in the generator (an exception or an Error such as a stack overflow escaping a stage)
 * ends in one readable line, "interne fout", naming the handbook and the stage, and exit code 2
 * — never a stack trace (unless asked with --verbose) and never exit 1, which means "your
 * content has errors". The previous output stays as it was.
 */
class InternalErrorTest {
    @TempDir
    Path tmp;

    private Path book;
    private Path out;
    private Map<String, byte[]> before;

    @BeforeEach
    void goodBuild() throws IOException {
        book = tmp.resolve("content/testschool");
        Fixtures.copyTree(Fixtures.resources().resolve("geldig/minimaal"), book);
        out = tmp.resolve("site-output");
        Fixtures.Run run = Fixtures.run("build", book.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        before = Fixtures.snapshot(out);
    }

    @AfterEach
    void noMoreFaults() {
        Build.beforeStage = (folder, stage) -> { };
    }

    private void failIn(Build.Stage where, Runnable failure) {
        Build.beforeStage = (folder, stage) -> {
            if (stage == where) failure.run();
        };
    }

    private static int deeper(int n) {
        return deeper(n + 1) + 1;
    }

    private void assertInternalError(Fixtures.Run run, String stage) throws IOException {
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("interne fout"), run.err());
        assertTrue(first.contains("testschool"), run.err());
        assertTrue(first.contains(stage), run.err());
        assertFalse(run.err().contains("at be.leerlingenbegeleiding"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        Fixtures.assertSameFiles(before, Fixtures.snapshot(out));
    }

    @Test
    void anExceptionWhileRenderingIsAnInternalErrorNamingHandbookAndStage() throws IOException {
        failIn(Build.Stage.RENDER, () -> {
            throw new IllegalStateException("kapot");
        });
        Fixtures.Run run = Fixtures.run("build", book.toString(), "-o", out.toString(), "--opnieuw");
        assertInternalError(run, "opmaken");
        assertTrue(run.err().contains("kapot"), run.err());
    }

    @Test
    void aStackOverflowWhileValidatingIsAnInternalErrorInBuildAndCheck() throws IOException {
        failIn(Build.Stage.VALIDATE, () -> deeper(0));
        assertInternalError(Fixtures.run("build", book.toString(), "-o", out.toString(), "--opnieuw"), "controleren");
        assertInternalError(Fixtures.run("check", book.toString()), "controleren");
    }

    @Test
    void runningOutOfMemoryWhileLoadingIsAnInternalErrorWithATipAboutMemory() throws IOException {
        failIn(Build.Stage.LOAD, () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        Fixtures.Run run = Fixtures.run("build", book.toString(), "-o", out.toString());
        assertInternalError(run, "inlezen");
        assertTrue(run.err().contains("-Xmx"), run.err());
    }

    @Test
    void anErrorWhileWritingLeavesThePreviousOutput() throws IOException {
        failIn(Build.Stage.WRITE, () -> {
            throw new StackOverflowError();
        });
        assertInternalError(Fixtures.run("build", book.toString(), "-o", out.toString(), "--opnieuw"), "wegschrijven");
    }

    @Test
    void withVerboseTheStackTraceIsShownForTheBugReport() throws IOException {
        failIn(Build.Stage.COMPLY, () -> deeper(0));
        Fixtures.Run run = Fixtures.run("--verbose", "check", book.toString());
        assertEquals(ExitCode.USAGE_OR_INTERNAL, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("interne fout"), run.err());
        assertTrue(run.err().contains("at be.leerlingenbegeleiding"), run.err());
    }
}
