package org.clockwise.web.signin;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import org.clockwise.core.signin.SecuritySettings;
import org.clockwise.core.signin.TrustedProxies;

import java.util.ArrayList;
import java.util.List;

/**
 * The address a request comes from, for throttling sign-in. {@code X-Forwarded-For} is believed
 * only when the peer is one of {@code clockwise.security.trusted-proxies} (none by default), and
 * then read from the right, skipping further trusted proxies, so a client cannot choose its address.
 */
@Context
class ClientAddress {

    private final TrustedProxies trusted;

    @Inject
    ClientAddress(SecuritySettings settings) {
        this(settings.trustedProxies());
    }

    ClientAddress(List<String> trustedProxies) {
        this.trusted = new TrustedProxies(trustedProxies);
    }

    private boolean trusted(String address) {
        return trusted.trusts(address);
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
            byte[] bytes = TrustedProxies.literal(hops.get(i));
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
