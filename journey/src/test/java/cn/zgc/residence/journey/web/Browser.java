package cn.zgc.residence.journey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for all browser tests of the run: Debian's /usr/bin/chromium driven through
 * /usr/bin/chromedriver (nothing is downloaded). Pages are scanned with axe-core (tools/node, pinned) and the main
 * ones photographed into docs/images for the README.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static Browser instance;

    private final ChromeDriver driver;
    private final Path root;
    private final String axe;

    public static synchronized Browser get(Path root) {
        if (instance == null) {
            instance = new Browser(root);
            Runtime.getRuntime().addShutdownHook(new Thread(instance.driver::quit, "browser-stop"));
        }
        return instance;
    }

    private Browser(Path root) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium is missing: apt-get install -y chromium chromium-driver fonts-noto-cjk"
                    + " (.ci/run does this when /usr/bin/chromium is absent)");
        }
        this.root = root;
        try {
            this.axe = Files.readString(root.resolve("tools/node/node_modules/axe-core/axe.min.js"));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: tools/node/ensure installs it", e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,900", "--lang=en-GB", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /** Clicks what sends a form or follows a link, and waits until the next page has replaced this one. */
    public void clickAndWait(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> replaced(page));
    }

    /**
     * Whether the page this element belongs to has been replaced. While the next page comes in, ChromeDriver may
     * answer that the node no longer belongs to the document instead of calling the element stale: both mean gone.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String lang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; fails on any serious or critical violation. */
    @SuppressWarnings("unchecked")
    public void assertAccessible(String page) {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.filter(function (v) {"
                + "  return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.help + ' @ ' + v.nodes.map(function (n) {"
                + "    return n.target.join(' '); }).slice(0, 5).join(', '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        assertThat((List<String>) result).as("axe: serious or critical violations on " + page).isEmpty();
    }

    /** Keyboard use: the first Tab lands on the skip link, which is visible while focused. */
    public void assertSkipLinkFirst() {
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).isEqualTo("skip");
        assertThat(focused.getRect().getX()).isGreaterThanOrEqualTo(0);
    }

    /** Writes the page as docs/images/web-NAME.png. */
    public void screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Path target = root.resolve("docs/images/web-" + name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs out (if signed in) and signs in again through the development sign-in form. */
    public void signIn(String base, String role, String partnerId) {
        driver.manage().deleteAllCookies();
        open(base + "/web/sign-in");
        find("#role-" + role).click();
        WebElement partner = find("#partnerId");
        partner.clear();
        if (partnerId != null) {
            partner.sendKeys(partnerId);
        }
        find("#sign-in").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/sign-in"));
    }

    public void setLanguage(String base, String language) {
        driver.manage().addCookie(new org.openqa.selenium.Cookie("zgc_lang", language, "/web"));
    }
}
