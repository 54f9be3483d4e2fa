package org.entente.relations.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A data source that counts what goes through it: the connections taken and the statements prepared on them (their
 * SQL), to see how many round trips a piece of plain JDBC code costs.
 */
public final class CountingDataSource {

    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final DataSource counting;

    public CountingDataSource(DataSource real) {
        this.counting = proxy(DataSource.class, real, (method, args, result) -> {
            if (method.equals("getConnection")) {
                connections.incrementAndGet();
                return proxy(Connection.class, result, (m, a, r) -> {
                    if (m.equals("prepareStatement") || m.equals("prepareCall")) {
                        statements.add((String) a[0]);
                    } else if (m.equals("createStatement")) {
                        statements.add("(statement)");
                    }
                    return r;
                });
            }
            return result;
        });
    }

    public DataSource dataSource() {
        return counting;
    }

    public int connections() {
        return connections.get();
    }

    public List<String> statements() {
        return List.copyOf(statements);
    }

    private interface Seen {
        Object after(String method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, Object real, Seen seen) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return seen.after(method.getName(), args, method.invoke(real, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
    }
}
