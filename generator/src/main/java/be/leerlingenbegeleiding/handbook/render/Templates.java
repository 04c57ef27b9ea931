package be.leerlingenbegeleiding.handbook.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import be.leerlingenbegeleiding.handbook.model.ContentFile;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker set up for a theme: strict, HTML auto-escaping, no locale surprises. The theme is
 * the one in the jar, under the {@code vormgeving/} folders of a handbook and its templates:
 * a file there replaces the theme's file of the same name, nearest handbook first. A layout can
 * build on the version it replaces by including {@code /basis/<name>}.
 */
final class Templates {
    private static final Map<List<Path>, Templates> LAYERED = new ConcurrentHashMap<>();
    /**
     * A folder that stands in for the jar's theme, or null: the live preview of the theme's own
     * sources, so that an edit to {@code templates/} shows without building the jar.
     */
    private static volatile Path override;
    static final String BASE = "basis/";

    static Path override() {
        return override;
    }

    private final Configuration cfg;
    private final List<Path> layers;

    /** Files read from the jar once per run: scripts and fonts do not change while it runs. */
    private static final Map<String, byte[]> JAR = new ConcurrentHashMap<>();

    /** A handbook's theme: the {@code vormgeving/} folders of its layers over the jar's theme. */
    static Templates of(Handbook h) {
        List<Path> folders = h.layers().stream()
                .map(f -> f.resolve(ContentFile.VORMGEVING.fileName())).filter(Files::isDirectory).toList();
        return of(folders);
    }

    /** The theme for these {@code vormgeving/} folders, nearest first; shared per set of folders. */
    static Templates of(List<Path> layers) {
        return LAYERED.computeIfAbsent(List.copyOf(layers), Templates::new);
    }

    /** The built-in theme alone. FreeMarker parses each template once and caches it. */
    static Templates shared() {
        return of(List.of());
    }

    /** Use {@code folder} instead of the jar's theme from now on (null: the jar again). */
    static void useFolder(Path folder) {
        override = folder == null ? null : folder.toAbsolutePath().normalize();
        forget();
    }

    /** Drops every parsed template and file read, so the next render reads the theme afresh. */
    static void forget() {
        LAYERED.clear();
        JAR.clear();
        Labels.forget();
    }

    /** A theme file from the override folder when there is one and it has the file, else null. */
    static InputStream overridden(String path) throws IOException {
        Path folder = override;
        if (folder == null || !path.startsWith("/templates/")) return null;
        Path p = folder.resolve(path.substring("/templates/".length())).normalize();
        return p.startsWith(folder) && Files.isRegularFile(p) ? Files.newInputStream(p) : null;
    }

    /** A file inside the jar, e.g. {@code /templates/favicon.svg}; missing means a broken build. */
    static byte[] jar(String path) {
        return JAR.computeIfAbsent(path, p -> {
            try (InputStream own = overridden(p)) {
                if (own != null) return own.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (InputStream in = Templates.class.getResourceAsStream(p)) {
                if (in == null) throw new IllegalStateException("file missing from the jar: " + p);
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Templates(List<Path> layers) {
        this.layers = layers;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            List<TemplateLoader> loaders = new ArrayList<>();
            for (Path p : layers) loaders.add(new FileTemplateLoader(p.toFile()));
            Path theme = override;
            if (theme != null) loaders.add(new FileTemplateLoader(theme.toFile()));
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
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setWhitespaceStripping(true);
    }

    String render(String template, Map<String, Object> data) {
        try {
            StringWriter w = new StringWriter();
            cfg.getTemplate(template).process(data, w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + ": " + e.getMessage(), e);
        }
    }

    /** A theme file copied as it is (CSS, scripts, icon), from the nearest layer that has it. */
    byte[] asset(String path) {
        try {
            for (Path layer : layers) {
                Path p = layer.resolve(path).normalize();
                if (p.startsWith(layer) && Files.isRegularFile(p)) return Files.readAllBytes(p);
            }
            return jar("/templates/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                Object source = l.findTemplateSource(real);
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
