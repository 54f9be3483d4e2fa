package org.entente.drills;

/** The articles a {@link FeedServer} serves: article {@code index} is always the same. */
public interface ArticleSource {

    DrillArticle article(int index);
}
