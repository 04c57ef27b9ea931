package be.leerlingenbegeleiding.handbook.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** FreeMarker set up once for the theme in the jar: strict, HTML auto-escaping, no locale surprises. */
final class Templates {
    /** One per JVM: FreeMarker parses each template once and caches it; the setup is immutable. */
    static final Templates SHARED = new Templates();

    private final Configuration cfg;

    private Templates() {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/templates"));
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
}
