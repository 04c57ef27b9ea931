package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.GuidanceTeam;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Field;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.Page;
import be.leerlingenbegeleiding.handbook.model.RecordType;
import be.leerlingenbegeleiding.handbook.model.Role;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Source;
import be.leerlingenbegeleiding.handbook.model.ValuePath;
import java.lang.reflect.ParameterizedType;
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
 * and {@code praktijkvoorbeelden} are lists; an id after a list whose items have one picks that
 * item: {@code rollen.leerlingenbegeleider.taken}, {@code paginas.begrippenlijst}.
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
            Field c = component(f.type());
            ROOTS.put(name, new Root(f, f.type(), c::get));
        }
        ROOTS.put("rollen", new Root(ContentFile.ROLLEN, listOf(Role.class), h -> h.roles()));
        ROOTS.put("functies", new Root(ContentFile.FUNCTIES, listOf(FunctionDescription.class), h -> h.functions()));
        ROOTS.put("paginas", new Root(ContentFile.PAGINAS, listOf(Page.class), h -> h.pages()));
        ROOTS.put("praktijkvoorbeelden", new Root(ContentFile.PRAKTIJKVOORBEELDEN, listOf(Page.class), h -> h.practiceExamples()));
    }

    /** One step after the root. */
    private sealed interface Step permits KeyStep, Each, AnyEntry, Entry, ById {
    }

    /** An id after a list whose items have one: the item with that id. */
    private record ById(String id, Field idField) implements Step {
    }

    /** A key of a record. */
    private record KeyStep(String key, Field field) implements Step {
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
    record Place(Object value, Position at, String label, boolean fileMissing, String cel) {
    }

    /**
     * The keys of cel.yaml that each cel of {@code cellen} has, its own or the file's: a path
     * through them is checked once per cel, so that a rule on the fixed core holds for every cel.
     */
    private static final java.util.Set<String> PER_CEL = java.util.Set.of("vaste_kern", "aansluitend", "ritme");

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
        ValuePath path;
        try {
            path = ValuePath.parseRule(text);
        } catch (ValuePath.SyntaxError e) {
            throw new Invalid(Msg.of("path.syntax", text));
        }
        List<ValuePath.Step> parts = path.steps();
        String rootName = parts.get(0) instanceof ValuePath.Name n ? n.name() : "[*]";
        Root root = ROOTS.get(rootName);
        if (root == null) {
            throw new Invalid(Msg.of("path.root", rootName, Suggest.hint(rootName, ROOTS.keySet()), List.copyOf(ROOTS.keySet())));
        }
        List<Step> steps = new ArrayList<>();
        Type type = root.type();
        for (int i = 1; i < parts.size(); i++) {
            String at = path.prefix(i).toString();
            Class<?> raw = Field.raw(type);
            if (!(parts.get(i) instanceof ValuePath.Name name)) {
                if (raw != List.class) throw new Invalid(Msg.of("path.notList", at));
                steps.add(new Each());
                type = Field.arg(type, 0);
                continue;
            }
            String part = name.name();
            Field idField = raw == List.class ? idOf(Field.raw(Field.arg(type, 0))) : null;
            if (idField != null && !name.isEveryEntry()) {
                steps.add(new ById(part, idField));
                type = Field.arg(type, 0);
                continue;
            }
            if (raw == Map.class) {
                Class<?> keys = Field.raw(Field.arg(type, 0));
                List<String> codes = Arrays.stream(keys.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
                if (name.isEveryEntry()) {
                    steps.add(new AnyEntry());
                } else {
                    Coded code = Arrays.stream(keys.getEnumConstants()).map(c -> (Coded) c)
                            .filter(c -> c.code().equals(part)).findFirst().orElse(null);
                    if (code == null) throw new Invalid(Msg.of("path.key", part, at, Suggest.hint(part, codes), codes));
                    steps.add(new Entry(code));
                }
                type = Field.arg(type, 1);
            } else if (Field.isNested(raw)) {
                Map<String, Field> keyed = RecordType.of(raw).fields();
                Field c = keyed.get(part);
                if (c == null) {
                    throw new Invalid(Msg.of("path.key", part, at, Suggest.hint(part, keyed.keySet()), List.copyOf(keyed.keySet())));
                }
                steps.add(new KeyStep(part, c));
                type = c.type();
            } else {
                throw new Invalid(Msg.of("path.end", at, part));
            }
        }
        return new PathExpr(text.strip(), rootName, root, List.copyOf(steps));
    }

    /** The component that holds the id of a list's items (a role's, a page's), or null when they have none. */
    private static Field idOf(Class<?> item) {
        if (!item.isRecord()) return null;
        return RecordType.of(item).components().stream().filter(c -> c.pathName().equals("id")).findFirst().orElse(null);
    }

    /**
     * Why this path names nothing in {@code h} although it fits the model: an id of a role, page
     * or function description that the handbook does not have. Null when every id is there.
     */
    Msg unknownId(Handbook h) {
        List<Object> values = new ArrayList<>();
        values.add(root.get().apply(h));
        ValuePath at = ValuePath.of(rootName);
        for (Step step : steps) {
            List<Object> next = new ArrayList<>();
            for (Object v : values) {
                if (v == null) continue;
                if (step instanceof ById b && v instanceof List<?> list) {
                    List<String> ids = list.stream().map(x -> String.valueOf(b.idField().get(x))).toList();
                    if (!ids.contains(b.id())) {
                        return Msg.of("path.id", b.id(), at.toString(), Suggest.hint(b.id(), ids), ids.stream().sorted().toList());
                    }
                    next.add(list.get(ids.indexOf(b.id())));
                } else if (step instanceof KeyStep k) {
                    next.add(k.field().get(v));
                } else if (step instanceof Entry e && v instanceof Map<?, ?> m) {
                    next.add(m.get(e.code()));
                } else if (step instanceof Each && v instanceof List<?> list) {
                    next.addAll(list);
                } else if (step instanceof AnyEntry && v instanceof Map<?, ?> m) {
                    next.addAll(m.values());
                }
            }
            values = next;
            at = step instanceof KeyStep k ? at.key(k.key()) : step instanceof ById b ? at.entry(b.id()) : at;
        }
        return null;
    }

    /** The content file this path starts in. */
    ContentFile file() {
        return root.file();
    }

    /**
     * The part of the handbook with a page of its own that this path lies in, if any: the item an
     * id picks (a role, a page, a function description), else the domain a code picks. Null when
     * the path stays on the page of its file.
     */
    Object subject(Handbook h) {
        Object value = root.get().apply(h);
        Object domain = null;
        for (Step step : steps) {
            if (value == null) break;
            if (step instanceof ById b && value instanceof List<?> list) {
                return list.stream().filter(x -> b.id().equals(b.idField().get(x))).findFirst().orElse(null);
            } else if (step instanceof Entry e && value instanceof Map<?, ?> m) {
                if (domain == null && e.code() instanceof be.leerlingenbegeleiding.handbook.model.Domain d) domain = d;
                value = m.get(e.code());
            } else if (step instanceof KeyStep k) {
                value = k.field().get(value);
            } else {
                break;
            }
        }
        return domain;
    }

    /** The part of this path before its first {@code [*]} or {@code *}: where "contains" is reported. */
    PathExpr anchor() {
        int n = 0;
        while (n < steps.size() && (steps.get(n) instanceof KeyStep || steps.get(n) instanceof Entry || steps.get(n) instanceof ById)) n++;
        return n == steps.size() ? this : new PathExpr(text, rootName, root, steps.subList(0, n));
    }

    /** Every place in {@code h} this path reaches. */
    List<Place> places(Handbook h) {
        Object start = root.get().apply(h);
        java.nio.file.Path file = h.folder().resolve(root.file().fileName());
        List<Cursor> cursors = new ArrayList<>();
        if (start == null) {
            cursors.add(new Cursor(null, Position.ofFile(file), null, null, ValuePath.root(), true, null));
        } else if (start instanceof GuidanceTeam team && team.hasSeveral() && !steps.isEmpty()
                && steps.get(0) instanceof KeyStep k && PER_CEL.contains(k.key())) {
            for (GuidanceTeam.Effective cel : team.effectiveCels()) {
                cursors.add(new Cursor(cel.team(), cel.team().source().position(), null, null, ValuePath.root(), false, cel.cel().name()));
            }
        } else {
            Source src = RecordType.sourceOf(start);
            Position at = src != null ? src.position() : Position.ofFile(file);
            cursors.add(new Cursor(start, at, null, null, root.type() instanceof Class<?> ? ValuePath.root() : ValuePath.of(rootName), false, null));
        }
        for (Step step : steps) {
            List<Cursor> next = new ArrayList<>();
            for (Cursor c : cursors) c.step(step, next);
            cursors = next;
        }
        return cursors.stream().map(c -> new Place(c.value, c.at, c.label.toString(), c.fileMissing, c.cel)).toList();
    }

    /** A value on the way, with the record it belongs to (for the positions of its items). */
    private record Cursor(Object value, Position at, Source owner, String key, ValuePath label, boolean fileMissing, String cel) {

        void step(Step step, List<Cursor> out) {
            if (step instanceof KeyStep f) {
                if (value == null) {
                    out.add(new Cursor(null, at, null, null, label.key(f.key()), fileMissing, cel));
                    return;
                }
                Source src = RecordType.sourceOf(value);
                Object v = f.field().get(value);
                // A blank text counts as absent; an empty list stays a list, so that it can be counted.
                if (!(v instanceof Collection<?>) && !(v instanceof Map<?, ?>) && empty(v)) v = null;
                Position p = v != null ? src.valueAt(f.key()) : src.has(f.key()) ? src.keyAt(f.key()) : src.position();
                out.add(new Cursor(v, p, src, f.key(), label.key(f.key()), false, cel));
            } else if (step instanceof Each) {
                if (!(value instanceof List<?> list)) return;
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    Source own = RecordType.sourceOf(item);
                    Position p = own != null ? own.position() : owner != null ? owner.valueAt(ValuePath.of(key).item(i)) : at;
                    // Each function description or page is a file of its own; its keys start afresh.
                    ValuePath l = item instanceof FunctionDescription || item instanceof Page ? ValuePath.root() : label.item(i);
                    out.add(new Cursor(item, p, owner, key, l, false, cel));
                }
            } else if (step instanceof AnyEntry) {
                if (!(value instanceof Map<?, ?> map)) return;
                map.forEach((k, v) -> out.add(entry((Coded) k, v)));
            } else if (step instanceof ById b) {
                if (!(value instanceof List<?> list)) {
                    out.add(new Cursor(null, at, null, null, label.entry(b.id()), fileMissing, cel));
                    return;
                }
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (!b.id().equals(b.idField().get(item))) continue;
                    Source own = RecordType.sourceOf(item);
                    Position p = own != null ? own.position() : owner != null ? owner.valueAt(ValuePath.of(key).item(i)) : at;
                    ValuePath l = item instanceof FunctionDescription || item instanceof Page ? ValuePath.root() : label.item(i);
                    out.add(new Cursor(item, p, owner, key, l, false, cel));
                    return;
                }
                out.add(new Cursor(null, at, null, null, label.entry(b.id()), fileMissing, cel));
            } else if (step instanceof Entry e) {
                Object v = value instanceof Map<?, ?> map ? map.get(e.code()) : null;
                out.add(v == null ? new Cursor(null, at, null, null, label.entry(e.code().code()), fileMissing, cel) : entry(e.code(), v));
            }
        }

        private Cursor entry(Coded k, Object v) {
            Position p = owner != null ? owner.valueAt(ValuePath.of(key).entry(k.code())) : at;
            return new Cursor(v, p, owner, key, label.entry(k.code()), false, cel);
        }
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

    private static Field component(Class<?> type) {
        return RecordType.of(Handbook.class).components().stream().filter(c -> c.type() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("no component of type " + type));
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
