package uk.scrutiny.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import uk.scrutiny.domain.model.Text;

/**
 * A document attached to a response, as a link (to the council's document store or a published source): the
 * system keeps the record of what was provided, not the files.
 */
@Embeddable
public class Attachment {

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "url", nullable = false, length = 1000)
    private String url;

    protected Attachment() {
        // for JPA
    }

    public Attachment(String title, String url) {
        this.title = Text.required(title, "attachments.title", "Attachment title", 300);
        this.url = Text.requiredLink(url, "attachments.url", "Attachment link");
    }

    public String title() { return title; }
    public String url() { return url; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && title.equals(that.title) && url.equals(that.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, url);
    }
}
