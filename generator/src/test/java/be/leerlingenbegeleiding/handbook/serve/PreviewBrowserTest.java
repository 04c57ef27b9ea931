package be.leerlingenbegeleiding.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Chromium;
import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.pipeline.Build;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview as a counsellor sees it, in Chromium: a saved file appears in the open tab
 * without touching the browser, and a mistake shows over the page with its file, line and tip.
 */
@Tag("browser")
class PreviewBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path tmp;

    private static String skipReason;
    private static ChromeDriver driver;
    private static Preview preview;
    private static Path content;

    @BeforeAll
    static void start() throws Exception {
        skipReason = Chromium.missing("PreviewBrowserTest");
        if (skipReason != null) return;
        content = Fixtures.copyTree(Fixtures.repoRoot().resolve("content/de-kiem"), tmp.resolve("content/de-kiem"));
        preview = Preview.start(content.getParent(), new Preview.Options("127.0.0.1", 0,
                Build.Settings.on(LocalDate.of(2026, 11, 23)), null), new PrintWriter(new StringWriter(), true));
        driver = Chromium.start(tmp.resolve("profiel"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (preview != null) preview.close();
    }

    @Test
    void aSavedEditAppearsAndAMistakeShowsOverThePageUntilFixed() throws Exception {
        Assumptions.assumeTrue(skipReason == null, skipReason);
        driver.get(preview.uri().resolve("/de-kiem/visie.html").toString());
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> !d.findElements(By.cssSelector(".hb-live-balk")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector(".hb-live-balk a")).getAttribute("href").endsWith("/de-kiem/handboek.pdf"));

        Path visie = content.resolve("visie.yaml");
        String good = Files.readString(visie);
        Files.writeString(visie, good.replace("De naam van onze school zegt het al", "Onze naam zegt het al"));
        wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Onze naam zegt het al"));

        String edited = Files.readString(visie);
        Files.writeString(visie, edited + "visei: verkeerd getypt\n");
        WebElement error = wait.until(d -> d.findElements(By.cssSelector(".hb-live-fouten .hb-live-fout")).stream().findFirst().orElse(null));
        int line = (int) edited.lines().count() + 1;
        assertTrue(error.getText().contains("visie.yaml:" + line + ":1: fout[HB001]"), error.getText());
        assertTrue(error.getText().contains("tip:"), error.getText());
        assertEquals("alertdialog", driver.findElement(By.cssSelector(".hb-live-kader")).getAttribute("role"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Onze naam zegt het al"), "the last good page stays below");

        Files.writeString(visie, edited);
        wait.until(d -> d.findElements(By.cssSelector(".hb-live-fouten")).isEmpty());
        List<?> errors = driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
