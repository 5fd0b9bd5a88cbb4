/**
 * The policy's own styles, after the privacy center's: a quiet table of contents, the text diff, and a
 * print layout that keeps headings with their text, leaves out what only works on screen and writes
 * out where each link leads (the forms for each right), since paper cannot be clicked.
 */
export const POLICY_CSS = `article.policy h2 {
  margin-top: 2rem;
}
article.policy h3 {
  margin-top: 1.25rem;
}
.policy-version {
  color: #4a5560;
}
ol.policy-toc {
  columns: 2 16rem;
  /* The second column's numbers sit in the gap, not over the first column's text. */
  column-gap: 3rem;
  padding-left: 1.75rem;
}
ol.policy-toc li {
  break-inside: avoid;
}
ol.policy-diff {
  list-style: none;
  padding: 0;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 0.9rem;
  white-space: pre-wrap;
}
ol.policy-diff ins {
  display: block;
  background: #e6f4ea;
  text-decoration: none;
  border-left: 3px solid #1d6b3a;
  padding-left: 0.5rem;
}
ol.policy-diff del {
  display: block;
  background: #fbe9e7;
  border-left: 3px solid #a3261b;
  padding-left: 0.5rem;
}
@media print {
  article.policy nav,
  .policy-version a,
  footer.public {
    display: none;
  }
  article.policy h2,
  article.policy h3 {
    break-after: avoid;
  }
  article.policy li {
    break-inside: avoid;
  }
  article.policy section a[href^="http"]::after {
    content: " (" attr(href) ")";
    overflow-wrap: anywhere;
  }
  body {
    font-size: 11pt;
  }
}
`
