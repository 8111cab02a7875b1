// Writes dist/snippet.html: the copy-paste snippet for editors, with the
// Subresource Integrity hash of embed.js, and prints it. Deploy dist/ to a
// versioned folder (…/nordic-partnerships/<version>/) whose files never
// change, so the hash stays valid. Usage: node tools/snippet.mjs dist <version>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist, version] = process.argv.slice(2);
const integrity = `sha384-${createHash('sha384').update(readFileSync(join(dist, 'embed.js'))).digest('base64')}`;
const snippet = `<div data-nordic-partnerships>
  <a href="https://example.org/partnerships">All partnerships</a>
</div>
<script type="module" src="https://YOUR-HOST/nordic-partnerships/${version}/embed.js"
        integrity="${integrity}" crossorigin="anonymous"></script>
`;
writeFileSync(join(dist, 'snippet.html'), snippet);
writeFileSync(join(dist, 'embed.js.sri'), `${integrity}\n`);
console.log(`snippet: embed.js ${integrity} (dist/snippet.html)`);
