package be.leerlingenbegeleiding.handbook.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The description of a model record, read once from its {@link Key} annotations: the one place
 * that reads them. The binder, the JSON Schema, the scaffolding of {@code handbook new}, rule
 * paths and the walk over a bound handbook all work from this, so they cannot disagree on what
 * a file may hold.
 */
public final class RecordType {
    private static final ClassValue<RecordType> CACHE = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            return new RecordType(type);
        }
    };

    private final Class<?> type;
    private final List<Field> components;
    private final Map<String, Field> byKey;
    private final Field source;
    private final boolean internal;
    private final Constructor<?> constructor;

    private RecordType(Class<?> type) {
        if (!type.isRecord()) throw new IllegalArgumentException(type + " is not a record");
        this.type = type;
        List<Field> all = new ArrayList<>();
        Map<String, Field> keyed = new LinkedHashMap<>();
        Field src = null;
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            RecordComponent c = rc[i];
            types[i] = c.getType();
            Key k = c.getAnnotation(Key.class);
            // A record declared package-private elsewhere (a check's own test part) is still read.
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.trySetAccessible();
            Field f = k == null
                    ? new Field(null, c.getName(), c.getGenericType(), false, null, Key.Format.NONE, false,
                            c.isAnnotationPresent(Internal.class), accessor)
                    : new Field(k.value(), c.getName(), c.getGenericType(), k.required(), k.doc(), k.format(),
                            k.templateOnly(), c.isAnnotationPresent(Internal.class), accessor);
            all.add(f);
            if (k != null) keyed.put(k.value(), f);
            if (f.isSource() && src == null) src = f;
        }
        this.components = List.copyOf(all);
        this.byKey = Collections.unmodifiableMap(keyed);
        this.source = src;
        this.internal = type.isAnnotationPresent(Internal.class);
        try {
            this.constructor = type.getDeclaredConstructor(types);
            constructor.trySetAccessible();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
        }
    }

    /** The description of a record class; built once per class. */
    public static RecordType of(Class<?> type) {
        return CACHE.get(type);
    }

    public Class<?> type() {
        return type;
    }

    /** Every component, keyed or not, in declaration order (the constructor's order). */
    public List<Field> components() {
        return components;
    }

    /** The keyed components by key, in declaration order. */
    public Map<String, Field> fields() {
        return byKey;
    }

    /** The component written under {@code key}, or null. */
    public Field field(String key) {
        return byKey.get(key);
    }

    /** Whether the whole record is {@link Internal}. */
    public boolean internal() {
        return internal;
    }

    /** Where {@code record} came from; null for a record without a {@link Source} (Markdown, a role reference). */
    public Source source(Object record) {
        return source == null ? null : (Source) source.get(record);
    }

    /** A new record from its components' values, in {@link #components()} order. */
    public Object create(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    /** Where any value came from, when it is a record with a {@link Source}. */
    public static Source sourceOf(Object value) {
        return value instanceof Record r ? of(r.getClass()).source(r) : null;
    }
}
