package be.leerlingenbegeleiding.handbook.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * One component of a model record as {@link RecordType} describes it: what its {@link Key} says
 * (the YAML key, whether it is required, its doc and format) and its Java type. A component
 * without {@code @Key} has a null {@link #key}: its {@link Source}, or a value the loader fills
 * in from elsewhere (an id from a file name, a page's body).
 */
public record Field(
        String key,
        String name,
        Type type,
        boolean required,
        String doc,
        Key.Format format,
        boolean templateOnly,
        boolean internal,
        Method accessor) {

    /** Whether authors write this component under a key. */
    public boolean keyed() {
        return key != null;
    }

    /** The key, or for an un-keyed component its Java name: how a walk names its values. */
    public String pathName() {
        return key != null ? key : name;
    }

    /** The class of the value: {@code List} for a list, the record for a nested record. */
    public Class<?> raw() {
        return raw(type);
    }

    /** Whether this is the record's {@link Source}. */
    public boolean isSource() {
        return type == Source.class;
    }

    /** The value of this component in {@code record}. */
    public Object get(Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The class of a type, parameterised or not. */
    public static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    /** The {@code i}th type argument: the item type of a list, the key (0) or value (1) type of a mapping. */
    public static Type arg(Type t, int i) {
        return ((ParameterizedType) t).getActualTypeArguments()[i];
    }

    /**
     * Whether values of a type are written as a mapping of keys. Markdown and role references are
     * records too, but are written as a single value.
     */
    public static boolean isNested(Class<?> type) {
        return Record.class.isAssignableFrom(type) && type != Markdown.class && type != RoleRef.class && type != CampusRef.class && type != Share.class;
    }
}
