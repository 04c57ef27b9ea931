package be.leerlingenbegeleiding.handbook.render;

import java.util.Map;

/**
 * Pages that belong to no handbook's website (the upgrade report), rendered with the standard
 * theme: the authoring tools give the data, the theme keeps the layout.
 */
public final class Standalone {
    private Standalone() {
    }

    /** {@code template} of the standard theme (e.g. {@code upgrade.ftlh}) filled with {@code data}. */
    public static String render(String template, Map<String, Object> data) {
        return Theme.BUILT_IN.shared().render(template, data);
    }
}
