package be.leerlingenbegeleiding.handbook.pipeline;

import java.nio.file.Path;

/** The output folder chosen would overwrite something that is not an earlier build's output. */
public final class UnsafeOutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the folder may not be replaced. */
    public enum Reason {
        /** The output folder is, holds, or lies inside a handbook, a template or the content folder. */
        OVERLAPS_CONTENT,
        /** The folder exists, is not empty and was not made by this tool. */
        NOT_OURS,
        /** A file stands where the output needs a folder. */
        NOT_A_FOLDER,
        /** A folder stands where the output needs a file (the overview page). */
        NOT_A_FILE,
        /** What stands there cannot be read, so whether it may be replaced cannot be told. */
        UNREADABLE,
        /** The internal documents would go where a public site stands, and could be published with it. */
        PUBLIC_SITE
    }

    private final Path folder;
    private final Reason reason;
    private final Path content;

    UnsafeOutputException(Path folder, Reason reason) {
        this(folder, reason, null);
    }

    /** @param content for {@link Reason#OVERLAPS_CONTENT}: the folder of content it overlaps */
    UnsafeOutputException(Path folder, Reason reason, Path content) {
        super(reason + ": " + folder);
        this.folder = folder;
        this.reason = reason;
        this.content = content;
    }

    /** The output path that may not be written. */
    public Path folder() {
        return folder;
    }

    public Reason reason() {
        return reason;
    }

    /** The folder of content the output overlaps, or null. */
    public Path content() {
        return content;
    }
}
