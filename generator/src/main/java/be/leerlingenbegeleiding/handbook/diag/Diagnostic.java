package be.leerlingenbegeleiding.handbook.diag;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing the user is told: where, how bad, what, and how to fix it. The wording is not
 * stored here but looked up by {@link Messages} in the user's language when printed, so the same
 * diagnostic prints in Dutch or English.
 *
 * <p>Arguments are plain values, {@link Msg}s (translated fragments) or lists of either
 * (printed comma-separated).
 */
public record Diagnostic(Severity severity, Problem problem, Position position, List<Object> args) {

    /** Order of printing: by file, then line, then column, then code. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(d -> d.problem().code());

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(position, "position");
        args = List.copyOf(args);
    }

    public static Diagnostic error(Problem problem, Position position, Object... args) {
        return new Diagnostic(Severity.FOUT, problem, position, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.FOUT;
    }
}
