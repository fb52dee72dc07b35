package io.nianbao.ingest.messaging;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import io.nianbao.contracts.Topics;
import io.quarkus.runtime.StartupEvent;

/**
 * Puts ReportRejected events (documents of a batch that were refused) on reports.rejected, without making the
 * refused pusher wait: the answer (4xx) does not depend on it, and the event only feeds the batch's page.
 * Creates the topic in the background at start, since a broker may not create topics on its own.
 */
@ApplicationScoped
public class RejectionPublisher {
    private static final Logger LOG = Logger.getLogger(RejectionPublisher.class);
    private static final int MAX_BLOCK_MS = 2000;

    private final KafkaSettings settings;
    private final KafkaAdmin kafkaAdmin;
    private final LazyProducer producer;

    public RejectionPublisher(KafkaSettings settings, KafkaAdmin kafkaAdmin) {
        this.settings = settings;
        this.kafkaAdmin = kafkaAdmin;
        this.producer = new LazyProducer(this::producerSettings);
    }

    void onStart(@Observes StartupEvent event) {
        BackgroundSetup.start("rejected-topic-setup", this::ensureTopic);
    }

    boolean ensureTopic() {
        try {
            kafkaAdmin.get().createTopics(List.of(new NewTopic(Topics.REJECTED, Optional.empty(),
                    Optional.empty()))).all().get(settings.timeoutMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("created topic %s", Topics.REJECTED);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return true;
            }
            LOG.debugf("topic %s not set up yet: %s", Topics.REJECTED, e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.debugf("topic %s not set up yet: %s", Topics.REJECTED, e.toString());
            return false;
        }
    }

    /** Sends without waiting; a failure is logged (the batch then lacks this refusal), never thrown. */
    public void publish(String key, String value) {
        try {
            producer.get().send(new ProducerRecord<>(Topics.REJECTED, key, value), (metadata, error) -> {
                if (error != null) {
                    LOG.warnf("refusal of %s not recorded on %s: %s", key, Topics.REJECTED, error.toString());
                }
            });
        } catch (KafkaException e) {
            LOG.warnf("refusal of %s not recorded on %s: %s", key, Topics.REJECTED, e.toString());
        }
    }

    private Properties producerSettings() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service-rejected");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // a refused pusher never waits long for the broker's metadata
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
        return props;
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
