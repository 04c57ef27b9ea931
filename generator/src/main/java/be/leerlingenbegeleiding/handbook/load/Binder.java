package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.diag.Suggest;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.Field;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.OpenPart;
import be.leerlingenbegeleiding.handbook.model.CampusRef;
import be.leerlingenbegeleiding.handbook.model.Share;
import be.leerlingenbegeleiding.handbook.model.RecordType;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Source;
import be.leerlingenbegeleiding.handbook.model.ValuePath;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Binds a YAML node tree to the model's records, driven by the records' {@link Key} annotations.
 * It reports every problem it meets (unknown keys, wrong types, missing fields, bad values) and
 * carries on, so one run shows all mistakes of a file. A record is built even when some of its
 * values were wrong; those values are null, and the run fails anyway because errors were reported.
 */
final class Binder {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private final Path file;
    private final List<Diagnostic> out;

    Binder(Path file, List<Diagnostic> out) {
        this.file = file;
        this.out = out;
    }

    /**
     * Binds a whole file (or front matter) to a record; {@code extras} fill un-keyed components
     * by name. Returns null when the file is not a mapping at all (reported).
     */
    /**
     * Keys a function description had before it followed the 2021 rules, and the problem that
     * says where their content goes now: a school on the old template gets a tip, not just
     * "unknown key".
     */
    private static final Map<String, Problem> MOVED_FROM_FUNCTION = Map.of(
            "schoolspecifieke_opdrachten", Problem.MOVED_TO_TASKS,
            "uren", Problem.MOVED_TO_STAFF,
            "jaarafspraak", Problem.MOVED_TO_STAFF,
            "ondertekenaars", Problem.SIGNERS_FIXED);

    <T extends Record> T root(Node node, Class<T> type, Map<String, Object> extras) {
        if (!(node instanceof MappingNode map)) {
            String firstKey = RecordType.of(type).fields().keySet().stream().findFirst().orElse("titel");
            error(Problem.WRONG_TYPE, pos(node), file.getFileName().toString(), Msg.of("type.map"), kind(node),
                    Msg.of("example.root", firstKey));
            return null;
        }
        return record(map, type, extras, pos(node));
    }

    private <T extends Record> T record(MappingNode node, Class<T> type, Map<String, Object> extras, Position at) {
        RecordType record = RecordType.of(type);
        Map<String, Field> byKey = record.fields();
        Map<String, Object> values = new HashMap<>();
        Map<String, Position> keys = new HashMap<>();
        Map<String, Position> valuePositions = new HashMap<>();
        Set<String> failed = new HashSet<>();
        for (Entry entry : entries(node)) {
            String key = entry.key();
            Position keyAt = entry.keyAt();
            Field c = byKey.get(key);
            if (c == null) {
                Problem moved = type == FunctionDescription.class ? MOVED_FROM_FUNCTION.get(key) : null;
                if (moved != null) error(moved, keyAt, key, String.valueOf(extras.get("id")));
                else error(Problem.UNKNOWN_KEY, keyAt, key, Suggest.hint(key, byKey.keySet()), List.copyOf(byKey.keySet()));
                continue;
            }
            keys.put(key, keyAt);
            valuePositions.put(key, pos(entry.value()));
            int before = out.size();
            values.put(key, value(entry.value(), c.type(), c, key, valuePositions));
            if (out.size() > before) failed.add(key);
        }
        for (Field k : byKey.values()) {
            // A value that was wrong was reported already; do not also call it missing.
            if (k.required() && isEmpty(values.get(k.key())) && !failed.contains(k.key())) {
                error(Problem.MISSING_FIELD, keys.getOrDefault(k.key(), at), k.key(), k.doc());
            }
        }
        List<Field> components = record.components();
        Object[] args = new Object[components.size()];
        for (int i = 0; i < args.length; i++) {
            Field c = components.get(i);
            if (c.isSource()) {
                args[i] = new Source(at, keys, valuePositions);
            } else if (!c.keyed()) {
                args[i] = extras.get(c.name());
            } else {
                Object v = values.get(c.key());
                if (v == null && c.raw() == List.class) v = List.of();
                if (v == null && c.raw() == Map.class) v = Map.of();
                args[i] = v;
            }
        }
        return type.cast(record.create(args));
    }

    private static boolean isEmpty(Object v) {
        return v == null
                || v instanceof String s && s.isBlank()
                || v instanceof Markdown m && m.text().isBlank()
                || v instanceof RoleRef r && r.id().isBlank()
                || v instanceof CampusRef r && r.id().isBlank()
                || v instanceof Collection<?> c && c.isEmpty()
                || v instanceof Map<?, ?> m && m.isEmpty();
    }

    private String keyText(Node keyNode) {
        if (keyNode instanceof ScalarNode s) return s.getValue();
        error(Problem.WRONG_TYPE, pos(keyNode), "?", Msg.of("type.text"), kind(keyNode), Msg.of("example.key"));
        return null;
    }

    /**
     * One value. {@code key} names it in messages; {@code positions} receives the positions of
     * list items as {@code key[i]}.
     */
    private Object value(Node node, Type type, Field meta, String key, Map<String, Position> positions) {
        if (isNull(node)) return null;
        Class<?> raw = rawClass(type);
        if (raw == List.class) {
            Type itemType = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (!(node instanceof SequenceNode seq)) {
                return wrongType(node, key, Msg.of("type.list"), Msg.of("example.list", key));
            }
            List<Object> items = new ArrayList<>();
            List<Node> nodes = seq.getValue();
            for (int i = 0; i < nodes.size(); i++) {
                Node item = nodes.get(i);
                positions.put(ValuePath.of(key).item(i).toString(), pos(item));
                Object v = value(handleDropped(item, itemType), itemType, null, key, new HashMap<>());
                if (v != null) items.add(v);
                else if (isNull(item)) error(Problem.EMPTY_ITEM, pos(item), key);
            }
            return Collections.unmodifiableList(items);
        }
        if (raw == Map.class) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            if (kv[0] == String.class) return idMap(node, key, positions);
            return enumMap(node, rawClass(kv[0]), kv[1], key, positions);
        }
        // Markdown and role references are records too, but are written as a single value.
        if (raw == Markdown.class) {
            if (!(node instanceof ScalarNode s)) return wrongType(node, key, Msg.of("type.markdown"), Msg.of("example.markdown", key));
            // A template's own hint is shown as a place to fill in (a school that keeps it gets HB029).
            return new Markdown(open(s) ? OpenPart.of(s.getValue()) : s.getValue(), textStart(s));
        }
        if (raw == RoleRef.class) {
            if (!(node instanceof ScalarNode s)) return wrongType(node, key, Msg.of("type.roleId"), Msg.of("example.text", key));
            return new RoleRef(s.getValue().strip(), pos(node));
        }
        if (raw == Share.class) {
            if (!(node instanceof ScalarNode s)) return wrongType(node, key, Msg.of("type.share"), Msg.of("example.share"));
            var share = Share.parse(s.getValue());
            if (share.isEmpty()) error(Problem.SHARE_INVALID, pos(node), s.getValue().strip(), key);
            return share.orElse(null);
        }
        if (raw == CampusRef.class) {
            if (!(node instanceof ScalarNode s)) return wrongType(node, key, Msg.of("type.campusId"), Msg.of("example.text", key));
            return new CampusRef(s.getValue().strip(), pos(node));
        }
        if (Record.class.isAssignableFrom(raw)) {
            if (!(node instanceof MappingNode map)) {
                return wrongType(node, key, Msg.of("type.map"), Msg.of("example.map"));
            }
            @SuppressWarnings("unchecked")
            Class<? extends Record> recordType = (Class<? extends Record>) raw;
            return record(map, recordType, Map.of(), pos(node));
        }
        if (!(node instanceof ScalarNode s)) {
            return wrongType(node, key, expected(raw), raw == String.class ? Msg.of("example.text", key) : Msg.of("example.scalar"));
        }
        String text = s.getValue().strip();
        if (raw == String.class) return open(s) ? OpenPart.of(text) : formatted(text, meta, key, pos(node));
        if (raw == Integer.class || raw == int.class) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                // The general example ("12 of 12,5") would suggest the very decimal that was refused.
                return wrongType(node, key, Msg.of("type.wholeNumber"), Msg.of("example.wholeNumber"));
            }
        }
        if (raw == Double.class || raw == double.class) {
            try {
                return Double.valueOf(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                return wrongType(node, key, Msg.of("type.number"), Msg.of("example.number"));
            }
        }
        if (raw == Boolean.class) {
            if (text.equals("true") || text.equals("false")) return Boolean.valueOf(text);
            return wrongType(node, key, Msg.of("type.boolean"), Msg.of("example.boolean", key));
        }
        if (raw == LocalDate.class) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                error(Problem.INVALID_DATE, pos(node), key, text);
                return null;
            }
        }
        if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
            Object c = byCode(raw, text);
            if (c == null) {
                List<String> codes = codes(raw);
                error(Problem.UNKNOWN_VALUE, pos(node), text, key, Suggest.hint(text, codes), codes);
            }
            return c;
        }
        throw new IllegalStateException("no binding for " + type);
    }

    /**
     * A list item of a record without an {@code id} field may still carry one, to name it when a
     * school patches the template's list (Layers, rule 10): checked as an id, then left out, so
     * that every other key is still judged strictly.
     */
    private Node handleDropped(Node item, Type itemType) {
        if (!(item instanceof MappingNode map) || !(itemType instanceof Class<?> c) || !Record.class.isAssignableFrom(c)
                || RecordType.of(c).fields().containsKey("id")) {
            return item;
        }
        List<NodeTuple> kept = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")) {
                if (t.getValueNode() instanceof ScalarNode v && !Key.Format.isId(v.getValue().strip())) {
                    error(Problem.INVALID_ID, pos(v), v.getValue().strip(), Msg.of("hint.none"));
                }
            } else {
                kept.add(t);
            }
        }
        if (kept.size() == map.getValue().size()) return item;
        return new MappingNode(map.getTag(), true, kept, map.getFlowStyle(), map.getStartMark(), map.getEndMark());
    }

    /** A mapping keyed by an enum's codes; value positions go to {@code positions} as {@code key.code}. */
    private Object enumMap(Node node, Class<?> keyType, Type valueType, String key, Map<String, Position> positions) {
        if (!(node instanceof MappingNode map)) {
            return wrongType(node, key, Msg.of("type.map"), Msg.of("example.map"));
        }
        List<String> codes = codes(keyType);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<Object, Object> result = new EnumMap(keyType);
        for (Entry entry : entries(map)) {
            Object constant = byCode(keyType, entry.key());
            if (constant == null) {
                error(Problem.UNKNOWN_KEY, entry.keyAt(), entry.key(), Suggest.hint(entry.key(), codes), codes);
                continue;
            }
            positions.put(ValuePath.of(key).entry(entry.key()).toString(), pos(entry.value()));
            Object v = value(entry.value(), valueType, null, entry.key(), new HashMap<>());
            if (v != null) result.put(constant, v);
        }
        return Collections.unmodifiableMap(result);
    }

    /** A mapping from ids to ids (a template's renamed roles); value positions go to {@code positions} as {@code key.id}. */
    private Object idMap(Node node, String key, Map<String, Position> positions) {
        if (!(node instanceof MappingNode map)) {
            return wrongType(node, key, Msg.of("type.map"), Msg.of("example.map"));
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Entry entry : entries(map)) {
            if (!Key.Format.isId(entry.key())) {
                error(Problem.INVALID_ID, entry.keyAt(), entry.key(), Msg.of("hint.none"));
                continue;
            }
            positions.put(ValuePath.of(key).entry(entry.key()).toString(), pos(entry.value()));
            Object v = value(entry.value(), String.class, null, entry.key(), new HashMap<>());
            if (!(v instanceof String s) || s.isBlank()) continue;
            if (Key.Format.isId(s)) result.put(entry.key(), s);
            else error(Problem.INVALID_ID, pos(entry.value()), s, Msg.of("hint.none"));
        }
        return Collections.unmodifiableMap(result);
    }

    /** One key of a mapping with its position and value node. */
    private record Entry(String key, Position keyAt, Node value) {
    }

    /** The entries of a mapping; keys that are not text, and second uses of a key, are reported and left out. */
    private List<Entry> entries(MappingNode map) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = keyText(t.getKeyNode());
            if (key == null) continue;
            Position keyAt = pos(t.getKeyNode());
            Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                error(Problem.DUPLICATE_KEY, keyAt, key, first.line());
                continue;
            }
            entries.add(new Entry(key, keyAt, t.getValueNode()));
        }
        return entries;
    }

    /** A template's placeholder: not a value yet, its form is checked once a school fills it in. */
    private static boolean open(ScalarNode s) {
        return Layers.OPEN.equals(s.getTag().getValue());
    }

    private String formatted(String text, Field meta, String key, Position at) {
        if (meta == null || text.isEmpty()) return text;
        switch (meta.format()) {
            case EMAIL -> {
                if (!EMAIL.matcher(text).matches()) error(Problem.INVALID_EMAIL, at, text, key);
            }
            case URL -> {
                if (!isWebAddress(text)) error(Problem.INVALID_URL, at, text, key);
            }
            case SITE -> {
                if (!isWebAddress(text)) {
                    error(Problem.INVALID_URL, at, text, key);
                } else if (text.contains("?") || text.contains("#") || URI.create(text).getRawUserInfo() != null) {
                    error(Problem.PUBLICATION_URL, at, text, key);
                } else {
                    // Pages' paths follow it, so it names a folder.
                    return text.endsWith("/") ? text : text + "/";
                }
            }
            case SCHOOL_YEAR -> {
                Matcher m = SCHOOL_YEAR.matcher(text);
                if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
                    error(Problem.INVALID_SCHOOL_YEAR, at, text, key);
                }
            }
            case PHONE -> {
                if (be.leerlingenbegeleiding.handbook.model.Phone.href(text).isEmpty()) error(Problem.PHONE_INVALID, at, text, key);
            }
            case ID -> {
                if (!Key.Format.isId(text)) error(Problem.INVALID_ID, at, text, Msg.of("hint.none"));
            }
            case NONE -> {
            }
        }
        return text;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Object wrongType(Node node, String key, Msg expected, Msg example) {
        error(Problem.WRONG_TYPE, pos(node), key, expected, kind(node), example);
        return null;
    }

    private static Msg expected(Class<?> raw) {
        if (raw == Integer.class || raw == int.class) return Msg.of("type.wholeNumber");
        if (raw == Double.class || raw == double.class) return Msg.of("type.number");
        if (raw == LocalDate.class) return Msg.of("type.date");
        if (raw.isEnum()) return Msg.of("type.choice", codes(raw));
        return Msg.of("type.text");
    }

    private static Msg kind(Node node) {
        if (node instanceof SequenceNode) return Msg.of("kind.list");
        if (node instanceof MappingNode) return Msg.of("kind.map");
        if (node instanceof ScalarNode s) return Msg.of("kind.text", s.getValue());
        return Msg.of("kind.nothing");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new IllegalStateException("unsupported type " + type);
    }

    private static Object byCode(Class<?> enumType, String code) {
        return Arrays.stream(enumType.getEnumConstants())
                .filter(c -> ((Coded) c).code().equals(code)).findFirst().orElse(null);
    }

    static List<String> codes(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
    }

    /**
     * Where the text of a scalar begins: for a block scalar ({@code |} or {@code >}) the first
     * content line with its indentation, for a quoted one the character after the quote. Checks
     * that point inside Markdown count lines from here.
     */
    private Position textStart(ScalarNode s) {
        Position at = pos(s);
        ScalarStyle style = s.getScalarStyle();
        if (style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) {
            return new Position(at.file(), at.line(), at.column() + 1);
        }
        if (style != ScalarStyle.LITERAL && style != ScalarStyle.FOLDED) return at;
        int indent = s.getStartMark().map(m -> {
            int[] buffer = m.getBuffer();
            int i = m.getPointer();
            while (i < buffer.length && buffer[i] != '\n') i++;
            int n = 0;
            for (i++; i < buffer.length && buffer[i] == ' '; i++) n++;
            return n;
        }).orElse(0);
        return new Position(at.file(), at.line() + 1, indent + 1);
    }

    private Position pos(Node node) {
        if (node == null) return new Position(file, 1, 1);
        return node.getStartMark().map(m -> Yaml.position(file, m)).orElse(new Position(file, 1, 1));
    }

    private void error(Problem problem, Position at, Object... args) {
        out.add(Diagnostic.error(problem, at, args));
    }
}
