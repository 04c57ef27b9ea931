package be.leerlingenbegeleiding.handbook.cli;

/** The exit codes of the {@code handbook} command. Scripts and CI depend on them: never renumber. */
public final class ExitCode {
    /** Everything is in order. */
    public static final int OK = 0;
    /** The content has errors; they were printed with file, line and column. */
    public static final int CONTENT_ERRORS = 1;
    /** The command was called wrongly, or the generator itself failed. */
    public static final int USAGE_OR_INTERNAL = 2;

    private ExitCode() {
    }
}
