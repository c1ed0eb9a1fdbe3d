package org.clockwise.core.course;

import org.clockwise.content.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The images of a library's assets/ folder, published with it. */
final class LibraryAssets {

    /** Only image types a browser shows inline; SVG is served with a sandboxing policy. */
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "webp", "image/webp", "svg", "image/svg+xml");
    static final long MAX_BYTES = 2L * 1024 * 1024;

    record Asset(String path, String mediaType, byte[] content, String hash) {
    }

    /** Images over the size limit, as problems an author can act on. */
    static List<Problem> tooLarge(List<Asset> assets) {
        return assets.stream().filter(a -> a.content().length > MAX_BYTES)
                .map(a -> new Problem("assets/" + a.path(), 1, String.format(Locale.ROOT,
                        "image is %.1f MB; the limit is %d MB: export it smaller", a.content().length / 1048576.0, MAX_BYTES / 1048576)))
                .toList();
    }

    private LibraryAssets() {
    }

    static List<Asset> read(Path libraryRoot) {
        Path assets = libraryRoot.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(assets)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> mediaType(f) != null)
                    .sorted()
                    .map(f -> asset(assets, f))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mediaType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : MEDIA_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Asset asset(Path assets, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String relative = assets.relativize(file).toString().replace('\\', '/');
            return new Asset(relative, mediaType(file), bytes, sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
