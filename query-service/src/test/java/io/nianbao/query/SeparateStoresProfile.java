package io.nianbao.query;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test class with this profile gets its own application, Kafka broker and PostgreSQL, so that the reports it
 * adds do not change the counts that {@link QueryApiTest} asserts.
 */
public class SeparateStoresProfile implements QuarkusTestProfile {
}
