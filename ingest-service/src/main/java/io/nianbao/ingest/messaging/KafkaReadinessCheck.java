package io.nianbao.ingest.messaging;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the broker answers: without it every push would be a 503. Bounded in time, unlike
 * a check that waits for the admin client's default minute.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {
    private static final int TIMEOUT_MS = 3000;

    private final KafkaAdmin admin;
    private final RawTopicSetup topicSetup;

    public KafkaReadinessCheck(KafkaAdmin admin, RawTopicSetup topicSetup) {
        this.admin = admin;
        this.topicSetup = topicSetup;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin.get().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes()
                    .get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("kafka").up().withData("brokers", nodes)
                    .withData("rawTopicReady", topicSetup.ready()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("kafka").down().withData("reason", "interrupted").build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka").down().withData("reason", String.valueOf(e)).build();
        }
    }
}
