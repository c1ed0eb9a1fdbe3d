package org.clockwise.core.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server started from the embedded binaries, with its data in a folder that
 * survives restarts. One JVM owns a data folder at a time (a file lock says so); a server left
 * running by a crashed owner is stopped before the new one starts, so a crash never blocks the
 * next start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private static volatile String readyLine = "";
    private final CompletableFuture<EmbeddedPostgres> postgres;
    private final int port;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path pgData;

    private EmbeddedDatabase(CompletableFuture<EmbeddedPostgres> postgres, int port, FileChannel lockChannel, FileLock lock, Path pgData) {
        this.postgres = postgres;
        this.port = port;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pgData = pgData;
    }

    /**
     * Starts (creating on first use) the server whose data lives in {@code dataDir/postgres}.
     *
     * @throws DatabaseUnavailableException when the folder is in use by another process or the
     *                                      server cannot start; the message says which
     */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, true);
    }

    /**
     * @param durable whether commits wait for the disk; the embedded binaries default to fsync
     *                off, which a throwaway test database may keep but real records must not
     */
    public static EmbeddedDatabase start(Path dataDir, boolean durable) {
        EmbeddedDatabase db = begin(dataDir, durable);
        db.awaitReady();
        return db;
    }

    /**
     * Starts the server as {@link #start(Path)} does, but returns once the folder is locked and the port chosen, while
     * initdb and PostgreSQL's start run on a thread of their own (issue 13, first start: the application context starts
     * meanwhile, and waits with {@link #awaitReady} only before its first connection). The address is known at once.
     *
     * @throws DatabaseUnavailableException when the folder is in use by another process
     */
    public static EmbeddedDatabase startInBackground(Path dataDir) {
        return begin(dataDir, true);
    }

    /**
     * Waits until the server accepts connections.
     *
     * @throws DatabaseUnavailableException when it could not start; the message says why
     */
    public void awaitReady() {
        try {
            postgres.join();
        } catch (CompletionException | CancellationException e) {
            release();
            throw new DatabaseUnavailableException("the embedded PostgreSQL in " + pgData.toAbsolutePath()
                    + " did not start: " + rootMessage(e), e);
        }
    }

    private static EmbeddedDatabase begin(Path dataDir, boolean durable) {
        Path pgData = dataDir.resolve("postgres");
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DatabaseUnavailableException("the data folder " + dataDir.toAbsolutePath()
                        + " is in use by another running instance; stop it or set TRAINING_DATA_DIR to another folder");
            }
            stopOrphanedServer(pgData);
            int port = freePort();
            CompletableFuture<EmbeddedPostgres> postgres = new CompletableFuture<>();
            Thread starter = new Thread(() -> {
                try {
                    postgres.complete(launch(pgData, port, durable));
                } catch (Throwable e) {
                    postgres.completeExceptionally(e);
                }
            }, "embedded-postgres-start");
            starter.setDaemon(true);
            starter.start();
            return new EmbeddedDatabase(postgres, port, channel, lock, pgData);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof DatabaseUnavailableException unavailable) {
                throw unavailable;
            }
            throw new DatabaseUnavailableException("the embedded PostgreSQL in " + pgData.toAbsolutePath()
                    + " did not start: " + rootMessage(e), e);
        }
    }

    /** A port free now, for the server to listen on (as the embedded binaries choose one themselves). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** initdb on first use, then the server, waiting until it accepts connections. */
    private static EmbeddedPostgres launch(Path pgData, int port, boolean durable) throws IOException {
        long started = System.nanoTime();
        boolean fresh = !Files.exists(pgData.resolve("PG_VERSION"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .start();
        // Told in the start's phases line once the server is up (StartPhases): a start with a bad setting stays one line.
        readyLine = String.format("PostgreSQL ready at %d ms (%d ms%s)", ManagementFactory.getRuntimeMXBean().getUptime(),
                (System.nanoTime() - started) / 1_000_000, fresh ? ", a new cluster" : "");
        return postgres;
    }

    /** When the last server this JVM started was ready, for the start's phases line; empty when none was started. */
    static String readyLine() {
        return readyLine;
    }

    /** The server's address, known before it is ready (the binaries' own format). */
    public String jdbcUrl() {
        return String.format("jdbc:postgresql://localhost:%s/%s?user=%s", port, DATABASE, USER);
    }

    public String username() {
        return USER;
    }

    public String password() {
        return "";
    }

    public Path dataDirectory() {
        return pgData;
    }

    @Override
    public void close() {
        try {
            postgres.join().close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } catch (CompletionException | CancellationException e) {
            // it never started: nothing to stop
        } finally {
            release();
        }
    }

    private void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the lock goes with the channel anyway
        }
        closeQuietly(lockChannel);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this JVM already holds it
        }
    }

    /**
     * A JVM killed without its shutdown hook leaves its postmaster running. We hold the folder's
     * lock, so nobody else owns that server: stop it (fast shutdown) before starting ours.
     */
    static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return; // postgres itself rejects and replaces a garbled pid file
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // a stale file whose process is gone: postgres removes it on start
        }
        LOG.info("Stopping a PostgreSQL server (pid {}) left running by an earlier crash", pid);
        ProcessHandle handle = process.get();
        try {
            // SIGINT is PostgreSQL's fast shutdown; ProcessHandle only offers TERM and KILL.
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
