package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of every example handbook (and the build's overview) at the widths readers use: a
 * small and a common phone, a tablet, a laptop and a wide screen. Nothing may make the page wider
 * than the screen, nothing may hide behind an inner scrollbar on a screen wide enough to show it,
 * no text on a phone may be smaller than 12 px (figures included), and axe, with its
 * best-practice rules, finds nothing. Emergency help comes first where a reader in a hurry looks.
 *
 * <p>One browser for all of it: each page is loaded once and the viewport is resized around it
 * (a device-metrics override, cheaper than resizing the window), with all layout checks of one
 * width in one script. axe, the slow part, runs once per page, at a width that rotates through
 * the five, so every width gets its share of pages.
 */
@Tag("browser")
class SiteLayoutBrowserTest {
    private static final int[] WIDTHS = {320, 390, 768, 1366, 1920};
    private static final int PHONE_HEIGHT = 844;
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /**
     * The layout checks of one width, run in the page; returns one line per problem. Text hidden
     * from sight (display none, a closed menu, screen-reader-only text clipped to nothing) is
     * not counted; an SVG's text counts at the size it is drawn, its font size times the scale
     * of the drawing on screen.
     */
    private static final String CHECKS = """
            const w = window.innerWidth, phone = w < 600, out = [];
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const path = e => { const p = []; for (let n = e; n && n !== document.body && p.length < 4; n = n.parentElement) p.unshift(name(n)); return p.join(' > '); };
            const clips = new Map();
            const clipped = e => { if (!e) return false; if (clips.has(e)) return clips.get(e);
                const s = getComputedStyle(e);
                const c = s.clipPath !== 'none' || (s.clip && s.clip !== 'auto') || clipped(e.parentElement);
                clips.set(e, c); return c; };
            const de = document.documentElement;
            if (de.scrollWidth > w) {
              let worst = null;
              for (const e of document.body.querySelectorAll('*')) {
                const r = e.getBoundingClientRect();
                if (r.right > w + 1 && r.width > 0 && !clipped(e) && (!worst || r.right >= worst.r)) worst = {e, r: r.right};
              }
              out.push('the page is ' + de.scrollWidth + ' px wide' + (worst ? '; e.g. ' + path(worst.e) + ' reaches ' + Math.round(worst.r) + ' px' : ''));
            }
            if (w >= 1366) {
              for (const e of document.body.querySelectorAll('*')) {
                const s = getComputedStyle(e);
                if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1)
                  out.push(path(e) + ' hides ' + (e.scrollWidth - e.clientWidth) + ' px behind a scrollbar');
              }
            }
            if (phone) {
              const small = new Map();
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                const e = t.parentElement;
                if (!t.textContent.trim() || !e || e.closest('svg, script, style, noscript, title, desc')) continue;
                if (e.getClientRects().length === 0 || getComputedStyle(e).visibility !== 'visible' || clipped(e)) continue;
                const size = parseFloat(getComputedStyle(e).fontSize);
                if (size < 12) small.set(path(e) + ' (' + size + ' px): ' + t.textContent.trim().slice(0, 40), 1);
              }
              for (const svg of document.querySelectorAll('svg')) {
                if (svg.getClientRects().length === 0 || clipped(svg)) continue;
                const m = svg.getScreenCTM(); if (!m) continue;
                const scale = Math.hypot(m.a, m.b);
                for (const t of svg.querySelectorAll('text')) {
                  const size = parseFloat(getComputedStyle(t).fontSize) * scale;
                  if (size < 11.5) small.set(path(svg) + ' text (' + size.toFixed(1) + ' px): ' + t.textContent.trim().slice(0, 40), 1);
                }
              }
              for (const k of small.keys()) out.push('text too small: ' + k);
            }
            if (w === 320) {
              // Two landmarks of one role need different names, or a screen reader lists two
              // identical "search" entries (axe 4.11 lets unnamed forms pass).
              const seen = new Map();
              for (const e of document.querySelectorAll('nav, aside, [role=search], search, [role=region], section[aria-label], section[aria-labelledby]')) {
                const role = e.getAttribute('role') || e.tagName.toLowerCase();
                const by = e.getAttribute('aria-labelledby');
                const label = e.getAttribute('aria-label') || (by ? by.split(/\s+/).map(id => (document.getElementById(id) || {}).textContent || '').join(' ') : '');
                const key = role + ' "' + label.trim() + '"';
                if (seen.has(key)) out.push('two landmarks ' + key + ': ' + seen.get(key) + ' and ' + path(e));
                else seen.set(key, path(e));
              }
            }
            return out;
            """;

    @TempDir
    static Path profile;

    private static Path root;
    private static ChromeDriver driver;
    private static String skipReason;

    @BeforeAll
    static void startBrowser() throws IOException {
        skipReason = Chromium.missing("SiteLayoutBrowserTest");
        if (skipReason != null) return;
        // ExampleSite builds every handbook under content/, and the overview beside them.
        root = ExampleSite.site().getParent();
        driver = Chromium.start(profile);
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe.min.js is not on the class path");
            String axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axeSource));
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @BeforeEach
    void browserPresent() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    private static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static String open(Path file) {
        driver.get(file.toUri().toString());
        return ExampleSite.relative(root, file);
    }

    /**
     * Runs axe in the page and adds its violations, one line per element, to problems. axe is
     * put into every document once, when the browser starts, and asked for violations only:
     * AxeBuilder sends its 560 kB script with every call and brings back every passed check of
     * every element, which made up most of this test's time.
     */
    private static void axe(String where, List<String> problems) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                if (!window.axe) { done(['axe is not in the page']); return; }
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n =>
                      'axe ' + v.id + ' at ' + JSON.stringify(n.target) + ': ' + v.help))),
                        e => done(['axe did not run: ' + e]));""", AXE_TAGS);
        for (String f : found) problems.add(where + ": " + f);
    }

    @Test
    void everyPageFitsEveryWidthWithReadableTextAndNoAxeViolations() {
        List<Path> pages = ExampleSite.htmlFiles(root);
        assertTrue(pages.size() > 100, "only " + pages.size() + " pages under " + root);
        List<String> problems = new ArrayList<>();
        // axe must find a fault when there is one: an image without a text alternative.
        open(pages.get(0));
        driver.executeScript("document.body.insertAdjacentHTML('beforeend', '<img src=\"data:,\">')");
        List<String> planted = new ArrayList<>();
        axe("planted", planted);
        assertTrue(planted.stream().anyMatch(p -> p.contains("image-alt")), "axe missed an image without alt: " + planted);
        long start = System.nanoTime();
        long axeTime = 0;
        int n = 0;
        for (Path file : pages) {
            viewport(WIDTHS[0], PHONE_HEIGHT);
            String page = open(file);
            int axeWidth = WIDTHS[n++ % WIDTHS.length];
            for (int width : WIDTHS) {
                viewport(width, width < 600 ? PHONE_HEIGHT : 900);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) driver.executeScript(CHECKS);
                for (String f : found) problems.add(page + " @" + width + ": " + f);
                if (width == axeWidth) {
                    long t = System.nanoTime();
                    axe(page + " @" + width, problems);
                    axeTime += System.nanoTime() - t;
                }
            }
        }
        System.err.printf("SiteLayoutBrowserTest: %d pages x %d widths in %.1f s, of which axe %.1f s%n", pages.size(),
                WIDTHS.length, (System.nanoTime() - start) / 1e9, axeTime / 1e9);
        assertTrue(problems.isEmpty(), problems.size() + " problems on " + pages.size() + " pages:\n"
                + String.join("\n", problems));
    }

    /** A parent in a hurry on a phone sees where to get help before scrolling. */
    @Test
    void urgentHelpIsOnThePhonesFirstScreenOfTheHomePageAndFirstOnTheContactPage() {
        viewport(390, PHONE_HEIGHT);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path index : ExampleSite.htmlFiles(root)) {
            if (!index.getFileName().toString().equals("index.html") || index.getParent().equals(root)) continue;
            if (!index.getParent().getParent().equals(root)) continue;
            Path contact = index.resolveSibling("contact.html");
            if (!Files.isRegularFile(contact)) continue;
            String home = open(index);
            Object top = driver.executeScript("""
                    const e = Array.from(document.querySelectorAll('main .noodgeval'))
                        .find(n => n.textContent.includes('Dringend?'));
                    return e ? e.getBoundingClientRect().bottom + scrollY : null;""");
            if (top == null) {
                problems.add(home + ": no \"Dringend?\" box");
            } else if (((Number) top).doubleValue() > PHONE_HEIGHT) {
                problems.add(home + ": \"Dringend?\" ends at " + top + " px, below the first " + PHONE_HEIGHT + " px");
            }
            String page = open(contact);
            Object first = driver.executeScript("""
                    const s = document.querySelector('main .inhoud > section, main .inhoud > *');
                    return s ? s.className + ' ' + (s.querySelector('h2') ? s.querySelector('h2').textContent : '') : '';""");
            if (!first.toString().contains("noodgeval")) {
                problems.add(page + ": the first block is \"" + first + "\", not the emergency help");
            }
            checked++;
        }
        assertFalse(checked == 0, "no handbook with a contact page under " + root);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
