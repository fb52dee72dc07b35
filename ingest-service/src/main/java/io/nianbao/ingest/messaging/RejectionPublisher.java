package io.nianbao.ingest.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
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
    private volatile KafkaProducer<String, String> producer;

    public RejectionPublisher(KafkaSettings settings, KafkaAdmin kafkaAdmin) {
        this.settings = settings;
        this.kafkaAdmin = kafkaAdmin;
    }

    void onStart(@Observes StartupEvent event) {
        Thread setup = new Thread(() -> {
            for (int attempt = 0; attempt < 60 && !ensureTopic(); attempt++) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "rejected-topic-setup");
        setup.setDaemon(true);
        setup.start();
    }

    boolean ensureTopic() {
        try {
            kafkaAdmin.get().createTopics(List.of(new NewTopic(Topics.REJECTED, java.util.Optional.empty(),
                    java.util.Optional.empty()))).all().get(settings.timeoutMillis(), TimeUnit.MILLISECONDS);
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
            producer().send(new ProducerRecord<>(Topics.REJECTED, key, value), (metadata, error) -> {
                if (error != null) {
                    LOG.warnf("refusal of %s not recorded on %s: %s", key, Topics.REJECTED, error.toString());
                }
            });
        } catch (KafkaException e) {
            LOG.warnf("refusal of %s not recorded on %s: %s", key, Topics.REJECTED, e.toString());
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = new Properties();
                    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service-rejected");
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    // a refused pusher never waits long for the broker's metadata
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(props);
                }
                p = producer;
            }
        }
        return p;
    }

    @PreDestroy
    void close() {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            try {
                p.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("closing the rejection producer", e);
            }
        }
    }
}
