package io.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteTokenTest {

    @TempDir
    Path dataDir;

    @Test
    void aGivenTokenWinsElseOneIsGeneratedOnceAndKept() throws Exception {
        assertEquals("mine", WriteToken.resolve(" mine ", dataDir));
        String generated = WriteToken.resolve(null, dataDir);
        assertTrue(generated.length() >= 32, generated);
        assertEquals(generated, WriteToken.resolve("", dataDir), "kept across restarts");
        assertNotEquals(generated, WriteToken.resolve(null, dataDir.resolve("other")), "each data folder has its own");
    }
}
