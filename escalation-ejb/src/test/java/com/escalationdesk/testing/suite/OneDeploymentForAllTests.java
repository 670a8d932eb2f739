package com.escalationdesk.testing.suite;

import com.escalationdesk.testing.Deployments;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

/**
 * Every service test class runs against one Payara Micro and one deployment, built once from
 * {@link Deployments}: booting a server per class cost about 13 seconds each. Each class still
 * starts from the demo desk of a fresh install, which {@code FreshDesk} lays down again in the
 * running server. The managed container stops its JVM, with the deployment, when the run ends.
 */
public class OneDeploymentForAllTests implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }

    /** Generates and deploys the one deployment for the first class, and hands it to every later one. */
    public static class SharedDeployment {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Event<GenerateDeployment> generate;

        private DeploymentScenario shared;
        private boolean generating;
        private boolean deployed;

        public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
            if (generating) {
                event.proceed();
            } else if (shared == null) {
                generating = true;
                try {
                    generate.fire(new GenerateDeployment(new TestClass(Deployments.class)));
                } finally {
                    generating = false;
                }
                shared = scenario.get();
            } else {
                scenario.set(shared);
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                deployed = true;
                event.proceed();
            }
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            // Not proceeded: the deployment serves the next class, and goes when the container stops.
        }
    }
}
