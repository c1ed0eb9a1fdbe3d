package org.clockwise.web.security;

import java.net.URI;

/** Where a redirect may send the browser back to: only a path on this site. */
public final class LocalPaths {

    private LocalPaths() {
    }

    /**
     * The path itself when it is a path on this site, else {@code "/"}: never another host
     * ({@code //evil}, {@code /\evil}), a scheme or a header break.
     */
    public static String orHome(String path) {
        if (path == null || path.length() > 2000 || !path.startsWith("/") || path.startsWith("//")
                || path.startsWith("/\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        try {
            URI uri = URI.create(path);
            return uri.getScheme() == null && uri.getAuthority() == null ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
