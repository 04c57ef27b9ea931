package be.leerlingenbegeleiding.handbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The same pages for the other site generators: every HTML page our generator renders for a
 * handbook, turned back into plain Markdown (headings, paragraphs, list items, table cells), with
 * the front matter each tool wants and a minimal template.
 */
final class Pages {
    /** One page: a file-name-safe id, its title and its text as Markdown. */
    record Page(String id, String title, String markdown) {
    }

    private Pages() {
    }

    static List<Page> fromSite(Map<String, byte[]> site) {
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : site.entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            Document d = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            Element main = d.selectFirst("main");
            if (main == null) main = d.body();
            StringBuilder md = new StringBuilder();
            for (Element e : main.select("h1, h2, h3, h4, p, li, td, dt, dd")) {
                // A list item or cell with paragraphs in it: its paragraphs are taken one by one.
                if (!e.tagName().matches("h[1-4]|p") && !e.children().select("p, li").isEmpty()) continue;
                String text = e.text();
                if (text.isBlank()) continue;
                text = text.replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
                switch (e.tagName()) {
                    case "h1" -> { continue; }
                    case "h2" -> md.append("## ");
                    case "h3" -> md.append("### ");
                    case "h4" -> md.append("#### ");
                    case "li" -> md.append("- ");
                    default -> { }
                }
                md.append(text).append("\n\n");
            }
            String id = f.getKey().replace(".html", "").replaceAll("[^A-Za-z0-9]+", "-");
            String title = d.title().isBlank() ? id : d.title();
            pages.add(new Page(id, title, md.toString()));
        }
        return pages;
    }

    /** A JBake 2.7 project: properties without index, feed, archive, tags or sitemap; one page template. */
    static Path jbake(Path dir, List<Page> pages) throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("jbake.properties"), """
                render.index=false
                render.feed=false
                render.archive=false
                render.tags=false
                render.sitemap=false
                template.page.file=page.ftl
                markdown.extensions=TABLES
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("templates/page.ftl"), """
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><title>${content.title}</title></head>
                <body><main><h1>${content.title}</h1>
                ${content.body}
                </main></body></html>
                """, StandardCharsets.UTF_8);
        for (Page p : pages) {
            Files.writeString(dir.resolve("content/" + p.id() + ".md"),
                    "title=" + p.title() + "\ntype=page\nstatus=published\n~~~~~~\n\n" + p.markdown(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** A Hugo site: only pages (no home, lists, taxonomies, feeds, sitemap); one single layout. */
    static Path hugo(Path dir, List<Page> pages) throws IOException {
        Files.createDirectories(dir.resolve("layouts/_default"));
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("config.toml"), """
                baseURL = "/"
                languageCode = "nl"
                title = "Benchmark"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                """, StandardCharsets.UTF_8);
        String layout = """
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><main><h1>{{ .Title }}</h1>
                {{ .Content }}
                </main></body></html>
                """;
        Files.writeString(dir.resolve("layouts/_default/single.html"), layout, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("layouts/_default/list.html"), layout, StandardCharsets.UTF_8);
        for (Page p : pages) {
            Files.writeString(dir.resolve("content/" + p.id() + ".md"),
                    "---\ntitle: \"" + p.title().replace("\"", "\\\"") + "\"\n---\n\n" + p.markdown(), StandardCharsets.UTF_8);
        }
        return dir;
    }
}
