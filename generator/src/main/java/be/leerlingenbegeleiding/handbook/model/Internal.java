package be.leerlingenbegeleiding.handbook.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A part of the model that is never published: on a record type (the whole document) or on one
 * component. The privacy rule R12 reads only what the site publishes, so it passes over such a
 * part; whatever prints it on request must keep it off the site, the search index and the
 * public PDFs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface Internal {
}
