package be.leerlingenbegeleiding.handbook.pipeline;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.UserError;
import java.nio.file.Path;
import java.util.List;

/**
 * The output folder chosen would overwrite something that is not an earlier build's output.
 * A {@link UserError} of its own because the Maven plugin tells it apart: there the output
 * folder is not chosen with {@code -o}, so it gives its own tip, and the report goal turns it
 * into a report failure.
 */
public final class UnsafeOutputException extends UserError {
    private static final long serialVersionUID = 1L;

    /** Why the folder may not be replaced; each with its message and tip. */
    public enum Reason {
        /** The output folder is, holds, or lies inside a handbook, a template or the content folder. */
        OVERLAPS_CONTENT("cli.unsafe.OVERLAPS_CONTENT", "cli.unsafe.OVERLAPS_CONTENT.tip"),
        /** The folder exists, is not empty and was not made by this tool. */
        NOT_OURS("cli.unsafe.NOT_OURS", "cli.unsafe.NOT_OURS.tip"),
        /** A file stands where the output needs a folder. */
        NOT_A_FOLDER("cli.unsafe.NOT_A_FOLDER", "cli.unsafe.NOT_A_FOLDER.tip"),
        /** A folder stands where the output needs a file (the overview page). */
        NOT_A_FILE("cli.unsafe.NOT_A_FILE", "cli.unsafe.NOT_A_FILE.tip"),
        /** What stands there cannot be read, so whether it may be replaced cannot be told. */
        UNREADABLE("cli.unsafe.UNREADABLE", "cli.unsafe.UNREADABLE.tip"),
        /** The internal documents would go where a public site stands, and could be published with it. */
        PUBLIC_SITE("cli.unsafe.PUBLIC_SITE", "cli.unsafe.PUBLIC_SITE.tip");

        private final String key;
        private final String tip;

        Reason(String key, String tip) {
            this.key = key;
            this.tip = tip;
        }

        /** The message key; its one argument is the folder. */
        public String key() {
            return key;
        }
    }

    private final transient Path folder;
    private final Reason reason;

    UnsafeOutputException(Path folder, Reason reason) {
        this(folder, reason, null);
    }

    UnsafeOutputException(Path folder, Reason reason, Path content) {
        this(folder, reason, content, Msg.of(reason.tip));
    }

    /**
     * The output overlaps what the build reads. The tip proposes a folder beside the content
     * folder the user gave, by its own name: not every school calls it "content".
     *
     * @param layer the folder read that the output overlaps
     * @param contentFolder the content folder the build was given
     */
    static UnsafeOutputException overlaps(Path folder, Path layer, Path contentFolder) {
        Path beside = contentFolder.toAbsolutePath().normalize().resolveSibling("site-output");
        return new UnsafeOutputException(folder, Reason.OVERLAPS_CONTENT, layer,
                Msg.of(Reason.OVERLAPS_CONTENT.tip, shown(beside), shown(contentFolder)));
    }

    private UnsafeOutputException(Path folder, Reason reason, Path content, Msg tip) {
        super(reason + ": " + folder, Msg.of(reason.key, folder),
                content == null ? List.of() : List.of(Msg.of("cli.unsafe.content", content)), tip);
        this.folder = folder;
        this.reason = reason;
    }

    /** As the user would type it: relative to the working folder when inside it. */
    private static String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String s = (abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : abs).toString();
        return s.replace('\\', '/');
    }

    /** The output path that may not be written. */
    public Path folder() {
        return folder;
    }

    public Reason reason() {
        return reason;
    }
}
