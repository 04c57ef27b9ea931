/**
 * The JSON Schemas of the content files, written from the model's {@code @Key} descriptions, so
 * that an editor with a YAML language server completes keys and explains each one.
 *
 * <p>Uses {@code model} only.
 */
package be.leerlingenbegeleiding.handbook.schema;
