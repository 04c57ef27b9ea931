package be.leerlingenbegeleiding.handbook.author;

import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.edition.Parts;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.load.RenamedRoles;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Language;
import be.leerlingenbegeleiding.handbook.render.EditionText;
import be.leerlingenbegeleiding.handbook.render.Labels;
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
 * template changes for that school. A section is a part as {@link Parts} cuts a handbook: a
 * role, one of its tasks, a domain or its actions in one phase, an agreement, a section of a page,
 * or else a top-level key of a file. Sections the school did not write itself follow the template without
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
        Map<String, Parts.Part> before = old == null ? Map.of() : Parts.of(old.documents(), Parts.TEMPLATE_KEYS);
        Map<String, Parts.Part> after = Parts.of(now.documents(), Parts.TEMPLATE_KEYS);
        Map<String, Parts.Part> local = Parts.of(own.documents(), Parts.TEMPLATE_KEYS);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        Labels labels = Labels.of(Language.NL_BE);
        List<Change> changes = new ArrayList<>();
        for (String k : keys) {
            Parts.Part b = before.get(k);
            Parts.Part a = after.get(k);
            Parts.Part l = local.get(k);
            String lt = l == null ? null : l.text();
            String section = section(labels, a != null ? a : b);
            if (b == null) {
                changes.add(new Change(a.node() != null && Layers.holdsMandatory(a.node()) ? Kind.NEW_MANDATORY : Kind.NEW, section,
                        null, a.text(), lt));
            } else if (a == null) {
                changes.add(new Change(l == null ? Kind.REMOVED : Kind.REVIEW, section, b.text(), null, lt));
            } else if (!b.text().equals(a.text())) {
                changes.add(new Change(l == null ? Kind.AUTOMATIC : Kind.REVIEW, section, b.text(), a.text(), lt));
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

    /**
     * A part as the report names it: its file, then the part as a reader says it ("rollen.yaml:
     * Taak 'intake' van rol 'Leerlingenbegeleider'"), or a plain key as the file writes it
     * ("cel.yaml: ritme").
     */
    private static String section(Labels l, Parts.Part p) {
        if (p.kind().equals("sleutel") || p.kind().equals("bestand")) {
            int hash = p.key().indexOf('#');
            return hash < 0 ? p.file() : p.file() + ": " + p.key().substring(hash + 1);
        }
        if (p.where().isFolder() && p.node() != null) return p.key().replace("#", ": ");
        return p.file() + ": " + EditionText.label(l, p);
    }

    /** A value as a reader compares it: keys and texts, one per line, spacing normalised. */
    static String text(Node n) {
        return Parts.text(n);
    }

    /** See {@link Parts#lines}. */
    static String lines(String value, String indent) {
        return Parts.lines(value, indent);
    }
}
