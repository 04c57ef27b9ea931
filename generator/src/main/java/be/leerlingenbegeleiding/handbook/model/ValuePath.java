package be.leerlingenbegeleiding.handbook.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The place of a value inside a file, in the keys authors write: keys and codes joined by dots,
 * list items in brackets. One type for the three ways a place is written, so that no one builds
 * these strings by hand:
 *
 * <ul>
 *   <li>{@link #toString()}: items counted from 0, {@code doelen[0]}, {@code tijdsbesteding.preventie};
 *       how {@link Source} stores positions and checks name a value;
 *   <li>{@link #forAuthor()}: items counted from 1, {@code rollen[2].taken}; how messages name a
 *       place to someone reading the file;
 *   <li>a rule path, {@code functies[*].eerste_evaluator}, {@code domeinen.domeinen.*.omschrijving}:
 *       {@code [*]} for every item, {@code *} for every entry; read with {@link #parseRule}.
 * </ul>
 */
public final class ValuePath {
    private static final ValuePath EMPTY = new ValuePath(List.of());

    /** One step of a path. */
    public sealed interface Step permits Name, Item, EveryItem {
    }

    /** A key of a record or of a mapping (a code or an id); {@code *} in a rule path for every entry. */
    public record Name(String name) implements Step {
        /** Whether this is the {@code *} of a rule path. */
        public boolean isEveryEntry() {
            return name.equals("*");
        }
    }

    /** A list item, counted from 0. */
    public record Item(int index) implements Step {
    }

    /** {@code [*]} in a rule path: every item of a list. */
    public record EveryItem() implements Step {
    }

    /** A rule path that cannot be read. */
    public static final class SyntaxError extends Exception {
        SyntaxError(String text) {
            super(text, null, false, false);
        }
    }

    private final List<Step> steps;

    private ValuePath(List<Step> steps) {
        this.steps = steps;
    }

    /** The path of nothing: where a file's own mapping is. */
    public static ValuePath root() {
        return EMPTY;
    }

    /** A path of one key. */
    public static ValuePath of(String key) {
        return EMPTY.key(key);
    }

    public ValuePath key(String key) {
        return with(new Name(key));
    }

    /** An item of the list at this path, counted from 0. */
    public ValuePath item(int index) {
        return with(new Item(index));
    }

    /** An entry of the mapping at this path, by its code or id. */
    public ValuePath entry(String code) {
        return with(new Name(code));
    }

    public List<Step> steps() {
        return steps;
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The first {@code n} steps. */
    public ValuePath prefix(int n) {
        return n == steps.size() ? this : new ValuePath(List.copyOf(steps.subList(0, n)));
    }

    /** The steps after the first. */
    public ValuePath tail() {
        return steps.isEmpty() ? this : new ValuePath(List.copyOf(steps.subList(1, steps.size())));
    }

    /**
     * The key this path ends in, stepping over one item: {@code doelen} for {@code a.doelen[2]};
     * null when it ends in anything else.
     */
    public String lastKey() {
        int n = steps.size();
        if (n > 0 && steps.get(n - 1) instanceof Name k) return k.name();
        if (n > 1 && steps.get(n - 1) instanceof Item && steps.get(n - 2) instanceof Name k) return k.name();
        return null;
    }

    private ValuePath with(Step step) {
        List<Step> next = new ArrayList<>(steps.size() + 1);
        next.addAll(steps);
        next.add(step);
        return new ValuePath(List.copyOf(next));
    }

    /** Items counted from 0: the form {@link Source} and checks use. */
    @Override
    public String toString() {
        return print(0);
    }

    /** Items counted from 1: the form messages show to authors. */
    public String forAuthor() {
        return print(1);
    }

    private String print(int firstItem) {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            if (s instanceof Name k) {
                if (sb.length() > 0) sb.append('.');
                sb.append(k.name());
            } else if (s instanceof Item i) {
                sb.append('[').append(i.index() + firstItem).append(']');
            } else {
                sb.append("[*]");
            }
        }
        return sb.toString();
    }

    /**
     * Reads a rule path: keys separated by dots (spaces around them allowed), each key followed
     * by any number of {@code [*]}; a part may also be {@code [*]} alone.
     */
    public static ValuePath parseRule(String text) throws SyntaxError {
        List<Step> steps = new ArrayList<>();
        for (String part : text.strip().split("\\.", -1)) {
            String p = part.strip();
            int bracket = p.indexOf('[');
            String head = bracket < 0 ? p : p.substring(0, bracket);
            if (!head.isEmpty()) steps.add(new Name(head));
            String rest = bracket < 0 ? "" : p.substring(bracket);
            while (rest.startsWith("[*]")) {
                steps.add(new EveryItem());
                rest = rest.substring(3);
            }
            if (!rest.isEmpty() || head.isEmpty() && bracket < 0) throw new SyntaxError(text);
        }
        return new ValuePath(List.copyOf(steps));
    }

    /** Reads the form of {@link #toString()} (items from 0), or of {@link #forAuthor()} with {@code firstItem} 1. */
    public static ValuePath parse(String text, int firstItem) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) throw new IllegalArgumentException("no ] in " + text);
                String inside = text.substring(i + 1, close);
                steps.add(inside.equals("*") ? new EveryItem() : new Item(Integer.parseInt(inside) - firstItem));
                i = close + 1;
            } else {
                int end = i;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') end++;
                steps.add(new Name(text.substring(i, end)));
                i = end;
            }
        }
        return new ValuePath(List.copyOf(steps));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValuePath p && p.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }
}
