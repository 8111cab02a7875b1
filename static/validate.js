// The validator page: a file picked, dropped, pasted or fetched is checked by
// the module's checkFile (the same checks and words as `cargo run --bin
// validate`), its problems listed, and its valid records shown in a widget.
// Nothing leaves the browser except the request for an address you give.
import init, { checkFile, editorLanguage, editorTexts, preview as previewInto, useStyles } from './validator.js';

// The preview is the widget, drawn with the widget's own stylesheet.
const [, css] = await Promise.all([init(), fetch(new URL('./widget.css', import.meta.url)).then((r) => r.text())]);
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
useStyles(sheet);

const $ = (id) => document.getElementById(id);
const text = $('text');
let preview = null;
let converted = null;
// What was checked last, so a change of language says it again in the new one.
let last = null;

// The page speaks the language in its address (?lang=is), else the browser's first
// interface language, else English; the switch changes it (and the address, to share).
const asked = new URLSearchParams(location.search).get('lang');
let lang = editorLanguage(asked ? [asked] : [...navigator.languages]);
let words = {};

function speak(tag) {
  const page = editorTexts(tag);
  lang = page.lang;
  words = page.texts;
  document.documentElement.lang = lang;
  document.title = words.pageTitle;
  for (const element of document.querySelectorAll('[data-text]')) {
    // The summary keeps the last result's words until it is said again below.
    if (element.id === 'summary' && last) continue;
    element.textContent = words[element.dataset.text];
  }
  $('where-col').textContent = last && /\.csv$/i.test(last.name) ? words.columnRow : words.columnLine;
  const select = $('lang');
  select.replaceChildren(...page.languages.map(({ tag: value, name }) => {
    const option = new Option(name, value, false, value === lang);
    option.lang = value;
    return option;
  }));
  if (last) check(last.body, last.name);
}

$('lang').addEventListener('change', (event) => {
  const url = new URL(location.href);
  url.searchParams.set('lang', event.target.value);
  history.replaceState(history.state, '', url);
  speak(event.target.value);
});

speak(lang);
// Ready: tests (and anyone curious) can tell the checks are loaded.
document.documentElement.dataset.checkerReady = '';

/** Checks `body` read from `name` (its extension says JSON or CSV) and shows the result. */
function check(body, name) {
  last = { body, name };
  const result = checkFile(body, name, lang);
  const sheet = /\.csv$/i.test(name);
  const rows = $('problems').tBodies[0];
  rows.replaceChildren();
  $('summary').textContent = result.summary;
  $('where-col').textContent = sheet ? words.columnRow : words.columnLine;
  for (const p of result.problems) {
    const tr = rows.insertRow();
    const level = tr.insertCell();
    level.textContent = p.level;
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
  preview = previewInto(element, json, lang);
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
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (all, key) => values[key] ?? all);
  $('summary').textContent = fill(words.fetching, { address });
  try {
    const response = await fetch(address);
    if (!response.ok) {
      throw new Error(fill(words.serverAnswered, { status: `${response.status} ${response.statusText}`.trim() }));
    }
    const name = new URL(address, location.href).pathname.split('/').pop() || 'download.json';
    check(await response.text(), name);
  } catch (error) {
    $('summary').textContent = fill(words.fetchFailed, { address, error: error.message });
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
