package org.clockwise.content;

import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks and rewrites relative links and images, resolved against the file as on any git host.
 *
 * <p>A link to another module's file becomes {@code /modules/<id>}; a link or image to a file under
 * {@code assets/} becomes {@code /assets/<path under assets>}. Absolute http(s) and mailto links,
 * in-page anchors and site paths are left alone; other schemes are left for the sanitizers to drop.
 */
final class LinkResolver {

    static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif");

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Map<String, String> moduleIdsByPath;
    private final Set<String> modulePaths;
    private final Set<String> assetPaths;

    /**
     * @param moduleIdsByPath module file path → its valid id
     * @param modulePaths     every module file path, with or without a valid id
     * @param assetPaths      every file under assets/, as a library-relative path
     */
    LinkResolver(Map<String, String> moduleIdsByPath, Set<String> modulePaths, Set<String> assetPaths) {
        this.moduleIdsByPath = moduleIdsByPath;
        this.modulePaths = modulePaths;
        this.assetPaths = assetPaths;
    }

    /** Rewrites the links below {@code root} in place; returns the asset paths (under assets/) used. */
    List<String> resolve(Node root, ProblemLog log) {
        Set<String> used = new LinkedHashSet<>();
        // Lines are tracked in one pass: blocks carry their line, inline nodes count the line
        // breaks since their block began (Trees.line per link would be quadratic in links).
        int[] blockLine = {1};
        int[] breaks = {0};
        Trees.forEach(root, node -> {
            if (!node.getSourceSpans().isEmpty()) {
                blockLine[0] = node.getSourceSpans().get(0).getLineIndex() + 1;
                breaks[0] = 0;
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                breaks[0]++;
            } else if (node instanceof Link link) {
                link.setDestination(resolveLink(link.getDestination(), blockLine[0] + breaks[0], log, used));
            } else if (node instanceof Image image) {
                image.setDestination(resolveImage(image.getDestination(), blockLine[0] + breaks[0], log, used));
            }
        });
        return List.copyOf(used);
    }

    private String resolveLink(String destination, int line, ProblemLog log, Set<String> used) {
        Target target = target(destination, line, log);
        if (target == null) {
            return destination;
        }
        if (moduleIdsByPath.containsKey(target.path())) {
            return "/modules/" + moduleIdsByPath.get(target.path()) + target.fragment();
        }
        if (modulePaths.contains(target.path())) {
            return destination; // that module has no valid id; its own problems say so
        }
        if (assetPaths.contains(target.path())) {
            return asset(target, used);
        }
        if (target.path().startsWith("modules/") && target.path().toLowerCase(Locale.ROOT).endsWith(".md")) {
            log.at(line, "link to missing module `" + destination + "`: there is no " + target.path()
                    + " (links are relative to this file)");
        } else if (target.path().startsWith("assets/")) {
            log.at(line, "link to missing asset `" + destination + "`: there is no " + target.path()
                    + " (links are relative to this file)");
        } else {
            log.at(line, "link to `" + destination + "` (" + target.path() + "): only modules under modules/ and files "
                    + "under assets/ are published; links are relative to this file");
        }
        return destination;
    }

    private String resolveImage(String destination, int line, ProblemLog log, Set<String> used) {
        Target target = target(destination, line, log);
        if (target == null) {
            return destination;
        }
        if (!assetPaths.contains(target.path())) {
            String where = target.path().startsWith("assets/") ? "" : "; images live under assets/";
            log.at(line, "image not found: `" + destination + "` (looked for " + target.path() + where
                    + "; paths are relative to this file)");
            return destination;
        }
        String name = target.path().toLowerCase(Locale.ROOT);
        if (IMAGE_EXTENSIONS.stream().noneMatch(ext -> name.endsWith("." + ext))) {
            log.at(line, "`" + destination + "` is not an image: use one of " + String.join(", ", IMAGE_EXTENSIONS)
                    + ", or a plain link `[text](…)` to offer a download");
            return destination;
        }
        return asset(target, used);
    }

    private static String asset(Target target, Set<String> used) {
        String underAssets = target.path().substring("assets/".length());
        used.add(underAssets);
        return "/assets/" + encodePath(underAssets) + target.fragment();
    }

    /** A relative destination resolved to a library path, or null when it is not a relative path. */
    private Target target(String destination, int line, ProblemLog log) {
        if (destination == null || destination.isBlank() || destination.startsWith("#") || destination.startsWith("/")
                || SCHEME.matcher(destination).find()) {
            return null;
        }
        int hash = destination.indexOf('#');
        String fragment = hash < 0 ? "" : destination.substring(hash);
        String path = hash < 0 ? destination : destination.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String resolved = normalize(directoryOf(log.path()) + decode(path));
        if (resolved == null) {
            log.at(line, "`" + destination + "` points outside the library: link to modules or assets inside it");
            return null;
        }
        return new Target(resolved, fragment);
    }

    private record Target(String path, String fragment) {
    }

    private static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** Resolves "." and ".." segments; null when the path climbs above the library root. */
    static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    // Percent-decoding by hand: URLDecoder would also turn '+' into a space, which paths do not.
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int next = path.indexOf('%', i + 1);
                int end = next < 0 ? path.length() : next;
                bytes.writeBytes(path.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "/-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
