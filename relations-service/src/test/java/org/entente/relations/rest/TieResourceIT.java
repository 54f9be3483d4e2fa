package org.entente.relations.rest;

import org.entente.testinfra.EntenteInfrastructure;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks as {@link TieResourceTest}, against the packaged jar that operators run. */
@QuarkusIntegrationTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TieResourceIT extends TieResourceTest {
}
