package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.build.Upgrade;
import be.leerlingenbegeleiding.handbook.model.Language;
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
        for (Upgrade.Kind kind : Upgrade.Kind.values()) {
            List<Upgrade.Change> changes = r.of(kind);
            sb.append('\n').append(l.get("upgrade." + kind.name(), changes.size())).append('\n');
            for (Upgrade.Change c : changes) {
                sb.append("  ").append(c.section()).append('\n');
                if (kind == Upgrade.Kind.REVIEW) {
                    sb.append(indent(l.get("upgrade.oud"), c.oldText()));
                    sb.append(indent(l.get("upgrade.nieuw"), c.newText()));
                    sb.append(indent(l.get("upgrade.school"), c.localText()));
                }
            }
        }
        return sb.toString();
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
        return Templates.shared().render("upgrade.ftlh", data).getBytes(StandardCharsets.UTF_8);
    }
}
