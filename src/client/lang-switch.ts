// The header's link to this page in the other language keeps what the reader chose here:
// the filters in the address's query string (which the filters island rewrites as they
// change, hence read when the link is used) and the place in the page.
const link = document.querySelector<HTMLAnchorElement>("header.site a.lang");
if (link !== null) {
  const path = new URL(link.href).pathname;
  const keep = () => (link.href = `${path}${location.search}${location.hash}`);
  for (const event of ["click", "auxclick", "focus", "pointerenter"]) link.addEventListener(event, keep);
}
