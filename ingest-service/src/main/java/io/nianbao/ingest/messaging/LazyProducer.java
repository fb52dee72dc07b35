package io.nianbao.ingest.messaging;

import java.time.Duration;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * A String producer built on first use (not at injection: the service must start while the broker is away) and
 * closed without waiting long for a broker that may be gone.
 */
final class LazyProducer {
    private static final Logger LOG = Logger.getLogger(LazyProducer.class);

    private final Supplier<Properties> settings;
    private volatile KafkaProducer<String, String> producer;

    /** {@code settings}: everything but the serializers */
    LazyProducer(Supplier<Properties> settings) {
        this.settings = settings;
    }

    KafkaProducer<String, String> get() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = settings.get();
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(props);
                }
                p = producer;
            }
        }
        return p;
    }

    void close() {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            try {
                p.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("closing a producer", e);
            }
        }
    }
}
