package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.clockwise.core.mail.SiteSettings;
import org.clockwise.core.signin.SecuritySettings;
import org.clockwise.core.signin.TrustedProxies;

import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Whether the browser reached this server over HTTPS, so its cookies must be {@code Secure}:
 * the connection itself is TLS; or {@code TRAINING_BASE_URL} starts with {@code https://}
 * (people only ever reach the site over TLS, whatever the proxy says); or a configured trusted
 * proxy ({@code clockwise.security.trusted-proxies}, {@link TrustedProxies}) says so in {@code X-Forwarded-Proto} or {@code Forwarded: proto=}.
 * A forwarded header from any other client is ignored: anyone can send one.
 */
@Singleton
public class SecureRequests {

    private final boolean httpsSite;
    private final TrustedProxies trusted;

    SecureRequests(SecuritySettings security, SiteSettings site) {
        this.httpsSite = site.baseUrl() != null && site.baseUrl().toLowerCase(Locale.ROOT).startsWith("https://");
        this.trusted = new TrustedProxies(security.trustedProxies());
    }

    public boolean isSecure(HttpRequest<?> request) {
        return request.isSecure() || httpsSite || fromTrustedProxy(request) && forwardedHttps(request);
    }

    private boolean fromTrustedProxy(HttpRequest<?> request) {
        if (trusted.isEmpty()) {
            return false;
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null && remote.getAddress() != null && trusted.trusts(remote.getAddress().getHostAddress());
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
