/**
 * The handbook as immutable records: one record per content file and its parts, each component
 * with its YAML key and documentation ({@code @Key}), and the position it was written at
 * ({@link be.leerlingenbegeleiding.handbook.model.Source}). The binder fills them, the stages after
 * it only read them.
 *
 * <p>Uses {@code diag} (positions) only.
 */
package be.leerlingenbegeleiding.handbook.model;
