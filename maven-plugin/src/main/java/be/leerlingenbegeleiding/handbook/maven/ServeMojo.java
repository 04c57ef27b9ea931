package be.leerlingenbegeleiding.handbook.maven;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.serve.Preview;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * A live preview of the handbook ({@code mvn handbook:serve}): builds it in memory, serves it,
 * and reloads the browser after each saved change, until Ctrl-C. Not bound to a phase: a build
 * that never ends belongs on the command line, not in a lifecycle.
 */
@Mojo(name = "serve", requiresProject = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class ServeMojo extends HandbookMojo {

    /** The port; 0 takes a free one. */
    @Parameter(property = "handboek.poort", defaultValue = "8000")
    int port;

    /**
     * The address to listen on. Only this computer can reach the default; another address
     * shows a handbook in draft to the whole network.
     */
    @Parameter(property = "handboek.host", defaultValue = "127.0.0.1")
    String host;

    /** A folder with layouts and styles that replace the built-in ones, watched like the content. */
    @Parameter(property = "handboek.vormgeving")
    File vormgeving;

    @Override
    void run(Path content, Build.Settings settings, Texts t) throws IOException, MojoExecutionException {
        PrintWriter log = new PrintWriter(new LogWriter(getLog()), true);
        Preview preview = Preview.start(content, new Preview.Options(host, port, settings,
                vormgeving == null ? null : vormgeving.toPath(), taal), log);
        // Ctrl-C ends Maven through its shutdown hooks; this one lets the preview stop serving
        // and watching before the JVM goes, so the port is free at once for the next run.
        Thread stop = new Thread(preview::close, "handboek-voorbeeld-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            getLog().info(t.get("serve.started", preview.uri()));
            preview.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            log.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException alreadyStopping) {
                // The JVM is shutting down and runs the hook itself.
            }
        }
    }

    /** The preview's log lines into Maven's log, one log call per line. */
    static final class LogWriter extends Writer {
        private final Log log;
        private final StringBuilder line = new StringBuilder();

        LogWriter(Log log) {
            this.log = log;
        }

        @Override
        public synchronized void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                char c = buf[i];
                if (c == '\n') {
                    emit();
                } else if (c != '\r') {
                    line.append(c);
                }
            }
        }

        private void emit() {
            log.info(Handbooks.clean(line.toString()));
            line.setLength(0);
        }

        @Override
        public synchronized void flush() {
            if (line.length() > 0) emit();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
