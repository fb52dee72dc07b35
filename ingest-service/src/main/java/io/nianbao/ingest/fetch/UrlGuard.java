package io.nianbao.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether ingest may fetch a URL: http/https only, and every address the host resolves to
 * must be a public unicast address (no loopback, private, link-local — e.g. cloud metadata at
 * 169.254.169.254 —, multicast, carrier-grade NAT or reserved ranges). Checked again at every redirect.
 *
 * <p>Known limit: the HTTP client resolves the name again when it connects, so a DNS server that
 * answers differently within milliseconds (DNS rebinding) is not covered; pinning the address would
 * need a client that connects to a given IP with the original Host header.
 */
public class UrlGuard {
    private final Set<String> trustedHostPorts;

    /** The production guard: nothing is trusted. */
    public UrlGuard() {
        this(Set.of());
    }

    /**
     * @param trustedHostPorts exact {@code host:port} pairs let through despite the address rules: only
     *                         for tests that serve the first hop from a local server
     */
    public UrlGuard(Set<String> trustedHostPorts) {
        this.trustedHostPorts = Set.copyOf(trustedHostPorts);
    }

    /** @return the parsed URI, when every check passed */
    public URI check(String url) throws RefusedUrlException {
        URI uri;
        try {
            uri = new URI(url).normalize();
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("网址格式不正确：" + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("只允许 http 或 https 网址：" + url);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new RefusedUrlException("网址缺少主机名：" + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedUrlException("网址中不允许包含用户名或密码。");
        }
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (trustedHostPorts.contains(bareHost + ":" + port)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost);
        } catch (UnknownHostException e) {
            throw new RefusedUrlException("无法解析主机名：" + host);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new RefusedUrlException("不允许访问内网、本机或保留地址：" + host + " → " + address.getHostAddress());
            }
        }
        return uri;
    }

    /** true only for globally routable unicast addresses */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIPv4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) { // fc00::/7 unique local
                return false;
            }
            if (first == 0xFE && (b[1] & 0xC0) == 0xC0) { // fec0::/10 old site-local
                return false;
            }
            if (isMappedOrCompatibleIPv4(b)) {
                return isPublicIPv4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (first == 0x20 && (b[1] & 0xFF) == 0x01 && b[2] == 0x0D && (b[3] & 0xFF) == 0xB8) { // 2001:db8::/32
                return false;
            }
            return true;
        }
        return false;
    }

    private static boolean isMappedOrCompatibleIPv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        boolean mapped = (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = b[10] == 0 && b[11] == 0;
        return mapped || compatible;
    }

    private static boolean isPublicIPv4(byte[] b) {
        int a = b[0] & 0xFF;
        int c = b[1] & 0xFF;
        return !(a == 0 // this network
                || a == 10 // private
                || a == 127 // loopback
                || (a == 100 && c >= 64 && c <= 127) // carrier-grade NAT
                || (a == 169 && c == 254) // link-local, cloud metadata
                || (a == 172 && c >= 16 && c <= 31) // private
                || (a == 192 && c == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                || (a == 192 && c == 0 && (b[2] & 0xFF) == 2) // documentation
                || (a == 192 && c == 168) // private
                || (a == 198 && (c == 18 || c == 19)) // benchmarking
                || (a == 198 && c == 51 && (b[2] & 0xFF) == 100) // documentation
                || (a == 203 && c == 0 && (b[2] & 0xFF) == 113) // documentation
                || a >= 224); // multicast, reserved, broadcast
    }
}
