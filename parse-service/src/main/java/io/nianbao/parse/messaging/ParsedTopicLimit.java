package io.nianbao.parse.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.nianbao.contracts.Topics;
import io.quarkus.runtime.StartupEvent;

/**
 * Makes reports.parsed take records as large as {@code nianbao.parsed.max-record-bytes}: a parsed report now
 * carries the text it was read from, which for a big document passes a broker's default limit of 1 MB.
 * Creates the topic with the limit, or raises the limit of an existing one; in the background, with retries,
 * like ingest-service does for reports.raw.
 */
@ApplicationScoped
public class ParsedTopicLimit {
    private static final Logger LOG = Logger.getLogger(ParsedTopicLimit.class);
    private static final int TIMEOUT_MS = 5000;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = ParsedRecordWriter.MAX_RECORD_BYTES, defaultValue = "29010604")
    int maxRecordBytes;

    void onStart(@Observes StartupEvent event) {
        Thread setup = new Thread(() -> {
            for (int attempt = 0; attempt < 60 && !ensure(); attempt++) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "parsed-topic-limit");
        setup.setDaemon(true);
        setup.start();
    }

    /** one try; true when reports.parsed takes the largest record */
    boolean ensure() {
        String maxBytes = String.valueOf(maxRecordBytes);
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "parse-service-admin");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        try (Admin admin = Admin.create(p)) {
            try {
                NewTopic topic = new NewTopic(Topics.PARSED, Optional.empty(), Optional.empty())
                        .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes));
                admin.createTopics(List.of(topic)).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                LOG.infof("created topic %s (max.message.bytes=%s)", Topics.PARSED, maxBytes);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                raiseIfNeeded(admin, maxBytes);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.debugf("limit of %s not set yet: %s", Topics.PARSED, e.toString());
            return false;
        }
    }

    private static void raiseIfNeeded(Admin admin, String maxBytes) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PARSED);
        Config current = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).get(resource);
        ConfigEntry entry = current == null ? null : current.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
        if (entry != null && entry.value() != null && Long.parseLong(entry.value()) >= Long.parseLong(maxBytes)) {
            return;
        }
        AlterConfigOp set = new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes),
                AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(set))).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        LOG.infof("raised max.message.bytes of %s to %s", Topics.PARSED, maxBytes);
    }
}
