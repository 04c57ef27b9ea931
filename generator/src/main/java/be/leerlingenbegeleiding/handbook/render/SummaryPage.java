package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Markdown;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the one-page summary of a handbook from {@code templates/samenvatting.ftlh}. It stands
 * in for the full website until that exists, and proves the model reaches the templates.
 */
public final class SummaryPage {
    private final Configuration freemarker;
    private final MarkdownHtml markdown = new MarkdownHtml();

    public SummaryPage() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(SummaryPage.class, "/templates"));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.forLanguageTag("nl-BE"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        this.freemarker = cfg;
    }

    /** The page as UTF-8 bytes. */
    public byte[] render(Handbook handbook) {
        Map<String, Object> data = new HashMap<>();
        data.put("h", handbook);
        data.put("md", (TemplateMethodModelEx) this::markdown);
        try {
            StringWriter w = new StringWriter();
            freemarker.getTemplate("samenvatting.ftlh").process(data, w);
            return w.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template samenvatting.ftlh: " + e.getMessage(), e);
        }
    }

    private Object markdown(List<?> args) throws TemplateModelException {
        Object v = args.isEmpty() ? null : DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0));
        String text = v instanceof Markdown m ? m.text() : v == null ? "" : v.toString();
        return HTMLOutputFormat.INSTANCE.fromMarkup(markdown.render(text));
    }
}
