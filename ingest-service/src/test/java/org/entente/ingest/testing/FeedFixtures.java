package org.entente.ingest.testing;

import java.util.function.IntFunction;

/** Generates RSS 2.0 documents with numbered items, for tests that need many distinct articles. */
public final class FeedFixtures {

    private FeedFixtures() {
    }

    /** An RSS 2.0 feed of {@code count} items whose links come from {@code link} and texts are unique per item. */
    public static String rss(String title, int count, IntFunction<String> link, String textPrefix) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>https://example.org/</link>
                <description>fixture</description><language>en</language>
                """.formatted(title));
        for (int i = 0; i < count; i++) {
            xml.append("<item><title>Story ").append(i).append("</title><link>")
                    .append(link.apply(i).replace("&", "&amp;")).append("</link><description><![CDATA[<p>")
                    .append(textPrefix).append(" story number ").append(i)
                    .append(": Saudi Arabia and Iran agreed to restore diplomatic relations.</p>]]></description>")
                    .append("<pubDate>Sat, 21 Nov 2026 08:00:00 GMT</pubDate></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }
}
