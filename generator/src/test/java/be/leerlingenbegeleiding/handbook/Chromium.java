package be.leerlingenbegeleiding.handbook;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium for the browser tests, driven through its own chromedriver, offline: no
 * Selenium Manager download, no background connections the closed network would refuse.
 */
public final class Chromium {
    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /**
     * Why the browser tests cannot run here, or null. CI must run them, so there a missing
     * browser is a failure; on a developer's machine without Chromium the tests skip, loudly:
     * the reason goes to stderr and each test reports itself skipped.
     */
    public static String missing(String test) {
        if (Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER))) return null;
        String why = test + " needs " + BROWSER + " and " + DRIVER
                + " (apt-get install -y --no-install-recommends chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) fail(why + ", and CI=true: the browser tests must run in CI");
        System.err.println("\n*** SKIPPED: " + why + " ***\n");
        return why;
    }

    /** A headless browser with a fresh profile in {@code profile}; its console log is kept. */
    public static ChromeDriver start(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)) // also keeps Selenium Manager from downloading
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900",
                // Tests never reach the network: a page that names its published address (the
                // example's 404.html does) finds no host, instead of asking the real one.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
        // The console log is how uncaught script errors reach the test.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
