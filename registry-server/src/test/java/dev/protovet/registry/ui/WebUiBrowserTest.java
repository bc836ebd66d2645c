package dev.protovet.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import dev.protovet.registry.core.Registry;
import dev.protovet.registry.http.App;
import dev.protovet.registry.http.AppSettings;
import dev.protovet.registry.store.Database;
import dev.protovet.registry.store.DatabaseSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromedriver), against a registry holding a subject
 * with a breaking change between its versions: subjects → subject → diff, and the check form. Screenshots of each
 * page go to target/ui-screenshots/. Without a browser the test is skipped, except under CI=true, where it fails.
 */
class WebUiBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/ui-screenshots");
    private static final String V1 = """
            syntax = "proto3";
            package shop.v1;

            // An order placed in the shop.
            message Order {
              string id = 1;
              int64 quantity = 2;
              string customer_email = 3;
            }
            """;
    private static final String V2 = """
            syntax = "proto3";
            package shop.v1;

            // An order placed in the shop.
            message Order {
              string id = 1;
              int64 quantity = 2;
              string note = 4;
            }
            """;

    private static Database database;
    private static Javalin app;
    private static String base;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String why = "needs the Debian packages chromium and chromium-driver (apt-get install -y chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        database = Database.open(DatabaseSettings.inMemory("ui-" + UUID.randomUUID()));
        app = App.create(Registry.open(database), AppSettings.defaults().onLoopback(0));
        app.start();
        base = "http://127.0.0.1:" + app.port();
        put("/config/orders-value", "{\"compatibility\":\"NONE\"}");
        post("/subjects/orders-value/versions", V1);
        post("/subjects/orders-value/versions", V2);
        post("/subjects/payments-value/versions", V1.replace("Order", "Payment"));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
            database.close();
        }
    }

    @Test
    void fromTheSubjectsToTheDiffShowingTheBreakingChangeOnItsLine() throws IOException {
        browser.get(base + "/ui/");
        assertThat(browser.getTitle()).isEqualTo("Subjects · protovet registry");
        assertThat(browser.findElements(By.cssSelector("table.list tbody tr"))).hasSize(2);
        screenshot("subjects");

        browser.findElement(By.id("q")).sendKeys("orders");
        browser.findElement(By.cssSelector("form.search button")).click();
        assertThat(browser.findElements(By.cssSelector("table.list tbody tr"))).hasSize(1);
        browser.findElement(By.linkText("orders-value")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("orders-value");
        assertThat(browser.findElement(By.cssSelector("table.code")).getText()).contains("string note = 4;");
        assertThat(browser.findElements(By.cssSelector("table.code .tok-keyword")).stream().map(WebElement::getText))
                .as("highlighted keywords").containsExactly("syntax", "package", "message");
        assertThat(browser.findElements(By.cssSelector("table.code .tok-type")).stream().map(WebElement::getText))
                .as("highlighted scalar types").containsExactly("string", "int64", "string");
        screenshot("subject");

        browser.findElement(By.linkText("What changed")).click();
        WebElement finding = browser.findElements(By.cssSelector(".findings li")).stream()
                .filter(li -> li.findElement(By.cssSelector("code.rule")).getText().equals("FIELD_NO_DELETE, "
                        + "FIELD_NO_DELETE_UNLESS_NAME_RESERVED, FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"))
                .findFirst().orElseThrow();
        assertThat(finding.getText()).contains("customer_email").contains("Fix: reserve 3");
        finding.findElement(By.tagName("a")).click();
        // the link lands on the message that lost the field, line 5 of version 2
        assertThat(browser.getCurrentUrl()).endsWith("#R5");
        assertThat(browser.findElement(By.id("R5")).getText()).contains("message Order {");
        // version 1's line 8 (customer_email = 3) stands beside version 2's (note = 4)
        assertThat(browser.findElements(By.cssSelector("table.diff tr.changed")).stream().map(WebElement::getText))
                .singleElement().asString().contains("string customer_email = 3;").contains("string note = 4;");
        screenshot("diff");
    }

    @Test
    void theCheckFormSaysWhetherASchemaIsCompatible() throws IOException {
        put("/config/payments-value", "{\"compatibility\":\"BACKWARD\"}");
        browser.get(base + "/ui/check");
        browser.findElement(By.id("subject")).sendKeys("payments-value");
        browser.findElement(By.id("schema")).sendKeys("syntax = \"proto3\";\npackage shop.v1;\nmessage Payment {\n"
                + "  string id = 1;\n}\n");
        browser.findElement(By.cssSelector("form.check button")).click();

        WebElement result = shown("section.result");
        assertThat(result.findElement(By.tagName("h2")).getText()).isEqualTo("Not compatible with payments-value");
        assertThat(result.getText()).contains("FIELD_NO_DELETE, FIELD_NO_DELETE_UNLESS_NAME_RESERVED, "
                + "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED payments-value.proto");
        screenshot("check");
    }

    @Test
    void settingsChangeASubjectsLevelRulesAndMode() throws Exception {
        browser.get(base + "/ui/settings?subject=payments-value");
        new Select(browser.findElement(By.id("subject-level"))).selectByValue("FULL");
        browser.findElement(By.id("subject-rules")).sendKeys("WIRE_JSON");
        new Select(browser.findElement(By.id("subject-mode"))).selectByValue("READONLY");
        browser.findElement(By.xpath("//button[text()='Save subject settings']")).click();

        assertThat(shown("p.result.ok").getText()).isEqualTo("Saved the settings of payments-value.");
        assertThat(get("/config/payments-value")).contains("\"compatibilityLevel\":\"FULL\"")
                .contains("\"compatibilityRules\":[\"WIRE_JSON\"]");
        assertThat(get("/mode/payments-value")).isEqualTo("{\"mode\":\"READONLY\"}");
        screenshot("settings");

        // an unknown rule is refused with the registry's message, and nothing changes
        browser.findElement(By.id("subject-rules")).clear();
        browser.findElement(By.id("subject-rules")).sendKeys("NO_SUCH_RULE");
        browser.findElement(By.xpath("//button[text()='Save subject settings']")).click();
        assertThat(shown("p.result.error").getText()).contains("NO_SUCH_RULE");
        assertThat(get("/config/payments-value")).contains("WIRE_JSON");

        new Select(browser.findElement(By.id("subject-level"))).selectByValue("inherit");
        browser.findElement(By.id("subject-rules")).clear();
        new Select(browser.findElement(By.id("subject-mode"))).selectByValue("inherit");
        browser.findElement(By.xpath("//button[text()='Save subject settings']")).click();
        assertThat(shown("p.result.ok").getText()).isEqualTo("Saved the settings of payments-value.");
        assertThat(get("/mode/payments-value?defaultToGlobal=true")).isEqualTo("{\"mode\":\"READWRITE\"}");
    }

    @Test
    void errorsArePagesThatSayWhatWentWrongAndLinkBack() throws IOException {
        browser.get(base + "/ui/subjects/no-such-subject");
        assertThat(browser.getTitle()).isEqualTo("Not found · protovet registry");
        assertThat(browser.findElement(By.cssSelector("p.result.error")).getText())
                .isEqualTo("Subject 'no-such-subject' not found.");
        screenshot("error");
        browser.findElement(By.linkText("Back to the subjects")).click();
        assertThat(browser.getTitle()).isEqualTo("Subjects · protovet registry");

        browser.get(base + "/ui/no-such-page");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        browser.get(base + "/ui/subjects/orders-value?version=abc");
        assertThat(browser.findElement(By.cssSelector("p.result.error")).getText()).contains("'abc' is not a valid version");
    }

    @Test
    void aSchemaThatDoesNotCompileIsSaidToBeInvalidNotIncompatible() throws IOException {
        browser.get(base + "/ui/check");
        browser.findElement(By.id("subject")).sendKeys("orders-value");
        browser.findElement(By.id("schema")).sendKeys("syntax = \"proto3\";\nmessage Broken {\n  string id = 1\n}\n");
        browser.findElement(By.cssSelector("form.check button")).click();

        WebElement result = shown("section.result");
        assertThat(result.findElement(By.tagName("h2")).getText()).isEqualTo("The schema does not compile");
        assertThat(result.getText()).contains("orders-value.proto:4:").contains("expected ';'");
        screenshot("check-invalid");
    }

    @Test
    void aSettingsFormPostedFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
        String before = get("/config?defaultToGlobal=true") + get("/mode");
        // what a page elsewhere can make a browser send: the form's fields, but not this registry's token
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/ui/settings"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("scope=global&level=NONE&rules=&mode=READONLY&csrf=guess"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(forged.body()).contains("Nothing was changed");
        assertThat(get("/config?defaultToGlobal=true") + get("/mode")).isEqualTo(before);

        // the page itself sets the token as a same-site cookie only this registry's pages can pair with the form
        browser.get(base + "/ui/settings");
        String token = browser.findElement(By.cssSelector("input[name=csrf]")).getAttribute("value");
        assertThat(token).hasSize(43);
        assertThat(browser.manage().getCookieNamed("protovet_csrf").getValue()).isEqualTo(token);
        assertThat(browser.manage().getCookieNamed("protovet_csrf").getSameSite()).isEqualTo("Strict");
        assertThat(browser.manage().getCookieNamed("protovet_csrf").isHttpOnly()).isTrue();
    }

    /** The element once the page the last click loads shows it. */
    private static WebElement shown(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void post(String path, String schema) throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("schemaType", "PROTOBUF");
        body.addProperty("schema", schema);
        send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static void put(String path, String json) {
        try {
            send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
