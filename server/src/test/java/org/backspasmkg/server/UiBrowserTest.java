package org.backspasmkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium over the store built from the real project data: dataset list,
 * query page, a query from queries/, result rows; saves docs/screenshot-ui.png.
 * Skipped when no browser is installed, except under CI=true where it must run.
 */
class UiBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir Path dir;

    @Test
    void theUiListsTheDatasetAndRunsAProjectQuery() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(installed || "true".equals(System.getenv("CI")),
                "no /usr/bin/chromium and /usr/bin/chromedriver: browser test skipped (install chromium chromium-driver)");

        Path root = Fixtures.projectRoot();
        StoreInfo info = new StoreManager(dir.resolve("store"), GraphSource.loader()).ensureCurrent(new ProjectInputs(root), false);
        try (TextStore store = TextStore.open(info.dir())) {
            KgServer server = KgServer.builder().dataset(store.dataset()).port(0).build().start();
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options(dir.resolve("chrome-profile")));
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                wait.ignoring(StaleElementReferenceException.class); // Yasr redraws its table while we look
                driver.get(server.url() + "#/");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//td[normalize-space()='/backspasm']")));

                driver.get(server.url() + "#/dataset/backspasm/query");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
                // Any non-empty graph answers this one (the ontology alone has owl:Class members).
                assertThat(runAndReadRows(driver, wait, "graph-overview")).contains("Class");
                // The real page's answers talk about stretching; the screenshot shows this search.
                assertThat(runAndReadRows(driver, wait, "full-text-search")).containsIgnoringCase("stretch");

                File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Path target = root.resolve("docs/screenshot-ui.png");
                Files.createDirectories(target.getParent());
                Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
                target.toFile().setReadable(true, false);
                assertThat(Files.size(target)).isGreaterThan(10_000);
            } finally {
                driver.quit();
                server.stop();
            }
        }
    }

    /** Puts a query from queries/ into the editor, runs it and returns the text of the result rows. */
    private static String runAndReadRows(ChromeDriver driver, WebDriverWait wait, String name) {
        driver.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", Fixtures.query(name));
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        // Yasr redraws the table; wait for rows of this query (its first column header).
        String firstColumn = name.equals("graph-overview") ? "class" : "thing";
        wait.until(d -> {
            List<WebElement> headers = d.findElements(By.cssSelector(".yasr table thead th"));
            return headers.stream().anyMatch(h -> h.getText().strip().equals(firstColumn))
                    && !d.findElements(By.cssSelector(".yasr table tbody tr td")).isEmpty();
        });
        List<WebElement> rows = driver.findElements(By.cssSelector(".yasr table tbody tr"));
        assertThat(rows).as(name).isNotEmpty();
        return driver.findElement(By.cssSelector(".yasr table tbody")).getText();
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile()); // explicit paths: Selenium Manager never downloads anything
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1400", "--user-data-dir=" + profile);
        return options;
    }
}
