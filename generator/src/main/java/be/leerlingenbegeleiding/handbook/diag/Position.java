package be.leerlingenbegeleiding.handbook.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a content file: 1-based line and column. A position with line 0 stands for the
 * file as a whole (a file that is missing, empty or unreadable).
 */
public record Position(Path file, int line, int column) implements Comparable<Position> {

    public Position {
        Objects.requireNonNull(file, "file");
    }

    /** The whole file, used when no line can be named. */
    public static Position ofFile(Path file) {
        return new Position(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** Prints as {@code file:line:col}, with the path as the user typed it. */
    @Override
    public String toString() {
        String f = display(file);
        return hasLine() ? f + ":" + line + ":" + column : f;
    }

    /** Paths print relative to the working folder when they lie below it, with forward slashes. */
    static String display(Path file) {
        Path p = file;
        if (p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (p.startsWith(cwd)) p = cwd.relativize(p);
        }
        return p.toString().replace('\\', '/');
    }

    @Override
    public int compareTo(Position o) {
        int c = display(file).compareTo(display(o.file));
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
