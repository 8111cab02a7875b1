// Runs every browser test over the built dist/ (build it first: ./dev build).
// Screenshots land in e2e/screenshots/.
import './tests/first-page.test.mjs';
import './tests/search.test.mjs';
import './tests/filters.test.mjs';
import './tests/url-state.test.mjs';
import './tests/embed.test.mjs';
import './tests/csp.test.mjs';
import './tests/hostile.test.mjs';
import './tests/yew-app.test.mjs';
import './tests/mobile.test.mjs';
import './tests/language.test.mjs';
import './tests/keyboard.test.mjs';
import './tests/a11y.test.mjs';
