package org.clockwise.web.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * What the navigation's browser tests share (issue 12): the two sizes, opening the phone menu, the
 * horizontal-scroll check, and a Chromium with JavaScript switched off.
 */
public final class NavScreens {

    /** The desktop: 1366×900. */
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = RealBrowser.PHONE;

    private NavScreens() {
    }

    /** Opens the header menu where it is folded (phones); does nothing where the links show anyway. */
    public static void openMenu(RealBrowser browser) {
        List<WebElement> summary = browser.driver().findElements(By.cssSelector(".site-menu > summary"));
        if (!summary.isEmpty() && summary.get(0).isDisplayed()
                && browser.find(".site-menu").getAttribute("open") == null) {
            summary.get(0).click();
        }
    }

    /** Folds the header menu again where it folds (phones), so it no longer covers the page. */
    public static void closeMenu(RealBrowser browser) {
        List<WebElement> summary = browser.driver().findElements(By.cssSelector(".site-menu > summary"));
        if (!summary.isEmpty() && summary.get(0).isDisplayed() && browser.find(".site-menu").getAttribute("open") != null) {
            summary.get(0).click();
        }
    }

    /** How far the page itself is wider than the window, in CSS pixels (0 when it does not scroll sideways). */
    public static long sidewaysOverflow(WebDriver driver) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) overflow).longValue();
    }

    /** The same headless Chromium as {@link RealBrowser}, with JavaScript switched off. */
    public static WebDriver withoutJavaScript(Dimension size) {
        return RealBrowser.chromium(size, false);
    }
}
