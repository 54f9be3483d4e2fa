package org.entente.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Says once, at start, when admin calls cannot succeed because no credential is configured. */
@ApplicationScoped
public class AdminTokenStartupCheck {

    private static final Logger LOG = Logger.getLogger(AdminTokenStartupCheck.class);

    void onStart(@Observes StartupEvent event, AdminAuthConfig config) {
        if (new AdminTokenCheck(config.token()).configured()) {
            return;
        }
        boolean oidc = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class)
                .orElse(false);
        LOG.warnf("No admin token is configured, so every admin call (feeds, articles, alert rules, /api/v1/admin) "
                + "is refused with 401%s. Set ENTENTE_ADMIN_TOKEN (entente.admin.token), e.g. from the Kubernetes "
                + "Secret entente-admin; see docs/operations.md.", oidc ? " unless its OIDC token carries role admin" : "");
    }
}
