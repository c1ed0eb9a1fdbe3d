package org.clockwise.core.course;

import jakarta.inject.Singleton;
import org.clockwise.core.db.DataSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The library folder the server publishes from and writes authors' edits back to:
 * {@code TRAINING_LIBRARY_DIR} when set; {@code ./content-library} when the server runs from a
 * checkout; otherwise a copy of the bundled library in the data folder, made on first start.
 */
@Singleton
public class LibraryLocation {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryLocation.class);
    static final String BUNDLED = "content-library/";

    private final Path folder;

    LibraryLocation(LibrarySettings library, DataSettings data) {
        this.folder = resolve(library.path(), Path.of(data.dataDir()));
    }

    public Path folder() {
        return folder;
    }

    static Path resolve(String configured, Path dataDir) {
        return existing(configured, dataDir).orElseGet(() -> {
            Path copy = copyFolder(dataDir);
            copyBundled(copy);
            LOG.info("Copied the bundled lesson library to {}", copy);
            return copy;
        });
    }

    /** The folder {@link #resolve} chooses when it needs to copy nothing; empty when the bundled library is still to copy. */
    static Optional<Path> existing(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured).toAbsolutePath().normalize());
        }
        Path checkout = Path.of("content-library");
        if (Files.isRegularFile(checkout.resolve("catalog.yml"))) {
            return Optional.of(checkout.toAbsolutePath().normalize());
        }
        Path copy = copyFolder(dataDir);
        return Files.isRegularFile(copy.resolve("catalog.yml")) ? Optional.of(copy) : Optional.empty();
    }

    private static Path copyFolder(Path dataDir) {
        return dataDir.resolve("library").toAbsolutePath().normalize();
    }

    /** Copies the library shipped in the content-library jar (or classes folder) to {@code target}. */
    static void copyBundled(Path target) {
        URL catalog = LibraryLocation.class.getClassLoader().getResource(BUNDLED + "catalog.yml");
        if (catalog == null) {
            throw new IllegalStateException("the bundled content library is not on the classpath");
        }
        try {
            Files.createDirectories(target);
            if (catalog.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) catalog.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (entry.isDirectory() || !entry.getName().startsWith(BUNDLED)) {
                            continue;
                        }
                        Path out = safeChild(target, entry.getName().substring(BUNDLED.length()));
                        Files.createDirectories(out.getParent());
                        try (InputStream in = jar.getInputStream(entry)) {
                            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            } else {
                Path source = Path.of(catalog.toURI()).getParent();
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        Path out = safeChild(target, source.relativize(file).toString());
                        Files.createDirectories(out.getParent());
                        Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the bundled library to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path safeChild(Path root, String relative) {
        Path out = root.resolve(relative).normalize();
        if (!out.startsWith(root)) {
            throw new IllegalStateException("refusing to write outside the library: " + relative);
        }
        return out;
    }
}
