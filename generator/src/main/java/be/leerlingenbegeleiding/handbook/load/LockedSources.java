package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import java.nio.file.Path;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A template locks a text ({@code !vast}) because the law says it: every school that adopts
 * the template publishes it unchanged. So the template must say which rule that is, in a
 * {@code bron:} on the locked item or on a mapping around it (the file itself counts), and a
 * school can check it and the support service can see what to reread when the rule changes.
 * Only a template's own files are checked: a school cannot fix its template. Locks in
 * naleving.yaml are left alone: they fix how strict a check is, and each rule has its own bron.
 */
final class LockedSources {
    private static final String SOURCE = "bron";

    private LockedSources() {
    }

    /** Adds an error for each locked value of {@code own} without a source around it. */
    static void check(Load.Loaded own, List<Diagnostic> out) {
        if (!isTemplate(own)) return;
        for (Load.Document d : own.documents()) {
            // naleving.yaml locks how strict a check is, not a text; its rules name their own bron.
            if (d.node() != null && d.part() != ContentFile.NALEVING) walk(d.node(), false, out);
        }
    }

    private static boolean isTemplate(Load.Loaded own) {
        for (Load.Document d : own.documents()) {
            if (d.part() != ContentFile.HANDBOEK
                    || !(d.node() instanceof MappingNode m)) continue;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("soort")
                        && t.getValueNode() instanceof ScalarNode v && v.getValue().equals("sjabloon")) return true;
            }
        }
        return false;
    }

    private static void walk(Node n, boolean sourced, List<Diagnostic> out) {
        boolean here = sourced || hasSource(n);
        if (!here && n.getTag().getValue().equals(Layers.LOCKED)) {
            n.getStartMark().ifPresent(at -> out.add(Diagnostic.error(Problem.LOCKED_WITHOUT_SOURCE,
                    Yaml.position(Path.of(at.getName()), at))));
            return;
        }
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) walk(t.getValueNode(), here, out);
        } else if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) walk(item, here, out);
        }
    }

    private static boolean hasSource(Node n) {
        if (!(n instanceof MappingNode m)) return false;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(SOURCE)
                    && t.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) return true;
        }
        return false;
    }
}
