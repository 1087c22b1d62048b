package uk.scrutiny.it.workflow;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** What a thread of the server can see of the application it works for. */
final class ContainerContext {

    static final String AVAILABLE = "available";

    private ContainerContext() {
    }

    /**
     * Whether the calling thread carries the application's component context. Only container-managed threads do: on
     * a thread made with {@code new Thread} the {@code java:comp} namespace is not there, and neither are the
     * container services that process code reaches through it (data sources, transactions, CDI lookups by JNDI).
     */
    static String componentContext() {
        try {
            InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            return AVAILABLE;
        } catch (NamingException e) {
            return "missing on " + Thread.currentThread().getName() + ": " + e;
        }
    }
}
