// Places the widget as the snippet does, with `?src=` as its data-src.
const src = new URLSearchParams(location.search).get('src');
const host = document.createElement('div');
host.setAttribute('data-nordic-partnerships', '');
host.setAttribute('data-url-state', 'off');
if (src) host.setAttribute('data-src', src);
document.getElementById('app').append(host);
window.npWidget = await import('/widget/embed.js');
