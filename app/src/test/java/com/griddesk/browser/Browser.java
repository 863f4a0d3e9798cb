package com.griddesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver packages) driven by Selenium, pointed at the GridDesk
 * under test. Uses the installed browser and driver, never downloads one: CI installs both (see .ci/run). Other
 * locations can be given with -Dgriddesk.test.chromium=... and -Dgriddesk.test.chromedriver=....
 */
public final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final int port;
  private final ChromeDriver driver;

  private Browser(int port, ChromeDriver driver) {
    this.port = port;
    this.driver = driver;
  }

  /** A fresh browser with no session (no cookies), showing Chinese as a customer service centre's staff do. */
  public static Browser start(int port) {
    Path chromium = Path.of(System.getProperty("griddesk.test.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("griddesk.test.chromedriver", "/usr/bin/chromedriver"));
    assertThat(chromium).as("Chromium for the browser tests (apt-get install chromium chromium-driver)").isExecutable();
    assertThat(chromedriver).as("ChromeDriver for the browser tests (apt-get install chromium-driver)").isExecutable();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1440,1000", "--lang=zh-CN");
    // Camunda's webapps choose their language from the browser's preferred languages.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    // Staff work in Beijing time; the webapps show dates in the browser's time zone.
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
        .withEnvironment(Map.of("TZ", "Asia/Shanghai")).usingAnyFreePort().build();
    return new Browser(port, new ChromeDriver(service, options));
  }

  /**
   * Logs in through Tasklist's own login form, as staff do (every demo user's password is their id). Tasklist
   * may still be rendering the form, and move the focus, while the keys arrive: the fields are filled until
   * they hold what was typed.
   */
  public Browser loginToTasklist(String user) {
    open("/camunda/app/tasklist/default/");
    By name = By.cssSelector("input[ng-model='username']");
    By password = By.cssSelector("input[ng-model='password']");
    waitFor(name);
    waitFor(password);
    waiting().until(driver -> fill(name, user) && fill(password, user)
        && user.equals(driver.findElement(name).getAttribute("value")));
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    // Logged in once the login form has gone.
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(name));
    return this;
  }

  private boolean fill(By field, String text) {
    WebElement input = driver.findElement(field);
    if (!text.equals(input.getAttribute("value"))) {
      input.clear();
      input.click();
      input.sendKeys(text);
    }
    return text.equals(input.getAttribute("value"));
  }

  /** Opens a path of the application under test, e.g. "/cases/C-1". */
  public Browser open(String path) {
    driver.get("http://localhost:" + port + path);
    return this;
  }

  public WebElement waitFor(By element) {
    return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  /** Waits until the element's text contains the given text, and returns the element's whole text. */
  public String waitForText(By element, String text) {
    new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    return driver.findElement(element).getText();
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, PATIENCE);
  }

  public WebDriver driver() {
    return driver;
  }

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /** Saves what the browser shows as target/screenshots/{name}.png, for a person to look at. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new IllegalStateException("cannot save the screenshot " + name, e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
