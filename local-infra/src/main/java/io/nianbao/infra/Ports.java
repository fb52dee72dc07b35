package io.nianbao.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks and finds TCP ports on localhost, so that a taken port is reported before anything starts. */
public final class Ports {
    private Ports() {}

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws a clear error when {@code port} is taken; {@code user} names what wanted it. */
    public static void requireFree(int port, String user) {
        if (!isFree(port)) {
            throw new InfraException("port " + port + " (" + user + ") is already in use; stop whatever listens there"
                    + " (e.g. an earlier `./nianbao up`: `ss -ltnp | grep " + port + "`) or choose another port");
        }
    }

    /** A port the operating system considers free right now (for tests). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new InfraException("no free TCP port", e);
        }
    }
}
