package be.leerlingenbegeleiding.handbook.diag;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing the user is told: where, how bad, what, and how to fix it. The wording is not
 * stored here but looked up by {@link Messages} in the user's language when printed, so the same
 * diagnostic prints in Dutch or English.
 *
 * <p>{@code code} is a {@link Problem}'s code ({@code HB006}) or a compliance rule's id
 * ({@code R8}). {@code tip} may be a bundle key that does not exist (no tip then). {@code notes}
 * are extra lines such as the legal source of a rule.
 */
public record Diagnostic(Severity severity, String code, Position position, Msg message, Msg tip, List<Msg> notes) {

    /** Order of printing: by file, then line, then column, then code. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::code);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        notes = List.copyOf(notes);
    }

    /**
     * A problem in the form of the content. Arguments are plain values, {@link Msg}s or lists of
     * either (printed comma-separated); message and tip share them.
     */
    public static Diagnostic error(Problem problem, Position position, Object... args) {
        return new Diagnostic(Severity.FOUT, problem.code(), position,
                Msg.of(problem.code() + ".message", args), Msg.of(problem.code() + ".tip", args), List.of());
    }

    /** The structural problem this reports, or null for a compliance finding. */
    public Problem problem() {
        return Problem.byCode(code);
    }

    public boolean isError() {
        return severity == Severity.FOUT;
    }

    /** The same finding with another severity. */
    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(s, code, position, message, tip, notes);
    }
}
