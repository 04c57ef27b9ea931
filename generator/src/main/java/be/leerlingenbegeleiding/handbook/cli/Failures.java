package be.leerlingenbegeleiding.handbook.cli;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.pipeline.StageFailure;
import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import java.io.PrintWriter;

/**
 * The one place where a command that stopped short is told to the user, whichever command and
 * whichever tool refused: picocli hands every exception a command throws to it (see {@link
 * Main#run}). Usage errors, which picocli finds while parsing, are not printed here.
 */
final class Failures {
    private Failures() {
    }

    /**
     * Prints what went wrong; returns the exit code. A {@link UserError}: its message, its details
     * and its tip, never a stack. Anything else is a bug of ours: one line "interne fout" naming
     * the handbook and stage when known, a tip to report it, and the stack only with {@code
     * verbose} (for the bug report).
     */
    static int print(Throwable e, Messages m, PrintWriter err, boolean verbose) {
        if (e instanceof UserError u) {
            err.println(line(m, u.message()));
            for (Msg detail : u.details()) err.println("  " + line(m, detail));
            // A tip may open with an empty hint ("did you mean ...?" when there is no guess).
            if (u.tip() != null) err.println("  " + m.get("tip") + ": " + line(m, u.tip()).strip());
            return ExitCode.USAGE_OR_INTERNAL;
        }
        Throwable cause = e instanceof StageFailure f ? f.getCause() : e;
        String what = String.valueOf(cause);
        if (e instanceof StageFailure f) {
            err.println(m.get("cli.internal.stage", f.folder(), m.get(stageKey(f.stage())), what));
        } else {
            err.println(m.get("cli.internal", what));
        }
        boolean memory = cause instanceof OutOfMemoryError;
        err.println("  " + m.get("tip") + ": " + m.get(memory ? "cli.internal.memory.tip" : "cli.internal.tip"));
        if (verbose) e.printStackTrace(err);
        err.flush();
        return ExitCode.USAGE_OR_INTERNAL;
    }

    /** The stage as the sentence names it: "bij het opmaken van". */
    private static String stageKey(Build.Stage stage) {
        return switch (stage) {
            case LOAD -> "cli.stage.load";
            case MERGE -> "cli.stage.merge";
            case BIND -> "cli.stage.bind";
            case VALIDATE -> "cli.stage.validate";
            case COMPLY -> "cli.stage.comply";
            case RENDER -> "cli.stage.render";
            case WRITE -> "cli.stage.write";
            case OVERVIEW -> "cli.stage.overview";
        };
    }

    /** For the terminal: a line break or tab in an argument shows escaped, so it cannot start a line. */
    private static String line(Messages m, Msg msg) {
        return m.get(msg.key(), msg.args().toArray());
    }
}
