package be.leerlingenbegeleiding.handbook.pipeline;

import java.nio.file.Path;

/**
 * A bug in the generator: an exception or an Error (a stack overflow, a full heap) that escaped
 * a stage. It names the handbook and the stage, so the one line a user sees says where; the
 * cause keeps the stack for a bug report.
 */
public final class StageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;
    private final Build.Stage stage;

    StageFailure(Path folder, Build.Stage stage, Throwable cause) {
        super(stage + " " + folder + ": " + cause, cause);
        this.folder = folder;
        this.stage = stage;
    }

    /** The handbook's folder (for the overview: the output folder). */
    public Path folder() {
        return folder;
    }

    public Build.Stage stage() {
        return stage;
    }

    /** Whether the heap ran out: then more memory may help, and the tip says so. */
    public boolean outOfMemory() {
        return getCause() instanceof OutOfMemoryError;
    }
}
