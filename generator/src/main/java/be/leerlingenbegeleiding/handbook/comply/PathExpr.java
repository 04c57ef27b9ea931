package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Source;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A place in a handbook, written with the keys authors use in its files: the file (without
 * {@code .yaml}), then keys. {@code [*]} stands for every item of a list, {@code *} for every
 * entry of a mapping such as the four domains; a domain, phase or principle code picks one
 * entry. Examples: {@code clb.evaluatie.moment}, {@code functies[*].eerste_evaluator},
 * {@code domeinen.domeinen.*.omschrijving}. {@code rollen}, {@code functies}, {@code paginas}
 * and {@code praktijkvoorbeelden} are lists.
 *
 * <p>A path is checked against the model when the rule is read, so a misspelt key is an error
 * with a suggestion, not a rule that never fires.
 */
final class PathExpr {

    /** Where a path starts: a content file, or a list of files or roles. */
    private record Root(ContentFile file, Type type, Function<Handbook, Object> get) {
    }

    private static final Map<String, Root> ROOTS = new LinkedHashMap<>();

    static {
        for (ContentFile f : ContentFile.values()) {
            if (f.type() == null || f.isFolder() || f == ContentFile.ROLLEN || f == ContentFile.NALEVING) continue;
            String name = f.schemaName();
            RecordComponent c = component(Handbook.class, f.type());
            ROOTS.put(name, new Root(f, f.type(), h -> read(c, h)));
        }
        ROOTS.put("rollen", new Root(ContentFile.ROLLEN, listOf(Role.class), h -> h.roles()));
        ROOTS.put("functies", new Root(ContentFile.FUNCTIES, listOf(FunctionDescription.class), h -> h.functions()));
        ROOTS.put("paginas", new Root(ContentFile.PAGINAS, listOf(Page.class), h -> h.pages()));
        ROOTS.put("praktijkvoorbeelden", new Root(ContentFile.PRAKTIJKVOORBEELDEN, listOf(Page.class), h -> h.practiceExamples()));
    }

    /** One step after the root. */
    private sealed interface Step permits Field, Each, AnyEntry, Entry {
    }

    /** A key of a record. */
    private record Field(String key, RecordComponent component) implements Step {
    }

    /** {@code [*]}: every item of a list. */
    private record Each() implements Step {
    }

    /** {@code *}: every entry of a mapping. */
    private record AnyEntry() implements Step {
    }

    /** A code such as {@code preventieve_gezondheidszorg}: one entry of a mapping. */
    private record Entry(Coded code) implements Step {
    }

    /** A path that does not fit the model, with what is wrong. */
    static final class Invalid extends Exception {
        final Msg reason;

        Invalid(Msg reason) {
            super(reason.toString(), null, false, false);
            this.reason = reason;
        }
    }

    /**
     * A value the path reaches. {@code value} is null when it is absent; {@code fileMissing}
     * when the whole file is. {@code label} names it inside its file, e.g. {@code evaluatie.moment}.
     */
    record Place(Object value, Position at, String label, boolean fileMissing) {
    }

    final String text;
    private final String rootName;
    private final Root root;
    private final List<Step> steps;

    private PathExpr(String text, String rootName, Root root, List<Step> steps) {
        this.text = text;
        this.rootName = rootName;
        this.root = root;
        this.steps = steps;
    }

    static PathExpr parse(String text) throws Invalid {
        List<String> parts = new ArrayList<>();
        for (String part : text.strip().split("\\.", -1)) {
            String p = part.strip();
            int bracket = p.indexOf('[');
            String head = bracket < 0 ? p : p.substring(0, bracket);
            if (!head.isEmpty()) parts.add(head);
            String rest = bracket < 0 ? "" : p.substring(bracket);
            while (rest.startsWith("[*]")) {
                parts.add("[*]");
                rest = rest.substring(3);
            }
            if (!rest.isEmpty() || head.isEmpty() && bracket < 0) throw new Invalid(Msg.of("path.syntax", text));
        }
        Root root = ROOTS.get(parts.get(0));
        if (root == null) {
            throw new Invalid(Msg.of("path.root", parts.get(0), Suggest.hint(parts.get(0), ROOTS.keySet()), List.copyOf(ROOTS.keySet())));
        }
        List<Step> steps = new ArrayList<>();
        Type type = root.type();
        String at = parts.get(0);
        for (String part : parts.subList(1, parts.size())) {
            Class<?> raw = raw(type);
            if (part.equals("[*]")) {
                if (raw != List.class) throw new Invalid(Msg.of("path.notList", at));
                steps.add(new Each());
                type = arg(type, 0);
            } else if (raw == Map.class) {
                Class<?> keys = raw(arg(type, 0));
                List<String> codes = Arrays.stream(keys.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
                if (part.equals("*")) {
                    steps.add(new AnyEntry());
                } else {
                    Coded code = Arrays.stream(keys.getEnumConstants()).map(c -> (Coded) c)
                            .filter(c -> c.code().equals(part)).findFirst().orElse(null);
                    if (code == null) throw new Invalid(Msg.of("path.key", part, at, Suggest.hint(part, codes), codes));
                    steps.add(new Entry(code));
                }
                type = arg(type, 1);
            } else if (Record.class.isAssignableFrom(raw) && raw != Markdown.class && raw != RoleRef.class) {
                Map<String, RecordComponent> keyed = keyed(raw);
                RecordComponent c = keyed.get(part);
                if (c == null) {
                    throw new Invalid(Msg.of("path.key", part, at, Suggest.hint(part, keyed.keySet()), List.copyOf(keyed.keySet())));
                }
                steps.add(new Field(part, c));
                type = c.getGenericType();
            } else {
                throw new Invalid(Msg.of("path.end", at, part));
            }
            at = at + (part.equals("[*]") ? "" : ".") + part;
        }
        return new PathExpr(text.strip(), parts.get(0), root, List.copyOf(steps));
    }

    /** The part of this path before its first {@code [*]} or {@code *}: where "contains" is reported. */
    PathExpr anchor() {
        int n = 0;
        while (n < steps.size() && (steps.get(n) instanceof Field || steps.get(n) instanceof Entry)) n++;
        return n == steps.size() ? this : new PathExpr(text, rootName, root, steps.subList(0, n));
    }

    /** Every place in {@code h} this path reaches. */
    List<Place> places(Handbook h) {
        Object start = root.get().apply(h);
        java.nio.file.Path file = h.folder().resolve(root.file().fileName());
        List<Cursor> cursors = new ArrayList<>();
        if (start == null) {
            cursors.add(new Cursor(null, Position.ofFile(file), null, null, "", true));
        } else {
            Position at = start instanceof Record r && source(r) != null ? source(r).position() : Position.ofFile(file);
            cursors.add(new Cursor(start, at, null, null, root.type() instanceof Class<?> ? "" : rootName, false));
        }
        for (Step step : steps) {
            List<Cursor> next = new ArrayList<>();
            for (Cursor c : cursors) c.step(step, next);
            cursors = next;
        }
        return cursors.stream().map(c -> new Place(c.value, c.at, c.label, c.fileMissing)).toList();
    }

    /** A value on the way, with the record it belongs to (for the positions of its items). */
    private record Cursor(Object value, Position at, Source owner, String key, String label, boolean fileMissing) {

        void step(Step step, List<Cursor> out) {
            if (step instanceof Field f) {
                if (value == null) {
                    out.add(new Cursor(null, at, null, null, join(label, f.key()), fileMissing));
                    return;
                }
                Source src = source((Record) value);
                Object v = read(f.component(), value);
                // A blank text counts as absent; an empty list stays a list, so that it can be counted.
                if (!(v instanceof Collection<?>) && !(v instanceof Map<?, ?>) && empty(v)) v = null;
                Position p = v != null ? src.valueAt(f.key()) : src.has(f.key()) ? src.keyAt(f.key()) : src.position();
                out.add(new Cursor(v, p, src, f.key(), join(label, f.key()), false));
            } else if (step instanceof Each) {
                if (!(value instanceof List<?> list)) return;
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    Position p = item instanceof Record r && source(r) != null ? source(r).position()
                            : owner != null ? owner.valueAt(key + "[" + i + "]") : at;
                    // Each function description or page is a file of its own; its keys start afresh.
                    String l = item instanceof FunctionDescription || item instanceof Page ? "" : label + "[" + i + "]";
                    out.add(new Cursor(item, p, owner, key, l, false));
                }
            } else if (step instanceof AnyEntry) {
                if (!(value instanceof Map<?, ?> map)) return;
                map.forEach((k, v) -> out.add(entry((Coded) k, v)));
            } else if (step instanceof Entry e) {
                Object v = value instanceof Map<?, ?> map ? map.get(e.code()) : null;
                out.add(v == null ? new Cursor(null, at, null, null, join(label, e.code().code()), fileMissing) : entry(e.code(), v));
            }
        }

        private Cursor entry(Coded k, Object v) {
            Position p = owner != null ? owner.valueAt(key + "." + k.code()) : at;
            return new Cursor(v, p, owner, key, join(label, k.code()), false);
        }
    }

    private static String join(String label, String key) {
        return label.isEmpty() ? key : label + "." + key;
    }

    /** Whether a value counts as not filled in. */
    static boolean empty(Object v) {
        return size(v) == 0;
    }

    /** How many items a value holds: a list's or mapping's size, 1 for any filled-in value. */
    static int size(Object v) {
        if (v == null) return 0;
        if (v instanceof Collection<?> c) return c.size();
        if (v instanceof Map<?, ?> m) return m.size();
        if (v instanceof String s) return s.isBlank() ? 0 : 1;
        if (v instanceof Markdown m) return m.text().isBlank() ? 0 : 1;
        if (v instanceof RoleRef r) return r.id().isBlank() ? 0 : 1;
        return 1;
    }

    /** The texts a value stands for: keys of a mapping, items of a list, ids, codes. */
    static List<String> texts(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> out.add(k instanceof Coded c ? c.code() : String.valueOf(k)));
        } else if (v instanceof Collection<?> c) {
            c.forEach(x -> out.addAll(texts(x)));
        } else if (v instanceof Coded c) {
            out.add(c.code());
        } else if (v instanceof RoleRef r) {
            out.add(r.id());
        } else if (v instanceof String || v instanceof Markdown) {
            out.add(v.toString());
        } else if (v != null && !(v instanceof Record)) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    static Source source(Record r) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == Source.class) return (Source) read(c, r);
        }
        return null;
    }

    static Object read(RecordComponent c, Object o) {
        try {
            return c.getAccessor().invoke(o);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, RecordComponent> keyed(Class<?> type) {
        Map<String, RecordComponent> keyed = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Key k = c.getAnnotation(Key.class);
            if (k != null) keyed.put(k.value(), c);
        }
        return keyed;
    }

    private static RecordComponent component(Class<?> owner, Class<?> type) {
        return Arrays.stream(owner.getRecordComponents()).filter(c -> c.getType() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("no component of type " + type));
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    private static Type arg(Type t, int i) {
        return ((ParameterizedType) t).getActualTypeArguments()[i];
    }

    private static Type listOf(Class<?> item) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {item};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
