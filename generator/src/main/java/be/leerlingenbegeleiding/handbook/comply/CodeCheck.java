package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.model.Handbook;

/**
 * A compliance check that needs code rather than a path and a condition. A rule names it with
 * {@code code: <name>}. The built-in checks are listed in {@link Comply}; more can be added as
 * a jar on the class path that declares its checks in
 * {@code META-INF/services/be.leerlingenbegeleiding.handbook.comply.CodeCheck}.
 */
public interface CodeCheck {

    /** The name rules use after {@code code:}, e.g. {@code privacy}. */
    String name();

    /** Reports every place where {@code handbook} falls short. */
    void check(Handbook handbook, Findings out);
}
