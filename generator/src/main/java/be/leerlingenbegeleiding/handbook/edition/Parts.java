package be.leerlingenbegeleiding.handbook.edition;

import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A handbook cut into parts at the size a person thinks in: a role and each of its tasks, an
 * agreement with the CLB, a contact point, a domain and its actions per phase, a phase of the
 * care continuum, a principle, a crisis protocol, a section of a page (by heading), and for the
 * rest one key of a file. A part's key stays the same between editions as long as its id (or,
 * for a list without ids, its subject) does; its text is what a reader compares.
 */
public final class Parts {
    private Parts() {
    }

    /**
     * One part.
     *
     * @param key stable between editions: "rollen.yaml#rol:directeur"
     * @param file the file as the handbook names it ("rollen.yaml", "paginas/privacy.md")
     * @param kind what the part is, for its label: rol, taak, afspraak, aanspreekpunt, domein,
     *     acties, fase, principe, protocol, pagina, sectie, sleutel
     * @param args the words of its label (names, not ids, where the content gives a name)
     * @param subject the id of the subject whose page shows the part (a role, a domain…), or null
     * @param anchor where on that page: a section's heading or an element's id ("taak-intake"), or null
     * @param text the part as a reader compares it
     * @param node the YAML of the part (for a page's section: null), for what its tags say
     */
    public record Part(String key, String file, String kind, List<String> args, ContentFile where, String subject,
            String anchor, String text, Node node) {
        public Part {
            args = List.copyOf(args);
        }
    }

    /** Keys of {@code handboek.yaml} that every edition changes or that name other editions. */
    private static final Set<String> EDITION_KEYS = Set.of("sjabloon", "editie", "schooljaar", "vorige_uitgave",
            "hernoemde_rollen", "herzieningsdatum", "vastgesteld", "status");

    /** Keys of {@code handboek.yaml} that say which template and version, not what the handbook says. */
    public static final Set<String> TEMPLATE_KEYS = Set.of("sjabloon", "editie", "hernoemde_rollen", "vorige_uitgave");

    /** The parts of a handbook's documents (merged or as written), in file order, without what every edition changes. */
    public static Map<String, Part> of(List<Load.Document> documents) {
        return of(documents, EDITION_KEYS);
    }

    /** As {@link #of(List)}, leaving out the keys {@code skipped} of {@code handboek.yaml}. */
    public static Map<String, Part> of(List<Load.Document> documents, Set<String> skipped) {
        Map<String, Part> out = new LinkedHashMap<>();
        for (Load.Document d : documents) {
            String file = (d.part().isFolder() ? d.part().fileName() + "/" : "") + d.file().getFileName();
            if (d.body() != null) {
                page(d, file, out);
            } else if (d.part().isFolder() && d.node() instanceof MappingNode m) {
                // A function description or a staff member: one part per key, under its title.
                String id = stem(d.file().getFileName().toString());
                String name = first(m, "titel", "naam");
                for (NodeTuple t : m.getValue()) {
                    add(out, new Part(file + "#" + keyOf(t), file, d.part().fileName(), List.of(name == null ? words(id) : name,
                            words(keyOf(t))), d.part(), id, null, text(t.getValueNode()), t.getValueNode()));
                }
            } else if (d.node() instanceof MappingNode m) {
                yaml(d.part(), file, m, skipped, out);
            } else if (d.node() != null) {
                add(out, new Part(file, file, "bestand", List.of(file), d.part(), null, null, text(d.node()), d.node()));
            }
        }
        return out;
    }

    private static void add(Map<String, Part> out, Part p) {
        // Two items of a list without ids on the same subject: the second gets a number.
        String key = p.key();
        for (int n = 2; out.containsKey(key); n++) key = p.key() + "#" + n;
        out.put(key, key.equals(p.key()) ? p : new Part(key, p.file(), p.kind(), p.args(), p.where(), p.subject(), p.anchor(), p.text(), p.node()));
    }

    private static void yaml(ContentFile part, String file, MappingNode m, Set<String> skipped, Map<String, Part> out) {
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (part == ContentFile.HANDBOEK && skipped.contains(key)) continue;
            Node v = t.getValueNode();
            String at = file + "#";
            if (part == ContentFile.ROLLEN && key.equals("rollen") && v instanceof SequenceNode q) {
                for (Node item : q.getValue()) role(file, item, out);
            } else if (part == ContentFile.CLB && key.equals("afspraken") && v instanceof SequenceNode q) {
                for (Node item : q.getValue()) {
                    String subject = name(item, "id", "onderwerp");
                    add(out, new Part(at + "afspraak:" + subject, file, "afspraak", List.of(name(item, "onderwerp", "id")),
                            part, null, name(item, "onderwerp", "id"), text(item), item));
                }
            } else if (part == ContentFile.CONTACT && key.equals("aanspreekpunten") && v instanceof SequenceNode q) {
                for (Node item : q.getValue()) {
                    add(out, new Part(at + "aanspreekpunt:" + name(item, "id", "vraag"), file, "aanspreekpunt",
                            List.of(name(item, "vraag", "id")), part, null, null, text(item), item));
                }
            } else if (part == ContentFile.DOMEINEN && key.equals("domeinen") && v instanceof MappingNode d) {
                for (NodeTuple e : d.getValue()) domain(file, e, out);
            } else if (part == ContentFile.ZORGCONTINUUM && key.equals("fasen") && v instanceof MappingNode d) {
                for (NodeTuple e : d.getValue()) {
                    String code = keyOf(e);
                    add(out, new Part(at + "fase:" + code, file, "fase", List.of(words(code)), part, null, null, text(e.getValueNode()), e.getValueNode()));
                }
            } else if (part == ContentFile.VISIE && key.equals("principes") && v instanceof MappingNode d) {
                for (NodeTuple e : d.getValue()) {
                    String code = keyOf(e);
                    add(out, new Part(at + "principe:" + code, file, "principe", List.of(words(code)), part, null, null,
                            text(e.getValueNode()), e.getValueNode()));
                }
            } else if (part == ContentFile.CRISIS && key.equals("protocollen") && v instanceof SequenceNode q) {
                for (Node item : q.getValue()) {
                    String id = name(item, "id", "titel");
                    add(out, new Part(at + "protocol:" + id, file, "protocol", List.of(name(item, "titel", "id")), part, id, null,
                            text(item), item));
                }
            } else {
                add(out, new Part(at + key, file, "sleutel", List.of(file, words(key)), part, null, null, text(v), v));
            }
        }
    }

    private static void role(String file, Node item, Map<String, Part> out) {
        String id = name(item, "id", "naam");
        String roleName = name(item, "naam", "id");
        Node tasks = item instanceof MappingNode m ? value(m, "taken") : null;
        add(out, new Part(file + "#rol:" + id, file, "rol", List.of(roleName), ContentFile.ROLLEN, id, null, text(without(item, "taken")), without(item, "taken")));
        if (tasks instanceof SequenceNode q) {
            for (Node task : q.getValue()) {
                String tid = name(task, "id", "omschrijving");
                add(out, new Part(file + "#rol:" + id + "/taak:" + tid, file, "taak", List.of(words(tid), roleName),
                        ContentFile.ROLLEN, id, "taak-" + tid, text(task), task));
            }
        }
    }

    private static void domain(String file, NodeTuple e, Map<String, Part> out) {
        String code = keyOf(e);
        String subject = code.replace('_', '-');
        Node d = e.getValueNode();
        add(out, new Part(file + "#domein:" + code, file, "domein", List.of(words(code)), ContentFile.DOMEINEN, subject, null,
                text(without(d, "acties")), without(d, "acties")));
        if (d instanceof MappingNode m && value(m, "acties") instanceof MappingNode acts) {
            for (NodeTuple a : acts.getValue()) {
                String phase = keyOf(a);
                add(out, new Part(file + "#domein:" + code + "/acties:" + phase, file, "acties", List.of(words(phase), words(code)),
                        ContentFile.DOMEINEN, subject, null, text(a.getValueNode()), a.getValueNode()));
            }
        }
    }

    /** A Markdown page: its front matter and text before the first heading, then each section. */
    private static void page(Load.Document d, String file, Map<String, Part> out) {
        String id = stem(d.file().getFileName().toString());
        String title = d.node() instanceof MappingNode m ? first(m, "titel") : null;
        if (title == null) title = words(id);
        String kind = d.part() == ContentFile.PRAKTIJKVOORBEELDEN ? "voorbeeld" : "pagina";
        List<String[]> sections = sections(d.body());
        String intro = (d.node() == null ? "" : text(d.node())) + "\n---\n" + sections.get(0)[1];
        add(out, new Part(file, file, kind, List.of(title), d.part(), id, null, intro.strip(), null));
        for (String[] s : sections.subList(1, sections.size())) {
            add(out, new Part(file + "#" + s[0].toLowerCase(Locale.ROOT), file, kind + ".sectie", List.of(title, s[0]), d.part(), id,
                    s[0], s[1].strip(), null));
        }
    }

    /**
     * The text before the first heading (heading null), then per heading of level 1 to 3 its
     * heading and text; deeper headings stay inside their section. Fenced code is not scanned.
     */
    static List<String[]> sections(String body) {
        List<String[]> out = new ArrayList<>();
        String heading = null;
        StringBuilder text = new StringBuilder();
        boolean fenced = false;
        for (String line : body.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) fenced = !fenced;
            java.util.regex.Matcher h = fenced ? null : HEADING.matcher(line);
            if (h != null && h.matches()) {
                out.add(new String[] {heading, text.toString()});
                heading = h.group(1).replaceAll("\\s+#+\\s*$", "").strip();
                text.setLength(0);
            } else {
                text.append(line.stripTrailing()).append('\n');
            }
        }
        out.add(new String[] {heading, text.toString()});
        return out;
    }

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(" {0,3}#{1,3}\\s+(.+)");

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /** "leren_en_studeren" as a reader says it: "leren en studeren"; the IAC by its abbreviation. */
    static String words(String code) {
        if (code.equals("iac")) return "IAC";
        return code.replace('_', ' ').replace('-', ' ');
    }

    private static String keyOf(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) if (keyOf(t).equals(key)) return t.getValueNode();
        return null;
    }

    private static String first(MappingNode m, String... keys) {
        for (String k : keys) if (value(m, k) instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue().strip();
        return null;
    }

    /** The first of {@code keys} that the item has, as one line; "?" when it has none. */
    private static String name(Node item, String... keys) {
        String found = item instanceof MappingNode m ? first(m, keys) : item instanceof ScalarNode s ? s.getValue().strip() : null;
        if (found == null) return "?";
        String line = found.lines().findFirst().orElse("").strip();
        return line.length() > 80 ? line.substring(0, 77).strip() + "…" : line;
    }

    private static Node without(Node n, String key) {
        if (!(n instanceof MappingNode m)) return n;
        List<NodeTuple> kept = m.getValue().stream().filter(t -> !keyOf(t).equals(key)).toList();
        return new MappingNode(m.getTag(), kept, m.getFlowStyle());
    }

    /** A value as a reader compares it: keys and texts, one per line, spacing normalised. */
    public static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        text(n, "", sb);
        return sb.toString().strip();
    }

    private static void text(Node n, String indent, StringBuilder sb) {
        if (n instanceof ScalarNode s) {
            sb.append(lines(s.getValue().strip(), indent)).append('\n');
        } else if (n instanceof MappingNode m) {
            sb.append('\n');
            for (NodeTuple t : m.getValue()) {
                sb.append(indent).append(keyOf(t)).append(": ");
                text(t.getValueNode(), indent + "  ", sb);
            }
        } else if (n instanceof SequenceNode q) {
            sb.append('\n');
            for (Node i : q.getValue()) {
                sb.append(indent).append("- ");
                text(i, indent + "  ", sb);
            }
        }
    }

    /**
     * The lines of a text, each without the spaces and tabs around its line breaks, the next one
     * indented. A scan, not a regular expression: a run of spaces without a line break made a
     * pattern start again at each space, which a template's long value turned into minutes.
     */
    public static String lines(String value, String indent) {
        StringBuilder out = new StringBuilder(value.length());
        int start = 0;
        while (true) {
            int end = value.indexOf('\n', start);
            boolean last = end < 0;
            if (last) end = value.length();
            int from = start;
            int to = end;
            if (start > 0) while (from < to && blank(value.charAt(from))) from++;
            if (!last) while (to > from && blank(value.charAt(to - 1))) to--;
            if (start > 0) out.append('\n').append(indent);
            out.append(value, from, to);
            if (last) return out.toString();
            start = end + 1;
        }
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }
}
