package dev.jobfit.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium (Debian's {@code chromium} and {@code chromium-driver}), headless, with a fresh
 * profile. Both executables are given to Selenium, so Selenium Manager never looks for or downloads a
 * browser. Other locations: {@code -Djobfit.test.chromium=...} and {@code -Djobfit.test.chromedriver=...}.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("jobfit.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("jobfit.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The longest any wait may take. */
    static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test, saying why and what to install, when the browser or its driver is missing. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                () -> "Browser test skipped: no Chromium at " + BROWSER + " or no chromedriver at " + DRIVER
                        + " (install them with `apt-get install chromium chromium-driver`, or point "
                        + "-Djobfit.test.chromium and -Djobfit.test.chromedriver at them)");
    }

    /** Starts a headless browser whose window is {@code width} by {@code height} CSS pixels. */
    static HeadlessChromium desktop(int width, int height) throws IOException {
        return start(width, height, false);
    }

    /**
     * Starts a headless browser that emulates a phone whose screen is {@code width} by {@code height} CSS
     * pixels (a desktop window cannot be narrower than 500 pixels).
     */
    static HeadlessChromium phone(int width, int height) throws IOException {
        return start(width, height, true);
    }

    private static HeadlessChromium start(int width, int height, boolean phone) throws IOException {
        Path profile = Files.createTempDirectory("jobfit-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + Math.max(width, 500) + "," + height);
        // Keep the page's console, so that tests can fail on script errors and blocked resources.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (phone) {
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    /** Waits (at most {@link #WAIT}) until {@code condition} gives a value other than null or false. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(what).until(condition);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * The page's console errors: script errors and resources the browser refused (such as a content security
     * policy violation). A failed request the page handles itself (it shows the problem) is logged as well and left out.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource: the server responded with a status of"))
                .toList();
    }

    /** Saves what the window shows as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    /** Best effort: a profile left behind in the temporary folder is not worth failing a test for. */
    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            root.toFile().deleteOnExit();
        }
    }
}
