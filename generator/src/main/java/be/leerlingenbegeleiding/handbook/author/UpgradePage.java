package be.leerlingenbegeleiding.handbook.author;

import be.leerlingenbegeleiding.handbook.model.Language;
import be.leerlingenbegeleiding.handbook.render.Labels;
import be.leerlingenbegeleiding.handbook.render.Standalone;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The upgrade report as text for the terminal and as an HTML page with the texts side by side. */
public final class UpgradePage {
    private UpgradePage() {
    }

    public static String text(Upgrade.Report r) {
        Labels l = Labels.of(Language.NL_BE);
        StringBuilder sb = new StringBuilder();
        sb.append(l.get("upgrade.kop", r.school(), r.from(), r.to())).append("\n");
        if (r.fromEdition() != null || r.toEdition() != null) {
            sb.append(l.get("upgrade.versies", edition(l, r.fromEdition()), edition(l, r.toEdition()))).append('\n');
        }
        for (Upgrade.Kind kind : Upgrade.Kind.values()) {
            // First: the one change with an exact edit to make, before the long lists.
            if (kind == Upgrade.Kind.AUTOMATIC) renames(r, l, sb);
            List<Upgrade.Change> changes = r.of(kind);
            sb.append('\n').append(l.get("upgrade." + kind.name(), changes.size())).append('\n');
            for (Upgrade.Change c : changes) {
                sb.append("  ").append(c.section()).append('\n');
                if (kind == Upgrade.Kind.REVIEW) {
                    sb.append(indent(l.get("upgrade.oud"), c.oldText()));
                    sb.append(indent(l.get("upgrade.nieuw"), c.newText() == null ? l.get("upgrade.weg") : c.newText()));
                    sb.append(indent(l.get("upgrade.school"), c.localText()));
                }
            }
        }
        return sb.toString();
    }

    /** The renamed roles, each with the places the school must change, or a word that it need not. */
    private static void renames(Upgrade.Report r, Labels l, StringBuilder sb) {
        if (r.renames().isEmpty()) return;
        sb.append('\n').append(l.count("upgrade.hernoemd", r.renames().size())).append('\n');
        for (Upgrade.Rename n : r.renames()) {
            sb.append("  ").append(l.get("upgrade.hernoemd.rol", n.oldId(), n.newId())).append('\n');
            if (n.places().isEmpty()) {
                sb.append("    ").append(l.get("upgrade.hernoemd.nergens")).append('\n');
                continue;
            }
            sb.append("    ").append(l.get("upgrade.hernoemd.vervang", n.oldId(), n.newId())).append('\n');
            for (String place : n.placesIn(r.school())) sb.append("      ").append(place).append('\n');
        }
    }

    private static String edition(Labels l, String edition) {
        return edition == null ? l.get("upgrade.geenVersie") : edition;
    }

    private static String indent(String label, String text) {
        StringBuilder sb = new StringBuilder("    ").append(label).append(":\n");
        for (String line : (text == null ? "" : text).split("\n")) sb.append("      ").append(line).append('\n');
        return sb.toString();
    }

    public static byte[] html(Upgrade.Report r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("r", r);
        data.put("kinds", List.of(Upgrade.Kind.values()));
        data.put("l", Labels.of(Language.NL_BE));
        return Standalone.render("upgrade.ftlh", data).getBytes(StandardCharsets.UTF_8);
    }
}
