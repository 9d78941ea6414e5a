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
