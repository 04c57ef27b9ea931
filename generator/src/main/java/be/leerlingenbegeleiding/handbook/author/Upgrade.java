package be.leerlingenbegeleiding.handbook.author;

import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.load.RenamedRoles;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code handbook upgrade-report} and {@code upgrade}: what a newer version of a school's
 * template changes for that school. A section is a top-level key of a file, or one item of a
 * list with ids (a role). Sections the school did not write itself follow the template without
 * any work; those it overrides must be reviewed by a person.
 */
public final class Upgrade {
    private Upgrade() {
    }

    /** What happens to a section when the school moves to the new template. */
    public enum Kind {
        /** Changed in the template, not written by the school: taken in as it is. */
        AUTOMATIC,
        /**
         * Changed or gone in the template and written by the school: a person compares the texts
         * (a key the template dropped may be one the model no longer has, such as the per-person
         * parts of a function description, whose content the school must move itself).
         */
        REVIEW,
        /** New in the template and locked or to be filled in: the school must act. */
        NEW_MANDATORY,
        /** New in the template, optional: taken in as it is. */
        NEW,
        /** Gone from the template: what the school inherited from it disappears. */
        REMOVED
    }

    /** One section of the report, with the three texts for a side-by-side view. */
    public record Change(Kind kind, String section, String oldText, String newText, String localText) {
    }

    /**
     * A role the new template renamed, and every place in the school's own files that still
     * writes the old id (as a whole value: a role reference, an override, a removal).
     */
    public record Rename(String oldId, String newId, List<Position> places) {
        public Rename {
            places = List.copyOf(places);
        }

        /** The places as "cel.yaml:55:10", relative to the school's folder. */
        public List<String> placesIn(Path school) {
            Path base = school.toAbsolutePath().normalize();
            return places.stream().map(p -> base.relativize(p.file().toAbsolutePath().normalize()).toString()
                    .replace('\\', '/') + ":" + p.line() + ":" + p.column()).toList();
        }
    }

    /**
     * The report, and where the school's current template is.
     *
     * @param fromEdition the {@code editie} of the current template, or null
     * @param toEdition the {@code editie} of the new one, or null
     */
    public record Report(Path school, Path from, Path to, List<Change> changes, String fromEdition, String toEdition,
            List<Rename> renames) {
        public Report {
            changes = List.copyOf(changes);
            renames = List.copyOf(renames);
        }

        /** A place's file as the school knows it: relative to its folder ("functies/x.yaml"). */
        public String fileOf(Position p) {
            return school.toAbsolutePath().normalize().relativize(p.file().toAbsolutePath().normalize()).toString()
                    .replace('\\', '/');
        }

        public List<Change> of(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).toList();
        }
    }

    /** What the school's {@code sjabloon:} says now, or null. */
    public static String currentReference(Path school) {
        return Layers.reference(school).orElse(null);
    }

    /** The folder of the template a school builds on now, or null. */
    public static Path currentTemplate(Path school) {
        return Layers.templateFolder(school).orElse(null);
    }

    public static Report report(Path school, Path to) throws IOException {
        Path from = currentTemplate(school);
        Load.Loaded old = from == null ? null : Layers.raw(from);
        Load.Loaded now = Layers.raw(to);
        Load.Loaded own = Load.handbook(school);
        Map<String, Node> before = sections(old == null ? Map.of() : documents(old));
        Map<String, Node> after = sections(documents(now));
        Map<String, Node> local = sections(documents(own));
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String k : keys) {
            Node b = before.get(k);
            Node a = after.get(k);
            Node l = local.get(k);
            String lt = l == null ? null : text(l);
            if (b == null) {
                changes.add(new Change(Layers.holdsMandatory(a) ? Kind.NEW_MANDATORY : Kind.NEW, k, null, text(a), lt));
            } else if (a == null) {
                changes.add(new Change(l == null ? Kind.REMOVED : Kind.REVIEW, k, text(b), null, lt));
            } else if (!text(b).equals(text(a))) {
                changes.add(new Change(l == null ? Kind.AUTOMATIC : Kind.REVIEW, k, text(b), text(a), lt));
            }
        }
        return new Report(school, from, to, changes, old == null ? null : edition(old), edition(now),
                renames(old, now, own));
    }

    /**
     * The renames of the new template that concern the school: those the old template did not
     * have yet, and older ones the school still has not followed.
     */
    private static List<Rename> renames(Load.Loaded old, Load.Loaded now, Load.Loaded own) {
        Map<String, String> known = old == null ? Map.of() : RenamedRoles.of(old);
        List<Rename> out = new ArrayList<>();
        Map<String, String> renamed = RenamedRoles.of(now);
        for (String id : renamed.keySet()) {
            List<Position> places = new ArrayList<>();
            for (Load.Document d : own.documents()) uses(d.node(), id, d.file(), places);
            if (!known.containsKey(id) || !places.isEmpty()) {
                out.add(new Rename(id, be.leerlingenbegeleiding.handbook.model.Metadata.renamed(renamed, id), places));
            }
        }
        return out;
    }

    /** Every value in {@code n} that is exactly {@code id}: where a school names a role by its id. */
    private static void uses(Node n, String id, Path file, List<Position> out) {
        if (n instanceof ScalarNode s && s.getValue().strip().equals(id)) {
            s.getStartMark().ifPresent(m -> out.add(new Position(file, m.getLine() + 1, m.getColumn() + 1)));
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) uses(t.getValueNode(), id, file, out);
        } else if (n instanceof SequenceNode q) {
            for (Node i : q.getValue()) uses(i, id, file, out);
        }
    }

    /** What a handbook's {@code editie} says ("versie 2026.2 van het sjabloon van …"), or null. */
    private static String edition(Load.Loaded loaded) {
        for (Load.Document d : loaded.documents()) {
            if (d.part() != ContentFile.HANDBOEK || !(d.node() instanceof MappingNode m)) continue;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("editie")
                        && t.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                    return v.getValue().strip();
                }
            }
        }
        return null;
    }

    /**
     * Moves the school onto the new template: only {@code sjabloon:} changes. What the school
     * did not write follows the template by itself; what it wrote stays and is in the report.
     */
    public static void apply(Path school, Path to) throws IOException {
        apply(school, school.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize())
                .toString().replace('\\', '/'));
    }

    /** As {@link #apply(Path, Path)}, writing {@code reference} (a folder or coordinates). */
    public static void apply(Path school, String reference) throws IOException {
        Path file = school.resolve("handboek.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String updated = text.replaceFirst("(?m)^sjabloon:.*$", Matcher.quoteReplacement("sjabloon: " + reference));
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    private static Map<String, Node> documents(Load.Loaded loaded) {
        Map<String, Node> docs = new LinkedHashMap<>();
        for (Load.Document d : loaded.documents()) {
            String name = (d.part().isFolder() ? d.part().fileName() + "/" : "") + d.file().getFileName();
            if (d.body() != null) {
                // A page is one section: its front matter and its text together.
                String page = (d.node() == null ? "" : text(d.node())) + "\n---\n" + d.body();
                docs.put(name, new ScalarNode(org.snakeyaml.engine.v2.nodes.Tag.STR, page,
                        org.snakeyaml.engine.v2.common.ScalarStyle.LITERAL));
            } else if (d.node() != null) {
                docs.put(name, d.node());
            }
        }
        return docs;
    }

    private static final Set<String> NOT_A_SECTION = Set.of("sjabloon", "editie", RenamedRoles.KEY);

    /** "rollen.yaml: rollen[directeur]", "visie.yaml: principes", "paginas/privacy.md (tekst)". */
    private static Map<String, Node> sections(Map<String, Node> docs) {
        Map<String, Node> out = new LinkedHashMap<>();
        docs.forEach((file, node) -> {
            if (!(node instanceof MappingNode m)) {
                out.put(file, node);
                return;
            }
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                // Which template, its version and its renames: in the report's heading and its own section.
                if (NOT_A_SECTION.contains(key) && file.equals(ContentFile.HANDBOEK.fileName())) continue;
                Node v = t.getValueNode();
                List<String> ids = ids(v);
                if (ids != null) {
                    List<Node> items = ((SequenceNode) v).getValue();
                    for (int i = 0; i < items.size(); i++) out.put(file + ": " + key + "[" + ids.get(i) + "]", items.get(i));
                } else {
                    out.put(file + ": " + key, v);
                }
            }
        });
        return out;
    }

    private static List<String> ids(Node v) {
        if (!(v instanceof SequenceNode q) || q.getValue().isEmpty()) return null;
        List<String> ids = new ArrayList<>();
        for (Node item : q.getValue()) {
            String id = null;
            if (item instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode s) {
                        id = s.getValue();
                    }
                }
            }
            if (id == null) return null;
            ids.add(id);
        }
        return ids;
    }

    /** A value as a reader compares it: keys and texts, one per line, spacing normalised. */
    static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        text(n, "", sb);
        return sb.toString().strip();
    }

    /**
     * The lines of a text, each without the spaces and tabs around its line breaks, the next one
     * indented. A scan, not a regular expression: a run of spaces without a line break made the
     * pattern start again at each space, which a template's long value turned into minutes.
     */
    static String lines(String value, String indent) {
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

    private static void text(Node n, String indent, StringBuilder sb) {
        if (n instanceof ScalarNode s) {
            sb.append(lines(s.getValue().strip(), indent)).append('\n');
        } else if (n instanceof MappingNode m) {
            sb.append('\n');
            for (NodeTuple t : m.getValue()) {
                sb.append(indent).append(t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?").append(": ");
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
}
