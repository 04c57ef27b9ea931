package be.leerlingenbegeleiding.handbook.schema;

import be.leerlingenbegeleiding.handbook.model.CampusRef;
import be.leerlingenbegeleiding.handbook.model.Coded;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Field;
import be.leerlingenbegeleiding.handbook.model.Key;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import be.leerlingenbegeleiding.handbook.model.RecordType;
import be.leerlingenbegeleiding.handbook.model.RoleRef;
import be.leerlingenbegeleiding.handbook.model.Share;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (draft-07, what YAML language servers read) of every content file, generated from
 * the model's records as {@link RecordType} describes them: the same definition the loader binds
 * with, so the schema cannot drift from what {@code handbook check} accepts.
 */
public final class JsonSchema {
    private static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final String DECIMAL_COMMA = "^-?[0-9]+([,.][0-9]+)?$";

    private JsonSchema() {
    }

    /** File name ({@code rollen.schema.json}) to schema text, in name order. */
    public static Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        for (ContentFile part : ContentFile.values()) {
            if (part.type() == null) continue;
            String name = part.schemaName() + ".schema.json";
            out.putIfAbsent(name, Json.write(forFile(part, name)));
        }
        return out;
    }

    static Map<String, Object> forFile(ContentFile part, String id) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", "http://json-schema.org/draft-07/schema#");
        s.put("$id", id);
        s.put("title", part.isFolder() ? part.fileName() + "/*" + part.entryExtension() : part.fileName());
        s.putAll(record(part.type()));
        return s;
    }

    private static Map<String, Object> record(Class<?> type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        List<String> templateOnly = new ArrayList<>();
        for (Field k : RecordType.of(type).fields().values()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("description", k.doc());
            p.putAll(value(k.type(), k));
            properties.put(k.key(), p);
            if (k.required()) required.add(k.key());
            if (k.templateOnly()) templateOnly.add(k.key());
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("additionalProperties", false);
        if (!required.isEmpty()) s.put("required", required);
        s.put("properties", properties);
        if (!templateOnly.isEmpty()) s.putAll(templateOnly(templateOnly));
        return s;
    }

    /**
     * Keys only a template may write: unless the file says {@code soort: sjabloon}, an editor
     * marks them, as {@code check} does.
     */
    private static Map<String, Object> templateOnly(List<String> keys) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("properties", Map.of("soort", Map.of("const", "sjabloon")));
        template.put("required", List.of("soort"));
        Map<String, Object> absent = new LinkedHashMap<>();
        absent.put("properties", keys.stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> false,
                (a, b) -> a, LinkedHashMap::new)));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("if", Map.of("not", template));
        s.put("then", absent);
        return s;
    }

    private static Map<String, Object> value(Type type, Field key) {
        Map<String, Object> s = new LinkedHashMap<>();
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == List.class) {
            s.put("type", "array");
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            s.put("items", withHandle(item, value(item, null)));
        } else if (raw == Map.class) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            if (kv[0] == String.class) {
                // Ids to ids: a template's renamed roles.
                s.put("type", "object");
                Map<String, Object> names = new LinkedHashMap<>();
                names.put("pattern", ID_PATTERN);
                Map<String, Object> ids = new LinkedHashMap<>();
                ids.put("type", "string");
                ids.put("pattern", ID_PATTERN);
                s.put("propertyNames", names);
                s.put("additionalProperties", ids);
                return s;
            }
            Map<String, Object> props = new LinkedHashMap<>();
            for (Object constant : ((Class<?>) kv[0]).getEnumConstants()) {
                props.put(((Coded) constant).code(), value(kv[1], null));
            }
            s.put("type", "object");
            s.put("additionalProperties", false);
            s.put("properties", props);
        } else if (raw == Markdown.class) {
            s.put("type", "string");
        } else if (raw == Share.class) {
            s.put("anyOf", List.of(ordered("type", "number", "minimum", 0),
                    ordered("type", "string", "pattern", "^[0-9]+([,.][0-9]+)? *(%|procent|u|uur|uren|d|dag|dagen)?$")));
        } else if (raw == RoleRef.class || raw == CampusRef.class) {
            s.put("type", "string");
            s.put("pattern", ID_PATTERN);
        } else if (raw == Integer.class || raw == int.class) {
            s.put("type", "integer");
        } else if (raw == Double.class || raw == double.class) {
            // "0,5" with the Dutch decimal comma is a string to YAML, and as welcome as 0.5.
            s.put("anyOf", List.of(ordered("type", "number"), ordered("type", "string", "pattern", DECIMAL_COMMA)));
        } else if (raw == Boolean.class) {
            s.put("type", "boolean");
        } else if (raw == LocalDate.class) {
            s.put("type", "string");
            s.put("format", "date");
            s.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (raw.isEnum()) {
            s.put("enum", Arrays.stream(raw.getEnumConstants()).map(c -> ((Coded) c).code()).toList());
        } else if (Record.class.isAssignableFrom(raw)) {
            s.putAll(record(raw));
        } else {
            s.put("type", "string");
            if (key != null && key.required()) s.put("minLength", 1);
            if (key != null) format(key.format(), s);
        }
        return s;
    }

    /**
     * Any item of a list of records may carry an {@code id}, also where the model has none: it
     * names the item when a school adds to or changes the template's list.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withHandle(Type item, Map<String, Object> s) {
        if (!(s.get("properties") instanceof Map<?, ?> props) || props.containsKey("id")) return s;
        Map<String, Object> handle = new LinkedHashMap<>();
        handle.put("description", "Een naam voor dit item (kleine letters, cijfers, koppeltekens), alleen om het terug te vinden: "
                + "een school die op een sjabloon bouwt, vult met dit id een item van het sjabloon aan, past het aan of haalt het weg "
                + "(- !verwijderd <id>). Het komt niet op de website.");
        handle.put("type", "string");
        handle.put("pattern", ID_PATTERN);
        Map<String, Object> withId = new LinkedHashMap<>();
        withId.put("id", handle);
        withId.putAll((Map<String, Object>) props);
        s.put("properties", withId);
        return s;
    }

    private static void format(Key.Format format, Map<String, Object> s) {
        switch (format) {
            case EMAIL -> s.put("format", "email");
            case URL -> {
                s.put("format", "uri");
                s.put("pattern", "^https?://");
            }
            case SITE -> {
                s.put("format", "uri");
                s.put("pattern", "^https?://[^?#]+$");
            }
            case SCHOOL_YEAR -> s.put("pattern", "^[0-9]{4}-[0-9]{4}$");
            case ID -> s.put("pattern", ID_PATTERN);
            case PHONE, NONE -> {
            }
        }
    }

    /** A small mapping in the order written: Map.of iterates in an order that changes per run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
