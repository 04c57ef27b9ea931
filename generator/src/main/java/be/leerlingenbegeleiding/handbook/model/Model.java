package be.leerlingenbegeleiding.handbook.model;

import be.leerlingenbegeleiding.handbook.diag.Position;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one walk over a bound model: every value, parent before children, in the order of the
 * records' components, with the record it is written in and its path inside that record.
 * Checks that look at every value of some kind (role references, texts, names) are visitors.
 *
 * <p>Markdown and role references are values, not records to step into; a {@link Source} is
 * never visited.
 */
public final class Model {
    private Model() {
    }

    /** What a walk does with each value. */
    public interface Visitor {
        /** Called before a value's parts; returns whether to walk into them. */
        boolean enter(Value v);

        /** Called after a value's parts, when {@link #enter} returned true. */
        default void leave(Value v) {
        }
    }

    /**
     * One value met on the walk. {@code field} is the component it belongs to (for a list item,
     * the list's), null for the root; {@code owner} the source of the nearest record with one;
     * {@code path} the place inside that record, e.g. {@code doelen[0]} or {@code tijdsbesteding.preventie}.
     */
    public record Value(Object value, Field field, Source owner, ValuePath path) {
        /** Where the value is written, as far as its owner knows; null without an owner. */
        public Position at() {
            return owner == null ? null : owner.valueAt(path);
        }
    }

    /** Walks {@code root} and everything in it. */
    public static void walk(Object root, Visitor visitor) {
        walk(new Value(root, null, null, ValuePath.root()), visitor);
    }

    /** Every value of a type, in walk order; the walk does not look inside a value it found. */
    public static <T> List<T> all(Object root, Class<T> type) {
        List<T> found = new java.util.ArrayList<>();
        walk(root, v -> {
            if (!type.isInstance(v.value())) return true;
            found.add(type.cast(v.value()));
            return false;
        });
        return found;
    }

    private static void walk(Value v, Visitor visitor) {
        if (!visitor.enter(v)) return;
        Object o = v.value();
        if (o instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) walk(new Value(list.get(i), v.field(), v.owner(), v.path().item(i)), visitor);
        } else if (o instanceof Map<?, ?> map) {
            map.forEach((k, x) -> walk(new Value(x, v.field(), v.owner(), v.path().entry(k instanceof Coded c ? c.code() : String.valueOf(k))), visitor));
        } else if (o instanceof Collection<?> c) {
            for (Object x : c) walk(new Value(x, v.field(), v.owner(), v.path()), visitor);
        } else if (o instanceof Record r && Field.isNested(r.getClass()) && !(o instanceof Source)) {
            RecordType type = RecordType.of(r.getClass());
            Source own = type.source(r);
            Source owner = own != null ? own : v.owner();
            for (Field f : type.components()) {
                if (f.isSource()) continue;
                walk(new Value(f.get(r), f, owner, ValuePath.of(f.pathName())), visitor);
            }
        }
        visitor.leave(v);
    }
}
