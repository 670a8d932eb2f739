package com.escalationdesk.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens browsers for a test (one per person in the story) and closes them after it, keeping a
 * screenshot of each when the test failed (or always, with -Dscreenshots.all=true).
 */
public final class Browsers implements AfterEachCallback {

    private final List<Browser> open = new ArrayList<>();

    public Browser open() {
        Browser browser = Browser.open();
        open.add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        boolean keep = context.getExecutionException().isPresent() || Boolean.getBoolean("screenshots.all");
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        for (int i = 0; i < open.size(); i++) {
            if (keep) {
                open.get(i).screenshot(dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + i + ".png"));
            }
            open.get(i).close();
        }
        open.clear();
    }
}
