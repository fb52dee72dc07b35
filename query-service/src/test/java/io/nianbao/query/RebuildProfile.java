package io.nianbao.query;

import io.quarkus.test.junit.QuarkusTestProfile;

/** {@link ReadModelRebuildTest} drops the whole read model: it gets its own application, broker and database. */
public class RebuildProfile implements QuarkusTestProfile {
}
