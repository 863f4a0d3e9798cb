package com.griddesk.browser;

import com.griddesk.support.GridDeskTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that use GridDesk's pages and Camunda's webapps in a real headless browser, against the whole
 * application on a random port (the same Spring context as every other test). {@link #browserAs} opens a browser
 * logged in to Tasklist as a demo user; GridDesk's pages use that session. Every browser is closed after its
 * test; a failing test first leaves a screenshot of each of its browsers in app/target/screenshots.
 */
@GridDeskTest
public abstract class BrowserTest {

  @LocalServerPort
  protected int port;

  private final List<Browser> browsers = new ArrayList<>();

  // Runs right after the test method, before @AfterEach closes the browsers.
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure = context -> {
    if (context.getExecutionException().isPresent()) {
      for (int i = 0; i < browsers.size(); i++) {
        browsers.get(i).screenshot(context.getRequiredTestClass().getSimpleName() + "-"
            + context.getRequiredTestMethod().getName() + "-failed-" + i);
      }
    }
  };

  /** A browser logged in to Tasklist as the user (password = user id, as in the demo data). */
  protected Browser browserAs(String user) {
    return anonymousBrowser().loginToTasklist(user);
  }

  /** A browser without any session. */
  protected Browser anonymousBrowser() {
    Browser browser = Browser.start(port);
    browsers.add(browser);
    return browser;
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Browser::close);
    browsers.clear();
  }
}
