package dev.zhibiao.query.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhibiao.query.rest.SampleData;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real headless Chromium against this running query-service: an analyst types a metric and a
 * region, searches, and sees the table with the facts highlighted in their sentences, the chart and the region tree.
 * Skipped (with the reason) where /usr/bin/chromium is not installed; CI installs it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class DashboardBrowserTest {
    @TestHTTPResource("/")
    URL dashboard;

    @Test
    void searchShowsTableChartAndTreeAndNeverRunsPostMarkup() throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.BINARY),
                "browser test skipped: " + HeadlessChromium.BINARY + " is missing (apt-get install -y chromium)");
        SampleData.ensureStored();
        try (HeadlessChromium browser = HeadlessChromium.open(dashboard.toString())) {
            browser.await("document.body.dataset.state === 'ready'", "the first search on load");
            assertEquals("object", browser.evaluate("typeof echarts").asText(), "ECharts is served by query-service");

            browser.evaluate("document.getElementById('metric').focus()");
            browser.type("集体经济");
            browser.evaluate("document.getElementById('region').focus()");
            browser.type(SampleData.PROVINCE);
            browser.evaluate("document.body.dataset.state = ''; document.getElementById('go').click()");
            browser.await("document.body.dataset.state === 'ready'", "the search");

            assertEquals("4 条指标", browser.evaluate("document.getElementById('status').textContent").asText());
            assertEquals(List.of("2026.55万元", "23.3万余元", "25万元", "30万元"), strings(browser.evaluate(
                    "[...document.querySelectorAll('#results tbody tr mark')].map(m => m.textContent)")));
            assertEquals("2021年乙县村集体经济总收入达2026.55万元。", browser.evaluate(
                    "document.querySelector('#results tbody tr td:last-child').textContent").asText());
            assertEquals(List.of("2021", "2022", "2023"), strings(browser.evaluate(
                    "echarts.getInstanceByDom(document.getElementById('chart')).getOption().xAxis[0].data")));
            assertEquals(List.of("20265500", "233000", "550000"), strings(browser.evaluate(
                    "echarts.getInstanceByDom(document.getElementById('chart')).getOption().series[0].data.map(String)")));
            assertTrue(browser.evaluate("document.querySelector('#chart canvas').width > 0").asBoolean(),
                    "the chart drew on its canvas");
            browser.await("document.querySelector('#tree a[data-code=\"97\"]') !== null", "the region tree");
            assertEquals("7", browser.evaluate(
                    "document.querySelector('#tree a[data-code=\"97\"]').nextElementSibling.textContent").asText());

            browser.evaluate("document.getElementById('metric').value = ''; document.getElementById('q').value = 'script';"
                    + "document.body.dataset.state = ''; document.getElementById('go').click()");
            browser.await("document.body.dataset.state === 'ready'", "the search for the post with markup");
            assertEquals(SampleData.SCRIPT_SENTENCE, browser.evaluate(
                    "document.querySelector('#results tbody tr td:last-child').textContent").asText(),
                    "markup from a post is shown as text");
            assertEquals(0, browser.evaluate("document.querySelectorAll('#results script').length").asInt());
            browser.screenshot(Path.of("target", "dashboard.png"));
        }
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
