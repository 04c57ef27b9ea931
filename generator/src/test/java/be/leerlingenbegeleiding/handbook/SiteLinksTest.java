package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site hangs together: every internal link reaches a file and an anchor that exist,
 * every link is relative (so the folder works under any path and from disk), the sitemap is
 * complete, each page has the landmarks the layout promises, and the build is reproducible.
 */
class SiteLinksTest {
    /** Elements and attributes that point at another file or anchor. */
    private static final Map<String, List<String>> LINKING = Map.of(
            "a", List.of("href"),
            "area", List.of("href"),
            "link", List.of("href"),
            "script", List.of("src"),
            "img", List.of("src"),
            "source", List.of("src"),
            "use", List.of("href", "xlink:href"),
            // The search form's action is a link too: a wrong one breaks search on every page.
            "form", List.of("action"));

    private static final Pattern EXTERNAL = Pattern.compile("^(?i)(https?|mailto|tel):.*");
    private static final Pattern TEL = Pattern.compile("^tel:\\+?[0-9][0-9 ./()-]*$");
    private static final Pattern MAILTO = Pattern.compile("^mailto:[^@\\s]+@[^@\\s]+\\.[^@\\s?]+(\\?.*)?$");

    @TempDir
    Path tmp;

    private final Path site = ExampleSite.site();
    private final Map<Path, Document> parsed = new HashMap<>();

    private Document page(Path file) {
        return parsed.computeIfAbsent(file, f -> {
            try {
                // SVG files are XML; their ids are found the same way once parsed as XML.
                return f.getFileName().toString().endsWith(".svg")
                        ? Jsoup.parse(Files.readString(f), "", Parser.xmlParser())
                        : Jsoup.parse(f.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private String rel(Path file) {
        return ExampleSite.relative(site, file);
    }

    @Test
    void everyInternalLinkReachesAnExistingFileAndAnchor() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : ExampleSite.htmlFiles(site)) {
            for (Element el : page(file).getAllElements()) {
                List<String> attrs = LINKING.get(el.normalName());
                if (attrs == null) continue;
                for (String attr : attrs) {
                    if (!el.hasAttr(attr)) continue;
                    checked++;
                    String problem = checkLink(file, el.attr(attr));
                    if (problem != null) problems.add(rel(file) + ": <" + el.normalName() + " " + attr + "=\""
                            + el.attr(attr) + "\">: " + problem);
                }
            }
        }
        assertTrue(checked > 0, "no links found at all");
        assertTrue(problems.isEmpty(), problems.size() + " broken links:\n" + String.join("\n", problems));
    }

    /** Why a link from {@code from} is wrong, or null when it is fine. */
    private String checkLink(Path from, String link) {
        if (link.isBlank()) return "empty link";
        if (!link.equals(link.strip())) return "spaces around the link";
        if (link.startsWith("//")) return "protocol-relative link: name the scheme, or link relatively";
        if (link.startsWith("/")) return "absolute path: breaks when the site is not at the host's root or opened from disk";
        if (EXTERNAL.matcher(link).matches()) return checkExternal(link);
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return "not a valid URL: " + e.getMessage();
        }
        if (uri.getScheme() != null) return "scheme " + uri.getScheme() + ": is not allowed (only relative, http(s), mailto and tel links)";

        String path = uri.getRawPath();
        Path target = from;
        if (path != null && !path.isEmpty()) {
            if (path.endsWith("/")) return "points at a folder: name the file (…/index.html) so it works from disk";
            target = from.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (!target.startsWith(site)) return "leaves the site folder";
            if (!Files.isRegularFile(target)) return "no such file: " + rel(target);
        }
        String fragment = uri.getRawFragment();
        if (fragment == null) return null;
        if (fragment.isEmpty()) return "empty #fragment";
        String name = target.getFileName().toString();
        if (!name.endsWith(".html") && !name.endsWith(".svg")) return "#fragment into a file that is not HTML or SVG";
        String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        if (page(target).getElementById(id) == null) return "no id=\"" + id + "\" in " + rel(target);
        return null;
    }

    /** External links are not followed (there is no network), only checked for form. */
    private static String checkExternal(String link) {
        String lower = link.toLowerCase();
        if (lower.startsWith("tel:")) return TEL.matcher(link).matches() ? null : "malformed tel: link";
        if (lower.startsWith("mailto:")) return MAILTO.matcher(link).matches() ? null : "malformed mailto: link";
        try {
            URI uri = new URI(link);
            if (uri.getHost() == null || !uri.getHost().contains(".")) return "external link without a proper host";
            return null;
        } catch (URISyntaxException e) {
            return "malformed external link: " + e.getMessage();
        }
    }

    @Test
    void theSitemapListsEveryPageExceptThePageNotFound() throws IOException {
        Path sitemap = site.resolve("sitemap.xml");
        assertTrue(Files.isRegularFile(sitemap), "no sitemap.xml");
        Document xml = Jsoup.parse(Files.readString(sitemap), "", Parser.xmlParser());
        Element urlset = xml.selectFirst("urlset");
        assertTrue(urlset != null, "sitemap.xml has no <urlset>");
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.attr("xmlns"), "sitemap namespace");
        List<String> locs = xml.select("url > loc").eachText();
        assertFalse(locs.isEmpty(), "sitemap.xml lists no <url><loc>");

        // The sitemap may use absolute URLs (as the protocol asks) under a configured address,
        // or relative ones; either way the part after the common folder is the page's path.
        String base = commonFolder(locs);
        List<String> listed = new ArrayList<>();
        for (String loc : locs) {
            String path = URLDecoder.decode(loc.substring(base.length()), StandardCharsets.UTF_8);
            if (path.isEmpty() || path.endsWith("/")) path += "index.html";
            listed.add(path);
        }
        Set<String> expected = new TreeSet<>();
        for (Path p : ExampleSite.htmlFiles(site)) expected.add(rel(p));
        expected.remove("404.html");
        // The compliance report is internal by default: reachable, but not announced.
        expected.remove("naleving.html");
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "a page is listed twice: " + listed);
        assertEquals(String.join("\n", expected), String.join("\n", new TreeSet<>(listed)),
                "sitemap.xml (after \"" + base + "\") against the site's pages");
    }

    private static String commonFolder(List<String> locs) {
        String prefix = locs.get(0);
        for (String l : locs) {
            int i = 0;
            while (i < prefix.length() && i < l.length() && prefix.charAt(i) == l.charAt(i)) i++;
            prefix = prefix.substring(0, i);
        }
        return prefix.substring(0, prefix.lastIndexOf('/') + 1);
    }

    @Test
    void everyPageHasLanguageTitleOneHeadingSkipLinkAndMainContent() {
        List<String> problems = new ArrayList<>();
        for (Path file : ExampleSite.htmlFiles(site)) {
            Document d = page(file);
            String at = rel(file) + ": ";
            if (d.selectFirst("html").attr("lang").isBlank()) problems.add(at + "<html> has no lang");
            if (d.title().isBlank()) problems.add(at + "no <title>");
            int h1 = d.select("h1").size();
            if (h1 != 1) problems.add(at + h1 + " <h1> elements (want exactly 1)");
            // The skip link is only useful as the first thing a keyboard reaches.
            Element first = d.body().selectFirst("a[href], button, input, select, textarea, [tabindex]:not([tabindex=-1])");
            if (d.selectFirst("a[href=#inhoud]") == null) problems.add(at + "no skip link to #inhoud");
            else if (first == null || !"#inhoud".equals(first.attr("href"))) {
                problems.add(at + "the skip link to #inhoud is not the first focusable element");
            }
            if (d.select("main#inhoud").size() != 1) problems.add(at + "no single <main id=\"inhoud\">");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void buildingTwiceGivesByteIdenticalSites() throws IOException {
        Path again = ExampleSite.build(tmp.resolve("site-output"));
        Map<String, byte[]> a = Fixtures.snapshot(site);
        Map<String, byte[]> b = Fixtures.snapshot(again);
        assertEquals(String.join("\n", a.keySet()), String.join("\n", b.keySet()), "the two builds hold different files");
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k + " differs between two builds");
    }
}
