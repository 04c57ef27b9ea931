package be.leerlingenbegeleiding.handbook.maven;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters every goal that reads a handbook has, and the skip. */
abstract class HandbookMojo extends AbstractMojo {

    /**
     * The handbook: a folder with a {@code handboek.yaml}, or a folder whose sub-folders are
     * handbooks (a support service with many schools).
     */
    @Parameter(property = "handboek.inhoud", defaultValue = "${project.basedir}/handboek", required = true)
    File contentDirectory;

    /**
     * Check as if it were this day (YYYY-MM-DD), for review dates; by default the system property
     * {@code handboek.datum}, else {@code SOURCE_DATE_EPOCH}, else today in Belgium.
     */
    @Parameter(property = "handboek.datum")
    String datum;

    /** Language of the messages: {@code nl} (default) or {@code en}. */
    @Parameter(property = "handboek.taal", defaultValue = "nl")
    String taal;

    /** Skip this goal. */
    @Parameter(property = "handboek.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        Texts t = Texts.forLanguage(taal);
        if (skip) {
            getLog().info(t.get("skip"));
            return;
        }
        Path content = Handbooks.content(contentDirectory, t);
        Build.Settings settings = Handbooks.settings(datum, project, session, t);
        try {
            Handbooks.checkPins(content, project, getLog(), t);
            run(content, settings, t);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The goal itself, once the handbook is found and the settings are known. */
    abstract void run(Path content, Build.Settings settings, Texts t) throws IOException, MojoExecutionException, MojoFailureException;
}
