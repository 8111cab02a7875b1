// Places the widget as the snippet does, with `?src=` as its data-src;
// `?build=baseline` loads the build given in NP_BASELINE (see run.mjs).
const params = new URLSearchParams(location.search);
const src = params.get('src');
const build = params.get('build') === 'baseline' ? '/baseline/' : '/widget/';
const host = document.createElement('div');
host.setAttribute('data-nordic-partnerships', '');
host.setAttribute('data-url-state', 'off');
if (src) host.setAttribute('data-src', src);
document.getElementById('app').append(host);
window.npWidget = await import(`${build}embed.js`);
