/**
 * The floor of the web benchmark: the smallest React page with a labelled slider, built with
 * the same Vite and React plugin as Rapport. Its JavaScript is React itself; its Lighthouse
 * scores are what this machine's Chromium gives a page that does almost nothing. The slider
 * shows its value, as Rapport's do, so that a step costs one small render.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function Floor() {
  const [value, setValue] = useState(5);
  return (
    <main>
      <h1>How was today&apos;s session?</h1>
      <label htmlFor="overall">Overall</label>
      <input
        id="overall"
        type="range"
        min={0}
        max={10}
        step={0.1}
        value={value}
        onChange={(event) => setValue(Number(event.target.value))}
      />
      <output htmlFor="overall">{value.toFixed(1)}</output>
      <button type="submit">Send</button>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(<Floor />);
