// Runs before the standalone page is drawn. The page carries the widget's
// opening view (no filters); an address asking for another view (a shared
// link's search, filters or order) must not flash that one first, so it is
// hidden until the live widget takes over (which removes this mark). An
// address that only opens a partnership's details keeps it: the view under
// the details is the opening one.
//
// On the frame page (data-page="frame" on this script) every parameter is a
// setting (frame.js), so any parameter hides the page's English view: embed.js
// then builds the view that matches the settings, where there is one.
const frame = document.currentScript?.dataset.page === 'frame';
// The parameters that change the opening view, written in by tools/seal.mjs from
// query::url_state::view_param_names (unsealed, a debug build has no first view to hide).
const viewParams = null;
if (frame ? location.search.length > 1 : viewParams?.test(location.search)) {
  document.documentElement.setAttribute('data-np-first-view', 'skip');
}
