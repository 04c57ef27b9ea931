package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.edition.Changes;
import be.leerlingenbegeleiding.handbook.edition.Parts;
import java.util.List;

/** The parts of a handbook and what changed in them, as a reader reads them. */
public final class EditionText {
    private EditionText() {
    }

    /** "Taak 'intake' van rol 'Leerlingenbegeleider'", "Pagina 'Privacy', sectie 'Wie ziet wat?'". */
    public static String label(Labels l, Parts.Part p) {
        List<String> args = p.args();
        if (p.kind().equals("sleutel")) return l.get("deel.sleutel", fileTitle(l, args.get(0)), args.get(1));
        return l.get("deel." + p.kind(), args.toArray());
    }

    /** A file by the title of the page that shows it ("Samenwerking met het CLB"), else by its name. */
    static String fileTitle(Labels l, String file) {
        String stem = file.endsWith(".yaml") ? file.substring(0, file.length() - 5) : file;
        for (PageKind k : PageKind.values()) {
            if (k.shows().stream().anyMatch(f -> f.fileName().equals(file)) && !k.perSubject() && k != PageKind.START) {
                if (l.has("pagina." + k.code())) return l.get("pagina." + k.code());
            }
        }
        return stem;
    }

    /** The changes as the terminal shows them: per status a heading with a count, then one part a line. */
    public static String text(Labels l, String handbook, String since, List<Changes.Change> changes) {
        StringBuilder sb = new StringBuilder(l.get("wijzigingen.kop", handbook, since)).append('\n');
        if (changes.isEmpty()) return sb.append(l.get("wijzigingen.geen")).append('\n').toString();
        for (Changes.Status s : Changes.Status.values()) {
            List<Changes.Change> of = Changes.of(changes, s);
            if (of.isEmpty()) continue;
            sb.append('\n').append(l.get("wijzigingen." + s.name(), of.size())).append('\n');
            for (Changes.Change c : of) sb.append("  ").append(label(l, c.part())).append('\n');
        }
        return sb.toString();
    }
}
