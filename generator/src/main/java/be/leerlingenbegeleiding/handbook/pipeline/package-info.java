/**
 * The pipeline: every handbook under a folder through load, merge, bind, validate, comply, render
 * and write ({@link be.leerlingenbegeleiding.handbook.pipeline.Build}, where the stages are listed
 * in the order they run), with the guard that keeps output away from content, the fingerprint
 * that lets unchanged handbooks keep their output, and the atomic write that never leaves half an
 * output behind.
 *
 * <p>Uses the stage packages ({@code load}, {@code validate}, {@code comply}, {@code render},
 * {@code schema}) and {@code model}, {@code diag}; is used by the CLI, the preview, the authoring
 * tools, the benchmarks and the Maven plugin.
 */
package be.leerlingenbegeleiding.handbook.pipeline;
