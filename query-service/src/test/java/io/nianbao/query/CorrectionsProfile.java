package io.nianbao.query;

import io.quarkus.test.junit.QuarkusTestProfile;

/** {@link CorrectionsTest} gets its own application, broker and database: its versions must not meet other classes' counts. */
public class CorrectionsProfile implements QuarkusTestProfile {
}
