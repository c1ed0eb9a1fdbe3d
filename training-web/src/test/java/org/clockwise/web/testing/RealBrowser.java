package org.clockwise.web.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Selenium, against the shared test server. Never downloads a
 * driver: the binaries come from the chromium and chromium-driver packages (.ci/run installs them).
 */
public final class RealBrowser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1366, 900);

    private final WebDriver driver;

    public RealBrowser(Dimension size) {
        driver = chromium(size, true);
    }

    /**
     * Debian's headless Chromium through its own ChromeDriver (Selenium never downloads one), at
     * this size, with or without JavaScript.
     */
    public static WebDriver chromium(Dimension size, boolean javaScript) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("clockwise.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("clockwise.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        if (!javaScript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        WebDriver driver = fit(new ChromeDriver(service, options), size);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Headless Chromium keeps its window at least 500 px wide whatever {@code --window-size} says, so
     * a narrower size (a phone) is emulated: the layout viewport and screenshots are then really
     * that wide.
     */
    public static ChromeDriver fit(ChromeDriver chrome, Dimension size) {
        if (size.getWidth() < 500) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                    "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", true));
        }
        return chrome;
    }

    public RealBrowser open(String path) {
        driver.get(TestServer.url(path));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits (up to ten seconds) for a navigation to land on {@code path}; returns the path reached. */
    public String waitForPath(String path) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals(path));
        } catch (TimeoutException e) {
            // the caller's assertion names what was reached instead
        }
        return path();
    }

    /** Waits (up to ten seconds) until the address contains {@code fragment}, e.g. a query a link added. */
    public void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(fragment));
    }

    /** Signs in through the real form, as a person would. */
    public void signIn(String email, String password) {
        open("/login");
        type("#email", email);
        type("#password", password);
        find("form[action='/login'] button[type=submit]").click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !path().equals("/login") || !d.findElements(By.cssSelector("#signin-error")).isEmpty());
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    public Path screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
