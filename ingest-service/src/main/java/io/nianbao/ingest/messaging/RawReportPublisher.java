package io.nianbao.ingest.messaging;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;

import io.nianbao.contracts.Topics;
import io.quarkus.runtime.StartupEvent;

/**
 * Puts RawReportReceived events on reports.raw and waits until the broker acknowledged them
 * (acks=all, idempotent producer), within a bounded time. A plain KafkaProducer gives exact control
 * over acks and every time limit, which a push needs to answer 202 only for a stored record.
 */
@ApplicationScoped
public class RawReportPublisher {
    private final KafkaSettings settings;
    private final RawTopicSetup topicSetup;
    private final LazyProducer producer;

    public RawReportPublisher(KafkaSettings settings, RawTopicSetup topicSetup) {
        this.settings = settings;
        this.topicSetup = topicSetup;
        this.producer = new LazyProducer(this::producerSettings);
    }

    /** sets the topic up in the background, so that the first push does not pay for it */
    void onStart(@Observes StartupEvent event) {
        BackgroundSetup.start("raw-topic-setup", () -> {
            producer.get(); // built now, so that the first push does not pay for it either
            return topicSetup.ensure(settings.timeoutMillis());
        });
    }

    /**
     * Sends and waits for the broker's acknowledgement.
     *
     * @return where the record was stored
     * @throws PublishFailedException when the broker did not acknowledge it within the time limit
     */
    public RecordMetadata publish(String key, String value) throws PublishFailedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.timeoutMillis());
        // the topic is set up in the background (onStart); a push never waits for that
        try {
            Future<RecordMetadata> sent = producer.get().send(new ProducerRecord<>(Topics.RAW, key, value));
            // send() itself may block up to max.block.ms on metadata; the wait below is bounded as well
            return sent.get(Math.max(remainingMillis(deadline), 250), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PublishFailedException("Kafka refused the record: " + cause, cause,
                    cause instanceof RecordTooLargeException);
        } catch (RecordTooLargeException e) {
            throw new PublishFailedException("record too large for Kafka: " + e.getMessage(), e, true);
        } catch (TimeoutException | KafkaException e) {
            throw new PublishFailedException("Kafka did not acknowledge in time: " + e, e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for Kafka", e, false);
        }
    }

    private Properties producerSettings() {
        int timeout = settings.timeoutMillis();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service-raw");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // must be >= linger.ms + request.timeout.ms
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, settings.maxRecordBytes());
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(64L * 1024 * 1024, 2L * settings.maxRecordBytes()));
        return p;
    }

    @PreDestroy
    void close() {
        producer.close();
    }

    private static long remainingMillis(long deadlineNanos) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }
}
