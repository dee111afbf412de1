package org.claimdesk.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The PostgreSQL driver's socket factory for the embedded server's JDBC URL: a connection opened
 * while the server is still starting (Quarkus boots meanwhile) waits for it instead of being refused.
 */
public final class AwaitingSocketFactory extends SocketFactory {

    private static final SocketFactory PLAIN = SocketFactory.getDefault();

    /** The driver instantiates it by class name from its own class loader; in dev mode that cannot see ours. */
    static boolean loadableByDriver() {
        return AwaitingSocketFactory.class.getClassLoader() == org.postgresql.Driver.class.getClassLoader();
    }

    @Override
    public Socket createSocket() throws IOException {
        EmbeddedServer.awaitStarted();
        return PLAIN.createSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        EmbeddedServer.awaitStarted();
        return PLAIN.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        EmbeddedServer.awaitStarted();
        return PLAIN.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        EmbeddedServer.awaitStarted();
        return PLAIN.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        EmbeddedServer.awaitStarted();
        return PLAIN.createSocket(address, port, localAddress, localPort);
    }
}
