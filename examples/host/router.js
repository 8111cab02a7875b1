// The host app's router, reduced to what matters here: its state in
// history.state, checked on every popstate (a router that finds none fails
// its route change, as Next.js's pages router does).
history.replaceState({ router: 'mini', route: '/partners', key: 'k1' }, '');
window.routerErrors = [];
addEventListener('popstate', (event) => {
  if (event.state?.router !== 'mini') window.routerErrors.push(`popstate with state ${JSON.stringify(event.state)}`);
});
