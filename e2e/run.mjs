// Runs every browser test over the built dist/ (build it first: ./dev build).
// Screenshots land in e2e/screenshots/.
import './tests/first-page.test.mjs';
