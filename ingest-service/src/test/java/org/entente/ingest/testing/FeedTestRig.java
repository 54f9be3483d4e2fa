package org.entente.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh feed server and a reader of the {@code articles} topic for each test, closed after it:
 * {@code @RegisterExtension static final FeedTestRig rig = new FeedTestRig();}. Static and opened on
 * first use because a {@code @QuarkusTest} runs its methods on an instance of its own, not on the one
 * JUnit registered instance-field extensions with.
 */
public final class FeedTestRig implements AfterEachCallback {

    private FixtureServer server;
    private ArticlesTopic topic;

    public synchronized FixtureServer server() {
        if (server == null) {
            try {
                server = new FixtureServer();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the feed fixture server", e);
            }
        }
        return server;
    }

    public synchronized ArticlesTopic topic() {
        if (topic == null) {
            topic = new ArticlesTopic();
        }
        return topic;
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (topic != null) {
            topic.close();
            topic = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
