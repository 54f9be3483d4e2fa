package org.entente.relations.alerts;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Live alert publications for the clients of this instance (the SSE stream). The dispatcher calls
 * {@link #publish} after the publications are committed, in sequence order.
 */
@ApplicationScoped
public class AlertLiveFeed {

    /** A live client; returns false from {@link #offer} once it has gone away. */
    public interface Subscriber {
        boolean offer(AlertPublication publication);

        /** False once the client has gone away, so its place can be taken. */
        default boolean isOpen() {
            return true;
        }

        /** Shows the connection is alive when no alert has come for a while. */
        default void heartbeat() {
        }

        /** Lets go of a client that has taken nothing for too long. */
        default void dropIfStalled() {
        }
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    public void subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    /** Subscribes unless {@code max} open clients are subscribed already (each costs a connection and a buffer). */
    public synchronized boolean trySubscribe(Subscriber subscriber, int max) {
        subscribers.removeIf(s -> !s.isOpen());
        if (subscribers.size() >= max) {
            return false;
        }
        subscribers.add(subscriber);
        return true;
    }

    public void heartbeat() {
        subscribers.removeIf(s -> !s.isOpen());
        subscribers.forEach(Subscriber::heartbeat);
    }

    /** Drops clients that stopped taking what was written to them, and forgets closed ones. */
    public void dropStalled() {
        subscribers.forEach(Subscriber::dropIfStalled);
        subscribers.removeIf(s -> !s.isOpen());
    }

    public void publish(List<AlertPublication> publications) {
        for (AlertPublication publication : publications) {
            subscribers.removeIf(subscriber -> !subscriber.offer(publication));
        }
    }

    public int subscribers() {
        return subscribers.size();
    }
}
