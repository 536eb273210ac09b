import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * The project's embedded default Neo4j: Community 5.26 in one JVM, serving Bolt on loopback only,
 * with authentication on: user {@code neo4j}, password read from {@code <passwordFile>}.
 *
 * <p>Started by src/db/embedded.ts, compiled or with the single-file source launcher:
 * {@code java <flags> -cp <classpath> EmbeddedNeo4j <homeDir> <boltPort> <pageCacheMb> <passwordFile>}.
 * The password never appears on the command line (where {@code ps} would show it), only its file.
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
        if (args.length != 4) {
            System.out.println("NEO4J_ERROR START_FAILED usage: EmbeddedNeo4j <homeDir> <boltPort> <pageCacheMb> <passwordFile>");
            System.exit(1);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheBytes = Long.parseLong(args[2]) * 1024L * 1024L;
        Path passwordFile = Path.of(args[3]);

        // Both are installed before the (slow) start, so a parent that dies meanwhile still stops us.
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::stop, "neo4j-shutdown"));
        watchStdin();

        try {
            String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            if (password.length() < 8) {
                fail("START_FAILED the password in " + passwordFile + " is shorter than Neo4j's minimum of 8 characters", 1);
            }
            seedInitialPassword(home, password);
            DatabaseManagementService service = build(home, port, pageCacheBytes);
            SERVICE.set(service);
            if (STOPPING.get()) { // a signal raced with start-up: the hook saw no service yet
                service.shutdown();
                return;
            }
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(READY_TIMEOUT.toMillis())) {
                fail("START_FAILED database neo4j not available after " + READY_TIMEOUT.toSeconds() + "s", 1);
            }
            ensurePassword(service, password);
            // Read once, when the system database was created; it holds a hash of the password.
            Files.deleteIfExists(CommunitySecurityModule.getInitialUserRepositoryFile(
                    Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build()));
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

    private static DatabaseManagementService build(Path home, int port, long pageCacheBytes) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Otherwise a second (routing) connector binds 7688 and two instances collide on it.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                // Loopback is not enough: any local process (any user) could otherwise write to the graph.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // No lockout after failed logins: the password is random and long, so guessing cannot
                // succeed, but with a lockout any local process could lock the service itself out.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
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

    /**
     * A new DBMS (no system database yet) creates its neo4j user from {@code data/dbms/auth.ini} when
     * that file exists: write it with our password, as {@code neo4j-admin dbms set-initial-password}
     * does, so Bolt never serves the default neo4j/neo4j, not even for a moment.
     */
    private static void seedInitialPassword(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path systemStore = config.get(GraphDatabaseInternalSettings.databases_root_path).resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (Files.exists(systemStore)) {
            return;
        }
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User("neo4j", null,
                    SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
            users.shutdown();
        }
    }

    /**
     * Makes the file's password the neo4j user's on a DBMS that already existed (made before
     * authentication was on, or the password file was deleted and so regenerated). Setting the
     * password it already has is refused by Neo4j, which here means all is well.
     */
    private static void ensurePassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
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
