package org.dronecoalition.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * The pages that keep no state between requests (they set {@code ui:param stateless}: the home
 * page, the funds overview, and the tender notice, whose forms post back to its address) are
 * transient from the moment their view is created. PrimeFaces chooses its CSP nonce before the page is built, and
 * keeps it in the view map of any view not yet transient; Mojarra makes a session for a view map.
 * Without this, every visit of such a page left a session behind for 30 minutes.
 */
public class StatelessViews extends ViewHandlerWrapper {

    private static final Set<String> VIEW_IDS = Set.of("/index.xhtml", "/tenders/tender.xhtml", "/funds/overview.xhtml");

    /** Whether the page of that view keeps no state between requests. */
    public static boolean keepsNoState(String viewId) {
        return VIEW_IDS.contains(viewId);
    }

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && keepsNoState(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }
}
