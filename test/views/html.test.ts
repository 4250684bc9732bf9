import { describe, expect, it } from "vitest";
import { attr, escapeHtml, html, Html } from "../../src/views/html.ts";

describe("html``", () => {
  it("escapes every interpolated text, in content and in quoted attributes", () => {
    const hostile = `"><img src=x onerror=alert(1)> & 'x'`;
    expect(html`<p title="${hostile}">${hostile}</p>`.text).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;x&#39;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;x&#39;</p>',
    );
  });

  it("keeps markup built by html`` as markup, at any depth of lists", () => {
    const items = ["a<b", "c"].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>`.text).toBe("<ul><li>a&lt;b</li><li>c</li></ul>");
    expect(html`${[[html`<b>1</b>`], ["<i>"]]}`.text).toBe("<b>1</b>&lt;i&gt;");
  });

  it("writes nothing for null, undefined and false, and numbers as they are", () => {
    expect(html`[${null}${undefined}${false}${0}${12.5}]`.text).toBe("[012.5]");
  });

  it("takes only Html as markup: a string that looks like markup is text", () => {
    expect(html`${"<script>alert(1)</script>"}`.text).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html`${new Html("<br>")}`.text).toBe("<br>");
  });
});

describe("attr", () => {
  it("writes an attribute only when it has a value, escaped", () => {
    expect(html`<li${attr("class", undefined)}>`.text).toBe("<li>");
    expect(html`<li${attr("class", 'a" onclick="x')}>`.text).toBe('<li class="a&quot; onclick=&quot;x">');
    expect(html`<li${attr("data-n", 0)}>`.text).toBe('<li data-n="0">');
  });
});

describe("escapeHtml", () => {
  it("returns text without special characters unchanged", () => {
    expect(escapeHtml("Kota Kupang (53.71) · 2024")).toBe("Kota Kupang (53.71) · 2024");
  });
});
