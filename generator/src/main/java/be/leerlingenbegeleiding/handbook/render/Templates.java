package be.leerlingenbegeleiding.handbook.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import be.leerlingenbegeleiding.handbook.diag.Diagnostic;
import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.diag.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FreeMarker set up for a theme ({@link Theme}): strict, HTML auto-escaping, no locale surprises. The theme is
 * the one in the jar, under the {@code vormgeving/} folders of a handbook and its templates:
 * a file there replaces the theme's file of the same name, nearest handbook first. A layout can
 * build on the version it replaces by including {@code /basis/<name>}.
 */
final class Templates {
    static final String BASE = "basis/";

    private final Configuration cfg;
    private final List<Path> layers;
    private final Theme theme;

    /** Built by its {@link Theme}, which keeps one per set of folders. */
    Templates(List<Path> layers, Theme theme) {
        this.layers = layers;
        this.theme = theme;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            List<TemplateLoader> loaders = new ArrayList<>();
            for (Path p : layers) loaders.add(new FileTemplateLoader(p.toFile()));
            if (theme.folder() != null) loaders.add(new FileTemplateLoader(theme.folder().toFile()));
            loaders.add(new ClassTemplateLoader(Templates.class, "/templates"));
            cfg.setTemplateLoader(new Layered(loaders));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        // Numbers and dates are formatted by Labels in the handbook's language, never by the JVM's.
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setWhitespaceStripping(true);
        Sandbox.limit(cfg);
    }

    /**
     * A layout rendered with {@code data}. A failure in a theme file of the handbook or its
     * templates is the content's: a {@link ThemeException} at that file's line. A failure in the
     * jar's own theme alone is our bug and stays an {@link IllegalStateException}.
     */
    String render(String template, Map<String, Object> data) {
        try {
            StringWriter w = new StringWriter();
            cfg.getTemplate(template).process(data, w);
            return w.toString();
        } catch (IOException | TemplateException e) {
            Position at = ThemeErrors.position(e, template, this::file);
            if (at != null) throw new ThemeException(Diagnostic.error(Problem.THEME_ERROR, at, ThemeErrors.text(e)), e);
            if (e instanceof IOException io) throw new UncheckedIOException(io);
            throw new IllegalStateException("template " + template + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // A macro or include that calls itself without end; FreeMarker has no depth limit.
            Path own = file(template);
            if (own == null && layers.isEmpty()) throw e;
            Position at = Position.ofFile(own != null ? own : layers.get(0));
            throw new ThemeException(Diagnostic.error(Problem.THEME_ERROR, at, Msg.of("HB048.recursion")), null);
        }
    }

    /** The file of a handbook's or template's theme that FreeMarker knows by this name, or null. */
    private Path file(String name) {
        try {
            Object source = cfg.getTemplateLoader().findTemplateSource(name);
            if (source instanceof Layered.Found f && f.source() instanceof java.io.File file) return file.toPath();
            return null;
        } catch (IOException e) {
            return e instanceof Refused r ? r.file() : null;
        }
    }

    /**
     * A theme file copied as it is (CSS, scripts, icon), from the nearest layer that has it; a
     * link that leads out of its {@code vormgeving/} folder is refused, as for layouts.
     */
    byte[] asset(String path) {
        try {
            for (Path layer : layers) {
                Path p = layer.resolve(path).normalize();
                if (!p.startsWith(layer) || !Files.isRegularFile(p)) continue;
                if (!p.toRealPath().startsWith(layer.toRealPath())) {
                    throw new ThemeException(Diagnostic.error(Problem.THEME_ERROR, Position.ofFile(p), Refused.WHY), null);
                }
                return Files.readAllBytes(p);
            }
            return theme.file("/templates/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A theme file that is a link leading out of its folder; FreeMarker refuses to read it. */
    static final class Refused extends IOException {
        static final Msg WHY = Msg.of("HB048.link");
        private final transient Path file;

        Refused(Path file) {
            super("link out of its folder: " + file);
            this.file = file;
        }

        Path file() {
            return file;
        }
    }

    /**
     * The first layer that has a name wins; {@code basis/<name>} skips the first layer that has
     * it, so a handbook's layout can wrap the one it replaces.
     */
    private record Layered(List<TemplateLoader> loaders) implements TemplateLoader {
        private record Found(TemplateLoader loader, Object source) {
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            boolean base = name.startsWith(BASE);
            String real = base ? name.substring(BASE.length()) : name;
            boolean skipped = !base;
            Found last = null;
            for (TemplateLoader l : loaders) {
                Object source;
                try {
                    source = l.findTemplateSource(real);
                } catch (SecurityException e) {
                    // FileTemplateLoader compares real paths: the file is a link leaving its folder.
                    throw new Refused(((FileTemplateLoader) l).getBaseDirectory().toPath().resolve(real));
                }
                if (source == null) continue;
                if (skipped) return new Found(l, source);
                skipped = true;
                last = new Found(l, source);
            }
            return last;
        }

        @Override
        public long getLastModified(Object source) {
            Found f = (Found) source;
            return f.loader().getLastModified(f.source());
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            Found f = (Found) source;
            return f.loader().getReader(f.source(), encoding);
        }

        @Override
        public void closeTemplateSource(Object source) throws IOException {
            Found f = (Found) source;
            f.loader().closeTemplateSource(f.source());
        }
    }
}
