// Writes dist/snippet.html: the copy-paste snippet for editors, with the
// Subresource Integrity hash of embed.js, and prints it. Deploy dist/ to a
// versioned folder (…/nordic-partnerships/<version>/) whose files never
// change, so the hash stays valid. Usage: node tools/snippet.mjs dist <version>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist, version] = process.argv.slice(2);
const integrity = `sha384-${createHash('sha384').update(readFileSync(join(dist, 'embed.js'))).digest('base64')}`;
const base = `https://YOUR-HOST/nordic-partnerships/${version}`;
const snippet = `<!-- Where your page may hold a <script>: the widget in your page. Without JavaScript
     the link leads to every partnership on a static page (all/sv.html for Swedish, …). -->
<div data-nordic-partnerships>
  <a href="${base}/all/en.html">All partnerships</a>
</div>
<script type="module" src="${base}/embed.js"
        integrity="${integrity}" crossorigin="anonymous"></script>

<!-- Where your CMS strips <script>: the widget in a frame. The address takes the same
     settings as the data-* attributes (frame.html?lang=sv&country=SE&src=...). -->
<iframe src="${base}/frame.html" title="Nordic health-innovation partnerships"
        width="100%" height="900" loading="lazy"></iframe>

<!-- Optional, beside the frame where the page may run a script: the frame's height
     follows the widget instead of scrolling inside. -->
<script>
  addEventListener('message', (event) => {
    if (event.origin !== new URL('${base}/').origin || event.data?.type !== 'nordic-partnerships:height') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.height = String(event.data.height);
    }
  });
</script>
`;
writeFileSync(join(dist, 'snippet.html'), snippet);
writeFileSync(join(dist, 'embed.js.sri'), `${integrity}\n`);
console.log(`snippet: embed.js ${integrity} (dist/snippet.html)`);
