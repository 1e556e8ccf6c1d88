/**
 * The floor of the web benchmark: the smallest React page with a labelled slider, built with
 * the same Vite and React plugin as Rapport. Its JavaScript is React itself; its Lighthouse
 * scores are what this machine's Chromium gives a page that does almost nothing.
 */
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(
  <main>
    <h1>How was today&apos;s session?</h1>
    <label htmlFor="overall">Overall</label>
    <input id="overall" type="range" min={0} max={10} step={0.1} defaultValue={5} />
    <button type="submit">Send</button>
  </main>,
);
