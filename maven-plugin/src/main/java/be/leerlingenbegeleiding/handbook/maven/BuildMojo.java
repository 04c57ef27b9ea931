package be.leerlingenbegeleiding.handbook.maven;

import be.leerlingenbegeleiding.handbook.pipeline.Build;
import be.leerlingenbegeleiding.handbook.pipeline.UnsafeOutputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the handbook and writes its website and PDFs to {@code <outputDirectory>/<folder name>/},
 * like {@code handbook build}. The diagnostics are logged as the command line prints them; any
 * error (with {@code strict} also a warning) fails the build. A handbook with an error is not
 * written, and its previous output stays.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class BuildMojo extends HandbookMojo {

    /**
     * Where each handbook's folder goes: {@code handboek/} becomes {@code target/handboek/}. With
     * more than one handbook, {@code index.html} here gives an overview of them all.
     */
    @Parameter(property = "handboek.uitvoer", defaultValue = "${project.build.directory}", required = true)
    File outputDirectory;

    /** Warnings fail the build too. */
    @Parameter(property = "handboek.strikt", defaultValue = "false")
    boolean strict;

    /** Renders every handbook, also those whose inputs did not change since the previous build. */
    @Parameter(property = "handboek.opnieuw", defaultValue = "false")
    boolean afresh;

    @Override
    void run(Path content, Build.Settings settings, Texts t) throws IOException, MojoFailureException {
        Path out = outputDirectory.toPath();
        Build.Result checked;
        try {
            checked = Handbooks.inPluginPool(() -> Build.build(content, out, afresh ? settings.afresh() : settings,
                    name -> getLog().info(Handbooks.clean(t.get("progress", name)))));
        } catch (UnsafeOutputException e) {
            throw new MojoFailureException(t.generator.get(e.reason().key(), Handbooks.display(e.folder()))
                    + System.lineSeparator() + "  " + t.generator.get("tip") + ": " + t.get("unsafe.tip"), e);
        }
        Handbooks.log(getLog(), t, checked.diagnostics());
        Handbooks.summary(getLog(), t, checked.diagnostics());
        for (Build.Written w : checked.written()) {
            getLog().info(Handbooks.clean(t.generator.get(w.kept() ? "cli.build.kept" : "cli.build.done", w.handbook(), w.files(), Handbooks.display(w.folder()))));
        }
        if (checked.fails(strict)) throw Handbooks.failure(t, checked.diagnostics(), strict);
    }
}
