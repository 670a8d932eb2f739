package com.escalationdesk.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven through Debian's chromedriver, pointed at the test server.
 * A closed browser is kept for the next test with its cookies and storage cleared: starting
 * chromedriver and Chromium 64 times had made the module's tests take 344 s instead of 294 s.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("desk.url", "http://localhost:28080/escalation-desk/");
    private static final String ORIGIN = URI.create(BASE_URL).getScheme() + "://" + URI.create(BASE_URL).getAuthority();
    private static final Deque<ChromeDriver> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Browser::quit)));
    }

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = waiting(driver);
    }

    /**
     * Waits up to 20 s, looking every 50 ms: Selenium's default of every 500 ms had each step that
     * waits for an answer lose a quarter of a second on average, minutes over the suite.
     */
    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    /** A browser as a new visitor has it: no cookies, no storage, nothing open. */
    public static Browser open() {
        ChromeDriver idle = IDLE.poll();
        return new Browser(idle != null ? idle : launch());
    }

    /**
     * The shell itself, not Debian's /usr/bin/chromium-headless-shell: that script starts it as a child
     * without exec, so quitting the browser ended the script and left the shell running, a dozen
     * idle browsers per test run that kept taking the CPU.
     */
    private static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";

    /**
     * Debian's Chromium headless shell when it is installed (CI installs it), else Chromium in its
     * headless mode; -Dbrowser.binary picks another. The shell is the same Blink and V8 without the
     * browser's user interface process: the browser tests took 27% less time in it (201 s instead
     * of 274 s for three of the longest classes).
     */
    private static final String BINARY = System.getProperty("browser.binary",
            Files.isExecutable(Path.of(HEADLESS_SHELL)) ? HEADLESS_SHELL : "/usr/bin/chromium");

    private static ChromeDriver launch() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        if (!BINARY.endsWith("headless-shell")) {
            options.addArguments("--headless=new");
        }
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /**
     * Signs in as a demo user through the real sign-in form over plain HTTP and hands the session to
     * this browser, which then opens the user's start page: for the tests whose subject is not signing
     * in (SignInIT drives the form in the browser). It spares a page with its scripts per sign-in.
     */
    public void signInAs(String login) {
        String cookie;
        try {
            cookie = HttpSignIn.as(HttpSignIn.client(), login).sessionCookie();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        URI base = URI.create(BASE_URL);
        driver.executeCdpCommand("Network.setCookie", Map.of("name", cookie.substring(0, cookie.indexOf('=')),
                "value", cookie.substring(cookie.indexOf('=') + 1), "domain", base.getHost(),
                "path", base.getPath().replaceAll("/$", ""), "httpOnly", true, "sameSite", "Lax"));
        go("");
        // present, not visible: on a phone's screen the user's name is folded into the header's menu
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signedInAs")));
    }

    /**
     * Clicks what downloads a file and returns the file once Chromium has written all of it (into a
     * new folder, so that nothing of an earlier download is taken for it).
     */
    public Path download(By by) {
        Path folder;
        try {
            folder = Files.createTempDirectory("desk-download");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", folder.toAbsolutePath().toString()));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        Path[] done = new Path[1];
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100)).until(d -> {
            try (var files = Files.list(folder)) {
                done[0] = files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return done[0] != null;
        });
        return done[0];
    }

    public void go(String path) {
        driver.get(BASE_URL + path);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Chooses files in a file field, as a user picking them in the browser's file dialog does. */
    public void chooseFiles(By fileInput, java.util.List<Path> files) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(fileInput));
        input.sendKeys(String.join("\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
    }

    /** The texts of everything matching, read again if the page replaced some of it meanwhile. */
    public java.util.List<String> texts(By by) {
        return waiting(driver)
                .ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(d -> d.findElements(by).stream().map(WebElement::getText).map(String::strip).toList());
    }

    /** Everything matching now, visible or not (e.g. the hidden inputs behind PrimeFaces checkboxes). */
    public java.util.List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks something that submits a whole page and waits for the next page to load. */
    public void clickAndWaitForPage(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(by);
        // The page's scripts may still replace the element; a click on a replaced node never lands, so try again.
        waiting(driver).until(d -> {
            try {
                d.findElement(by).click();
                return true;
            } catch (WebDriverException e) {
                if (isStale(page)) {
                    return true;
                }
                if (isReplacedNode(e)) {
                    return false;
                }
                throw e;
            }
        });
        wait.until(d -> isStale(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Clicks the mouse at a point of an element (x and y in CSS pixels from its top left corner), as on
     * a chart's bar, and waits for the page that click opens.
     */
    public void clickAtAndWaitForPage(By by, double x, double y) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement target = find(by);
        org.openqa.selenium.Rectangle box = target.getRect();
        // W3C actions measure an element's offset from its centre
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(target, (int) Math.round(x - box.getWidth() / 2.0), (int) Math.round(y - box.getHeight() / 2.0))
                .click().perform();
        wait.until(d -> isStale(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Presses a key in a field that submits a whole page (Enter in a GET form) and waits for the next page. */
    public void pressAndWaitForPage(By by, CharSequence key) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(by).sendKeys(key);
        wait.until(d -> isStale(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Whether the element belongs to a page that is gone. Chromedriver sometimes says so as an "inspector error". */
    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (isReplacedNode(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean isReplacedNode(WebDriverException e) {
        String message = e.getMessage();
        return message != null && (message.contains("does not belong to the document") || message.contains("No node with given id"));
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Opens a page from the header's navigation as a user does: on a narrow screen the Menu button
     * first, then the link's group (the admin's pages are grouped) if it is closed, then the link.
     */
    public void openFromMenu(String linkId) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(linkId)));
        WebElement toggle = driver.findElement(By.id("menuToggle"));
        if (!link.isDisplayed() && toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        java.util.List<WebElement> group = link.findElements(By.xpath("ancestor::details[1]"));
        if (!group.isEmpty() && group.get(0).getAttribute("open") == null) {
            group.get(0).findElement(By.tagName("summary")).click();
        }
        clickAndWaitForPage(By.id(linkId));
    }

    /**
     * Clicks a sortable column's sort arrow (a heading may also hold a filter) and waits until the table
     * has sorted by it (the heading's aria-sort changed).
     */
    public void sortBy(By heading) {
        WebElement th = find(heading);
        String before = th.getAttribute("aria-sort");
        java.util.List<WebElement> arrow = th.findElements(By.cssSelector(".ui-sortable-column-icon"));
        (arrow.isEmpty() ? th : arrow.get(0)).click();
        wait.until(d -> !java.util.Objects.equals(d.findElement(heading).getAttribute("aria-sort"), before)
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /** Presses keys on the page as a user does, to whatever has the focus (the page itself when nothing has). */
    public void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Walks the page with the Tab key alone, from its top until the focus has gone round, and returns
     * what a keyboard user would miss: each visible control (link, button, field, disclosure, widget
     * that takes the focus) the walk never reached, and each it reached without showing where the focus
     * was (no outline, shadow or PrimeFaces focus state on it or on the widget it stands for). Of a
     * group of radio buttons only one is a stop, as browsers make it.
     */
    public java.util.List<String> whatTheKeyboardMisses() {
        int controls = ((Number) runScript(KEYBOARD_WALK_SETUP)).intValue();
        // a page has stops besides its controls (a table's body, a widget's parts): Tab on, twenty at a
        // time, until every control was reached or the focus has had room to go round the page twice
        for (int pressed = 0; pressed < 2 * controls + 40
                && !Boolean.TRUE.equals(runScript("return window.deskKeyboardWalk.reached.every(function (r) { return r; });"));
                pressed += 20) {
            org.openqa.selenium.interactions.Actions tabs = new org.openqa.selenium.interactions.Actions(driver);
            for (int i = 0; i < 20; i++) {
                tabs.sendKeys(org.openqa.selenium.Keys.TAB);
            }
            tabs.perform();
        }
        @SuppressWarnings("unchecked")
        java.util.List<String> missed = (java.util.List<String>) runScript(
                "var w = window.deskKeyboardWalk; document.removeEventListener('focusin', w.listener, true);"
                        + " return w.controls.filter(function (c, i) { return !w.reached[i]; }).map(w.describe).map(function (d) { return 'never reached: ' + d; })"
                        + ".concat(w.unshown.map(function (d) { return 'focus not shown: ' + d; }))"
                        + ".concat(w.reached.every(function (r) { return r; }) ? [] : ['the last stops: ' + w.trail.slice(-12).join(' → ')]);");
        return missed;
    }

    private static final String KEYBOARD_WALK_SETUP = String.join("\n",
            "var widget = '.ui-selectonemenu, .ui-chkbox, .ui-radiobutton, .ui-selectcheckboxmenu, .ui-inputswitch, .ui-fileupload';",
            "function shown(e) {",
            "  var box = e.closest('.ui-helper-hidden-accessible') ? e.closest(widget) || e.parentElement.parentElement : e;",
            "  return box && box.getClientRects().length > 0 && getComputedStyle(box).visibility !== 'hidden'",
            "    && !e.closest('dialog:not([open]), [aria-hidden=\"true\"]');",
            "}",
            "function describe(e) {",
            "  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('aria-label') ? ' \"' + e.getAttribute('aria-label') + '\"'",
            "    : (e.textContent || e.value || '').trim() ? ' \"' + (e.textContent || e.value).trim().substring(0, 40) + '\"' : '');",
            "}",
            "function indicated(e) {",
            "  return [e, e.closest(widget)].filter(Boolean).some(function (t) {",
            "    var s = getComputedStyle(t);",
            "    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none')",
            "      || t.classList.contains('ui-state-focus');",
            "  });",
            "}",
            "var radios = {};",
            "var controls = Array.prototype.filter.call(document.querySelectorAll(",
            "    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'), function (e) {",
            "  if (e.tabIndex < 0 || e.disabled || !shown(e)) { return false; }",
            "  if (e.type === 'radio') {",
            "    var group = document.querySelectorAll('input[type=radio][name=\"' + e.name + '\"]');",
            "    var stop = Array.prototype.find.call(group, function (r) { return r.checked; }) || group[0];",
            "    return stop === e;",
            "  }",
            "  return true;",
            "});",
            "var walk = {controls: controls, reached: controls.map(function () { return false; }), unshown: [], describe: describe};",
            "walk.trail = [];",
            "walk.listener = function (event) {",
            "  walk.trail.push(describe(event.target));",
            "  var i = controls.indexOf(event.target);",
            "  if (i >= 0 && !walk.reached[i]) {",
            "    walk.reached[i] = true;",
            "    if (!indicated(event.target)) { walk.unshown.push(describe(event.target)); }",
            "  }",
            "};",
            "document.addEventListener('focusin', walk.listener, true);",
            "window.deskKeyboardWalk = walk;",
            "if (document.activeElement) { document.activeElement.blur(); }",
            "window.scrollTo(0, 0);",
            "return controls.length;");

    /** The id of the element that has the keyboard's focus ("" for none). */
    public String focusedId() {
        return (String) runScript("return document.activeElement ? document.activeElement.id : '';");
    }

    /** axe-core's own script, from its npm package's webjar on the test class path. */
    private static final String AXE = axeSource();

    private static String axeSource() {
        try (var pom = Browser.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(pom);
            try (var script = Browser.class.getClassLoader().getResourceAsStream(
                    "META-INF/resources/webjars/axe-core/" + p.getProperty("version") + "/axe.min.js")) {
                return new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("axe-core is not on the test class path", e);
        }
    }

    /**
     * What axe-core finds on the page as it is now against WCAG 2.0, 2.1 and 2.2 A and AA, serious and
     * critical only: each as "rule: the elements (what it asks)".
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> seriousAccessibilityViolations() {
        runScript("if (!window.axe) { " + AXE + " }");
        return (java.util.List<String>) runAsync("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                        resultTypes: ['violations']})
                    .then(function (r) {
                        done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                            .map(function (v) {
                                return v.id + ': ' + v.nodes.slice(0, 4).map(function (n) { return n.target.join(' '); }).join(', ')
                                    + (v.nodes.length > 4 ? ' and ' + (v.nodes.length - 4) + ' more' : '') + ' (' + v.help + ')';
                            }));
                    })
                    .catch(function (e) { done(['axe-core failed: ' + e]); });
                """);
    }

    /** Sizes the page's viewport, as on a phone (390 by 844) or a laptop (1366 by 768); CSS pixels. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the window's own size (1440 by 1000). */
    public void defaultViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * How many CSS pixels the page is wider than its viewport (0 when it cannot be scrolled
     * sideways), and the widest elements that stick out, for the failure's message.
     */
    public String sidewaysOverflow() {
        return (String) runScript("""
                var root = document.documentElement, over = root.scrollWidth - root.clientWidth;
                if (over <= 0) { return ''; }
                var culprits = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
                    var box = e.getBoundingClientRect();
                    return box.right > root.clientWidth + 1 && box.width > 0
                        && !Array.prototype.some.call(e.children, function (c) { return c.getBoundingClientRect().right > root.clientWidth + 1; });
                }).slice(0, 5).map(function (e) {
                    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                        + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')';
                });
                return over + ' px too wide: ' + culprits.join(', ');
                """);
    }

    /**
     * Picks the entry of a PrimeFaces selectOneMenu whose label starts with the given text, through
     * the widget's own client API (clicking the list races its opening animation).
     */
    public void choose(String menuId, String labelStart) {
        // a dialog loads its content when it opens: wait for the menu to arrive
        WebElement select = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
        String value = select.findElements(By.tagName("option")).stream()
                .filter(option -> option.getAttribute("textContent").strip().startsWith(labelStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No entry starting with '" + labelStart + "' in " + menuId))
                .getAttribute("value");
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                menuId, value);
        wait.until(d -> d.findElement(By.id(menuId + "_label")).getText().strip().startsWith(labelStart));
    }

    /**
     * Picks an entry as {@link #choose} does and tells the page it changed, as a user's pick does: for a
     * menu whose change sends an AJAX request (choose alone selects silently).
     */
    public void chooseAndNotify(String menuId, String labelStart) {
        choose(menuId, labelStart);
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).input.trigger('change');", menuId);
    }

    /** The text of an element, read again if the page replaced it meanwhile. */
    public String text(By by) {
        return waiting(driver)
                .ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    return element.isDisplayed() ? element.getText().strip() : null;
                });
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** Runs a script in the page, e.g. a PrimeFaces widget's own client API. */
    public Object runScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs an asynchronous script in the page; it must call the callback passed as its last argument. */
    public Object runAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not take screenshot " + file + ": " + e);
        }
    }

    /** Forgets the test's visit (cookies, storage, page) and keeps the browser for the next test. */
    @Override
    public void close() {
        try {
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", ORIGIN, "storageTypes", "all"));
            driver.get("about:blank");
            if (driver.getWindowHandles().size() == 1) {
                IDLE.push(driver);
                return;
            }
        } catch (RuntimeException e) {
            // a browser that cannot be reset (an open alert, a crashed tab) is not reused
        }
        quit(driver);
    }

    private static void quit(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            System.err.println("Could not quit a browser: " + e);
        }
    }
}
