package be.leerlingenbegeleiding.handbook.render;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * What a theme file can reach: the handbook's data and the renderer's helpers, nothing of Java.
 * Theme files come from schools and from templates that thousands of machines build, so a
 * layout is treated as untrusted code. FreeMarker's own defaults still let a template create any
 * class ({@code ?new}) and call any public method of any value it is given; a {@code Path} in
 * the model would then reach {@code toFile().delete()}. Here:
 * <ul>
 *   <li>{@code ?new} resolves no class at all, and {@code ?api} is off;</li>
 *   <li>only the public instance methods our own model and view classes declare can be called
 *       (records' accessors, {@code l.get}, {@code x.md}); every other value (paths, dates,
 *       Java's own classes) shows as its text and nothing more, and {@code getClass()} is never
 *       callable, so no chain leads to {@code Class.forName};</li>
 *   <li>no fields, no constructors, no static methods.</li>
 * </ul>
 * Includes stay inside the theme: FreeMarker refuses names that back out of the root, and
 * {@link Templates} refuses files whose real path (after links) leaves their folder.
 */
final class Sandbox {
    private Sandbox() {
    }

    /** The packages whose public methods a theme may call: values and views, never actions. */
    private static final List<String> CALLABLE = List.of(
            "be.leerlingenbegeleiding.handbook.model.",
            "be.leerlingenbegeleiding.handbook.render.",
            "be.leerlingenbegeleiding.handbook.comply.",
            "be.leerlingenbegeleiding.handbook.diag.",
            // The records of the upgrade report, shown by upgrade.ftlh.
            "be.leerlingenbegeleiding.handbook.author.Upgrade$");

    /** Applies the limits to a configuration. */
    static void limit(Configuration cfg) {
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(WRAPPER);
    }

    private static DefaultObjectWrapper wrapper() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        b.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
        b.setExposeFields(false);
        b.setMemberAccessPolicy(POLICY);
        return b.build();
    }

    static final MemberAccessPolicy POLICY = new MemberAccessPolicy() {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            return ours(type) ? OWN : NOTHING;
        }

        /** A value that is not ours still prints as its text, as it always did (a date, a path). */
        @Override
        public boolean isToStringAlwaysExposed() {
            return true;
        }
    };

    static boolean ours(Class<?> type) {
        String name = type.getName();
        for (String p : CALLABLE) if (name.startsWith(p)) return true;
        return false;
    }

    /** No constructors and no fields for any class; no methods unless a subclass says so. */
    private static class Closed implements ClassMemberAccessPolicy {
        @Override
        public boolean isMethodExposed(Method method) {
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    }

    private static final ClassMemberAccessPolicy NOTHING = new Closed();

    /**
     * Methods declared by our own classes; an enum's name and ordinal. Inherited methods of
     * Java's classes (getClass, wait, those of interfaces such as Iterable) stay out.
     */
    private static final ClassMemberAccessPolicy OWN = new Closed() {
        @Override
        public boolean isMethodExposed(Method method) {
            if (Modifier.isStatic(method.getModifiers())) return false;
            Class<?> declaring = method.getDeclaringClass();
            if (declaring == Enum.class) return method.getName().equals("name") || method.getName().equals("ordinal");
            return ours(declaring);
        }
    };

    // Last: it needs the policies above.
    private static final DefaultObjectWrapper WRAPPER = wrapper();
}
