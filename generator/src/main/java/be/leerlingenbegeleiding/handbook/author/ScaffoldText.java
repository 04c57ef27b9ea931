package be.leerlingenbegeleiding.handbook.author;

import be.leerlingenbegeleiding.handbook.diag.Messages;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.Field;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.RecordType;
import be.leerlingenbegeleiding.handbook.model.CampusRef;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Share;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The YAML that {@code handbook new} writes for a record of the model, with a Dutch comment above
 * every key. Which keys there are, which are required, the allowed values and the formats come
 * from the records' {@link Key} annotations, so the text cannot offer what {@code check} would
 * refuse; what each key is for, and an example, come from {@code scaffold.properties}.
 *
 * <p>A required key is written with a value. An optional key is written commented out, exactly
 * as it would read switched on, so that taking away {@code "# "} is all a user has to do; inside
 * such a block every key is shown, nested comments included.
 */
final class ScaffoldText {
    private static final Properties TEXTS = load();
    /** Comments are wrapped to this width, indentation included. */
    private static final int WIDTH = 100;
    /** Starts with a letter or digit (no YAML indicator), no comment sign, no quote, no line break. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][^#\\n\"]*");
    /** What YAML (1.2, and 1.1 as some editors still read it) would take for a number, yes/no, null or date. */
    private static final Pattern RESOLVES = Pattern.compile("(?i)true|false|null|yes|no|on|off|y|n|~"
            + "|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)(e[-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\\.(inf|nan)"
            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

    private final Map<String, Object> values;
    private final boolean everything;

    /**
     * @param values example values by {@code Record.key}, or by type ({@code RoleRef}, {@code LocalDate})
     * @param everything every key switched on: what a user gets by uncommenting all (for tests)
     */
    ScaffoldText(Map<String, Object> values, boolean everything) {
        this.values = values;
        this.everything = everything;
    }

    /** A text of {@code scaffold.properties} with {@code {0}}… filled in. */
    String get(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) throw new IllegalStateException("no scaffold text for " + key);
        return Messages.substitute(pattern, args.length, n -> String.valueOf(args[n]));
    }

    /** Whether {@code scaffold.properties} explains {@code Record.key}. */
    static boolean explains(String path) {
        return TEXTS.containsKey(path);
    }

    /** The first lines of a new file: the editor's schema hint (if any) and what the file is. */
    List<String> header(String key, String id, String schemaLine) {
        List<String> out = new ArrayList<>();
        if (schemaLine != null) out.add(schemaLine);
        out.addAll(comment(get(key, id), 0));
        out.add("");
        return out;
    }

    /** A comment, wrapped, at {@code indent}. */
    List<String> comment(String text, int indent) {
        String pad = " ".repeat(indent) + "# ";
        int width = Math.max(40, WIDTH - pad.length());
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(pad + line);
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) out.add(pad + line);
        return out;
    }

    /** The keys of a record at {@code indent}. */
    List<String> record(Class<?> type, int indent) {
        return record(type, indent, everything);
    }

    /** A record as an item of a list: its first key after {@code "- "} at {@code dashIndent}. */
    List<String> item(Class<?> type, int dashIndent) {
        return item(type, dashIndent, everything);
    }

    private List<String> record(Class<?> type, int indent, boolean all) {
        List<String> out = new ArrayList<>();
        for (Field k : RecordType.of(type).fields().values()) {
            if (raw(k.type()) == CampusRef.class && values.get("CampusRef") == null) continue;
            String path = type.getSimpleName() + "." + k.key();
            String needed = TEXTS.getProperty(path + ".nodig");
            boolean known = !values.containsKey(path) || values.get(path) != null;
            boolean on = all || k.required() || needed != null && known;
            out.addAll(comment(explanation(path, k, needed, on), indent));
            List<String> body = value(path, k.type(), k, indent, all || !on);
            out.addAll(on ? body : commentedOut(body, indent));
        }
        return out;
    }

    private List<String> item(Class<?> type, int dashIndent, boolean all) {
        List<String> lines = record(type, dashIndent + 2, all);
        String pad = " ".repeat(dashIndent + 2);
        List<String> out = new ArrayList<>();
        boolean first = true;
        for (String l : lines) {
            if (first && l.startsWith(pad + "#")) {
                out.add(l.substring(2)); // the first key's comment goes with the dash
            } else if (first) {
                out.add(" ".repeat(dashIndent) + "- " + l.substring(pad.length()));
                first = false;
            } else {
                out.add(l);
            }
        }
        if (first) throw new IllegalStateException(type + " has no required first key to put after '- '");
        return out;
    }

    private static List<String> commentedOut(List<String> lines, int indent) {
        String pad = " ".repeat(indent);
        return lines.stream().map(l -> pad + "# " + l.substring(Math.min(indent, l.length()))).toList();
    }

    /** What the key is for, whether it is needed, its format, and its allowed values or an example. */
    private String explanation(String path, Field k, String needed, boolean on) {
        // Whether the key is needed comes first: it is what a reader scans for.
        StringBuilder sb = new StringBuilder(k.required() ? get("verplicht") : needed != null ? needed : get("niet-verplicht"));
        sb.append(' ').append(TEXTS.getProperty(path, k.doc()));
        if (k.format() != Key.Format.NONE && TEXTS.containsKey("formaat." + k.format())) {
            sb.append(' ').append(get("formaat." + k.format()));
        }
        Type t = k.type();
        Class<?> raw = raw(t);
        if (raw == LocalDate.class) sb.append(' ').append(get("formaat.datum"));
        if (raw.isEnum()) sb.append(' ').append(get("kies-uit", String.join(", ", codes(raw))));
        if (raw == List.class && raw(arg(t, 0)).isEnum()) sb.append(' ').append(get("een-of-meer", String.join(", ", codes(raw(arg(t, 0))))));
        if (raw == Map.class) sb.append(' ').append(get("sleutels", String.join(", ", codes(raw(arg(t, 0))))));
        // A value of the user's own handbook stands on the key; the general example goes here.
        if (on && values.get(path) != null && TEXTS.containsKey(path + ".bv") && !TEXTS.getProperty(path + ".bv").equals(values.get(path))) {
            sb.append(' ').append(get("bv", TEXTS.getProperty(path + ".bv")));
        }
        return sb.toString();
    }

    /** {@code key: value}, or the key with its nested lines. */
    private List<String> value(String path, Type type, Field k, int indent, boolean all) {
        String pad = " ".repeat(indent);
        String key = k.key();
        Class<?> raw = raw(type);
        List<String> out = new ArrayList<>();
        if (raw == List.class) {
            Class<?> item = raw(arg(type, 0));
            if (isNested(item)) {
                out.add(pad + key + ":");
                out.addAll(item(item, indent + 2, all));
            } else if (item.isEnum() || item == RoleRef.class) {
                out.add(pad + key + ": [" + String.join(", ", examples(path, item)) + "]");
            } else {
                out.add(pad + key + ":");
                for (String e : examples(path, item)) out.add(pad + "  - " + scalar(e));
            }
        } else if (raw == Map.class) {
            List<String> codes = codes(raw(arg(type, 0)));
            Type valueType = arg(type, 1);
            out.add(pad + key + ":");
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                if (raw(valueType) == Integer.class || raw(valueType) == Share.class) {
                    // An even split, the remainder on the first: the sum is always 100.
                    int share = 100 / codes.size() + (i == 0 ? 100 % codes.size() : 0);
                    out.add(pad + "  " + code + ": " + share);
                } else {
                    out.add(pad + "  " + code + ":");
                    out.add(pad + "    - " + scalar(text(path + ".bv." + code)));
                }
            }
        } else if (isNested(raw)) {
            out.add(pad + key + ":");
            out.addAll(record(raw, indent + 2, all));
        } else {
            String v = examples(path, raw).get(0);
            out.add(pad + key + ": " + (raw == String.class || raw == Markdown.class ? scalar(v) : v));
        }
        return out;
    }

    /** The example values for a key: the handbook's own, else the general example, else by type. */
    private List<String> examples(String path, Class<?> type) {
        Object given = values.get(path);
        if (given instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        if (given != null) return List.of(String.valueOf(given));
        String bv = TEXTS.getProperty(path + ".bv");
        if (bv != null) return type == String.class || type == Markdown.class ? List.of(bv) : Arrays.asList(bv.split(",\\s*"));
        if (type == RoleRef.class) return List.of(String.valueOf(values.get("RoleRef")));
        if (type == CampusRef.class) return List.of(String.valueOf(values.get("CampusRef")));
        if (type.isEnum()) return List.of(codes(type).get(0));
        if (type == LocalDate.class) return List.of(String.valueOf(values.get("LocalDate")));
        throw new IllegalStateException("no example for " + path);
    }

    private static String text(String key) {
        String t = TEXTS.getProperty(key);
        if (t == null) throw new IllegalStateException("no scaffold text for " + key);
        return t;
    }

    /** Text as a YAML value: plain when it reads back as the same text, else double-quoted. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !RESOLVES.matcher(text).matches() && !text.contains(": ")
                && !text.endsWith(":") && text.equals(text.strip())) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A record written as a mapping; Markdown and role references are records written as one value. */
    private static boolean isNested(Class<?> type) {
        return Field.isNested(type);
    }

    private static Class<?> raw(Type t) {
        return Field.raw(t);
    }

    private static Type arg(Type t, int i) {
        return Field.arg(t, i);
    }

    private static List<String> codes(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> ((Coded) e).code()).toList();
    }

    /** A text file next to this class's texts, e.g. the body of a new page. */
    static String resource(String name) {
        try (InputStream in = ScaffoldText.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ScaffoldText.class.getResourceAsStream("scaffold.properties")) {
            if (in == null) throw new IllegalStateException("missing scaffold.properties");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
