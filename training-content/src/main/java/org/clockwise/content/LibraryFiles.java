package org.clockwise.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the files of a library folder. Only {@link Path} APIs, so a library inside a jar
 * (a zip file system) loads like a folder.
 */
final class LibraryFiles {

    static final long MAX_ASSET_BYTES = 5L * 1024 * 1024;

    private static final Pattern SVG_SCRIPT = Pattern.compile(
            "<script|javascript:|<foreignObject|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private LibraryFiles() {
    }

    /**
     * The regular files under {@code root/folder}, as library-relative paths with forward slashes,
     * sorted. Hidden files and folders are skipped; symbolic links are reported, never followed,
     * so a library cannot publish files from outside itself.
     */
    static List<String> list(Path root, String folder, List<Problem> problems) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir)).forEach(p -> {
                String relative = relative(root, p);
                if (isHidden(root, p)) {
                    return;
                }
                if (Files.isSymbolicLink(p)) {
                    problems.add(new Problem(relative, 1, "symbolic links are not published: replace it with the file itself"));
                } else if (Files.isRegularFile(p)) {
                    paths.add(relative);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(folder, 1, "cannot read the folder: " + e.getMessage()));
        }
        paths.sort(null);
        return paths;
    }

    static boolean isModuleFile(String path) {
        return path.startsWith("modules/") && path.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    static String relative(Path root, Path file) {
        List<String> names = new ArrayList<>();
        for (Path name : root.relativize(file)) {
            names.add(name.toString());
        }
        return String.join("/", names);
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path name : root.relativize(file)) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Problems with the files under assets/: too large for a lesson, or an SVG that carries script. */
    static void checkAssets(Path root, List<String> assets, List<Problem> problems) {
        for (String asset : assets) {
            Path file = root.resolve(asset);
            try {
                long size = Files.size(file);
                if (size > MAX_ASSET_BYTES) {
                    problems.add(new Problem(asset, 1, "asset too large: " + ModuleParser.megabytes(size)
                            + ", the limit is 5 MB; compress or resize it"));
                } else if (asset.toLowerCase(Locale.ROOT).endsWith(".svg")
                        && SVG_SCRIPT.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).find()) {
                    problems.add(new Problem(asset, 1, "SVG with script, event handlers or embedded HTML: "
                            + "export it again as a plain drawing, or use PNG"));
                }
            } catch (IOException e) {
                problems.add(new Problem(asset, 1, "cannot read: " + e.getMessage()));
            }
        }
    }
}
