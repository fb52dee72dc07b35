package io.nianbao.ingest.messaging;

import java.time.Duration;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** One Kafka admin client with bounded time limits, for topic set-up and the readiness check. */
@ApplicationScoped
public class KafkaAdmin {
    private final KafkaSettings settings;
    private volatile Admin admin;

    public KafkaAdmin(KafkaSettings settings) {
        this.settings = settings;
    }

    public Admin get() {
        Admin a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties p = new Properties();
                    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
                    p.put(AdminClientConfig.CLIENT_ID_CONFIG, "ingest-service-admin");
                    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, settings.timeoutMillis());
                    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, settings.timeoutMillis());
                    admin = Admin.create(p);
                }
                a = admin;
            }
        }
        return a;
    }

    @PreDestroy
    void close() {
        Admin a = admin;
        if (a != null) {
            // pending calls are abandoned: shutting down must not wait for a broker that is away
            a.close(Duration.ZERO);
        }
    }
}
