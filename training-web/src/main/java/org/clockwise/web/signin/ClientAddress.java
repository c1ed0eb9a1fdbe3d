package org.clockwise.web.signin;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import org.clockwise.core.signin.SecuritySettings;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a request comes from, for throttling sign-in. {@code X-Forwarded-For} is believed
 * only when the peer is one of {@code clockwise.security.trusted-proxies} (none by default), and
 * then read from the right, skipping further trusted proxies, so a client cannot choose its address.
 */
@Context
class ClientAddress {

    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int total = network.length * 8;
            BigInteger mask = bits == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(total).subtract(BigInteger.ONE).shiftRight(total - bits).shiftLeft(total - bits);
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private final List<Block> trusted;

    @Inject
    ClientAddress(SecuritySettings settings) {
        this(settings.trustedProxies());
    }

    ClientAddress(List<String> trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies) {
            blocks.add(parse(entry));
        }
        this.trusted = List.copyOf(blocks);
    }

    /** Parses {@code 10.0.0.1}, {@code 10.0.0.0/8} or an IPv6 form; a bad entry stops the server at start. */
    private static Block parse(String entry) {
        String[] parts = entry.split("/", -1);
        byte[] address = literal(parts[0]);
        if (address == null || parts.length > 2) {
            throw new IllegalArgumentException("clockwise.security.trusted-proxies: '" + entry + "' is not an IP address or CIDR block");
        }
        int bits = address.length * 8;
        if (parts.length == 2) {
            try {
                bits = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("clockwise.security.trusted-proxies: '" + entry + "' has a prefix length outside 0-"
                        + address.length * 8);
            }
        }
        return new Block(address, bits);
    }

    /** The bytes of an IP literal, or null; never a name lookup. */
    private static byte[] literal(String text) {
        String s = text.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        boolean ipv4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private boolean trusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(b -> b.contains(bytes));
    }

    String of(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress() == null ? "unknown"
                : request.getRemoteAddress().getAddress().getHostAddress();
        return resolve(peer, request.getHeaders().getAll("X-Forwarded-For"));
    }

    /** The client address given the peer and the X-Forwarded-For headers, in order. */
    String resolve(String peer, List<String> forwardedFor) {
        String client = peer;
        if (!trusted(client)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            byte[] bytes = literal(hops.get(i));
            if (bytes == null) {
                return client; // garbage in the chain: stop at the last address we could trust
            }
            client = hops.get(i);
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }
}
