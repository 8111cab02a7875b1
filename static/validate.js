// The validator page: a file picked, dropped, pasted or fetched is checked by
// the module's checkFile (the same checks and words as `cargo run --bin
// validate`), its problems listed, and its valid records shown in a widget.
// Nothing leaves the browser except the request for an address you give.
import init, { checkFile, preview as previewInto } from './validator.js';

await init();
// Ready: tests (and anyone curious) can tell the checks are loaded.
document.documentElement.dataset.checkerReady = '';

const $ = (id) => document.getElementById(id);
const text = $('text');
let preview = null;
let converted = null;

/** Checks `body` read from `name` (its extension says JSON or CSV) and shows the result. */
function check(body, name) {
  const result = checkFile(body, name);
  const sheet = /\.csv$/i.test(name);
  const rows = $('problems').tBodies[0];
  rows.replaceChildren();
  if (result.error) {
    $('summary').textContent = `${name}: the file cannot be read: ${result.error}`;
  } else {
    const s = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    $('summary').textContent = `${name}: ${s(result.valid, 'valid partnership', 'valid partnerships')}, `
      + `${result.leftOut} left out, ${s(result.warnings, 'warning', 'warnings')}.`;
  }
  $('where-col').textContent = sheet ? 'Row' : 'Line';
  for (const p of result.problems) {
    const tr = rows.insertRow();
    const level = tr.insertCell();
    level.textContent = p.severity;
    level.className = `checker__level--${p.severity}`;
    tr.insertCell().textContent = String((sheet ? p.row : p.line) ?? '');
    tr.insertCell().textContent = p.place;
    tr.insertCell().textContent = p.why;
  }
  $('problems').hidden = result.problems.length === 0;
  // A sheet's valid records can be taken away as the JSON the widget reads.
  converted = sheet && !result.error ? { json: result.json, name: name.replace(/\.csv$/i, '.json') } : null;
  $('download').hidden = !converted;
  showPreview(result.error ? null : result.json);
}

function showPreview(json) {
  preview?.unmount();
  preview = null;
  const host = $('preview');
  host.replaceChildren();
  if (!json) return;
  const element = document.createElement('div');
  host.append(element);
  preview = previewInto(element, json);
}

const nameFor = (body) => (body.trimStart().startsWith('{') ? 'pasted.json' : 'pasted.csv');

$('check').addEventListener('click', () => check(text.value, nameFor(text.value)));

$('file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (file) check(await file.text(), file.name);
});

text.addEventListener('dragover', (event) => {
  event.preventDefault();
  text.classList.add('checker--drop');
});
text.addEventListener('dragleave', () => text.classList.remove('checker--drop'));
text.addEventListener('drop', async (event) => {
  event.preventDefault();
  text.classList.remove('checker--drop');
  const file = event.dataTransfer.files[0];
  if (!file) return;
  const body = await file.text();
  text.value = body;
  check(body, file.name);
});

$('by-address').addEventListener('submit', async (event) => {
  event.preventDefault();
  const address = $('address').value.trim();
  $('summary').textContent = `Fetching ${address}…`;
  try {
    const response = await fetch(address);
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
    const name = new URL(address, location.href).pathname.split('/').pop() || 'download.json';
    check(await response.text(), name);
  } catch (error) {
    $('summary').textContent = `${address} could not be fetched: ${error.message}. If it opens in a new tab, its server does not let other sites read it (CORS); download it and pick the file instead.`;
  }
});

$('download').addEventListener('click', () => {
  if (!converted) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([converted.json], { type: 'application/json' }));
  link.download = converted.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});
