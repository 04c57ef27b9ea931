package be.leerlingenbegeleiding.handbook.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Dutch key under which a record component is written in YAML. The binder, the JSON Schema
 * and the scaffolding of {@code handbook new} all read these annotations, so the records are the
 * one definition of the content model.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Key {
    /** The key as authors write it. */
    String value();

    /** Whether the key must be present with a non-empty value. */
    boolean required() default false;

    /** What to write here, in Dutch: shown in editors through the JSON Schema. */
    String doc();

    /**
     * Whether only a template ({@code soort: sjabloon}) may write the key: what it says is about
     * the template's own versions, which a school has none of.
     */
    boolean templateOnly() default false;

    /** A format the text must have, checked when the value is read. */
    Format format() default Format.NONE;

    /** Formats of text values. */
    enum Format {
        NONE,
        /** An e-mail address. */
        EMAIL,
        /** An absolute http or https address. */
        URL,
        /**
         * The absolute http or https address of a folder where a site is published, without query
         * or fragment; read with a closing slash, so a page's path can follow it.
         */
        SITE,
        /** A school year such as 2025-2026. */
        SCHOOL_YEAR,
        /** One phone number: Belgian, international with +, or a Belgian short number such as 112. */
        PHONE,
        /** Lowercase letters, digits and single hyphens, e.g. {@code cel-leerlingenbegeleiding}. */
        ID;

        // Possessive: a group repeated greedily recurses once per part and overflows on a long id.
        private static final java.util.regex.Pattern ID_RULE = java.util.regex.Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");

        /** Whether text is a valid id: the one rule for ids in content, file names and on the command line. */
        public static boolean isId(String text) {
            return ID_RULE.matcher(text).matches();
        }
    }
}
