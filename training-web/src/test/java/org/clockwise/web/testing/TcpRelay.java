package org.clockwise.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A TCP relay to a real server (PostgreSQL): closing it is the database going away, as seen from the application. */
public final class TcpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private boolean closed;
    private final java.util.concurrent.atomic.AtomicLong toTarget = new java.util.concurrent.atomic.AtomicLong();

    public TcpRelay(String targetHost, int targetPort) {
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    Socket server = new Socket(targetHost, targetPort);
                    // A connection accepted while close() runs must not outlive it.
                    synchronized (this) {
                        if (closed) {
                            client.close();
                            server.close();
                            return;
                        }
                        open.add(client);
                        open.add(server);
                    }
                    pump(client, server, toTarget);
                    pump(server, client, new java.util.concurrent.atomic.AtomicLong());
                } catch (IOException e) {
                    // closed
                }
            }
        }, "tcp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Bytes sent to the target so far (issue 13, wt-today4: no statement means no byte to the database). */
    public long bytesToTarget() {
        return toTarget.get();
    }

    private static void pump(Socket from, Socket to, java.util.concurrent.atomic.AtomicLong counted) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                    counted.addAndGet(n);
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "tcp-relay-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Refuses new connections and cuts the open ones. */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            listener.close();
            for (Socket s : open) {
                s.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
