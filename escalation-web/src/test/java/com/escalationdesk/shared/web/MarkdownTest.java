package com.escalationdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void emphasisListsAndCodeBecomeHtml() {
        assertThat(markdown.html("Refund **approved**:\n\n- step one\n- step `two`"))
                .isEqualTo("<p>Refund <strong>approved</strong>:</p>\n<ul>\n<li>step one</li>\n<li>step <code>two</code></li>\n</ul>\n");
    }

    @Test
    void htmlInTheTextIsShownAsTextNeverRun() {
        assertThat(markdown.html("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)>"))
                .doesNotContain("<script", "<img").contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aScriptLinkLosesItsAddressAndOtherLinksOpenApart() {
        assertThat(markdown.html("[click](javascript:alert(1))")).doesNotContain("javascript:");
        assertThat(markdown.html("[portal](https://shop.example/orders)"))
                .contains("href=\"https://shop.example/orders\"", "rel=\"nofollow noopener noreferrer\"", "target=\"_blank\"");
    }

    @Test
    void anImageIsALinkToItNotAPictureLoadedFromElsewhere() {
        assertThat(markdown.html("![the invoice](https://tracker.example/pixel.png)"))
                .doesNotContain("<img").contains("<a ", "href=\"https://tracker.example/pixel.png\"", ">the invoice</a>");
    }

    @Test
    void noTextIsNoHtmlAndALineBreakStaysOne() {
        assertThat(markdown.html(null)).isEmpty();
        assertThat(markdown.html("Line one\nline two")).isEqualTo("<p>Line one<br />line two</p>\n");
    }
}
