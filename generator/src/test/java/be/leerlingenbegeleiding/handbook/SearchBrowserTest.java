package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Searching from the header of any page, as a reader does: results appear under the box while
 * typing, tell apart pages of the same title, lead to the section the words are in, and work
 * with the keyboard alone, over HTTP and opened from disk. Chromium offline, as in SiteBrowserTest.
 */
@Tag("browser")
class SearchBrowserTest {
    private static final String PREFIX = "/handboek/de-kiem/";
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path profile;

    private static Path site;
    private static HttpServer server;
    private static ExecutorService threads;
    private static ChromeDriver driver;
    private static String base;
    private static String skipReason;
    private static final List<String> missing = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        skipReason = Chromium.missing("SearchBrowserTest");
        if (skipReason != null) return;
        site = ExampleSite.site();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", SearchBrowserTest::serve);
        threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
        driver = Chromium.start(profile);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.stop(0);
        if (threads != null) threads.shutdownNow();
    }

    @BeforeEach
    void desktopAndNoLeftovers() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
        driver.manage().window().setSize(new Dimension(1280, 900));
        missing.clear();
        jsErrors();
    }

    /** A plain static host below a folder, with strict content types. */
    private static void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Path file = path.startsWith(PREFIX) ? site.resolve(path.substring(PREFIX.length())).normalize() : null;
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
                missing.add(path);
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            ex.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".svg") ? "image/svg+xml" : "text/html; charset=utf-8");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            byte[] body = Files.readAllBytes(file);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    private static List<String> jsErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(e.getMessage());
        }
        return errors;
    }

    private static String fileUrl(String page) {
        Path file = site.resolve(page);
        if (!Files.isRegularFile(file)) fail("the site has no " + page);
        return file.toUri().toString();
    }

    private static WebElement box() {
        return driver.findElement(By.id("zoekveld"));
    }

    /** Types into the header's box and waits until the list of results shows; returns its options. */
    private static List<Map<String, String>> type(String query) {
        box().click();
        box().sendKeys(query);
        waiting().withMessage(() -> "no results appeared under the search box for \"" + query + "\" on "
                        + driver.getCurrentUrl() + "; the status says: " + driver.executeScript(
                        "var s = document.querySelector('.zoekvak-status'); return s ? s.textContent : '(no status)'"))
                .until(d -> d.findElements(By.cssSelector("#zoekvak-lijst [role=option]")).size() > 1
                        && d.findElement(By.id("zoekvak-lijst")).isDisplayed());
        return options();
    }

    /** Each option of the list: its visible parts and where it leads. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> options() {
        return (List<Map<String, String>>) driver.executeScript("return Array.from(document.querySelectorAll("
                + "'#zoekvak-lijst [role=option]')).map(o => ({id: o.id, text: o.textContent,"
                + " titel: (o.querySelector('.zoekvak-titel') || {}).textContent || '',"
                + " waar: (o.querySelector('.zoekvak-waar') || {}).textContent || '',"
                + " soort: (o.querySelector('.zoekvak-soort') || {}).textContent || '',"
                + " adres: o.getAttribute('data-adres'), gekozen: o.getAttribute('aria-selected')}))");
    }

    @SuppressWarnings("deprecation")
    private static List<String> axe(String what) {
        List<String> problems = new ArrayList<>();
        Results r = new AxeBuilder().withTags(AXE_TAGS).setLegacyMode(true).analyze(driver);
        if (r.isErrored()) problems.add(what + ": axe did not run: " + r.getErrorMessage());
        for (Rule rule : r.getViolations()) {
            for (CheckedNode n : rule.getNodes()) {
                problems.add(what + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + n.getTarget() + ": " + rule.getHelp());
            }
        }
        return problems;
    }

    // ---- as you type ----------------------------------------------------------------------

    @Test
    void typingPestenInTheHeaderShowsResultsWithoutLeavingThePage() {
        driver.get(base + "rollen/index.html");
        String before = driver.getCurrentUrl();
        List<Map<String, String>> options = type("pesten");
        assertEquals(before, driver.getCurrentUrl(), "typing left the page");
        assertEquals("true", box().getDomAttribute("aria-expanded"));
        assertEquals("combobox", box().getDomAttribute("role"));
        assertTrue(options.stream().anyMatch(o -> o.get("titel").contains("Leerlingenbegeleider")), options.toString());
        // A screen reader hears how many there are.
        String status = driver.findElement(By.cssSelector(".zoekvak-status")).getDomProperty("textContent");
        assertTrue(status.matches("\\d+ resultat.*"), "the live region says: " + status);
        assertEquals(List.of(), missing, "files the search asked for that are not there");
        assertEquals(List.of(), jsErrors());
    }

    @Test
    void theFirstTwoResultsForPestenAreTellApartByTheirKind() {
        driver.get(base + "index.html");
        List<Map<String, String>> options = type("pesten");
        Map<String, String> first = options.get(0);
        Map<String, String> second = options.get(1);
        assertNotEquals(first.get("titel") + " · " + first.get("waar"), second.get("titel") + " · " + second.get("waar"),
                "the first two results look the same");
        if (first.get("titel").equals(second.get("titel"))) {
            assertNotEquals(first.get("soort"), second.get("soort"), "two pages of the same title without a different kind");
        }
        for (Map<String, String> o : options.subList(0, options.size() - 1)) {
            assertFalse(o.get("soort").isBlank(), "a result without its kind of page: " + o);
        }
    }

    @Test
    void aResultLeadsToASectionThatExistsOnItsPage() {
        driver.get(base + "index.html");
        List<Map<String, String>> options = type("herstelgesprekken");
        List<String> sections = options.stream().map(o -> o.get("adres")).filter(a -> a.contains("#")).toList();
        assertFalse(sections.isEmpty(), "no result links to a section: " + options);
        for (String address : sections) {
            String id = address.substring(address.indexOf('#') + 1);
            driver.get(base + address.replaceFirst("#.*", ""));
            assertEquals(Boolean.TRUE, driver.executeScript(
                    "var e = document.getElementById(arguments[0]); return !!e && /^H[23]$/.test(e.tagName)"
                            + " && !!e.closest('main');", id), address + ": no section heading with that id");
        }
    }

    @Test
    void theKeyboardMovesThroughTheResultsOpensOneAndEscapeCloses() throws Exception {
        driver.get(base + "visie.html");
        List<Map<String, String>> options = type("pesten");
        box().sendKeys(Keys.ARROW_DOWN);
        assertEquals(options.get(0).get("id"), box().getDomAttribute("aria-activedescendant"));
        box().sendKeys(Keys.ARROW_DOWN);
        assertEquals(options.get(1).get("id"), box().getDomAttribute("aria-activedescendant"));
        assertEquals("true", options().get(1).get("gekozen"));
        box().sendKeys(Keys.ARROW_UP);
        assertEquals(options.get(0).get("id"), box().getDomAttribute("aria-activedescendant"));

        box().sendKeys(Keys.ESCAPE);
        assertFalse(driver.findElement(By.id("zoekvak-lijst")).isDisplayed(), "Escape did not close the list");
        assertEquals("false", box().getDomAttribute("aria-expanded"));
        assertEquals(box(), driver.switchTo().activeElement(), "Escape took the focus from the box");
        assertTrue(driver.getCurrentUrl().endsWith("visie.html"));

        box().sendKeys(Keys.ARROW_DOWN);
        box().sendKeys(Keys.ARROW_DOWN);
        String chosen = options().get(1).get("adres");
        box().sendKeys(Keys.ENTER);
        String expected = new java.net.URI(base + "visie.html").resolve(chosen).toString();
        waiting().withMessage(() -> "Enter did not open " + expected + "; at " + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().equals(expected));
        assertEquals(List.of(), jsErrors());
    }

    /** The list follows the typing: the start of a word finds it, a typo too, and nothing found says so. */
    @Test
    void theListFollowsTheTypingFromTheStartOfAWordOverATypoToNothingFound() {
        driver.get(base + "index.html");
        List<Map<String, String>> options = type("graadcoo");
        assertTrue(options.stream().anyMatch(o -> o.get("titel").equals("Graadcoördinator")), options.toString());

        // A typo finds the word, and the result still leads to the section it is in.
        box().sendKeys(Keys.chord(Keys.CONTROL, "a"), "herstelgesprkken");
        waiting().withMessage(() -> "a typo found no section: " + options()).until(d -> options().stream()
                .anyMatch(o -> o.get("adres").contains("#") && o.get("text").contains("herstelgesprekken")));

        box().sendKeys(Keys.chord(Keys.CONTROL, "a"), "qwxzv");
        waiting().withMessage("the list did not say that nothing was found").until(d -> options().size() == 1
                && options().get(0).get("text").startsWith("Niets gevonden"));
        String status = driver.findElement(By.cssSelector(".zoekvak-status")).getDomProperty("textContent");
        assertTrue(status.startsWith("Niets gevonden"), status);
        assertEquals(List.of(), jsErrors());
    }

    @Test
    void enterWithoutAChosenResultOpensTheResultsPage() {
        driver.get(base + "rollen/directeur.html");
        type("pesten");
        box().sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("zoeken.html?q=pesten"));
        List<WebElement> links = driver.findElements(By.cssSelector("#zoekresultaten li > a"));
        waiting().until(d -> !d.findElements(By.cssSelector("#zoekresultaten li > a")).isEmpty());
        links = driver.findElements(By.cssSelector("#zoekresultaten li > a"));
        assertTrue(links.stream().anyMatch(a -> a.getDomAttribute("href").contains("#")),
                "no result on the results page links to a section");
        @SuppressWarnings("unchecked")
        List<String> where = (List<String>) driver.executeScript("return Array.from(document.querySelectorAll("
                + "'#zoekresultaten li')).slice(0, 2).map(li => li.textContent.split('…')[0])");
        assertNotEquals(where.get(0), where.get(1), "the first two results on the results page look the same");
    }

    @Test
    void theSearchBoxWorksOpenedFromDisk() {
        driver.get(fileUrl("rollen/directeur.html"));
        List<Map<String, String>> options = type("zorgcoordinator");
        assertTrue(options.stream().anyMatch(o -> o.get("titel").toLowerCase().contains("zorgcoördinator")
                || o.get("text").toLowerCase().contains("zorgcoördinator")), options.toString());
        box().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waiting().until(d -> !d.getCurrentUrl().endsWith("rollen/directeur.html"));
        assertTrue(driver.getCurrentUrl().startsWith("file:"), driver.getCurrentUrl());
        assertFalse(driver.findElements(By.cssSelector("main h1")).isEmpty(), "the result did not open a page");
        assertEquals(List.of(), jsErrors());
    }

    @Test
    void withTheListOpenThePageHasNoAccessibilityProblemsIncludingBestPractice() {
        List<String> problems = new ArrayList<>();
        for (String page : List.of("rollen/leerlingenbegeleider-tweede-derde-graad.html", "zoeken.html?q=pesten")) {
            driver.get(base + page);
            type("pesten");
            box().sendKeys(Keys.ARROW_DOWN);
            problems.addAll(axe(page + " (list open)"));
        }
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base + "index.html");
        type("pesten");
        problems.addAll(axe("index.html at 390 px (list open)"));
        // The colours of the list and the chosen result in the dark scheme too.
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            driver.get(base + "visie.html");
            type("pesten");
            box().sendKeys(Keys.ARROW_DOWN);
            problems.addAll(axe("visie.html, dark (list open)"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    // ---- section links --------------------------------------------------------------------

    @Test
    void aSectionHeadingHasALinkToItselfThatShowsOnFocus() {
        driver.get(base + "rollen/leerlingenbegeleider-tweede-derde-graad.html");
        WebElement link = driver.findElement(By.cssSelector("main h2#taken a.anker"));
        assertEquals("#taken", link.getDomAttribute("href"));
        assertEquals("Link naar deze sectie: Taken", link.getDomAttribute("aria-label"));
        // Where a mouse can point, the link waits to be pointed at; on a touch screen it always shows.
        boolean touch = Boolean.TRUE.equals(driver.executeScript("return matchMedia('(hover: none)').matches"));
        assertEquals(touch ? "1" : "0", link.getCssValue("opacity"), "hover: none is " + touch);
        driver.executeScript("arguments[0].focus()", link);
        assertEquals("1", link.getCssValue("opacity"), "the link does not show when it has the focus");
        link.sendKeys(Keys.ENTER); // a keyboard user, who has it focused; a click can meet a page still scrolling
        waiting().until(d -> d.getCurrentUrl().endsWith("#taken"));
    }
}
