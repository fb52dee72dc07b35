package io.nianbao.query;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * {@link SupervisionApiTest} gets its own application, broker and database: its 250 generated reports must not
 * change the counts other test classes assert, and their reports must not enter its percentiles.
 */
public class SupervisionProfile implements QuarkusTestProfile {
}
