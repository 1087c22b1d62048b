package uk.scrutiny.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the session's {@link FormToken} into every {@code <h:form>}, so no page can forget it. Registered in
 * faces-config.xml; it wraps the implementation's render kits and, of their renderers, only the form renderer.
 */
public class FormTokenRenderKitFactory extends RenderKitFactory {

    private static final String FORM_FAMILY = "jakarta.faces.Form";

    private final Map<RenderKit, RenderKit> wrapped = new ConcurrentHashMap<>();

    public FormTokenRenderKitFactory(RenderKitFactory factory) {
        super(factory);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : wrapped.computeIfAbsent(kit, TokenRenderKit::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class TokenRenderKit extends RenderKitWrapper {

        TokenRenderKit(RenderKit kit) {
            super(kit);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = super.getRenderer(family, rendererType);
            return renderer != null && FORM_FAMILY.equals(family) ? new TokenFormRenderer(renderer) : renderer;
        }
    }

    private static final class TokenFormRenderer extends RendererWrapper {

        TokenFormRenderer(Renderer renderer) {
            super(renderer);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            // Before the wrapped renderer closes the form element.
            HttpSession session = (HttpSession) context.getExternalContext().getSession(true);
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", FormToken.PARAMETER, null);
            writer.writeAttribute("value", FormToken.of(session), null);
            writer.endElement("input");
            super.encodeEnd(context, component);
        }
    }
}
