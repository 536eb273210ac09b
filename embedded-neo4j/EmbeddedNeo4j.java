import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The project's embedded default Neo4j: Community 5.26 in one JVM, serving Bolt on loopback only.
 *
 * <p>Started by src/db/embedded.ts with the single-file source launcher (no build step):
 * {@code java <flags> -cp <classpath> EmbeddedNeo4j.java <homeDir> <boltPort> <pageCacheMb>}.
 *
 * <p>The contract with the parent process is line based, on stdout:
 * <ul>
 *   <li>{@code NEO4J_READY bolt://127.0.0.1:<port>} once, when Bolt accepts connections;</li>
 *   <li>{@code NEO4J_ERROR PORT_IN_USE <port>} and exit 2 when the port cannot be bound;</li>
 *   <li>{@code NEO4J_ERROR START_FAILED <reason>} and exit 1 for any other start failure.</li>
 * </ul>
 * Neo4j's own logs go to files under {@code <homeDir>/logs}, never to stdout.
 *
 * <p>The process stops cleanly on SIGTERM/SIGINT (shutdown hook) and when its stdin reaches EOF.
 * The parent keeps stdin open as a pipe for as long as it lives; the kernel closes that pipe when
 * the parent dies for any reason, SIGKILL included, so EOF is the one signal that cannot be missed
 * and no Java process is ever orphaned. Started by hand, keep stdin open (a terminal does).
 */
public final class EmbeddedNeo4j {
    private static final String HOST = "127.0.0.1";
    /** A query running longer than this on the project's tiny graph is a bug: fail it, free its locks. */
    private static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private static final AtomicReference<DatabaseManagementService> SERVICE = new AtomicReference<>();
    private static final AtomicBoolean STOPPING = new AtomicBoolean(false);

    public static void main(String[] args) {
        if (args.length < 3 || args.length > 4 || (args.length == 4 && !args[3].equals("auth"))) {
            System.out.println("NEO4J_ERROR START_FAILED usage: EmbeddedNeo4j <homeDir> <boltPort> <pageCacheMb> [auth]");
            System.exit(1);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheBytes = Long.parseLong(args[2]) * 1024L * 1024L;
        boolean auth = args.length == 4;

        // Both are installed before the (slow) start, so a parent that dies meanwhile still stops us.
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::stop, "neo4j-shutdown"));
        watchStdin();

        try {
            DatabaseManagementService service = build(home, port, pageCacheBytes, auth);
            SERVICE.set(service);
            if (STOPPING.get()) { // a signal raced with start-up: the hook saw no service yet
                service.shutdown();
                return;
            }
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(READY_TIMEOUT.toMillis())) {
                fail("START_FAILED database neo4j not available after " + READY_TIMEOUT.toSeconds() + "s", 1);
            }
            awaitBolt(port);
            System.out.println("NEO4J_READY bolt://" + HOST + ":" + port);
            System.out.flush();
        } catch (Throwable t) {
            if (isBindFailure(t)) {
                fail("PORT_IN_USE " + port, 2);
            }
            fail("START_FAILED " + oneLine(t), 1);
        }
        // main returns; Neo4j's non-daemon threads keep the JVM alive until a stop.
    }

    private static DatabaseManagementService build(Path home, int port, long pageCacheBytes, boolean auth) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Otherwise a second (routing) connector binds 7688 and two instances collide on it.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                // Off by default, which is safe because Bolt listens on loopback only; drivers then connect
                // with no auth token. `auth` turns it on (user neo4j/neo4j, password change pending),
                // which the tests use to see how the service reports wrong credentials.
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .setConfig(GraphDatabaseSettings.transaction_timeout, TRANSACTION_TIMEOUT)
                // Small graph: don't preallocate 256 MiB transaction log files, keep little history.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                // Netty otherwise idles 5 s after the databases are closed, doubling every stop.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    /** Daemon thread: stdin EOF (or a read error) means the parent is gone, so exit (runs the hook). */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                InputStream in = System.in;
                while (in.read(buffer) != -1) {
                    // The parent never writes; anything read is ignored.
                }
            } catch (IOException ignored) {
                // Same meaning as EOF.
            }
            System.exit(0);
        }, "neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void stop() {
        if (!STOPPING.compareAndSet(false, true)) {
            return;
        }
        DatabaseManagementService service = SERVICE.get();
        if (service != null) {
            service.shutdown();
        }
    }

    /** Build() returns once connectors are started; connecting proves Bolt really accepts. */
    private static void awaitBolt(int port) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt did not accept connections on " + HOST + ":" + port);
                }
                Thread.sleep(50);
            }
        }
    }

    private static boolean isBindFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String message = String.valueOf(c.getMessage());
            if (c instanceof BindException
                    || c.getClass().getSimpleName().equals("PortBindException")
                    || message.contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = t.getClass().getName() + ": " + t.getMessage();
        if (root != t) {
            text += " (root cause " + root.getClass().getName() + ": " + root.getMessage() + ")";
        }
        return text.replaceAll("\\s+", " ");
    }

    private static void fail(String reason, int exitCode) {
        System.out.println("NEO4J_ERROR " + reason);
        System.out.flush();
        System.exit(exitCode);
    }

    private EmbeddedNeo4j() {}
}
