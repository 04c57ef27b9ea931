package be.leerlingenbegeleiding.handbook.model;

/** An enum whose constants are written in content files by a Dutch code. */
public interface Coded {
    /** The code authors write, e.g. {@code brede_basiszorg}. */
    String code();
}
