package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.clockwise.core.mail.SiteSettings;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the browser reached this server over HTTPS, so its cookies must be {@code Secure}:
 * the connection itself is TLS; or {@code TRAINING_BASE_URL} starts with {@code https://}
 * (people only ever reach the site over TLS, whatever the proxy says); or a configured trusted
 * proxy ({@link ProxySettings}) says so in {@code X-Forwarded-Proto} or {@code Forwarded: proto=}.
 * A forwarded header from any other client is ignored: anyone can send one.
 */
@Singleton
public class SecureRequests {

    private final boolean httpsSite;
    private final List<byte[][]> trusted = new ArrayList<>(); // {network, mask}

    SecureRequests(ProxySettings proxies, SiteSettings site) {
        this.httpsSite = site.baseUrl() != null && site.baseUrl().toLowerCase(Locale.ROOT).startsWith("https://");
        for (String entry : proxies.trustedProxies()) {
            trusted.add(block(entry));
        }
    }

    public boolean isSecure(HttpRequest<?> request) {
        return request.isSecure() || httpsSite || fromTrustedProxy(request) && forwardedHttps(request);
    }

    private boolean fromTrustedProxy(HttpRequest<?> request) {
        if (trusted.isEmpty()) {
            return false;
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return false;
        }
        byte[] address = remote.getAddress().getAddress();
        return trusted.stream().anyMatch(block -> within(address, block[0], block[1]));
    }

    /** {@code 10.0.0.5} or {@code 10.0.0.0/8} (IPv6 alike) as its network and mask; literals only, never a name lookup. */
    static byte[][] block(String entry) {
        String[] parts = entry.trim().split("/", -1);
        String literal = parts[0].replace("[", "").replace("]", "");
        if (parts.length > 2 || !literal.matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("clockwise.security.trusted-proxies: '" + entry + "' is not an IP address or CIDR block");
        }
        byte[] network;
        try {
            network = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("clockwise.security.trusted-proxies: '" + entry + "' is not an IP address", e);
        }
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
        if (bits > network.length * 8) {
            throw new IllegalArgumentException("clockwise.security.trusted-proxies: '" + entry + "' has too long a prefix");
        }
        byte[] mask = new byte[network.length];
        for (int i = 0; i < bits; i++) {
            mask[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        return new byte[][] {network, mask};
    }

    private static boolean within(byte[] address, byte[] network, byte[] mask) {
        if (address.length != network.length) {
            return false;
        }
        for (int i = 0; i < address.length; i++) {
            if ((address[i] & mask[i]) != (network[i] & mask[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean forwardedHttps(HttpRequest<?> request) {
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        if (proto != null) {
            // The client's own scheme is the first of a comma-separated chain.
            return proto.split(",")[0].trim().equalsIgnoreCase("https");
        }
        String forwarded = request.getHeaders().get("Forwarded");
        if (forwarded != null) {
            for (String pair : forwarded.split(",")[0].split(";")) {
                String[] kv = pair.trim().split("=", 2);
                if (kv.length == 2 && kv[0].equalsIgnoreCase("proto")) {
                    return kv[1].replace("\"", "").trim().equalsIgnoreCase("https");
                }
            }
        }
        return false;
    }
}
