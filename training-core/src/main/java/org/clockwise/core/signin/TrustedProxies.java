package org.clockwise.core.signin;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies (load balancer, TLS terminator) whose forwarded headers are believed:
 * {@code clockwise.security.trusted-proxies}, IP addresses or CIDR blocks, none by default (any
 * client can send such a header). One rule for the sign-in throttle's client address
 * ({@code X-Forwarded-For}) and for telling a request came over TLS ({@code X-Forwarded-Proto}).
 * Literals only, never a name lookup. Immutable and thread-safe.
 */
public final class TrustedProxies {

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

    /**
     * @param entries IP addresses or CIDR blocks
     * @throws IllegalArgumentException naming the setting and the entry when one is neither
     */
    public TrustedProxies(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : entries) {
            blocks.add(parse(entry));
        }
        this.trusted = List.copyOf(blocks);
    }

    /** Whether no proxy is trusted (the default). */
    public boolean isEmpty() {
        return trusted.isEmpty();
    }

    /** Whether this IP literal is a trusted proxy; false for anything that is not an IP literal. */
    public boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(b -> b.contains(bytes));
    }

    /** Parses {@code 10.0.0.1}, {@code 10.0.0.0/8} or an IPv6 form; a bad entry stops the server at start. */
    private static Block parse(String entry) {
        String[] parts = entry.split("/", -1);
        byte[] address = literal(parts[0]);
        if (address == null || parts.length > 2) {
            throw new IllegalArgumentException("clockwise.security.trusted-proxies must be IP addresses or CIDR blocks, was " + entry);
        }
        int bits = address.length * 8;
        if (parts.length == 2) {
            try {
                bits = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("clockwise.security.trusted-proxies must have a prefix length between 0 and "
                        + address.length * 8 + ", was " + entry);
            }
        }
        return new Block(address, bits);
    }

    /** The bytes of an IP literal, or null; never a name lookup. */
    public static byte[] literal(String text) {
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
}
