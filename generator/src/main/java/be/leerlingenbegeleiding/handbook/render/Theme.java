package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme the renderers use, as a value carried in the build settings: the one inside the jar
 * ({@link #BUILT_IN}), or a folder of theme sources that stands in for it (the live preview of
 * the theme's own files, {@code handbook serve --thema}). A theme keeps what it has read and
 * parsed; when its files change, the preview takes a fresh value ({@link #reread()}) instead of
 * clearing anything shared.
 */
public final class Theme {
    /** The theme inside the jar: its files never change while the process runs. */
    public static final Theme BUILT_IN = new Theme(null);

    private final Path folder;
    private final Map<List<Path>, Templates> layered = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<Language, Labels> labels = new ConcurrentHashMap<>();

    private Theme(Path folder) {
        this.folder = folder;
    }

    /** The theme whose sources are in {@code folder} (before the jar's own); null: the built-in one. */
    public static Theme of(Path folder) {
        return folder == null ? BUILT_IN : new Theme(folder.toAbsolutePath().normalize());
    }

    /** The folder that stands in for the jar's theme, or null for the built-in theme. */
    public Path folder() {
        return folder;
    }

    /** The same theme with nothing read yet: for after its files changed. */
    public Theme reread() {
        // Also for the jar's theme: a handbook's own vormgeving/ files are parsed into it.
        return new Theme(folder);
    }

    /** The labels of a language in this theme. */
    public Labels labels(Language language) {
        return labels.computeIfAbsent(language, lang -> Labels.read(lang, this));
    }

    /**
     * A handbook's layouts: the {@code vormgeving/} folders of its layers over this theme. A folder
     * that is a link to elsewhere is refused: its files would not be the handbook's.
     */
    Templates templates(Handbook h) {
        List<Path> folders = new ArrayList<>();
        for (Path layer : h.layers()) {
            Path own = layer.resolve(ContentFile.VORMGEVING.fileName());
            if (!Files.isDirectory(own)) continue;
            try {
                if (!own.toRealPath().startsWith(layer.toRealPath())) {
                    throw new ThemeException(Diagnostic.error(Problem.THEME_ERROR, Position.ofFile(own), Templates.Refused.WHY), null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            folders.add(own);
        }
        return templates(folders);
    }

    /** The layouts for these {@code vormgeving/} folders, nearest first; one per set of folders. */
    Templates templates(List<Path> layers) {
        return layered.computeIfAbsent(List.copyOf(layers), l -> new Templates(l, this));
    }

    /** This theme's layouts alone. */
    Templates shared() {
        return templates(List.of());
    }

    /** A theme file by its path in the jar (e.g. {@code /templates/favicon.svg}), from the folder when it has it. */
    byte[] file(String path) {
        return files.computeIfAbsent(path, p -> {
            try (InputStream own = overridden(p)) {
                if (own != null) return own.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (InputStream in = Theme.class.getResourceAsStream(p)) {
                if (in == null) throw new IllegalStateException("file missing from the jar: " + p);
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A theme file from this theme's folder when it has one and the file, else null. */
    InputStream overridden(String path) throws IOException {
        if (folder == null || !path.startsWith("/templates/")) return null;
        Path p = folder.resolve(path.substring("/templates/".length())).normalize();
        return p.startsWith(folder) && Files.isRegularFile(p) ? Files.newInputStream(p) : null;
    }
}
