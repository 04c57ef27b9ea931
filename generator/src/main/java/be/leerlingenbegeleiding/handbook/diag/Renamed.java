package be.leerlingenbegeleiding.handbook.diag;

import java.util.List;

/**
 * A problem caused by a role id the template renamed: the usual message of the problem, with a
 * tip that names the new id instead of the general advice, which would only send the author
 * looking through the list of roles.
 */
public final class Renamed {
    private Renamed() {
    }

    /**
     * {@code problem}'s error at {@code at}, its message made from {@code messageArgs}, its tip
     * saying that {@code old} is now {@code now}.
     */
    public static Diagnostic role(Problem problem, Position at, String old, String now, Object... messageArgs) {
        return new Diagnostic(Severity.FOUT, problem.code(), at, Msg.of(problem.code() + ".message", messageArgs),
                Msg.of("tip.renamedRole", old, now), List.of());
    }
}
