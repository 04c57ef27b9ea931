package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Rules 10–12 of {@link Layers}: a school patches a template's list instead of copying it, so
 * that the template's next release (a new text, a corrected one) still reaches the school.
 */
final class Lists {
    /** On a school's list: keep the template's items and add, merge or remove around them. */
    static final String APPEND = "!aanvullen";

    private Lists() {
    }

    /**
     * Rule 11: a school's list merges by id with a template's list whose items all have an id
     * when it names at least one id (or removes one); its items without id are new, at the end.
     * A list that names no id at all still replaces the template's: a school that copied a list
     * whole, as it had to before the template gave its items ids, would otherwise see every
     * item twice. {@code !aanvullen} says "add" without ids.
     */
    static boolean mergesById(SequenceNode template, SequenceNode school) {
        return idList(template)
                && school.getValue().stream().allMatch(i -> Layers.idOf(i) != null || i instanceof MappingNode)
                && school.getValue().stream().anyMatch(i -> Layers.idOf(i) != null);
    }

    /** A list whose items all are mappings with an id, or removals of one. */
    static boolean idList(SequenceNode s) {
        return !s.getValue().isEmpty() && s.getValue().stream().allMatch(i -> Layers.idOf(i) != null);
    }

    static boolean appends(Node n) {
        return n.getTag().getValue().equals(APPEND);
    }

    /**
     * Rule 12, {@code !aanvullen}: the template's items stay, in their order and untouched; an
     * item of the school with the id (records) or the words (texts) of one of them merges with
     * it; {@code - !verwijderd x} removes the item with id x, or with text x; the rest comes
     * after, in the school's order.
     *
     * @param merge Layers' rules for one template item and the school's item of the same id
     */
    static SequenceNode append(SequenceNode template, SequenceNode school, List<Diagnostic> out, BinaryOperator<Node> merge) {
        List<Node> result = new ArrayList<>(template.getValue());
        for (Node item : school.getValue()) {
            if (Layers.has(item, Layers.REMOVED)) {
                String name = item instanceof ScalarNode s ? s.getValue() : "";
                int at = find(result, name);
                if (at < 0) {
                    out.add(Diagnostic.error(Problem.NOTHING_TO_REMOVE, Layers.start(item), Layers.words(name),
                            Suggest.hint(Layers.words(name), names(result))));
                } else if (Layers.removable(item, name, result.get(at), java.util.Set.of(), out)) {
                    result.remove(at);
                }
                continue;
            }
            int at = find(result, handle(item));
            if (at >= 0 && handle(item) != null) result.set(at, merge.apply(result.get(at), item));
            else result.add(item);
        }
        return new SequenceNode(Tag.SEQ, true, result, school.getFlowStyle(), template.getStartMark(), school.getEndMark());
    }

    /**
     * A list that replaces the template's but removes items from it: the school meant to patch
     * the list, which takes {@code !aanvullen} (HB075, at each removal). The removals are left
     * out, so that they are not reported a second time as naming nothing.
     */
    static SequenceNode withoutStrayRemovals(SequenceNode school, List<Diagnostic> out) {
        List<Node> kept = new ArrayList<>();
        for (Node item : school.getValue()) {
            if (Layers.has(item, Layers.REMOVED) && item instanceof ScalarNode) {
                out.add(Diagnostic.error(Problem.REMOVAL_WITHOUT_APPEND, Layers.start(item), Layers.words(((ScalarNode) item).getValue())));
            } else {
                kept.add(item);
            }
        }
        if (kept.size() == school.getValue().size()) return school;
        return new SequenceNode(school.getTag(), true, kept, school.getFlowStyle(), school.getStartMark(), school.getEndMark());
    }

    /** What names an item in a patch: its id, or a text item's words; null for neither. */
    private static String handle(Node item) {
        if (item instanceof ScalarNode s) return Layers.words(s.getValue());
        return Layers.idOf(item);
    }

    private static int find(List<Node> items, String name) {
        if (name == null) return -1;
        String words = Layers.words(name);
        for (int i = 0; i < items.size(); i++) {
            String h = handle(items.get(i));
            if (h != null && Layers.words(h).equals(words)) return i;
        }
        return -1;
    }

    /** What a removal may name here, for "did you mean". */
    private static List<String> names(List<Node> items) {
        return items.stream().map(Lists::handle).filter(h -> h != null).toList();
    }
}
