package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example site's search index and section links, read as files: every result the search can
 * give leads to a heading that is there, pages of the same title can be told apart, every section
 * heading has a link to itself, and the index stays about as large as the text it holds.
 */
class SearchIndexTest {
    private static Path site;
    private static JsonNode index;

    @BeforeAll
    static void readIndex() throws IOException {
        site = ExampleSite.site();
        String script = Files.readString(site.resolve("assets/zoekindex.js"), StandardCharsets.UTF_8);
        String json = script.substring(script.indexOf('=') + 1).strip();
        index = new ObjectMapper().readTree(json.substring(0, json.length() - 1));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** A heading's words without its link: the element its aria-labelledby names, or its text. */
    private static String named(Document d, Element h) {
        Element words = h.hasAttr("aria-labelledby") ? d.getElementById(h.attr("aria-labelledby")) : null;
        return words != null ? words.text() : h.text();
    }

    @Test
    void everySectionOfTheIndexIsAHeadingOnItsPageWithThatText() throws IOException {
        List<String> problems = new ArrayList<>();
        int sections = 0;
        for (JsonNode p : index.get("pages")) {
            Document d = page(p.get("u").asText());
            for (JsonNode s : p.get("d")) {
                String id = s.get(0).asText();
                if (id.isEmpty()) continue;
                sections++;
                Element h = d.getElementById(id);
                if (h == null || !h.nameIs("h2") && !h.nameIs("h3") || h.closest("main") == null) {
                    problems.add(p.get("u").asText() + "#" + id + ": no h2 or h3 with this id in main");
                } else if (!named(d, h).equals(s.get(1).asText())) {
                    problems.add(p.get("u").asText() + "#" + id + ": the heading reads \"" + h.text() + "\", the index \""
                            + s.get(1).asText() + "\"");
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertTrue(sections > 100, "only " + sections + " sections in the index");
    }

    /** The issue's example: the role and the function description of the same name. */
    @Test
    void pagesOfTheSameTitleHaveDifferentKinds() {
        JsonNode kinds = index.get("soorten");
        Map<String, List<String>> byTitle = new HashMap<>();
        for (JsonNode p : index.get("pages")) {
            String kind = kinds.path(p.get("c").asText()).asText("");
            assertFalse(kind.isBlank(), p.get("u").asText() + " has no name for its kind " + p.get("c"));
            byTitle.computeIfAbsent(p.get("t").asText(), t -> new ArrayList<>()).add(kind);
        }
        List<String> same = byTitle.get("Leerlingenbegeleider tweede en derde graad");
        assertEquals(List.of("Rol", "Functiebeschrijving"), same);
        byTitle.forEach((title, k) -> assertEquals(k.size(), k.stream().distinct().count(),
                "pages titled \"" + title + "\" share a kind: " + k));
    }

    @Test
    void everySectionHeadingLinksToItselfAndKeepsItsName() throws IOException {
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Path file : ExampleSite.htmlFiles(site)) {
            String path = ExampleSite.relative(site, file);
            if (path.equals("404.html")) continue;
            Document d = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element h : d.select("main .inhoud h2, main .inhoud h3")) {
                if (h.closest("figure, svg, .kaart") != null || h.selectFirst("a[href]:not(.anker)") != null) continue;
                Element a = h.selectFirst("a.anker");
                if (a == null) {
                    problems.add(path + ": \"" + h.text() + "\" has no link to itself");
                    continue;
                }
                links++;
                Element words = d.getElementById(h.attr("aria-labelledby"));
                String name = words == null ? "" : words.text();
                if (!a.attr("href").equals("#" + h.id())) problems.add(path + ": " + a.attr("href") + " is not #" + h.id());
                if (!a.attr("aria-label").equals("Link naar deze sectie: " + name)) {
                    problems.add(path + ": the link beside \"" + name + "\" is called \"" + a.attr("aria-label") + "\"");
                }
                if (name.isBlank() || name.contains("#") || !h.text().equals(name + " #")) {
                    problems.add(path + ": the heading \"" + h.text() + "\" is named \"" + name + "\"");
                }
            }
            for (Element labelled : d.select("section[aria-labelledby]")) {
                Element label = d.getElementById(labelled.attr("aria-labelledby"));
                if (label == null || label.selectFirst(".anker") != null) {
                    problems.add(path + ": a section is named by " + labelled.attr("aria-labelledby") + ", which holds the link");
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertTrue(links > 200, "only " + links + " section links on the whole site");
    }

    /**
     * Every page loads the index once a reader starts typing: cutting it into sections may cost
     * the ids and headings, not a second copy of the text. Measured for de-kiem: 157,755 bytes
     * before (one text per page), 161,600 after.
     */
    @Test
    void theIndexIsAboutAsLargeAsTheTextItHolds() throws IOException {
        long text = 0;
        for (JsonNode p : index.get("pages")) {
            text += p.get("t").asText().getBytes(StandardCharsets.UTF_8).length;
            for (JsonNode s : p.get("d")) {
                text += s.get(1).asText().getBytes(StandardCharsets.UTF_8).length + s.get(2).asText().getBytes(StandardCharsets.UTF_8).length;
            }
            if (p.has("k")) text += p.get("k").asText().getBytes(StandardCharsets.UTF_8).length;
        }
        long size = Files.size(site.resolve("assets/zoekindex.js"));
        assertTrue(size < text * 1.15, "the index is " + size + " bytes for " + text + " bytes of text");
    }
}
