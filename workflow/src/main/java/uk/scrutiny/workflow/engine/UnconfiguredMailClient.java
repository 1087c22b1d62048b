package uk.scrutiny.workflow.engine;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.mail.common.api.SendMailRequest;
import org.flowable.mail.common.api.client.ExecutableSendMailRequest;
import org.flowable.mail.common.api.client.FlowableMailClient;

/**
 * The engine's default mail client until the application decides how Flowable should send mail.
 *
 * <p>Without one, Flowable builds a Jakarta Mail client against localhost at engine start. That
 * would make every engine start depend on Jakarta Mail being visible to the application (in
 * Liberty only with the mail feature), although no process sends mail. A process that does gets
 * this clear failure instead of a connection error to a server nobody configured. To enable
 * Flowable mail tasks, replace this client ({@code setDefaultMailClient}) with one over a container
 * mail session, e.g. {@code FlowableMailClientCreator.createSessionClient(jndiName, serverInfo)}.
 */
public class UnconfiguredMailClient implements FlowableMailClient {

    @Override
    public ExecutableSendMailRequest prepareRequest(SendMailRequest request) {
        throw new FlowableException("Flowable mail is not configured for the scrutiny work programme: "
                + "replace UnconfiguredMailClient with a client over a container mail session to use mail tasks");
    }
}
