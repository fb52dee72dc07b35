package io.nianbao.validate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.nianbao.validate.repository.ReportState;
import io.nianbao.validate.repository.ReportStateRepository;
import io.nianbao.validate.service.ValidationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Several instances processing one body's reports at the same moment (simulated by concurrent transactions
 * on the real PostgreSQL): the body's row lock must make each see the other's report, whatever the timing.
 */
@QuarkusTest
@WithTestResource(KafkaAndPostgresResource.class)
class ConcurrentInstancesTest {
    private static final int BODIES = 12;

    @Inject
    ValidationService service;
    @Inject
    ReportStateRepository reports;

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoYearsOfOneBodyProcessedAtOnceStillMeet() throws Exception {
        ParsedReport seed = Reports.seed("000");
        for (int b = 0; b < BODIES; b++) {
            String body = "并发" + b + "号市人民政府";
            String y2019 = Reports.newReportId();
            String y2020 = Reports.newReportId();
            var e2019 = Reports.parsedEvent(y2019, Reports.previousYearWithCarryMismatch(seed, body));
            var e2020 = Reports.parsedEvent(y2020, Reports.renamed(seed, body));
            runTogether(List.of(() -> service.process(e2019), () -> service.process(e2020)));
            given().when().get("/api/validations/" + y2020).then().statusCode(200)
                    .body("issues.code", hasItem("X_CARRYOVER_MISMATCH"));
        }
    }

    @Test
    void twoVersionsOfOneReportAtOnceLeaveExactlyOneCurrent() throws Exception {
        ParsedReport seed = Reports.seed("003");
        for (int b = 0; b < BODIES; b++) {
            String body = "并发" + b + "号县";
            ParsedReport first = Reports.renamed(seed, body);
            ParsedReport second = Reports.renamed(seed, body);
            second.title = "version 2";
            String id1 = Reports.newReportId();
            String id2 = Reports.newReportId();
            runTogether(List.of(() -> service.process(Reports.parsedEvent(id1, first)),
                    () -> service.process(Reports.parsedEvent(id2, second))));
            List<ReportState> states = QuarkusTransaction.requiringNew().call(
                    () -> reports.list("normalizedOrganization = ?1 and year = ?2", body, 2020));
            assertEquals(2, states.size());
            assertEquals(1, states.stream().filter(s -> s.currentReport).count(), "exactly one current report");
            ReportState current = states.stream().filter(s -> s.currentReport).findFirst().orElseThrow();
            ReportState replaced = states.stream().filter(s -> !s.currentReport).findFirst().orElseThrow();
            assertEquals(current.reportId, replaced.supersededBy);
            given().when().get("/api/validations/" + current.reportId).then().statusCode(200)
                    .body("issues.code", hasItem("X_SUPERSEDED"));
        }
    }
}
