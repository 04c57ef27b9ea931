/**
 * The handbook's content model: one record per file and part, whose {@link
 * be.leerlingenbegeleiding.handbook.model.Key} annotations say under which YAML key each value is
 * written. Everything else is built on that one definition: {@link
 * be.leerlingenbegeleiding.handbook.model.RecordType} reads the annotations (and is the only class
 * that does), {@link be.leerlingenbegeleiding.handbook.model.Model#walk} visits every value of a
 * bound handbook, and {@link be.leerlingenbegeleiding.handbook.model.ValuePath} names the place of
 * a value in each form it is written in.
 *
 * <p>Uses only {@code diag} (for positions); every other package may use this one.
 */
package be.leerlingenbegeleiding.handbook.model;
