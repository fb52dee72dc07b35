package io.nianbao.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsItsDataAcrossARestartOnTheSameFolder() throws Exception {
        int port = Ports.free();
        try (LocalPostgres postgres = LocalPostgres.start(dataDir, port)) {
            assertEquals("jdbc:postgresql://localhost:" + port + "/postgres", postgres.jdbcUrl());
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres");
                 Statement s = c.createStatement()) {
                s.execute("create table kept(v text)");
                s.execute("insert into kept values ('年报')");
            }
        }
        assertTrue(Ports.isFree(port), "PostgreSQL still listens after close");
        try (LocalPostgres postgres = LocalPostgres.start(dataDir, port);
             Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v from kept")) {
            assertTrue(rs.next());
            assertEquals("年报", rs.getString(1));
        }
    }
}
