package cancu;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.neo4j.io.ByteUnit;

/**
 * The local database of Căn cứ: Neo4j Community 5.26 started through the embedded API, reachable
 * only through a Bolt connector on 127.0.0.1 (auth disabled, HTTP off).
 *
 * <p>Usage: {@code java -cp <classpath> cancu.EmbeddedNeo4j [dataDir] [port]}. The data directory
 * defaults to env {@code NEO4J_DATA_DIR}, then {@code ./data/neo4j}; the port to env
 * {@code NEO4J_PORT}, then 7687.
 *
 * <p>Protocol with the parent process (neo4j/local.ts):
 *
 * <ul>
 *   <li>stdout carries exactly one line, {@code READY bolt://127.0.0.1:<port>}, once the default
 *       database is available. Everything else written to System.out goes to stderr.
 *   <li>Neo4j's own logs go to {@code <dataDir>/logs} (debug.log); stderr only gets warnings of
 *       this launcher and one-line fatal errors that start with {@code "Error: "}.
 *   <li>The database shuts down cleanly on SIGTERM/SIGINT (shutdown hook) and when stdin reaches
 *       EOF, i.e. when the parent died or closed the pipe. Set env {@code NEO4J_IGNORE_STDIN=1}
 *       to run it detached from any stdin.
 * </ul>
 *
 * <p>Exit codes: 0 after a clean stop, 1 on a startup failure, 2 on bad arguments, 3 when the port
 * is taken, 4 when the data directory is locked by another Neo4j.
 */
public final class EmbeddedNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 7687;
    private static final long DEFAULT_PAGE_CACHE_MIB = 256;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        // Keep stdout for the READY line only: anything else printed by libraries lands on stderr.
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Path dataDir;
        int port;
        long pageCacheBytes;
        try {
            String dir = args.length > 0 ? args[0] : envOr("NEO4J_DATA_DIR", "./data/neo4j");
            dataDir = Paths.get(dir).toAbsolutePath().normalize();
            port = parsePort(args.length > 1 ? args[1] : envOr("NEO4J_PORT", String.valueOf(DEFAULT_PORT)));
            pageCacheBytes = parseSize(envOr("NEO4J_PAGECACHE", DEFAULT_PAGE_CACHE_MIB + "m"));
        } catch (IllegalArgumentException e) {
            fatal(2, e.getMessage());
            return;
        }

        if (!portIsFree(port)) {
            fatal(3, portTakenMessage(port));
            return;
        }

        AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
        AtomicBoolean stopping = new AtomicBoolean(false);
        Thread hook = new Thread(() -> {
            stopping.set(true);
            DatabaseManagementService dbms = service.getAndSet(null);
            if (dbms != null) {
                try {
                    dbms.shutdown();
                } catch (Throwable t) {
                    System.err.println("Warning: Neo4j did not shut down cleanly: " + oneLine(t));
                }
            }
        }, "cancu-neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        if (!"1".equals(System.getenv("NEO4J_IGNORE_STDIN"))) {
            watchStdin();
        }

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(dataDir);
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(GraphDatabaseSettings.data_directory, dataDir)
                    .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                    .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    // Loopback only, so no authentication (like a local dev database).
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // Modest footprint: a small page cache (env NEO4J_PAGECACHE to size it to a big
                    // graph's store) and few, small transaction logs.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt's Netty loops otherwise idle 2 x 5 s on shutdown, after the databases
                    // have already been stopped and checkpointed; nothing is in flight by then.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .build();
        } catch (Throwable t) {
            if (stopping.get()) {
                return; // interrupted by a signal / stdin EOF while starting; the hook exits us.
            }
            if (hasCause(t, BindException.class, "PortBindException")) {
                fatal(3, portTakenMessage(port));
            } else if (hasCause(t, null, "FileLockException")) {
                fatal(4, "The data directory " + dataDir + " is in use by another Neo4j process."
                        + " Stop it, or set NEO4J_DATA_DIR to another directory.");
            } else {
                fatal(1, "Neo4j failed to start: " + oneLine(rootCause(t))
                        + " (details in " + dataDir.resolve("logs").resolve("debug.log") + ")");
            }
            return;
        }
        service.set(dbms);
        if (stopping.get()) {
            // A signal arrived while build() was running: the hook saw no service yet.
            dbms.shutdown();
            return;
        }

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(READY_TIMEOUT.toMillis())) {
            if (stopping.get()) {
                return;
            }
            System.err.println("Error: Neo4j started but the database '" + db.databaseName()
                    + "' did not become available within " + READY_TIMEOUT.toSeconds() + " s (details in "
                    + dataDir.resolve("logs").resolve("debug.log") + ")");
            System.exit(1); // runs the shutdown hook, which stops Neo4j cleanly
            return;
        }
        protocol.println("READY bolt://" + HOST + ":" + port);
        protocol.flush();
        warmUp(db);
        // The main thread ends here; Neo4j's non-daemon threads keep the JVM alive until a signal,
        // stdin EOF, or System.exit runs the shutdown hook.
    }

    /**
     * Compiles a few read-only queries in the background: the very first Cypher query of a JVM
     * costs seconds (planner and runtime initialisation), better spent before a user asks.
     */
    private static void warmUp(GraphDatabaseService db) {
        Thread warmer = new Thread(() -> {
            String[] queries = {
                "RETURN 1 AS one",
                "MATCH (n) WHERE elementId(n) = $id RETURN n, labels(n) AS labels LIMIT 1",
                "MATCH (a)-[r]->(b) WHERE elementId(a) = $id RETURN a, type(r) AS type, r, b LIMIT 10",
                "MATCH p = (a)-[*1..3]-(b) WHERE elementId(a) = $id RETURN p LIMIT 10",
                "UNWIND range(1, 10) AS i WITH i WHERE i % 2 = 0 RETURN collect(i) AS even, count(*) AS n",
            };
            try {
                for (String query : queries) {
                    db.executeTransactionally(query, java.util.Map.of("id", "none"));
                }
            } catch (Throwable t) {
                // Only an optimisation; a shutdown during warm-up lands here too.
            }
        }, "cancu-warm-up");
        warmer.setDaemon(true);
        warmer.start();
    }

    /** Exits (running the shutdown hook) once stdin reaches EOF: the parent is gone. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            InputStream in = System.in;
            try {
                while (in.read(buffer) != -1) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the parent is gone too.
            }
            System.exit(0);
        }, "cancu-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String portTakenMessage(int port) {
        return "Port " + port + " is taken: another Neo4j? Set NEO4J_PORT to another port,"
                + " or NEO4J_URI to use that database.";
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // Fall through to the error below.
        }
        throw new IllegalArgumentException("NEO4J_PORT must be a port number (1-65535), got '" + value + "'.");
    }

    /** "512m", "2g", "1048576": a size in bytes with an optional k, m or g (powers of 1024). */
    private static long parseSize(String value) {
        String v = value.trim().toLowerCase();
        long unit = 1;
        if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
            unit = v.endsWith("k") ? ByteUnit.kibiBytes(1) : v.endsWith("m") ? ByteUnit.mebiBytes(1) : ByteUnit.gibiBytes(1);
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v);
            if (n > 0) {
                return n * unit;
            }
        } catch (NumberFormatException ignored) {
            // Fall through to the error below.
        }
        throw new IllegalArgumentException("NEO4J_PAGECACHE must be a size such as 512m or 2g, got '" + value + "'.");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type, String simpleName) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if ((type != null && type.isInstance(c)) || c.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
            for (Throwable s : c.getSuppressed()) {
                if (hasCause(s, type, simpleName)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
        return text.replaceAll("\\s+", " ").trim();
    }

    /** Prints a one-line fatal error (prefixed "Error: " for the parent to pick up) and exits. */
    private static void fatal(int code, String message) {
        System.err.println("Error: " + message);
        System.err.flush();
        // halt, not exit: nothing was started that needs the shutdown hook, and exit() would block
        // if a signal-triggered shutdown is already in progress.
        Runtime.getRuntime().halt(code);
    }
}
