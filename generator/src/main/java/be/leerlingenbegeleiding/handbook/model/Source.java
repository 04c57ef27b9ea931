package be.leerlingenbegeleiding.handbook.model;

import be.leerlingenbegeleiding.handbook.diag.Position;
import java.util.Map;

/**
 * Where a record came from: the position of its mapping, of each key, and of each value. Values
 * are stored under their {@link ValuePath} (list items as {@code key[i]}, 0-based). Every model record carries one, so later
 * stages can point at the exact line of any value they object to.
 */
public record Source(Position position, Map<String, Position> keys, Map<String, Position> values) {

    public Source {
        keys = Map.copyOf(keys);
        values = Map.copyOf(values);
    }

    /** The position of a value, or of the record itself when the key was not written. */
    public Position valueAt(String path) {
        return values.getOrDefault(path, position);
    }

    /** The position of the value at {@code path}, or of the record itself when it was not written. */
    public Position valueAt(ValuePath path) {
        return valueAt(path.toString());
    }

    /** The position of a key, or of the record itself when the key was not written. */
    public Position keyAt(String key) {
        return keys.getOrDefault(key, position);
    }

    /** Whether the author wrote this key (even with an empty value). */
    public boolean has(String key) {
        return keys.containsKey(key);
    }
}
