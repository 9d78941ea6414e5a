// Progressive enhancement only: every page works without this file.
//
// The NHS.UK frontend (v10) ships as an ES module and expects two body
// classes that its own page template sets with an inline script; our
// Content-Security-Policy allows no inline script, so they are set here.
// This file is loaded with type="module", so it runs once the document has
// been parsed and only in browsers the frontend supports.
const body = document.body;
body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  body.classList.add('nhsuk-frontend-supported');
}

// The layout names the frontend's hashed URL on its own script element;
// importing that same URL reuses the module the browser already loaded.
const frontend = document.querySelector('script[data-lw-nhsuk-frontend]');
if (frontend) {
  import(frontend.src)
    .then(({ initAll }) => initAll())
    .catch((error) => console.error('NHS.UK frontend did not start', error));
}

// The frontend marks a radio that reveals a field with aria-expanded, which
// ARIA does not allow on a radio (axe-core's aria-allowed-attr); GOV.UK
// Frontend dropped it for the same reason. The revealed field follows its
// radio in reading order, so nothing is lost by taking it off again.
new MutationObserver((changes) => {
  for (const { target } of changes) {
    if (target.matches('input[type=radio]')) target.removeAttribute('aria-expanded');
  }
}).observe(body, { subtree: true, attributeFilter: ['aria-expanded'] });
