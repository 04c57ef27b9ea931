package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.School;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What a layer took away from the template it builds on, and where it wrote that: an item of an
 * id list removed with {@code - !verwijderd id}, or the template's items that are gone because
 * the layer wrote a list of its own in place of the template's (or removed the whole list).
 * Recorded by the merge stage, so that a later stage can put an error that follows from it (a
 * template text that still names the removed role) at the line the school wrote.
 *
 * @param file the file as named inside a handbook folder ("rollen.yaml")
 * @param list the key of the list the item was in ("rollen", "vestigingen", "taken")
 * @param id the id of the item that is gone
 * @param at where the school's removal or own list is written
 * @param replaced true when the item is gone because the list was written anew, not removed by name
 */
public record Removed(String file, String list, String id, Position at, boolean replaced) {

    /** The items {@code child} takes away from {@code parent}, file by file. */
    static List<Removed> between(Load.Loaded parent, Load.Loaded child) {
        List<Removed> out = new ArrayList<>();
        for (Load.Document c : child.documents()) {
            String name = name(child.folder(), c.file());
            for (Load.Document p : parent.documents()) {
                if (name.equals(name(parent.folder(), p.file())) && p.node() != null && c.node() != null) {
                    walk(p.node(), c.node(), name, null, out);
                }
            }
        }
        return out;
    }

    private static String name(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static void walk(Node p, Node c, String file, String key, List<Removed> out) {
        if (p instanceof MappingNode pm && c instanceof MappingNode cm) {
            for (NodeTuple ct : cm.getValue()) {
                for (NodeTuple pt : pm.getValue()) {
                    if (keyOf(pt).equals(keyOf(ct))) walk(pt.getValueNode(), ct.getValueNode(), file, keyOf(ct), out);
                }
            }
        } else if (p instanceof SequenceNode ps && key != null) {
            if (c instanceof SequenceNode cs && ids(ps).size() == ps.getValue().size() && ids(cs).size() == cs.getValue().size()) {
                // Merged by id: what is named with !verwijderd goes; what is written again merges.
                for (Node item : cs.getValue()) {
                    String id = Layers.idOf(item);
                    Node inherited = ps.getValue().stream().filter(x -> id.equals(Layers.idOf(x))).findFirst().orElse(null);
                    if (inherited == null) continue;
                    if (removal(item)) out.add(new Removed(file, key, id, start(item), false));
                    else walk(inherited, item, file, null, out);
                }
            } else if (c instanceof SequenceNode || removal(c)) {
                Set<String> kept = c instanceof SequenceNode cs ? new HashSet<>(names(key, cs)) : Set.of();
                for (String id : names(key, ps)) if (!kept.contains(id)) out.add(new Removed(file, key, id, start(c), true));
            }
        }
    }

    private static List<String> ids(SequenceNode s) {
        List<String> ids = new ArrayList<>();
        for (Node item : s.getValue()) {
            String id = Layers.idOf(item);
            if (id != null) ids.add(id);
        }
        return ids;
    }

    /**
     * The names other files use for the items of a list written anew: their ids, and for a
     * campus without one the slug of its name, so that a school that renames a template's
     * campus learns which inherited texts still use the old name.
     */
    private static List<String> names(String key, SequenceNode s) {
        List<String> names = new ArrayList<>();
        for (Node item : s.getValue()) {
            String id = Layers.idOf(item);
            if (id == null && "vestigingen".equals(key) && item instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if ("naam".equals(keyOf(t)) && t.getValueNode() instanceof ScalarNode v) id = School.Campus.slug(v.getValue());
                }
            }
            if (id != null && !id.isEmpty()) names.add(id);
        }
        return names;
    }

    private static boolean removal(Node n) {
        return n.getTag().getValue().equals(Layers.REMOVED);
    }

    private static String keyOf(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
    }

    private static Position start(Node n) {
        return n.getStartMark().map(m -> Yaml.position(Path.of(m.getName()), m)).orElseThrow();
    }
}
