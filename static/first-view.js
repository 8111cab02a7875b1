// Runs before the standalone page is drawn. The page carries the widget's
// opening view (no filters); an address asking for another view (a shared
// link's search, filters or order) must not flash that one first, so it is
// hidden until the live widget takes over (which removes this mark). An
// address that only opens a partnership's details keeps it: the view under
// the details is the opening one.
if (/(?:^|[?&])(?:q|country|focus|kind|partner_kind|status|partner|from|to|sort)=/.test(location.search)) {
  document.documentElement.setAttribute('data-np-first-view', 'skip');
}
