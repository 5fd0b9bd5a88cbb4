/**
 * The public privacy pages' own rules, on top of the admin stylesheet: a wider single column, the
 * language list, and a print layout without forms or navigation that spells out where links go.
 */
export const PRIVACY_CSS = `header.public,
main.public,
footer.public {
  max-width: 46rem;
  margin: 0 auto;
  padding: 0 1rem;
}
header.public {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.5rem 1rem;
  padding-top: 1rem;
}
header.public .site {
  font-weight: 600;
}
main.public {
  background: var(--card);
  border: 1px solid var(--line);
  border-radius: 8px;
  padding: 2rem;
  margin-top: 1rem;
}
main.public section + section {
  border-top: 1px solid var(--line);
  margin-top: 2rem;
}
footer.public {
  padding-top: 1rem;
  padding-bottom: 2rem;
  color: var(--muted);
}
ul.languages {
  list-style: none;
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1rem;
  margin: 0;
  padding: 0;
}
ul.languages a[aria-current] {
  font-weight: 600;
  text-decoration: none;
  color: var(--ink);
}
ul.kinds {
  padding-left: 1.1rem;
}
ul.kinds li + li {
  margin-top: 0.6rem;
}
ul.kinds .line {
  display: block;
  color: var(--muted);
}
ul.services {
  margin: 0.25rem 0 0;
  padding-left: 1.1rem;
}
ul.permissions {
  list-style: none;
  margin: 1rem 0 0;
  padding: 0;
}
li.permission {
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 0.75rem 1rem 1rem;
}
li.permission + li.permission {
  margin-top: 0.75rem;
}
li.permission h2 {
  margin-top: 0;
  font-size: 1.05rem;
}
li.permission dl.facts {
  margin: 0 0 0.75rem;
}
form.withdraw-all {
  margin-top: 1.5rem;
}
@media (max-width: 48rem) {
  main.public {
    border: 0;
    border-radius: 0;
    padding: 1.25rem;
    margin-top: 0.5rem;
  }
}
@media print {
  body {
    background: #fff;
  }
  .skip,
  header.public nav,
  main.public form {
    display: none;
  }
  li.permission {
    break-inside: avoid;
  }
  main.public {
    border: 0;
    padding: 0;
    max-width: none;
  }
  main.public a[href^="http"]::after,
  main.public a[href^="mailto:"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
  }
}
`
