package io.nianbao.ingest.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import io.nianbao.contracts.Topics;

/**
 * Makes sure reports.raw takes records as large as the biggest allowed document: a broker's default
 * limit is 1 MB, far below a 20 MB PDF in base64. Creates the topic, or raises its limit if it exists.
 */
@ApplicationScoped
public class RawTopicSetup {
    private static final Logger LOG = Logger.getLogger(RawTopicSetup.class);

    private final KafkaSettings settings;
    private final KafkaAdmin kafkaAdmin;
    private final AtomicBoolean ready = new AtomicBoolean();

    public RawTopicSetup(KafkaSettings settings, KafkaAdmin kafkaAdmin) {
        this.settings = settings;
        this.kafkaAdmin = kafkaAdmin;
    }

    public boolean ready() {
        return ready.get();
    }

    /** Tries once, within {@code timeoutMillis}; true when the topic is fit for the largest record. */
    public boolean ensure(long timeoutMillis) {
        if (ready.get()) {
            return true;
        }
        int timeout = (int) Math.max(500, timeoutMillis);
        String maxBytes = String.valueOf(settings.maxRecordBytes());
        Admin admin = kafkaAdmin.get();
        try {
            try {
                NewTopic topic = new NewTopic(Topics.RAW, Optional.of(settings.rawTopicPartitions()), Optional.empty())
                        .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes));
                admin.createTopics(List.of(topic)).all().get(timeout, TimeUnit.MILLISECONDS);
                LOG.infof("created topic %s (max.message.bytes=%s)", Topics.RAW, maxBytes);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                raiseLimitIfNeeded(admin, maxBytes, timeout);
            }
            ready.set(true);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.debugf("topic %s not set up yet: %s", Topics.RAW, e.toString());
            return false;
        }
    }

    private static void raiseLimitIfNeeded(Admin admin, String maxBytes, int timeout) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.RAW);
        Config current = admin.describeConfigs(List.of(resource)).all().get(timeout, TimeUnit.MILLISECONDS)
                .get(resource);
        ConfigEntry entry = current == null ? null : current.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
        if (entry != null && entry.value() != null && Long.parseLong(entry.value()) >= Long.parseLong(maxBytes)) {
            return;
        }
        AlterConfigOp set = new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes),
                AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(set))).all().get(timeout, TimeUnit.MILLISECONDS);
        LOG.infof("raised max.message.bytes of %s to %s", Topics.RAW, maxBytes);
    }
}
