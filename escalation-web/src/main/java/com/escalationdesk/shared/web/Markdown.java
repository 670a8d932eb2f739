package com.escalationdesk.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Staff notes and replies written in Markdown, as HTML that is safe to put on a page: any HTML in
 * the text is shown as text, link addresses other than http, https and mailto are dropped, links
 * open nothing of the desk's for the page they lead to, and images are links to them rather than
 * pictures loaded from wherever the text points. Used as {@code #{markdown.html(text)}}.
 */
@Named
@ApplicationScoped
public class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br />")
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                    attributes.put("target", "_blank");
                }
            })
            .build();

    /** The text as HTML; an empty string for no text. */
    public String html(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(text);
        imagesAsLinks(document);
        return RENDERER.render(document);
    }

    /** Each image becomes a link to it, named by its description. */
    private static void imagesAsLinks(Node document) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        for (Image image : images) {
            Link link = new Link(image.getDestination(), image.getTitle());
            Node child = image.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.appendChild(child);
                child = next;
            }
            if (link.getFirstChild() == null) {
                link.appendChild(new org.commonmark.node.Text(image.getDestination()));
            }
            image.insertBefore(link);
            image.unlink();
        }
    }
}
