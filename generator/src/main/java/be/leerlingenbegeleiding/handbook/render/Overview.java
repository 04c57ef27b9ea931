package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page a support service opens after building all its schools: each handbook, the template
 * it builds on, whether it passed the check, and links to its website and PDFs.
 */
public final class Overview {
    /** Written into the page, so a later build knows the file is its own to replace. */
    public static final String MARK = "<meta name=\"generator\" content=\"handbook-overzicht\">";

    private Overview() {
    }

    /** One handbook of the build; {@code pdfs} are paths from its site's root. */
    public record Entry(Handbook handbook, String template, int errors, List<String> pdfs) {
        public boolean ok() {
            return errors == 0;
        }
    }

    public static byte[] render(List<Entry> entries, Theme theme) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("entries", entries);
        Labels l = theme.labels(Language.NL_BE);
        data.put("l", l);
        data.put("mark", MARK);
        data.put("kinds", PageKind.BY_NAME);
        // A template's school name is the hint of an open part.
        return Placeholders.page(theme.shared().render("overzicht.ftlh", data), l).getBytes(StandardCharsets.UTF_8);
    }
}
