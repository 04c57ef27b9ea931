package be.leerlingenbegeleiding.handbook.render;

import be.leerlingenbegeleiding.handbook.schema.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search index the browser reads ({@code assets/zoekindex.js}): per page its address, title,
 * kind and text, the text cut into the sections under its h2 and h3 headings so that a result
 * can name the heading it was found under and link to it. A script rather than JSON, because a
 * page opened from disk may load a script but not fetch a file.
 *
 * <p>Sections are short arrays rather than objects: the index is loaded by every page on which a
 * reader starts typing, and the field names would otherwise be repeated thousands of times.
 */
final class SearchIndex {
    private static final String KIND = "zoeken.soort.";

    private SearchIndex() {
    }

    /**
     * One page's entry: {@code u} address, {@code t} title, {@code c} kind, {@code k} headings
     * that start no section, {@code d} sections as {@code [id, heading, text]}.
     */
    static Map<String, Object> entry(Site.Page page, PageHtml body) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("u", page.path());
        doc.put("t", page.title());
        doc.put("c", page.kind().code());
        if (!body.headings().isBlank()) doc.put("k", body.headings());
        List<List<String>> sections = new ArrayList<>();
        for (PageHtml.Section s : body.sections()) sections.add(List.of(s.id(), s.heading(), s.text()));
        doc.put("d", sections);
        return doc;
    }

    /** The whole index as a script, with the reader's name of each kind of page found in it. */
    static byte[] script(List<Map<String, Object>> pages, Labels l) {
        Map<String, String> kinds = new TreeMap<>();
        for (Map<String, Object> p : pages) {
            String kind = (String) p.get("c");
            kinds.put(kind, l.get(l.has(KIND + kind) ? KIND + kind : KIND + "pagina"));
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("soorten", kinds);
        index.put("pages", pages);
        return ("window.HANDBOEK_ZOEKINDEX = " + Json.write(index).strip() + ";\n").getBytes(StandardCharsets.UTF_8);
    }
}
