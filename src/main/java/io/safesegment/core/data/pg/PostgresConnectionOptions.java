package io.safesegment.core.data.pg;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where and as whom to connect. The password is a {@code char[]} so the caller can wipe it after use; it is never
 * part of {@link #toString()}, a log line or an exception message.
 *
 * @param host           server host name or address
 * @param port           TCP port (1-65535)
 * @param database       database name
 * @param user           user name
 * @param password       password (not copied: the caller owns and clears it)
 * @param connectTimeoutSeconds give up connecting after this many seconds
 */
public record PostgresConnectionOptions(String host, int port, String database, String user, char[] password,
                                        int connectTimeoutSeconds) {
    /** Validates the options. */
    public PostgresConnectionOptions {
        if (host == null || host.isBlank()) {
            throw new LocalizedArgumentException(Message.of("pg.postgresConnectionOptions.enterTheServerHost"));
        }
        if (port < 1 || port > 65_535) {
            throw new LocalizedArgumentException(Message.of("pg.postgresConnectionOptions.thePortMustBe"));
        }
        if (database == null || database.isBlank()) {
            throw new LocalizedArgumentException(Message.of("pg.postgresConnectionOptions.enterTheDatabaseName"));
        }
        if (user == null || user.isBlank()) {
            throw new LocalizedArgumentException(Message.of("pg.postgresConnectionOptions.enterTheUserName"));
        }
        Objects.requireNonNull(password, "password");
        if (connectTimeoutSeconds < 1) {
            connectTimeoutSeconds = 10;
        }
    }

    /** The server as shown to users: {@code host:port/database}. */
    public String describe() {
        return host + ":" + port + "/" + database;
    }

    /** Overwrites the password in place. */
    public void clearPassword() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "PostgresConnectionOptions[" + user + "@" + describe() + ", password=***]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostgresConnectionOptions other && host.equals(other.host) && port == other.port
                && database.equals(other.database) && user.equals(other.user)
                && Arrays.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, database, user);
    }
}
