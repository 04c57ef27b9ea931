package be.leerlingenbegeleiding.handbook.maven;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Severity;
import be.leerlingenbegeleiding.handbook.load.Layers;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** What the goals share: settings from the project, running the generator, and its messages in the log. */
final class Handbooks {
    private Handbooks() {
    }

    /** A piece of generator work that may fail on the file system. */
    interface Work<T> {
        T run() throws IOException;
    }

    /** The content folder, or a failure that says how to point the plugin at it. */
    static Path content(File dir, Texts t) throws MojoFailureException {
        if (dir == null || !dir.isDirectory()) {
            throw new MojoFailureException(t.get("noContent", dir) + System.lineSeparator() + "  "
                    + t.generator.get("tip") + ": " + t.get("noContent.tip"));
        }
        return dir.toPath();
    }

    /**
     * The check date and the templates: {@code datum} when given, else what the command line
     * would take; templates from the project's resolved dependencies, else the local repository
     * Maven itself uses (which may be another than {@code ~/.m2}).
     */
    static Build.Settings settings(String datum, MavenProject project, MavenSession session, Texts t)
            throws MojoFailureException {
        LocalDate today;
        try {
            today = datum == null || datum.isBlank() ? Build.today() : LocalDate.parse(datum.strip());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException(t.get("badDate", datum), e);
        }
        Path repository = session.getRepositorySession().getLocalRepository().getBasedir().toPath();
        return new Build.Settings(today, TemplateArtifacts.of(repository, project.getArtifacts()));
    }

    /**
     * Fails when a handbook pins another template version than the project depends on, with one
     * message per handbook that names both versions.
     */
    static void checkPins(Path content, MavenProject project, Log log, Texts t) throws IOException, MojoFailureException {
        List<TemplateArtifacts.Conflict> conflicts = TemplateArtifacts.conflicts(Build.find(content), project.getArtifacts());
        if (conflicts.isEmpty()) return;
        for (TemplateArtifacts.Conflict c : conflicts) {
            // file:line:col of the 'sjabloon:' value, like every other message about content.
            String file = Layers.referenceAt(c.handbook()).map(Object::toString)
                    .orElse(display(c.handbook().resolve("handboek.yaml")));
            String unversioned = c.written().substring(0, c.written().lastIndexOf(':'));
            log.error(t.get("pin", file, c.written(), c.pinned(), c.dependedOn()));
            log.error("  " + t.generator.get("tip") + ": " + t.get("pin.tip", file, c.written(), c.pinned(), c.dependedOn(), unversioned));
        }
        throw new MojoFailureException(t.get("pin.failed"));
    }

    /**
     * Runs generator work in a pool of its own whose threads see the plugin's class loader. The
     * generator builds handbooks side by side with parallel streams, which run in the pool of the
     * task that starts them; in the JVM's common pool a thread's context class loader is the
     * system one, and there {@link java.util.ServiceLoader} would not find rules that a school
     * adds as a plugin dependency. The caller's thread would, so without this the result would
     * depend on which thread got which handbook.
     */
    static <T> T inPluginPool(Work<T> work) throws IOException {
        ClassLoader loader = Handbooks.class.getClassLoader();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), p -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            thread.setContextClassLoader(loader);
            return thread;
        }, null, false);
        try {
            return pool.submit(() -> work.run()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Each diagnostic as the command line prints it, a log call per line so that every line,
     * tips included, carries the level: errors as errors, warnings as warnings.
     */
    static void log(Log log, Texts t, List<Diagnostic> diagnostics) {
        diagnostics.stream().sorted(Diagnostic.ORDER).forEach(d -> log(log, d.severity(), t.generator.format(d)));
    }

    /** A multi-line text at a severity, line by line. */
    static void log(Log log, Severity severity, String text) {
        for (String line : text.split("\n")) {
            String clean = clean(line);
            switch (severity) {
                case FOUT -> log.error(clean);
                case WAARSCHUWING -> log.warn(clean);
                default -> log.info(clean);
            }
        }
    }

    /** The closing counts the command line prints, when there is anything to count. */
    static void summary(Log log, Texts t, List<Diagnostic> diagnostics) {
        long errors = errors(diagnostics);
        long warnings = warnings(diagnostics);
        if (errors > 0) log.error(errors == 1 ? t.generator.get("cli.summary.errorsOne") : t.generator.get("cli.summary.errors", errors));
        if (warnings > 0) log.warn(warnings == 1 ? t.generator.get("cli.summary.warningsOne") : t.generator.get("cli.summary.warnings", warnings));
    }

    /** The failure that ends a build with content problems: its message gives the counts. */
    static MojoFailureException failure(Texts t, List<Diagnostic> diagnostics, boolean strict) {
        return new MojoFailureException(t.get(strict ? "failed.strict" : "failed", errors(diagnostics), warnings(diagnostics)));
    }

    static long errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    static long warnings(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WAARSCHUWING).count();
    }

    /**
     * A text for a log line: no control characters, which would move the cursor or ring a bell
     * in a terminal and show as garbage in a CI log. A folder name can hold anything.
     */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }

    /** A path as the command line shows it: relative to the working folder when below it. */
    static String display(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        if (p.startsWith(cwd) && !p.equals(cwd)) p = cwd.relativize(p);
        return p.toString().replace(File.separatorChar, '/');
    }
}
