package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site in a real browser: Debian's Chromium driven by Selenium, with axe-core for
 * accessibility, the search, the phone menu and the site opened straight from disk. Everything
 * runs offline: the driver is the system's (no Selenium Manager download) and the site is served
 * from 127.0.0.1, under a sub-path, so links that assume the host's root show up as failures.
 */
@Tag("browser")
class SiteBrowserTest {
    /** The site is served below a folder, as on a real school web host. */
    private static final String PREFIX = "/handboek/de-kiem/";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path STEMMER_CASES = Fixtures.resources().resolve("zoeken/stemmer-gevallen.tsv");

    @TempDir
    static Path profile;

    private static Path site;
    private static HttpServer server;
    private static ExecutorService serverThreads;
    private static ChromeDriver driver;
    private static String base;
    /** Why the browser tests cannot run here, or null. */
    private static String skipReason;
    /** Requests the server could not answer, other than the 404 test's own: broken assets. */
    private static final List<String> missing = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        skipReason = Chromium.missing("SiteBrowserTest");
        if (skipReason != null) return;
        site = ExampleSite.site();
        startServer();

        driver = Chromium.start(profile);
    }

    @AfterAll
    static void stopBrowserAndServer() {
        if (driver != null) driver.quit();
        if (server != null) server.stop(0);
        if (serverThreads != null) serverThreads.shutdownNow();
    }

    @BeforeEach
    void desktopWindowLightSchemeNoLeftovers() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
        driver.manage().window().setSize(new Dimension(1280, 900));
        colourScheme("light");
        missing.clear();
        jsErrors(); // reading the log empties it
    }

    // ---- the server -----------------------------------------------------------------------

    private static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", SiteBrowserTest::serve);
        // A few threads: the browser fetches a page's styles and scripts in parallel.
        serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    /** A static file server like a plain web host's: files by path, 404.html for the rest. */
    private static void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            String path = ex.getRequestURI().getPath();
            Path file = null;
            if (path.startsWith(PREFIX)) {
                file = site.resolve(path.substring(PREFIX.length())).normalize();
                if (Files.isDirectory(file)) file = file.resolve("index.html");
                if (!file.startsWith(site) || !Files.isRegularFile(file)) file = null;
            }
            int status = 200;
            if (file == null) {
                if (!path.contains("bestaat-niet")) missing.add(path);
                status = 404;
                file = site.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file)
                    : "404 and no 404.html".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
            // A strict host: a script or style with the wrong type is refused instead of guessed.
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("HEAD")) {
                ex.sendResponseHeaders(status, -1);
                return;
            }
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "xml" -> "application/xml";
            case "json" -> "application/json";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "webp" -> "image/webp";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    // ---- helpers --------------------------------------------------------------------------

    /** Loads a page of the site; a page the build did not write fails here, with its name. */
    private static void open(String relative) {
        String file = relative.replaceFirst("[?#].*", "");
        if (!Files.isRegularFile(site.resolve(file))) fail("the site has no " + file);
        driver.get(base + relative);
    }

    /** The file: URL of a page of the site, as a reader double-clicking it would open it. */
    private static String fileUrl(String page) {
        Path file = site.resolve(page);
        if (!Files.isRegularFile(file)) fail("the site has no " + page);
        return file.toUri().toString();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Emulates the reader's colour preference; it holds for the tab across navigations. */
    private static void colourScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Uncaught script errors and console errors since the last call. */
    private static List<String> jsErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(e.getMessage());
        }
        return errors;
    }

    /**
     * Runs axe on the current page and adds its violations, one line per element, to problems.
     * Legacy mode runs axe.run() in the page itself; the default mode also opens a blank window
     * per page to merge the results of frames, which the site does not have, and costs about
     * half as much time again (measured: 0.58 against 0.87 s a page). The switch is deprecated;
     * should a later axe drop it, remove the call and accept the slower default.
     */
    @SuppressWarnings("deprecation")
    private static void axe(String page, List<String> problems) {
        Results r = new AxeBuilder().withTags(WCAG).setLegacyMode(true).analyze(driver);
        if (r.isErrored()) problems.add(page + ": axe did not run: " + r.getErrorMessage());
        for (Rule rule : r.getViolations()) {
            for (CheckedNode n : rule.getNodes()) {
                problems.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + n.getTarget()
                        + ": " + rule.getHelp());
            }
        }
    }

    /** The titles of the search results once they are shown. */
    @SuppressWarnings("unchecked")
    private static List<String> resultTitles() {
        waiting().withMessage(() -> "no #zoekresultaten li appeared on " + driver.getCurrentUrl()
                        + "; #zoekstatus says: " + statusText())
                .until(d -> !d.findElements(By.cssSelector("#zoekresultaten li")).isEmpty());
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('#zoekresultaten li'))"
                + ".map(li => (li.querySelector('h2, h3, a') || li).textContent.trim());");
    }

    private static String statusText() {
        List<WebElement> s = driver.findElements(By.id("zoekstatus"));
        return s.isEmpty() ? "(no #zoekstatus)" : s.get(0).getText();
    }

    /** Types a query into the header's search field on the home page and submits it, as a reader would. */
    private static void searchFromHomePage(String query) {
        open("index.html");
        driver.findElement(By.id("zoekveld")).sendKeys(query, Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("zoeken.html"));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static void assertSomeTitleContains(String expected, List<String> titles) {
        assertTrue(titles.stream().anyMatch(t -> fold(t).contains(fold(expected))),
                "no result title contains \"" + expected + "\": " + titles);
    }

    // ---- accessibility --------------------------------------------------------------------

    @Test
    void everyPageHasNoWcagViolationsScriptErrorsOrMissingFilesInLightMode() {
        List<String> problems = new ArrayList<>();
        List<Path> pages = ExampleSite.htmlFiles(site);
        for (Path file : pages) {
            String page = ExampleSite.relative(site, file);
            open(page);
            axe(page, problems);
            for (String e : jsErrors()) {
                // 404.html takes its files from the example's publication address, which is not
                // this server and is never reached; PageNotFoundBrowserTest serves it at its own.
                if (page.equals("404.html") && e.startsWith("https://www.dekiem.be/")) continue;
                problems.add(page + ": script or console error: " + e);
            }
        }
        for (String m : missing) problems.add("a page asked the server for a missing file: " + m);
        assertTrue(problems.isEmpty(), problems.size() + " problems on " + pages.size() + " pages:\n"
                + String.join("\n", problems));
    }

    @Test
    void keyPagesHaveNoWcagViolationsInDarkMode() {
        colourScheme("dark");
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.html", "rollen/index.html", "zoeken.html?q=begeleider")) {
            open(page);
            assertEquals(Boolean.TRUE, driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"),
                    "the dark colour scheme is not emulated on " + page);
            if (page.startsWith("zoeken.html")) {
                try {
                    resultTitles(); // check the page as a reader sees it: with its results
                } catch (RuntimeException e) {
                    problems.add(page + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            axe(page + " (dark)", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---- search ---------------------------------------------------------------------------

    @Test
    void searchingFromTheHeaderFindsTheGuidanceCounsellors() {
        searchFromHomePage("begeleiders");
        assertSomeTitleContains("begeleider", resultTitles());
        assertEquals(List.of(), jsErrors());
    }

    /** Readers type without diacritics: "graadcoordinator" finds the role "Graadcoördinator". */
    @Test
    void searchingWithoutTheDiaeresisFindsTheWordWithIt() {
        searchFromHomePage("graadcoordinator");
        assertSomeTitleContains("graadcoördinator", resultTitles());
        assertEquals(List.of(), jsErrors());
    }

    /** "zorgcoordinator" finds the glossary's "Zorgcoördinator", highlighted in the snippet. */
    @Test
    void searchingZorgcoordinatorHighlightsZorgcoordinatorWithDiaeresis() {
        searchFromHomePage("zorgcoordinator");
        resultTitles();
        @SuppressWarnings("unchecked")
        List<String> marked = (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#zoekresultaten mark')).map(m => m.textContent);");
        assertTrue(marked.stream().anyMatch(m -> m.equalsIgnoreCase("zorgcoördinator")), marked.toString());
        assertEquals(List.of(), jsErrors());
    }

    /** lunr reads "a:b*" as a search in a field "a" and throws; the page must catch that. */
    @Test
    void aQueryInLunrSyntaxGivesAMessageNotAScriptError() {
        searchFromHomePage("a:b*");
        // Settled: some message other than the "loading" one, which shows before the query runs.
        waiting().withMessage(() -> "#zoekstatus did not settle after the query a:b*: \"" + statusText() + "\"")
                .until(d -> {
                    List<WebElement> s = d.findElements(By.id("zoekstatus"));
                    if (s.isEmpty()) return false;
                    String text = s.get(0).getText().strip();
                    return !text.isEmpty() && !text.equals(s.get(0).getDomAttribute("data-laden"));
                });
        assertEquals(List.of(), jsErrors(), "script errors after the query a:b*");
    }

    @Test
    void theDutchStemmerGivesTheExpectedStems() throws IOException {
        if (!Files.isRegularFile(STEMMER_CASES)) {
            String why = "no " + STEMMER_CASES + " yet: the stemmer cases are not checked";
            System.err.println("*** SKIPPED: " + why);
            Assumptions.assumeTrue(false, why);
        }
        List<String> words = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(STEMMER_CASES, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length != 2) {
                malformed.add("line " + n + ": want word<TAB>stem: " + line);
                continue;
            }
            words.add(cols[0]);
            expected.add(cols[1]);
        }
        assertEquals(List.of(), malformed, STEMMER_CASES.toString());
        assertFalse(words.isEmpty(), STEMMER_CASES + " holds no cases");

        open("zoeken.html");
        // One round trip for all words instead of one per word.
        @SuppressWarnings("unchecked")
        List<Object> stems = (List<Object>) driver.executeScript(
                "return arguments[0].map(w => HandboekZoeken.stam(w));", words);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!expected.get(i).equals(stems.get(i))) {
                mismatches.add(words.get(i) + ": expected " + expected.get(i) + ", got " + stems.get(i));
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + words.size() + " stems differ:\n"
                + String.join("\n", mismatches));
    }

    // ---- the phone menu -------------------------------------------------------------------

    @Test
    void onAPhoneTheMenuButtonOpensTheMenuAndEscapeClosesIt() {
        driver.manage().window().setSize(new Dimension(375, 800));
        open("index.html");
        WebElement menu = driver.findElement(By.id("menu"));
        WebElement button = driver.findElement(By.id("menuknop"));
        assertFalse(menu.isDisplayed(), "#menu is shown on a phone before the button is pressed");
        assertTrue(button.isDisplayed(), "#menuknop is not shown on a phone");

        button.click();
        assertTrue(menu.isDisplayed(), "#menu did not open");
        assertEquals("true", button.getDomAttribute("aria-expanded"));

        // The open menu is longer than a phone's screen: a reader scrolls to the link first (at once:
        // the site scrolls smoothly). Without
        // that, a link whose top edge just touches the bottom counts as visible and is clicked off screen.
        WebElement roles = driver.findElement(By.cssSelector("#menu a[href$=\"rollen/index.html\"]"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", roles);
        roles.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("rollen/index.html"));
        assertTrue(driver.findElement(By.tagName("h1")).isDisplayed(), "the roles page's h1 is not shown");

        WebElement button2 = driver.findElement(By.id("menuknop"));
        WebElement menu2 = driver.findElement(By.id("menu"));
        button2.click();
        assertTrue(menu2.isDisplayed(), "#menu did not open on rollen/index.html");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(menu2.isDisplayed(), "Escape did not close the menu");
        assertEquals("false", button2.getDomAttribute("aria-expanded"));
        assertEquals(List.of(), jsErrors());
    }

    // ---- opened from disk -----------------------------------------------------------------

    @Test
    void theSiteWorksOpenedFromDisk() {
        driver.get(fileUrl("index.html"));
        assertTrue(driver.findElement(By.tagName("h1")).isDisplayed());
        assertEquals(Boolean.TRUE, driver.executeScript("return Array.from(document.querySelectorAll("
                + "'link[rel=stylesheet]')).every(l => l.sheet !== null)"), "a stylesheet did not load from disk");

        driver.get(fileUrl("zoeken.html") + "?q=begeleider");
        assertSomeTitleContains("begeleider", resultTitles());
        assertEquals(List.of(), jsErrors());
    }

    @Test
    void anUnknownAddressGetsThePageNotFound() {
        driver.get(base + "bestaat-niet.html");
        assertFalse(driver.findElements(By.cssSelector("main#inhoud h1")).isEmpty(), "404.html has no main#inhoud h1");
    }
}
