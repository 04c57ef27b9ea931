package be.leerlingenbegeleiding.handbook.build;

import java.nio.file.Path;

/** The output folder chosen would overwrite something that is not an earlier build's output. */
public final class UnsafeOutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the folder may not be replaced. */
    public enum Reason {
        /** The output folder is, holds, or lies inside a handbook's content. */
        OVERLAPS_CONTENT,
        /** The folder exists, is not empty and was not made by this tool. */
        NOT_OURS
    }

    private final Path folder;
    private final Reason reason;

    UnsafeOutputException(Path folder, Reason reason) {
        super(reason + ": " + folder);
        this.folder = folder;
        this.reason = reason;
    }

    public Path folder() {
        return folder;
    }

    public Reason reason() {
        return reason;
    }
}
