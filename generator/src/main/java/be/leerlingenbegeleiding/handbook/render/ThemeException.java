package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;

/**
 * A theme file of a handbook or of a template it builds on that cannot be rendered: a mistake
 * in it, or a reach beyond the page that the sandbox refused. It is the content's error, not
 * ours, so the build reports {@link #diagnostic()} at the theme file's line and goes on with
 * the other handbooks; this one is not written.
 */
public final class ThemeException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    // No public (Throwable) or no-argument constructor: a parallel stream then rethrows this
    // very exception rather than a copy without the diagnostic.
    ThemeException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.code() + " " + diagnostic.position(), cause, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
